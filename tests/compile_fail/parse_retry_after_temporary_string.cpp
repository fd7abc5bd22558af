// parse_retry_after's result views its input: a temporary std::string is refused.
// expect: use of deleted function 'void sipcodes::parse_retry_after\(const String&&\)
// expect: call to deleted function 'parse_retry_after'
#include <sipcodes/sipcodes.hpp>

#include <string>

std::size_t use() {
#ifdef SIPCODES_COMPILE_FAIL
  const auto r = sipcodes::parse_retry_after(std::string("120 (in a meeting)"));
#else
  const std::string value = "120 (in a meeting)";
  const auto r = sipcodes::parse_retry_after(value);
#endif
  return r.value.comment.size();
}
