// A program that uses sipcodes through `import` alone, as README shows with
// clang 19. The standard headers come before the import.
#include <iostream>

import sipcodes;

int main() {
  std::cout << sipcodes::reason_phrase(486) << '\n';                                             // Busy Here
  if (const auto s = sipcodes::fallback(499)) std::cout << sipcodes::reason_phrase(*s) << '\n';  // Bad Request
}
