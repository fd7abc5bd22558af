/* The C++ header's answers for fuzz_c_status_line.c, from
   fuzz_c_status_line_cpp.cpp. */
#ifndef SIPCODES_FUZZ_C_STATUS_LINE_H
#define SIPCODES_FUZZ_C_STATUS_LINE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct sipcodes_fuzz_cpp_line {
  int error;
  int code;
  const char *reason; /* NULL when not read */
  size_t reason_length;
  int version_major;
  int version_minor;
  const char *rest; /* NULL when the line's end was not reached */
  size_t rest_length;
};

/* parse_status_line(input[0..size)). */
void sipcodes_fuzz_cpp_parse(const char *input, size_t size, struct sipcodes_fuzz_cpp_line *line);

/* write_status_line into [buffer, buffer + capacity), a null range when
   buffer is NULL; returns the error and sets *length to what was written. */
int sipcodes_fuzz_cpp_write(char *buffer, size_t capacity, int code, const char *reason, size_t reason_length,
                            size_t *length);

#ifdef __cplusplus
}
#endif

#endif
