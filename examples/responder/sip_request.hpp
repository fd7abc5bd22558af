// The request side of sipcodes-responder: reading a SIP request from a
// datagram and building the responses to it (RFC 3261 §8.2.6), with no
// sockets, so that the fuzz target and the tests drive it directly.
//
// Everything works on views into the datagram and writes into fixed buffers;
// nothing here allocates, throws or reads out of bounds, whatever the bytes.
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

/// The header fields a response copies from its request, and a few more.
struct request {
  std::string_view method;
  std::string_view uri;
  static constexpr std::size_t max_vias = 16;
  std::array<std::string_view, max_vias> vias{};  // each Via value, in order
  std::size_t via_count = 0;
  std::string_view from, to, call_id, cseq;
  std::string_view cseq_method;
  long content_length = -1;  // -1 when absent
  std::size_t body_size = 0;
};

/// Why a request was refused. `none` when it was read. With `unanswerable`
/// problems, a response could not be matched by the client, so the datagram
/// is dropped; the others get a 400 whose phrase is `describe(problem)`.
enum class problem : std::uint8_t {
  none,
  not_a_request,        // unanswerable: no request line (a response, or noise)
  missing_headers,      // unanswerable: no Via, From, To, Call-ID or CSeq
  too_many_vias,        // unanswerable: more Via values than we copy
  unsafe_header,        // unanswerable: a header field to copy holds a control character
  bad_request_line,     // 400
  unsupported_version,  // 400 (RFC 3261 §8.2.2 allows 505; 400 says which)
  bad_cseq,             // 400
  cseq_mismatch,        // 400: the CSeq method differs from the request's
  bad_content_length,   // 400
  body_too_short,       // 400: Content-Length is larger than the body
  repeated_from,        // 400: a header field that takes one value came twice
  repeated_to,
  repeated_call_id,
  repeated_cseq,
  repeated_content_length,
};

/// True when a 400 can be sent for the problem.
constexpr bool answerable(problem p) noexcept {
  return p != problem::not_a_request && p != problem::missing_headers && p != problem::too_many_vias &&
         p != problem::unsafe_header;
}

/// A Reason-Phrase for the 400 that says what was wrong.
constexpr std::string_view describe(problem p) noexcept {
  switch (p) {
    case problem::none: return "OK";
    case problem::not_a_request: return "Not a SIP request";
    case problem::missing_headers: return "Missing Via, From, To, Call-ID or CSeq";
    case problem::too_many_vias: return "Too many Via header fields";
    case problem::unsafe_header: return "Control character in a header field";
    case problem::bad_request_line: return "Malformed Request-Line";
    case problem::unsupported_version: return "Unsupported SIP version";
    case problem::bad_cseq: return "Malformed CSeq";
    case problem::cseq_mismatch: return "CSeq method does not match the request";
    case problem::bad_content_length: return "Malformed Content-Length";
    case problem::body_too_short: return "Content-Length exceeds the body";
    case problem::repeated_from: return "Repeated From header field";
    case problem::repeated_to: return "Repeated To header field";
    case problem::repeated_call_id: return "Repeated Call-ID header field";
    case problem::repeated_cseq: return "Repeated CSeq header field";
    case problem::repeated_content_length: return "Repeated Content-Length header field";
  }
  return "Bad Request";
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

// A token (RFC 3261 §25.1) made of the characters methods use.
constexpr bool is_token(std::string_view s) noexcept {
  if (s.empty()) return false;
  for (char c : s) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum && std::string_view("-.!%*_+`'~").find(c) == std::string_view::npos) return false;
  }
  return true;
}

// Reads a non-negative decimal that fits in 31 bits; -1 when it is not one.
constexpr long read_number(std::string_view s) noexcept {
  if (s.empty() || s.size() > 9) return -1;
  long value = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

// The full name of a header field, compact forms expanded (RFC 3261 §7.3.3).
constexpr std::string_view full_name(std::string_view name) noexcept {
  if (name.size() != 1) return name;
  switch (lower(name[0])) {
    case 'v': return "Via";
    case 'f': return "From";
    case 't': return "To";
    case 'i': return "Call-ID";
    case 'l': return "Content-Length";
    default: return name;
  }
}

// True when a value holds a control character other than HTAB and the line
// ends of its folds (a bare CR, NUL, ESC ...): copied into a response, it
// could break the response apart.
constexpr bool has_control(std::string_view value) noexcept {
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    const bool fold_cr = c == '\r' && i + 1 < value.size() && value[i + 1] == '\n';
    const bool fold_lf = c == '\n' && i + 1 < value.size() && is_blank(value[i + 1]);
    if (fold_cr || fold_lf) continue;
    const auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x20 && c != '\t') || byte == 0x7F) return true;
  }
  return false;
}

// The position of the first comma of `value` that separates values: not in a
// quoted string (RFC 3261 section 25.1, with its backslash escapes) nor
// between angle brackets; npos when there is none. An unclosed quote or
// bracket runs to the end.
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

