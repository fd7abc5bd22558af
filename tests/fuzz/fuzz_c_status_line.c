/* libFuzzer target, in C: the C header's status-line parser and writer on
   arbitrary bytes, each checked for its own promises and against the C++
   header (fuzz_c_status_line_cpp.cpp) byte for byte.
   The whole input is parsed as a status line. When it has 4 bytes or more it
   is also written as fuzz_write_status_line reads it: bytes 0-1 the code (a
   signed 16-bit number), byte 2 the capacity, byte 3's low bit a NULL
   buffer, the rest the reason. */
#define SIPCODES_IMPLEMENTATION
#include <sipcodes/sipcodes.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_c_status_line.h"

#define CHECK(condition)                                                                 \
  do {                                                                                   \
    if (!(condition)) {                                                                  \
      fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
      abort();                                                                           \
    }                                                                                    \
  } while (0)

static int has_line_break_or_nul(const char *text, size_t length) {
  size_t i;
  for (i = 0; i < length; ++i) {
    if (text[i] == '\r' || text[i] == '\n' || text[i] == '\0') return 1;
  }
  return 0;
}

static void check_parse(const char *input, size_t size) {
  struct sipcodes_status_line line;
  struct sipcodes_fuzz_cpp_line cpp;
  size_t gap;
  const enum sipcodes_line_error error = sipcodes_parse_status_line(input, size, &line);
  sipcodes_fuzz_cpp_parse(input, size, &cpp);
  CHECK((int)error == cpp.error);
  CHECK(line.code == cpp.code && line.version_major == cpp.version_major && line.version_minor == cpp.version_minor);
  CHECK(line.reason_length == cpp.reason_length);
  CHECK(line.reason == cpp.reason);
  CHECK(line.rest_length == cpp.rest_length && line.rest == cpp.rest);
  if (error != SIPCODES_LINE_NONE && error != SIPCODES_LINE_UNSUPPORTED_VERSION) return;
  /* An accepted line: a code of 100..699, a reason inside the input without
     CR, LF or NUL, then the line end, and the rest of the input after it. */
  CHECK(sipcodes_is_valid(line.code));
  CHECK(line.reason >= input && line.reason + line.reason_length <= input + size);
  CHECK(!has_line_break_or_nul(line.reason, line.reason_length));
  CHECK(line.rest != NULL && line.rest >= line.reason + line.reason_length && line.rest + line.rest_length == input + size);
  gap = (size_t)(line.rest - (line.reason + line.reason_length));
  CHECK((gap == 0 && line.rest_length == 0) || (gap == 1 && line.rest[-1] == '\n') ||
        (gap == 2 && line.rest[-2] == '\r' && line.rest[-1] == '\n'));
}

static void check_write(const uint8_t *data, size_t size) {
  char buffer[512];
  char cpp_buffer[512];
  int16_t raw_code;
  int code;
  size_t capacity = data[2];
  const int null_buffer = (data[3] & 1) != 0;
  const char *reason = (const char *)data + 4;
  const size_t reason_length = size - 4;
  size_t length = 99;
  size_t needed = 99;
  size_t cpp_length = 99;
  size_t i;
  enum sipcodes_write_error error;
  enum sipcodes_write_error size_error;
  struct sipcodes_status_line line;

  memcpy(&raw_code, data, sizeof raw_code);
  code = raw_code;
  memset(buffer, 'Z', sizeof buffer);
  memset(cpp_buffer, 'Z', sizeof cpp_buffer);
  error = sipcodes_write_status_line(null_buffer ? NULL : buffer, capacity, code, reason, reason_length, &length);
  size_error = sipcodes_status_line_size(code, reason, reason_length, &needed);

  /* The C++ writer writes the same bytes, or refuses for the same reason. */
  CHECK((int)error == sipcodes_fuzz_cpp_write(null_buffer ? NULL : cpp_buffer, capacity, code, reason, reason_length,
                                              &cpp_length));
  CHECK(length == cpp_length);
  CHECK(memcmp(buffer, cpp_buffer, sizeof buffer) == 0);

  /* Bad input first, then room; nothing written on failure. */
  if (size_error != SIPCODES_WRITE_NONE) {
    CHECK(error == size_error && needed == 0);
  } else if (null_buffer || needed > capacity) {
    CHECK(error == SIPCODES_WRITE_NO_ROOM);
  } else {
    CHECK(error == SIPCODES_WRITE_NONE && length == needed);
  }
  if (error != SIPCODES_WRITE_NONE) CHECK(length == 0);
  for (i = length; i < sizeof buffer; ++i) CHECK(buffer[i] == 'Z');
  if (error != SIPCODES_WRITE_NONE) return;

  /* One CRLF, at the end, and the line reads back. */
  CHECK(length >= 14 && buffer[length - 2] == '\r' && buffer[length - 1] == '\n');
  CHECK(!has_line_break_or_nul(buffer, length - 2));
  CHECK(sipcodes_parse_status_line(buffer, length, &line) == SIPCODES_LINE_NONE);
  CHECK(line.code == code);
  if (reason_length != 0) {
    CHECK(line.reason_length == reason_length && memcmp(line.reason, reason, reason_length) == 0);
  } else {
    CHECK(line.reason_length == strlen(sipcodes_reason_phrase(code)));
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  check_parse((const char *)data, size);
  if (size >= 4) check_write(data, size);
  return 0;
}
