// A program that uses sipcodes only through `import`: every layer of the
// core, the Q.850 add-on and the Turkish pack. Prints what failed; exits 1
// if anything did. The standard headers come before the imports, as README
// says: with libc++ 19, clang 19 rejects them after `import sipcodes;`.
#include <cstdio>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

import sipcodes;
import sipcodes.q850;
import sipcodes.lang.tr;

namespace {

int failures = 0;

void check(bool condition, const char* what) {
  if (!condition) {
    std::printf("FAILED: %s\n", what);
    ++failures;
  }
}

}  // namespace

int main() {
  using sipcodes::status;
  // 1. The table, and the version.
  static_assert(sipcodes::version_major >= 2);
  check(sipcodes::all().size() == 78, "all() has 78 rows");
  check(sipcodes::find(486)->name == "busy_here", "find(486)");
  check(sipcodes::warn_codes().size() == 15, "warn_codes()");
  // 2. Lookups.
  static_assert(sipcodes::reason_phrase(486) == "Busy Here");
  check(sipcodes::class_of(status::decline) == sipcodes::status_class::global_failure, "class_of");
  check(sipcodes::fallback(499) == status::bad_request, "fallback");
  check(sipcodes::from_reason("gateway time-out") == status::server_time_out, "from_reason");
  check(sipcodes::from_name("busy_here") == status::busy_here, "from_name");
  check(sipcodes::warning_text(370) == "Insufficient bandwidth", "warning_text");
  check(sipcodes::reason_phrase(486, sipcodes::lang::tr) == "Meşgul", "reason_phrase in Turkish");
  check(sipcodes::covers_all(sipcodes::lang::tr), "covers_all");
  check(sipcodes::source(sipcodes::find(504)->aliases()[0], sipcodes::lang::tr) == "RFC 2543 bölüm 5.1.1 ve 7.5.5",
        "source in Turkish");
  const sipcodes::text_translation own{"RFC 4474", "RFC 4474"};
  check(own.english == own.translation, "text_translation");
  // 3. Text.
  const auto formatted = sipcodes::format_status(status::ok);  // kept: a view of a temporary does not compile
  check(formatted.view() == "200 OK", "format_status");
  std::ostringstream stream;
  stream << status::busy_here;
  check(stream.str() == "486 Busy Here", "operator<<");
  check(sipcodes::is_valid_reason_phrase("Busy Here"), "is_valid_reason_phrase");
  // 4. Wire.
  const auto line = sipcodes::parse_status_line("SIP/2.0 180 Ringing\r\n");
  check(line && line.value.code == status::ringing, "parse_status_line");
  char buffer[128];
  const auto written = sipcodes::write_status_line(buffer, buffer + sizeof buffer, status::busy_here);
  check(written &&
            std::string_view(buffer, static_cast<std::size_t>(written.end - buffer)) == "SIP/2.0 486 Busy Here\r\n",
        "write_status_line");
  const auto relayed = sipcodes::escape_reason_phrase(buffer, buffer + sizeof buffer, "50% off");
  check(relayed && std::string_view(buffer, static_cast<std::size_t>(relayed.end - buffer)) == "50%25 off" &&
            sipcodes::escaped_reason_phrase_size("50% off").size == 9,
        "escape_reason_phrase");
  const auto reason = sipcodes::parse_reason("Q.850;cause=16");
  check(reason && reason.value.cause == 16, "parse_reason");
  const auto retry = sipcodes::parse_retry_after("18000;duration=3600");
  check(retry && retry.value.seconds == 18000 && retry.value.duration == 3600U, "parse_retry_after");
  const auto warning = sipcodes::parse_warning(R"(305 gw "Incompatible media format")");
  check(warning && warning.value.code == 305, "parse_warning");
  const auto w = sipcodes::write_warning(buffer, buffer + sizeof buffer, 370, "pbx");
  check(w.error == sipcodes::write_error::none, "write_warning");
  check(sipcodes::to_string(sipcodes::write_error::no_room) == "no_room", "to_string");
  // 5. Rules.
  check(sipcodes::allows_retry_after(503), "allows_retry_after");
  check(sipcodes::retry_advice_for(503).treated_as == status::server_internal_error, "retry_advice_for");
  check(sipcodes::header_rules(405)[0].header == "Allow", "header_rules");
  check(sipcodes::condition(sipcodes::header_rules(500)[0], sipcodes::lang::tr) == "durum geçiciyse", "condition");
  // The Q.850 add-on.
  check(sipcodes::to_q850_cause(486) == 17, "to_q850_cause");
  check(sipcodes::to_q850_cause(488, warning.value.code) == 65, "to_q850_cause by warn-code");
  check(sipcodes::from_q850_cause(21, sipcodes::cause_location::user) == status::decline, "from_q850_cause");
  check(!sipcodes::from_q850_cause(44), "cause 44");
  check(sipcodes::q850_cause_name(17) == "User busy", "q850_cause_name");
  if (failures == 0) std::printf("every layer works through import\n");
  return failures == 0 ? 0 : 1;
}
