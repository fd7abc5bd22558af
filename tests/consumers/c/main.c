/* A C consumer: one unit uses the C header, another (implementation.c)
   holds its functions. Prints "603 Decline". */
#include <sipcodes/sipcodes.h>

#include <stdio.h>

int main(void) {
  const int code = sipcodes_from_reason("decline", 7);
  if (!sipcodes_is_known(code) || sipcodes_class_of(code) != SIPCODES_CLASS_GLOBAL_FAILURE) return 1;
  printf("%d %s\n", code, sipcodes_reason_phrase(code));
  return 0;
}
