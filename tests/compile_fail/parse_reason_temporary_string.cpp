// parse_reason's result views its input: a temporary std::string is refused.
// expect: use of deleted function 'void sipcodes::parse_reason\(const String&&\)
// expect: call to deleted function 'parse_reason'
#include <sipcodes/sipcodes.hpp>

#include <string>

std::size_t use() {
#ifdef SIPCODES_COMPILE_FAIL
  const auto r = sipcodes::parse_reason(std::string("SIP ;cause=486"));
#else
  const std::string value = "SIP ;cause=486";
  const auto r = sipcodes::parse_reason(value);
#endif
  return r.value.protocol.size();
}
