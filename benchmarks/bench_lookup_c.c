/* The loops of bench_lookup_c.h, in a unit that includes the C header as
   any unit of a C program does; bench_lookup_c_implementation.c holds the
   header's data and functions. */
#include <sipcodes/sipcodes.h>

#include "bench_lookup_c.h"

/* Hands a result to the benchmark as it comes, as keep() in
   bench_lookup.cpp does for the C++ loops: an empty statement that must be
   given the value in a register, and after which memory may have changed.
   Adding the results up instead would let the compiler vectorize some loops
   and not others. */
static void keep(uintptr_t value) { __asm__ volatile("" : : "r"(value) : "memory"); }

void sipcodes_bench_c_reason_phrase(const int *codes, size_t count) {
  size_t i;
  for (i = 0; i < count; ++i) keep((uintptr_t)sipcodes_reason_phrase(codes[i]));
}

void sipcodes_bench_c_from_reason(const char *const *texts, const size_t *lengths, size_t count) {
  size_t i;
  for (i = 0; i < count; ++i) keep((uintptr_t)sipcodes_from_reason(texts[i], lengths[i]));
}
