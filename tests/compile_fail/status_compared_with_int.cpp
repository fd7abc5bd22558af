// A status is not an int: it is not compared with one without a cast.
// expect: no match for 'operator==' .*\(operand types are 'sipcodes::status' and 'int'\)
// expect: invalid operands to binary expression \('sipcodes::status' and 'int'\)
#include <sipcodes/sipcodes.hpp>

bool use(int code) {
#ifdef SIPCODES_COMPILE_FAIL
  return sipcodes::status::busy_here == code;
#else
  return static_cast<int>(sipcodes::status::busy_here) == code;
#endif
}
