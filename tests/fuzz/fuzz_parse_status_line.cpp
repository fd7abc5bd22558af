// libFuzzer target: parse_status_line on arbitrary bytes, as a line or as a
// whole receive buffer.
#include <sipcodes/sipcodes.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto result = sipcodes::parse_status_line(input);
  const sipcodes::status_line& line = result.value;
  const bool complete =
      result.error == sipcodes::line_error::none || result.error == sipcodes::line_error::unsupported_version;
  if (!complete) return 0;

  // An accepted line has a code in 100..699 and a reason inside the input
  // without CR, LF or NUL.
  SIPCODES_FUZZ_CHECK(sipcodes::is_valid(line.code));
  SIPCODES_FUZZ_CHECK(sipcodes_fuzz::is_inside(line.reason, input));
  SIPCODES_FUZZ_CHECK(!sipcodes_fuzz::has_line_break_or_nul(line.reason));
  SIPCODES_FUZZ_CHECK(static_cast<bool>(result) == (line.major == 2 && line.minor == 0));

  // The rest is the end of the input. The line before it holds no line
  // break but its own end, a CRLF or a bare LF, which only the end of the
  // input may replace; the reason lies within it.
  SIPCODES_FUZZ_CHECK(line.rest.data() == input.data() + (input.size() - line.rest.size()));
  const std::string_view whole_line = input.substr(0, input.size() - line.rest.size());
  const std::size_t first_break = whole_line.find_first_of("\r\n");
  if (first_break == std::string_view::npos) {
    SIPCODES_FUZZ_CHECK(line.rest.empty());
  } else {
    const std::string_view line_end = whole_line.substr(first_break);
    SIPCODES_FUZZ_CHECK(line_end == "\n" || line_end == "\r\n");
  }
  SIPCODES_FUZZ_CHECK(sipcodes_fuzz::is_inside(line.reason, whole_line));

  // Whatever parses and is also a grammatical phrase writes back to the same
  // line, and what followed it reads the same after the written line.
  if (result && sipcodes::is_valid_reason_phrase(line.reason) && !line.reason.empty()) {
    std::array<char, 8192> buffer{};
    const auto written =
        sipcodes::write_status_line(buffer.data(), buffer.data() + buffer.size(), line.code, line.reason);
    if (written && static_cast<std::size_t>(buffer.data() + buffer.size() - written.end) >= line.rest.size()) {
      if (!line.rest.empty()) std::memcpy(written.end, line.rest.data(), line.rest.size());
      const auto again = sipcodes::parse_status_line(
          std::string_view(buffer.data(), static_cast<std::size_t>(written.end - buffer.data()) + line.rest.size()));
      SIPCODES_FUZZ_CHECK(again && again.value.code == line.code && again.value.reason == line.reason);
      SIPCODES_FUZZ_CHECK(again.value.rest == line.rest);
    } else if (!written) {
      SIPCODES_FUZZ_CHECK(written.error == sipcodes::write_error::no_room);
    }
  }
  return 0;
}
