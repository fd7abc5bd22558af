// Reason header field values (RFC 3326, RFC 6432): writing and parsing.
#include <sipcodes/sipcodes.hpp>

#include <doctest/doctest.h>

#include <array>
#include <string>
#include <string_view>

using sipcodes::parse_reason;
using sipcodes::reason_error;
using sipcodes::reason_protocol;
using sipcodes::status;

namespace {

// What write_reason writes into a roomy buffer; "" when it refuses.
std::string written(reason_protocol protocol, int cause, std::string_view text = {}) {
  std::array<char, 256> buffer{};
  const auto r = sipcodes::write_reason(buffer.data(), buffer.data() + buffer.size(), protocol, cause, text);
  if (!r) return {};
  return std::string(buffer.data(), r.end);
}

// The same for a status, a SIP cause.
std::string written(status s, std::string_view text) {
  std::array<char, 256> buffer{};
  const auto r = sipcodes::write_reason(buffer.data(), buffer.data() + buffer.size(), s, text);
  if (!r) return {};
  return std::string(buffer.data(), r.end);
}

std::string unescaped(std::string_view escaped) {
  std::array<char, 256> buffer{};
  const auto r = sipcodes::unescape_quoted(buffer.data(), buffer.data() + buffer.size(), escaped);
  REQUIRE(r);
  return std::string(buffer.data(), r.end);
}

}  // namespace

TEST_CASE("writing SIP and Q.850 reasons") {
  CHECK(written(reason_protocol::sip, 486, "Busy Here") == "SIP ;cause=486 ;text=\"Busy Here\"");
  CHECK(written(reason_protocol::q850, 17, "User busy") == "Q.850 ;cause=17 ;text=\"User busy\"");
  CHECK(written(reason_protocol::q850, 16) == "Q.850 ;cause=16");
  CHECK(written(reason_protocol::sip, 200, "Call completed elsewhere") ==
        "SIP ;cause=200 ;text=\"Call completed elsewhere\"");
  CHECK(written(reason_protocol::sip, 486, R"(say "hi" \o/)") == R"(SIP ;cause=486 ;text="say \"hi\" \\o/")");
  CHECK(written(reason_protocol::sip, 486, "Meşgul") == "SIP ;cause=486 ;text=\"Meşgul\"");

  std::array<char, 64> buffer{};
  const auto r = sipcodes::write_reason(buffer.data(), buffer.data() + buffer.size(), status::decline);
  REQUIRE(r);
  CHECK(std::string(buffer.data(), r.end) == "SIP ;cause=603 ;text=\"Decline\"");
  const auto unknown = sipcodes::write_reason(buffer.data(), buffer.data() + buffer.size(), static_cast<status>(499));
  REQUIRE(unknown);
  CHECK(std::string(buffer.data(), unknown.end) == "SIP ;cause=499");
}

TEST_CASE("writing refuses causes outside the protocol, unsafe text and small buffers") {
  CHECK(written(reason_protocol::sip, 99).empty());
  CHECK(written(reason_protocol::sip, 700).empty());
  CHECK(written(reason_protocol::q850, 0).empty());
  CHECK(written(reason_protocol::q850, 128).empty());
  CHECK(written(reason_protocol::q850, -1).empty());
  CHECK(written(reason_protocol::sip, 486, "Busy\r\nVia: injected").empty());
  CHECK(written(reason_protocol::sip, 486, std::string_view("a\0b", 3)).empty());
  CHECK(written(reason_protocol::sip, 486, "\xC0\xAF").empty());

  using sipcodes::write_error;
  CHECK(sipcodes::reason_size(reason_protocol::sip, 99).error == write_error::bad_code);
  CHECK(sipcodes::reason_size(reason_protocol::q850, 128).error == write_error::bad_code);
  CHECK(sipcodes::reason_size(reason_protocol::sip, 486, "a\nb").error == write_error::bad_text);

  const std::string full = "SIP ;cause=486 ;text=\"Busy Here\"";
  CHECK(sipcodes::reason_size(reason_protocol::sip, 486, "Busy Here").size == full.size());
  std::array<char, 64> buffer{};
  buffer.fill('#');
  char* const first = buffer.data();
  const auto short_by_one =
      sipcodes::write_reason(first, first + full.size() - 1, reason_protocol::sip, 486, "Busy Here");
  CHECK(short_by_one.error == write_error::no_room);
  CHECK(short_by_one.end == first);
  CHECK(buffer[0] == '#');
  const auto exact = sipcodes::write_reason(first, first + full.size(), reason_protocol::sip, 486, "Busy Here");
  CHECK(exact);
  CHECK(exact.end == first + full.size());
  CHECK(buffer[full.size()] == '#');
  CHECK(sipcodes::write_reason(nullptr, nullptr, reason_protocol::sip, 486).error == write_error::no_room);
  // Bad input is told apart from a small buffer.
  CHECK(sipcodes::write_reason(nullptr, nullptr, reason_protocol::sip, 99).error == write_error::bad_code);
  CHECK(sipcodes::write_reason(first, first + 64, reason_protocol::sip, 486, "a\rb").error == write_error::bad_text);
}

