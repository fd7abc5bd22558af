// Parsing and writing status lines (RFC 3261 §7.2, §25.1).
#include <sipcodes/sipcodes.hpp>

#include <doctest/doctest.h>

#include "percent_decoding.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

using namespace std::string_view_literals;
using sipcodes::line_error;
using sipcodes::parse_status_line;
using sipcodes::status;

namespace {

line_error error_of(std::string_view line) { return parse_status_line(line).error; }

// What write_status_line writes into a roomy buffer; "" when it refuses.
std::string written(int code, std::string_view reason = {}) {
  std::array<char, 512> buffer{};
  const sipcodes::write_result r =
      sipcodes::write_status_line(buffer.data(), buffer.data() + buffer.size(), code, reason);
  if (!r) return {};
  return std::string(buffer.data(), static_cast<std::size_t>(r.end - buffer.data()));
}

}  // namespace

TEST_CASE("well-formed lines parse into code, reason and version") {
  const auto r = parse_status_line("SIP/2.0 486 Busy Here");
  REQUIRE(r);
  CHECK(r.value.code == status::busy_here);
  CHECK(r.value.reason == "Busy Here");
  CHECK(r.value.major == 2);
  CHECK(r.value.minor == 0);

  const auto crlf = parse_status_line("SIP/2.0 200 OK\r\n");
  REQUIRE(crlf);
  CHECK(crlf.value.reason == "OK");

  CHECK(parse_status_line("sip/2.0 180 Ringing"));  // "SIP" in any case
  CHECK(parse_status_line("Sip/2.0 180 Ringing"));
  CHECK(parse_status_line("SIP/2.0 100 ").value.reason.empty());  // empty reason
  CHECK(parse_status_line("SIP/2.0 100 \r\n"));
  CHECK(parse_status_line("SIP/2.0 499 Whatever You Like").value.code ==
        static_cast<status>(499));  // unknown code, valid line
  CHECK(parse_status_line("SIP/2.0 699 x"));
  CHECK(parse_status_line("SIP/2.0 100 x"));
}

TEST_CASE("the reason is a view into the input") {
  constexpr std::string_view input = "SIP/2.0 603 Decline\r\n";
  const auto r = parse_status_line(input);
  REQUIRE(r);
  CHECK(r.value.reason.data() == input.data() + 12);
  CHECK(r.value.reason.size() == 7);
}

TEST_CASE("lenient on the phrase's content") {
  CHECK(parse_status_line("SIP/2.0 403 Forbidden [blocked] <x> #1").value.reason == "Forbidden [blocked] <x> #1");
  CHECK(parse_status_line("SIP/2.0 486 Meşgul").value.reason == "Meşgul");
  CHECK(parse_status_line("SIP/2.0 486 Busy\tHere"));          // HTAB
  CHECK(parse_status_line("SIP/2.0 486 say \"hi\" 50% off"));  // not Reason-Phrase grammar, but safe
  CHECK(parse_status_line("SIP/2.0 486  Busy Here ").value.reason == " Busy Here ");  // blanks are content
  CHECK(parse_status_line("SIP/2.0 200 \xF0\x9F\x93\x9E"));                           // U+1F4DE, four bytes
}

