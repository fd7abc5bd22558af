// .view() of a temporary status line would dangle once kept.
// expect: deleted
#include <sipcodes/sipcodes.hpp>

std::size_t use() {
#ifdef SIPCODES_COMPILE_FAIL
  const std::string_view v = sipcodes::make_status_line(sipcodes::status::ok).view();
#else
  const auto line = sipcodes::make_status_line(sipcodes::status::ok);
  const std::string_view v = line.view();
#endif
  return v.size();
}
