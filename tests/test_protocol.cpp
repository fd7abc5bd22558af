// RFC 3398 Q.850 mappings, Retry-After and header rules, each row against a
// fixture typed by hand from the RFC text.
#include <sipcodes/q850.hpp>
#include <sipcodes/sipcodes.hpp>

#include <doctest/doctest.h>

#include <climits>
#include <optional>
#include <set>
#include <string>

#include "fixture.hpp"

using sipcodes::cause_diagnostic;
using sipcodes::cause_location;
using sipcodes::requirement;
using sipcodes::status;

TEST_CASE("SIP to Q.850: every row of RFC 3398 section 8.2.6.1") {
  const auto rows = fixture::read_csv("rfc3398-sip-to-q850.csv");
  CHECK(rows.size() == sipcodes::sip_to_q850_mappings().size());
  for (const auto& fields : rows) {
    const int sip = std::stoi(fields[0]);
    const int cause = std::stoi(fields[1]);
    CAPTURE(sip);
    // cause 0 in the fixture: the RFC gives none.
    const std::optional<int> expected = cause == 0 ? std::nullopt : std::optional<int>(cause);
    CHECK(sipcodes::to_q850_cause(sip) == expected);
    bool found = false;
    for (const auto& row : sipcodes::sip_to_q850_mappings()) {
      if (static_cast<int>(row.sip) != sip) continue;
      found = true;
      CHECK(row.cause == expected);
      CHECK(row.source == "RFC 3398 section 8.2.6.1");
    }
    CHECK(found);
  }
}

TEST_CASE("SIP to Q.850: the examples, defaults and variants") {
  CHECK(sipcodes::to_q850_cause(404) == 1);
  CHECK(sipcodes::to_q850_cause(486) == 17);
  CHECK(sipcodes::to_q850_cause(status::busy_here) == 17);
  CHECK(sipcodes::to_q850_cause(480) == 18);
  CHECK(sipcodes::to_q850_cause(503) == 41);
  CHECK(sipcodes::to_q850_cause(504) == 102);
  CHECK(sipcodes::to_q850_cause(505) == 127);  // the RFC's "504 Version Not Supported" row
  CHECK(sipcodes::to_q850_cause(488) == 31);
  CHECK(sipcodes::to_q850_cause(606) == 31);
  // 488 and 606 map by the Warning's warn-code (RFC 3398 section 8.2.6.1):
  // 65 for one that speaks of bearer capability, 31 for any other or none.
  CHECK(sipcodes::to_q850_cause(488, 304) == 65);
  CHECK(sipcodes::to_q850_cause(488, 305) == 65);
  CHECK(sipcodes::to_q850_cause(606, 305) == 65);
  for (int warn_code : {300, 301, 302, 303, 306, 307, 308, 330, 331, 370, 380, 381, 399, 0, 999, -1}) {
    CAPTURE(warn_code);
    CHECK(sipcodes::to_q850_cause(488, warn_code) == 31);
    CHECK(sipcodes::to_q850_cause(606, warn_code) == 31);
  }
  CHECK(sipcodes::to_q850_cause(488) == 31);
  CHECK(sipcodes::to_q850_cause(status::not_acceptable_anywhere, std::nullopt) == 31);
  CHECK(sipcodes::to_q850_cause(486, 305) == 17);  // the warn-code counts for 488 and 606 only
  CHECK(sipcodes::to_q850_cause(487, 305) == std::nullopt);
  const auto warning = sipcodes::parse_warning(R"(305 gw.example.net "Incompatible media format")");
  REQUIRE(warning);
  CHECK(sipcodes::to_q850_cause(488, warning.value.code) == 65);
  CHECK_FALSE(sipcodes::to_q850_cause(487));
  // Codes the table does not list: the RFC's default 31.
  for (int code : {409, 411, 412, 417, 422, 424, 428, 429, 430, 433, 436, 440,
                   470, 489, 491, 493, 494, 499, 555, 580, 599, 607, 608, 699}) {
    CAPTURE(code);
    CHECK(sipcodes::to_q850_cause(code) == 31);
  }
  // Below 400 and invalid: nothing.
  for (int code : {100, 180, 200, 302, 399, 99, 700, 0, -1, INT_MIN, INT_MAX}) {
    CAPTURE(code);
    CHECK_FALSE(sipcodes::to_q850_cause(code));
  }
}

