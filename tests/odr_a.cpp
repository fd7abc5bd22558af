// Half of the ODR pair: this TU and odr_b.cpp both include the core and hand
// out pointers into the table; test_odr.cpp checks they are the same.
#include <sipcodes/sipcodes.hpp>

const sipcodes::status_info* odr_a_find(int code) { return sipcodes::find(code); }
const void* odr_a_table() { return &sipcodes::all()[0]; }
