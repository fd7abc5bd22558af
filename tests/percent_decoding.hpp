// For the tests of escape_reason_phrase: what a receiver that undoes escapes
// reads. Written here on its own, from RFC 3261 section 25.1
// (escaped = "%" HEXDIG HEXDIG), so that it does not share the library's code.
#ifndef SIPCODES_TESTS_PERCENT_DECODING_HPP
#define SIPCODES_TESTS_PERCENT_DECODING_HPP

#include <string>
#include <string_view>

namespace sipcodes_test {

inline int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Each "%" HEXDIG HEXDIG becomes its byte; any other '%' stays as it is.
inline std::string percent_decoded(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace sipcodes_test

#endif
