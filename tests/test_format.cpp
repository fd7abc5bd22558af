// The text forms of a status: fixed_text, ostream, {fmt} and, where the
// standard library has it, std::format.
#include <sipcodes/fmt.hpp>
#include <sipcodes/format.hpp>
#include <sipcodes/sipcodes.hpp>

#include <doctest/doctest.h>

#include <cstring>
#include <iomanip>
#include <sstream>
#include <string>

using sipcodes::format_part;
using sipcodes::status;

namespace {

template <class T>
std::string streamed(const T& value) {
  std::ostringstream os;
  os << value;
  return os.str();
}

}  // namespace

TEST_CASE("ostream prints code and phrase, or the bare number when unknown") {
  CHECK(streamed(status::busy_here) == "486 Busy Here");
  CHECK(streamed(status::ok) == "200 OK");
  CHECK(streamed(status::request_uri_too_long) == "414 Request-URI Too Long");
  CHECK(streamed(status::not_acceptable_anywhere) == "606 Not Acceptable");
  CHECK(streamed(static_cast<status>(499)) == "499");
  CHECK(streamed(static_cast<status>(0)) == "0");
  CHECK(streamed(static_cast<status>(65535)) == "65535");
}

TEST_CASE("ostream honours the field width for the whole text") {
  std::ostringstream os;
  os << std::setw(16) << std::left << status::ok << '|' << std::setw(8) << std::right << status::ok;
  CHECK(os.str() == "200 OK          |  200 OK");
}

TEST_CASE("wide streams get the same text") {
  std::wostringstream os;
  os << status::busy_here;
  CHECK(os.str() == L"486 Busy Here");
}

TEST_CASE("format_status: each part, in constant expressions too") {
  constexpr auto text = sipcodes::format_status(status::server_time_out);
  static_assert(text.view() == "504 Server Time-out");
  constexpr auto code = sipcodes::format_status(status::ok, format_part::code);
  static_assert(code.view() == "200");
  constexpr auto reason = sipcodes::format_status(status::ok, format_part::reason);
  static_assert(reason.view() == "OK");
  constexpr auto unknown = sipcodes::format_status(static_cast<status>(499), format_part::reason);
  static_assert(unknown.empty());
  CHECK(text.view() == "504 Server Time-out");
  CHECK(text.size() == 19);
  CHECK(std::string_view(text.data(), text.size()) == "504 Server Time-out");
  const std::string_view viewed = text;  // from an lvalue: fine
  CHECK(viewed == "504 Server Time-out");
}

TEST_CASE("fixed_text holds the longest text any status gives") {
  std::size_t longest = 0;
  for (const auto& row : sipcodes::all()) {
    const auto full = sipcodes::format_status(row.code);
    CHECK(full.view() == std::to_string(static_cast<int>(row.code)) + " " + std::string(row.reason));
    const auto line = sipcodes::make_status_line(row.code);
    CHECK(line.size() <= sipcodes::fixed_text::capacity);
    longest = line.size() > longest ? line.size() : longest;
  }
  CHECK(longest == sipcodes::fixed_text::capacity);  // no byte wasted
  const auto biggest = sipcodes::format_status(static_cast<status>(65535));
  CHECK(biggest.view() == "65535");
}

TEST_CASE("fixed_text: c_str() is NUL-terminated, for C APIs") {
  const auto line = sipcodes::make_status_line(status::busy_here);
  CHECK(std::strlen(line.c_str()) == line.size());
  CHECK(std::string_view(line.c_str()) == "SIP/2.0 486 Busy Here\r\n");
  CHECK(line.c_str() == line.data());
  // The longest text fills the capacity, and its NUL still follows it.
  const auto longest = sipcodes::make_status_line(status::push_notification_service_not_supported);
  REQUIRE(longest.size() == sipcodes::fixed_text::capacity);
  CHECK(longest.c_str()[longest.size()] == '\0');
  CHECK(std::strlen(longest.c_str()) == longest.size());
  const sipcodes::fixed_text empty;
  CHECK(*empty.c_str() == '\0');
  const auto code_only = sipcodes::format_status(status::decline, sipcodes::format_part::code);
  CHECK(std::string_view(code_only.c_str()) == "603");
  static_assert(sipcodes::make_status_line(status::ok).size() == 16);
  constexpr auto ok_line = sipcodes::make_status_line(status::ok);
  static_assert(ok_line.c_str()[ok_line.size()] == '\0');
}