TEST_CASE("parsing a reason-value") {
  const auto r = parse_reason("SIP ;cause=486 ;text=\"Busy Here\"");
  REQUIRE(r);
  CHECK(r.value.protocol == "SIP");
  CHECK(r.value.is_protocol(reason_protocol::sip));
  CHECK_FALSE(r.value.is_protocol(reason_protocol::q850));
  CHECK(r.value.cause == 486);
  CHECK(r.value.sip_status() == status::busy_here);
  CHECK(r.value.text == "Busy Here");
  CHECK(r.value.rest.empty());

  const auto q = parse_reason("Q.850;cause=16;text=\"Terminated\"");
  REQUIRE(q);
  CHECK(q.value.is_protocol(reason_protocol::q850));
  CHECK(q.value.cause == 16);
  CHECK_FALSE(q.value.sip_status());  // a Q.850 cause is not a status

  const auto bare = parse_reason("SIP");
  REQUIRE(bare);
  CHECK_FALSE(bare.value.cause);
  CHECK_FALSE(bare.value.sip_status());
  CHECK(bare.value.text.empty());

  const auto spaced = parse_reason("  q.850 \t; CAUSE = 17 ; Text = \"User busy\"  ");
  REQUIRE(spaced);
  CHECK(spaced.value.cause == 17);
  CHECK(spaced.value.text == "User busy");

  const auto other = parse_reason("preemption ;cause=1 ;text=\"UA Preemption\"");  // RFC 4411 protocol
  REQUIRE(other);
  CHECK_FALSE(other.value.is_protocol(reason_protocol::sip));
  CHECK_FALSE(other.value.is_protocol(reason_protocol::q850));

  const auto extension = parse_reason("SIP ;cause=200 ;location=LN ;flag ;x=\"q\" ;host=[2001:db8::1]");
  CHECK(extension);
}

TEST_CASE("several reason-values, one after another") {
  const auto first = parse_reason("SIP ;cause=200 ;text=\"Call completed elsewhere\", Q.850 ;cause=16");
  REQUIRE(first);
  CHECK(first.value.cause == 200);
  CHECK(first.value.rest == "Q.850 ;cause=16");
  const auto second = parse_reason(first.value.rest);
  REQUIRE(second);
  CHECK(second.value.cause == 16);
  CHECK(second.value.rest.empty());
}

TEST_CASE("the text comes back unescaped into a caller's buffer") {
  const auto r = parse_reason(R"(SIP ;cause=486 ;text="say \"hi\" \\o/")");
  REQUIRE(r);
  CHECK(r.value.text == R"(say \"hi\" \\o/)");  // the view keeps the escapes
  CHECK(unescaped(r.value.text) == R"(say "hi" \o/)");
  CHECK(unescaped("") == "");
  std::array<char, 4> small{};
  char* const first = small.data();
  CHECK(sipcodes::unescape_quoted(first, first + small.size(), "toolong").error == sipcodes::write_error::no_room);
  CHECK(sipcodes::unescape_quoted(first, first + small.size(), "abcd").end == first + 4);
  CHECK(sipcodes::unescape_quoted(first, first + small.size(), "a\\bcd"));  // five bytes, four once unescaped
  CHECK_FALSE(sipcodes::unescape_quoted(nullptr, nullptr, "a"));
  CHECK(sipcodes::unescape_quoted(nullptr, nullptr, ""));  // nothing to write, nothing needed
}

