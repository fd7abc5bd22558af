// With C++20, {fmt} checks format strings at compile time; a bad spec is a compile error.
// standard: 20
// expect: call to consteval function 'fmt::(v[0-9]+::)?basic_format_string<char, sipcodes::status>::
// expect: call to non-'constexpr' function 'void fmt::[^']*(on_error|throw_format_error|report_error)\(const char\*\)'
#include <sipcodes/fmt.hpp>

#include <string>

std::string use() {
#ifdef SIPCODES_COMPILE_FAIL
  return fmt::format("{:x}", sipcodes::status::ok);
#else
  return fmt::format("{:>8d}", sipcodes::status::ok);
#endif
}
