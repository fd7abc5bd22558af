// The request side of sipcodes-responder: reading a SIP request from a
// datagram, deciding what a UAS answers it as RFC 3261 section 8.2 orders,
// and writing the responses (section 8.2.6), with no sockets, so that the
// fuzz target and the tests drive it directly.
//
// Everything works on views into the datagram and writes into buffers the
// caller gives; nothing here allocates, throws or reads out of bounds,
// whatever the bytes. It keeps no state between requests.
#ifndef SIPCODES_RESPONDER_SIP_REQUEST_HPP
#define SIPCODES_RESPONDER_SIP_REQUEST_HPP

#include <sipcodes/q850.hpp>
#include <sipcodes/sipcodes.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace responder {

/// The largest UDP payload over IPv4 (65,535 bytes less the IP and UDP
/// headers): the most one response can take.
inline constexpr std::size_t max_datagram = 65507;

/// What the responder reads of a request: views into the datagram.
struct request {
  std::string_view method, uri, version;
  std::string_view headers;  // the header fields as they came; lists (Require, Accept ...) are read from here
  std::string_view vias;     // the part of them from the first Via header field to the end of the last
  std::string_view from, to, call_id, cseq;
  std::string_view cseq_method;
  // The Timestamp a 100 copies: empty when absent, or left out because it
  // was malformed or repeated (`timestamp_ignored`): RFC 3261 section 8.2.2
  // has a UAS ignore a malformed header field it does not need.
  std::string_view timestamp;
  bool timestamp_ignored = false;
  // The method and number a response's CSeq names when the CSeq cannot be
  // copied: the CSeq's method, or else the Request-Line's; its number, or 0.
  std::string_view reply_method;
  std::uint32_t cseq_number = 0;
  std::string_view content_type, content_disposition;
  bool has_require = false, has_accept = false, has_content_encoding = false, has_content_language = false;
  long content_length = -1;  // -1 when absent
  std::size_t body_size = 0;
  // What may be copied into a response as it came.
  bool from_ok = false, to_ok = false, call_id_ok = false, cseq_ok = false;
  bool vias_ok = false;    // every Via value well-formed: copied whole, without reading them again
  bool to_tagged = false;  // the To has a tag parameter already
  // The top Via's sent-by host, and whether its well-formed start has an
  // rport parameter without a value or a received parameter.
  std::string_view top_host;
  bool top_rport = false, top_received = false;
};

/// Where a request came from: an IPv4 address and a UDP port, in host byte
/// order. A response's top Via records it (RFC 3261 section 18.2.1, RFC 3581).
struct source {
  std::uint32_t address = 0;
  std::uint16_t port = 0;
};

/// Why a request was refused. `none` when it was read. A datagram that is not
/// `answerable` is dropped: it was a response, or no request, or a response
/// could not be matched by the client; the others get a 400 whose phrase is
/// `describe(problem)`.
enum class problem : std::uint8_t {
  none,
  not_a_request,     // dropped: no start line (RFC 3261 7)
  a_response,        // dropped: a start line that begins with SIP-Version, whatever follows (18.1.2)
  unmatchable,       // dropped: no well-formed top Via, or no method for a CSeq, to match a reply by (17.1.3)
  bad_request_line,  // 400: not Method SP Request-URI SP SIP-Version (7.1)
  repeated_from,     // 400: a header field that takes one value came twice (7.3.1)
  repeated_to,
  repeated_call_id,
  repeated_cseq,
  repeated_content_length,
  missing_headers,  // 400: no From, To, Call-ID or CSeq (8.1.1)
  bad_via,          // 400: the grammar of 20.42 and 25.1
  bad_from,         // 400: 20.20 and 25.1, a tag-param among them at most once, with a value
  bad_to,
  bad_call_id,
  bad_cseq,           // 400: not 1*DIGIT LWS Method (20.16, 25.1)
  cseq_out_of_range,  // 400: 2^32 or more (8.1.1.5)
  bad_request_uri,    // 400: not a URI, or a SIP URI with headers (19.1.1)
  bad_require,
  bad_content_length,
  body_too_short,  // 400: Content-Length is larger than the body (18.3)
  cseq_mismatch,   // 400: the CSeq method differs from the request's (8.1.1.5)
};

/// True when a response can be sent for the problem.
constexpr bool answerable(problem p) noexcept {
  return p != problem::not_a_request && p != problem::a_response && p != problem::unmatchable;
}

/// A Reason-Phrase for the 400 that says what was wrong.
constexpr std::string_view describe(problem p) noexcept {
  switch (p) {
    case problem::none: return "OK";
    case problem::not_a_request: return "Not a SIP message";
    case problem::a_response: return "A response, which is never answered";
    case problem::unmatchable: return "No Via or method to match a response by";
    case problem::bad_request_line: return "Malformed Request-Line";
    case problem::repeated_from: return "Repeated From header field";
    case problem::repeated_to: return "Repeated To header field";
    case problem::repeated_call_id: return "Repeated Call-ID header field";
    case problem::repeated_cseq: return "Repeated CSeq header field";
    case problem::repeated_content_length: return "Repeated Content-Length header field";
    case problem::missing_headers: return "Missing From, To, Call-ID or CSeq";
    case problem::bad_via: return "Malformed Via header field";
    case problem::bad_from: return "Malformed From header field";
    case problem::bad_to: return "Malformed To header field";
    case problem::bad_call_id: return "Malformed Call-ID";
    case problem::bad_cseq: return "Malformed CSeq";
    case problem::cseq_out_of_range: return "CSeq number above 4294967295";
    case problem::bad_request_uri: return "Malformed Request-URI";
    case problem::bad_require: return "Malformed Require header field";
    case problem::bad_content_length: return "Malformed Content-Length";
    case problem::body_too_short: return "Content-Length exceeds the body";
    case problem::cseq_mismatch: return "CSeq method does not match the request";
  }
  return "Bad Request";
}

/// The section of RFC 3261 that the problem breaks, for the log.
constexpr std::string_view rule_of(problem p) noexcept {
  switch (p) {
    case problem::none: return "RFC 3261 8.2";
    case problem::not_a_request: return "RFC 3261 7";
    case problem::a_response: return "RFC 3261 18.1.2";
    case problem::unmatchable: return "RFC 3261 17.1.3";
    case problem::bad_request_line: return "RFC 3261 7.1";
    case problem::repeated_from:
    case problem::repeated_to:
    case problem::repeated_call_id:
    case problem::repeated_cseq:
    case problem::repeated_content_length: return "RFC 3261 7.3.1";
    case problem::missing_headers: return "RFC 3261 8.1.1";
    case problem::bad_via: return "RFC 3261 20.42";
    case problem::bad_from: return "RFC 3261 20.20";
    case problem::bad_to: return "RFC 3261 20.39";
    case problem::bad_call_id: return "RFC 3261 20.8";
    case problem::bad_cseq: return "RFC 3261 20.16";
    case problem::cseq_out_of_range:
    case problem::cseq_mismatch: return "RFC 3261 8.1.1.5";
    case problem::bad_request_uri: return "RFC 3261 19.1.1";
    case problem::bad_require: return "RFC 3261 20.32";
    case problem::bad_content_length:
    case problem::body_too_short: return "RFC 3261 18.3";
  }
  return "RFC 3261 21.4.1";
}