TEST_CASE("unescape_quoted refuses what no quoted-string or comment holds, and unescaped_size sizes it") {
  using sipcodes::write_error;
  using namespace std::string_view_literals;
  // CR, LF and NUL, raw or after a backslash, and a lone backslash at the end:
  // bad_text, with nothing written, before no_room.
  for (const std::string_view bad : {"a\r\nb\\"sv, "a\rb"sv, "a\nb"sv, "a\0b"sv, "a\\\rb"sv, "a\\\nb"sv, "a\\\0b"sv,
                                     "ab\\"sv, "\\"sv, "a\\\\\\"sv, "\r"sv, "\n"sv, "\0"sv}) {
    CAPTURE(bad);
    std::array<char, 16> buffer{};
    buffer.fill('#');
    const auto r = sipcodes::unescape_quoted(buffer.data(), buffer.data() + buffer.size(), bad);
    CHECK(r.error == write_error::bad_text);
    CHECK(r.end == buffer.data());
    CHECK(std::string_view(buffer.data(), buffer.size()) == std::string(buffer.size(), '#'));
    CHECK(sipcodes::unescape_quoted(nullptr, nullptr, bad).error == write_error::bad_text);
    CHECK(sipcodes::unescape_quoted(buffer.data(), buffer.data(), bad).error == write_error::bad_text);
    const auto size = sipcodes::unescaped_size(bad);
    CHECK(size.error == write_error::bad_text);
    CHECK(size.size == 0);
  }
  // What a quoted-string holds: a backslash pair at the end, a tab, UTF-8.
  CHECK(unescaped("a\\\\") == "a\\");
  CHECK(unescaped("a\\\"b") == "a\"b");
  CHECK(unescaped("a\tb\\\tc") == "a\tb\tc");
  CHECK(unescaped("Me\xC5\x9Fgul") == "Me\xC5\x9Fgul");
  static_assert(sipcodes::unescaped_size(R"(say \"hi\" \\o/)").size == 12);
  static_assert(sipcodes::unescaped_size("").size == 0 && sipcodes::unescaped_size(""));
}

TEST_CASE("unescaped_size is what unescape_quoted writes, for every string of three bytes") {
  using sipcodes::write_error;
  // The oracle: undo each quoted-pair; refuse CR, LF, NUL and a lone backslash at the end.
  const auto expected = [](std::string_view escaped, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < escaped.size(); ++i) {
      char c = escaped[i];
      if (c == '\\') {
        if (i + 1 == escaped.size()) return false;
        c = escaped[++i];
      }
      if (c == '\r' || c == '\n' || c == '\0') return false;
      out += c;
    }
    return true;
  };
  const std::string alphabet("a\\\"\r\n\t", 7);  // with NUL
  std::string input;
  std::string plain;
  for (const char x : alphabet) {
    for (const char y : alphabet) {
      for (const char z : alphabet) {
        input.assign({x, y, z});
        CAPTURE(input);
        const bool good = expected(input, plain);
        const auto size = sipcodes::unescaped_size(input);
        std::array<char, 8> buffer{};
        const auto r = sipcodes::unescape_quoted(buffer.data(), buffer.data() + buffer.size(), input);
        CHECK(size.error == (good ? write_error::none : write_error::bad_text));
        CHECK(r.error == size.error);
        if (!good) continue;
        CHECK(std::string(buffer.data(), r.end) == plain);
        CHECK(size.size == plain.size());
        // One byte less than it needs: no_room, nothing written.
        if (!plain.empty()) {
          CHECK(sipcodes::unescape_quoted(buffer.data(), buffer.data() + plain.size() - 1, input).error ==
                write_error::no_room);
        }
      }
    }
  }
}