TEST_CASE("structural errors") {
  CHECK(error_of("") == line_error::empty);
  CHECK(error_of("SIP/2.0 4294967301 better not break the receiver") == line_error::bad_code);  // RFC 4475 §3.1.2.19
  CHECK(error_of("SIP/2.0 -1 Accepted") == line_error::bad_code);
  CHECK(error_of("SIP/2.0 18 Accepted") == line_error::bad_code);
  CHECK(error_of("SIP/2.0 1800 Ringing") == line_error::bad_code);
  CHECK(error_of("SIP/2.0 700 High") == line_error::bad_code);
  CHECK(error_of("SIP/2.0 099 Low") == line_error::bad_code);
  CHECK(error_of("SIP/2.0 000 Zero") == line_error::bad_code);
  CHECK(error_of("SIP/2.0 OK 200") == line_error::bad_code);
  CHECK(error_of("SIP/2.0  200 OK") == line_error::bad_separator);
  CHECK(error_of("SIP/2.0 200OK") == line_error::bad_separator);
  CHECK(error_of("SIP/2.0\t200 OK") == line_error::bad_separator);
  CHECK(error_of("SIP/2.0 200\tOK") == line_error::bad_separator);
  CHECK(error_of("SIP/2.0 200") == line_error::bad_separator);
  CHECK(error_of("SIP/2.0 200\r\n") == line_error::bad_separator);
  CHECK(error_of("SIP/2.0") == line_error::bad_separator);
  CHECK(error_of(" SIP/2.0 200 OK") == line_error::bad_protocol);
  CHECK(error_of("\tSIP/2.0 200 OK") == line_error::bad_protocol);
  CHECK(error_of("HTTP/1.1 200 OK") == line_error::bad_protocol);
  CHECK(error_of("INVITE sip:bob@example.com SIP/2.0") == line_error::bad_protocol);
  CHECK(error_of("SIP") == line_error::bad_protocol);
  CHECK(error_of("SIPS/2.0 200 OK") == line_error::bad_protocol);
  CHECK(error_of("SIP/ 200 OK") == line_error::bad_version);
  CHECK(error_of("SIP/2 200 OK") == line_error::bad_version);
  CHECK(error_of("SIP/2. 200 OK") == line_error::bad_version);
  CHECK(error_of("SIP/.0 200 OK") == line_error::bad_version);
  CHECK(error_of("SIP/2.0a 200 OK") == line_error::bad_version);
  CHECK(error_of("SIP/256.0 200 OK") == line_error::bad_version);
  CHECK(error_of("SIP/99999999999999999999.0 200 OK") == line_error::bad_version);
}

TEST_CASE("other versions are well-formed but not success, with their fields") {
  const auto old = parse_status_line("SIP/1.0 202 Accepted");
  CHECK_FALSE(old);
  CHECK(old.error == line_error::unsupported_version);
  CHECK(old.value.code == status::accepted);
  CHECK(old.value.reason == "Accepted");
  CHECK(old.value.major == 1);
  CHECK(old.value.minor == 0);

  const auto future = parse_status_line("SIP/7.0 200 OK\r\n");
  CHECK(future.error == line_error::unsupported_version);
  CHECK(future.value.major == 7);
  CHECK(future.value.code == status::ok);

  CHECK(error_of("SIP/2.1 200 OK") == line_error::unsupported_version);
  CHECK(error_of("SIP/02.00 200 OK") == line_error::none);  // 1*DIGIT: leading zeros are digits
  CHECK(error_of("SIP/255.255 200 OK") == line_error::unsupported_version);
  // A structural error in the line wins over the version.
  CHECK(error_of("SIP/1.0 200 O\rK") == line_error::bad_line_end);
  // What follows the line is given, as for SIP/2.0.
  const auto with_rest = parse_status_line("SIP/1.0 200 OK\r\nX");
  CHECK(with_rest.error == line_error::unsupported_version);
  CHECK(with_rest.value.reason == "OK");
  CHECK(with_rest.value.rest == "X");
}

