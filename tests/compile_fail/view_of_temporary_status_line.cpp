// .view() of a temporary status line would dangle once kept.
// expect: use of deleted function 'std::string_view sipcodes::fixed_text::view\(\) const &&'
// expect: call to deleted member function 'view'
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
