// Lookups by code, name and phrase; totality over every int.
#include <sipcodes/sipcodes.hpp>

#include <doctest/doctest.h>

#include <cctype>
#include <climits>
#include <optional>
#include <set>
#include <string>
#include <vector>

using sipcodes::status;
using sipcodes::status_class;

namespace {

// Every int the sweep visits: -100000..100000 and the extremes.
std::vector<int> sweep_inputs() {
  std::vector<int> inputs;
  for (int code = -100000; code <= 100000; ++code) inputs.push_back(code);
  for (int code : {INT_MIN, INT_MIN + 1, INT_MAX - 1, INT_MAX}) inputs.push_back(code);
  return inputs;
}

}  // namespace

TEST_CASE("every function is total and consistent over the sweep") {
  std::size_t known = 0;
  for (int code : sweep_inputs()) {
    const bool in_range = code >= 100 && code <= 699;
    const sipcodes::status_info* row = sipcodes::find(code);

    // find, is_known, reason_phrase and to_status agree.
    if (sipcodes::is_known(code) != (row != nullptr)) FAIL_CHECK("is_known disagrees with find for " << code);
    if (sipcodes::reason_phrase(code).empty() != (row == nullptr)) FAIL_CHECK("reason_phrase disagrees for " << code);
    if (row != nullptr && sipcodes::reason_phrase(code) != row->reason) FAIL_CHECK("reason_phrase(" << code << ")");
    // Its text is NUL-terminated, known or not, so that a C API can take data().
    const std::string_view phrase = sipcodes::reason_phrase(code);
    if (phrase.data() == nullptr || phrase.data()[phrase.size()] != '\0') FAIL_CHECK("not a C string: " << code);
    if (sipcodes::to_status(code).has_value() != (row != nullptr)) FAIL_CHECK("to_status disagrees for " << code);
    if (row != nullptr) {
      ++known;
      if (static_cast<int>(row->code) != code) FAIL_CHECK("find(" << code << ") returned another row");
      if (!in_range) FAIL_CHECK("a code outside 100..699 is known: " << code);
    }

    // class_of is the first digit inside 100..699 and invalid outside.
    const auto expected_class = in_range ? static_cast<status_class>(code / 100) : status_class::invalid;
    if (sipcodes::class_of(code) != expected_class) FAIL_CHECK("class_of(" << code << ")");
    if (sipcodes::is_valid(code) != in_range) FAIL_CHECK("is_valid(" << code << ")");

    // Exactly one class predicate holds inside the range, none outside.
    const int predicates = int{sipcodes::is_provisional(code)} + int{sipcodes::is_success(code)} +
                           int{sipcodes::is_redirection(code)} + int{sipcodes::is_client_error(code)} +
                           int{sipcodes::is_server_error(code)} + int{sipcodes::is_global_failure(code)};
    if (predicates != (in_range ? 1 : 0)) FAIL_CHECK("class predicates for " << code);
    if (sipcodes::is_final(code) != (in_range && code >= 200)) FAIL_CHECK("is_final(" << code << ")");

    // fallback lands on a known code of the same class, or on nothing when invalid.
    const std::optional<status> fb = sipcodes::fallback(code);
    if (in_range) {
      if (!fb || !sipcodes::is_known(*fb)) FAIL_CHECK("fallback(" << code << ") is not a known code");
      if (fb && sipcodes::class_of(*fb) != sipcodes::class_of(code))
        FAIL_CHECK("fallback(" << code << ") changed class");
      if (fb && row != nullptr && (*fb == row->code) != (row->state == sipcodes::lifecycle::current))
        FAIL_CHECK("fallback(" << code << ") of a known code is itself unless the code is not current");
      if (fb && sipcodes::find(*fb)->state != sipcodes::lifecycle::current)
        FAIL_CHECK("fallback(" << code << ") is a code no longer in use");
    } else if (fb) {
      FAIL_CHECK("fallback of invalid " << code << " is " << *fb);
    }
    if (sipcodes::description(code).empty() != (row == nullptr)) FAIL_CHECK("description disagrees for " << code);
  }
  CHECK(known == sipcodes::all().size());
}