TEST_CASE("a whole receive buffer: the first line, and where the rest starts") {
  constexpr std::string_view message =
      "SIP/2.0 486 Busy Here\r\nVia: SIP/2.0/UDP host.example.com;branch=z9hG4bK776\r\nContent-Length: 0\r\n\r\n";
  const auto r = parse_status_line(message);
  REQUIRE(r);
  CHECK(r.value.code == status::busy_here);
  CHECK(r.value.reason == "Busy Here");
  CHECK(r.value.rest == "Via: SIP/2.0/UDP host.example.com;branch=z9hG4bK776\r\nContent-Length: 0\r\n\r\n");
  CHECK(r.value.rest.data() == message.data() + 23);  // a view into the input, just past the CRLF

  // A bare LF ends the line too, as deployed stacks send it.
  const auto lf = parse_status_line("SIP/2.0 200 OK\nVia: x\n\n");
  REQUIRE(lf);
  CHECK(lf.value.reason == "OK");
  CHECK(lf.value.rest == "Via: x\n\n");

  // Nothing after the line: the rest is empty and starts at the end of the input.
  constexpr std::string_view alone = "SIP/2.0 180 Ringing\r\n";
  const auto one = parse_status_line(alone);
  REQUIRE(one);
  CHECK(one.value.rest.empty());
  CHECK(one.value.rest.data() == alone.data() + alone.size());
  CHECK(parse_status_line("SIP/2.0 180 Ringing").value.rest.empty());  // no line end at all

  // Whatever follows is the caller's to read: only the first line is checked.
  CHECK(parse_status_line("SIP/2.0 200 OK\r\n\r\n").value.rest == "\r\n");
  CHECK(parse_status_line("SIP/2.0 200 OK\n\r").value.rest == "\r");
  CHECK(parse_status_line("SIP/2.0 200 OK\r\n\x01\xFF\0"sv).value.rest == "\x01\xFF\0"sv);
  CHECK(parse_status_line("SIP/2.0 200 O\r\nK").value.reason == "O");
  CHECK(parse_status_line("SIP/2.0 100 \nx").value.reason.empty());

  // In a constant expression too.
  static_assert(parse_status_line("SIP/2.0 200 OK\r\nVia: x").value.rest == "Via: x");
}

TEST_CASE("strict on safety: control characters, line breaks and bad UTF-8") {
  // A CR that is not followed by LF, in the line or at its end.
  CHECK(error_of("SIP/2.0 200 O\rK") == line_error::bad_line_end);
  CHECK(error_of("SIP/2.0 200 OK\r") == line_error::bad_line_end);
  CHECK(error_of("SIP/2.0 200 OK\r\r\n") == line_error::bad_line_end);
  CHECK(error_of("SIP/2.0 200 \rOK\r\n") == line_error::bad_line_end);
  CHECK(error_of("SIP/2.0 200 OK \r \n") == line_error::bad_line_end);
  // A line break before the reason leaves the line without one of its parts.
  CHECK(error_of("SIP/2.0 200\nOK") == line_error::bad_separator);
  CHECK(error_of("SIP/2.0\r\n200 OK") == line_error::bad_separator);
  CHECK(error_of("SIP/2.0 20\r\n0 OK") == line_error::bad_code);
  CHECK(error_of("SIP/2.0 200 O\0K"sv) == line_error::bad_reason);
  CHECK(error_of("SIP/2.0 200 OK\x1b[31m") == line_error::bad_reason);  // ESC
  CHECK(error_of("SIP/2.0 200 OK\x7f") == line_error::bad_reason);      // DEL
  CHECK(error_of("SIP/2.0 200 OK\x01") == line_error::bad_reason);
  CHECK(error_of("SIP/2.0 200 \xC0\xAF") == line_error::bad_utf8);          // overlong '/'
  CHECK(error_of("SIP/2.0 200 \xE0\x80\xAF") == line_error::bad_utf8);      // overlong, three bytes
  CHECK(error_of("SIP/2.0 200 \xED\xA0\x80") == line_error::bad_utf8);      // surrogate U+D800
  CHECK(error_of("SIP/2.0 200 \xF4\x90\x80\x80") == line_error::bad_utf8);  // above U+10FFFF
  CHECK(error_of("SIP/2.0 200 Me\xC5") == line_error::bad_utf8);            // truncated
  CHECK(error_of("SIP/2.0 200 \xE2\x82") == line_error::bad_utf8);          // truncated
  CHECK(error_of("SIP/2.0 200 \x80") == line_error::bad_utf8);              // lone continuation
  for (int byte = 0xF5; byte <= 0xFF; ++byte) {
    std::string line = "SIP/2.0 200 x";
    line += static_cast<char>(byte);
    CAPTURE(byte);
    CHECK(error_of(line) == line_error::bad_utf8);
  }
}

