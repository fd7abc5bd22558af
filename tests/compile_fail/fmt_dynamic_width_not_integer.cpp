// With C++20, {fmt} checks format strings at compile time: a width from the
// arguments that is no integer is a compile error with d or r too, as it is
// for {fmt}'s own strings. (The formatter asks {fmt} to check the argument's
// type only while the format string is checked, during constant evaluation.)
// standard: 20
// expect: 'constexpr void fmt::[a-z0-9:]*basic_format_parse_context<Char, ErrorHandler>::on_error\(const char\*\)
// expect: call to consteval function 'fmt::[a-z0-9:]*basic_format_string<char, sipcodes::status, const char \(&\)\[2\]>
#include <sipcodes/fmt.hpp>

#include <string>

std::string use() {
#ifdef SIPCODES_COMPILE_FAIL
  return fmt::format("{:>{}d}", sipcodes::status::ok, "x");
#else
  return fmt::format("{:>{}d}", sipcodes::status::ok, 5);
#endif
}
