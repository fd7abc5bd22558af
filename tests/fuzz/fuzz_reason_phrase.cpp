// libFuzzer target: is_valid_reason_phrase and from_reason on arbitrary bytes.
#include <sipcodes/sipcodes.hpp>

#include <array>
#include <cstddef>
#include <cstdint>

#include "fuzz_check.hpp"

namespace {

// from_reason's answer found the slow, obvious way: trim, then compare with
// every default phrase in table order, then every former phrase, folding
// A..Z only. The library's hash table must agree with it on every input.
char fold(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c; }

bool same_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (fold(a[i]) != fold(b[i])) return false;
  }
  return true;
}

int code_by_scanning(std::string_view phrase) {
  const auto blank = [](char c) { return c == ' ' || c == '\t'; };
  while (!phrase.empty() && blank(phrase.front())) phrase.remove_prefix(1);
  while (!phrase.empty() && blank(phrase.back())) phrase.remove_suffix(1);
  if (phrase.empty()) return 0;
  for (const auto& row : sipcodes::all()) {
    if (same_ignoring_case(row.reason, phrase)) return static_cast<int>(row.code);
  }
  for (const auto& row : sipcodes::all()) {
    for (const auto& former : row.aliases()) {
      if (same_ignoring_case(former.phrase, phrase)) return static_cast<int>(row.code);
    }
  }
  return 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view phrase(reinterpret_cast<const char*>(data), size);
  const auto found = sipcodes::from_reason(phrase);
  SIPCODES_FUZZ_CHECK((found ? static_cast<int>(*found) : 0) == code_by_scanning(phrase));

  if (!sipcodes::is_valid_reason_phrase(phrase)) return 0;

  // A valid phrase never holds a line break or NUL, and the parser, which is
  // more lenient, accepts every line that carries it.
  SIPCODES_FUZZ_CHECK(!sipcodes_fuzz::has_line_break_or_nul(phrase));
  std::array<char, 4096> buffer{};
  const sipcodes::size_result line_size = sipcodes::status_line_size(486, phrase);
  SIPCODES_FUZZ_CHECK(line_size);
  const auto written = sipcodes::write_status_line(buffer.data(), buffer.data() + buffer.size(), 486, phrase);
  if (line_size.size > buffer.size()) {
    // Refused for want of room, which it says, having written nothing.
    SIPCODES_FUZZ_CHECK(written.error == sipcodes::write_error::no_room && written.end == buffer.data());
    return 0;
  }
  SIPCODES_FUZZ_CHECK(written && static_cast<std::size_t>(written.end - buffer.data()) == line_size.size);
  const auto parsed = sipcodes::parse_status_line(std::string_view(buffer.data(), line_size.size));
  SIPCODES_FUZZ_CHECK(parsed && parsed.value.code == sipcodes::status::busy_here);
  SIPCODES_FUZZ_CHECK(parsed.value.reason == (phrase.empty() ? sipcodes::reason_phrase(486) : phrase));
  return 0;
}
