// A name the IANA registry retired stays, with the same value, and warns.
// expect: '(sipcodes::status::)?unsupported_certificate' is deprecated
#include <sipcodes/sipcodes.hpp>

sipcodes::status use() {
#ifdef SIPCODES_COMPILE_FAIL
  return sipcodes::status::unsupported_certificate;
#else
  return sipcodes::status::unsupported_credential;
#endif
}