TEST_CASE("write_reason and reason_size take a status as a SIP cause, with a text") {
  std::array<char, 64> a{};
  std::array<char, 64> b{};
  for (const int cause : {100, 486, 499, 603, 699, 99, 700, 0, 65535}) {
    CAPTURE(cause);
    const auto s = static_cast<status>(cause);
    for (const std::string_view text : {"x", "", "Call rejected", "a\nb"}) {
      CAPTURE(text);
      const auto by_int = sipcodes::write_reason(a.data(), a.data() + a.size(), reason_protocol::sip, cause, text);
      const auto by_status = sipcodes::write_reason(b.data(), b.data() + b.size(), s, text);
      CHECK(by_int.error == by_status.error);
      CHECK(std::string(a.data(), by_int.end) == std::string(b.data(), by_status.end));
      const auto size_by_int = sipcodes::reason_size(reason_protocol::sip, cause, text);
      const auto size_by_status = sipcodes::reason_size(s, text);
      CHECK(size_by_int.size == size_by_status.size);
      CHECK(size_by_int.error == size_by_status.error);
    }
  }
  CHECK(written(status::busy_here, "") == "SIP ;cause=486");  // an empty text: no text parameter
  CHECK(written(status::decline, "Call rejected") == R"(SIP ;cause=603 ;text="Call rejected")");
  CHECK(sipcodes::reason_size(status::busy_here, "").size == 14);  // SIP ;cause=486
  static_assert(sipcodes::reason_size(status::decline, "Decline").size == 30);
  // A Q.850 cause is an int: a status is never one (see compile_fail/reason_q850_status.cpp).
  CHECK(written(reason_protocol::q850, 17, "User busy") == R"(Q.850 ;cause=17 ;text="User busy")");
}

TEST_CASE("reason_size(status) is the size write_reason(first, last, status) writes") {
  std::array<char, 128> buffer{};
  for (int code = 0; code <= 1000; ++code) {
    const auto s = static_cast<status>(code);
    const auto size = sipcodes::reason_size(s);
    const auto r = sipcodes::write_reason(buffer.data(), buffer.data() + buffer.size(), s);
    CHECK(size.error == r.error);
    if (r) CHECK(size.size == static_cast<std::size_t>(r.end - buffer.data()));
  }
  CHECK(sipcodes::reason_size(status::busy_here).size ==
        std::string_view(R"(SIP ;cause=486 ;text="Busy Here")").size());
  CHECK(sipcodes::reason_size(static_cast<status>(499)).size == std::string_view("SIP ;cause=499").size());
  CHECK(sipcodes::reason_size(static_cast<status>(700)).error == sipcodes::write_error::bad_code);
}

TEST_CASE("the former names still answer, deprecated, for one minor release") {
  std::array<char, 16> buffer{};
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif
  const auto r = sipcodes::unescape_reason_text(R"(a\"b)", buffer.data(), buffer.data() + buffer.size());
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
  REQUIRE(r);
  CHECK(std::string(buffer.data(), r.end) == R"(a"b)");
}

TEST_CASE("writer and parser agree") {
  for (const auto& row : sipcodes::all()) {
    std::array<char, 128> buffer{};
    const auto r = sipcodes::write_reason(buffer.data(), buffer.data() + buffer.size(), row.code);
    REQUIRE(r);
    const auto parsed = parse_reason(std::string_view(buffer.data(), static_cast<std::size_t>(r.end - buffer.data())));
    REQUIRE(parsed);
    CHECK(parsed.value.cause == static_cast<int>(row.code));
    CHECK(parsed.value.sip_status() == row.code);
    CHECK(unescaped(parsed.value.text) == row.reason);
  }
  const std::string tricky = R"(a "quoted" \ back\slash)";
  const std::string value = written(reason_protocol::q850, 127, tricky);
  const auto parsed = parse_reason(value);
  REQUIRE(parsed);
  CHECK(unescaped(parsed.value.text) == tricky);
}