TEST_CASE("Q.850 to SIP: every row of RFC 3398 section 7.2.4.1") {
  const auto rows = fixture::read_csv("rfc3398-q850-to-sip.csv");
  CHECK(rows.size() == sipcodes::q850_to_sip_mappings().size());
  for (const auto& fields : rows) {
    const int cause = std::stoi(fields[0]);
    const int sip = std::stoi(fields[1]);
    CAPTURE(cause);
    // sip 0 in the fixture: the RFC sends no response.
    const std::optional<status> expected = sip == 0 ? std::nullopt : std::optional<status>(static_cast<status>(sip));
    CHECK(sipcodes::from_q850_cause(cause) == expected);
    CHECK(!sipcodes::q850_cause_name(cause).empty());
    bool found = false;
    for (const auto& row : sipcodes::q850_to_sip_mappings()) {
      if (row.cause != cause) continue;
      found = true;
      CHECK(row.sip == expected);
      CHECK(row.source == "RFC 3398 section 7.2.4.1");
    }
    CHECK(found);
  }
}

TEST_CASE("Q.850 to SIP: the examples, defaults and variants") {
  CHECK(sipcodes::from_q850_cause(17) == status::busy_here);
  CHECK(sipcodes::from_q850_cause(18) == status::request_timeout);
  CHECK(sipcodes::from_q850_cause(19) == status::temporarily_unavailable);
  CHECK(sipcodes::from_q850_cause(31) == status::temporarily_unavailable);
  CHECK(sipcodes::from_q850_cause(34) == status::service_unavailable);
  CHECK(sipcodes::from_q850_cause(102) == status::server_time_out);
  CHECK(sipcodes::from_q850_cause(127) == status::server_internal_error);
  CHECK_FALSE(sipcodes::from_q850_cause(16));
  CHECK(sipcodes::from_q850_cause(21) == status::forbidden);
  CHECK(sipcodes::from_q850_cause(21, cause_location::user) == status::decline);
  CHECK(sipcodes::from_q850_cause(22) == status::gone);
  CHECK(sipcodes::from_q850_cause(22, cause_location::network, cause_diagnostic::present) == status::moved_permanently);
  // The variants are for 21 and 22 only.
  CHECK(sipcodes::from_q850_cause(17, cause_location::user, cause_diagnostic::present) == status::busy_here);
  // Cause 44 is untranslatable (RFC 3398 section 7.2.4.1, below the table).
  CHECK_FALSE(sipcodes::from_q850_cause(44));
  CHECK_FALSE(sipcodes::from_q850_cause(44, cause_location::user, cause_diagnostic::present));
  for (int cause : {4, 5, 50, 63, 66, 81, 95, 96, 97, 99, 100, 103, 110, 112, 126}) {
    CAPTURE(cause);
    CHECK(sipcodes::from_q850_cause(cause) == status::server_internal_error);  // unlisted: the RFC's default
  }
  for (int cause : {0, -1, 128, 255, 1000, INT_MIN, INT_MAX}) {
    CAPTURE(cause);
    CHECK_FALSE(sipcodes::from_q850_cause(cause));  // not a Q.850 cause
  }
}

TEST_CASE("Q.850 names for display") {
  CHECK(sipcodes::q850_cause_name(17) == "User busy");
  CHECK(sipcodes::q850_cause_name(16) == "Normal call clearing");
  CHECK(sipcodes::q850_cause_name(31) == "Normal, unspecified");
  CHECK(sipcodes::q850_cause_name(65) == "Bearer capability not implemented");
  CHECK(sipcodes::q850_cause_name(127) == "Interworking, unspecified");
  CHECK(sipcodes::q850_cause_name(44) == "Requested circuit/channel not available");
  CHECK(sipcodes::q850_cause_name(45).empty());
  CHECK(sipcodes::q850_cause_name(-1).empty());
  // Every cause either table uses has a name.
  for (const auto& row : sipcodes::sip_to_q850_mappings()) {
    if (row.cause) CHECK(!sipcodes::q850_cause_name(*row.cause).empty());
  }
}

