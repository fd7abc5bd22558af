// A program that consumes the core and the add-ons that need no third-party
// library, copied into its own tree in the same layout (consumer test
// copied_addons): each add-on finds the core next to it.
#include "vendor/sipcodes/lang/tr.hpp"
#include "vendor/sipcodes/q850.hpp"

#include <cstdio>

int main() {
  const auto phrase = sipcodes::reason_phrase(486, sipcodes::lang::tr);
  const int cause = sipcodes::to_q850_cause(sipcodes::status::busy_here).value_or(0);
  std::printf("486 %.*s %d\n", static_cast<int>(phrase.size()), phrase.data(), cause);
  return phrase == "Meşgul" && cause == 17 ? 0 : 1;
}
