// libFuzzer target: parse_status_line on arbitrary bytes.
#include <sipcodes/sipcodes.hpp>

#include <array>
#include <cstddef>
#include <cstdint>

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

  // Whatever parses and is also a grammatical phrase writes back to the same line.
  if (result && sipcodes::is_valid_reason_phrase(line.reason) && !line.reason.empty()) {
    std::array<char, 1024> buffer{};
    const auto written =
        sipcodes::write_status_line(buffer.data(), buffer.data() + buffer.size(), line.code, line.reason);
    if (written) {
      const auto again = sipcodes::parse_status_line(
          std::string_view(buffer.data(), static_cast<std::size_t>(written.end - buffer.data())));
      SIPCODES_FUZZ_CHECK(again && again.value.code == line.code && again.value.reason == line.reason);
    } else {
      SIPCODES_FUZZ_CHECK(written.error == sipcodes::write_error::no_room);
    }
  }
  return 0;
}