namespace detail {

constexpr bool is_blank(char c) noexcept { return c == ' ' || c == '\t'; }

// White space inside a header field value, which may be folded over lines
// (RFC 3261 section 7.3.1): blanks, and the line ends of the folds.
constexpr bool is_lws(char c) noexcept { return is_blank(c) || c == '\r' || c == '\n'; }

constexpr std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && is_lws(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_lws(s.back())) s.remove_suffix(1);
  return s;
}

constexpr char lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A control character: below SP but HTAB, and DEL (RFC 3261 section 25.1
// lets none of them stand for itself in a header field value).
constexpr bool is_control(char c) noexcept {
  const auto byte = static_cast<unsigned char>(c);
  return (byte < 0x20 && c != '\t') || byte == 0x7F;
}

// token (RFC 3261 section 25.1).
constexpr bool is_token_char(char c) noexcept {
  return is_alpha(c) || is_digit(c) || std::string_view("-.!%*_+`'~").find(c) != std::string_view::npos;
}

constexpr bool is_token(std::string_view s) noexcept {
  if (s.empty()) return false;
  for (char c : s) {
    if (!is_token_char(c)) return false;
  }
  return true;
}

// The length of the UTF8-NONASCII character at `at` (RFC 3261 section 25.1:
// a lead byte C0-FD and the 1 to 5 continuation bytes 80-BF it announces),
// 0 when there is none.
constexpr std::size_t utf8_nonascii(std::string_view text, std::size_t at) noexcept {
  const auto lead = static_cast<unsigned char>(text[at]);
  const std::size_t more = lead < 0xC0   ? 0
                           : lead < 0xE0 ? 1
                           : lead < 0xF0 ? 2
                           : lead < 0xF8 ? 3
                           : lead < 0xFC ? 4
                           : lead < 0xFE ? 5
                                         : 0;
  if (more == 0 || text.size() - at <= more) return 0;
  for (std::size_t i = 1; i <= more; ++i) {
    if ((static_cast<unsigned char>(text[at + i]) & 0xC0U) != 0x80U) return 0;
  }
  return more + 1;
}

// word, which Call-ID is made of (RFC 3261 section 25.1).
constexpr bool is_word_char(char c) noexcept {
  return is_token_char(c) || std::string_view("()<>:\\\"/[]?{}").find(c) != std::string_view::npos;
}

// The next line of `text` (ended by CRLF or LF), which it removes from `text`.
// With `folded`, a line that a line starting with a blank continues takes
// that line in too (RFC 3261 section 7.3.1), line ends and all; an empty line
// ends the header fields and is never continued. `ended` is false when the
// text ran out before a line end.
constexpr std::string_view take_line(std::string_view& text, bool& ended, bool folded = false) noexcept {
  std::size_t from = 0;
  while (true) {
    const std::size_t lf = text.find('\n', from);
    ended = lf != std::string_view::npos;
    if (!ended) break;
    const bool empty = lf == 0 || (lf == 1 && text[0] == '\r');
    if (!folded || empty || lf + 1 == text.size() || !is_blank(text[lf + 1])) break;
    from = lf + 1;
  }
  const std::size_t end = ended ? text.find('\n', from) : text.size();
  std::string_view line = text.substr(0, end);
  text.remove_prefix(ended ? end + 1 : end);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// Reads a decimal number: nullopt unless `s` is 1*DIGIT; values above
// `limit` read as limit + 1, however many digits they have.
constexpr std::optional<std::uint64_t> read_number(std::string_view s, std::uint64_t limit) noexcept {
  if (s.empty()) return std::nullopt;
  std::uint64_t value = 0;
  for (char c : s) {
    if (!is_digit(c)) return std::nullopt;
    value = value * 10 + static_cast<std::uint64_t>(c - '0');
    if (value > limit) value = limit + 1;
  }
  return value;
}

// The full name of a header field, compact forms expanded (RFC 3261 section 7.3.3).
constexpr std::string_view full_name(std::string_view name) noexcept {
  if (name.size() != 1) return name;
  switch (lower(name[0])) {
    case 'v': return "Via";
    case 'f': return "From";
    case 't': return "To";
    case 'i': return "Call-ID";
    case 'l': return "Content-Length";
    case 'c': return "Content-Type";
    case 'e': return "Content-Encoding";
    default: return name;
  }
}

// A header field line split into its full name and its value; `compact`
// when the name came in its compact form.
struct field {
  std::string_view name, value;
  bool compact = false;
};

// The next header field of `headers`, which it removes; an empty name for a
// line without a colon (ignored, as RFC 4475 section 3.1.1.1 reads it).
constexpr field next_field(std::string_view& headers) noexcept {
  bool ended = false;
  const std::string_view line = take_line(headers, ended, true);
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos) return {};
  const std::string_view name = trim(line.substr(0, colon));
  return {full_name(name), trim(line.substr(colon + 1)), name.size() == 1};
}

// The position of the first comma of `value` that separates values: not in a
// quoted string (RFC 3261 section 25.1, with its quoted-pairs) nor between
// angle brackets; npos when there is none. An unclosed quote or bracket runs
// to the end.
constexpr std::size_t separating_comma(std::string_view value) noexcept {
  bool quoted = false;
  bool bracketed = false;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (quoted) {
      if (c == '\\') {
        ++i;  // a quoted-pair: the next character is taken as it is
      } else if (c == '"') {
        quoted = false;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == '<') {
      bracketed = true;
    } else if (c == '>') {
      bracketed = false;
    } else if (c == ',' && !bracketed) {
      return i;
    }
  }
  return std::string_view::npos;
}

// Calls `each(value)` for every value, in order, of the header fields named
// `name` in `headers`, a comma-separated list split as RFC 3261 section 7.3.1
// has it (empty values included, trimmed). Stops, and returns false, when
// `each` does.
template <class Each>
constexpr bool for_each_value(std::string_view headers, std::string_view name, Each each) noexcept {
  while (!headers.empty()) {
    const field f = next_field(headers);
    if (!iequals(f.name, name)) continue;
    std::string_view value = f.value;
    while (true) {
      const std::size_t comma = separating_comma(value);
      if (!each(trim(value.substr(0, comma)))) return false;
      if (comma == std::string_view::npos) break;
      value.remove_prefix(comma + 1);
    }
  }
  return true;
}

// A character of an IPv6address (RFC 3261 section 25.1): a hex digit, ':' or
// '.' (the IPv4 address it may end with).
constexpr bool is_v6_char(char c) noexcept {
  return is_digit(c) || (lower(c) >= 'a' && lower(c) <= 'f') || c == ':' || c == '.';
}

// Reading a header field value by the grammar of RFC 3261 section 25.1,
// where LWS, and the SWS around separators, may be folds.
class cursor {
 public:
  explicit constexpr cursor(std::string_view text) noexcept : text_(text) {}

  constexpr bool done() const noexcept { return at_ == text_.size(); }
  constexpr std::size_t at() const noexcept { return at_; }
  constexpr bool next_is(char c) const noexcept { return !done() && text_[at_] == c; }
  constexpr void move_to(std::size_t at) noexcept { at_ = at < text_.size() ? at : text_.size(); }

  // Skips LWS: blanks, and line ends followed by a blank (a fold); true when
  // there was some.
  constexpr bool skip_lws() noexcept {
    const std::size_t start = at_;
    while (!done()) {
      const char c = text_[at_];
      if (is_blank(c)) {
        ++at_;
      } else if (c == '\n' && at_ + 1 < text_.size() && is_blank(text_[at_ + 1])) {
        ++at_;
      } else if (c == '\r' && at_ + 2 < text_.size() && text_[at_ + 1] == '\n' && is_blank(text_[at_ + 2])) {
        at_ += 2;
      } else {
        break;
      }
    }
    return at_ != start;
  }

  // Takes `c` with the SWS around it (a separator such as SEMI or SLASH).
  constexpr bool separator(char c) noexcept {
    const std::size_t start = at_;
    skip_lws();
    if (!next_is(c)) {
      at_ = start;
      return false;
    }
    ++at_;
    skip_lws();
    return true;
  }

  // Takes the characters `accept` accepts; the text taken.
  template <class Accept>
  constexpr std::string_view take(Accept accept) noexcept {
    const std::size_t start = at_;
    while (!done() && accept(text_[at_])) ++at_;
    return text_.substr(start, at_ - start);
  }

  constexpr std::string_view token() noexcept { return take(is_token_char); }

  // A quoted-string: DQUOTE *(qdtext / quoted-pair) DQUOTE, where a
  // quoted-pair escapes any byte up to 0x7F but CR and LF, and qdtext takes
  // LWS, every printable ASCII character but '"' and '\', and UTF8-NONASCII.
  constexpr bool quoted_string() noexcept {
    if (!next_is('"')) return false;
    ++at_;
    while (!done()) {
      const char c = text_[at_];
      if (c == '"') {
        ++at_;
        return true;
      }
      if (c == '\\') {
        if (at_ + 1 == text_.size()) return false;
        const auto escaped = static_cast<unsigned char>(text_[at_ + 1]);
        if (escaped == '\r' || escaped == '\n' || escaped > 0x7F) return false;
        at_ += 2;
      } else if (static_cast<unsigned char>(c) > 0x7F) {
        const std::size_t length = utf8_nonascii(text_, at_);
        if (length == 0) return false;
        at_ += length;
      } else if (!skip_lws()) {
        if (is_control(c)) return false;
        ++at_;
      }
    }
    return false;
  }

  // host (RFC 3261 section 25.1): a name or IPv4 address, or an IPv6
  // reference; with `underscore`, a name may hold '_' too, which hostname
  // does not allow but some stacks write.
  constexpr bool host(bool underscore = false) noexcept {
    if (next_is('[')) {
      ++at_;
      if (take(is_v6_char).empty() || !next_is(']')) return false;
      ++at_;
      return true;
    }
    return !take([underscore](char c) {
              return is_alpha(c) || is_digit(c) || c == '-' || c == '.' || (underscore && c == '_');
            }).empty();
  }

  // generic-param = token [ EQUAL gen-value ], gen-value = token / host /
  // quoted-string, after a SEMI; the name taken, or "" when malformed. A
  // received parameter may hold an IPv6address too, without brackets
  // (via-received, RFC 3261 section 25.1; RFC 5118 section 4.5 takes the
  // bracketed form as well, which host reads).
  constexpr std::string_view generic_param() noexcept {
    const std::string_view name = token();
    if (name.empty()) return {};
    if (separator('=')) {
      const std::size_t value_at = at_;
      if (iequals(name, "received") && !take(is_v6_char).empty() && (done() || !is_token_char(text_[at_]))) {
        return name;
      }
      at_ = value_at;
      if (next_is('"') ? !quoted_string() : next_is('[') ? !host() : token().empty()) return {};
    }
    return name;
  }

 private:
  std::string_view text_;
  std::size_t at_ = 0;
};

// What a Via value (RFC 3261 section 20.42) is made of: the length of its
// well-formed start (sent-protocol, sent-by, and the parameters before the
// first malformed one; 0 when sent-protocol or sent-by is malformed), where
// its parameters start, and the host of its sent-by.
struct via_shape {
  std::size_t good = 0;
  std::size_t params = 0;
  std::string_view host;
};

// Reads a Via value; with `underscore`, a host name may hold '_' (see cursor::host).
constexpr via_shape read_via(std::string_view value, bool underscore) noexcept {
  via_shape shape;
  cursor c(value);
  if (c.token().empty() || !c.separator('/') || c.token().empty() || !c.separator('/') || c.token().empty() ||
      !c.skip_lws()) {
    return shape;
  }
  const std::size_t host_at = c.at();
  if (!c.host(underscore)) return shape;
  shape.host = value.substr(host_at, c.at() - host_at);
  if (c.separator(':') && c.take(is_digit).empty()) return shape;
  // Each part ends where a SEMI, or the end, comes (after LWS).
  const auto ends_here = [](cursor after) {
    after.skip_lws();
    return after.done() || after.next_is(';');
  };
  if (!ends_here(c)) return shape;
  shape.params = shape.good = c.at();
  while (c.separator(';') && !c.generic_param().empty() && ends_here(c)) shape.good = c.at();
  return shape;
}

constexpr std::size_t via_prefix(std::string_view value, bool underscore = false) noexcept {
  return read_via(value, underscore).good;
}

constexpr bool via_ok(std::string_view value) noexcept { return !value.empty() && via_prefix(value) == value.size(); }

// Calls `each(name, text, valued)` for each well-formed parameter of the Via
// value `value` whose parameters start at `from` (read_via's `params`):
// `text` is all of it from the SEMI (with the LWS around it) on, `valued`
// whether an EQUAL follows the name. A malformed parameter is skipped, up to
// the next ';', so that those after it (branch among them) are still seen.
template <class Each>
constexpr void for_each_via_param(std::string_view value, std::size_t from, Each each) noexcept {
  cursor c(value);
  c.move_to(from);
  std::size_t start = from;
  while (c.separator(';')) {
    const std::size_t name_at = c.at();
    const std::string_view name = c.generic_param();
    cursor after = c;
    after.skip_lws();
    if (!name.empty() && (after.done() || after.next_is(';'))) {
      each(name, value.substr(start, c.at() - start), c.at() != name_at + name.size());
      start = c.at();
      continue;
    }
    const std::size_t semi = value.find(';', name_at);
    if (semi == std::string_view::npos) return;
    c.move_to(semi);
    start = semi;
  }
}

// An IPv4 address in dotted decimal, as inet_ntop writes it ("192.0.2.1"),
// in `text`; the view of it.
struct dotted_address {
  char text[16] = {};
  std::size_t size = 0;

  explicit constexpr dotted_address(std::uint32_t address) noexcept {
    for (unsigned shift = 24;; shift -= 8) {
      const unsigned part = (address >> shift) & 0xFFU;
      if (part >= 100) text[size++] = static_cast<char>('0' + part / 100);
      if (part >= 10) text[size++] = static_cast<char>('0' + part / 10 % 10);
      text[size++] = static_cast<char>('0' + part % 10);
      if (shift == 0) break;
      text[size++] = '.';
    }
  }
  constexpr std::string_view view() const noexcept { return {text, size}; }
};

// A URI scheme (RFC 3261 section 25.1: ALPHA *( ALPHA / DIGIT / "+" / "-" /
// "." )) before the first ':'; "" when there is none.
constexpr std::string_view scheme_of(std::string_view uri) noexcept {
  const std::size_t colon = uri.find(':');
  if (colon == std::string_view::npos || colon == 0 || !is_alpha(uri[0])) return {};
  for (char c : uri.substr(0, colon)) {
    if (!is_alpha(c) && !is_digit(c) && c != '+' && c != '-' && c != '.') return {};
  }
  return uri.substr(0, colon);
}

// A URI as it may stand in a Request-URI or between angle brackets: a scheme,
// and none of LWS, '<', '>', '"', a control character or a byte above 0x7F
// (a URI is ASCII: RFC 3261 section 25.1 escapes the rest). A SIP or SIPS URI
// must not carry headers there (RFC 3261 section 19.1.1, table 1): no '?'
// after its user part.
constexpr bool uri_ok(std::string_view uri, bool headers_allowed) noexcept {
  if (scheme_of(uri).empty()) return false;
  for (char c : uri) {
    if (is_lws(c) || is_control(c) || c == '<' || c == '>' || c == '"' || static_cast<unsigned char>(c) > 0x7F) {
      return false;
    }
  }
  const std::string_view scheme = scheme_of(uri);
  if (headers_allowed || !(iequals(scheme, "sip") || iequals(scheme, "sips"))) return true;
  const std::size_t at = uri.rfind('@');
  return uri.find('?', at == std::string_view::npos ? 0 : at) == std::string_view::npos;
}

// A From or To value (RFC 3261 sections 20.20, 20.39): name-addr or
// addr-spec, then parameters, among them at most one tag-param, whose value
// is a token. `tagged` says whether there is one. A display-name is a
// quoted-string or tokens (so UTF-8 only quoted); like RFC 4475 section
// 3.1.1.6, a token may meet the '<' without LWS. An addr-spec holds no ',',
// '?' or ';' of its own (section 20.10).
constexpr bool address_ok(std::string_view value, bool& tagged) noexcept {
  tagged = false;
  cursor c(value);
  if (c.next_is('"')) {
    if (!c.quoted_string()) return false;
    c.skip_lws();
    if (!c.next_is('<')) return false;
  } else {
    while (!c.token().empty()) c.skip_lws();
    if (!c.next_is('<')) c = cursor(value);
  }
  if (c.next_is('<')) {
    const std::size_t close = value.find('>', c.at());
    if (close == std::string_view::npos || !uri_ok(value.substr(c.at() + 1, close - c.at() - 1), true)) return false;
    c.move_to(close + 1);
  } else {
    const std::string_view uri = c.take([](char ch) { return ch != ';' && !is_lws(ch); });
    if (!uri_ok(uri, true) || uri.find_first_of(",?") != std::string_view::npos) return false;
  }
  while (c.separator(';')) {
    const std::size_t start = c.at();
    const std::string_view name = c.generic_param();
    if (name.empty()) return false;
    if (iequals(name, "tag")) {
      // tag-param = "tag" EQUAL token
      const std::string_view param = value.substr(start, c.at() - start);
      const std::size_t equal = param.find('=');
      if (tagged || equal == std::string_view::npos || !is_token(trim(param.substr(equal + 1)))) return false;
      tagged = true;
    }
  }
  c.skip_lws();
  return c.done();
}

// Timestamp = 1*(DIGIT) [ "." *(DIGIT) ] [ LWS delay ], delay = *(DIGIT) [
// "." *(DIGIT) ] (RFC 3261 section 20.38).
constexpr bool timestamp_ok(std::string_view value) noexcept {
  cursor c(value);
  if (c.take(is_digit).empty()) return false;
  if (c.next_is('.')) {
    c.move_to(c.at() + 1);
    c.take(is_digit);
  }
  if (c.skip_lws()) {
    c.take(is_digit);
    if (c.next_is('.')) {
      c.move_to(c.at() + 1);
      c.take(is_digit);
    }
  }
  return c.done();
}

// Call-ID = word [ "@" word ] (RFC 3261 section 25.1).
constexpr bool call_id_ok(std::string_view value) noexcept {
  const std::size_t at = value.find('@');
  const std::string_view parts[] = {value.substr(0, at), at == std::string_view::npos ? "x" : value.substr(at + 1)};
  for (std::string_view word : parts) {
    if (word.empty()) return false;
    for (char c : word) {
      if (!is_word_char(c)) return false;
    }
  }
  return true;
}

// True when a value can be copied into a response as it came: no control
// character but HTAB and the line ends of folds (the quoted-pairs of From and
// To are checked with them). A CSeq or a Via prefix is copied so.
constexpr bool copyable(std::string_view value) noexcept {
  cursor c(value);
  while (!c.done()) {
    if (c.skip_lws()) continue;
    if (is_control(value[c.at()])) return false;
    c.move_to(c.at() + 1);
  }
  return true;
}

}  // namespace detail

