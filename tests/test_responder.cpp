// sipcodes-responder's request handling (examples/responder/sip_request.hpp):
// what it answers, what it copies, and what it refuses.
#include <doctest/doctest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../examples/printable.hpp"
#include "../examples/responder/rate_limit.hpp"
#include "../examples/responder/sip_request.hpp"

using responder::problem;

namespace {

constexpr std::string_view contact = "sip:responder@127.0.0.1:5080";

std::string request_text(std::string_view method, std::string_view extra = {}, std::string_view cseq_method = {}) {
  const std::string m(method);
  return m + " sip:bob@127.0.0.1:5080 SIP/2.0\r\n" +
         "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-1\r\n"
         "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-0\r\n"
         "From: Alice <sip:alice@example.com>;tag=a1\r\n"
         "To: Bob <sip:bob@example.com>\r\n"
         "Call-ID: call-1@example.com\r\n"
         "CSeq: 7 " +
         std::string(cseq_method.empty() ? method : cseq_method) + "\r\n" + std::string(extra) +
         "Content-Length: 0\r\n\r\n";
}

// What the responder sends for a datagram, as the program sends it.
struct sent {
  std::vector<std::string> messages;
  std::vector<int> codes;
  std::size_t count = 0;
  problem refused = problem::none;
  std::string_view operator[](std::size_t i) const { return i < count ? std::string_view(messages[i]) : ""; }
};

sent answer(const std::string& datagram, int code = 486, std::string_view reason = {},
            unsigned checks = responder::all_checks, std::size_t capacity = responder::max_datagram,
            std::optional<responder::source> from = std::nullopt) {
  const responder::settings settings{responder::answer{code, reason}, contact, checks};
  const responder::decision d = responder::decide(datagram, settings, from);
  sent out;
  out.refused = d.refused;
  std::vector<char> buffer(capacity);
  for (std::size_t i = 0; i < d.count; ++i) {
    const responder::written w = responder::write(d, i, settings, buffer.data(), buffer.size());
    if (w.size == 0) continue;
    out.messages.emplace_back(buffer.data(), w.size);
    out.codes.push_back(w.code);
  }
  out.count = out.messages.size();
  return out;
}

// `text` with the first `what` in it replaced by `with`.
std::string replaced(std::string text, std::string_view what, std::string_view with) {
  const std::size_t at = text.find(what);
  REQUIRE(at != std::string::npos);
  return text.replace(at, what.size(), with);
}

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }
bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }
bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace

TEST_CASE("INVITE: 100 Trying, then the final response with a To-tag and Reasons") {
  const auto out = answer(request_text("INVITE"));
  REQUIRE(out.count == 2);
  CHECK(out.codes[0] == 100);
  CHECK(out.codes[1] == 486);
  const std::string_view trying = out[0];
  const std::string_view busy = out[1];
  CHECK(starts_with(trying, "SIP/2.0 100 Trying\r\nVia: "));
  CHECK(contains(trying, "\r\nTo: Bob <sip:bob@example.com>\r\n"));  // no tag on a provisional response
  CHECK(starts_with(busy, "SIP/2.0 486 Busy Here\r\n"));
  // Via fields copied in order, then From, To with a tag, Call-ID, CSeq.
  CHECK(contains(busy,
                 "\r\nVia: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-1\r\n"
                 "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-0\r\n"
                 "From: Alice <sip:alice@example.com>;tag=a1\r\n"
                 "To: Bob <sip:bob@example.com>;tag="));
  CHECK(contains(busy, "\r\nCall-ID: call-1@example.com\r\nCSeq: 7 INVITE\r\n"));
  CHECK(contains(busy, "\r\nReason: SIP ;cause=486 ;text=\"Busy Here\"\r\n"));
  CHECK(contains(busy, "\r\nReason: Q.850 ;cause=17 ;text=\"User busy\"\r\n"));
  CHECK(ends_with(busy, "\r\nContent-Length: 0\r\n\r\n"));
  CHECK_FALSE(contains(busy, "Contact:"));
}

TEST_CASE("a retransmitted INVITE gets the same To-tag; another call gets another") {
  const auto first = answer(request_text("INVITE"));
  const auto again = answer(request_text("INVITE"));
  CHECK(first[1] == again[1]);
  std::string other = request_text("INVITE");
  other = replaced(other, "call-1", "call-2");
  const auto third = answer(other);
  const auto tag_of = [](std::string_view r) { return r.substr(r.find(";tag=", r.find("\r\nTo:")), 13); };
  CHECK(tag_of(first[1]) != tag_of(third[1]));
}

TEST_CASE("a configured code and phrase; 2xx carries Contact and no Reason") {
  const auto turkish = answer(request_text("INVITE"), 486, "Meşgul");
  CHECK(starts_with(turkish[1], "SIP/2.0 486 Meşgul\r\n"));
  const auto ok = answer(request_text("INVITE"), 200);
  REQUIRE(ok.count == 2);
  CHECK(starts_with(ok[1], "SIP/2.0 200 OK\r\nVia: "));
  CHECK(contains(ok[1], "\r\nContact: <sip:responder@127.0.0.1:5080>\r\n"));
  CHECK_FALSE(contains(ok[1], "Reason:"));
  const auto decline = answer(request_text("INVITE"), 603);
  CHECK(contains(decline[1], "\r\nReason: SIP ;cause=603 ;text=\"Decline\"\r\n"));
  CHECK(contains(decline[1], "\r\nReason: Q.850 ;cause=21 ;text=\"Call rejected\"\r\n"));
  const auto pending = answer(request_text("INVITE"), 491);  // no Q.850 row: the RFC's default 31
  CHECK(contains(pending[1], "\r\nReason: Q.850 ;cause=31 ;text=\"Normal, unspecified\"\r\n"));
}

TEST_CASE("OPTIONS, BYE and CANCEL get 200; ACK gets nothing; other methods 405") {
  const auto options = answer(request_text("OPTIONS"));
  REQUIRE(options.count == 1);
  CHECK(options.codes[0] == 200);
  CHECK(contains(options[0], "\r\nAllow: INVITE, ACK, BYE, CANCEL, OPTIONS\r\n"));
  CHECK(contains(options[0], "\r\nTo: Bob <sip:bob@example.com>;tag="));
  CHECK(answer(request_text("BYE")).codes[0] == 200);
  CHECK(answer(request_text("CANCEL")).codes[0] == 200);
  CHECK(answer(request_text("ACK")).count == 0);
  const auto message = answer(request_text("MESSAGE"));
  REQUIRE(message.count == 1);
  CHECK(starts_with(message[0], "SIP/2.0 405 Method Not Allowed\r\n"));
  CHECK(contains(message[0], "\r\nAllow: INVITE, ACK, BYE, CANCEL, OPTIONS\r\n"));
}

TEST_CASE("compact header names, and a To that has a tag already") {
  const std::string compact =
      "OPTIONS sip:x@h SIP/2.0\r\nv: SIP/2.0/UDP h;branch=z9hG4bK-a, SIP/2.0/UDP g;branch=z9hG4bK-b\r\n"
      "f: <sip:a@b>;tag=1\r\nt: <sip:x@h>;TAG=9\r\ni: c\r\nCSeq: 1 OPTIONS\r\nl: 0\r\n\r\n";
  const auto out = answer(compact);
  REQUIRE(out.count == 1);
  CHECK(contains(out[0], "\r\nv: SIP/2.0/UDP h;branch=z9hG4bK-a, SIP/2.0/UDP g;branch=z9hG4bK-b\r\n"));
  CHECK(contains(out[0], "\r\nTo: <sip:x@h>;TAG=9\r\n"));  // no second tag
}

TEST_CASE("malformed requests that can be answered get a 400 saying what was wrong") {
  const auto expect_400 = [](const std::string& datagram, problem p, std::string_view phrase) {
    const auto out = answer(datagram);
    CHECK(out.refused == p);
    REQUIRE(out.count == 1);
    CHECK(out.codes[0] == 400);
    CHECK(starts_with(out[0], "SIP/2.0 400 " + std::string(phrase) + "\r\n"));
    CHECK(sipcodes::parse_status_line(out[0].substr(0, out[0].find("\r\n") + 2)));
  };
  expect_400(request_text("INVITE", {}, "BYE"), problem::cseq_mismatch, "CSeq method does not match the request");
  std::string long_body = request_text("INVITE");
  long_body = replaced(long_body, "Content-Length: 0", "Content-Length: 99");
  expect_400(long_body, problem::body_too_short, "Content-Length exceeds the body");
  std::string bad_length = request_text("INVITE");
  bad_length = replaced(bad_length, "Content-Length: 0", "Content-Length: -1");
  expect_400(bad_length, problem::bad_content_length, "Malformed Content-Length");
  // A malformed ACK gets nothing: ACK is never answered.
  CHECK(answer(request_text("ACK", {}, "BYE")).count == 0);
}

