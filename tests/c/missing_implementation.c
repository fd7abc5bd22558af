/* A program in which no unit defines SIPCODES_IMPLEMENTATION: it compiles,
   and must fail to link with undefined names that say what to do
   (check_missing_implementation.cmake). */
#include <sipcodes/lang/tr.h>
#include <sipcodes/q850.h>
#include <sipcodes/sipcodes.h>

#include <stdio.h>

int main(void) {
  const struct sipcodes_info *row = sipcodes_find(486);
  printf("%s %s %d %s\n", sipcodes_reason_phrase(486), row == NULL ? "" : row->reason, sipcodes_to_q850_cause(486, 0),
         sipcodes_tr_reason_phrase(486));
  return 0;
}
