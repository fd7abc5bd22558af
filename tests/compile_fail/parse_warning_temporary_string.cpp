// parse_warning's result views its input: a temporary std::string is refused.
// expect: use of deleted function 'void sipcodes::parse_warning\(const String&&\)
// expect: call to deleted function 'parse_warning'
#include <sipcodes/sipcodes.hpp>

#include <string>

std::size_t use() {
#ifdef SIPCODES_COMPILE_FAIL
  const auto r = sipcodes::parse_warning(std::string("370 pbx \"Insufficient bandwidth\""));
#else
  const std::string value = "370 pbx \"Insufficient bandwidth\"";
  const auto r = sipcodes::parse_warning(value);
#endif
  return r.value.agent.size();
}
