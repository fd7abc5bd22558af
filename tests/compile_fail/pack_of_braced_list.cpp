// A language pack over a braced list of rows would view rows that die at the
// end of the declaration: description(486, de) would read freed stack.
// expect: initializer_list|deleted.*row_view
#include <sipcodes/sipcodes.hpp>

#ifdef SIPCODES_COMPILE_FAIL
const sipcodes::language_pack de{"de", "Deutsch", {{{sipcodes::status::busy_here, "Besetzt", ""}}}};
#else
inline constexpr sipcodes::translation german_rows[] = {{sipcodes::status::busy_here, "Besetzt", ""}};
const sipcodes::language_pack de{"de", "Deutsch", german_rows};
#endif

std::string_view use() { return sipcodes::description(486, de); }