TEST_CASE("datagrams that cannot be answered are dropped") {
  std::string no_via = request_text("INVITE");
  no_via.erase(no_via.find("Via"), no_via.find("From") - no_via.find("Via"));
  CHECK(answer(no_via).refused == problem::unmatchable);
  CHECK(answer(no_via).count == 0);
  CHECK(answer("SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP h\r\n\r\n").refused == problem::a_response);
  CHECK(answer("").refused == problem::not_a_request);
  CHECK(answer("\r\n\r\n").count == 0);
  CHECK(answer("INVITE sip:x@h SIP/2.0").refused == problem::not_a_request);  // no line end, no header fields
}

TEST_CASE("a Call-ID that cannot be copied gets a 400 with one that stands in") {
  const auto out = answer(replaced(request_text("INVITE"), "call-1", "ca\rl1"));
  CHECK(out.refused == problem::bad_call_id);
  REQUIRE(out.count == 1);
  CHECK(starts_with(out[0], "SIP/2.0 400 Malformed Call-ID\r\n"));
  CHECK(contains(out[0], "@anonymous.invalid\r\n"));
  CHECK_FALSE(contains(out[0], "ca\rl1"));
}

TEST_CASE("a reply that does not fit a datagram becomes a brief 513; one that cannot, nothing") {
  std::string long_from = request_text("INVITE");
  long_from = replaced(long_from, "tag=a1", "tag=" + std::string(500, 'a'));
  const auto full = answer(long_from);
  REQUIRE(full.count == 2);
  // Room for the 100, not for the 486 with its Reasons and Server: a 513 without them.
  const auto brief = answer(long_from, 486, {}, responder::all_checks, full[1].size() - 1);
  REQUIRE(brief.count == 2);
  CHECK(brief.codes[0] == 100);
  CHECK(brief.codes[1] == 513);
  CHECK(starts_with(brief[1], "SIP/2.0 513 Message Too Large\r\nVia: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-1\r\n"));
  CHECK(contains(brief[1], "\r\nCSeq: 7 INVITE\r\nContent-Length: 0\r\n\r\n"));
  CHECK_FALSE(contains(brief[1], "Reason:"));
  // Less room than the fields a response must copy: nothing at all.
  CHECK(answer(long_from, 486, {}, responder::all_checks, 500).count == 0);
  // At full size, a reply up to a whole datagram is sent.
  std::string huge = request_text("OPTIONS");
  huge = replaced(huge, "call-1", std::string(60000, 'x'));
  const auto out = answer(huge);
  CHECK(out.refused == problem::none);
  REQUIRE(out.count == 1);
  CHECK(out[0].size() > 60000);
}

TEST_CASE("a comma inside a quoted string does not split a Via") {
  const std::string quoted = request_text("OPTIONS");
  std::string one = quoted;
  one = replaced(one, "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-0",
                 "Via: SIP/2.0/UDP a;x=\"1,2\";branch=z9hG4bK-q, SIP/2.0/UDP b;y=\"\\\",<\";branch=z9hG4bK-r");
  const auto out = answer(one);
  REQUIRE(out.count == 1);
  CHECK(
      contains(out[0],
               "\r\nVia: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-1\r\n"
               "Via: SIP/2.0/UDP a;x=\"1,2\";branch=z9hG4bK-q, SIP/2.0/UDP b;y=\"\\\",<\";branch=z9hG4bK-r\r\nFrom: "));
  // An unclosed quote runs to the end: one value, malformed; the 400 keeps its well-formed start.
  std::string unclosed = quoted;
  unclosed = replaced(unclosed, ";branch=z9hG4bK-0", ";x=\"a,b");
  const auto out2 = answer(unclosed);
  REQUIRE(out2.count == 1);
  CHECK(starts_with(out2[0], "SIP/2.0 400 Malformed Via header field\r\n"));
  CHECK(contains(out2[0], "\r\nVia: SIP/2.0/UDP 10.0.0.1:5060\r\nFrom: "));
}

TEST_CASE("folded header fields are unfolded, and what they carry is kept") {
  std::string folded = request_text("INVITE");
  folded = replaced(folded, ";branch=z9hG4bK-1", "\r\n ;branch=z9hG4bK-1");
  folded = replaced(folded, "From: Alice", "From:\r\n\tAlice");
  folded = replaced(folded, "CSeq: 7 INVITE", "CSeq: 7\n  INVITE");
  const auto out = answer(folded);
  CHECK(out.refused == problem::none);
  REQUIRE(out.count == 2);
  CHECK(contains(out[1], "\r\nVia: SIP/2.0/UDP 127.0.0.1:5061 ;branch=z9hG4bK-1\r\nVia: "));
  CHECK(contains(out[1], "\r\nFrom: Alice <sip:alice@example.com>;tag=a1\r\n"));
  CHECK(contains(out[1], "\r\nCSeq: 7 INVITE\r\n"));
  // An empty line ends the header fields even when the body starts with a blank.
  std::string body = request_text("OPTIONS");
  body = replaced(body, "Content-Length: 0\r\n\r\n", "Content-Length: 3\r\n\r\n abc");
  CHECK(answer(body).refused == problem::none);
  // A bare CR inside a folded value is refused, and not copied.
  std::string bare = folded;
  bare = replaced(bare, "z9hG4bK-1", "z9hG\r4bK-1");
  const auto refused = answer(bare);
  CHECK(refused.refused == problem::bad_via);
  REQUIRE(refused.count == 1);
  CHECK(contains(refused[0], "\r\nVia: SIP/2.0/UDP 127.0.0.1:5061\r\nVia: "));
  CHECK(refused[0].find('\r') == refused[0].find("\r\n"));
}

TEST_CASE("a header field that takes one value, sent twice, gets a 400 that names it") {
  const std::pair<std::string_view, std::string_view> repeats[] = {
      {"Call-ID: other@example.com\r\n", "Repeated Call-ID header field"},
      {"From: <sip:mallory@example.com>;tag=m\r\n", "Repeated From header field"},
      {"t: <sip:carol@example.com>\r\n", "Repeated To header field"},
      {"CSeq: 8 INVITE\r\n", "Repeated CSeq header field"},
      {"l: 0\r\n", "Repeated Content-Length header field"},
  };
  for (const auto& repeat : repeats) {
    const std::string_view extra = repeat.first;
    CAPTURE(extra);
    const auto out = answer(request_text("INVITE", extra));
    REQUIRE(out.count == 1);
    CHECK(out.codes[0] == 400);
    CHECK(starts_with(out[0], "SIP/2.0 400 " + std::string(repeat.second) + "\r\n"));
    // The first value is the one copied.
    CHECK(contains(out[0], "\r\nCall-ID: call-1@example.com\r\n"));
    CHECK(contains(out[0], "\r\nFrom: Alice <sip:alice@example.com>;tag=a1\r\n"));
    CHECK(contains(out[0], "\r\nCSeq: 7 INVITE\r\n"));
  }
  // Via is a list: two Via header fields are two values, not a repeat.
  CHECK(answer(request_text("INVITE")).refused == problem::none);
}

TEST_CASE("the rate limiter: a burst of N, then N a second, per source address") {
  responder::rate_limiter limiter(10);
  constexpr std::uint32_t a = 0x0A000001;  // 10.0.0.1
  constexpr std::uint32_t b = 0x0A000002;
  int allowed = 0;
  for (int i = 0; i < 50; ++i) allowed += limiter.allow(a, 1000) ? 1 : 0;
  CHECK(allowed == 10);
  CHECK(limiter.allow(b, 1000));  // another source has its own bucket
  CHECK_FALSE(limiter.allow(a, 1099));
  CHECK(limiter.allow(a, 1100));  // 100 ms refill one request at 10 a second
  CHECK_FALSE(limiter.allow(a, 1100));
  allowed = 0;
  for (int i = 0; i < 50; ++i) allowed += limiter.allow(a, 5000) ? 1 : 0;  // idle: a full bucket, no more
  CHECK(allowed == 10);
  CHECK_FALSE(limiter.allow(a, 4000));  // a clock that goes back refills nothing
  responder::rate_limiter off(0);
  for (int i = 0; i < 1000; ++i) REQUIRE(off.allow(a, 0));
}

