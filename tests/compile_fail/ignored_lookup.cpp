// A lookup's result is the point of calling it: ignoring it is an error under -Werror.
// expect: nodiscard
#include <sipcodes/sipcodes.hpp>

void use() {
#ifdef SIPCODES_COMPILE_FAIL
  sipcodes::reason_phrase(486);
#else
  (void)sipcodes::reason_phrase(486);
#endif
}
