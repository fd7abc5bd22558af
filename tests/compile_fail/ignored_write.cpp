// A writer's result says whether anything was written: ignoring it is an error under -Werror.
// expect: ignoring return value of '[^']* sipcodes::write_status_line\([^']*', declared with attribute 'nodiscard'
// expect: ignoring return value of function declared with 'nodiscard' attribute
#include <sipcodes/sipcodes.hpp>

void use(char* first, char* last) {
#ifdef SIPCODES_COMPILE_FAIL
  sipcodes::write_status_line(first, last, 486);
#else
  if (!sipcodes::write_status_line(first, last, 486)) return;
#endif
}