TEST_CASE("the rate limiter forgets no source that is still limited") {
  responder::rate_limiter limiter(1);
  // Sources that hash near one another fill the slots one may take; each
  // keeps its empty bucket, so a newcomer is refused rather than an old one
  // forgotten (which would give it a fresh burst).
  std::uint32_t refused = 0;
  for (std::uint32_t address = 1; address <= 100000; ++address) {
    if (!limiter.allow(address, 0)) ++refused;
  }
  CHECK(refused > 0);
  CHECK_FALSE(limiter.allow(1, 0));    // still limited
  CHECK(limiter.allow(1, 1000));       // a second later, answered again
  CHECK(limiter.allow(200000, 5000));  // buckets that refilled give their slots up
}

TEST_CASE("the log budget: N lines a second, the rest counted and reported once") {
  responder::log_budget budget(3);
  int written = 0;
  for (int i = 0; i < 10; ++i) written += budget.take(5000) ? 1 : 0;
  CHECK(written == 3);
  CHECK(budget.unreported(5999) == 0);  // the second has not ended
  CHECK(budget.unreported(6000) == 7);
  CHECK(budget.unreported(6000) == 0);  // reported once
  CHECK(budget.take(6001));
}

TEST_CASE("text from outside is escaped before it is shown or logged") {
  using printable::escaped;
  CHECK(escaped("INVITE sip:bob@example.com SIP/2.0", 120) == "INVITE sip:bob@example.com SIP/2.0");
  CHECK(escaped("486 Meşgul, İstek", 120) == "486 Meşgul, İstek");  // Turkish letters stay
  CHECK(escaped("\x1b[31mred", 120) == "\\x1b[31mred");
  CHECK(escaped("a\xc2\x85"
                "b",
                120) == "a\\xc2\\x85b");                              // C1 NEL
  CHECK(escaped("\xff\xfe", 120) == "\\xff\\xfe");                    // not UTF-8
  CHECK(escaped("\xc0\xaf", 120) == "\\xc0\\xaf");                    // overlong
  CHECK(escaped("\xed\xa0\x80", 120) == "\\xed\\xa0\\x80");           // a surrogate
  CHECK(escaped("\xf4\x90\x80\x80", 120) == "\\xf4\\x90\\x80\\x80");  // above U+10FFFF
  CHECK(escaped("x\xe2\x80\xaey", 120) == "x\\xe2\\x80\\xaey");       // U+202E RIGHT-TO-LEFT OVERRIDE
  CHECK(escaped("say \"hi\" \\ bye\x7f", 120) == "say \\x22hi\\x22 \\x5c bye\\x7f");
  CHECK(escaped("\xe2\x82", 120) == "\\xe2\\x82");  // cut short
  CHECK(escaped("abcşd", 4) == "abc");              // never half a character
  CHECK(escaped(std::string(1000, 'a'), 120).size() == 120);
}

// The cases below describe RFC 3261's full CSeq range, requests whose reply
// is long, quoted-pairs, and what cannot be copied back well-formed.

namespace {

std::string with_cseq(std::string_view number) {
  std::string text = request_text("INVITE");
  text = replaced(text, "CSeq: 7", "CSeq: " + std::string(number));
  return text;
}

}  // namespace

TEST_CASE("CSeq takes any 32-bit number (RFC 3261 8.1.1.5); 2^32 and above get 400") {
  for (std::string_view number :
       {"0", "999999999", "1000000000", "2147483647", "2147483648", "4294967295", "00000000000000000001"}) {
    CAPTURE(number);
    const auto out = answer(with_cseq(number));
    REQUIRE(out.count == 2);
    CHECK(out.codes[1] == 486);
    CHECK(contains(out[1], "\r\nCSeq: " + std::string(number) + " INVITE\r\n"));
  }
  for (std::string_view number : {"4294967296", "9999999999", "36893488147419103232"}) {
    CAPTURE(number);
    const auto out = answer(with_cseq(number));
    REQUIRE(out.count == 1);
    CHECK(starts_with(out[0], "SIP/2.0 400 CSeq number above 4294967295\r\n"));
    CHECK(contains(out[0], "\r\nCSeq: 0 INVITE\r\n"));  // a number a client can read stands in
  }
}

TEST_CASE("a valid request with 34 Via values and long fields is answered, every Via copied in order") {
  std::string text = "INVITE sip:user@example.com SIP/2.0\r\n";
  const std::string_view names[] = {"Via", "v", "V", "ViA", "via", "V :", "v  :", "Via  :"};
  std::string expected;
  for (int i = 33; i >= 1; --i) {
    const std::string value = "SIP/2.0/TCP sip" + std::to_string(i) + ".example.com";
    const std::string_view name = names[static_cast<std::size_t>(i) % 8];
    text += std::string(name) + (name.back() == ':' ? " " : ": ") + value + "\r\n";
    expected += (name[1] == 'i' || name[1] == 'I' ? "Via: " : "v: ") + value + "\r\n";  // a compact name stays
  }
  const std::string last = "SIP/2.0/TCP host.example.com;received=192.0.2.5;branch=very" + std::string(200, 'l');
  text += "Via: " + last + "\r\n";
  expected += "Via: " + last + "\r\n";
  text += "To: \"" + std::string(300, 'x') +
          "\" <sip:user@example.com>\r\nF: sip:caller@example.net;tag=" + std::string(600, '9') +
          "\r\nCall-ID: " + std::string(2000, 'c') + "\r\nCSeq: 3882340 INVITE\r\nl: 0\r\n\r\n";
  const auto out = answer(text);
  CHECK(out.refused == problem::none);
  REQUIRE(out.count == 2);
  CHECK(out.codes[1] == 486);
  CHECK(out[1].size() > 4096);
  CHECK(contains(out[1], "SIP/2.0 486 Busy Here\r\n" + expected + "From: "));
}

TEST_CASE("quoted-pairs of BEL, NUL and DEL are valid (RFC 3261 25.1): answered, copied as they came") {
  using namespace std::string_literals;
  std::string text = request_text("OPTIONS");
  const std::string to = "\"BEL:\\\x07 NUL:\\\0 DEL:\\\x7f\" <sip:bob@example.com>"s;
  text = replaced(text, "Bob <sip:bob@example.com>", to);
  const auto out = answer(text);
  CHECK(out.refused == problem::none);
  REQUIRE(out.count == 1);
  CHECK(out.codes[0] == 200);
  CHECK(contains(out[0], "\r\nTo: " + to + ";tag="));
}

TEST_CASE("a control character outside a quoted-pair gets a 400 that does not copy it") {
  using namespace std::string_literals;
  for (const std::string& to :
       {"<sip:bob@example.com>\x07"s, "\"a\x07\" <sip:bob@example.com>"s, "\"a\\\r\n b\" <sip:bob@example.com>"s}) {
    CAPTURE(to);
    std::string text = request_text("OPTIONS");
    text = replaced(text, "Bob <sip:bob@example.com>", to);
    const auto out = answer(text);
    REQUIRE(out.count == 1);
    CHECK(starts_with(out[0], "SIP/2.0 400 Malformed To header field\r\n"));
    CHECK(contains(out[0], "\r\nTo: <sip:bob@127.0.0.1:5080>;tag="));  // the Request-URI stands in
    CHECK_FALSE(contains(out[0], to));
  }
}

