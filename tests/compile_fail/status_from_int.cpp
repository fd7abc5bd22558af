// A status is not an int: it cannot be initialised from one.
// expect: cannot (convert|initialize)
#include <sipcodes/sipcodes.hpp>

sipcodes::status use() {
#ifdef SIPCODES_COMPILE_FAIL
  sipcodes::status s = 486;
#else
  sipcodes::status s = sipcodes::status::busy_here;
#endif
  return s;
}
