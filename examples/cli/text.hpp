// Text as the sipcodes command reads and says it: whether bytes are UTF-8,
// how an argument is quoted back and a long value cut, numbers and codes as
// users type them, quoted strings with their escapes undone, and how far one
// word is from another (for "did you mean").
#ifndef SIPCODES_CLI_TEXT_HPP
#define SIPCODES_CLI_TEXT_HPP

#include <sipcodes/sipcodes.hpp>

#include "../printable.hpp"
#include "wording.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cli {

// Whether the text is well-formed UTF-8 (RFC 3629).
inline bool is_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    char32_t ignored = 0;
    const std::size_t length = printable::detail::multibyte_sequence(text.substr(i), ignored);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

// How an argument is quoted in a message or an answer: at most 64 bytes of
// it, as it was typed, but for what a terminal could take as a command or
// show as other than it is (control bytes, malformed UTF-8, bidirectional
// controls), shown as \xNN (printable.hpp).
inline std::string shown(const wording& words, std::string_view text) {
  constexpr std::size_t most = 64;
  std::string out = '"' + printable::escaped(text, most, printable::quotes::kept) + '"';
  if (text.size() > most) out += filled(words.cut_note, {std::to_string(text.size())});
  return out;
}

// A value the text output echoes (a Retry-After value, a warn-text): at most
// 100 bytes of it, cut between characters, and how long it was. The parsers
// have refused control characters and malformed UTF-8 in it already.
inline std::string cut(const wording& words, std::string_view text) {
  constexpr std::size_t most = 100;
  if (text.size() <= most) return std::string(text);
  std::size_t end = most;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;  // not inside a character
  return std::string(text.substr(0, end)) + "..." + filled(words.cut_note, {std::to_string(text.size())});
}

// The content of a quoted string the user gave (a Warning's warn-text, a
// Retry-After comment), with its escapes undone.
inline std::string unescaped(std::string_view escaped) {
  std::string text(escaped.size(), '\0');
  const auto r = sipcodes::unescape_quoted(text.data(), text.data() + text.size(), escaped);
  text.resize(static_cast<std::size_t>(r.end - text.data()));
  return text;
}

inline std::string_view trimmed(std::string_view text) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && blank(text.back())) text.remove_suffix(1);
  return text;
}

// Whether `text` starts with `prefix`, ASCII letters in any case.
inline bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char a = text[i];
    char b = prefix[i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
    if (a != b) return false;
  }
  return true;
}

// A header field value as pasted with its name ("Warning: 370 ..."), without
// the name: the text after `name` and ':' (in any case), else the text.
inline std::string_view without_field_name(std::string_view text, std::string_view name) {
  const std::string_view value = trimmed(text);
  if (!starts_with_ignoring_case(value, name)) return text;
  const std::string_view rest = trimmed(value.substr(name.size()));
  return !rest.empty() && rest.front() == ':' ? trimmed(rest.substr(1)) : text;
}

// Edit distance, to suggest what a typo was meant to be; the callers bound
// it to short strings.
inline std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

inline bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A number as a user might type one for a code: digits, optionally signed.
inline bool looks_like_number(std::string_view text) {
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
  return all_digits(text);
}

// The value of a run of digits, saturated at 1000: enough to range-check it.
inline int saturated_value(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = std::min(value * 10 + (c - '0'), 1000);
  return value;
}

// A code as the tool accepts it: exactly three digits, 100 to 699.
inline std::optional<int> code_of(std::string_view text) {
  if (text.size() != 3 || !all_digits(text) || !sipcodes::is_valid(saturated_value(text))) return std::nullopt;
  return saturated_value(text);
}

}  // namespace cli

#endif
