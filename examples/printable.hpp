// Text from outside (a command-line argument, a datagram) made safe to show
// on a terminal or to write into a log, for sipcodes and sipcodes-responder.
//
// Printable characters pass as they are, Turkish letters included; every
// other byte is shown as \xNN: C0 and C1 controls and DEL (which a terminal
// may take as a command), bytes of malformed UTF-8 (RFC 3629), the
// bidirectional controls that can make a line read other than it is
// (U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), and '"' and '\'
// themselves, so that the text can be quoted and read back unambiguously
// (a log); or, with quotes::kept, '"' and '\' as they are, so that a user
// reads back what they typed (a command's message).
#ifndef SIPCODES_EXAMPLES_PRINTABLE_HPP
#define SIPCODES_EXAMPLES_PRINTABLE_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace printable {

namespace detail {

constexpr bool in(unsigned char byte, unsigned char low, unsigned char high) noexcept {
  return byte >= low && byte <= high;
}

// The length of the well-formed UTF-8 sequence of two to four bytes at the
// start of `text` (RFC 3629 section 4), with its code point; 0 when there is
// none.
constexpr std::size_t multibyte_sequence(std::string_view text, char32_t& code_point) noexcept {
  const auto byte = [&text](std::size_t i) -> unsigned char {
    return i < text.size() ? static_cast<unsigned char>(text[i]) : 0U;
  };
  const unsigned char lead = byte(0);
  std::size_t length = 0;
  unsigned char second_low = 0x80;
  unsigned char second_high = 0xBF;
  if (in(lead, 0xC2, 0xDF)) {
    length = 2;
  } else if (in(lead, 0xE0, 0xEF)) {
    length = 3;
    if (lead == 0xE0) second_low = 0xA0;   // no overlong forms
    if (lead == 0xED) second_high = 0x9F;  // no surrogates
  } else if (in(lead, 0xF0, 0xF4)) {
    length = 4;
    if (lead == 0xF0) second_low = 0x90;   // no overlong forms
    if (lead == 0xF4) second_high = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  if (!in(byte(1), second_low, second_high)) return 0;
  code_point = lead & (0xFFU >> (length + 1));
  for (std::size_t i = 1; i < length; ++i) {
    if (!in(byte(i), 0x80, 0xBF)) return 0;
    code_point = (code_point << 6) | (byte(i) & 0x3FU);
  }
  return length;
}

constexpr bool shown_as_it_is(char32_t c, bool quotes_kept) noexcept {
  const bool control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
  const bool bidi = c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  return !control && !bidi && (quotes_kept || (c != '"' && c != '\\'));
}

inline void append_escaped(std::string& out, unsigned char byte) {
  constexpr char hex[] = "0123456789abcdef";
  out += "\\x";
  out += hex[byte >> 4];
  out += hex[byte & 0xF];
}

}  // namespace detail

/// Whether '"' and '\' are escaped too (a log), or kept as they are.
enum class quotes { escaped, kept };

/// The first `most` bytes of `text` (fewer, so as not to split a
/// character), with every byte that is not part of a printable character
/// shown as \xNN; '"' and '\' too unless `q` is quotes::kept.
inline std::string escaped(std::string_view text, std::size_t most, quotes q = quotes::escaped) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size() && i < most) {
    const auto byte = static_cast<unsigned char>(text[i]);
    char32_t c = byte;
    std::size_t length = 1;
    bool well_formed = byte < 0x80;
    if (!well_formed) {
      length = detail::multibyte_sequence(text.substr(i), c);
      well_formed = length != 0;
      if (!well_formed) length = 1;  // a byte of malformed UTF-8: escaped alone
    }
    if (i + length > most) break;
    if (well_formed && detail::shown_as_it_is(c, q == quotes::kept)) {
      out.append(text.substr(i, length));
    } else {
      for (std::size_t k = 0; k < length; ++k) detail::append_escaped(out, static_cast<unsigned char>(text[i + k]));
    }
    i += length;
  }
  return out;
}

}  // namespace printable

#endif  // SIPCODES_EXAMPLES_PRINTABLE_HPP
