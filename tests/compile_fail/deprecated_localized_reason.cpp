// The former name of reason_phrase(code, pack) still answers, and warns.
// expect: localized_reason.*deprecated
#include <sipcodes/sipcodes.hpp>

inline constexpr sipcodes::translation german_rows[] = {{sipcodes::status::busy_here, "Besetzt", ""}};
inline constexpr sipcodes::language_pack german{"de", "Deutsch", german_rows};

std::string_view use() {
#ifdef SIPCODES_COMPILE_FAIL
  return sipcodes::localized_reason(486, german);
#else
  return sipcodes::reason_phrase(486, german);
#endif
}
