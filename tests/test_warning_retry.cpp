// The warn-code registry, Warning and Retry-After field values, and the retry
// advice, against fixtures typed from the IANA registry and RFC 3261.
#include <sipcodes/lang/tr.hpp>
#include <sipcodes/sipcodes.hpp>

#include <doctest/doctest.h>

#include <climits>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "fixture.hpp"

using sipcodes::retry_after_error;
using sipcodes::status;
using sipcodes::warning_error;
using sipcodes::write_error;
using namespace std::string_view_literals;

namespace {

// Writes with a buffer of exactly `capacity` bytes, guarded on both sides,
// and checks that nothing outside [first, first + capacity) was touched.
template <class Write>
std::pair<std::string, write_error> write_into(std::size_t capacity, Write write) {
  std::vector<char> buffer(capacity + 16, '#');
  char* first = buffer.data() + 8;
  const sipcodes::write_result r = write(first, first + capacity);
  for (std::size_t i = 0; i < 8; ++i) CHECK(buffer[i] == '#');
  for (std::size_t i = 8 + capacity; i < buffer.size(); ++i) CHECK(buffer[i] == '#');
  if (!r) {
    CHECK(r.end == first);
    return {std::string(), r.error};
  }
  return {std::string(first, r.end), r.error};
}

std::string retry_after_text(std::uint32_t seconds, std::string_view comment = {},
                             std::optional<std::uint32_t> duration = std::nullopt) {
  const auto size = sipcodes::retry_after_size(seconds, comment, duration);
  REQUIRE(size);
  const auto written = write_into(size.size, [&](char* first, char* last) {
    return sipcodes::write_retry_after(first, last, seconds, comment, duration);
  });
  CHECK(written.second == write_error::none);
  return written.first;
}

std::string warning_text_of(int code, std::string_view agent, std::string_view text = {}) {
  const auto size = sipcodes::warning_size(code, agent, text);
  REQUIRE(size);
  const auto written = write_into(
      size.size, [&](char* first, char* last) { return sipcodes::write_warning(first, last, code, agent, text); });
  CHECK(written.second == write_error::none);
  return written.first;
}

std::string unescaped(std::string_view escaped) {
  std::string out(escaped.size(), '\0');
  const auto r = sipcodes::unescape_quoted(out.data(), out.data() + out.size(), escaped);
  REQUIRE(r);
  out.resize(static_cast<std::size_t>(r.end - out.data()));
  return out;
}

}  // namespace

TEST_CASE("warn-codes: the registry, every row of the fixture and nothing more") {
  const auto rows = fixture::read_csv("warn-codes.csv");
  CHECK(rows.size() == 15);
  REQUIRE(sipcodes::warn_codes().size() == rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const int code = std::stoi(rows[i][0]);
    CAPTURE(code);
    const sipcodes::warn_code_info& row = sipcodes::warn_codes()[i];
    CHECK(row.code == code);  // same order: ascending
    CHECK(sipcodes::find_warn_code(code) == &row);
    CHECK(row.text == rows[i][1]);
    CHECK(sipcodes::warning_text(code) == rows[i][1]);
    CHECK("[RFC" + std::to_string(row.rfc) + "]" == rows[i][2]);
    CHECK(!row.section.empty());
    CHECK(!row.description.empty());
    CHECK(sipcodes::warning_description(code) == row.description);
  }
  CHECK(sipcodes::find_warn_code(399)->description.find("MUST NOT take any automated action") !=
        std::string_view::npos);
}

TEST_CASE("warn-codes: a code the registry does not have has no text") {
  for (int code : {0,   1,   99,  110, 199, 214, 299,  309, 329,  332,     369,
                   371, 379, 382, 398, 400, 999, 1000, -1,  -370, INT_MIN, INT_MAX}) {
    CAPTURE(code);
    CHECK(sipcodes::find_warn_code(code) == nullptr);
    CHECK(sipcodes::warning_text(code).empty());
    CHECK(sipcodes::warning_description(code).empty());
    CHECK(sipcodes::warning_text(code, sipcodes::lang::tr).empty());
  }
  int known = 0;
  for (int code = -100000; code <= 100000; ++code) known += sipcodes::find_warn_code(code) != nullptr ? 1 : 0;
  CHECK(known == 15);
  static_assert(sipcodes::warning_text(370) == "Insufficient bandwidth");
  static_assert(sipcodes::find_warn_code(371) == nullptr);
}