TEST_CASE("what cannot be copied back well-formed gets a 400 that is well-formed") {
  // RFC 4475 3.1.2.1: empty Via parameters and values; the 400 keeps the
  // well-formed start of the Via value, so the client can match it.
  std::string empty_params = request_text("INVITE");
  empty_params = replaced(empty_params, "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-1\r\n",
                          "Via: SIP/2.0/UDP 192.0.2.15;;,;,,\r\n");
  const auto out = answer(empty_params);
  REQUIRE(out.count == 1);
  CHECK(starts_with(out[0],
                    "SIP/2.0 400 Malformed Via header field\r\nVia: SIP/2.0/UDP 192.0.2.15\r\n"
                    "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-0\r\nFrom: "));
  CHECK_FALSE(contains(out[0], "Via: ;"));
  // RFC 4475 3.1.2.6: an unterminated quoted string in To.
  std::string open_quote = request_text("INVITE");
  open_quote = replaced(open_quote, "Bob <sip:bob@example.com>", "\"Mr. J. User <sip:j.user@example.com>");
  const auto quote = answer(open_quote);
  REQUIRE(quote.count == 1);
  CHECK(starts_with(quote[0], "SIP/2.0 400 Malformed To header field\r\n"));
  CHECK(contains(quote[0], "\r\nTo: <sip:bob@127.0.0.1:5080>;tag="));
  CHECK_FALSE(contains(quote[0], "Mr. J. User"));
  // RFC 4475 3.1.2.14 and 3.1.2.15: spaces in an addr-spec, non-token characters in a display name.
  for (std::string_view to :
       {"\"Watson, Thomas\" < sip:t.watson@example.org >", "Watson, Thomas <sip:t@example.org>"}) {
    CAPTURE(to);
    std::string text = request_text("OPTIONS");
    text = replaced(text, "Bob <sip:bob@example.com>", to);
    CHECK(starts_with(answer(text)[0], "SIP/2.0 400 Malformed To header field\r\n"));
  }
  std::string bad_from = request_text("OPTIONS");
  bad_from = replaced(bad_from, "Alice <sip:alice@example.com>", "Bell, Alexander <sip:a.g.bell@example.com>");
  const auto from = answer(bad_from);
  REQUIRE(from.count == 1);
  CHECK(starts_with(from[0], "SIP/2.0 400 Malformed From header field\r\n"));
  CHECK(contains(from[0], "\r\nFrom: \"Anonymous\" <sip:thisis@anonymous.invalid>\r\n"));  // not made up
  // Valid, if unusual: no LWS before '<' (RFC 4475 3.1.1.6), escaped quotes, folds.
  for (std::string_view from_value :
       {"caller<sip:caller@example.com>;tag=323",
        "\"J Rosenberg \\\\\\\"\"       <sip:jdrosen@example.com>\r\n  ;\r\n  tag = 98",
        "token1~` token2'+_ token3*%!.- <sip:mundane@example.com>;p''~+*_!.-%=\"\xd1\x80\";tag=_t~1'+`*%!-.",
        "<http://www.example.com>;tag=3234233", "sip:+1303@ift.example.net;user=phone"}) {
    CAPTURE(from_value);
    std::string text = request_text("OPTIONS");
    text = replaced(text, "Alice <sip:alice@example.com>;tag=a1", from_value);
    CHECK(answer(text).codes[0] == 200);
  }
}

