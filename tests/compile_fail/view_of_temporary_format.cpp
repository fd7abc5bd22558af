// .view() of a temporary formatted status would dangle once kept.
// expect: use of deleted function 'std::string_view sipcodes::fixed_text::view\(\) const &&'
// expect: call to deleted member function 'view'
#include <sipcodes/sipcodes.hpp>

std::size_t use() {
#ifdef SIPCODES_COMPILE_FAIL
  const std::string_view v = sipcodes::format_status(sipcodes::status::ok).view();
#else
  const auto text = sipcodes::format_status(sipcodes::status::ok);
  const std::string_view v = text.view();
#endif
  return v.size();
}
