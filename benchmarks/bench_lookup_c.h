/* The C header's lookups, each over a whole mix of inputs, in loops
   compiled as C (bench_lookup_c.c), for bench_lookup.cpp to time beside the
   C++ ones. */
#ifndef SIPCODES_BENCH_LOOKUP_C_H
#define SIPCODES_BENCH_LOOKUP_C_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* sipcodes_reason_phrase over codes[0..count), each result kept. */
void sipcodes_bench_c_reason_phrase(const int *codes, size_t count);

/* sipcodes_from_reason over the texts, each result kept. */
void sipcodes_bench_c_from_reason(const char *const *texts, const size_t *lengths, size_t count);

#ifdef __cplusplus
}
#endif

#endif
