// parse_status_line's result views its input: a temporary std::string is refused.
// expect: use of deleted function 'void sipcodes::parse_status_line\(const String&&\)
// expect: call to deleted function 'parse_status_line'
#include <sipcodes/sipcodes.hpp>

#include <string>

std::size_t use() {
#ifdef SIPCODES_COMPILE_FAIL
  const auto r = sipcodes::parse_status_line(std::string("SIP/2.0 200 OK"));
#else
  const std::string line = "SIP/2.0 200 OK";
  const auto r = sipcodes::parse_status_line(line);
#endif
  return r.value.reason.size();
}
