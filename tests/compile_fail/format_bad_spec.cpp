// std::format checks format strings at compile time; a bad spec is a compile error.
// standard: 20
// requires: __cpp_lib_format
// expect: call to consteval function 'std::(__1::)?basic_format_string<char, sipcodes::status>::
// expect: call to non-'constexpr' function 'void std::(__format::)?__[a-z_]+\([^']*\)'
#include <sipcodes/format.hpp>

#include <string>

std::string use() {
#ifdef SIPCODES_COMPILE_FAIL
  return std::format("{:x}", sipcodes::status::ok);
#else
  return std::format("{:>8d}", sipcodes::status::ok);
#endif
}
