// A status is a SIP response code: as a Q.850 cause it would write
// "Q.850 ;cause=486", a cause that does not exist. write_reason takes a
// status only as a SIP cause; a Q.850 cause is an int.
// expect: no matching function for call to '(sipcodes::)?write_reason
#include <sipcodes/sipcodes.hpp>

long use(char* first, char* last) {
#ifdef SIPCODES_COMPILE_FAIL
  const auto w = sipcodes::write_reason(first, last, sipcodes::reason_protocol::q850, sipcodes::status::busy_here);
#else
  const auto w = sipcodes::write_reason(first, last, sipcodes::status::busy_here, "Busy Here");
#endif
  return w.end - first;
}