TEST_CASE("the status overloads answer as the int ones") {
  for (int code = 0; code <= 65535; ++code) {
    const auto s = static_cast<status>(code);
    if (sipcodes::find(s) != sipcodes::find(code) || sipcodes::reason_phrase(s) != sipcodes::reason_phrase(code) ||
        sipcodes::class_of(s) != sipcodes::class_of(code) || sipcodes::fallback(s) != sipcodes::fallback(code) ||
        sipcodes::is_final(s) != sipcodes::is_final(code) || sipcodes::is_known(s) != sipcodes::is_known(code) ||
        sipcodes::to_status(s) != sipcodes::to_status(code) ||
        sipcodes::description(s) != sipcodes::description(code) || sipcodes::is_valid(s) != sipcodes::is_valid(code)) {
      FAIL_CHECK("status overload disagrees for " << code);
    }
  }
}

TEST_CASE("fallback follows RFC 3261 section 8.1.3.2") {
  CHECK(sipcodes::fallback(486) == status::busy_here);         // known and current: itself
  CHECK(sipcodes::fallback(303) == status::multiple_choices);  // historic (RFC 2543): the class's x00
  CHECK(sipcodes::fallback(402) == status::bad_request);       // reserved
  CHECK(sipcodes::fallback(409) == status::bad_request);       // historic
  CHECK(sipcodes::fallback(411) == status::bad_request);       // historic
  CHECK(sipcodes::fallback(202) == status::ok);                // deprecated: RFC 6665 section 8.3.1
  CHECK(sipcodes::fallback(status::see_other) == status::multiple_choices);
  CHECK(sipcodes::fallback(199) == status::early_dialog_terminated);
  CHECK(sipcodes::fallback(181) == status::call_is_being_forwarded);
  CHECK(sipcodes::fallback(150) == status::session_progress);  // unknown provisional: 183
  CHECK(sipcodes::fallback(101) == status::session_progress);
  CHECK(sipcodes::fallback(198) == status::session_progress);
  CHECK(sipcodes::fallback(299) == status::ok);  // unknown final xyz: x00
  CHECK(sipcodes::fallback(201) == status::ok);
  CHECK(sipcodes::fallback(304) == status::multiple_choices);
  CHECK(sipcodes::fallback(431) == status::bad_request);  // RFC 3261's own example
  CHECK(sipcodes::fallback(499) == status::bad_request);
  CHECK(sipcodes::fallback(599) == status::server_internal_error);
  CHECK(sipcodes::fallback(699) == status::busy_everywhere);
  CHECK(sipcodes::fallback(static_cast<status>(499)) == status::bad_request);
  CHECK_FALSE(sipcodes::fallback(99));  // invalid: nothing
  CHECK_FALSE(sipcodes::fallback(700));
  CHECK_FALSE(sipcodes::fallback(0));
  CHECK_FALSE(sipcodes::fallback(-486));
  CHECK_FALSE(sipcodes::fallback(INT_MIN));
  CHECK_FALSE(sipcodes::fallback(INT_MAX));
  CHECK_FALSE(sipcodes::fallback(static_cast<status>(65535)));
  // The answer is a status, so it is used as one.
  const sipcodes::status treated = sipcodes::fallback(431).value_or(status::server_internal_error);
  CHECK(treated == status::bad_request);
}

