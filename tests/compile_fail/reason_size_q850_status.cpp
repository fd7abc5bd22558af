// reason_size sizes what write_reason writes, and takes a status only as a
// SIP cause, as write_reason does (see reason_q850_status.cpp).
// expect: no matching function for call to '(sipcodes::)?reason_size
#include <sipcodes/sipcodes.hpp>

std::size_t use() {
#ifdef SIPCODES_COMPILE_FAIL
  return sipcodes::reason_size(sipcodes::reason_protocol::q850, sipcodes::status::busy_here).size;
#else
  return sipcodes::reason_size(sipcodes::status::busy_here, "Busy Here").size;
#endif
}
