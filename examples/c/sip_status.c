/* sipcodes from C: four things a SIP stack does every day.
 *
 *   cc -std=c99 -I include examples/c/sip_status.c -o sip_status && ./sip_status
 *
 * The header is self-contained: copy include/sipcodes/sipcodes.h (and, for
 * steps 2 and 4, q850.h and lang/tr.h beside it) into your tree. One .c file
 * of the program defines SIPCODES_IMPLEMENTATION before including it; the
 * others include it as it is.
 */
#define SIPCODES_IMPLEMENTATION
#include <sipcodes/lang/tr.h>
#include <sipcodes/q850.h>
#include <sipcodes/sipcodes.h>

#include <stdio.h>
#include <string.h>

int main(void) {
  char line[64];
  size_t length = 0;
  const char *received = "SIP/2.0 499 Go Away\r\n";
  struct sipcodes_status_line status;
  const char *turkish = sipcodes_tr_reason_phrase(SIPCODES_STATUS_BUSY_HERE);
  int code;

  /* 1. Answer a request: "SIP/2.0 486 Busy Here\r\n", the table's phrase. The
     writer writes no NUL and nothing at all when the line does not fit. */
  if (sipcodes_write_status_line(line, sizeof line, SIPCODES_STATUS_BUSY_HERE, NULL, 0, &length) !=
      SIPCODES_WRITE_NONE) {
    return 1;
  }
  printf("answer:    %.*s\n", (int)(length - 2), line); /* printed without its CRLF */

  /* 2. A gateway: the ISUP side released the call with Q.850 cause 17, user
     busy; RFC 3398 section 7.2.4.1 answers the SIP side with 486. And a 404
     from the SIP side goes to ISUP as cause 1 (section 8.2.6.1). */
  code = sipcodes_from_q850_cause(17, SIPCODES_CAUSE_LOCATION_NETWORK, SIPCODES_CAUSE_DIAGNOSTIC_ABSENT);
  printf("cause 17:  %d %s\n", code, sipcodes_reason_phrase(code));
  code = sipcodes_to_q850_cause(404, 0);
  printf("404:       cause %d, %s\n", code, sipcodes_q850_cause_name(code));

  /* 3. Parse a received status line. 499 is not in the table: a UAC treats
     it as the x00 of its class (RFC 3261 section 8.1.3.2). */
  if (sipcodes_parse_status_line(received, strlen(received), &status) != SIPCODES_LINE_NONE) return 1;
  code = sipcodes_fallback(status.code);
  printf("received:  %d \"%.*s\", class %s, treated as %d %s\n", status.code, (int)status.reason_length, status.reason,
         sipcodes_class_string(sipcodes_class_of(status.code)), code, sipcodes_reason_phrase(code));

  /* 4. The same answer in Turkish: UTF-8, and a valid Reason-Phrase. */
  if (sipcodes_write_status_line(line, sizeof line, SIPCODES_STATUS_BUSY_HERE, turkish, strlen(turkish), &length) !=
      SIPCODES_WRITE_NONE) {
    return 1;
  }
  printf("Turkish:   %.*s\n", (int)(length - 2), line);
  return 0;
}
