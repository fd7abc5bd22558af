// A lookup's result is the point of calling it: ignoring it is an error under -Werror.
// expect: ignoring return value of '[^']* sipcodes::reason_phrase\(int\)', declared with attribute 'nodiscard'
// expect: ignoring return value of function declared with 'nodiscard' attribute
#include <sipcodes/sipcodes.hpp>

void use() {
#ifdef SIPCODES_COMPILE_FAIL
  sipcodes::reason_phrase(486);
#else
  (void)sipcodes::reason_phrase(486);
#endif
}