TEST_CASE("warn-codes in Turkish, and English for a pack without them") {
  const auto& tr = sipcodes::lang::tr;
  CHECK(sipcodes::covers_all(tr));
  CHECK(sipcodes::warning_text(370, tr) == "Yetersiz bant genişliği");
  CHECK(sipcodes::warning_text(305, tr) == "Uyumsuz medya biçimi");
  for (const auto& row : sipcodes::warn_codes()) {
    CAPTURE(row.code);
    CHECK(sipcodes::warning_text(row.code, tr) != row.text);
    CHECK(sipcodes::warning_description(row.code, tr) != row.description);
    CHECK(!sipcodes::warning_description(row.code, tr).empty());
    // A Turkish warn-text can go in a Warning header field as it is.
    CHECK(sipcodes::warning_size(row.code, "pbx.example.com", sipcodes::warning_text(row.code, tr)));
  }

  static constexpr sipcodes::translation rows[] = {{status::busy_here, "Besetzt", ""}};
  static constexpr sipcodes::warning_translation warnings[] = {{370, "Bandbreite reicht nicht", ""}};
  constexpr sipcodes::language_pack german{"de", "Deutsch", rows, warnings};
  CHECK(sipcodes::warning_text(370, german) == "Bandbreite reicht nicht");
  CHECK(sipcodes::warning_description(370, german) == sipcodes::warning_description(370));  // "": English
  CHECK(sipcodes::warning_text(304, german) == "Media type not available");                 // absent: English
  CHECK_FALSE(sipcodes::covers_all(german));

  constexpr sipcodes::language_pack no_warnings{"xx", "none", rows};
  CHECK(sipcodes::warning_text(370, no_warnings) == "Insufficient bandwidth");
  CHECK(sipcodes::warning_text(371, no_warnings).empty());
}

TEST_CASE("covers_all wants every warn-code once") {
  std::vector<sipcodes::warning_translation> warnings(sipcodes::lang::tr.warnings.begin(),
                                                      sipcodes::lang::tr.warnings.end());
  const sipcodes::row_view<sipcodes::translation> rows = sipcodes::lang::tr.rows;
  const sipcodes::row_view<sipcodes::text_translation> texts = sipcodes::lang::tr.texts;
  CHECK(sipcodes::covers_all({"tr", "t", rows, {warnings.data(), warnings.size()}, texts}));
  CHECK_FALSE(sipcodes::covers_all({"tr", "t", rows, {warnings.data(), warnings.size() - 1}, texts}));
  auto duplicate = warnings;
  duplicate.back().code = duplicate.front().code;
  CHECK_FALSE(sipcodes::covers_all({"tr", "t", rows, {duplicate.data(), duplicate.size()}, texts}));
  auto stranger = warnings;
  stranger.back().code = 398;
  CHECK_FALSE(sipcodes::covers_all({"tr", "t", rows, {stranger.data(), stranger.size()}, texts}));
}