// RFC 3261 8.2: what a UAS checks before it answers, in the order it checks.
namespace {

std::string with_line(std::string text, std::string_view line) {
  text.insert(text.find("Content-Length: "), line);
  return text;
}

std::string with_body(const std::string& text, std::string_view headers, std::string_view body) {
  return replaced(
      text, "Content-Length: 0\r\n\r\n",
      std::string(headers) + "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + std::string(body));
}

std::string with_uri(const std::string& text, std::string_view uri) {
  return replaced(text, "sip:bob@127.0.0.1:5080", uri);
}

constexpr std::string_view sdp = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n";

}  // namespace

TEST_CASE("8.2.1: an unknown method gets 501, a known one not supported 405; both with Allow") {
  for (std::string_view method :
       {"NEWMETHOD", "RE%47IST%45R", "!interesting-Method0123456789_*+`.%indeed'~", "invite"}) {
    CAPTURE(method);
    const auto out = answer(request_text(method));
    REQUIRE(out.count == 1);
    CHECK(starts_with(out[0], "SIP/2.0 501 Not Implemented\r\n"));
    CHECK(contains(out[0], "\r\nAllow: INVITE, ACK, BYE, CANCEL, OPTIONS\r\n"));
  }
  for (std::string_view method :
       {"REGISTER", "MESSAGE", "INFO", "PRACK", "UPDATE", "SUBSCRIBE", "NOTIFY", "REFER", "PUBLISH"}) {
    CAPTURE(method);
    const auto out = answer(request_text(method));
    REQUIRE(out.count == 1);
    CHECK(starts_with(out[0], "SIP/2.0 405 Method Not Allowed\r\n"));
    CHECK(contains(out[0], "\r\nAllow: INVITE, ACK, BYE, CANCEL, OPTIONS\r\n"));
  }
  // RFC 4475 3.1.2.18: an unknown method whose CSeq names another gets 501;
  // a known one whose CSeq names another, 400.
  CHECK(starts_with(answer(request_text("NEWMETHOD", {}, "INVITE"))[0], "SIP/2.0 501 Not Implemented\r\n"));
  CHECK(starts_with(answer(request_text("OPTIONS", {}, "INVITE"))[0],
                    "SIP/2.0 400 CSeq method does not match the request\r\n"));
}

TEST_CASE("the version: SIP/7.0 gets 505 with the table's phrase") {
  std::string text = request_text("OPTIONS");
  text = replaced(text, "SIP/2.0\r\n", "SIP/7.0\r\n");
  const auto out = answer(text);
  REQUIRE(out.count == 1);
  CHECK(starts_with(out[0], "SIP/2.0 505 Version Not Supported\r\n"));
  // It comes before the method inspection.
  std::string both = request_text("NEWMETHOD");
  both = replaced(both, "SIP/2.0\r\n", "SIP/7.0\r\n");
  CHECK(answer(both).codes[0] == 505);
}

TEST_CASE("8.2.2.1: a Request-URI scheme other than sip, sips and tel gets 416") {
  for (std::string_view uri :
       {"nobodyKnowsThisScheme:totallyopaquecontent", "soap.beep://192.0.2.103:3002", "http://example.com/"}) {
    CAPTURE(uri);
    const auto out = answer(with_uri(request_text("OPTIONS"), uri));
    REQUIRE(out.count == 1);
    CHECK(starts_with(out[0], "SIP/2.0 416 Unsupported URI Scheme\r\n"));
  }
  for (std::string_view uri : {"sips:bob@example.com", "SIP:bob@example.com", "tel:+1-201-555-0123"}) {
    CAPTURE(uri);
    CHECK(answer(with_uri(request_text("OPTIONS"), uri)).codes[0] == 200);
  }
}

TEST_CASE("8.2.2.3: Require gets 420 with Unsupported listing its option-tags, except for ACK and CANCEL") {
  const std::string require =
      "Require: nothingSupportsThis, nothingSupportsThisEither\r\nRequire: 100rel\r\n"
      "Proxy-Require: noProxiesSupportThis\r\n";
  const auto out = answer(with_line(request_text("OPTIONS"), require));
  REQUIRE(out.count == 1);
  CHECK(starts_with(out[0], "SIP/2.0 420 Bad Extension\r\n"));
  CHECK(contains(out[0], "\r\nUnsupported: nothingSupportsThis, nothingSupportsThisEither, 100rel\r\n"));
  CHECK_FALSE(contains(out[0], "noProxies"));
  CHECK(answer(with_line(request_text("CANCEL"), require)).codes[0] == 200);
  CHECK(answer(with_line(request_text("ACK"), require)).count == 0);
  // Proxy-Require alone is a proxy's business.
  CHECK(answer(with_line(request_text("OPTIONS"), "Proxy-Require: foo\r\n")).codes[0] == 200);
}

TEST_CASE("8.2.3: a body the UAS cannot take gets 415 with Accept, Accept-Encoding and Accept-Language") {
  const std::pair<std::string_view, std::string_view> refused[] = {
      {"Content-Type: application/unknownformat\r\n", "<audio>\r\n <pcmu port=\"443\"/>\r\n</audio>\r\n"},
      {"Content-Type: application/sdp\r\nContent-Encoding: gzip\r\n", sdp},
      {"Content-Type: application/sdp\r\nContent-Language: de\r\n", sdp},
      {"", sdp},  // no Content-Type: a body of no known type
  };
  for (const auto& refusal : refused) {
    const auto& [headers, body] = refusal;
    CAPTURE(refusal.first);  // not the binding: a lambda capturing one is C++20 (clang says so in C++17)
    const auto out = answer(with_body(request_text("INVITE"), headers, body));
    REQUIRE(out.count == 1);
    CHECK(starts_with(out[0], "SIP/2.0 415 Unsupported Media Type\r\n"));
    CHECK(contains(out[0], "\r\nAccept: application/sdp\r\nAccept-Encoding: identity\r\nAccept-Language: en\r\n"));
  }
  const std::string_view taken[] = {
      "Content-Type: application/sdp\r\n",
      "c: Application/SDP ; charset=utf-8\r\ne: identity\r\nContent-Language: en-GB, en\r\n",
      "Content-Type: application/unknownformat\r\nContent-Disposition: render;handling=optional\r\n",
  };
  for (std::string_view headers : taken) {
    CAPTURE(headers);
    const auto out = answer(with_body(request_text("INVITE"), headers, sdp));
    REQUIRE(out.count == 2);
    CHECK(out.codes[1] == 486);
  }
}

TEST_CASE("an INVITE whose Accept leaves out application/sdp gets 406 with a Warning 399 (RFC 4475 3.3.15)") {
  for (std::string_view accept : {"Accept: text/nobodyKnowsThis\r\n", "Accept: \r\n"}) {
    CAPTURE(accept);
    const auto out = answer(with_line(request_text("INVITE"), accept));
    REQUIRE(out.count == 1);
    CHECK(starts_with(out[0], "SIP/2.0 406 Not Acceptable\r\n"));
    CHECK(contains(out[0], "\r\nWarning: 399 127.0.0.1:5080 \""));
  }
  for (std::string_view accept : {"Accept: text/plain, application/sdp;level=1\r\n", "Accept: application/*\r\n",
                                  "Accept: */*\r\n", "Accept: text/plain\r\nAccept: APPLICATION/SDP\r\n"}) {
    CAPTURE(accept);
    CHECK(answer(with_line(request_text("INVITE"), accept)).codes[1] == 486);
  }
  CHECK(answer(with_line(request_text("OPTIONS"), "Accept: text/plain\r\n")).codes[0] == 200);
}

TEST_CASE("the checks come in RFC 3261 8.2's order") {
  // Each request has every fault of the next, and one more.
  const std::string accept = with_line(request_text("INVITE"), "Accept: text/plain\r\n");  // 406
  const std::string content = with_body(accept, "Content-Type: text/plain\r\n", "hello");  // 415
  const std::string require = with_line(content, "Require: foo\r\n");                      // 420
  const std::string scheme = with_uri(require, "urn:x");                                   // 416
  std::string version = scheme;
  version = replaced(version, "SIP/2.0\r\n", "SIP/3.0\r\n");  // 505
  CHECK(answer(accept).codes[0] == 406);
  CHECK(answer(content).codes[0] == 415);
  CHECK(answer(require).codes[0] == 420);
  CHECK(answer(scheme).codes[0] == 416);
  CHECK(answer(version).codes[0] == 505);
}

TEST_CASE("the Request-Line and Request-URI as RFC 3261 7.1 and 19.1.1 write them, else 400") {
  std::string double_space = request_text("OPTIONS");
  double_space.replace(0, 8, "OPTIONS  ");
  std::string trailing = request_text("OPTIONS");
  trailing = replaced(trailing, "SIP/2.0\r\n", "SIP/2.0  \r\n");
  for (const std::string& text :
       {double_space, trailing, with_uri(request_text("OPTIONS"), "sip:bob@example.com; lr")}) {
    CAPTURE(text);
    const auto out = answer(text);
    REQUIRE(out.count == 1);
    CHECK(starts_with(out[0], "SIP/2.0 400 Malformed Request-Line\r\n"));
  }
  for (std::string_view uri : {"<sip:bob@example.com>", "sip:bob@example.com?Route=%3Csip:example.com%3E", "bob"}) {
    CAPTURE(uri);
    const auto out = answer(with_uri(request_text("OPTIONS"), uri));
    REQUIRE(out.count == 1);
    CHECK(starts_with(out[0], "SIP/2.0 400 Malformed Request-URI\r\n"));
  }
  // A start line with no SP at all: a 400 all the same, every field standing in.
  const auto bare = answer("x\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK-x\r\n\r\n");
  REQUIRE(bare.count == 1);
  CHECK(starts_with(bare[0], "SIP/2.0 400 Malformed Request-Line\r\n"));
  CHECK(contains(bare[0], "\r\nCSeq: 0 x\r\n"));
  // '?' in the user part is no header (RFC 4475 3.1.1.2).
  CHECK(answer(with_uri(request_text("OPTIONS"), "sip:crazy?,/;;*:&it+has=1@example.com")).codes[0] == 200);
}

TEST_CASE("a request without From, To or Call-ID gets 400 when its top Via lets it be matched (RFC 4475 3.3.1)") {
  const std::string insufficient =
      "INVITE sip:user@example.com SIP/2.0\r\nCSeq: 193942 INVITE\r\n"
      "Via: SIP/2.0/UDP 192.0.2.95;branch=z9hG4bKkdj.insuf\r\nl: 0\r\n\r\n";
  const auto out = answer(insufficient);
  REQUIRE(out.count == 1);
  CHECK(starts_with(out[0],
                    "SIP/2.0 400 Missing From, To, Call-ID or CSeq\r\n"
                    "Via: SIP/2.0/UDP 192.0.2.95;branch=z9hG4bKkdj.insuf\r\n"
                    "From: \"Anonymous\" <sip:thisis@anonymous.invalid>\r\nTo: <sip:user@example.com>;tag="));
  CHECK(contains(out[0], "\r\nCSeq: 193942 INVITE\r\n"));
  // Without a CSeq either, the Request-Line's method stands in; without a Via
  // a reply cannot be matched, nor sent: nothing is.
  std::string no_cseq = insufficient;
  no_cseq.erase(no_cseq.find("CSeq"), std::string_view("CSeq: 193942 INVITE\r\n").size());
  CHECK(contains(answer(no_cseq)[0], "\r\nCSeq: 0 INVITE\r\n"));
  std::string no_via = insufficient;
  no_via.erase(no_via.find("Via"), no_via.find("l: ") - no_via.find("Via"));
  CHECK(answer(no_via).refused == problem::unmatchable);
  CHECK(answer(no_via).count == 0);
}

TEST_CASE("responses are never answered (RFC 4475 3.1.1.12, 3.1.1.13, 3.1.2.5, 3.1.2.19)") {
  for (std::string_view line : {"SIP/2.0 100 ", "SIP/2.0 200 = 2**3 * 5**2 \xd0\xbd\xd0\xbe", "SIP/2.0 4294967301 x",
                                "SIP/2.0 503 Service Unavailable"}) {
    CAPTURE(line);
    const std::string response =
        std::string(line) +
        "\r\nVia: SIP/2.0/UDP 192.0.2.105;branch=z9hG4bK2398ndaoe\r\nCall-ID: c\r\n"
        "CSeq: 35 INVITE\r\nFrom: <sip:a@b>;tag=1\r\nTo: <sip:c@d>;tag=2\r\nContent-Length: 0\r\n\r\n";
    CHECK(answer(response).count == 0);
  }
}

TEST_CASE("--no-check turns the checks off one by one, so that an INVITE gets the configured answer") {
  std::string everything = with_line(request_text("INVITE"), "Require: 100rel\r\nAccept: text/plain\r\n");
  everything = with_body(with_uri(everything, "urn:service:sos"), "Content-Type: text/plain\r\n", "hello");
  everything = replaced(everything, "SIP/2.0\r\n", "SIP/3.0\r\n");
  const std::pair<unsigned, int> steps[] = {
      {responder::all_checks, 505},
      {responder::all_checks & ~responder::check_version, 416},
      {responder::check_require | responder::check_content | responder::check_accept, 420},
      {responder::check_content | responder::check_accept, 415},
      {responder::check_accept, 406},
      {0U, 603},
  };
  for (const auto& step : steps) {
    const auto& [checks, code] = step;
    CAPTURE(step.first);  // not the binding, as above
    const auto out = answer(everything, 603, {}, checks);
    REQUIRE(out.count >= 1);
    CHECK(out.codes[out.count - 1] == code);
  }
  CHECK(responder::check_named("version") == responder::check_version);
  CHECK(responder::check_named("all") == responder::all_checks);
  CHECK(responder::check_named("method") == 0U);  // the method inspection stays: it never stands before --code
  CHECK(responder::check_named("") == 0U);
}

TEST_CASE("every answer names the rule it follows, for the log") {
  const responder::settings settings{};
  CHECK(responder::decide(request_text("NEWMETHOD"), settings).replies[0].rule == "RFC 3261 21.5.2");
  CHECK(responder::decide(request_text("NEWMETHOD"), settings).replies[0].why == "method not recognised");
  CHECK(responder::decide(request_text("REGISTER"), settings).replies[0].rule == "RFC 3261 8.2.1");
  CHECK(responder::decide(with_uri(request_text("OPTIONS"), "im:x"), settings).replies[0].rule == "RFC 3261 8.2.2.1");
  CHECK(responder::decide(request_text("INVITE", {}, "BYE"), settings).replies[0].rule == "RFC 3261 8.1.1.5");
  CHECK(responder::decide("SIP/2.0 200 OK\r\n\r\n", settings).silence.rule == "RFC 3261 18.1.2");
  CHECK(responder::decide(request_text("ACK"), settings).silence.rule == "RFC 3261 17.2.1");
}

// What a client needs to match every reply, and what the transport adds.
namespace {

// The values of the header fields named `name` in a response (its lines
// are "Name: value"), in order.
std::vector<std::string> fields(std::string_view response, std::string_view name) {
  std::vector<std::string> values;
  const std::string key = "\r\n" + std::string(name) + ": ";
  for (std::size_t at = response.find(key); at != std::string_view::npos; at = response.find(key, at + 1)) {
    const std::size_t start = at + key.size();
    values.emplace_back(response.substr(start, response.find("\r\n", start) - start));
  }
  return values;
}

// True when the response carries one each of From, To with a tag, Call-ID
// and CSeq, as RFC 3261 8.2.6.2 has a UAS copy them.
bool matchable(std::string_view response) {
  const auto to = fields(response, "To");
  return fields(response, "From").size() == 1 && to.size() == 1 && contains(to[0], ";tag=") &&
         !contains(to[0], ";tag=;") && fields(response, "Call-ID").size() == 1 && fields(response, "CSeq").size() == 1;
}

sent answer_from(const std::string& datagram, responder::source from) {
  return answer(datagram, 486, {}, responder::all_checks, responder::max_datagram, from);
}

}  // namespace

TEST_CASE("every 400 carries From, To with a tag, Call-ID and CSeq, whatever the request lacked (8.2.6.2)") {
  std::string no_from = request_text("INVITE");
  no_from.erase(no_from.find("From: "), no_from.find("To: ") - no_from.find("From: "));
  std::string no_call_id = request_text("INVITE");
  no_call_id.erase(no_call_id.find("Call-ID: "), no_call_id.find("CSeq: ") - no_call_id.find("Call-ID: "));
  const std::string nothing_but_via_and_cseq =
      "INVITE sip:user@example.com SIP/2.0\r\nCSeq: 193942 INVITE\r\n"
      "Via: SIP/2.0/UDP 192.0.2.95;branch=z9hG4bKkdj.insuf\r\nl: 0\r\n\r\n";
  std::string bad_to_and_uri = replaced(request_text("OPTIONS"), "Bob <sip:bob@example.com>", "\"open");
  bad_to_and_uri = with_uri(bad_to_and_uri, "<sip:bob@example.com>");
  const std::pair<std::string, problem> cases[] = {
      {no_from, problem::missing_headers},
      {no_call_id, problem::missing_headers},
      {nothing_but_via_and_cseq, problem::missing_headers},
      {replaced(request_text("INVITE"), "Alice <sip:alice@example.com>", "Bell, Alexander <sip:a@b>"),
       problem::bad_from},
      {replaced(request_text("INVITE"), "call-1", "ca\rl1"), problem::bad_call_id},
      {replaced(request_text("INVITE"), "call-1@example.com", "a b"), problem::bad_call_id},
      {bad_to_and_uri, problem::bad_to},
      {with_cseq("36893488147419103232"), problem::cseq_out_of_range},
  };
  for (const auto& c : cases) {
    CAPTURE(c.first);
    const auto out = answer(c.first);
    CHECK(out.refused == c.second);
    REQUIRE(out.count == 1);
    CHECK(out.codes[0] == 400);
    CHECK(matchable(out[0]));
  }
  // What stands in is well-formed and says it is no copy: RFC 3261 8.1.1.3's
  // anonymous From; the Request-URI, or else the responder's own address, as
  // To; a Call-ID in the .invalid domain; the request's method in CSeq.
  const auto from = answer(no_from);
  CHECK(fields(from[0], "From").at(0) == "\"Anonymous\" <sip:thisis@anonymous.invalid>");
  const auto bad_uri = answer(bad_to_and_uri);
  CHECK(starts_with(fields(bad_uri[0], "To").at(0), "<sip:responder@127.0.0.1:5080>;tag="));
  const auto call_id = answer(no_call_id);
  CHECK(ends_with(fields(call_id[0], "Call-ID").at(0), "@anonymous.invalid"));
  CHECK(fields(call_id[0], "Call-ID").at(0).size() == 8 + 18);
  CHECK(fields(answer(with_cseq("36893488147419103232"))[0], "CSeq").at(0) == "0 INVITE");
}

TEST_CASE("a CSeq that is not 1*DIGIT LWS Method gets a 400 with a CSeq that is (20.16, 25.1)") {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"CSeq: -1 INVITE", "0 INVITE"},   {"CSeq: +1 INVITE", "0 INVITE"}, {"CSeq: 1 INVITE INVITE", "1 INVITE"},
      {"CSeq: 7INVITE", "0 INVITE"},     {"CSeq: 7", "7 INVITE"},         {"CSeq: INVITE", "0 INVITE"},
      {"CSeq: 7 INVITE \"", "7 INVITE"}, {"CSeq: \x01", "0 INVITE"},      {"CSeq: 1.5 INVITE", "0 INVITE"},
      {"CSeq: 7 INV\x01TE", "7 INVITE"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.first);
    const auto out = answer(replaced(request_text("INVITE"), "CSeq: 7 INVITE", c.first));
    CHECK(out.refused == problem::bad_cseq);
    REQUIRE(out.count == 1);
    CHECK(starts_with(out[0], "SIP/2.0 400 Malformed CSeq\r\n"));
    CHECK(fields(out[0], "CSeq") == std::vector<std::string>{std::string(c.second)});
    CHECK(matchable(out[0]));
  }
  // Without a CSeq: 400 with the request's method; an ACK gets nothing.
  std::string none = request_text("INVITE");
  none.erase(none.find("CSeq: "), std::string_view("CSeq: 7 INVITE\r\n").size());
  const auto missing = answer(none);
  CHECK(missing.refused == problem::missing_headers);
  REQUIRE(missing.count == 1);
  CHECK(fields(missing[0], "CSeq") == std::vector<std::string>{"0 INVITE"});
  CHECK(answer(replaced(request_text("ACK"), "CSeq: 7 ACK", "CSeq: -1 ACK")).count == 0);
  // A Request-Line with no method and no CSeq to take one from: no reply could be matched.
  std::string no_method = replaced(request_text("INVITE"), "CSeq: 7 INVITE", "CSeq: -1");
  no_method.replace(0, 6, "I\"VITE");
  CHECK(answer(no_method).refused == problem::unmatchable);
  CHECK(answer(no_method).count == 0);
}