TEST_CASE("the start lines of every response in RFC 4475's torture tests") {
  // 3.1.1.12 unreason: valid, with a UTF-8 phrase.
  const auto unreason = parse_status_line(
      "SIP/2.0 200 = 2**3 * 5**2 \xD0\xBD\xD0\xBE\x20\xD1\x81\xD1\x82\xD0\xBE\x20\xD0\xB4\xD0\xB5\xD0\xB2\xD1\x8F\xD0"
      "\xBD\xD0\xBE\xD1\x81\xD1\x82\xD0\xBE\x20\xD0\xB4\xD0\xB5\xD0\xB2\xD1\x8F\xD1\x82\xD1\x8C\x20\x2D\x20\xD0\xBF"
      "\xD1\x80\xD0\xBE\xD1\x81\xD1\x82\xD0\xBE\xD0\xB5\r\n");
  CHECK(unreason);
  CHECK(unreason.value.code == status::ok);
  // 3.1.1.13 noreason: valid, with an empty phrase.
  const auto noreason = parse_status_line("SIP/2.0 100 \r\n");
  CHECK(noreason);
  CHECK(noreason.value.reason.empty());
  // 3.1.2.5 scalarlg: the message is invalid for its header fields; its start line is fine.
  CHECK(parse_status_line("SIP/2.0 503 Service Unavailable\r\n"));
  // 3.1.2.19 bigcode: the overlarge code must be refused.
  CHECK(error_of("SIP/2.0 4294967301 better not break the receiver\r\n") == line_error::bad_code);
  // 3.3.10 bcast: an ordinary 200 start line.
  CHECK(parse_status_line("SIP/2.0 200 OK\r\n"));
}

TEST_CASE("is_valid_reason_phrase: each ASCII character alone is valid exactly when RFC 3261 allows it raw") {
  // RFC 3261 section 25.1: Reason-Phrase = *(reserved / unreserved / escaped /
  // UTF8-NONASCII / UTF8-CONT / SP / HTAB); unreserved = alphanum / mark.
  const std::string_view reserved = ";/?:@&=+$,";
  const std::string_view mark = "-_.!~*'()";
  for (int byte = 0; byte < 0x80; ++byte) {
    const char c = static_cast<char>(byte);
    const bool alphanum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    const bool listed = alphanum || reserved.find(c) != std::string_view::npos ||
                        mark.find(c) != std::string_view::npos || c == ' ' || c == '\t';
    CAPTURE(byte);
    CHECK(sipcodes::is_valid_reason_phrase(std::string_view(&c, 1)) == listed);
    const std::string surrounded = std::string("a") + c + "b";
    CHECK(sipcodes::is_valid_reason_phrase(surrounded) == listed);
  }
}

TEST_CASE("is_valid_reason_phrase is RFC 3261's grammar") {
  CHECK(sipcodes::is_valid_reason_phrase(""));
  CHECK(sipcodes::is_valid_reason_phrase("Busy Here"));
  CHECK(sipcodes::is_valid_reason_phrase("50%25 off"));
  CHECK(sipcodes::is_valid_reason_phrase("Meşgul"));
  CHECK(sipcodes::is_valid_reason_phrase("Çağrı reddedildi; İptal"));
  CHECK(sipcodes::is_valid_reason_phrase("a\tb"));
  CHECK(sipcodes::is_valid_reason_phrase(";/?:@&=+$,-_.!~*'()"));
  CHECK_FALSE(sipcodes::is_valid_reason_phrase("50% off"));
  CHECK_FALSE(sipcodes::is_valid_reason_phrase("50%2"));
  CHECK_FALSE(sipcodes::is_valid_reason_phrase("50%zz"));
  CHECK_FALSE(sipcodes::is_valid_reason_phrase("%"));
  CHECK_FALSE(sipcodes::is_valid_reason_phrase("say \"hi\""));
  CHECK_FALSE(sipcodes::is_valid_reason_phrase("Busy\r\nVia: evil"));
  CHECK_FALSE(sipcodes::is_valid_reason_phrase("Busy\n"));
  CHECK_FALSE(sipcodes::is_valid_reason_phrase("a<b>"));
  CHECK_FALSE(sipcodes::is_valid_reason_phrase("#1"));
  CHECK_FALSE(sipcodes::is_valid_reason_phrase("a\0b"sv));
  CHECK_FALSE(sipcodes::is_valid_reason_phrase("\xC0\xAF"));
  CHECK_FALSE(sipcodes::is_valid_reason_phrase("Me\xC5"));
}