TEST_CASE("parse_warning: RFC 3261's examples and the agent forms") {
  auto r = sipcodes::parse_warning(R"(307 isi.edu "Session parameter 'foo' not understood")");
  REQUIRE(r);
  CHECK(r.value.code == 307);
  CHECK(r.value.agent == "isi.edu");
  CHECK(r.value.text == "Session parameter 'foo' not understood");
  CHECK(r.value.rest.empty());

  r = sipcodes::parse_warning(
      R"(301 isi.edu "Incompatible network address type 'E.164'", 370 [2001:db8::1]:5060 "Insufficient bandwidth")");
  REQUIRE(r);
  CHECK(r.value.code == 301);
  CHECK(r.value.rest == R"(370 [2001:db8::1]:5060 "Insufficient bandwidth")");
  const auto next = sipcodes::parse_warning(r.value.rest);
  REQUIRE(next);
  CHECK(next.value.code == 370);
  CHECK(next.value.agent == "[2001:db8::1]:5060");
  CHECK(next.value.text == "Insufficient bandwidth");

  for (std::string_view agent : {"pbx.example.com", "pbx.example.com:5060", "192.0.2.1", "192.0.2.1:5061", "[::1]",
                                 "[2001:db8::1]", "[::ffff:192.0.2.1]:5060", "gw-7", "anonymous!%*_+`'~", "a"}) {
    CAPTURE(agent);
    const std::string value = "399 " + std::string(agent) + " \"x\"";
    const auto parsed = sipcodes::parse_warning(value);
    CHECK(parsed);
    CHECK(parsed.value.agent == agent);
  }
  // White space: leading and trailing (HCOLON's and COMMA's SWS), one SP
  // after the code, and SP then the quoted-string's SWS before the text.
  r = sipcodes::parse_warning(" \t399 pbx \t \"Tea time\" \t");
  REQUIRE(r);
  CHECK(r.value.text == "Tea time");
  // Escapes stay in the view; unescape_quoted takes them out.
  r = sipcodes::parse_warning(R"(399 pbx "say \"hi\" \\ bye")");
  REQUIRE(r);
  CHECK(r.value.text == R"(say \"hi\" \\ bye)");
  CHECK(unescaped(r.value.text) == R"(say "hi" \ bye)");
  // An empty warn-text, and UTF-8.
  CHECK(sipcodes::parse_warning(R"(399 pbx "")"));
  r = sipcodes::parse_warning("370 pbx \"Yetersiz bant genişliği\"");
  REQUIRE(r);
  CHECK(r.value.text == "Yetersiz bant genişliği");
  // Any three digits are a warn-code to the reader (1xx and 2xx are HTTP's,
  // RFC 3261 section 20.43); the registry names only its own.
  r = sipcodes::parse_warning(R"(214 proxy "Transformation applied")");
  REQUIRE(r);
  CHECK(r.value.code == 214);
  CHECK(sipcodes::warning_text(r.value.code).empty());
  CHECK(sipcodes::parse_warning(R"(000 a "b")").value.code == 0);
  static_assert(sipcodes::parse_warning(R"(370 pbx "x")").value.code == 370);
}

TEST_CASE("parse_warning: every malformed value gets its error") {
  const std::vector<std::pair<std::string_view, warning_error>> cases = {
      {"", warning_error::empty},
      {" \t ", warning_error::empty},
      {R"(37 pbx "x")", warning_error::bad_code},
      {R"(3700 pbx "x")", warning_error::bad_code},
      {R"(x70 pbx "x")", warning_error::bad_code},
      {R"(-37 pbx "x")", warning_error::bad_code},
      {"370", warning_error::bad_separator},
      {R"(370pbx "x")", warning_error::bad_separator},
      {R"(370 "x")", warning_error::bad_agent},
      {R"(370 pbx:port "x")", warning_error::bad_agent},
      {R"(370 pbx:123456 "x")", warning_error::bad_agent},
      {R"(370 :5060 "x")", warning_error::bad_agent},
      {R"(370 [::1 "x")", warning_error::bad_agent},
      {R"(370 [] "x")", warning_error::bad_agent},
      {R"(370 [::g] "x")", warning_error::bad_agent},
      {R"(370 a/b "x")", warning_error::bad_agent},
      {R"(370 a,b "x")", warning_error::bad_agent},
      {R"(370 pbx"x")", warning_error::bad_separator},
      {R"(370  pbx "x")", warning_error::bad_separator},  // warn-code SP warn-agent: one SP
      {"370\tpbx \"x\"", warning_error::bad_separator},   // SP, not HTAB
      {"370 pbx\t\"x\"", warning_error::bad_separator},   // warn-agent SP warn-text
      {R"(370 pbx "x",)", warning_error::bad_separator},  // *(COMMA warning-value): a value after each comma
      {R"(370 pbx "x" , )", warning_error::bad_separator},
      {"370 pbx \"x\",\t", warning_error::bad_separator},
      {R"(370 pbx "x" ,, 370 pbx "y")", warning_error::bad_separator},  // an empty element between commas
      {R"(370 pbx "x", , 370 pbx "y")", warning_error::bad_separator},
      {"370 pbx", warning_error::bad_separator},
      {"370 pbx ", warning_error::bad_text},
      {"370 pbx x", warning_error::bad_text},
      {R"(370 pbx "x)", warning_error::bad_text},
      {"370 pbx \"x\r\ny\"", warning_error::bad_text},
      {"370 pbx \"\x01\"", warning_error::bad_text},
      {"370 pbx \"\\\x01\"", warning_error::bad_text},
      {"370 pbx \"\xff\"", warning_error::bad_text},
      {R"(370 pbx "x" y)", warning_error::bad_separator},
      {R"(370 pbx "x";y)", warning_error::bad_separator},
      {"370 pbx \"x\"\r\n", warning_error::bad_separator},
  };
  for (const auto& entry : cases) {
    const auto& input = entry.first;
    const auto& error = entry.second;
    CAPTURE(input);
    const auto r = sipcodes::parse_warning(input);
    CHECK(r.error == error);
    CHECK_FALSE(r);
    CHECK(sipcodes::to_string(r.error) != "invalid");
  }
}