TEST_CASE("Via header fields come back as they came: the same values, in the same fields, never longer") {
  std::string text = request_text("OPTIONS");
  text = replaced(text, "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-0\r\n",
                  "v: SIP/2.0/UDP a;branch=z9hG4bK-a , SIP/2.0/UDP b;x=\"1,2\"\r\n"
                  "VIA  :SIP/2.0/UDP c;branch=z9hG4bK-c,SIP/2.0/UDP d\r\n");
  const auto out = answer(text);
  REQUIRE(out.count == 1);
  CHECK(contains(out[0],
                 "\r\nVia: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-1\r\n"
                 "v: SIP/2.0/UDP a;branch=z9hG4bK-a , SIP/2.0/UDP b;x=\"1,2\"\r\n"
                 "Via: SIP/2.0/UDP c;branch=z9hG4bK-c,SIP/2.0/UDP d\r\nFrom: "));
  // A line end between two values is one space in the reply, a stray CR too.
  std::string stray = replaced(request_text("OPTIONS"), "z9hG4bK-0\r\n", "z9hG4bK-0 \r,\r\n SIP/2.0/UDP e\r\n");
  const auto spaced = answer(stray);
  REQUIRE(spaced.count == 1);
  CHECK(contains(spaced[0], "\r\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-0 , SIP/2.0/UDP e\r\nFrom: "));
  CHECK_FALSE(contains(spaced[0], " \r"));
  // Thousands of short Via values in one compact field, 57 KB: the replies
  // carry them as they came and fit a datagram, as the request did.
  std::string many = "INVITE sip:x@h SIP/2.0\r\nv:SIP/2.0/UDP h;branch=z9hG4bK-top";
  for (int i = 0; i < 4000; ++i) many += ",SIP/2.0/UDP h";
  many += "\r\nf:<sip:a@h>;tag=1\r\nt:<sip:x@h>\r\ni:c\r\nCSeq:1 INVITE\r\nl:0\r\n\r\n";
  REQUIRE(many.size() < responder::max_datagram);
  const auto replies = answer(many);
  REQUIRE(replies.count == 2);
  CHECK(replies.codes[1] == 486);
  // The values as they came, after a space the colon had not.
  const std::size_t values = many.find("\r\nv:") + 4;
  CHECK(contains(replies[1], "\r\nv: " + many.substr(values, many.find("\r\nf:") - values) + "\r\nFrom: "));
}

