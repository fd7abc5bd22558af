// A status is not an int: it is not compared with one without a cast.
// expect: no match for .*operator==|invalid operands
#include <sipcodes/sipcodes.hpp>

bool use(sipcodes::status s) {
#ifdef SIPCODES_COMPILE_FAIL
  return s == 486;
#else
  return static_cast<int>(s) == 486;
#endif
}
