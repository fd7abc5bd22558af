// With C++20, {fmt} checks format strings at compile time: a presentation type
// before the part letter ("{:sd}") is a compile error, as {fmt}'s own bad
// specs are. The control uses a dynamic width with the part letter.
// standard: 20
// expect: call to non-'constexpr' function 'void sipcodes::detail::fmt_type_before_d_or_r\(\)'
// expect: call to consteval function 'fmt::[a-z0-9:]*basic_format_string<char, sipcodes::status>::[^']*<char\[6\]
#include <sipcodes/fmt.hpp>

#include <string>

std::string use(int width) {
#ifdef SIPCODES_COMPILE_FAIL
  return fmt::format("{:sd}", sipcodes::status::ok) + std::to_string(width);
#else
  return fmt::format("{:>{}d}", sipcodes::status::ok, width);
#endif
}
