// std::format checks format strings at compile time; a bad spec is a compile error.
// standard: 20
// requires: __cpp_lib_format
// expect: constexpr|consteval|constant expression
#include <sipcodes/format.hpp>

#include <string>

std::string use() {
#ifdef SIPCODES_COMPILE_FAIL
  return std::format("{:x}", sipcodes::status::ok);
#else
  return std::format("{:>8d}", sipcodes::status::ok);
#endif
}