// Every description that says how a receiver treats the code ("A receiver
// treats it as 400.") names the code fallback gives; every other row falls
// back to itself. Read from the English text, independently of lifecycle.
TEST_CASE("fallback agrees with each row's description") {
  std::size_t treated_rows = 0;
  for (const auto& row : sipcodes::all()) {
    const std::string_view text = row.description;
    CAPTURE(row.code);
    std::optional<int> said;
    for (std::size_t at = text.find("treat"); at != std::string_view::npos; at = text.find("treat", at + 1)) {
      const std::string_view sentence = text.substr(at, text.find('.', at) - at);
      // The last three-digit number of the sentence is the code it is treated as.
      for (std::size_t i = 0; i + 3 <= sentence.size(); ++i) {
        const bool digits = std::isdigit(static_cast<unsigned char>(sentence[i])) &&
                            std::isdigit(static_cast<unsigned char>(sentence[i + 1])) &&
                            std::isdigit(static_cast<unsigned char>(sentence[i + 2]));
        const bool alone = (i == 0 || !std::isdigit(static_cast<unsigned char>(sentence[i - 1]))) &&
                           (i + 3 == sentence.size() || !std::isdigit(static_cast<unsigned char>(sentence[i + 3])));
        if (digits && alone) said = std::stoi(std::string(sentence.substr(i, 3)));
      }
    }
    if (said) {
      ++treated_rows;
      CHECK(sipcodes::fallback(row.code) == sipcodes::to_status(*said));
    } else {
      CHECK(sipcodes::fallback(row.code) == row.code);
    }
  }
  CHECK(treated_rows == 5);  // 202, 303, 402, 409, 411
}

TEST_CASE("the boundaries of the valid range") {
  CHECK_FALSE(sipcodes::is_valid(99));
  CHECK(sipcodes::is_valid(100));
  CHECK(sipcodes::is_valid(699));
  CHECK_FALSE(sipcodes::is_valid(700));
  CHECK(sipcodes::class_of(99) == status_class::invalid);
  CHECK(sipcodes::class_of(100) == status_class::provisional);
  CHECK(sipcodes::class_of(699) == status_class::global_failure);
  CHECK(sipcodes::class_of(700) == status_class::invalid);
  CHECK(sipcodes::is_provisional(199));
  CHECK_FALSE(sipcodes::is_final(199));
  CHECK(sipcodes::is_final(200));
  CHECK(sipcodes::find(699) == nullptr);
  CHECK(sipcodes::reason_phrase(700).empty());
}

TEST_CASE("names and phrases that DESIGN.md and the issue call out") {
  CHECK(sipcodes::from_name("busy_here") == status::busy_here);
  CHECK(static_cast<int>(status::busy_here) == 486);
  CHECK(static_cast<int>(status::request_uri_too_long) == 414);
  CHECK(static_cast<int>(status::call_transaction_does_not_exist) == 481);
  CHECK(static_cast<int>(status::server_time_out) == 504);
  CHECK(static_cast<int>(status::not_acceptable_anywhere) == 606);
  CHECK(static_cast<int>(status::not_acceptable) == 406);
  CHECK(sipcodes::reason_phrase(606) == "Not Acceptable");
  CHECK(sipcodes::reason_phrase(500) == "Server Internal Error");
  CHECK(sipcodes::reason_phrase(504) == "Server Time-out");
  CHECK(sipcodes::reason_phrase(436) == "Bad Identity Info");
  CHECK(sipcodes::reason_phrase(437) == "Unsupported Credential");
  CHECK(sipcodes::reason_phrase(181) == "Call Is Being Forwarded");
  CHECK(sipcodes::reason_phrase(202) == "Accepted");
}

TEST_CASE("from_name takes exact enumerator names only") {
  for (const auto& row : sipcodes::all()) {
    CAPTURE(std::string(row.name));
    CHECK(sipcodes::from_name(row.name) == row.code);
  }
  CHECK_FALSE(sipcodes::from_name("Busy_Here"));
  CHECK_FALSE(sipcodes::from_name("busy here"));
  CHECK_FALSE(sipcodes::from_name(" busy_here"));
  CHECK_FALSE(sipcodes::from_name("busy_her"));
  CHECK_FALSE(sipcodes::from_name(""));
}

