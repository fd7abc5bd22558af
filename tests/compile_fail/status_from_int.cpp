// A status is not an int: it cannot be initialised from one.
// expect: cannot convert 'int' to 'sipcodes::status' in initialization
// expect: cannot initialize a variable of type 'sipcodes::status' with an rvalue of type 'int'
#include <sipcodes/sipcodes.hpp>

sipcodes::status use() {
#ifdef SIPCODES_COMPILE_FAIL
  sipcodes::status s = 486;
#else
  sipcodes::status s = sipcodes::status::busy_here;
#endif
  return s;
}
