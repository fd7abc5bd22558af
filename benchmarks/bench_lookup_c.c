/* The loops of bench_lookup_c.h, in a unit that includes the C header as
   any unit of a C program does; bench_lookup_c_implementation.c holds the
   header's data and functions. */
#include <sipcodes/sipcodes.h>

#include "bench_lookup_c.h"

uintptr_t sipcodes_bench_c_reason_phrase(const int *codes, size_t count) {
  uintptr_t sum = 0;
  size_t i;
  for (i = 0; i < count; ++i) sum += (uintptr_t)sipcodes_reason_phrase(codes[i]);
  return sum;
}

uintptr_t sipcodes_bench_c_from_reason(const char *const *texts, const size_t *lengths, size_t count) {
  uintptr_t sum = 0;
  size_t i;
  for (i = 0; i < count; ++i) sum += (uintptr_t)sipcodes_from_reason(texts[i], lengths[i]);
  return sum;
}