TEST_CASE("warn-agent: what the grammar admits, every row of the fixture") {
  const auto rows = fixture::read_csv("warn-agents.csv");
  CHECK(rows.size() >= 60);
  for (const auto& fields : rows) {
    REQUIRE(fields.size() == 3);
    const std::string& agent = fields[0];
    const bool valid = fields[1] == "yes";
    REQUIRE((valid || fields[1] == "no"));
    CAPTURE(agent);
    CAPTURE(fields[2]);
    const std::string value = "399 " + agent + " \"x\"";
    const auto parsed = sipcodes::parse_warning(value);
    CHECK(static_cast<bool>(parsed) == valid);
    if (valid) {
      CHECK(parsed.value.agent == agent);
      CHECK(sipcodes::warning_size(399, agent));
      CHECK(warning_text_of(399, agent, "x") == value);
    } else {
      CHECK(parsed.error == warning_error::bad_agent);
      CHECK(sipcodes::warning_size(399, agent).error == write_error::bad_agent);
      CHECK(write_into(64, [&](char* f, char* l) { return sipcodes::write_warning(f, l, 399, agent, "x"); }).second ==
            write_error::bad_agent);
    }
  }
  static_assert(sipcodes::parse_warning(R"(370 [::1]:5060 "x")"));
  static_assert(!sipcodes::parse_warning(R"(370 -bad-:5060 "x")"));
}

TEST_CASE("write_warning: the value, escaped, never a line break, all or nothing") {
  CHECK(warning_text_of(370, "pbx.example.com") == R"(370 pbx.example.com "Insufficient bandwidth")");
  CHECK(warning_text_of(399, "[2001:db8::1]:5060", "Tea time") == R"(399 [2001:db8::1]:5060 "Tea time")");
  CHECK(warning_text_of(399, "pbx", R"(say "hi" \ bye)") == R"(399 pbx "say \"hi\" \\ bye")");
  CHECK(warning_text_of(390, "proxy") == R"(390 proxy "")");  // not in the registry: an empty text
  CHECK(warning_text_of(370, "pbx", "Yetersiz bant genişliği") == "370 pbx \"Yetersiz bant genişliği\"");

  // Round trip: what is written parses back to what was given.
  for (const auto& row : sipcodes::warn_codes()) {
    const std::string value = warning_text_of(row.code, "gw-1:5070");
    const auto parsed = sipcodes::parse_warning(value);
    REQUIRE(parsed);
    CHECK(parsed.value.code == row.code);
    CHECK(parsed.value.agent == "gw-1:5070");
    CHECK(parsed.value.text == row.text);
  }

  // Bad input is told apart from a short buffer, and nothing is written.
  // 1xx and 2xx "have been taken by HTTP/1.1" (RFC 3261 section 20.43): no
  // SIP warn-code is there for a writer to write.
  for (int code : {99, 1000, -1, 0, 100, 110, 199, 214, 299, INT_MIN, INT_MAX}) {
    CAPTURE(code);
    CHECK(sipcodes::warning_size(code, "pbx").error == write_error::bad_code);
    CHECK(write_into(100, [&](char* f, char* l) { return sipcodes::write_warning(f, l, code, "pbx", "x"); }).second ==
          write_error::bad_code);
  }
  for (std::string_view agent : {""sv, "a b"sv, "a\r\n"sv, "pbx\r\nInjected: yes"sv, "[::1"sv, "host:"sv,
                                 "host:123456"sv, "a,b"sv, "\"q\""sv, "a;b"sv, "\xc3\xa7"sv}) {
    CAPTURE(agent);
    CHECK(sipcodes::warning_size(370, agent).error == write_error::bad_agent);
    CHECK(write_into(100, [&](char* f, char* l) { return sipcodes::write_warning(f, l, 370, agent); }).second ==
          write_error::bad_agent);
  }
  for (std::string_view text : {"a\r\nInjected: yes"sv, "\n"sv, "a\x01"sv, "\x7f"sv, "\xff"sv, "\xc3"sv}) {
    CAPTURE(text);
    CHECK(sipcodes::warning_size(370, "pbx", text).error == write_error::bad_text);
    CHECK(write_into(100, [&](char* f, char* l) { return sipcodes::write_warning(f, l, 370, "pbx", text); }).second ==
          write_error::bad_text);
  }
  const std::string full = warning_text_of(370, "pbx");
  for (std::size_t capacity = 0; capacity < full.size(); ++capacity) {
    CAPTURE(capacity);
    CHECK(write_into(capacity, [&](char* f, char* l) { return sipcodes::write_warning(f, l, 370, "pbx"); }).second ==
          write_error::no_room);
  }
  // A null or reversed range has no room.
  CHECK(sipcodes::write_warning(nullptr, nullptr, 370, "pbx").error == write_error::no_room);
  std::vector<char> reversed(64);
  CHECK(sipcodes::write_warning(reversed.data() + 10, reversed.data(), 370, "pbx").error == write_error::no_room);
}