TEST_CASE("fixed_text compares with text, a temporary included") {
  CHECK(sipcodes::format_status(status::busy_here) == "486 Busy Here");
  CHECK("486 Busy Here" == sipcodes::format_status(status::busy_here));
  CHECK(sipcodes::format_status(status::busy_here) != "486 Busy");
  CHECK("486" != sipcodes::format_status(status::busy_here));
  CHECK(sipcodes::format_status(status::busy_here) == std::string("486 Busy Here"));
  CHECK(sipcodes::format_status(status::busy_here, sipcodes::format_part::reason) == std::string_view("Busy Here"));
  CHECK(sipcodes::format_status(status::ok) == sipcodes::format_status(status::ok));
  CHECK(sipcodes::format_status(status::ok) != sipcodes::make_status_line(status::ok));
  CHECK(sipcodes::format_status(static_cast<status>(499)) == "499");
  CHECK(sipcodes::fixed_text{} == "");
  CHECK_FALSE(sipcodes::format_status(status::ok) == "200 ok");  // bytes, not case-insensitive
  static_assert(sipcodes::make_status_line(status::ok) == "SIP/2.0 200 OK\r\n");
  static_assert(sipcodes::format_status(status::ok) != "200");
}

TEST_CASE("fixed_text copies out into a std::string explicitly") {
  const std::string copied(sipcodes::format_status(status::decline));  // from a temporary: a copy, safe
  CHECK(copied == "603 Decline");
  CHECK(static_cast<std::string>(sipcodes::make_status_line(status::ok)) == "SIP/2.0 200 OK\r\n");
}

TEST_CASE("{fmt}: {} {:d} {:r}") {
  CHECK(fmt::format("{}", status::busy_here) == "486 Busy Here");
  CHECK(fmt::format("{:d}", status::busy_here) == "486");
  CHECK(fmt::format("{:r}", status::busy_here) == "Busy Here");
  CHECK(fmt::format("{}", static_cast<status>(499)) == "499");
  CHECK(fmt::format("{:d}", static_cast<status>(499)) == "499");
  CHECK(fmt::format("{:r}", static_cast<status>(499)).empty());
  CHECK(fmt::format("[{}] [{:d}]", status::ok, status::trying) == "[200 OK] [100]");
}

TEST_CASE("{fmt}: fill, alignment, width and precision apply to the text") {
  CHECK(fmt::format("{:>20}", status::busy_here) == "       486 Busy Here");
  CHECK(fmt::format("{:<16}|", status::ok) == "200 OK          |");
  CHECK(fmt::format("{:*^30}", status::busy_here) == "********486 Busy Here*********");
  CHECK(fmt::format("{:.3}", status::busy_here) == "486");
  CHECK(fmt::format("{:.6r}", status::service_unavailable) == "Servic");
  CHECK(fmt::format("{:>6d}", status::busy_here) == "   486");
  CHECK(fmt::format("{:-<12r}|", status::decline) == "Decline-----|");
  CHECK(fmt::format("{:>{}}", status::ok, 8) == "  200 OK");       // a dynamic width, without d or r
  CHECK(fmt::format("{:^{}.{}}", status::ok, 7, 3) == "  200  ");  // and a dynamic precision
}

TEST_CASE("{fmt}: dynamic width and precision with d and r") {
  CHECK(fmt::format("{:>{}d}", status::busy_here, 6) == "   486");
  CHECK(fmt::format("{:<{}r}|", status::decline, 10) == "Decline   |");
  CHECK(fmt::format("{:.{}r}", status::service_unavailable, 6) == "Servic");
  CHECK(fmt::format("{:*^{}.{}r}", status::busy_here, 8, 4) == "**Busy**");
  CHECK(fmt::format("{:>{}d}|{:<{}r}|", status::ok, 5, status::ok, 4) == "  200|OK  |");  // ids in order
  CHECK(fmt::format("{0:>{1}d} {0:{2}r}|", status::ok, 5, 3) == "  200 OK |");            // manual ids
  CHECK(fmt::format("{1:>{0}d}", 4, status::ok) == " 200");
  CHECK(fmt::format("{:>{w}d}", status::ok, fmt::arg("w", 5)) == "  200");  // a named width
  CHECK(fmt::format(fmt::runtime("{:>{}d}"), status::ok, 5) == "  200");
  CHECK(fmt::format("{:>{}}", status::ok, 8) == "  200 OK");  // and without d or r, as before
  const int width = 7;
  CHECK(fmt::format("[{:^{}r}]", status::ok, width) == "[  OK   ]");
  CHECK(fmt::format("{:>{}d}", static_cast<status>(499), 5) == "  499");  // an unknown code
}