TEST_CASE("write_status_line writes the line and its CRLF") {
  CHECK(written(486) == "SIP/2.0 486 Busy Here\r\n");
  CHECK(written(200, "Fine") == "SIP/2.0 200 Fine\r\n");
  CHECK(written(486, "Meşgul") == "SIP/2.0 486 Meşgul\r\n");
  CHECK(written(499) == "SIP/2.0 499 \r\n");  // unknown code: empty default phrase
  CHECK(written(100) == "SIP/2.0 100 Trying\r\n");
  CHECK(written(699, "x") == "SIP/2.0 699 x\r\n");
}

TEST_CASE("write_status_line writes the digits of every code of 100..699") {
  for (int code = 100; code <= 699; ++code) {
    CAPTURE(code);
    const std::string digits = std::to_string(code);
    CHECK(written(code, "x") == "SIP/2.0 " + digits + " x\r\n");
    CHECK(written(code).substr(0, 12) == "SIP/2.0 " + digits + " ");
  }
}

TEST_CASE("write_status_line refuses bad codes, bad reasons and small buffers, writing nothing") {
  std::array<char, 64> buffer{};
  const auto untouched = [&] {
    for (char c : buffer) {
      if (c != '#') return false;
    }
    return true;
  };
  // Tries to write into the first `capacity` bytes; returns the error.
  const auto attempt = [&](int code, std::string_view reason, std::size_t capacity) {
    buffer.fill('#');
    const sipcodes::write_result r = sipcodes::write_status_line(buffer.data(), buffer.data() + capacity, code, reason);
    if (!r) CHECK(r.end == buffer.data());  // a failed write ends where it began
    return r.error;
  };
  using sipcodes::write_error;
  CHECK(attempt(99, "x", 64) == write_error::bad_code);
  CHECK(untouched());
  CHECK(attempt(700, "x", 64) == write_error::bad_code);
  CHECK(attempt(-486, "", 64) == write_error::bad_code);
  CHECK(attempt(486, "Busy\r\nVia: injected", 64) == write_error::bad_reason);
  CHECK(untouched());
  CHECK(attempt(486, "50% off", 64) == write_error::bad_reason);
  CHECK(attempt(486, "\xC0\xAF", 64) == write_error::bad_reason);
  CHECK(untouched());
  // Bad input is told apart from a small buffer, whatever the room.
  CHECK(attempt(700, "x", 0) == write_error::bad_code);
  CHECK(attempt(486, "a\nb", 0) == write_error::bad_reason);

  // Room for exactly the line, and one byte less.
  const std::size_t exact = std::string_view("SIP/2.0 486 Busy Here\r\n").size();
  CHECK(sipcodes::status_line_size(486).size == exact);
  CHECK(sipcodes::status_line_size(486));
  CHECK(attempt(486, "", exact - 1) == write_error::no_room);
  CHECK(untouched());
  CHECK(attempt(486, "", exact) == write_error::none);
  CHECK(std::string_view(buffer.data(), exact) == "SIP/2.0 486 Busy Here\r\n");
  CHECK(buffer[exact] == '#');  // nothing past the line

  // Null and reversed ranges have no room.
  CHECK(sipcodes::write_status_line(nullptr, nullptr, 486).error == write_error::no_room);
  CHECK(sipcodes::write_status_line(buffer.data(), buffer.data(), 486).error == write_error::no_room);
  CHECK(sipcodes::write_status_line(buffer.data() + 10, buffer.data(), 486).error == write_error::no_room);
  CHECK(sipcodes::write_status_line(nullptr, nullptr, 99).error == write_error::bad_code);
  CHECK(sipcodes::to_string(write_error::no_room) == "no_room");
  CHECK(sipcodes::to_string(static_cast<write_error>(77)) == "invalid");
}

