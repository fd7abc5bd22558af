// A C++ program that uses the C and the C++ headers side by side: this unit
// includes both, in both orders across the two units, and holds the C
// headers' functions (SIPCODES_IMPLEMENTATION), compiled as C++ under the
// project's strict C++ warnings (-Wold-style-cast and -Wuseless-cast among
// them). Exits 1 when a C answer differs from its C++ counterpart.
#include <sipcodes/lang/tr.hpp>
#include <sipcodes/q850.hpp>
#include <sipcodes/sipcodes.hpp>

#define SIPCODES_IMPLEMENTATION
#include <sipcodes/lang/tr.h>
#include <sipcodes/q850.h>
#include <sipcodes/sipcodes.h>

#include <cstdio>
#include <string_view>

int sipcodes_test_other_unit(int code);  // cpp_both_headers_other.cpp, the C headers first

int main() {
  int failures = 0;
  for (int code = 0; code <= 1000; ++code) {
    const bool same =
        std::string_view(sipcodes_reason_phrase(code)) == sipcodes::reason_phrase(code) &&
        sipcodes_fallback(code) == static_cast<int>(sipcodes::fallback(code).value_or(sipcodes::status{})) &&
        sipcodes_to_q850_cause(code, 0) == sipcodes::to_q850_cause(code).value_or(0) &&
        std::string_view(sipcodes_tr_description(code)) == sipcodes::description(code, sipcodes::lang::tr) &&
        sipcodes_test_other_unit(code) == static_cast<int>(sipcodes::is_known(code));
    if (!same) {
      std::fprintf(stderr, "the C and C++ headers differ on %d\n", code);
      ++failures;
    }
  }
  std::printf("%s %s\n", sipcodes_reason_phrase(SIPCODES_STATUS_BUSY_HERE), sipcodes_tr_reason_phrase(486));
  return failures == 0 ? 0 : 1;
}