TEST_CASE("{fmt}: a dynamic width or precision of every integer type, as {fmt} takes it for a string") {
  // Each against {fmt}'s own formatting of the same text with the same spec.
  CHECK(fmt::format("{:>{}d}", status::ok, 0) == fmt::format("{:>{}}", "200", 0));  // 0: no width
  CHECK(fmt::format("{:>{}}", status::ok, 0) == fmt::format("{:>{}}", "200 OK", 0));
  CHECK(fmt::format("{:.{}r}", status::ok, 0) == fmt::format("{:.{}}", "OK", 0));  // an empty text
  CHECK(fmt::format("{:*>{}.{}r}", status::ok, 0, 1) == fmt::format("{:*>{}.{}}", "OK", 0, 1));
  CHECK(fmt::format("{:>{}d}", status::ok, 5U) == fmt::format("{:>{}}", "200", 5U));
  CHECK(fmt::format("{:>{}d}", status::ok, 5LL) == fmt::format("{:>{}}", "200", 5LL));
  CHECK(fmt::format("{:>{}d}", status::ok, 5ULL) == fmt::format("{:>{}}", "200", 5ULL));
  CHECK(fmt::format("{:>{}d}", status::ok, static_cast<short>(5)) == "  200");
  CHECK(fmt::format("{:.{}r}", status::busy_here, 2147483647) == "Busy Here");  // INT_MAX
  CHECK(fmt::format("{:.{}r}", status::busy_here, 2147483647U) == "Busy Here");
  CHECK(fmt::format("{:.{}r}", status::busy_here, 1000000000) == "Busy Here");  // ten digits
  CHECK(fmt::format("{:<{}d}|", status::ok, 10) == "200       |");              // two digits
  // Past INT_MAX, negative, or no integer: refused, as {fmt} refuses it.
  for (const long long bad : {2147483648LL, 2147483650LL, 3000000000LL, 9999999999LL, 10000000000LL, -1LL,
                              -2147483648LL, -9223372036854775807LL}) {
    CAPTURE(bad);
    CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:>{}}"), "200", bad), fmt::format_error);
    CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:>{}d}"), status::ok, bad), fmt::format_error);
    CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:.{}r}"), status::ok, bad), fmt::format_error);
    CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:>{}}"), status::ok, bad), fmt::format_error);
  }
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:>{}d}"), status::ok, 18446744073709551615ULL), fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:>{}d}"), status::ok, '5'), fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:>{}d}"), status::ok, true), fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:>{}d}"), status::ok, static_cast<const void*>(nullptr)),
                  fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:>{}}"), status::ok, "5"), fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:>{}}"), status::ok, 5.0), fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:>{}}"), status::ok, status::ok), fmt::format_error);
}

TEST_CASE("{fmt}: a bad spec is refused as {fmt} refuses its own") {
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:x}"), status::ok), fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:dd}"), status::ok), fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:#r}"), status::ok), fmt::format_error);
  // Anything between a presentation type and d or r.
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:sd}"), status::ok), fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:sr}"), status::ok), fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:>5sd}"), status::ok), fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:Ld}"), status::ok), fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:ds}"), status::ok), fmt::format_error);
  CHECK(fmt::format(fmt::runtime("{:s}"), status::ok) == "200 OK");    // the type alone is the string's
  CHECK(fmt::format(fmt::runtime("{:s<5d}"), status::ok) == "200ss");  // 's' as the fill is fine
  // A dynamic width that is not a usable integer, or not there.
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:>{}d}"), status::ok, "x"), fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:>{}d}"), status::ok, -1), fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:>{}d}"), status::ok), fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:>{}r}"), status::ok, 1.5), fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:>{w}d}"), status::ok), fmt::format_error);
  // Automatic and manual ids do not mix, as in {fmt}'s own specs.
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:>{1}d}"), status::ok, 5), fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{0:>{}d}"), status::ok, 5), fmt::format_error);
}

#if defined(__cpp_lib_format)
TEST_CASE("std::format: {} {:d} {:r}") {
  CHECK(std::format("{}", status::busy_here) == "486 Busy Here");
  CHECK(std::format("{:d}", status::busy_here) == "486");
  CHECK(std::format("{:r}", status::busy_here) == "Busy Here");
  CHECK(std::format("{}", static_cast<status>(499)) == "499");
  CHECK(std::format("{:r}", static_cast<status>(499)).empty());
}

TEST_CASE("std::format: fill, alignment, width and precision apply to the text") {
  CHECK(std::format("{:>20}", status::busy_here) == "       486 Busy Here");
  CHECK(std::format("{:*^30}", status::busy_here) == "********486 Busy Here*********");
  CHECK(std::format("{:.3}", status::busy_here) == "486");
  CHECK(std::format("{:>6d}", status::busy_here) == "   486");
  CHECK(std::format("{:-<12r}|", status::decline) == "Decline-----|");
  CHECK(std::format("{:>{}}", status::ok, 8) == "  200 OK");
}

