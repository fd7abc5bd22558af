/* The C side of the agreement test: what the static inline lookups of
   <sipcodes/sipcodes.h> answer when compiled as C. (The extern functions
   the test calls directly: their definitions are compiled as C too, in
   agreement_c.c.) */
#ifndef SIPCODES_TESTS_C_AGREEMENT_H
#define SIPCODES_TESTS_C_AGREEMENT_H

#ifdef __cplusplus
extern "C" {
#endif

struct sipcodes_test_inline {
  int valid;
  int known;
  int cls;
  int provisional;
  int success;
  int redirection;
  int client_error;
  int server_error;
  int global_failure;
  int final;
  int fallback;
  const char *reason;
};

void sipcodes_test_inline_answers(int code, struct sipcodes_test_inline *out);

#ifdef __cplusplus
}
#endif

#endif