TEST_CASE("status_line_size says why it would refuse") {
  using sipcodes::write_error;
  CHECK(sipcodes::status_line_size(99).error == write_error::bad_code);
  CHECK(sipcodes::status_line_size(99).size == 0);
  CHECK_FALSE(sipcodes::status_line_size(99));
  CHECK(sipcodes::status_line_size(486, "a\rb").error == write_error::bad_reason);
  CHECK(sipcodes::status_line_size(499).size == std::string_view("SIP/2.0 499 \r\n").size());
  CHECK(sipcodes::status_line_size(status::busy_here, "Me\xC5\x9Fgul").size ==
        std::string_view("SIP/2.0 486 Me\xC5\x9Fgul\r\n").size());
}

TEST_CASE("every code in the table round-trips through write and parse") {
  for (const auto& row : sipcodes::all()) {
    const int code = static_cast<int>(row.code);
    CAPTURE(code);
    const std::string line = written(code);
    REQUIRE(!line.empty());
    const auto parsed = parse_status_line(line);
    CHECK(parsed);
    CHECK(parsed.value.code == row.code);
    CHECK(parsed.value.reason == row.reason);
    for (const auto& former : row.aliases()) {
      const std::string former_line = written(code, former.phrase);
      CHECK(parse_status_line(former_line).value.reason == former.phrase);
    }
  }
}

TEST_CASE("status lines made at compile time") {
  constexpr auto busy = sipcodes::make_status_line(status::busy_here);
  static_assert(busy.view() == "SIP/2.0 486 Busy Here\r\n");
  constexpr auto longest = sipcodes::make_status_line(status::push_notification_service_not_supported);
  static_assert(std::string_view(longest) == "SIP/2.0 555 Push Notification Service Not Supported\r\n");
  constexpr auto invalid = sipcodes::make_status_line(static_cast<status>(700));
  static_assert(invalid.empty());
  static_assert(sipcodes::parse_status_line(busy.view()).value.code == status::busy_here);
  CHECK(busy.view() == "SIP/2.0 486 Busy Here\r\n");
  const auto unknown = sipcodes::make_status_line(static_cast<status>(499));
  CHECK(unknown.view() == "SIP/2.0 499 \r\n");
}

TEST_CASE("a parsed code is a status, compared with enumerators") {
  const auto r = parse_status_line("SIP/2.0 486 Busy Here");
  REQUIRE(r);
  CHECK(r.value.code == status::busy_here);
  CHECK(sipcodes::is_client_error(r.value.code));
  CHECK(sipcodes::reason_phrase(r.value.code) == r.value.reason);
  switch (r.value.code) {
    case status::busy_here: break;
    default: FAIL("the parsed code is not busy_here");
  }
}

TEST_CASE("the parser reads from a std::string that outlives the result") {
  const std::string received = "SIP/2.0 180 Ringing\r\n";
  const auto r = parse_status_line(received);  // an lvalue: fine
  REQUIRE(r);
  CHECK(r.value.reason == "Ringing");
  CHECK(r.value.reason.data() == received.data() + 12);
}

TEST_CASE("every error has a name for logs") {
  CHECK(sipcodes::to_string(line_error::bad_code) == "bad_code");
  CHECK(sipcodes::to_string(line_error::unsupported_version) == "unsupported_version");
  CHECK(sipcodes::to_string(static_cast<line_error>(200)) == "invalid");
}

