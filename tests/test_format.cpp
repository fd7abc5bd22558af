// The text forms of a status: ostream, {fmt} and, where available, std::format.
#include <sipcodes/fmt.hpp>
#include <sipcodes/sipcodes.hpp>

#include <doctest/doctest.h>

#include <iomanip>
#include <sstream>
#include <string>

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
  os << std::setw(16) << std::left << status::ok << '|';
  CHECK(os.str() == "200 OK          |");
}

TEST_CASE("wide streams get the same text") {
  std::wostringstream os;
  os << status::busy_here;
  CHECK(os.str() == L"486 Busy Here");
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

TEST_CASE("{fmt}: a bad spec is refused") {
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:x}"), status::ok), fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:dd}"), status::ok), fmt::format_error);
}

TEST_CASE("format_status is usable in constant expressions") {
  constexpr auto text = sipcodes::format_status(status::server_time_out);
  static_assert(text.view() == "504 Server Time-out");
  static_assert(sipcodes::format_status(status::ok, sipcodes::format_part::code).view() == "200");
  static_assert(sipcodes::format_status(status::ok, sipcodes::format_part::reason).view() == "OK");
  CHECK(text.view() == "504 Server Time-out");
}

#if defined(__cpp_lib_format)
#include <format>
TEST_CASE("std::format: {} {:d} {:r}") {
  CHECK(std::format("{}", status::busy_here) == "486 Busy Here");
  CHECK(std::format("{:d}", status::busy_here) == "486");
  CHECK(std::format("{:r}", status::busy_here) == "Busy Here");
  CHECK(std::format("{}", static_cast<status>(499)) == "499");
}
#endif