TEST_CASE("from_reason ignores case and surrounding blanks, and knows former phrases") {
  for (const auto& row : sipcodes::all()) {
    CAPTURE(std::string(row.reason));
    // 606 shares "Not Acceptable" with 406, which the phrase names.
    const status expected = row.code == status::not_acceptable_anywhere ? status::not_acceptable : row.code;
    CHECK(sipcodes::from_reason(row.reason) == expected);
    for (const auto& a : row.aliases()) CHECK(sipcodes::from_reason(a.phrase) == row.code);
  }
  CHECK(sipcodes::from_reason("busy here") == status::busy_here);
  CHECK(sipcodes::from_reason("BUSY HERE") == status::busy_here);
  CHECK(sipcodes::from_reason(" \tBusy Here\t ") == status::busy_here);
  CHECK(sipcodes::from_reason("Internal Server Error") == status::server_internal_error);
  CHECK(sipcodes::from_reason("Gateway Time-out") == status::server_time_out);
  CHECK(sipcodes::from_reason("Call Leg/Transaction Does Not Exist") == status::call_transaction_does_not_exist);
  CHECK(sipcodes::from_reason("SIP Version not supported") == status::version_not_supported);
  CHECK(sipcodes::from_reason("Request-URI Too Large") == status::request_uri_too_long);
  CHECK(sipcodes::from_reason("Temporarily not available") == status::temporarily_unavailable);
  CHECK(sipcodes::from_reason("Bad Identity-Info") == status::bad_identity_info);
  CHECK(sipcodes::from_reason("Unsupported Certificate") == status::unsupported_credential);
  CHECK(sipcodes::from_reason("Session Timer Too Small") == status::session_interval_too_small);
  CHECK(sipcodes::from_reason("Precondition Failed") == status::conditional_request_failed);
  CHECK(sipcodes::from_reason("does not exist anywhere") == status::does_not_exist_anywhere);
  // 406 and 606 share a phrase; the phrase names the first, 406.
  CHECK(sipcodes::from_reason("Not Acceptable") == status::not_acceptable);
  CHECK_FALSE(sipcodes::from_reason(""));
  CHECK_FALSE(sipcodes::from_reason(" \t "));
  CHECK_FALSE(sipcodes::from_reason("Busy  Here"));
  CHECK_FALSE(sipcodes::from_reason("Busy Here\r\n"));
  CHECK_FALSE(sipcodes::from_reason("Precondition Failed!"));
  CHECK_FALSE(sipcodes::from_reason("Meşgul"));
  // Only A..Z fold: other bytes that differ from the phrase's in bit 0x20 only do not match.
  CHECK_FALSE(sipcodes::from_reason(std::string_view("Busy\0Here", 9)));  // ' ' is 0x20
  CHECK_FALSE(sipcodes::from_reason("Server Time\rout"));                 // '-' is 0x2D, '\r' 0x0D
  // Same length, first and last byte as "Busy Here", so the same hash: still no match.
  CHECK_FALSE(sipcodes::from_reason("Bxxx Here"));
  CHECK(sipcodes::from_reason("bUSY hERE") == status::busy_here);
}

namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Every phrase from_reason knows, with the status it names.
std::vector<std::pair<std::string, status>> known_phrases() {
  std::vector<std::pair<std::string, status>> phrases;
  for (const auto& row : sipcodes::all()) {
    if (row.code != status::not_acceptable_anywhere) phrases.emplace_back(row.reason, row.code);
    for (const auto& a : row.aliases()) phrases.emplace_back(a.phrase, row.code);
  }
  return phrases;
}

}  // namespace

TEST_CASE("from_reason weighs every byte of a phrase, wherever it falls in the compared words") {
  for (const auto& known : known_phrases()) {
    const std::string& phrase = known.first;  // not a structured binding: CAPTURE cannot see one in C++17
    const status code = known.second;
    for (std::size_t i = 0; i < phrase.size(); ++i) {
      CAPTURE(phrase);
      CAPTURE(i);
      std::string other_case = phrase;
      other_case[i] = static_cast<char>(other_case[i] ^ 0x20);
      if (is_ascii_letter(phrase[i])) {
        CHECK(sipcodes::from_reason(other_case) == code);
      } else {
        CHECK_FALSE(sipcodes::from_reason(other_case));
      }
      std::string high_bit = phrase;
      high_bit[i] = static_cast<char>(high_bit[i] ^ 0x80);
      CHECK_FALSE(sipcodes::from_reason(high_bit));
      std::string next_letter = phrase;
      next_letter[i] = static_cast<char>(next_letter[i] + 1);
      CHECK_FALSE(sipcodes::from_reason(next_letter));
    }
  }
}

