// libFuzzer target: sipcodes-responder's request handling on arbitrary
// datagrams. Whatever arrives, every response it sends is a well-formed SIP
// response: a status line sipcodes parses, lines ended by CRLF with no other
// CR or LF, no line folded (none starts with a blank), quotes closed on each
// line, a control character (NUL, BEL, DEL ...) only as a quoted-pair inside
// a quoted string, Content-Length 0 and then the one empty line, at the end;
// Via, and one each of From, To (with a tag on a final response), Call-ID
// and CSeq, so that the client can match it; the top Via with received. A
// response (or a datagram with no Via to match a reply by) gets nothing. And what the responder logs of a datagram is
// printable: no control byte, well-formed UTF-8 without C1 controls.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "../../examples/printable.hpp"
#include "../../examples/responder/sip_request.hpp"
#include "fuzz_check.hpp"

namespace {

// True when each line of the header section closes the quoted strings it
// opens and has control characters only as quoted-pairs inside them. A
// Call-ID has no quoted strings (its '"' and '\' are word characters): it
// takes printable ASCII and no blank.
bool quoting_well_formed(std::string_view response) {
  std::size_t start = 0;
  while (start < response.size()) {
    const std::size_t end = response.find("\r\n", start);
    if (end == std::string_view::npos) return false;
    const std::string_view line = response.substr(start, end - start);
    start = end + 2;
    if (line.substr(0, 9) == "Call-ID: ") {
      for (char c : line.substr(9)) {
        if (c <= ' ' || c > '~') return false;
      }
      continue;
    }
    bool quoted = false;
    for (std::size_t k = 0; k < line.size(); ++k) {
      const char c = line[k];
      const auto byte = static_cast<unsigned char>(c);
      if (quoted && c == '\\' && k + 1 < line.size()) {
        ++k;  // a quoted-pair
        continue;
      }
      if (c == '"') quoted = !quoted;
      if ((byte < 0x20 && c != '\t') || byte == 0x7F) return false;
    }
    if (quoted) return false;
  }
  return true;
}

// How many lines of a response start with "\r\n" + `name` + ": ".
std::size_t count_fields(std::string_view response, std::string_view name) {
  const std::string key = "\r\n" + std::string(name) + ": ";
  std::size_t n = 0;
  for (std::size_t at = response.find(key); at != std::string_view::npos; at = response.find(key, at + 1)) ++n;
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view datagram(reinterpret_cast<const char*>(data), size);
  static const responder::settings settings{responder::answer{486, {}}, "sip:responder@127.0.0.1:5060",
                                            responder::all_checks};
  static char buffer[responder::max_datagram];
  const responder::decision d = responder::decide(datagram, settings, responder::source{0xC0000201U, 5061});
  SIPCODES_FUZZ_CHECK(d.count <= 2);
  SIPCODES_FUZZ_CHECK(d.count == 0 || responder::answerable(d.refused));
  SIPCODES_FUZZ_CHECK(d.count != 0 || !d.silence.rule.empty());
  for (std::size_t i = 0; i < d.count; ++i) {
    const responder::written w = responder::write(d, i, settings, buffer, sizeof buffer);
    SIPCODES_FUZZ_CHECK(w.size <= sizeof buffer);
    if (w.size == 0) continue;  // did not fit a datagram, even as a 513
    const std::string_view response(buffer, w.size);
    const std::size_t first_end = response.find("\r\n");
    SIPCODES_FUZZ_CHECK(first_end != std::string_view::npos);
    const auto status = sipcodes::parse_status_line(response.substr(0, first_end + 2));
    SIPCODES_FUZZ_CHECK(status && static_cast<int>(status.value.code) == w.code);
    SIPCODES_FUZZ_CHECK(response.find("\r\n\r\n") + 4 == response.size());
    SIPCODES_FUZZ_CHECK(response.find("\r\nContent-Length: 0\r\n\r\n") + 23 == response.size());
    SIPCODES_FUZZ_CHECK(count_fields(response, "Via") + count_fields(response, "v") != 0);
    const std::size_t via = response.find("\r\n");  // the top Via: the sent-by is the source, or received says it
    SIPCODES_FUZZ_CHECK(response.substr(via, response.find("\r\n", via + 2) - via).find("192.0.2.1") !=
                        std::string_view::npos);
    for (std::string_view name : {"From", "To", "Call-ID", "CSeq"})
      SIPCODES_FUZZ_CHECK(count_fields(response, name) == 1);
    if (sipcodes::is_final(w.code)) {
      const std::size_t to = response.find("\r\nTo: ");
      std::string to_line(response.substr(to, response.find("\r\n", to + 2) - to));
      for (char& c : to_line) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      SIPCODES_FUZZ_CHECK(to_line.find("tag") != std::string::npos);
    }
    SIPCODES_FUZZ_CHECK(quoting_well_formed(response));
    for (std::size_t k = 0; k < response.size(); ++k) {
      const char c = response[k];
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
