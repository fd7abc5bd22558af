// The other unit of cpp_both_headers: the C headers before the C++ ones.
#include <sipcodes/lang/tr.h>
#include <sipcodes/q850.h>
#include <sipcodes/sipcodes.h>

#include <sipcodes/lang/tr.hpp>
#include <sipcodes/q850.hpp>
#include <sipcodes/sipcodes.hpp>

int sipcodes_test_other_unit(int code);
int sipcodes_test_other_unit(int code) {
  return sipcodes_is_known(code) && sipcodes::is_known(code) && sipcodes_find(code) != nullptr ? 1 : 0;
}
