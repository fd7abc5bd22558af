// A program that consumes sipcodes; each consumer test builds and runs it.
#include <sipcodes/sipcodes.hpp>

#include <cstdio>

int main() {
  static_assert(sipcodes::reason_phrase(486) == "Busy Here");
  const auto phrase = sipcodes::reason_phrase(sipcodes::status::decline);
  std::printf("%d %.*s\n", 603, static_cast<int>(phrase.size()), phrase.data());
  return phrase == "Decline" ? 0 : 1;
}
