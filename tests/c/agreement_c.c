/* The C half of the agreement test: the one unit that holds the C
   headers' functions and data, compiled as C. */
#define SIPCODES_IMPLEMENTATION
#include <sipcodes/lang/tr.h>
#include <sipcodes/q850.h>
#include <sipcodes/sipcodes.h>

#include "agreement.h"

void sipcodes_test_inline_answers(int code, struct sipcodes_test_inline *out) {
  out->valid = sipcodes_is_valid(code);
  out->known = sipcodes_is_known(code);
  out->cls = (int)sipcodes_class_of(code);
  out->provisional = sipcodes_is_provisional(code);
  out->success = sipcodes_is_success(code);
  out->redirection = sipcodes_is_redirection(code);
  out->client_error = sipcodes_is_client_error(code);
  out->server_error = sipcodes_is_server_error(code);
  out->global_failure = sipcodes_is_global_failure(code);
  out->final = sipcodes_is_final(code);
  out->fallback = sipcodes_fallback(code);
  out->reason = sipcodes_reason_phrase(code);
}