/// Reads a request from a datagram. Fills `r` as far as it can, and says what
/// was wrong, if anything: the first problem in the order of `problem`. It
/// does not compare the CSeq method with the request's: that comes after the
/// method inspection (see decide).
constexpr problem read_request(std::string_view datagram, request& r) noexcept {
  bool ended = false;
  // Empty lines before the start line are ignored (7.5).
  while (!datagram.empty() && (datagram.front() == '\n' || datagram.substr(0, 2) == "\r\n")) {
    detail::take_line(datagram, ended);
  }
  const std::string_view start_line = detail::take_line(datagram, ended);
  // A start line that begins with a SIP-Version is a response's (7.2),
  // whatever follows it.
  std::string_view version_first = start_line;
  while (!version_first.empty() && detail::is_blank(version_first.front())) version_first.remove_prefix(1);
  if (detail::iequals(version_first.substr(0, 4), "SIP/")) return problem::a_response;
  if (!ended || start_line.empty()) return problem::not_a_request;
  // Request-Line = Method SP Request-URI SP SIP-Version, one SP each (7.1).
  const std::size_t first_space = start_line.find(' ');
  const std::size_t second_space =
      first_space == std::string_view::npos ? first_space : start_line.find(' ', first_space + 1);
  r.method = start_line.substr(0, first_space);
  bool line_ok = first_space != std::string_view::npos && second_space != std::string_view::npos;
  if (line_ok) {
    r.uri = start_line.substr(first_space + 1, second_space - first_space - 1);
    r.version = start_line.substr(second_space + 1);
    // SIP-Version = "SIP" "/" 1*DIGIT "." 1*DIGIT
    const std::size_t dot = r.version.find('.');
    line_ok = detail::is_token(r.method) && !r.uri.empty() && detail::iequals(r.version.substr(0, 4), "SIP/") &&
              dot != std::string_view::npos && detail::read_number(r.version.substr(4, dot - 4), 9) &&
              detail::read_number(r.version.substr(dot + 1), 9);
  }

  const char* const headers_start = datagram.data();
  bool headers_ended = false;
  problem repeated = problem::none;  // the first header field that came twice
  bool seen_from = false, seen_to = false, seen_call_id = false, seen_cseq = false, seen_length = false;
  bool seen_timestamp = false, seen_via = false, require_ok = true;
  std::string_view top_via;
  // Keeps the first value of a header field that takes one value (RFC 3261
  // section 7.3.1 allows repeats only of comma-separated lists); notes a second.
  const auto keep_first = [&repeated](bool& seen, problem if_repeated) {
    if (seen && repeated == problem::none) repeated = if_repeated;
    const bool first = !seen;
    seen = true;
    return first;
  };
  while (!datagram.empty()) {
    if (datagram.front() == '\n' || datagram.substr(0, 2) == "\r\n") {
      detail::take_line(datagram, headers_ended);
      break;
    }
    const char* const line_start = datagram.data();
    const detail::field f = detail::next_field(datagram);
    using detail::iequals;
    if (iequals(f.name, "Via")) {
      if (!seen_via) {
        top_via = detail::trim(f.value.substr(0, detail::separating_comma(f.value)));
        r.vias = std::string_view(line_start, 0);
      }
      r.vias = std::string_view(r.vias.data(), static_cast<std::size_t>(datagram.data() - r.vias.data()));
      seen_via = true;
    } else if (iequals(f.name, "From")) {
      if (keep_first(seen_from, problem::repeated_from)) r.from = f.value;
    } else if (iequals(f.name, "To")) {
      if (keep_first(seen_to, problem::repeated_to)) r.to = f.value;
    } else if (iequals(f.name, "Call-ID")) {
      if (keep_first(seen_call_id, problem::repeated_call_id)) r.call_id = f.value;
    } else if (iequals(f.name, "CSeq")) {
      if (keep_first(seen_cseq, problem::repeated_cseq)) r.cseq = f.value;
    } else if (iequals(f.name, "Content-Length")) {
      if (!keep_first(seen_length, problem::repeated_content_length)) continue;
      const std::optional<std::uint64_t> n = detail::read_number(f.value, max_datagram);
      r.content_length = n ? static_cast<long>(*n) : -2;  // -2: present but malformed
    } else if (iequals(f.name, "Timestamp")) {
      r.timestamp_ignored = seen_timestamp || !detail::timestamp_ok(f.value);
      r.timestamp = r.timestamp_ignored ? std::string_view() : f.value;
      seen_timestamp = true;
    } else if (iequals(f.name, "Content-Type")) {
      if (r.content_type.empty()) r.content_type = f.value;
    } else if (iequals(f.name, "Content-Disposition")) {
      if (r.content_disposition.empty()) r.content_disposition = f.value;
    } else if (iequals(f.name, "Content-Encoding")) {
      r.has_content_encoding = true;
    } else if (iequals(f.name, "Content-Language")) {
      r.has_content_language = true;
    } else if (iequals(f.name, "Accept")) {
      r.has_accept = true;
    } else if (iequals(f.name, "Require")) {
      r.has_require = true;
    }
  }
  r.headers = std::string_view(headers_start, static_cast<std::size_t>(datagram.data() - headers_start));
  r.body_size = datagram.size();

  // What may be copied into a response as it came.
  bool from_tagged = false;
  r.from_ok = detail::address_ok(r.from, from_tagged);
  r.to_ok = detail::address_ok(r.to, r.to_tagged);
  r.call_id_ok = detail::call_id_ok(r.call_id);
  // CSeq = 1*DIGIT LWS Method (20.16), its number below 2^32 (8.1.1.5).
  detail::cursor c(r.cseq);
  const std::string_view number = c.take(detail::is_digit);
  const bool spaced = c.skip_lws();
  r.cseq_method = c.token();
  const bool cseq_shape_ok = !number.empty() && spaced && !r.cseq_method.empty() && c.done();
  const std::uint64_t value = detail::read_number(number, 0xFFFFFFFFU).value_or(0);
  const bool in_range = value <= 0xFFFFFFFFU;
  r.cseq_ok = cseq_shape_ok && in_range;
  r.cseq_number = in_range && (spaced || number.size() == r.cseq.size()) ? static_cast<std::uint32_t>(value) : 0;
  r.reply_method = r.cseq_ok ? r.cseq_method : detail::is_token(r.method) ? r.method : std::string_view();
  // What a response is matched by: the top Via, copied as it came, and the
  // CSeq method (17.1.3); the host of a sent-by may hold '_' for that.
  const detail::via_shape top = detail::read_via(top_via, true);
  if (top.good == 0 || r.reply_method.empty()) return problem::unmatchable;
  r.top_host = top.host;
  detail::for_each_via_param(top_via, top.params, [&r](std::string_view name, std::string_view, bool valued) {
    if (!valued && detail::iequals(name, "rport")) r.top_rport = true;
    if (detail::iequals(name, "received")) r.top_received = true;
  });
  if (!line_ok) return problem::bad_request_line;
  if (repeated != problem::none) return repeated;
  if (r.from.empty() || r.to.empty() || r.call_id.empty() || r.cseq.empty()) return problem::missing_headers;
  r.vias_ok = true;
  detail::for_each_value(r.vias, "Via", [&r](std::string_view v) { return r.vias_ok = detail::via_ok(v); });
  if (!r.vias_ok) return problem::bad_via;
  if (!r.from_ok) return problem::bad_from;
  if (!r.to_ok) return problem::bad_to;
  if (!r.call_id_ok) return problem::bad_call_id;
  if (!cseq_shape_ok) return problem::bad_cseq;
  if (!in_range) return problem::cseq_out_of_range;
  if (!detail::uri_ok(r.uri, false)) return problem::bad_request_uri;
  if (r.has_require) {
    detail::for_each_value(r.headers, "Require",
                           [&require_ok](std::string_view v) { return require_ok = detail::is_token(v); });
    if (!require_ok) return problem::bad_require;
  }
  if (r.content_length == -2) return problem::bad_content_length;
  if (r.content_length > 0 && (!headers_ended || static_cast<std::size_t>(r.content_length) > r.body_size)) {
    return problem::body_too_short;
  }
  if (r.content_length >= 0)
    r.body_size = static_cast<std::size_t>(r.content_length);  // octets after it are ignored (18.3)
  return problem::none;
}

