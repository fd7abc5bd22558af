// A short tour of the sipcodes API; README walks through the same lines.
#include <sipcodes/lang/tr.hpp>
#include <sipcodes/sipcodes.hpp>

#include <iostream>

int main() {
  using sipcodes::status;

  // Look up a code: O(1), constexpr, total over every int.
  static_assert(sipcodes::reason_phrase(486) == "Busy Here");
  std::cout << status::busy_here << '\n';                     // 486 Busy Here
  std::cout << sipcodes::reason_phrase(700).empty() << '\n';  // 1: not a SIP code

  // Everything the table knows about a code.
  if (const sipcodes::status_info* row = sipcodes::find(504)) {
    std::cout << row->reason << ", RFC " << row->rfc << " section " << row->section << '\n';
    for (const auto& former : row->aliases()) std::cout << "  also seen as: " << former.phrase << '\n';
  }

  // RFC 3261 section 8.1.3.2: how a stack treats a code it does not know.
  if (const auto treated = sipcodes::fallback(499)) std::cout << "499 is treated as " << *treated << '\n';

  // Phrases off the wire, current or former, in any case.
  if (const auto s = sipcodes::from_reason("internal server error")) std::cout << *s << '\n';

  // A status line, parsed and written without allocating.
  const auto parsed = sipcodes::parse_status_line("SIP/2.0 180 Ringing\r\n");
  if (parsed && parsed.value.code == status::ringing) std::cout << "ringing\n";
  char buffer[64];
  const auto written = sipcodes::write_status_line(buffer, buffer + sizeof buffer, status::busy_here,
                                                   sipcodes::reason_phrase(status::busy_here, sipcodes::lang::tr));
  if (written) std::cout.write(buffer, written.end - buffer);  // SIP/2.0 486 Meşgul

  // The whole table, ascending by code.
  int deprecated = 0;
  for (const auto& row : sipcodes::all()) deprecated += row.state == sipcodes::lifecycle::deprecated;
  std::cout << sipcodes::all().size() << " codes, " << deprecated << " deprecated\n";
}
