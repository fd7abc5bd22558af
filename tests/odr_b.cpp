// The other half of the ODR pair (see odr_a.cpp), with every add-on included.
#include <sipcodes/fmt.hpp>
#include <sipcodes/format.hpp>
#include <sipcodes/lang/tr.hpp>
#include <sipcodes/q850.hpp>
#include <sipcodes/sipcodes.hpp>

const sipcodes::status_info* odr_b_find(int code) { return sipcodes::find(code); }
const void* odr_b_table() { return &sipcodes::all()[0]; }