TEST_CASE("parse_retry_after: RFC 3261's examples, comments and parameters") {
  auto r = sipcodes::parse_retry_after("18000;duration=3600");
  REQUIRE(r);
  CHECK(r.value.seconds == 18000);
  CHECK(r.value.duration == 3600U);
  CHECK(r.value.comment.empty());

  r = sipcodes::parse_retry_after("120 (I'm in a meeting)");
  REQUIRE(r);
  CHECK(r.value.seconds == 120);
  CHECK(r.value.comment == "I'm in a meeting");
  CHECK_FALSE(r.value.duration);  // absent: available indefinitely

  r = sipcodes::parse_retry_after(" 5 ( back (soon) \\) ok ) ; DURATION = 60 ; foo=\"a;b\" ;bar ");
  REQUIRE(r);
  CHECK(r.value.seconds == 5);
  CHECK(r.value.comment == "back (soon) \\) ok");
  CHECK(r.value.duration == 60U);

  r = sipcodes::parse_retry_after("0");
  REQUIRE(r);
  CHECK(r.value.seconds == 0);
  r = sipcodes::parse_retry_after("120 ( a\\  )");  // an escaped blank is content
  REQUIRE(r);
  CHECK(r.value.comment == "a\\ ");
  r = sipcodes::parse_retry_after("120 ( \\\\ )");  // an escaped backslash, then a blank that is not
  REQUIRE(r);
  CHECK(r.value.comment == "\\\\");
  r = sipcodes::parse_retry_after("300(lunch)");
  REQUIRE(r);
  CHECK(r.value.comment == "lunch");
  r = sipcodes::parse_retry_after("60 (toplantıdayım)");
  REQUIRE(r);
  CHECK(r.value.comment == "toplantıdayım");
  // Larger than 2^32 - 1: read as 2^32 - 1.
  r = sipcodes::parse_retry_after("99999999999999999999999999;duration=4294967296");
  REQUIRE(r);
  CHECK(r.value.seconds == sipcodes::max_delta_seconds);
  CHECK(r.value.duration == sipcodes::max_delta_seconds);
  CHECK(sipcodes::parse_retry_after("4294967295").value.seconds == 4294967295U);
  // gen-value is a token, a host (an IPv6 reference included) or a quoted-string.
  for (std::string_view value : {"120;foo=example.com"sv, "120;foo=[2001:db8::1]"sv, "120;foo=\"a:b;c\""sv,
                                 "120;a;b;c=1"sv, "120;a=1 ;b=\"a=1\""sv, "120;foo=[::1] ;bar"sv, "120;b=\";a\";a"sv}) {
    CAPTURE(value);
    CHECK(sipcodes::parse_retry_after(value));
  }
  static_assert(sipcodes::parse_retry_after("120;duration=30").value.duration == 30U);
}