// ---------------------------------------------------------------------------
// Relaying a phrase: escape_reason_phrase percent-encodes what a Reason-Phrase
// may not carry raw (RFC 3261 section 25.1: escaped = "%" HEXDIG HEXDIG).

namespace {

// What escape_reason_phrase writes into a roomy buffer; "<error>" when it refuses.
std::string escaped(std::string_view text) {
  std::vector<char> buffer(text.size() * 3 + 1, '#');
  const sipcodes::write_result r = sipcodes::escape_reason_phrase(buffer.data(), buffer.data() + buffer.size(), text);
  if (!r) return std::string(sipcodes::to_string(r.error)).insert(0, 1, '<').append(1, '>');
  return std::string(buffer.data(), static_cast<std::size_t>(r.end - buffer.data()));
}

bool holds_an_escape(std::string_view text) { return sipcodes_test::percent_decoded(text) != text; }

// The writer in a constant expression.
constexpr bool escapes_at_compile_time() {
  char buffer[16] = {};
  const sipcodes::write_result r = sipcodes::escape_reason_phrase(buffer, buffer + sizeof buffer, "a\"b%");
  return r && std::string_view(buffer, static_cast<std::size_t>(r.end - buffer)) == "a%22b%25";
}
static_assert(escapes_at_compile_time());

}  // namespace

TEST_CASE("escape_reason_phrase: what a B2BUA received goes on as a valid Reason-Phrase") {
  // parse_status_line accepts this phrase; write_status_line refuses it as it is.
  const std::string_view received = "Busy [here] \"x\" 50% <y>";
  CHECK(parse_status_line("SIP/2.0 486 Busy [here] \"x\" 50% <y>").value.reason == received);
  CHECK(sipcodes::status_line_size(486, received).error == sipcodes::write_error::bad_reason);
  CHECK(escaped(received) == "Busy %5Bhere%5D %22x%22 50%25 %3Cy%3E");
  CHECK(written(486, escaped(received)) == "SIP/2.0 486 Busy %5Bhere%5D %22x%22 50%25 %3Cy%3E\r\n");

  // Line breaks, NUL and the other control characters; HTAB is allowed raw.
  CHECK(escaped("Busy\r\nVia: evil"sv) == "Busy%0D%0AVia: evil");
  CHECK(escaped("a\0b"sv) == "a%00b");
  CHECK(escaped("a\tb\x1b[0m\x7f") == "a\tb%1B%5B0m%7F");
  // Every other ASCII character the grammar leaves out.
  CHECK(escaped("#\\^`{|}") == "%23%5C%5E%60%7B%7C%7D");
  // Malformed UTF-8, byte by byte; well-formed UTF-8 stays as it is.
  CHECK(escaped("Me\xC5") == "Me%C5");
  CHECK(escaped("\xC0\xAF") == "%C0%AF");         // overlong '/'
  CHECK(escaped("\xED\xA0\x80") == "%ED%A0%80");  // surrogate U+D800
  CHECK(escaped("\xE2\x82 x") == "%E2%82 x");     // truncated
  CHECK(escaped("\xFF\xFE") == "%FF%FE");         // never UTF-8
  CHECK(escaped("Me\xC5\x9Fgul \xF0\x9F\x93\x9E") == "Me\xC5\x9Fgul \xF0\x9F\x93\x9E");
  // '%': an escape stays as it is; any other '%' is escaped itself.
  CHECK(escaped("50%25 off") == "50%25 off");
  CHECK(escaped("%41%4a%4A") == "%41%4a%4A");
  CHECK(escaped("50%") == "50%25");
  CHECK(escaped("%4") == "%254");
  CHECK(escaped("%4g%g4") == "%254g%25g4");
  CHECK(escaped("%%41") == "%25%41");
  CHECK(escaped("").empty());
}

