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

std::string written(reason_protocol protocol, int cause, std::string_view text = {}) {
  std::array<char, 256> buffer{};
  const std::size_t n = sipcodes::write_reason(buffer.data(), buffer.size(), protocol, cause, text);
  return std::string(buffer.data(), n);
}

std::string unescaped(std::string_view escaped) {
  std::array<char, 256> buffer{};
  const auto n = sipcodes::unescape_reason_text(escaped, buffer.data(), buffer.size());
  REQUIRE(n);
  return std::string(buffer.data(), n.size);
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
  const std::size_t n = sipcodes::write_reason(buffer.data(), buffer.size(), status::decline);
  CHECK(std::string_view(buffer.data(), n) == "SIP ;cause=603 ;text=\"Decline\"");
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

  const std::string full = "SIP ;cause=486 ;text=\"Busy Here\"";
  CHECK(sipcodes::reason_size(reason_protocol::sip, 486, "Busy Here") == full.size());
  std::array<char, 64> buffer{};
  buffer.fill('#');
  CHECK(sipcodes::write_reason(buffer.data(), full.size() - 1, reason_protocol::sip, 486, "Busy Here") == 0);
  CHECK(buffer[0] == '#');
  CHECK(sipcodes::write_reason(buffer.data(), full.size(), reason_protocol::sip, 486, "Busy Here") == full.size());
  CHECK(buffer[full.size()] == '#');
  CHECK(sipcodes::write_reason(nullptr, 100, reason_protocol::sip, 486) == 0);
}

TEST_CASE("parsing a reason-value") {
  const auto r = parse_reason("SIP ;cause=486 ;text=\"Busy Here\"");
  REQUIRE(r);
  CHECK(r.value.protocol == "SIP");
  CHECK(r.value.is_protocol(reason_protocol::sip));
  CHECK_FALSE(r.value.is_protocol(reason_protocol::q850));
  CHECK(r.value.cause == 486);
  CHECK(r.value.has_text);
  CHECK(r.value.text == "Busy Here");
  CHECK(r.value.rest.empty());

  const auto q = parse_reason("Q.850;cause=16;text=\"Terminated\"");
  REQUIRE(q);
  CHECK(q.value.is_protocol(reason_protocol::q850));
  CHECK(q.value.cause == 16);

  const auto bare = parse_reason("SIP");
  REQUIRE(bare);
  CHECK(bare.value.cause == -1);
  CHECK_FALSE(bare.value.has_text);

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
  CHECK_FALSE(sipcodes::unescape_reason_text("toolong", small.data(), small.size()));
  CHECK(sipcodes::unescape_reason_text("abcd", small.data(), small.size()).size == 4);
  CHECK(sipcodes::unescape_reason_text("abcd", small.data(), small.size()).complete);
  CHECK_FALSE(sipcodes::unescape_reason_text("a", nullptr, 10));
  CHECK(sipcodes::unescape_reason_text("", nullptr, 0));  // nothing to write, nothing needed
}

TEST_CASE("writer and parser agree") {
  for (const auto& row : sipcodes::all()) {
    std::array<char, 128> buffer{};
    const std::size_t n = sipcodes::write_reason(buffer.data(), buffer.size(), row.code);
    const auto parsed = parse_reason(std::string_view(buffer.data(), n));
    REQUIRE(parsed);
    CHECK(parsed.value.cause == static_cast<int>(row.code));
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
  CHECK(sipcodes::to_string(reason_error::bad_text) == "bad_text");
}

TEST_CASE("reason functions work in constant expressions") {
  constexpr auto parsed = parse_reason("Q.850 ;cause=34");
  static_assert(parsed && parsed.value.cause == 34);
  static_assert(sipcodes::reason_size(reason_protocol::q850, 34) == std::string_view("Q.850 ;cause=34").size());
  CHECK(parsed.value.cause == 34);
}
