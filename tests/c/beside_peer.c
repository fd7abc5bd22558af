/* The C headers in one translation unit with a C SIP stack's public
   headers, under strict warnings: sofia-sip (SIPCODES_TEST_PEER 1), oSIP (2)
   or libre (3), with sipcodes' headers after the stack's, or before them
   when SIPCODES_TEST_SIPCODES_FIRST is 1. The program links both and
   prints each one's phrase for 486; a clash of names fails the build. */
#ifndef SIPCODES_TEST_SIPCODES_FIRST
#define SIPCODES_TEST_SIPCODES_FIRST 0
#endif

#if SIPCODES_TEST_SIPCODES_FIRST
#include <sipcodes/lang/tr.h>
#include <sipcodes/q850.h>
#include <sipcodes/sipcodes.h>
#endif

/* What the stacks' own sources include before their headers. */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/time.h>
#include <sys/types.h>
#include <time.h>

#if SIPCODES_TEST_PEER == 1
#include <sofia-sip/sip.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_status.h>
#include <sofia-sip/su_alloc.h>
#elif SIPCODES_TEST_PEER == 2
#include <osip2/osip.h>
#include <osipparser2/osip_parser.h>
#elif SIPCODES_TEST_PEER == 3
#include <re.h>
#else
#error "SIPCODES_TEST_PEER is 1, 2 or 3"
#endif

#if !SIPCODES_TEST_SIPCODES_FIRST
#define SIPCODES_IMPLEMENTATION
#include <sipcodes/lang/tr.h>
#include <sipcodes/q850.h>
#include <sipcodes/sipcodes.h>
#endif

#if SIPCODES_TEST_SIPCODES_FIRST
const char *sipcodes_test_peer_phrase(int code);
const char *sipcodes_test_peer_phrase(int code) {
#if SIPCODES_TEST_PEER == 1
  return sip_status_phrase(code);
#elif SIPCODES_TEST_PEER == 2
  return osip_message_get_reason(code);
#else
  struct pl digits;
  pl_set_str(&digits, "486");
  return pl_u32(&digits) == (uint32_t)code ? "(libre keeps no phrase table: its caller gives one)" : "";
#endif
}
#else
const char *sipcodes_test_peer_phrase(int code);
int main(void) {
  const char *peer = sipcodes_test_peer_phrase(486);
  printf("sipcodes: %s; the stack: %s; Q.850 %d; %s\n", sipcodes_reason_phrase(486), peer == NULL ? "(none)" : peer,
         sipcodes_to_q850_cause(486, 0), sipcodes_tr_reason_phrase(486));
  return 0;
}
#endif