TEST_CASE("escape_reason_phrase leaves a valid phrase as it is, and its result is always valid") {
  for (const auto& row : sipcodes::all()) {
    CHECK(escaped(row.reason) == row.reason);
    for (const auto& a : row.aliases()) CHECK(escaped(a.phrase) == a.phrase);
  }
  // Every byte alone and every pair of bytes.
  for (int first = 0; first < 256; ++first) {
    for (int second = -1; second < 256; ++second) {
      std::string text(1, static_cast<char>(first));
      if (second >= 0) text += static_cast<char>(second);
      const std::string out = escaped(text);
      const bool valid = sipcodes::is_valid_reason_phrase(out);
      if (!valid) FAIL_CHECK("not valid: " << out);
      if (sipcodes::is_valid_reason_phrase(text) && out != text) FAIL_CHECK("changed a valid phrase: " << out);
      if (escaped(out) != out) FAIL_CHECK("escaping twice changes " << out);
      if (sipcodes::escaped_reason_phrase_size(text).size != out.size()) FAIL_CHECK("size of " << out);
    }
  }
}

TEST_CASE("escape_reason_phrase: undoing the escapes gives back what was received") {
  const std::vector<std::string> received = {"Busy [here] \"x\" 50% <y>",
                                             "Busy\r\nVia: evil",
                                             std::string("a\0b", 3),
                                             "Me\xC5",
                                             "\xC0\xAF\xFF",
                                             "Me\xC5\x9Fgul",
                                             "100%",
                                             "a%b%c",
                                             "#1 {json: \"x\"}",
                                             "tab\there",
                                             "\x7f\x01\x1f"};
  for (const std::string& text : received) {
    CAPTURE(text);
    CHECK_FALSE(holds_an_escape(text));
    CHECK(sipcodes_test::percent_decoded(escaped(text)) == text);
  }
  // A phrase that holds escapes already reads the same before and after:
  // they are passed on, not escaped again.
  for (const std::string_view text : {"50%25 off", "%41 <%42>", "%%41"}) {
    CAPTURE(text);
    CHECK(sipcodes_test::percent_decoded(escaped(text)) == sipcodes_test::percent_decoded(text));
  }
}

TEST_CASE("escape_reason_phrase is a writer: the exact size, no_room, nothing written on failure") {
  using sipcodes::write_error;
  const std::string_view text = "50% <off>";
  const std::string_view out = "50%25 %3Coff%3E";
  const sipcodes::size_result size = sipcodes::escaped_reason_phrase_size(text);
  CHECK(size);
  CHECK(size.size == out.size());

  std::array<char, 32> buffer{};
  buffer.fill('#');
  const auto short_by_one = sipcodes::escape_reason_phrase(buffer.data(), buffer.data() + out.size() - 1, text);
  CHECK(short_by_one.error == write_error::no_room);
  CHECK(short_by_one.end == buffer.data());
  CHECK(std::all_of(buffer.begin(), buffer.end(), [](char c) { return c == '#'; }));

  const auto exact = sipcodes::escape_reason_phrase(buffer.data(), buffer.data() + out.size(), text);
  REQUIRE(exact);
  CHECK(std::string_view(buffer.data(), static_cast<std::size_t>(exact.end - buffer.data())) == out);
  CHECK(buffer[out.size()] == '#');  // nothing past it

  // Null and reversed ranges have no room; an empty text needs none.
  CHECK(sipcodes::escape_reason_phrase(nullptr, nullptr, text).error == write_error::no_room);
  CHECK(sipcodes::escape_reason_phrase(buffer.data() + 4, buffer.data(), text).error == write_error::no_room);
  const auto nothing = sipcodes::escape_reason_phrase(nullptr, nullptr, "");
  CHECK(nothing);
  CHECK(nothing.end == nullptr);
  CHECK(sipcodes::escaped_reason_phrase_size("").size == 0);

  // No text is bad input: every byte has an escaped form.
  CHECK(sipcodes::escaped_reason_phrase_size("\r\n\0\xFF"sv).size == 12);
  static_assert(sipcodes::escaped_reason_phrase_size("50% off").size == 9);
}