TEST_CASE("both mappings are total over the sweep") {
  for (int code = -100000; code <= 100000; ++code) {
    const std::optional<int> cause = sipcodes::to_q850_cause(code);
    const bool failure = code >= 400 && code <= 699;
    if (cause && (*cause < 1 || *cause > 127)) FAIL_CHECK("to_q850_cause(" << code << ") = " << *cause);
    if (failure && code != 487 && !cause) FAIL_CHECK("failure " << code << " has no cause");
    if (!failure && cause) FAIL_CHECK("non-failure " << code << " has cause " << *cause);
    if (sipcodes::to_q850_cause(static_cast<status>(code & 0xFFFF)) != sipcodes::to_q850_cause(code & 0xFFFF)) {
      FAIL_CHECK("the status overload disagrees for " << code);
    }
    const std::optional<status> sip = sipcodes::from_q850_cause(code);
    if (sip && !sipcodes::is_known(*sip)) FAIL_CHECK("from_q850_cause(" << code << ") = " << *sip);
    const bool untranslatable = code == 16 || code == 44;  // RFC 3398 section 7.2.4.1
    if (sip.has_value() != (code >= 1 && code <= 127 && !untranslatable)) FAIL_CHECK("from_q850_cause(" << code << ")");
  }
  CHECK_FALSE(sipcodes::to_q850_cause(INT_MIN));
  CHECK_FALSE(sipcodes::from_q850_cause(INT_MAX));
}

TEST_CASE("Retry-After: RFC 3261 section 20.33 and Table 3") {
  const std::set<int> allowed = {404, 413, 480, 486, 500, 503, 600, 603};
  for (int code = -1000; code <= 1000; ++code) {
    if (sipcodes::allows_retry_after(code) != (allowed.count(code) == 1))
      FAIL_CHECK("allows_retry_after(" << code << ")");
  }
  CHECK(sipcodes::allows_retry_after(status::busy_here));
  CHECK_FALSE(sipcodes::allows_retry_after(status::ok));
  CHECK(sipcodes::retry_after_rules().size() == allowed.size());
  for (const auto& rule : sipcodes::retry_after_rules()) {
    CHECK(allowed.count(static_cast<int>(rule.code)) == 1);
    CHECK(rule.rfc == 3261);
    CHECK(rule.section == "20.33");
  }
  // One home: the header rules hold every Retry-After sentence, and the
  // Retry-After lookups are what those rows say.
  std::set<int> from_rules;
  for (const auto& rule : sipcodes::header_rules()) {
    if (rule.header == "Retry-After") from_rules.insert(static_cast<int>(rule.code));
  }
  CHECK(from_rules == allowed);
  std::set<int> listed;
  for (const auto& rule : sipcodes::retry_after_rules()) listed.insert(static_cast<int>(rule.code));
  CHECK(listed == allowed);
  static_assert(sipcodes::allows_retry_after(500) && !sipcodes::allows_retry_after(408));
}

TEST_CASE("header rules: every row of the fixture, and nothing more") {
  // Each rule as the fixture's columns, so that two rules of one section (RFC
  // 3311 section 5.2 has two for 500) are counted, not merged.
  const auto key = [](int code, std::string_view header, std::string_view level, bool one_of, int rfc,
                      std::string_view section, std::string_view method, bool conditional) {
    return std::to_string(code) + ',' + std::string(header) + ',' + std::string(level) + ',' + (one_of ? "1" : "0") +
           ',' + std::to_string(rfc) + ',' + std::string(section) + ',' + std::string(method) + ',' +
           (conditional ? "1" : "0");
  };
  std::multiset<std::string> expected;
  for (const auto& fields : fixture::read_csv("header-rules.csv")) {
    REQUIRE(fields.size() == 8);
    expected.insert(key(std::stoi(fields[0]), fields[1], fields[2], fields[3] == "1", std::stoi(fields[4]), fields[5],
                        fields[6], fields[7] == "1"));
  }
  std::multiset<std::string> actual;
  for (const auto& rule : sipcodes::header_rules()) {
    actual.insert(key(static_cast<int>(rule.code), rule.header, sipcodes::to_string(rule.level), rule.one_of, rule.rfc,
                      rule.section, rule.method, !rule.condition.empty()));
  }
  for (const auto& row : expected) {
    CAPTURE(row);
    CHECK(actual.count(row) == expected.count(row));
  }
  for (const auto& row : actual) {
    CAPTURE(row);
    CHECK(expected.count(row) == actual.count(row));
  }
  CHECK(actual.size() == expected.size());
}