TEST_CASE("malformed values are refused") {
  CHECK(parse_reason("").error == reason_error::empty);
  CHECK(parse_reason("   ").error == reason_error::empty);
  CHECK(parse_reason(";cause=1").error == reason_error::bad_protocol);
  CHECK(parse_reason("\"SIP\"").error == reason_error::bad_protocol);
  CHECK(parse_reason("SIP ;").error == reason_error::bad_parameter);
  CHECK(parse_reason("SIP ;=1").error == reason_error::bad_parameter);
  CHECK(parse_reason("SIP ;cause").error == reason_error::bad_parameter);
  CHECK(parse_reason("SIP ;cause=1 ;cause=2").error == reason_error::bad_parameter);
  CHECK(parse_reason("SIP ;text=\"a\" ;text=\"b\"").error == reason_error::bad_parameter);
  CHECK(parse_reason("SIP ;x=").error == reason_error::bad_parameter);
  CHECK(parse_reason("SIP ;cause=").error == reason_error::bad_cause);
  CHECK(parse_reason("SIP ;cause=-1").error == reason_error::bad_cause);
  CHECK(parse_reason("SIP ;cause=123456").error == reason_error::bad_cause);
  CHECK(parse_reason("SIP ;cause=4294967301").error == reason_error::bad_cause);
  CHECK(parse_reason("SIP ;cause=48x").error == reason_error::bad_separator);
  CHECK(parse_reason("SIP ;text=Busy").error == reason_error::bad_text);
  CHECK(parse_reason("SIP ;text=\"Busy").error == reason_error::bad_text);
  CHECK(parse_reason("SIP ;text=\"Busy\\").error == reason_error::bad_text);
  CHECK(parse_reason("SIP ;text=\"a\r\nb\"").error == reason_error::bad_text);
  CHECK(parse_reason("SIP ;text=\"a\\\nb\"").error == reason_error::bad_text);
  CHECK(parse_reason("SIP ;text=\"\xC0\xAF\"").error == reason_error::bad_text);
  CHECK(parse_reason("SIP cause=1").error == reason_error::bad_separator);
  CHECK(parse_reason("SIP ;cause=1\r\n").error == reason_error::bad_separator);
  // reason-value *(COMMA reason-value): a value after each comma (RFC 3326 section 2).
  CHECK(parse_reason("SIP ;cause=200,").error == reason_error::bad_separator);
  CHECK(parse_reason("SIP ;cause=200 , \t").error == reason_error::bad_separator);
  // Nor an empty element between two commas.
  CHECK(parse_reason("SIP;cause=200, ,").error == reason_error::bad_separator);
  CHECK(parse_reason("SIP;cause=200,,Q.850;cause=16").error == reason_error::bad_separator);
  // gen-value = token / host / quoted-string (RFC 3261 section 25.1).
  CHECK(parse_reason("SIP ;cause=200 ;foo=a:b").error == reason_error::bad_separator);
  CHECK(parse_reason("SIP ;cause=200 ;foo=[[x").error == reason_error::bad_parameter);
  CHECK(parse_reason("SIP ;cause=200 ;foo=[::1]").error == reason_error::none);
  // A parameter name appears once, in any case (RFC 3261 section 7.3.1).
  CHECK(parse_reason("SIP ;foo=1 ;cause=200 ;FOO=2").error == reason_error::bad_parameter);
  CHECK(parse_reason("SIP ;cause=1 ;CAUSE=2").error == reason_error::bad_parameter);
  CHECK(parse_reason("SIP ;text=\";foo\" ;foo").error == reason_error::none);
  CHECK(sipcodes::to_string(reason_error::bad_text) == "bad_text");
}

TEST_CASE("reason functions work in constant expressions") {
  constexpr auto parsed = parse_reason("Q.850 ;cause=34");
  static_assert(parsed && parsed.value.cause == 34);
  static_assert(sipcodes::reason_size(reason_protocol::q850, 34).size == std::string_view("Q.850 ;cause=34").size());
  CHECK(parsed.value.cause == 34);
}
