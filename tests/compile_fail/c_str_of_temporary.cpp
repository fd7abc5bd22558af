// .c_str() of a temporary status line would dangle once kept.
// expect: deleted.*c_str
#include <sipcodes/sipcodes.hpp>

char use() {
#ifdef SIPCODES_COMPILE_FAIL
  const char* p = sipcodes::make_status_line(sipcodes::status::ok).c_str();
#else
  const auto line = sipcodes::make_status_line(sipcodes::status::ok);
  const char* p = line.c_str();
#endif
  return *p;
}