/// The checks of RFC 3261 section 8.2 that can be turned off, so that an
/// INVITE gets the configured answer whatever it asks for.
enum check : unsigned {
  check_version = 1U,  // 505 for a SIP-Version other than SIP/2.0
  check_scheme = 2U,   // 416 for a Request-URI scheme other than sip, sips and tel (8.2.2.1)
  check_require = 4U,  // 420 for a Require header field (8.2.2.3)
  check_content = 8U,  // 415 for a body other than application/sdp, identity, en (8.2.3)
  check_accept = 16U,  // 406 for an INVITE whose Accept leaves out application/sdp
  all_checks = 31U,
};

/// The check a name on the command line turns off ("all" for every one); 0
/// for a name that is none.
constexpr unsigned check_named(std::string_view name) noexcept {
  if (name == "version") return check_version;
  if (name == "scheme") return check_scheme;
  if (name == "require") return check_require;
  if (name == "content") return check_content;
  if (name == "accept") return check_accept;
  if (name == "all") return all_checks;
  return 0;
}

/// What the responder answers a final response with.
struct answer {
  int code = 486;
  std::string_view reason;  // empty: sipcodes' default phrase
};

/// How the responder answers.
struct settings {
  answer final_answer;
  std::string_view contact = "sip:responder@127.0.0.1:5060";  // sent in a 2xx to INVITE; its host in Warning
  unsigned checks = all_checks;
};

