// .data() of a temporary formatted status would dangle once kept.
// expect: use of deleted function '[^']* sipcodes::fixed_text::data\(\) const &&'
// expect: call to deleted member function 'data'
#include <sipcodes/sipcodes.hpp>

char use() {
#ifdef SIPCODES_COMPILE_FAIL
  const char* p = sipcodes::format_status(sipcodes::status::ok).data();
#else
  const auto text = sipcodes::format_status(sipcodes::status::ok);
  const char* p = text.data();
#endif
  return *p;
}
