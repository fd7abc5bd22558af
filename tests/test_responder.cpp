// sipcodes-responder's request handling (examples/responder/sip_request.hpp):
// what it answers, what it copies, and what it refuses.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

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

responder::responses answer(const std::string& datagram, int code = 486, std::string_view reason = {}) {
  return responder::handle(datagram, responder::answer{code, reason}, contact);
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
  other.replace(other.find("call-1"), 6, "call-2");
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
  CHECK(contains(out[0], "\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK-a\r\nVia: SIP/2.0/UDP g;branch=z9hG4bK-b\r\n"));
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
  std::string bad_version = request_text("INVITE");
  bad_version.replace(bad_version.find("SIP/2.0\r\n"), 7, "SIP/3.0");
  expect_400(bad_version, problem::unsupported_version, "Unsupported SIP version");
  std::string bad_cseq = request_text("INVITE");
  bad_cseq.replace(bad_cseq.find("CSeq: 7"), 7, "CSeq: x");
  expect_400(bad_cseq, problem::bad_cseq, "Malformed CSeq");
  std::string long_body = request_text("INVITE");
  long_body.replace(long_body.find("Content-Length: 0"), 17, "Content-Length: 99");
  expect_400(long_body, problem::body_too_short, "Content-Length exceeds the body");
  std::string bad_length = request_text("INVITE");
  bad_length.replace(bad_length.find("Content-Length: 0"), 17, "Content-Length: -1");
  expect_400(bad_length, problem::bad_content_length, "Malformed Content-Length");
  // A malformed ACK gets nothing: ACK is never answered.
  CHECK(answer(request_text("ACK", {}, "BYE")).count == 0);
}

TEST_CASE("datagrams that cannot be answered are dropped") {
  std::string no_call_id = request_text("INVITE");
  no_call_id.erase(no_call_id.find("Call-ID"), std::string("Call-ID: call-1@example.com\r\n").size());
  CHECK(answer(no_call_id).refused == problem::missing_headers);
  CHECK(answer(no_call_id).count == 0);
  CHECK(answer("SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP h\r\n\r\n").refused == problem::not_a_request);
  CHECK(answer("").refused == problem::not_a_request);
  CHECK(answer("\r\n\r\n").count == 0);
  std::string unsafe = request_text("INVITE");
  unsafe.replace(unsafe.find("call-1"), 6, "ca\rl1");
  CHECK(answer(unsafe).refused == problem::unsafe_header);
  CHECK(answer(unsafe).count == 0);
  std::string many_vias = "INVITE sip:x@h SIP/2.0\r\n";
  for (int i = 0; i < 20; ++i) many_vias += "Via: SIP/2.0/UDP h;branch=z9hG4bK" + std::to_string(i) + "\r\n";
  many_vias += "From: <sip:a@b>;tag=1\r\nTo: <sip:x@h>\r\nCall-ID: c\r\nCSeq: 1 INVITE\r\n\r\n";
  CHECK(answer(many_vias).refused == problem::too_many_vias);
  CHECK(answer(many_vias).count == 0);
}

TEST_CASE("a response that would not fit is not sent") {
  std::string huge = request_text("OPTIONS");
  huge.replace(huge.find("call-1"), 6, std::string(5000, 'x'));
  const auto out = answer(huge);
  CHECK(out.refused == problem::none);
  CHECK(out.count == 0);
}

TEST_CASE("a comma inside a quoted string does not split a Via") {
  const std::string quoted = request_text("OPTIONS");
  std::string one = quoted;
  one.replace(one.find("Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-0"), 48,
              "Via: SIP/2.0/UDP a;x=\"1,2\";branch=z9hG4bK-q, SIP/2.0/UDP b;y=\"\\\",<\";branch=z9hG4bK-r");
  const auto out = answer(one);
  REQUIRE(out.count == 1);
  CHECK(contains(out[0],
                 "\r\nVia: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-1\r\n"
                 "Via: SIP/2.0/UDP a;x=\"1,2\";branch=z9hG4bK-q\r\n"
                 "Via: SIP/2.0/UDP b;y=\"\\\",<\";branch=z9hG4bK-r\r\nFrom: "));
  // An unclosed quote runs to the end: one value, as it came.
  std::string unclosed = quoted;
  unclosed.replace(unclosed.find(";branch=z9hG4bK-0"), 17, ";x=\"a,b");
  const auto out2 = answer(unclosed);
  REQUIRE(out2.count == 1);
  CHECK(contains(out2[0], "\r\nVia: SIP/2.0/UDP 10.0.0.1:5060;x=\"a,b\r\nFrom: "));
}

TEST_CASE("folded header fields are unfolded, and what they carry is kept") {
  std::string folded = request_text("INVITE");
  folded.replace(folded.find(";branch=z9hG4bK-1"), 17, "\r\n ;branch=z9hG4bK-1");
  folded.replace(folded.find("From: Alice"), 11, "From:\r\n\tAlice");
  folded.replace(folded.find("CSeq: 7 INVITE"), 14, "CSeq: 7\n  INVITE");
  const auto out = answer(folded);
  CHECK(out.refused == problem::none);
  REQUIRE(out.count == 2);
  CHECK(contains(out[1], "\r\nVia: SIP/2.0/UDP 127.0.0.1:5061 ;branch=z9hG4bK-1\r\nVia: "));
  CHECK(contains(out[1], "\r\nFrom: Alice <sip:alice@example.com>;tag=a1\r\n"));
  CHECK(contains(out[1], "\r\nCSeq: 7 INVITE\r\n"));
  // An empty line ends the header fields even when the body starts with a blank.
  std::string body = request_text("OPTIONS");
  body.replace(body.find("Content-Length: 0\r\n\r\n"), 21, "Content-Length: 3\r\n\r\n abc");
  CHECK(answer(body).refused == problem::none);
  // A bare CR inside a folded value is still refused.
  std::string bare = folded;
  bare.replace(bare.find("z9hG4bK-1"), 9, "z9hG\r4bK-1");
  CHECK(answer(bare).refused == problem::unsafe_header);
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