TEST_CASE("std::format: dynamic width and precision with d and r") {
  CHECK(std::format("{:>{}d}", status::busy_here, 6) == "   486");
  CHECK(std::format("{:<{}r}|", status::decline, 10) == "Decline   |");
  CHECK(std::format("{:.{}r}", status::service_unavailable, 6) == "Servic");
  CHECK(std::format("{:*^{}.{}r}", status::busy_here, 8, 4) == "**Busy**");
  CHECK(std::format("{:>{}d}|{:<{}r}|", status::ok, 5, status::ok, 4) == "  200|OK  |");
  CHECK(std::format("{0:>{1}d} {0:{2}r}|", status::ok, 5, 3) == "  200 OK |");
  CHECK(std::format("{1:>{0}d}", 4, status::ok) == " 200");
  CHECK(std::format("{:>{}d}", static_cast<status>(499), 5) == "  499");
}

TEST_CASE("std::format: a dynamic width or precision of every integer type") {
  // A width of 0 pads nothing (the standard refuses only a negative value).
  CHECK(std::format("{:>{}d}", status::ok, 0) == "200");
  CHECK(std::format("{:>{}}", status::ok, 0) == "200 OK");
  CHECK(std::format("{:.{}r}", status::ok, 0).empty());
  CHECK(std::format("{:*>{}.{}r}", status::ok, 0, 1) == "O");
  CHECK(std::format("{:>{}d}", status::ok, 5U) == "  200");
  CHECK(std::format("{:>{}d}", status::ok, 5LL) == "  200");
  CHECK(std::format("{:>{}d}", status::ok, 5ULL) == "  200");
  CHECK(std::format("{:>{}d}", status::ok, static_cast<short>(5)) == "  200");
  CHECK(std::format("{:.{}r}", status::busy_here, 2147483647) == "Busy Here");
  CHECK(std::format("{:.{}r}", status::busy_here, 1000000000) == "Busy Here");
  CHECK(std::format("{:<{}d}|", status::ok, 10) == "200       |");
  const auto with_width = [](std::string_view spec, const auto& width) {
    const status s = status::ok;
    return std::vformat(spec, std::make_format_args(s, width));
  };
  for (const long long bad : {2147483648LL, 2147483650LL, 3000000000LL, 9999999999LL, 10000000000LL, -1LL,
                              -2147483648LL, -9223372036854775807LL}) {
    CAPTURE(bad);
    CHECK_THROWS_AS((void)with_width("{:>{}d}", bad), std::format_error);
    CHECK_THROWS_AS((void)with_width("{:.{}r}", bad), std::format_error);
    CHECK_THROWS_AS((void)with_width("{:>{}}", bad), std::format_error);
  }
  CHECK_THROWS_AS((void)with_width("{:>{}d}", 18446744073709551615ULL), std::format_error);
  CHECK_THROWS_AS((void)with_width("{:>{}d}", '5'), std::format_error);
  CHECK_THROWS_AS((void)with_width("{:>{}d}", true), std::format_error);
  CHECK_THROWS_AS((void)with_width("{:>{}}", 5.0), std::format_error);
  CHECK_THROWS_AS((void)with_width("{:>{}}", status::ok), std::format_error);
}

TEST_CASE("std::format: a bad spec is refused as the standard library refuses its own") {
  const auto format_at_run_time = [](std::string_view spec) {
    const status s = status::ok;
    const int width = 5;
    return std::vformat(spec, std::make_format_args(s, width));
  };
  CHECK_THROWS_AS((void)format_at_run_time("{:x}"), std::format_error);
  CHECK_THROWS_AS((void)format_at_run_time("{:dd}"), std::format_error);
  CHECK_THROWS_AS((void)format_at_run_time("{:sd}"), std::format_error);
  CHECK_THROWS_AS((void)format_at_run_time("{:sr}"), std::format_error);
  CHECK_THROWS_AS((void)format_at_run_time("{:>5sd}"), std::format_error);
  CHECK_THROWS_AS((void)format_at_run_time("{:ds}"), std::format_error);
  CHECK(format_at_run_time("{:>{}d}") == "  200");  // width 5, the second argument
  CHECK(format_at_run_time("{:s<{}d}") == "200ss");
  // A dynamic width that is not a usable integer, or not there; mixed ids.
  const auto with_width = [](std::string_view spec, const auto& width) {
    const status s = status::ok;
    return std::vformat(spec, std::make_format_args(s, width));
  };
  CHECK_THROWS_AS((void)with_width("{:>{}d}", "x"), std::format_error);
  CHECK_THROWS_AS((void)with_width("{:>{}d}", 1.5), std::format_error);
  CHECK_THROWS_AS((void)with_width("{:>{}d}", -1), std::format_error);
  CHECK_THROWS_AS((void)with_width("{:>{2}d}", 5), std::format_error);
  CHECK_THROWS_AS((void)with_width("{:>{1}d}", 5), std::format_error);
  CHECK_THROWS_AS((void)with_width("{0:>{}d}", 5), std::format_error);
  CHECK_THROWS_AS((void)with_width("{:>{w}d}", 5), std::format_error);
}
#endif
