// With C++20, {fmt} checks format strings at compile time; a bad spec is a compile error.
// standard: 20
// expect: constexpr|consteval|constant expression
#include <sipcodes/fmt.hpp>

#include <string>

std::string use() {
#ifdef SIPCODES_COMPILE_FAIL
  return fmt::format("{:x}", sipcodes::status::ok);
#else
  return fmt::format("{:>8d}", sipcodes::status::ok);
#endif
}
