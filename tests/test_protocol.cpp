// RFC 3398 Q.850 mappings, Retry-After and header rules, each row against a
// fixture typed by hand from the RFC text.
#include <sipcodes/sipcodes.hpp>

#include <doctest/doctest.h>

#include <climits>
#include <set>
#include <string>

#include "fixture.hpp"

using sipcodes::cause_diagnostic;
using sipcodes::cause_location;
using sipcodes::requirement;
using sipcodes::status;
using sipcodes::warning_hint;

TEST_CASE("SIP to Q.850: every row of RFC 3398 section 8.2.6.1") {
  const auto rows = fixture::read_csv("rfc3398-sip-to-q850.csv");
  CHECK(rows.size() == sipcodes::sip_to_q850_mappings().size());
  for (const auto& fields : rows) {
    const int sip = std::stoi(fields[0]);
    const int cause = std::stoi(fields[1]);
    CAPTURE(sip);
    CHECK(sipcodes::to_q850_cause(sip) == cause);
    bool found = false;
    for (const auto& row : sipcodes::sip_to_q850_mappings()) {
      if (row.sip != sip) continue;
      found = true;
      CHECK(row.cause == cause);
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
  CHECK(sipcodes::to_q850_cause(488, warning_hint::bearer_capability) == 65);
  CHECK(sipcodes::to_q850_cause(606, warning_hint::bearer_capability) == 65);
  CHECK(sipcodes::to_q850_cause(486, warning_hint::bearer_capability) == 17);  // the hint is only for 488 and 606
  CHECK(sipcodes::to_q850_cause(487) == 0);
  // Codes the table does not list: the RFC's default 31.
  for (int code : {409, 411, 412, 417, 422, 424, 428, 429, 430, 433, 436, 440,
                   470, 489, 491, 493, 494, 499, 555, 580, 599, 607, 608, 699}) {
    CAPTURE(code);
    CHECK(sipcodes::to_q850_cause(code) == 31);
  }
  // Below 400 and invalid: 0.
  for (int code : {100, 180, 200, 302, 399, 99, 700, 0, -1, INT_MIN, INT_MAX}) {
    CAPTURE(code);
    CHECK(sipcodes::to_q850_cause(code) == 0);
  }
}

TEST_CASE("Q.850 to SIP: every row of RFC 3398 section 7.2.4.1") {
  const auto rows = fixture::read_csv("rfc3398-q850-to-sip.csv");
  CHECK(rows.size() == sipcodes::q850_to_sip_mappings().size());
  for (const auto& fields : rows) {
    const int cause = std::stoi(fields[0]);
    const int sip = std::stoi(fields[1]);
    CAPTURE(cause);
    CHECK(sipcodes::from_q850_cause(cause) == sip);
    CHECK(!sipcodes::q850_cause_name(cause).empty());
    bool found = false;
    for (const auto& row : sipcodes::q850_to_sip_mappings()) {
      if (row.cause != cause) continue;
      found = true;
      CHECK(row.sip == sip);
      CHECK(row.source == "RFC 3398 section 7.2.4.1");
    }
    CHECK(found);
  }
}

TEST_CASE("Q.850 to SIP: the examples, defaults and variants") {
  CHECK(sipcodes::from_q850_cause(17) == 486);
  CHECK(sipcodes::from_q850_cause(18) == 408);
  CHECK(sipcodes::from_q850_cause(19) == 480);
  CHECK(sipcodes::from_q850_cause(31) == 480);
  CHECK(sipcodes::from_q850_cause(34) == 503);
  CHECK(sipcodes::from_q850_cause(102) == 504);
  CHECK(sipcodes::from_q850_cause(127) == 500);
  CHECK(sipcodes::from_q850_cause(16) == 0);
  CHECK(sipcodes::from_q850_cause(21) == 403);
  CHECK(sipcodes::from_q850_cause(21, cause_location::user) == 603);
  CHECK(sipcodes::from_q850_cause(22) == 410);
  CHECK(sipcodes::from_q850_cause(22, cause_location::network, cause_diagnostic::present) == 301);
  CHECK(sipcodes::from_q850_cause(17, cause_location::user, cause_diagnostic::present) ==
        486);  // variants only for 21, 22
  for (int cause : {4, 5, 44, 50, 63, 66, 81, 95, 96, 97, 99, 100, 103, 110, 112, 126}) {
    CAPTURE(cause);
    CHECK(sipcodes::from_q850_cause(cause) == 500);  // unlisted: the RFC's default
  }
  for (int cause : {0, -1, 128, 255, 1000, INT_MIN, INT_MAX}) {
    CAPTURE(cause);
    CHECK(sipcodes::from_q850_cause(cause) == 0);  // not a Q.850 cause
  }
}

TEST_CASE("Q.850 names for display") {
  CHECK(sipcodes::q850_cause_name(17) == "User busy");
  CHECK(sipcodes::q850_cause_name(16) == "Normal call clearing");
  CHECK(sipcodes::q850_cause_name(31) == "Normal, unspecified");
  CHECK(sipcodes::q850_cause_name(65) == "Bearer capability not implemented");
  CHECK(sipcodes::q850_cause_name(127) == "Interworking, unspecified");
  CHECK(sipcodes::q850_cause_name(44).empty());
  CHECK(sipcodes::q850_cause_name(-1).empty());
  // Every cause either table uses has a name.
  for (const auto& row : sipcodes::sip_to_q850_mappings()) {
    if (row.cause != 0) CHECK(!sipcodes::q850_cause_name(row.cause).empty());
  }
}

TEST_CASE("both mappings are total over the sweep") {
  for (int code = -100000; code <= 100000; ++code) {
    const int cause = sipcodes::to_q850_cause(code);
    const bool failure = code >= 400 && code <= 699;
    if (cause < 0 || cause > 127) FAIL_CHECK("to_q850_cause(" << code << ") = " << cause);
    if (failure && code != 487 && cause == 0) FAIL_CHECK("failure " << code << " has no cause");
    if (!failure && cause != 0) FAIL_CHECK("non-failure " << code << " has cause " << cause);
    const int sip = sipcodes::from_q850_cause(code);
    if (sip != 0 && !sipcodes::is_known(sip)) FAIL_CHECK("from_q850_cause(" << code << ") = " << sip);
  }
  CHECK(sipcodes::to_q850_cause(INT_MIN) == 0);
  CHECK(sipcodes::from_q850_cause(INT_MAX) == 0);
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
}

TEST_CASE("header rules: every row of the fixture, and nothing more") {
  const auto rows = fixture::read_csv("header-rules.csv");
  CHECK(rows.size() == sipcodes::header_rules().size());
  for (const auto& fields : rows) {
    const int code = std::stoi(fields[0]);
    CAPTURE(code);
    CAPTURE(fields[1]);
    bool found = false;
    for (const auto& rule : sipcodes::header_rules(code)) {
      if (rule.header != fields[1]) continue;
      found = true;
      CHECK(std::string(sipcodes::to_string(rule.level)) == fields[2]);
      CHECK(rule.one_of == (fields[3] == "1"));
      CHECK(std::to_string(rule.rfc) == fields[4]);
      CHECK(rule.section == fields[5]);
      CHECK(static_cast<int>(rule.code) == code);
    }
    CHECK(found);
  }
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
  CHECK(headers_of(199) == std::set<std::string>{"Reason"});
  CHECK(headers_of(486).empty());
  CHECK(headers_of(499).empty());
  CHECK(headers_of(-1).empty());
  CHECK(headers_of(INT_MAX).empty());
  CHECK(sipcodes::header_rules(status::consent_needed)[0].level == requirement::should);
  static_assert(sipcodes::header_rules(405).size() == 1);
  static_assert(sipcodes::header_rules(405)[0].header == "Allow");
}
