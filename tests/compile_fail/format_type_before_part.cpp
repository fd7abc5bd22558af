// std::format checks format strings at compile time: a presentation type
// before the part letter ("{:sd}") is a compile error, as the standard
// library's own bad specs are. The control uses a dynamic width with the
// part letter.
// standard: 20
// requires: __cpp_lib_format
// expect: call to non-'constexpr' function 'void sipcodes::detail::format_type_before_d_or_r\(\)'
// expect: call to consteval function 'std::[_0-9:]*basic_format_string<char, sipcodes::status>::[^']*<char\[6\]>'
#include <sipcodes/format.hpp>

#include <string>

std::string use(int width) {
#ifdef SIPCODES_COMPILE_FAIL
  return std::format("{:sd}", sipcodes::status::ok) + std::to_string(width);
#else
  return std::format("{:>{}d}", sipcodes::status::ok, width);
#endif
}