TEST_CASE("a datagram that is a response is dropped, whatever follows its status line (RFC 3261 18.1.2)") {
  using namespace std::string_literals;
  const std::string request_after = "\r\n\r\n" + request_text("OPTIONS");
  for (const std::string& datagram :
       {"SIP/2.0 200 OK\r\n"s + request_text("OPTIONS"), "SIP/2.0 200 OK junk \x01\x02"s, "SIP/2.0 "s,
        "sip/2.0 486 Busy Here\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\nCSeq: 1 INVITE\r\n\r\n"s,
        " SIP/2.0 200 OK\r\n"s + request_text("OPTIONS").substr(request_text("OPTIONS").find("Via")),
        "\r\n\r\nSIP/2.0 200 OK\r\n"s + request_text("OPTIONS").substr(request_text("OPTIONS").find("Via")),
        "SIP/2.0\t200 OK\r\n"s + request_text("OPTIONS").substr(request_text("OPTIONS").find("Via"))}) {
    CAPTURE(datagram);
    const auto out = answer(datagram);
    CHECK(out.refused == problem::a_response);
    CHECK(out.count == 0);
  }
  const responder::decision response = responder::decide("SIP/2.0 200 OK\r\n\r\n", responder::settings{});
  CHECK(response.silence.rule == "RFC 3261 18.1.2");
  CHECK(response.silence.why == responder::describe(problem::a_response));
  // Empty lines before a request are ignored (RFC 3261 7.5): it is answered.
  const auto answered = answer(request_after);
  REQUIRE(answered.count == 1);
  CHECK(answered.codes[0] == 200);
}

TEST_CASE("the top Via gets received and rport from the source address (RFC 3261 18.2.1, RFC 3581 4)") {
  const responder::source loopback{0x7F000001U, 40000};  // 127.0.0.1:40000
  const auto top_via = [](const sent& out) { return fields(out[0], "Via").at(0); };
  // The sent-by host is the source address: nothing to add.
  CHECK(top_via(answer_from(request_text("OPTIONS"), loopback)) == "SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-1");
  // Another address, or a name: received.
  const responder::source other{0xC0000205U, 5061};  // 192.0.2.5
  const auto moved = answer_from(request_text("OPTIONS"), other);
  CHECK(top_via(moved) == "SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-1;received=192.0.2.5");
  CHECK(fields(moved[0], "Via").at(1) == "SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-0");  // only the top one
  std::string named = replaced(request_text("OPTIONS"), "127.0.0.1:5061", "client.example.com");
  CHECK(top_via(answer_from(named, loopback)) == "SIP/2.0/UDP client.example.com;branch=z9hG4bK-1;received=127.0.0.1");
  // An empty rport gets the source port, and received even when the address is the same.
  std::string rport = replaced(request_text("INVITE"), ";branch=z9hG4bK-1", ";rport;branch=z9hG4bK-1");
  const auto both = answer_from(rport, loopback);
  REQUIRE(both.count == 2);
  for (std::size_t i = 0; i < 2; ++i) {
    CHECK(fields(both[i], "Via").at(0) == "SIP/2.0/UDP 127.0.0.1:5061;rport=40000;branch=z9hG4bK-1;received=127.0.0.1");
  }
  // An rport with a value is left as it is; a received the client wrote is replaced.
  std::string given =
      replaced(request_text("OPTIONS"), ";branch=z9hG4bK-1", ";rport=7;received=10.9.9.9;branch=z9hG4bK-1");
  CHECK(top_via(answer_from(given, other)) == "SIP/2.0/UDP 127.0.0.1:5061;rport=7;branch=z9hG4bK-1;received=192.0.2.5");
  // In a compact field with more values, only the first changes; a 400 gets it too.
  std::string compact = replaced(request_text("BYE", {}, "FOO"), "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-1\r\n",
                                 "v: SIP/2.0/UDP h;rport , SIP/2.0/UDP g\r\n");
  const auto refused = answer_from(compact, loopback);
  REQUIRE(refused.count == 1);
  CHECK(refused.codes[0] == 400);
  CHECK(fields(refused[0], "v").at(0) == "SIP/2.0/UDP h;rport=40000;received=127.0.0.1 , SIP/2.0/UDP g");
}

TEST_CASE("a Timestamp is copied into the 100 Trying as it came (RFC 3261 8.2.6.1); a malformed one is left out") {
  for (std::string_view value : {"54", "54.2", "54.2 0.5", "54. 1.", "0054.0200 3"}) {
    CAPTURE(value);
    const auto out = answer(with_line(request_text("INVITE"), "Timestamp: " + std::string(value) + "\r\n"));
    REQUIRE(out.count == 2);
    CHECK(fields(out[0], "Timestamp") == std::vector<std::string>{std::string(value)});
    CHECK(out.codes[1] == 486);
  }
  const auto folded = answer(with_line(request_text("INVITE"), "Timestamp: 54.2\r\n 0.5\r\n"));
  CHECK(fields(folded[0], "Timestamp") == std::vector<std::string>{"54.2 0.5"});
  // RFC 3261 8.2.2: a header field the UAS does not need, malformed, is
  // ignored; the 100 goes without it, and the log says so.
  const responder::settings settings{responder::answer{486, {}}, contact, responder::all_checks};
  for (std::string_view line :
       {"Timestamp: \r\n", "Timestamp: x\r\n", "Timestamp: 54.2.1\r\n", "Timestamp: -1\r\n", "Timestamp: 54 0.5 1\r\n",
        "Timestamp: .5\r\n", "Timestamp: 54 x\r\n", "Timestamp: 1\r\nTimestamp: 2\r\n"}) {
    CAPTURE(line);
    const std::string text = with_line(request_text("INVITE"), line);
    const auto out = answer(text);
    CHECK(out.refused == problem::none);
    REQUIRE(out.count == 2);
    CHECK(out.codes[0] == 100);
    CHECK(fields(out[0], "Timestamp").empty());
    CHECK(out.codes[1] == 486);
    const responder::decision d = responder::decide(text, settings);
    REQUIRE(d.count == 2);
    CHECK(d.replies[0].rule == "RFC 3261 8.2.6.1");
    CHECK(contains(d.replies[0].why, "Timestamp left out (RFC 3261 8.2.2)"));
  }
}

TEST_CASE("a 513 names its own rule, for the log (RFC 3261 21.5.7)") {
  const std::string text = replaced(request_text("INVITE"), "tag=a1", "tag=" + std::string(500, 'a'));
  const responder::settings settings{responder::answer{486, {}}, contact, responder::all_checks};
  const responder::decision d = responder::decide(text, settings);
  REQUIRE(d.count == 2);
  std::vector<char> buffer(responder::max_datagram);
  const auto full = responder::write(d, 1, settings, buffer.data(), buffer.size());
  CHECK(full.code == 486);
  CHECK(full.as_sent.rule == "--code");
  const auto brief = responder::write(d, 1, settings, buffer.data(), full.size - 1);
  CHECK(brief.code == 513);
  CHECK(brief.as_sent.code == 513);
  CHECK(brief.as_sent.rule == "RFC 3261 21.5.7");
}

TEST_CASE("a tag without a value, or two tags, in From or To gets a 400 (RFC 3261 25.1: tag-param)") {
  for (std::string_view to :
       {"<sip:bob@example.com>;tag", "<sip:bob@example.com>;tag=1;tag=2", "<sip:bob@example.com>;TAG=1;tag=1",
        "<sip:bob@example.com>;tag=\"q\"", "<sip:bob@example.com>;tag=", "<sip:bob@example.com> ; tag ; x=1"}) {
    CAPTURE(to);
    const auto out = answer(replaced(request_text("INVITE"), "Bob <sip:bob@example.com>", to));
    CHECK(out.refused == problem::bad_to);
    REQUIRE(out.count == 1);
    CHECK(matchable(out[0]));
    const auto from = answer(replaced(request_text("INVITE"), "Alice <sip:alice@example.com>;tag=a1", to));
    CHECK(from.refused == problem::bad_from);
  }
  CHECK(answer(replaced(request_text("INVITE"), "Bob <sip:bob@example.com>", "<sip:b@h>;tag=1;x=tag")).count == 2);
}

TEST_CASE("Accept: a media range with q=0 is not accepted (RFC 3261 20.1, RFC 2616 14.1)") {
  for (std::string_view accept :
       {"Accept: application/sdp;q=0\r\n", "Accept: application/sdp ; Q = 0.000\r\n",
        "Accept: */*, application/sdp;q=0\r\n", "Accept: application/*;q=0.0, text/plain\r\n"}) {
    CAPTURE(accept);
    CHECK(answer(with_line(request_text("INVITE"), accept)).codes[0] == 406);
  }
  for (std::string_view accept :
       {"Accept: application/sdp;q=0.001\r\n", "Accept: application/*;q=0, application/sdp\r\n",
        "Accept: application/sdp;q=1.0\r\n", "Accept: */*;q=0.5\r\n"}) {
    CAPTURE(accept);
    CHECK(answer(with_line(request_text("INVITE"), accept)).codes[1] == 486);
  }
}

