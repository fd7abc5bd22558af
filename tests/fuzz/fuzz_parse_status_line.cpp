// libFuzzer target: parse_status_line on arbitrary bytes.
#include <sipcodes/sipcodes.hpp>

#include <array>
#include <cstddef>
#include <cstdint>

#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const sipcodes::parse_result result = sipcodes::parse_status_line(input);
  const bool complete =
      result.error == sipcodes::line_error::none || result.error == sipcodes::line_error::unsupported_version;
  if (!complete) return 0;

  // An accepted line has a code in 100..699 and a reason inside the input
  // without CR, LF or NUL.
  SIPCODES_FUZZ_CHECK(result.line.code >= 100 && result.line.code <= 699);
  SIPCODES_FUZZ_CHECK(sipcodes_fuzz::is_inside(result.line.reason, input));
  SIPCODES_FUZZ_CHECK(!sipcodes_fuzz::has_line_break_or_nul(result.line.reason));
  SIPCODES_FUZZ_CHECK(static_cast<bool>(result) == (result.line.major == 2 && result.line.minor == 0));

  // Whatever parses and is also a grammatical phrase writes back to the same line.
  if (result && sipcodes::is_valid_reason_phrase(result.line.reason) && !result.line.reason.empty()) {
    std::array<char, 1024> buffer{};
    const std::size_t n =
        sipcodes::write_status_line(buffer.data(), buffer.size(), result.line.code, result.line.reason);
    if (n != 0) {
      const auto again = sipcodes::parse_status_line(std::string_view(buffer.data(), n));
      SIPCODES_FUZZ_CHECK(again && again.line.code == result.line.code && again.line.reason == result.line.reason);
    }
  }
  return 0;
}