TEST_CASE("parse_retry_after: every malformed value gets its error") {
  const std::vector<std::pair<std::string_view, retry_after_error>> cases = {
      {"", retry_after_error::empty},
      {"  ", retry_after_error::empty},
      {"x", retry_after_error::bad_seconds},
      {"-5", retry_after_error::bad_seconds},
      {"+5", retry_after_error::bad_seconds},
      {"120s", retry_after_error::bad_seconds},
      {"1.5", retry_after_error::bad_seconds},
      {"(soon)", retry_after_error::bad_seconds},
      {"120 (unclosed", retry_after_error::bad_comment},
      {"120 (a (b)", retry_after_error::bad_comment},
      {"120 (a\r\nb)", retry_after_error::bad_comment},
      {"120 (a\x01)", retry_after_error::bad_comment},
      {"120 (\\\x01)", retry_after_error::bad_comment},
      {"120 (\xff)", retry_after_error::bad_comment},
      {"120 (trailing \\", retry_after_error::bad_comment},
      {"120;duration", retry_after_error::bad_parameter},
      {"120;duration=", retry_after_error::bad_parameter},
      {"120;duration=x", retry_after_error::bad_parameter},
      {"120;duration=1;duration=2", retry_after_error::bad_parameter},
      {"120;", retry_after_error::bad_parameter},
      {"120;=5", retry_after_error::bad_parameter},
      {"120;a=", retry_after_error::bad_parameter},
      {"120;a=\"open", retry_after_error::bad_parameter},
      {"120 130", retry_after_error::bad_separator},
      {"120 (a) (b)", retry_after_error::bad_separator},
      {"120, 130", retry_after_error::bad_seconds},
      {"120 , 130", retry_after_error::bad_separator},
      {"120\r\n", retry_after_error::bad_seconds},
      {"120 \r\n", retry_after_error::bad_separator},
      {"120;duration=5 x", retry_after_error::bad_separator},
      {"120;duration=5x", retry_after_error::bad_separator},
      // gen-value = token / host / quoted-string (RFC 3261 section 25.1)
      {"120;foo=a:b", retry_after_error::bad_separator},  // not a token, not a host
      {"120;foo=[[x", retry_after_error::bad_parameter},
      {"120;foo=[::1", retry_after_error::bad_parameter},
      {"120;foo=[::g]", retry_after_error::bad_parameter},
      {"120;foo=[::1]x", retry_after_error::bad_separator},
      {"120;foo=a]", retry_after_error::bad_separator},
      {"120;foo=\"a\"b", retry_after_error::bad_separator},
      // a parameter name MUST NOT appear more than once (RFC 3261 section 7.3.1),
      // names compared without regard to case
      {"120;foo=1;foo=2", retry_after_error::bad_parameter},
      {"120;foo;FOO", retry_after_error::bad_parameter},
      {"120;a=1;b=\"x;a=2\";a", retry_after_error::bad_parameter},
      {"120;duration=1;Duration=2", retry_after_error::bad_parameter},
  };
  for (const auto& entry : cases) {
    const auto& input = entry.first;
    const auto& error = entry.second;
    CAPTURE(input);
    const auto r = sipcodes::parse_retry_after(input);
    CHECK(r.error == error);
    CHECK_FALSE(r);
    CHECK(sipcodes::to_string(r.error) != "invalid");
  }
}