TEST_CASE("UTF-8 in a display-name: taken quoted, as UTF8-NONASCII, and refused otherwise (RFC 3261 25.1)") {
  using namespace std::string_literals;
  for (const std::string& name : {"\"M\xc3\xbcller\""s, "\"\xe4\xb8\xad \xf0\x9f\x98\x80\""s}) {
    CAPTURE(name);
    for (std::string_view field : {"Alice", "Bob"}) {
      const auto out = answer(replaced(request_text("OPTIONS"), field, name));
      REQUIRE(out.count == 1);
      CHECK(out.codes[0] == 200);
      CHECK(contains(out[0], name + " <sip:"));
    }
  }
  for (const std::string& name : {"M\xc3\xbcller"s, "\"M\xff\""s, "\"M\xc3\""s, "\"\xbc\""s, "\"\xc3\xbc\xbc\""s}) {
    CAPTURE(name);
    CHECK(answer(replaced(request_text("OPTIONS"), "Alice", name)).refused == problem::bad_from);
    CHECK(answer(replaced(request_text("OPTIONS"), "Bob", name)).refused == problem::bad_to);
  }
  // A URI is ASCII, its other characters escaped: raw UTF-8 in one is refused too.
  CHECK(answer(with_uri(request_text("OPTIONS"), "sip:m\xc3\xbcller@example.com")).refused == problem::bad_request_uri);
  CHECK(answer(replaced(request_text("OPTIONS"), "sip:bob@example.com", "sip:m\xc3\xbcller@example.com")).refused ==
        problem::bad_to);
  CHECK(answer(with_uri(request_text("OPTIONS"), "sip:m%C3%BCller@example.com")).codes[0] == 200);
}

TEST_CASE("a Via host must be a hostname or an address: an underscore gets a 400 that keeps the Via") {
  const auto top = answer(replaced(request_text("INVITE"), "127.0.0.1:5061", "my_host.example.com"));
  CHECK(top.refused == problem::bad_via);
  REQUIRE(top.count == 1);
  CHECK(fields(top[0], "Via").at(0) == "SIP/2.0/UDP my_host.example.com;branch=z9hG4bK-1");
  const auto lower = answer(replaced(request_text("INVITE"), "10.0.0.1", "my_host"));
  CHECK(lower.refused == problem::bad_via);
  REQUIRE(lower.count == 1);
}

TEST_CASE("received may hold an IPv6 address, bare or in brackets (RFC 3261 25.1, RFC 5118 4.5)") {
  for (std::string_view received : {"2001:db8::9:1", "[2001:db8::9:1]", "::ffff:192.0.2.1", "192.0.2.1"}) {
    CAPTURE(received);
    const std::string text = replaced(request_text("OPTIONS"), ";branch=z9hG4bK-1",
                                      ";received=" + std::string(received) + ";branch=z9hG4bK-1");
    const auto out = answer(text);
    CHECK(out.refused == problem::none);
    REQUIRE(out.count == 1);
    CHECK(out.codes[0] == 200);
    CHECK(contains(out[0],
                   "\r\nVia: SIP/2.0/UDP 127.0.0.1:5061;received=" + std::string(received) + ";branch=z9hG4bK-1\r\n"));
  }
  // Only received takes it: another parameter with a colon in its value is malformed.
  CHECK(answer(replaced(request_text("OPTIONS"), ";branch=z9hG4bK-1", ";maddr=2001:db8::1;branch=z9hG4bK-1")).refused ==
        problem::bad_via);
  CHECK(answer(replaced(request_text("OPTIONS"), ";branch=z9hG4bK-1", ";received=2001:db8::g;branch=z9hG4bK-1"))
            .refused == problem::bad_via);
}

TEST_CASE("only the first empty rport of the top Via is filled: the reply grows by one rport and one received") {
  const responder::source loopback{0x7F000001U, 40000};
  std::string text = replaced(request_text("INVITE"), ";branch=z9hG4bK-1", ";rport;rport;branch=z9hG4bK-1;rport");
  const auto out = answer_from(text, loopback);
  REQUIRE(out.count == 2);
  for (std::size_t i = 0; i < 2; ++i) {
    CHECK(fields(out[i], "Via").at(0) ==
          "SIP/2.0/UDP 127.0.0.1:5061;rport=40000;rport;branch=z9hG4bK-1;rport;received=127.0.0.1");
  }
  // Thousands of them: each reply still fits, as large as the request's Via and a few bytes more.
  std::string many = "INVITE sip:x@h SIP/2.0\r\nv:SIP/2.0/UDP h;branch=z9hG4bK-top";
  for (int i = 0; i < 9000; ++i) many += ";rport";
  many += "\r\nf:<sip:a@h>;tag=1\r\nt:<sip:x@h>\r\ni:c\r\nCSeq:1 INVITE\r\nl:0\r\n\r\n";
  REQUIRE(many.size() < responder::max_datagram);
  const auto big = answer_from(many, loopback);
  REQUIRE(big.count == 2);
  CHECK(big.codes[1] == 486);
  const std::size_t via_in = many.find("\r\nf:") - many.find("v:");
  CHECK(fields(big[0], "v").at(0).size() == via_in - 2 + std::string_view("=40000;received=127.0.0.1").size());
}

TEST_CASE("a 400 for a malformed Via parameter keeps the well-formed ones after it, branch among them") {
  const std::string text = replaced(request_text("OPTIONS"), "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-1\r\n",
                                    "Via: SIP/2.0/UDP h.example.com;x=a@b;branch=z9hG4bK77\r\n");
  const auto out = answer(text);
  CHECK(out.refused == problem::bad_via);
  REQUIRE(out.count == 1);
  CHECK(contains(out[0], "\r\nVia: SIP/2.0/UDP h.example.com;branch=z9hG4bK77\r\n"));
  // With the source known, received is added after what is kept.
  const auto from = answer_from(text, responder::source{0x7F000001U, 40000});
  REQUIRE(from.count == 1);
  CHECK(contains(from[0], "\r\nVia: SIP/2.0/UDP h.example.com;branch=z9hG4bK77;received=127.0.0.1\r\n"));
  // Several bad ones, among good ones, in a second value too.
  const std::string two = replaced(request_text("OPTIONS"), "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-0\r\n",
                                   "Via: SIP/2.0/UDP g;a=@;y=1;b=[;branch=z9hG4bK-g;c=];d\r\n");
  const auto out2 = answer(two);
  REQUIRE(out2.count == 1);
  CHECK(contains(out2[0], "\r\nVia: SIP/2.0/UDP g;y=1;branch=z9hG4bK-g;d\r\n"));
}

TEST_CASE("a 100 Trying that does not fit a datagram is not sent; the final response is, or a 513") {
  const std::string text = with_line(request_text("INVITE"), "Timestamp: " + std::string(2000, '1') + "\r\n");
  const responder::settings settings{responder::answer{486, {}}, contact, responder::all_checks};
  const responder::decision d = responder::decide(text, settings);
  REQUIRE(d.count == 2);
  std::vector<char> buffer(responder::max_datagram);
  const auto full = responder::write(d, 0, settings, buffer.data(), buffer.size());
  REQUIRE(full.code == 100);
  const std::size_t room = full.size - 1000;  // no room for the 100 with its Timestamp
  const auto trying = responder::write(d, 0, settings, buffer.data(), room);
  CHECK(trying.size == 0);
  CHECK(trying.code == 100);
  CHECK(trying.as_sent.rule == "RFC 3261 8.2.6.1");
  CHECK(trying.as_sent.why == "100 Trying does not fit a datagram; not sent");
  const auto final_response = responder::write(d, 1, settings, buffer.data(), room);
  CHECK(final_response.size != 0);
  CHECK(final_response.code == 486);
}

TEST_CASE("a 3xx carries Contact, the responder's own address (RFC 3261 21.3)") {
  for (int code : {300, 301, 302, 305, 380}) {
    CAPTURE(code);
    const auto out = answer(request_text("INVITE"), code);
    REQUIRE(out.count == 2);
    CHECK(out.codes[1] == code);
    CHECK(fields(out[1], "Contact") == std::vector<std::string>{"<" + std::string(contact) + ">"});
    CHECK(fields(out[0], "Contact").empty());
  }
  CHECK(fields(answer(request_text("INVITE"), 486)[1], "Contact").empty());
}