// Splits a comma-separated Via value into its values (RFC 3261 section
// 7.3.1), keeping commas inside quoted strings, which a via-param's
// generic-param may hold (section 25.1).
constexpr bool add_vias(request& r, std::string_view value) noexcept {
  while (true) {
    const std::size_t comma = separating_comma(value);
    const std::string_view one = trim(value.substr(0, comma));
    if (!one.empty()) {
      if (r.via_count == request::max_vias) return false;
      r.vias[r.via_count++] = one;
    }
    if (comma == std::string_view::npos) return true;
    value.remove_prefix(comma + 1);
  }
}

}  // namespace detail

/// Reads a request from a datagram. Fills `r` as far as it can, and says what
/// was wrong, if anything.
constexpr problem read_request(std::string_view datagram, request& r) noexcept {
  bool ended = false;
  const std::string_view start_line = detail::take_line(datagram, ended);
  // Request-Line = Method SP Request-URI SP SIP-Version
  const std::size_t first_space = start_line.find(' ');
  const std::size_t last_space = start_line.rfind(' ');
  if (!ended || first_space == std::string_view::npos || first_space == last_space) return problem::not_a_request;
  r.method = start_line.substr(0, first_space);
  r.uri = start_line.substr(first_space + 1, last_space - first_space - 1);
  const std::string_view version = start_line.substr(last_space + 1);
  if (version.size() < 4 || !detail::iequals(version.substr(0, 4), "SIP/")) return problem::not_a_request;

  bool headers_ended = false;
  bool vias_fit = true;
  problem repeated = problem::none;  // the first header field that came twice
  bool seen_from = false;
  bool seen_to = false;
  bool seen_call_id = false;
  bool seen_cseq = false;
  bool seen_length = false;
  // Keeps the first value of a header field that takes one value (RFC 3261
  // section 7.3.1 allows repeats only of comma-separated lists); notes a second.
  const auto keep_first = [&repeated](bool& seen, problem if_repeated) {
    if (seen && repeated == problem::none) repeated = if_repeated;
    const bool first = !seen;
    seen = true;
    return first;
  };
  while (!datagram.empty()) {
    std::string_view line = detail::take_line(datagram, ended, true);
    if (line.empty()) {
      headers_ended = ended;
      break;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;  // not a header field; ignored
    const std::string_view name = detail::full_name(detail::trim(line.substr(0, colon)));
    const std::string_view value = detail::trim(line.substr(colon + 1));
    if (detail::iequals(name, "Via")) {
      vias_fit = vias_fit && detail::add_vias(r, value);
    } else if (detail::iequals(name, "From")) {
      if (keep_first(seen_from, problem::repeated_from)) r.from = value;
    } else if (detail::iequals(name, "To")) {
      if (keep_first(seen_to, problem::repeated_to)) r.to = value;
    } else if (detail::iequals(name, "Call-ID")) {
      if (keep_first(seen_call_id, problem::repeated_call_id)) r.call_id = value;
    } else if (detail::iequals(name, "CSeq")) {
      if (keep_first(seen_cseq, problem::repeated_cseq)) r.cseq = value;
    } else if (detail::iequals(name, "Content-Length")) {
      if (!keep_first(seen_length, problem::repeated_content_length)) continue;
      r.content_length = detail::read_number(value);
      if (r.content_length < 0) r.content_length = -2;  // present but malformed
    }
  }
  r.body_size = datagram.size();

  if (!vias_fit) return problem::too_many_vias;
  if (r.via_count == 0 || r.from.empty() || r.to.empty() || r.call_id.empty() || r.cseq.empty()) {
    return problem::missing_headers;
  }
  for (std::string_view value : {r.from, r.to, r.call_id, r.cseq}) {
    if (detail::has_control(value)) return problem::unsafe_header;
  }
  for (std::size_t i = 0; i < r.via_count; ++i) {
    if (detail::has_control(r.vias[i])) return problem::unsafe_header;
  }
  if (repeated != problem::none) return repeated;
  if (!detail::is_token(r.method) || r.uri.empty() || r.uri.find(' ') != std::string_view::npos) {
    return problem::bad_request_line;
  }
  if (!detail::iequals(version, "SIP/2.0")) return problem::unsupported_version;
  // CSeq = 1*DIGIT LWS Method
  const std::size_t space = r.cseq.find_first_of(" \t\r\n");
  if (space == std::string_view::npos || detail::read_number(r.cseq.substr(0, space)) < 0) return problem::bad_cseq;
  r.cseq_method = detail::trim(r.cseq.substr(space));
  if (r.cseq_method != r.method) return problem::cseq_mismatch;
  if (r.content_length == -2) return problem::bad_content_length;
  if (!headers_ended && r.content_length > 0) return problem::body_too_short;
  if (r.content_length >= 0 && static_cast<std::size_t>(r.content_length) > r.body_size) return problem::body_too_short;
  return problem::none;
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

/// What the responder answers a final response with.
struct answer {
  int code = 486;
  std::string_view reason;  // empty: sipcodes' default phrase
};

/// The methods the responder accepts (sent in Allow).
inline constexpr std::string_view allowed_methods = "INVITE, ACK, BYE, CANCEL, OPTIONS";

namespace detail {

// A To-tag that is the same for every retransmission of a request: a hash of
// its Call-ID and From, as the responder keeps no state.
constexpr std::uint32_t tag_hash(const request& r) noexcept {
  std::uint32_t hash = 2166136261U;  // FNV-1a
  for (std::string_view part : {r.call_id, r.from}) {
    for (char c : part) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619U;
  }
  return hash;
}

// True when a To value carries a tag parameter (";tag=", in any case, with
// optional blanks), looked for after the address's closing '>' if it has one.
constexpr bool has_tag(std::string_view to) noexcept {
  const std::size_t close = to.rfind('>');
  std::string_view params = close == std::string_view::npos ? to : to.substr(close + 1);
  while (true) {
    const std::size_t semicolon = params.find(';');
    if (semicolon == std::string_view::npos) return false;
    params.remove_prefix(semicolon + 1);
    const std::string_view name = trim(params.substr(0, params.find('=')));
    if (iequals(name, "tag")) return true;
  }
}

constexpr void write_hex(response_writer& w, std::uint32_t value) noexcept {
  char digits[8] = {};
  for (int i = 7; i >= 0; --i) {
    digits[i] = "0123456789abcdef"[value & 0xFU];
    value >>= 4;
  }
  w << std::string_view(digits, 8);
}

}  // namespace detail

/// Writes the response `code` to `r` (RFC 3261 §8.2.6): Via, From, To (with a
/// To-tag on a final response), Call-ID and CSeq copied, Content-Length 0, and
/// Allow, Contact and Reason where the code calls for them. Returns its size,
/// or 0 when it could not be written (it must not be sent).
constexpr std::size_t write_response(const request& r, int code, std::string_view reason, std::string_view contact,
                                     char* out, std::size_t capacity) noexcept {
  response_writer w(out, capacity);
  if (!w.status_line(code, reason)) return 0;
  for (std::size_t i = 0; i < r.via_count; ++i) {
    w << "Via: ";
    w.unfolded(r.vias[i]) << "\r\n";
  }
  w << "From: ";
  w.unfolded(r.from) << "\r\n";
  w << "To: ";
  w.unfolded(r.to);
  if (sipcodes::is_final(code) && !detail::has_tag(r.to)) {
    w << ";tag=";
    detail::write_hex(w, detail::tag_hash(r));
  }
  w << "\r\n";
  w << "Call-ID: ";
  w.unfolded(r.call_id) << "\r\nCSeq: ";
  w.unfolded(r.cseq) << "\r\n";
  if (code == 405 || (code == 200 && r.method == "OPTIONS")) w << "Allow: " << allowed_methods << "\r\n";
  if (sipcodes::is_success(code) && r.method == "INVITE") w << "Contact: <" << contact << ">\r\n";
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
  w << "Server: sipcodes-responder\r\nContent-Length: 0\r\n\r\n";
  return w.size();
}

/// The responses to one datagram, in the order they are sent.
struct responses {
  static constexpr std::size_t capacity = 4096;
  std::array<std::array<char, capacity>, 2> data{};
  std::array<std::size_t, 2> sizes{};
  std::array<int, 2> codes{};
  std::size_t count = 0;
  problem refused = problem::none;  // why the request was not read, if it was not
  constexpr std::string_view operator[](std::size_t i) const noexcept { return {data[i].data(), sizes[i]}; }
};

/// Answers one datagram: INVITE with 100 Trying and the configured final
/// response, OPTIONS, BYE and CANCEL with 200, other methods with 405; ACK
/// gets nothing. A malformed request gets a 400 saying what was wrong when it
/// can be answered; otherwise nothing (the caller logs and drops it).
constexpr responses handle(std::string_view datagram, const answer& final_answer, std::string_view contact) noexcept {
  responses out{};
  request r{};
  out.refused = read_request(datagram, r);
  const auto add = [&](int code, std::string_view reason) {
    const std::size_t n = write_response(r, code, reason, contact, out.data[out.count].data(), responses::capacity);
    if (n == 0) return;
    out.sizes[out.count] = n;
    out.codes[out.count] = code;
    ++out.count;
  };
  if (out.refused != problem::none) {
    if (answerable(out.refused) && r.method != "ACK") add(400, describe(out.refused));
    return out;
  }
  if (r.method == "ACK") return out;
  if (r.method == "INVITE") {
    add(100, {});
    add(final_answer.code, final_answer.reason);
  } else if (r.method == "OPTIONS" || r.method == "BYE" || r.method == "CANCEL") {
    add(200, {});
  } else {
    add(405, {});
  }
  return out;
}

}  // namespace responder

#endif  // SIPCODES_RESPONDER_SIP_REQUEST_HPP
