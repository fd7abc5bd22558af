// libFuzzer target: sipcodes-responder's request handling on arbitrary
// datagrams. Whatever arrives, every response it sends is a well-formed SIP
// response: a status line sipcodes parses, lines ended by CRLF with no other
// CR, LF or NUL, no line folded (none starts with a blank), a blank line at
// the end, and Content-Length 0. And what the responder logs of a datagram
// is printable: no control byte, well-formed UTF-8 without C1 controls.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "../../examples/printable.hpp"
#include "../../examples/responder/sip_request.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view datagram(reinterpret_cast<const char*>(data), size);
  static constexpr responder::answer busy{486, {}};
  const responder::responses out = responder::handle(datagram, busy, "sip:responder@127.0.0.1:5060");
  SIPCODES_FUZZ_CHECK(out.count <= 2);
  SIPCODES_FUZZ_CHECK(out.count == 0 || out.refused == responder::problem::none || responder::answerable(out.refused));
  for (std::size_t i = 0; i < out.count; ++i) {
    const std::string_view response = out[i];
    SIPCODES_FUZZ_CHECK(!response.empty() && response.size() <= responder::responses::capacity);
    const std::size_t first_end = response.find("\r\n");
    SIPCODES_FUZZ_CHECK(first_end != std::string_view::npos);
    const auto status = sipcodes::parse_status_line(response.substr(0, first_end + 2));
    SIPCODES_FUZZ_CHECK(status && static_cast<int>(status.value.code) == out.codes[i]);
    SIPCODES_FUZZ_CHECK(response.size() >= 4 && response.substr(response.size() - 4) == "\r\n\r\n");
    SIPCODES_FUZZ_CHECK(response.find("\r\nContent-Length: 0\r\n\r\n") != std::string_view::npos);
    for (std::size_t k = 0; k < response.size(); ++k) {
      const char c = response[k];
      SIPCODES_FUZZ_CHECK(c != '\0');
      if (c == '\r') SIPCODES_FUZZ_CHECK(k + 1 < response.size() && response[k + 1] == '\n');
      if (c == '\n') SIPCODES_FUZZ_CHECK(k > 0 && response[k - 1] == '\r');
      if (c == '\n' && k + 1 < response.size()) SIPCODES_FUZZ_CHECK(response[k + 1] != ' ' && response[k + 1] != '\t');
    }
  }

  const std::string logged = printable::escaped(datagram, 120);
  SIPCODES_FUZZ_CHECK(logged.size() <= 4 * 120);
  for (std::size_t k = 0; k < logged.size();) {
    const auto byte = static_cast<unsigned char>(logged[k]);
    SIPCODES_FUZZ_CHECK(byte >= 0x20 && byte != 0x7F && byte != '"');
    if (byte < 0x80) {
      ++k;
      continue;
    }
    char32_t c = 0;
    const std::size_t length = printable::detail::multibyte_sequence(std::string_view(logged).substr(k), c);
    SIPCODES_FUZZ_CHECK(length != 0 && c > 0x9F);
    k += length;
  }
  return 0;
}