/// One response to send, and why: `rule` is the RFC section it follows (for
/// the log), `why` a few words.
struct reply {
  int code = 0;
  std::string_view reason;  // empty: sipcodes' default phrase
  std::string_view rule;
  std::string_view why;
};

/// What to do with one datagram: the replies, in order; with none,
/// `silence` says why nothing is sent.
struct decision {
  request r;
  std::optional<source> from;  // where the datagram came from, when known
  problem refused = problem::none;
  std::array<reply, 2> replies{};
  std::size_t count = 0;
  reply silence{};
};

/// The methods the responder accepts (sent in Allow).
inline constexpr std::string_view allowed_methods = "INVITE, ACK, BYE, CANCEL, OPTIONS";

/// What a 415 and a 200 to OPTIONS say the responder takes (RFC 3261 sections
/// 8.2.3 and 11.2): SDP, not encoded, in English.
inline constexpr std::string_view accepted_bodies =
    "Accept: application/sdp\r\nAccept-Encoding: identity\r\nAccept-Language: en\r\n";

namespace detail {

// The methods of the IANA "Methods and Response Codes" registry that the
// responder knows but does not take: RFC 3261 (REGISTER), 3262 (PRACK), 3311
// (UPDATE), 3428 (MESSAGE), 3515 (REFER), 3903 (PUBLISH), 6086 (INFO), 6665
// (SUBSCRIBE, NOTIFY). Methods are case-sensitive (RFC 3261 section 7.1).
constexpr bool is_known_method(std::string_view method) noexcept {
  for (std::string_view known :
       {"REGISTER", "PRACK", "UPDATE", "MESSAGE", "REFER", "PUBLISH", "INFO", "SUBSCRIBE", "NOTIFY"}) {
    if (method == known) return true;
  }
  return false;
}

// A media type, its parameters left out, in lower case compared with `type`.
constexpr bool media_type_is(std::string_view value, std::string_view type) noexcept {
  const std::string_view bare = trim(value.substr(0, value.find(';')));
  const std::size_t slash = bare.find('/');
  if (slash == std::string_view::npos) return false;
  return iequals(trim(bare.substr(0, slash)), type.substr(0, type.find('/'))) &&
         iequals(trim(bare.substr(slash + 1)), type.substr(type.find('/') + 1));
}

// The value of the first parameter named `name` (compared without case) of
// a header field value, after its first ';'; nullopt when there is none.
constexpr std::optional<std::string_view> parameter(std::string_view value, std::string_view name) noexcept {
  std::size_t semicolon = value.find(';');
  while (semicolon != std::string_view::npos) {
    value.remove_prefix(semicolon + 1);
    semicolon = value.find(';');
    const std::string_view param = value.substr(0, semicolon);
    const std::size_t equal = param.find('=');
    if (equal != std::string_view::npos && iequals(trim(param.substr(0, equal)), name)) {
      return trim(param.substr(equal + 1));
    }
  }
  return std::nullopt;
}

// Content-Disposition with handling=optional (RFC 3261 section 20.11): a body
// the UAS may leave unread.
constexpr bool optional_body(std::string_view disposition) noexcept {
  return iequals(parameter(disposition, "handling").value_or(""), "optional");
}

// A body the responder can take (RFC 3261 section 8.2.3): application/sdp,
// with no content coding but identity, in English if a language is given.
constexpr bool body_taken(const request& r) noexcept {
  if (r.body_size == 0 || optional_body(r.content_disposition)) return true;
  if (!media_type_is(r.content_type, "application/sdp")) return false;
  if (r.has_content_encoding &&
      !for_each_value(r.headers, "Content-Encoding", [](std::string_view v) { return iequals(v, "identity"); })) {
    return false;
  }
  return !r.has_content_language || for_each_value(r.headers, "Content-Language", [](std::string_view v) {
    return iequals(v, "en") || iequals(v.substr(0, 3), "en-");
  });
}

// True when a media-range has the parameter q=0 (RFC 2616 section 3.9:
// "0" and then, after a ".", zeros only), which says "not acceptable".
constexpr bool q_is_zero(std::string_view range) noexcept {
  std::string_view q = parameter(range, "q").value_or("");
  if (q.empty() || q.front() != '0') return false;
  q.remove_prefix(1);
  if (q.empty()) return true;
  return q.front() == '.' && q.find_first_not_of('0', 1) == std::string_view::npos;
}

// True when an Accept header field lets in application/sdp: the most
// specific media-range that covers it (application/sdp, then application/*,
// then */*) has no q=0 (RFC 3261 section 20.1, RFC 2616 section 14.1). An
// empty Accept lets in nothing.
constexpr bool accepts_sdp(const request& r) noexcept {
  int best = 0;  // 3: application/sdp, 2: application/*, 1: */*, 0: none yet
  bool accepted = false;
  for_each_value(r.headers, "Accept", [&best, &accepted](std::string_view v) {
    const int specific = media_type_is(v, "application/sdp") ? 3
                         : media_type_is(v, "application/*") ? 2
                         : media_type_is(v, "*/*")           ? 1
                                                             : 0;
    if (specific == 0 || specific < best) return true;
    accepted = (specific == best && accepted) || !q_is_zero(v);
    best = specific;
    return true;
  });
  return accepted;
}

}  // namespace detail

