// A short tour of the sipcodes API; README walks through the same lines.
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
    for (const auto& former : row->aliases) std::cout << "  also seen as: " << former.phrase << '\n';
  }

  // Class and RFC 3261 section 8.1.3.2 fallback for codes a stack does not know.
  std::cout << sipcodes::is_client_error(499) << ' ' << sipcodes::fallback(499) << '\n';  // 1 400

  // Phrases off the wire, current or former, in any case.
  if (auto s = sipcodes::from_reason("internal server error")) std::cout << *s << '\n';  // 500 Server Internal Error

  // The whole table, ascending by code.
  int deprecated = 0;
  for (const auto& row : sipcodes::all()) deprecated += row.state == sipcodes::lifecycle::deprecated;
  std::cout << sipcodes::all().size() << " codes, " << deprecated << " deprecated\n";
}