TEST_CASE("write_retry_after: the value, the comment escaped, all or nothing") {
  CHECK(retry_after_text(120) == "120");
  CHECK(retry_after_text(0) == "0");
  CHECK(retry_after_text(4294967295U) == "4294967295");
  CHECK(retry_after_text(120, "I'm in a meeting") == "120 (I'm in a meeting)");
  CHECK(retry_after_text(18000, {}, 3600) == "18000;duration=3600");
  CHECK(retry_after_text(18000, "away", 0) == "18000 (away);duration=0");
  CHECK(retry_after_text(5, "a (b) \\ c") == "5 (a \\(b\\) \\\\ c)");
  CHECK(retry_after_text(60, "toplantıdayım") == "60 (toplantıdayım)");
  // Blanks at the ends of the comment are escaped: unescaped, they would be
  // read as part of the parentheses (LPAREN and RPAREN take white space in).
  CHECK(retry_after_text(5, " x ") == "5 (\\ x\\ )");
  CHECK(retry_after_text(5, "\t") == "5 (\\\t)");

  for (std::string_view comment : {"lunch"sv, "(nested)"sv, "a)b"sv, "\\"sv, "x\ty"sv, "toplantıdayım"sv, " lead"sv,
                                   "trail "sv, " "sv, "a\\ "sv}) {
    CAPTURE(comment);
    const std::string value = retry_after_text(300, comment, 900);
    const auto parsed = sipcodes::parse_retry_after(value);
    REQUIRE(parsed);
    CHECK(parsed.value.seconds == 300);
    CHECK(parsed.value.duration == 900U);
    CHECK(unescaped(parsed.value.comment) == comment);
  }

  for (std::string_view comment : {"a\r\nRetry-After: 0"sv, "\n"sv, "\x01"sv, "\x7f"sv, "\xff"sv, "\xe2\x82"sv}) {
    CAPTURE(comment);
    CHECK(sipcodes::retry_after_size(60, comment).error == write_error::bad_text);
    CHECK(write_into(100, [&](char* f, char* l) { return sipcodes::write_retry_after(f, l, 60, comment); }).second ==
          write_error::bad_text);
  }
  const std::string full = retry_after_text(18000, "in a meeting", 3600);
  for (std::size_t capacity = 0; capacity < full.size(); ++capacity) {
    CAPTURE(capacity);
    CHECK(write_into(capacity, [&](char* f, char* l) {
            return sipcodes::write_retry_after(f, l, 18000, "in a meeting", 3600);
          }).second == write_error::no_room);
  }
  CHECK(sipcodes::write_retry_after(nullptr, nullptr, 5).error == write_error::no_room);
}

TEST_CASE("retry_advice_for: RFC 3261 section 21's text for each of the eight codes") {
  struct expectation {
    int code;
    bool may_retry_without;  // with no Retry-After
    std::string_view section_with, section_without;
  };
  const expectation table[] = {
      {404, false, "20.33", "21.4"},   {413, false, "21.4.11", "21.4"}, {480, false, "21.4.18", "21.4"},
      {486, false, "21.4.24", "21.4"}, {500, true, "21.5.1", "21.5.1"}, {503, true, "21.5.4", "21.5.4"},
      {600, false, "21.6.1", "21.6"},  {603, false, "21.6.2", "21.6"},
  };
  for (const auto& e : table) {
    CAPTURE(e.code);
    const auto with = sipcodes::retry_advice_for(e.code, 120);
    CHECK(with.applies);
    CHECK(with.may_retry);
    CHECK(with.after == 120U);
    CHECK(with.section == e.section_with);
    CHECK(with.treated_as == static_cast<status>(e.code));
    CHECK(with.try_elsewhere == (e.code == 503));

    const auto without = sipcodes::retry_advice_for(e.code);
    CHECK(without.applies);
    CHECK(without.may_retry == e.may_retry_without);
    CHECK_FALSE(without.after);
    CHECK(without.section == e.section_without);
    CHECK(without.try_elsewhere == (e.code == 503));
    // 503 without Retry-After: the client MUST act as for 500 (21.5.4).
    CHECK(without.treated_as == static_cast<status>(e.code == 503 ? 500 : e.code));
    CHECK(sipcodes::retry_advice_for(static_cast<status>(e.code), 7).after == 7U);
  }
  // Parse, then ask.
  const auto parsed = sipcodes::parse_retry_after("18000;duration=3600");
  REQUIRE(parsed);
  const auto advice = sipcodes::retry_advice_for(status::service_unavailable, parsed.value.seconds);
  CHECK(advice.after == 18000U);
  CHECK(advice.try_elsewhere);
  static_assert(sipcodes::retry_advice_for(503).treated_as == status::server_internal_error);
}