/// Decides what a UAS answers a datagram, in the order of RFC 3261 section
/// 8.2: a request it cannot read gets 400 (or nothing, when a reply could
/// not be matched); then the version (505), the method (405 for a known one,
/// section 8.2.1; 501 for one not recognised, 21.5.2), the CSeq method (400), the Request-URI scheme (416; 8.2.2.1),
/// Require (420; 8.2.2.3), the body (415; 8.2.3) and an INVITE's Accept
/// (406); then INVITE gets 100 Trying and the configured answer, OPTIONS, BYE
/// and CANCEL 200. ACK never gets anything. No Max-Forwards check (483) and
/// no merged-request detection (482): those are a proxy's and a stateful
/// UAS's (docs/responder.md says why). `from`, the source of the datagram,
/// goes into the top Via of each response (see write_response).
constexpr decision decide(std::string_view datagram, const settings& s,
                          std::optional<source> from = std::nullopt) noexcept {
  decision d{};
  d.from = from;
  request& r = d.r;
  d.refused = read_request(datagram, r);
  const auto send = [&d](int code, std::string_view rule, std::string_view why, std::string_view reason = {}) {
    d.replies[d.count++] = reply{code, reason, rule, why};
    return d;
  };
  if (!answerable(d.refused)) {
    d.silence = reply{0, {}, rule_of(d.refused), describe(d.refused)};
    return d;
  }
  if (r.method == "ACK") {
    d.silence = reply{0, {}, "RFC 3261 17.2.1", "ACK is never answered"};
    return d;
  }
  if (d.refused != problem::none) return send(400, rule_of(d.refused), "malformed", describe(d.refused));
  if ((s.checks & check_version) != 0 && !detail::iequals(r.version, "SIP/2.0")) {
    return send(505, "RFC 3261 21.5.6", "SIP version not supported");
  }
  const bool taken = r.method == "INVITE" || r.method == "OPTIONS" || r.method == "BYE" || r.method == "CANCEL";
  if (!taken) {
    return detail::is_known_method(r.method) ? send(405, "RFC 3261 8.2.1", "method not supported")
                                             : send(501, "RFC 3261 21.5.2", "method not recognised");
  }
  if (r.cseq_method != r.method) {
    d.refused = problem::cseq_mismatch;
    return send(400, rule_of(d.refused), "malformed", describe(d.refused));
  }
  const std::string_view scheme = detail::scheme_of(r.uri);
  if ((s.checks & check_scheme) != 0 && !detail::iequals(scheme, "sip") && !detail::iequals(scheme, "sips") &&
      !detail::iequals(scheme, "tel")) {
    return send(416, "RFC 3261 8.2.2.1", "Request-URI scheme not supported");
  }
  if ((s.checks & check_require) != 0 && r.has_require && r.method != "CANCEL") {
    return send(420, "RFC 3261 8.2.2.3", "Require names extensions not supported");
  }
  if ((s.checks & check_content) != 0 && !detail::body_taken(r)) {
    return send(415, "RFC 3261 8.2.3", "body not understood");
  }
  if ((s.checks & check_accept) != 0 && r.method == "INVITE" && r.has_accept && !detail::accepts_sdp(r)) {
    return send(406, "RFC 3261 21.4.7", "Accept leaves out application/sdp");
  }
  if (r.method == "INVITE") {
    send(100, "RFC 3261 8.2.6.1",
         r.timestamp_ignored ? "INVITE received; a malformed or repeated Timestamp left out (RFC 3261 8.2.2)"
                             : "INVITE received");
    return send(s.final_answer.code, "--code", "the configured answer", s.final_answer.reason);
  }
  return send(200,
              r.method == "OPTIONS" ? "RFC 3261 11.2"
              : r.method == "BYE"   ? "RFC 3261 15.1.2"
                                    : "RFC 3261 9.2",
              "accepted");
}

