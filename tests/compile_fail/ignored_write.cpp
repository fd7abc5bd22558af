// A writer's result says whether anything was written: ignoring it is an error under -Werror.
// expect: nodiscard
#include <sipcodes/sipcodes.hpp>

void use(char* first, char* last) {
#ifdef SIPCODES_COMPILE_FAIL
  sipcodes::write_status_line(first, last, 486);
#else
  if (!sipcodes::write_status_line(first, last, 486)) return;
#endif
}