TEST_CASE("retry_advice_for: 408 and 491, whose retry RFC 3261 sets without Retry-After") {
  // 408: "The client MAY repeat the request without modifications at any
  // later time" (section 21.4.9). 491 to a re-INVITE: the UAC SHOULD wait a
  // random time and then try once more (section 14.1). Neither code takes a
  // Retry-After (section 20.33), so a value that came is not read.
  for (const auto& entry : {std::pair<int, std::string_view>{408, "21.4.9"}, {491, "14.1"}}) {
    CAPTURE(entry.first);
    for (const std::optional<std::uint32_t> retry_after :
         {std::optional<std::uint32_t>{}, std::optional<std::uint32_t>{30}}) {
      const auto advice = sipcodes::retry_advice_for(entry.first, retry_after);
      CHECK(advice.applies);
      CHECK(advice.may_retry);
      CHECK_FALSE(advice.after);
      CHECK_FALSE(advice.try_elsewhere);
      CHECK(advice.treated_as == static_cast<status>(entry.first));
      CHECK(advice.section == entry.second);
    }
    CHECK_FALSE(sipcodes::allows_retry_after(entry.first));
  }
}

TEST_CASE("retry_advice_for: nothing for every other value, and no status made up") {
  const std::set<int> advised = {404, 408, 413, 480, 486, 491, 500, 503, 600, 603};
  int applies = 0;
  for (int code = -1000; code <= 1000; ++code) {
    const auto advice = sipcodes::retry_advice_for(code, 30);
    applies += advice.applies ? 1 : 0;
    if (advice.applies != (advised.count(code) == 1)) FAIL_CHECK("retry_advice_for(" << code << ")");
    if (!advice.applies && (advice.may_retry || advice.after || advice.try_elsewhere || !advice.section.empty() ||
                            advice.treated_as.has_value()))
      FAIL_CHECK("a code without advice got some: " << code);
  }
  CHECK(applies == 10);
  for (int code : {INT_MIN, INT_MAX, 0, 200, 699}) {
    CAPTURE(code);
    CHECK_FALSE(sipcodes::retry_advice_for(code).applies);
    CHECK_FALSE(sipcodes::retry_advice_for(code).treated_as);  // no status{} (0) standing for "none"
  }
  static_assert(!sipcodes::retry_advice_for(200).treated_as.has_value());
}

TEST_CASE("the descriptions say what the RFCs say: every row of the fixture") {
  const auto rows = fixture::read_csv("description-facts.csv");
  CHECK(rows.size() >= 30);
  for (const auto& fields : rows) {
    REQUIRE(fields.size() == 4);
    const int code = std::stoi(fields[0]);
    CAPTURE(code);
    CAPTURE(fields[2]);
    CAPTURE(fields[3]);
    const sipcodes::status_info* row = sipcodes::find(code);
    REQUIRE(row != nullptr);
    const std::string description(row->description);
    if (fields[1] == "has") {
      CHECK(description.find(fields[2]) != std::string::npos);
    } else if (fields[1] == "lacks") {
      CHECK(description.find(fields[2]) == std::string::npos);
    } else {
      REQUIRE(fields[1] == "section");
      CHECK(row->section == fields[2]);
    }
  }
}

TEST_CASE("the phrases the RFCs show for codes are found, each with its source") {
  const std::vector<std::pair<std::string_view, status>> phrases = {
      {"Accepted (Deprecated)", status::accepted},                               // the IANA registry's spelling
      {"Stale Date", status::forbidden},                                         // RFC 8224 section 6.2.2
      {"Use Supported PASSporT Format", status::use_identity_header},            // RFC 8224 section 6.2.2
      {"Invalid PASSporT", status::invalid_identity_header},                     // RFC 8224 section 6.2.2
      {"Subscription does not exist", status::call_transaction_does_not_exist},  // RFC 3265, RFC 6665
      {"Transaction Does Not Exist", status::call_transaction_does_not_exist},   // RFC 2543 section 4.2.5
      {"Subscription Too Brief", status::interval_too_brief},                    // RFC 3265 section 3.1.6.4
  };
  for (const auto& entry : phrases) {
    const auto& phrase = entry.first;
    const auto& code = entry.second;
    CAPTURE(phrase);
    CHECK(sipcodes::from_reason(phrase) == code);
    bool listed = false;
    for (const auto& a : sipcodes::find(code)->aliases()) {
      if (a.phrase == phrase) listed = !a.source.empty();
    }
    CHECK(listed);
  }
}