/// Where a response is written, never past its end.
class response_writer {
 public:
  constexpr response_writer(char* out, std::size_t capacity) noexcept : out_(out), capacity_(capacity) {}

  /// Appends `text`; once something did not fit, nothing more is written.
  constexpr response_writer& operator<<(std::string_view text) noexcept {
    if (!fits_ || text.size() > capacity_ - size_) {
      fits_ = false;
      return *this;
    }
    for (char c : text) out_[size_++] = c;
    return *this;
  }

  /// Appends a header field value read from a request, unfolded: each line
  /// end of a fold and the blanks after it become one space (RFC 3261
  /// section 7.3.1), so that no response line starts with a blank.
  constexpr response_writer& unfolded(std::string_view value) noexcept {
    while (true) {
      const std::size_t lf = value.find('\n');
      std::string_view piece = value.substr(0, lf);
      if (lf != std::string_view::npos && !piece.empty() && piece.back() == '\r') piece.remove_suffix(1);
      *this << piece;
      if (lf == std::string_view::npos) return *this;
      value.remove_prefix(lf + 1);
      while (!value.empty() && detail::is_blank(value.front())) value.remove_prefix(1);
      *this << " ";
    }
  }

  /// Appends a status line written by sipcodes (false when it refused it).
  constexpr bool status_line(int code, std::string_view reason) noexcept {
    if (!fits_) return false;
    return took(sipcodes::write_status_line(out_ + size_, out_ + capacity_, code, reason));
  }

  /// Appends a Reason header field value written by sipcodes.
  constexpr void reason(sipcodes::reason_protocol protocol, int cause, std::string_view text) noexcept {
    if (!fits_) return;
    took(sipcodes::write_reason(out_ + size_, out_ + capacity_, protocol, cause, text));
  }

  /// Appends a warning-value written by sipcodes.
  constexpr void warning(int code, std::string_view agent, std::string_view text) noexcept {
    if (!fits_) return;
    took(sipcodes::write_warning(out_ + size_, out_ + capacity_, code, agent, text));
  }

  /// The bytes written, or 0 when the response did not fit (it must not be sent).
  constexpr std::size_t size() const noexcept { return fits_ ? size_ : 0; }

 private:
  // Counts what a sipcodes writer wrote; once one refused, nothing more is written.
  constexpr bool took(const sipcodes::write_result& r) noexcept {
    if (!r) {
      fits_ = false;
      return false;
    }
    size_ = static_cast<std::size_t>(r.end - out_);
    return true;
  }

  char* out_;
  std::size_t capacity_;
  std::size_t size_ = 0;
  bool fits_ = true;
};