TEST_CASE("the case-insensitive compare is exact at every length, letters at the ends of A..Z included") {
  // Lengths 0..40 cover the short forms (1..3 and 4..7 bytes) and 1 to 5
  // words with every overlap of the last word.
  const std::string known = "AZaz@[`{ Mixed-Case/0123456789.Text:Words;";
  for (std::size_t n = 0; n <= 40; ++n) {
    const std::string_view k = std::string_view(known).substr(0, n);
    CAPTURE(n);
    std::string flipped(k);
    for (char& c : flipped) {
      if (is_ascii_letter(c)) c = static_cast<char>(c ^ 0x20);
    }
    CHECK(sipcodes::detail::iequals(flipped, k));
    CHECK_FALSE(sipcodes::detail::iequals(std::string(k) + "x", k));
    for (std::size_t i = 0; i < n; ++i) {
      CAPTURE(i);
      for (const int change : {0x20, 0x40, 0x80, 0x01}) {
        std::string changed(k);
        changed[i] = static_cast<char>(changed[i] ^ change);
        const bool only_case = change == 0x20 && is_ascii_letter(k[i]);
        CHECK(sipcodes::detail::iequals(changed, k) == only_case);
      }
    }
  }
}

TEST_CASE("aliases are the former phrases the issue names, each with a source") {
  const auto has_alias = [](int code, const char* phrase) {
    for (const auto& a : sipcodes::find(code)->aliases()) {
      if (a.phrase == phrase && !a.source.empty() && static_cast<int>(a.code) == code) return true;
    }
    return false;
  };
  CHECK(has_alias(481, "Call Leg/Transaction Does Not Exist"));
  CHECK(has_alias(504, "Gateway Time-out"));
  CHECK(has_alias(436, "Bad Identity-Info"));
  CHECK(has_alias(437, "Unsupported Certificate"));
  CHECK(has_alias(500, "Internal Server Error"));
  CHECK(has_alias(505, "SIP Version not supported"));
  CHECK(has_alias(414, "Request-URI Too Large"));
  CHECK(has_alias(480, "Temporarily not available"));
  CHECK(has_alias(422, "Session Timer Too Small"));
  CHECK(has_alias(412, "Precondition Failed"));
  CHECK(sipcodes::find(486)->aliases().empty());
}

TEST_CASE("sections and references the issue names") {
  CHECK(sipcodes::find(486)->rfc == 3261);
  CHECK(sipcodes::find(486)->section == "21.4.24");
  CHECK(sipcodes::find(437)->rfc == 8224);
  CHECK(sipcodes::find(199)->rfc == 6228);
  CHECK(sipcodes::find(409)->rfc == 2543);
  CHECK(sipcodes::find(409)->section == "7.4.10");
  CHECK(sipcodes::find(202)->state == sipcodes::lifecycle::deprecated);
  CHECK(sipcodes::find(402)->state == sipcodes::lifecycle::reserved);
  CHECK(sipcodes::find(303)->state == sipcodes::lifecycle::historic);
}

TEST_CASE("every row is complete") {
  std::set<std::string> names;
  for (const auto& row : sipcodes::all()) {
    CAPTURE(static_cast<int>(row.code));
    CHECK(!row.name.empty());
    CHECK(names.insert(std::string(row.name)).second);
    CHECK(row.rfc != 0);
    CHECK(!row.section.empty());
    CHECK(!row.description.empty());
    CHECK(sipcodes::is_valid_reason_phrase(row.reason));
  }
}
