// libFuzzer target: is_valid_reason_phrase on arbitrary bytes.
#include <sipcodes/sipcodes.hpp>

#include <array>
#include <cstddef>
#include <cstdint>

#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view phrase(reinterpret_cast<const char*>(data), size);
  if (!sipcodes::is_valid_reason_phrase(phrase)) return 0;

  // A valid phrase never holds a line break or NUL, and the parser, which is
  // more lenient, accepts every line that carries it.
  SIPCODES_FUZZ_CHECK(!sipcodes_fuzz::has_line_break_or_nul(phrase));
  std::array<char, 4096> buffer{};
  const std::size_t line_size = sipcodes::status_line_size(486, phrase);
  SIPCODES_FUZZ_CHECK(line_size != 0);
  const std::size_t n = sipcodes::write_status_line(buffer.data(), buffer.size(), 486, phrase);
  if (line_size > buffer.size()) {
    SIPCODES_FUZZ_CHECK(n == 0);  // refused: the line does not fit
    return 0;
  }
  SIPCODES_FUZZ_CHECK(n == line_size);
  const auto parsed = sipcodes::parse_status_line(std::string_view(buffer.data(), n));
  SIPCODES_FUZZ_CHECK(parsed && parsed.line.code == 486);
  SIPCODES_FUZZ_CHECK(parsed.line.reason == (phrase.empty() ? sipcodes::reason_phrase(486) : phrase));
  return 0;
}
