// <windows.h> before every public header, as a Windows SIP stack includes it,
// without NOMINMAX or WIN32_LEAN_AND_MEAN: its macros (min, max, small, near,
// far, interface, IN, OUT, OPTIONAL, ERROR, DELETE, NO_ERROR, CONST...) must
// not change what the headers mean. Built into the suite on Windows only,
// with the suite's warnings as errors; each case calls into the families of
// functions so that their templates are instantiated here too.
#include <windows.h>

// The standard and {fmt} headers that sipcodes includes come next: MSVC's
// library is written to survive the min and max macros, libstdc++ is not,
// and what is tested here is sipcodes' own code.
#include <fmt/format.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iosfwd>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#if __has_include(<format>)
#include <format>
#endif

// MinGW-w64's <windows.h> leaves out three macros of the Windows SDK that
// MSVC users meet: min and max (which the SDK defines for C++ too, unless
// NOMINMAX) and small (rpcndr.h). They are defined here as the SDK does.
#ifndef min
#define min(a, b) (((a) < (b)) ? (a) : (b))
#endif
#ifndef max
#define max(a, b) (((a) > (b)) ? (a) : (b))
#endif
#ifndef small
#define small char
#endif

#include <sipcodes/fmt.hpp>
#include <sipcodes/format.hpp>
#include <sipcodes/lang/tr.hpp>
#include <sipcodes/q850.hpp>
#include <sipcodes/sipcodes.hpp>

#include <doctest/doctest.h>

#if !defined(min) || !defined(max) || !defined(small) || !defined(ERROR) || !defined(DELETE) || !defined(IN) || \
    !defined(OUT) || !defined(OPTIONAL) || !defined(interface) || !defined(NO_ERROR)
#error "a macro this test is about is not defined: nothing would be tested"
#endif

TEST_CASE("after <windows.h>: lookups and classes") {
  CHECK(sipcodes::reason_phrase(486) == "Busy Here");
  CHECK(sipcodes::from_reason("gateway time-out") == sipcodes::status::server_time_out);
  CHECK(sipcodes::from_name("busy_here") == sipcodes::status::busy_here);
  CHECK(sipcodes::fallback(499) == sipcodes::status::bad_request);
  CHECK(sipcodes::class_of(603) == sipcodes::status_class::global_failure);
  CHECK(sipcodes::is_final(200));
  CHECK(sipcodes::find(999) == nullptr);
  CHECK(sipcodes::warning_text(370) == "Insufficient bandwidth");
}

TEST_CASE("after <windows.h>: text and formatting") {
  const sipcodes::fixed_text text = sipcodes::format_status(sipcodes::status::ok);
  CHECK(text.view() == "200 OK");
  std::ostringstream out;
  out << sipcodes::status::decline;
  CHECK(out.str() == "603 Decline");
  CHECK(fmt::format("{:>12}", sipcodes::status::ok) == "      200 OK");
}

TEST_CASE("after <windows.h>: the wire") {
  std::array<char, 64> buffer{};
  const sipcodes::write_result line = sipcodes::write_status_line(buffer.data(), buffer.data() + buffer.size(), 486);
  REQUIRE(line.error == sipcodes::write_error::none);
  CHECK(std::string(buffer.data(), line.end) == "SIP/2.0 486 Busy Here\r\n");
  const auto parsed = sipcodes::parse_status_line("SIP/2.0 180 Ringing\r\n");
  CHECK(parsed.error == sipcodes::line_error::none);
  CHECK(parsed.value.code == sipcodes::status::ringing);
  const auto retry = sipcodes::parse_retry_after("120;duration=60");
  CHECK(retry.value.seconds == 120);
  const auto warning = sipcodes::parse_warning("370 gw.example.net \"low\"");
  CHECK(warning.value.code == 370);
  CHECK(sipcodes::header_rules(sipcodes::status::unauthorized).size() >= 1);
}

TEST_CASE("after <windows.h>: add-ons") {
  CHECK(sipcodes::to_q850_cause(sipcodes::status::busy_here) == 17);
  CHECK(sipcodes::from_q850_cause(17) == sipcodes::status::busy_here);
  CHECK(sipcodes::covers_all(sipcodes::lang::tr));
  CHECK(!sipcodes::reason_phrase(486, sipcodes::lang::tr).empty());
}