namespace detail {

// A To-tag that is the same for every retransmission of a request: a hash of
// its Call-ID and From, as the responder keeps no state.
constexpr std::uint32_t tag_hash(const request& r) noexcept {
  std::uint32_t hash = 2166136261U;  // FNV-1a, modulo 2^32: the product is taken wide and cut on purpose
  for (std::string_view part : {r.call_id, r.from}) {
    for (char c : part)
      hash = static_cast<std::uint32_t>(std::uint64_t{hash ^ static_cast<unsigned char>(c)} * 16777619U);
  }
  return hash;
}

constexpr void write_hex(response_writer& w, std::uint32_t value) noexcept {
  char digits[8] = {};
  for (int i = 7; i >= 0; --i) {
    digits[i] = "0123456789abcdef"[value & 0xFU];
    value >>= 4;
  }
  w << std::string_view(digits, 8);
}

constexpr void write_decimal(response_writer& w, std::uint32_t value) noexcept {
  char digits[10] = {};
  std::size_t first = sizeof digits;
  do {
    digits[--first] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  w << std::string_view(digits + first, sizeof digits - first);
}

// The host and port of a SIP URI ("sip:user@host:port" gives "host:port"),
// the warn-agent of a Warning.
constexpr std::string_view hostport(std::string_view uri) noexcept {
  const std::size_t at = uri.rfind('@');
  return uri.substr(at == std::string_view::npos ? uri.find(':') + 1 : at + 1);
}

// A Via value as a response carries it when it is not written whole: its
// sent-protocol and sent-by, then the well-formed parameters among the rest
// (see for_each_via_param), each written by `change(name, text, valued)`.
template <class Change>
constexpr void write_via(response_writer& w, std::string_view value, Change change) noexcept {
  const std::size_t params = read_via(value, true).params;
  w.unfolded(value.substr(0, params));
  for_each_via_param(value, params, change);
}

// The top Via value of a response: the request's, `value` (well-formed when
// `whole`), with what the server transport adds (RFC 3261 section 18.2.1,
// RFC 3581 section 4): the first empty rport parameter gets the source port
// (any later one is left as it came, so that the value grows by one port at
// most); a received parameter with the source address, in place of one the
// request had, when the sent-by host is not that address as inet_ntop writes
// it (a name, or another address) or rport was asked for.
constexpr void write_top_via(response_writer& w, std::string_view value, bool whole, const request& r,
                             const source& from) noexcept {
  const dotted_address source_address(from.address);
  const bool add_received = r.top_rport || r.top_host != source_address.view();
  if (whole && !r.top_rport && !(add_received && r.top_received)) {
    w.unfolded(value);  // no parameter to change
  } else {
    bool port_written = false;
    write_via(w, value, [&](std::string_view name, std::string_view text, bool valued) {
      if (!valued && !port_written && iequals(name, "rport")) {
        w << ";rport=";
        write_decimal(w, from.port);
        port_written = true;
      } else if (!(add_received && iequals(name, "received"))) {
        w.unfolded(text);
      }
    });
  }
  if (add_received) w << ";received=" << source_address.view();
}

// The Via header fields of a response (RFC 3261 section 8.2.6.2): the
// request's, in the same fields (a compact name stays compact), with the same
// values in the same order, and the separators between them as they came, so
// that they take no more room than in the request; only folds become one
// space. A request with a malformed Via value gets the well-formed part of
// each: its sent-protocol and sent-by with the well-formed parameters, a
// malformed one left out (a value whose sent-by is malformed is left out). The top one gets what write_top_via
// adds when the source is known.
constexpr void write_vias(response_writer& w, const request& r, const std::optional<source>& from) noexcept {
  std::string_view headers = r.vias;
  bool top = true;
  while (!headers.empty()) {
    const field f = next_field(headers);
    if (!iequals(f.name, "Via")) continue;
    std::string_view rest = f.value;
    bool any = false;
    const char* joint = nullptr;  // where the value before ended, when it was written whole
    while (true) {
      const std::size_t comma = separating_comma(rest);
      const std::string_view v = trim(rest.substr(0, comma));
      const std::size_t keep = r.vias_ok ? v.size() : read_via(v, true).params;
      const bool whole = r.vias_ok || via_prefix(v, true) == v.size();
      if (keep != 0) {
        if (!any) {
          w << (f.compact ? "v: " : "Via: ");
        } else if (joint != nullptr) {
          // COMMA = SWS "," SWS, its blanks as they came; a line end among
          // them (a fold, or a stray CR or LF of a malformed request) as one space.
          const std::string_view between(joint, static_cast<std::size_t>(v.data() - joint));
          const std::size_t comma_at = between.find(',');
          const auto blanks = [&w](std::string_view text) {
            w << (text.find_first_of("\r\n") == std::string_view::npos ? text : " ");
          };
          blanks(between.substr(0, comma_at));
          w << ",";
          blanks(between.substr(comma_at + 1));
        } else {
          w << ",";
        }
        if (top && from) {
          write_top_via(w, v, whole, r, *from);
        } else if (whole) {
          w.unfolded(v);
        } else {
          write_via(w, v, [&w](std::string_view, std::string_view text, bool) { w.unfolded(text); });
        }
        any = true;
      }
      joint = keep != 0 && whole ? v.data() + v.size() : nullptr;
      top = false;
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
    if (any) w << "\r\n";
  }
}

}  // namespace detail

/// The From header field value a response carries when the request's cannot
/// be copied: RFC 3261 section 8.1.1.3's anonymous identity.
inline constexpr std::string_view anonymous_from = "\"Anonymous\" <sip:thisis@anonymous.invalid>";

/// Writes the response `rep` to `r` (RFC 3261 section 8.2.6): the Via header
/// fields as they came (see detail::write_vias), the top one with received
/// and rport for a request `from` a known source; From, To with a To-tag on a
/// final response, Call-ID and CSeq copied as they came. What cannot be
/// copied well-formed is replaced, so that every response carries all four
/// and the client can match it: From by `anonymous_from`; To by the
/// Request-URI, the address the UAS answers for, or else by the responder's
/// own; Call-ID by a hash in the .invalid domain; CSeq by its number (0 when
/// it has none below 2^32) and the request's method. Then a Timestamp in a
/// 100 Trying (8.2.6.1, as it came: the responder answers at once, with no
/// delay to add); Allow, Unsupported, Accept..., Warning, Contact and Reason
/// where the code calls for them; Content-Length 0. `brief` leaves out what
/// is not needed to match the response (Reason, Allow, Server ...). Returns
/// its size, or 0 when it did not fit (it must not be sent).
constexpr std::size_t write_response(const request& r, const reply& rep, const settings& s,
                                     const std::optional<source>& from, char* out, std::size_t capacity,
                                     bool brief = false) noexcept {
  const int code = rep.code;
  response_writer w(out, capacity);
  if (!w.status_line(code, rep.reason)) return 0;
  detail::write_vias(w, r, from);
  w << "From: ";
  if (r.from_ok) {
    w.unfolded(r.from);
  } else {
    w << anonymous_from;
  }
  w << "\r\nTo: ";
  if (r.to_ok) {
    w.unfolded(r.to);
  } else {
    w << "<" << (detail::uri_ok(r.uri, true) ? r.uri : s.contact) << ">";
  }
  if (sipcodes::is_final(code) && !(r.to_ok && r.to_tagged)) {
    w << ";tag=";
    detail::write_hex(w, detail::tag_hash(r));
  }
  w << "\r\nCall-ID: ";
  if (r.call_id_ok) {
    w.unfolded(r.call_id);
  } else {
    detail::write_hex(w, detail::tag_hash(r));
    w << "@anonymous.invalid";
  }
  w << "\r\nCSeq: ";
  if (r.cseq_ok) {
    w.unfolded(r.cseq);
  } else {
    detail::write_decimal(w, r.cseq_number);
    w << " " << r.reply_method;
  }
  w << "\r\n";
  if (code == 100 && !r.timestamp.empty()) {
    w << "Timestamp: ";
    w.unfolded(r.timestamp) << "\r\n";
  }
  if (!brief) {
    if (code == 405 || code == 501 || (code == 200 && r.method == "OPTIONS")) {
      w << "Allow: " << allowed_methods << "\r\n";
    }
    if (code == 415 || (code == 200 && r.method == "OPTIONS")) w << accepted_bodies;
    if (code == 420) {
      w << "Unsupported: ";
      bool first = true;
      detail::for_each_value(r.headers, "Require", [&w, &first](std::string_view v) {
        w << (first ? "" : ", ") << v;
        first = false;
        return true;
      });
      w << "\r\n";
    }
    if (code == 406) {
      w << "Warning: ";
      w.warning(399, detail::hostport(s.contact),
                "Accept leaves out application/sdp, which an answer to INVITE carries");
      w << "\r\n";
    }
    // A 2xx to INVITE, and a redirection (RFC 3261 section 21.3: 305 MUST,
    // 300 to 302 SHOULD carry one), name the responder's own address.
    if ((sipcodes::is_success(code) && r.method == "INVITE") || sipcodes::is_redirection(code)) {
      w << "Contact: <" << s.contact << ">\r\n";
    }
    if (sipcodes::is_final(code) && code >= 300) {
      // RFC 3326 and RFC 6432: the SIP cause, and the Q.850 cause RFC 3398 maps it to.
      w << "Reason: ";
      w.reason(sipcodes::reason_protocol::sip, code, sipcodes::reason_phrase(code));
      w << "\r\n";
      if (const std::optional<int> cause = sipcodes::to_q850_cause(code)) {
        w << "Reason: ";
        w.reason(sipcodes::reason_protocol::q850, *cause, sipcodes::q850_cause_name(*cause));
        w << "\r\n";
      }
    }
    w << "Server: sipcodes-responder\r\n";
  }
  w << "Content-Length: 0\r\n\r\n";
  return w.size();
}

/// A response as written: its size (0: nothing could be written), its code,
/// and the reply it is, with the rule it follows (for the log): the one
/// decided, or the 513 that stood in for it.
struct written {
  std::size_t size = 0;
  int code = 0;
  reply as_sent{};
};

/// Writes reply `i` of `d` into [out, out + capacity). A final response that
/// does not fit becomes a brief 513 Message Too Large (RFC 3261 section
/// 21.5.7), which a client can still match; when even that does not fit,
/// nothing is written (a request whose Via, From, To and Call-ID fill a
/// datagram: RFC 3261 section 18.1.1 sends such requests over TCP).
constexpr written write(const decision& d, std::size_t i, const settings& s, char* out, std::size_t capacity) noexcept {
  if (i >= d.count) return {};
  const reply& rep = d.replies[i];
  if (const std::size_t n = write_response(d.r, rep, s, d.from, out, capacity)) return {n, rep.code, rep};
  if (!sipcodes::is_final(rep.code)) {
    // A 100 is not needed (RFC 3261 section 8.2.6.1: a UAS may send one); the final response still is.
    return {0, rep.code, reply{rep.code, {}, "RFC 3261 8.2.6.1", "100 Trying does not fit a datagram; not sent"}};
  }
  const reply too_large{513, {}, "RFC 3261 21.5.7", "the response does not fit a datagram"};
  return {write_response(d.r, too_large, s, d.from, out, capacity, true), 513, too_large};
}

}  // namespace responder

#endif  // SIPCODES_RESPONDER_SIP_REQUEST_HPP
