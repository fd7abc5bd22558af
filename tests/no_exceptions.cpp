// Built with -fno-exceptions -fno-rtti: every template of the headers is
// instantiated (ostream, {fmt}, and std::format where the library has it),
// and the results are checked without doctest, which needs exceptions.
#include <sipcodes/fmt.hpp>
#include <sipcodes/format.hpp>
#include <sipcodes/lang/tr.hpp>
#include <sipcodes/q850.hpp>
#include <sipcodes/sipcodes.hpp>

#include <cstdio>
#include <sstream>
#include <string>

#if defined(__cpp_exceptions) || defined(__GXX_RTTI)
#error "this translation unit must be built with -fno-exceptions -fno-rtti"
#endif

namespace {

int failures = 0;

void expect(bool condition, const char* what) {
  if (!condition) {
    std::fprintf(stderr, "failed: %s\n", what);
    ++failures;
  }
}

}  // namespace

int main() {
  using sipcodes::status;
  std::ostringstream narrow;
  narrow << status::busy_here;
  expect(narrow.str() == "486 Busy Here", "ostream");
  std::wostringstream wide;
  wide << status::ok;
  expect(wide.str() == L"200 OK", "wide ostream");
  expect(fmt::format("{} {:d} {:r} {:>8d}", status::decline, status::decline, status::decline, status::decline) ==
             "603 Decline 603 Decline      603",
         "{fmt}");
#if defined(__cpp_lib_format)
  expect(std::format("{} {:*^9d}", status::busy_here, status::busy_here) == "486 Busy Here ***486***", "std::format");
#endif
  char buffer[64];
  const auto written = sipcodes::write_status_line(buffer, buffer + sizeof buffer, status::busy_here);
  expect(
      written && sipcodes::parse_status_line(std::string_view(buffer, static_cast<std::size_t>(written.end - buffer)))
                         .value.code == status::busy_here,
      "write and parse");
  expect(sipcodes::from_reason("internal server error") == status::server_internal_error, "from_reason");
  expect(sipcodes::parse_reason("Q.850;cause=17").value.cause == 17, "parse_reason");
  expect(sipcodes::reason_phrase(486, sipcodes::lang::tr) == "Meşgul", "reason_phrase in a language");
  expect(sipcodes::to_q850_cause(486) == 17, "to_q850_cause");
  expect(std::string(sipcodes::format_status(status::ok)) == "200 OK", "fixed_text to std::string");
  return failures == 0 ? 0 : 1;
}