TEST_CASE("header rules per code") {
  const auto headers_of = [](int code) {
    std::set<std::string> names;
    for (const auto& rule : sipcodes::header_rules(code)) names.insert(std::string(rule.header));
    return names;
  };
  CHECK(headers_of(401) == std::set<std::string>{"WWW-Authenticate"});
  CHECK(headers_of(407) == std::set<std::string>{"Proxy-Authenticate"});
  CHECK(headers_of(415) == std::set<std::string>{"Accept", "Accept-Encoding", "Accept-Language"});
  CHECK(headers_of(422) == std::set<std::string>{"Min-SE"});
  CHECK(headers_of(199) == std::set<std::string>{"Reason"});  // sent on an early dialog, establishes none
  // A 101-199 response with a To tag to an INVITE establishes an early dialog,
  // and carries Contact (RFC 3261 sections 12.1 and 12.1.1).
  for (int code : {180, 181, 182, 183}) {
    CAPTURE(code);
    REQUIRE(sipcodes::header_rules(code).size() == 1);
    const auto& rule = sipcodes::header_rules(code)[0];
    CHECK(rule.header == "Contact");
    CHECK(rule.level == requirement::must);
    CHECK(rule.method == "INVITE");
    CHECK(rule.section == "12.1.1");
    CHECK(rule.condition.find("To tag") != std::string_view::npos);
  }
  CHECK(headers_of(100).empty());  // 100 is hop by hop and establishes no dialog (RFC 3261 section 12.1: 101-199)
  CHECK(headers_of(486) == std::set<std::string>{"Retry-After"});
  CHECK(headers_of(500) == std::set<std::string>{"Retry-After"});
  CHECK(headers_of(608) == std::set<std::string>{"Call-Info"});
  CHECK(headers_of(300) == std::set<std::string>{"Contact"});
  CHECK(headers_of(200).empty());  // a 2xx's header fields follow the method it answers
  CHECK(headers_of(305).empty());  // Contact binds the client's retry, not the response (RFC 3261 21.3.4)
  CHECK(headers_of(488) == std::set<std::string>{"Warning"});
  CHECK(headers_of(606) == std::set<std::string>{"Warning"});
  CHECK(headers_of(417) == std::set<std::string>{"Accept-Resource-Priority"});
  CHECK(headers_of(494) == std::set<std::string>{"Security-Server", "Require"});
  CHECK(headers_of(499).empty());
  CHECK(headers_of(-1).empty());
  CHECK(headers_of(INT_MAX).empty());
  CHECK(sipcodes::header_rules(status::consent_needed)[0].level == requirement::should);
  // 500's MUST: a second INVITE before the final response to the first on a
  // dialog (RFC 3261 section 14.2).
  // RFC 3311 section 5.2 has two more for UPDATE.
  std::multiset<std::string> musts;
  for (const auto& rule : sipcodes::header_rules(500)) {
    if (rule.level != requirement::must) continue;
    musts.insert(std::string(rule.method) + " RFC " + std::to_string(rule.rfc) + " " + std::string(rule.section));
    CHECK(rule.condition.find("0 to 10 seconds") != std::string_view::npos);
  }
  CHECK(musts == std::multiset<std::string>{"INVITE RFC 3261 14.2", "UPDATE RFC 3311 5.2", "UPDATE RFC 3311 5.2"});
  // 423 to a SUBSCRIBE: if and only if the interval is above zero, under an
  // hour and under the notifier's minimum (RFC 6665 section 4.2.1.1).
  for (const auto& rule : sipcodes::header_rules(423)) {
    if (rule.method != "SUBSCRIBE") continue;
    CHECK(rule.condition.find("only") != std::string_view::npos);
    CHECK(rule.condition.find("greater than zero") != std::string_view::npos);
    CHECK(rule.condition.find("one hour") != std::string_view::npos);
    CHECK(rule.condition.find("configured minimum") != std::string_view::npos);
  }
  // 608: for an INVITE, MESSAGE, SUBSCRIBE or other out-of-dialog request (RFC 8688 section 3.1).
  CHECK(sipcodes::header_rules(608)[0].condition.find("out-of-dialog request") != std::string_view::npos);
  CHECK(sipcodes::header_rules(300)[0].method.empty());  // RFC 3261 section 21.3.1: any request
  CHECK(sipcodes::header_rules(608)[0].condition.find("jwscard") != std::string_view::npos);
  static_assert(sipcodes::header_rules(405).size() == 1);
  static_assert(sipcodes::header_rules(405)[0].header == "Allow");
}

TEST_CASE("a header rule's condition reads after a comma") {
  // "Call-Info MUST, unless ...": every condition opens with the word that
  // ties it to the rule, so a reader (and the command) can put it after the
  // rule as it is.
  for (const auto& rule : sipcodes::header_rules()) {
    if (rule.condition.empty()) continue;
    CAPTURE(rule.condition);
    const bool opens = rule.condition.rfind("when ", 0) == 0 || rule.condition.rfind("unless ", 0) == 0 ||
                       rule.condition.rfind("as ", 0) == 0 || rule.condition.rfind("if ", 0) == 0;
    CHECK(opens);
  }
}
