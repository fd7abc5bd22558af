// libFuzzer target: escape_reason_phrase on arbitrary bytes, into a range
// that may be too small.
#include <sipcodes/sipcodes.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "../percent_decoding.hpp"
#include "fuzz_check.hpp"

namespace {

std::string escaped(std::string_view text) {
  std::vector<char> buffer(text.size() * 3 + 1);
  const auto r = sipcodes::escape_reason_phrase(buffer.data(), buffer.data() + buffer.size(), text);
  SIPCODES_FUZZ_CHECK(r);
  return std::string(buffer.data(), static_cast<std::size_t>(r.end - buffer.data()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  // Byte 0: how many bytes short of the size the range is (0 to 3; 0 for
  // most values). The rest: the text.
  const std::size_t short_by = data[0] < 0xF0 ? 0 : (data[0] & 3U);
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

  // No text is bad input; the size is what the writer writes.
  const sipcodes::size_result needed = sipcodes::escaped_reason_phrase_size(text);
  SIPCODES_FUZZ_CHECK(needed);
  SIPCODES_FUZZ_CHECK(needed.size >= text.size() && needed.size <= 3 * text.size());

  constexpr char canary = '\x5A';
  std::vector<char> buffer(needed.size + 8, canary);
  const std::size_t room = needed.size >= short_by ? needed.size - short_by : 0;
  const auto written = sipcodes::escape_reason_phrase(buffer.data(), buffer.data() + room, text);
  const std::size_t n = written ? static_cast<std::size_t>(written.end - buffer.data()) : 0;
  for (std::size_t i = n; i < buffer.size(); ++i) SIPCODES_FUZZ_CHECK(buffer[i] == canary);
  if (room < needed.size) {
    // Too small: it says so and writes nothing.
    SIPCODES_FUZZ_CHECK(written.error == sipcodes::write_error::no_room && written.end == buffer.data());
    return 0;
  }
  SIPCODES_FUZZ_CHECK(written && n == needed.size);

  // Always a valid Reason-Phrase, so never a line break or NUL; a valid
  // phrase unchanged; escaping twice changes nothing; and a receiver that
  // undoes the escapes reads what the input meant.
  const std::string_view out(buffer.data(), n);
  SIPCODES_FUZZ_CHECK(sipcodes::is_valid_reason_phrase(out));
  SIPCODES_FUZZ_CHECK(!sipcodes_fuzz::has_line_break_or_nul(out));
  if (sipcodes::is_valid_reason_phrase(text)) SIPCODES_FUZZ_CHECK(out == text);
  SIPCODES_FUZZ_CHECK(escaped(out) == out);
  SIPCODES_FUZZ_CHECK(sipcodes_test::percent_decoded(out) == sipcodes_test::percent_decoded(text));

  // It goes into a status line, which parses back to it.
  if (!out.empty()) {
    std::vector<char> line(sipcodes::status_line_size(486, out).size);
    const auto w = sipcodes::write_status_line(line.data(), line.data() + line.size(), 486, out);
    SIPCODES_FUZZ_CHECK(w && w.end == line.data() + line.size());
    const auto parsed = sipcodes::parse_status_line(std::string_view(line.data(), line.size()));
    SIPCODES_FUZZ_CHECK(parsed && parsed.value.reason == out && parsed.value.rest.empty());
  }
  return 0;
}
