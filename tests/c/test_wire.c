/* Status lines (RFC 3261 sections 7.2 and 25.1): the writer, its size, and
   the parser. */
#include <sipcodes/sipcodes.h>

#include <limits.h>
#include <string.h>

#include "c_tests.h"

#define CANARY 'Z'

/* True when buffer[from..size) still holds the canary: nothing was written there. */
static int untouched(const char *buffer, size_t from, size_t size) {
  size_t i;
  for (i = from; i < size; ++i) {
    if (buffer[i] != CANARY) return 0;
  }
  return 1;
}

static void test_write_default_phrase(void **state) {
  char buffer[64];
  size_t length = 99;
  size_t size = 0;
  (void)state;
  memset(buffer, CANARY, sizeof buffer);
  assert_int_equal(sipcodes_write_status_line(buffer, sizeof buffer, 486, NULL, 0, &length), SIPCODES_WRITE_NONE);
  assert_int_equal(length, 23);
  assert_memory_equal(buffer, "SIP/2.0 486 Busy Here\r\n", 23);
  assert_true(untouched(buffer, 23, sizeof buffer)); /* no NUL either */
  assert_int_equal(sipcodes_status_line_size(486, NULL, 0, &size), SIPCODES_WRITE_NONE);
  assert_int_equal(size, 23);
  /* An empty reason is the default phrase too, and so is a NULL one of any length. */
  assert_int_equal(sipcodes_write_status_line(buffer, sizeof buffer, 180, "", 0, &length), SIPCODES_WRITE_NONE);
  assert_memory_equal(buffer, "SIP/2.0 180 Ringing\r\n", 21);
  assert_int_equal(sipcodes_write_status_line(buffer, sizeof buffer, 200, NULL, 7, NULL), SIPCODES_WRITE_NONE);
  assert_memory_equal(buffer, "SIP/2.0 200 OK\r\n", 16);
  /* A valid code that is not in the table has no default phrase. */
  assert_int_equal(sipcodes_write_status_line(buffer, sizeof buffer, 499, NULL, 0, &length), SIPCODES_WRITE_NONE);
  assert_int_equal(length, 14);
  assert_memory_equal(buffer, "SIP/2.0 499 \r\n", 14);
}

static void test_write_own_phrase(void **state) {
  char buffer[64];
  size_t length = 0;
  const char turkish[] = "Me\xC5\x9F" "gul";
  (void)state;
  assert_int_equal(sipcodes_write_status_line(buffer, sizeof buffer, 486, turkish, strlen(turkish), &length),
                   SIPCODES_WRITE_NONE);
  assert_int_equal(length, 12 + strlen(turkish) + 2);
  assert_memory_equal(buffer, "SIP/2.0 486 Me\xC5\x9Fgul\r\n", length);
  assert_int_equal(sipcodes_write_status_line(buffer, sizeof buffer, 603, "50%25 off", 9, &length),
                   SIPCODES_WRITE_NONE);
  assert_memory_equal(buffer, "SIP/2.0 603 50%25 off\r\n", length);
  /* Only `length` bytes of the reason count. */
  assert_int_equal(sipcodes_write_status_line(buffer, sizeof buffer, 486, "Busy\r\nVia: x", 4, &length),
                   SIPCODES_WRITE_NONE);
  assert_memory_equal(buffer, "SIP/2.0 486 Busy\r\n", length);
}

/* Bad input is told before room, and nothing is written on any failure. */
static void test_write_refusals(void **state) {
  char buffer[64];
  size_t length = 99;
  size_t size = 99;
  size_t i;
  const char *const bad_reasons[] = {"a\r\nVia: evil", "50% off", "say \"hi\"", "x\x01", "\xC0\xAF", "\xED\xA0\x80",
                                     "\xC5"};
  const int bad_codes[] = {INT_MIN, -486, 0, 99, 700, 1486, INT_MAX};
  (void)state;
  for (i = 0; i < sizeof bad_reasons / sizeof bad_reasons[0]; ++i) {
    memset(buffer, CANARY, sizeof buffer);
    assert_int_equal(sipcodes_write_status_line(buffer, sizeof buffer, 486, bad_reasons[i], strlen(bad_reasons[i]),
                                                &length),
                     SIPCODES_WRITE_BAD_REASON);
    assert_int_equal(length, 0);
    assert_true(untouched(buffer, 0, sizeof buffer));
    assert_int_equal(sipcodes_write_status_line(buffer, 0, 486, bad_reasons[i], strlen(bad_reasons[i]), &length),
                     SIPCODES_WRITE_BAD_REASON);
    assert_int_equal(sipcodes_status_line_size(486, bad_reasons[i], strlen(bad_reasons[i]), &size),
                     SIPCODES_WRITE_BAD_REASON);
    assert_int_equal(size, 0);
  }
  for (i = 0; i < sizeof bad_codes / sizeof bad_codes[0]; ++i) {
    memset(buffer, CANARY, sizeof buffer);
    assert_int_equal(sipcodes_write_status_line(buffer, sizeof buffer, bad_codes[i], "OK", 2, &length),
                     SIPCODES_WRITE_BAD_CODE);
    assert_int_equal(length, 0);
    assert_true(untouched(buffer, 0, sizeof buffer));
    assert_int_equal(sipcodes_write_status_line(NULL, 0, bad_codes[i], "a\r\n", 3, NULL), SIPCODES_WRITE_BAD_CODE);
  }
  /* One byte short, a zero capacity, a NULL buffer: no room. */
  memset(buffer, CANARY, sizeof buffer);
  assert_int_equal(sipcodes_write_status_line(buffer, 22, 486, NULL, 0, &length), SIPCODES_WRITE_NO_ROOM);
  assert_int_equal(length, 0);
  assert_true(untouched(buffer, 0, sizeof buffer));
  assert_int_equal(sipcodes_write_status_line(buffer, 23, 486, NULL, 0, &length), SIPCODES_WRITE_NONE);
  assert_int_equal(sipcodes_write_status_line(buffer, 0, 486, NULL, 0, &length), SIPCODES_WRITE_NO_ROOM);
  assert_int_equal(sipcodes_write_status_line(NULL, 1000, 486, NULL, 0, &length), SIPCODES_WRITE_NO_ROOM);
  assert_string_equal(sipcodes_write_error_string(SIPCODES_WRITE_NO_ROOM), "no_room");
  assert_string_equal(sipcodes_write_error_string(SIPCODES_WRITE_BAD_REASON), "bad_reason");
}

static void test_reason_phrase_grammar(void **state) {
  (void)state;
  assert_true(sipcodes_is_valid_reason_phrase("", 0));
  assert_true(sipcodes_is_valid_reason_phrase(NULL, 5));
  assert_true(sipcodes_is_valid_reason_phrase("Busy Here", 9));
  assert_true(sipcodes_is_valid_reason_phrase("50%25 off;x=1/2?(ok)!~*'", 24));
  assert_true(sipcodes_is_valid_reason_phrase("\t", 1));
  assert_true(sipcodes_is_valid_reason_phrase("\xF0\x9F\x93\x9E", 4)); /* U+1F4DE */
  assert_true(sipcodes_is_valid_reason_phrase("\xC2\x85", 2));         /* U+0085 NEXT LINE, a C1 control */
  assert_true(sipcodes_is_valid_reason_phrase("\xE2\x80\xA8", 3));     /* U+2028 LINE SEPARATOR */
  assert_false(sipcodes_is_valid_reason_phrase("\x1B[0m", 4));         /* ESC */
  assert_false(sipcodes_is_valid_reason_phrase("\x7F", 1));            /* DEL */
  assert_false(sipcodes_is_valid_reason_phrase("50%2", 4));
  assert_false(sipcodes_is_valid_reason_phrase("50%zz", 5));
  assert_false(sipcodes_is_valid_reason_phrase("<x>", 3));
  assert_false(sipcodes_is_valid_reason_phrase("a\nb", 3));
  assert_false(sipcodes_is_valid_reason_phrase("nul\0", 4));
  assert_false(sipcodes_is_valid_reason_phrase("\xF4\x90\x80\x80", 4)); /* above U+10FFFF */
  assert_false(sipcodes_is_valid_reason_phrase("\xE0\x80\xAF", 3));     /* overlong */
}

static void test_parse(void **state) {
  const char input[] = "SIP/2.0 180 Ringing\r\n";
  struct sipcodes_status_line line;
  (void)state;
  assert_int_equal(sipcodes_parse_status_line(input, strlen(input), &line), SIPCODES_LINE_NONE);
  assert_int_equal(line.code, 180);
  assert_ptr_equal(line.reason, input + 12);
  assert_int_equal(line.reason_length, 7);
  assert_int_equal(line.version_major, 2);
  assert_int_equal(line.version_minor, 0);
  /* Without the CRLF; "SIP" in any case; an empty phrase; UTF-8 and HTAB in it. */
  assert_int_equal(sipcodes_parse_status_line("SIP/2.0 486 Busy Here", 21, &line), SIPCODES_LINE_NONE);
  assert_int_equal(line.reason_length, 9);
  assert_int_equal(sipcodes_parse_status_line("sip/2.0 200 OK", 14, &line), SIPCODES_LINE_NONE);
  assert_int_equal(sipcodes_parse_status_line("SIP/2.0 499 ", 12, &line), SIPCODES_LINE_NONE);
  assert_int_equal(line.code, 499);
  assert_int_equal(line.reason_length, 0);
  assert_int_equal(sipcodes_parse_status_line("SIP/2.0 486 Me\xC5\x9Fgul\tx", 20, &line), SIPCODES_LINE_NONE);
  /* UTF8-NONASCII includes the C1 controls and U+2028: NEL and LINE SEPARATOR pass. */
  assert_int_equal(sipcodes_parse_status_line("SIP/2.0 200 a\xC2\x85" "b", 16, &line), SIPCODES_LINE_NONE);
  assert_int_equal(sipcodes_parse_status_line("SIP/2.0 200 a\xE2\x80\xA8" "b", 17, &line), SIPCODES_LINE_NONE);
  /* Another version is well-formed, with every field filled in. */
  assert_int_equal(sipcodes_parse_status_line("SIP/3.1 200 OK\r\n", 16, &line), SIPCODES_LINE_UNSUPPORTED_VERSION);
  assert_int_equal(line.code, 200);
  assert_int_equal(line.version_major, 3);
  assert_int_equal(line.version_minor, 1);
  assert_int_equal(line.reason_length, 2);
  /* The line may be NULL. */
  assert_int_equal(sipcodes_parse_status_line(input, strlen(input), NULL), SIPCODES_LINE_NONE);
}

static void test_parse_refusals(void **state) {
  struct sipcodes_status_line line;
  (void)state;
  assert_int_equal(sipcodes_parse_status_line("", 0, &line), SIPCODES_LINE_EMPTY);
  assert_int_equal(sipcodes_parse_status_line(NULL, 10, &line), SIPCODES_LINE_EMPTY);
  assert_null(line.reason);
  assert_int_equal(line.code, 0);
  assert_int_equal(sipcodes_parse_status_line("HTTP/1.1 200 OK", 15, &line), SIPCODES_LINE_BAD_PROTOCOL);
  assert_int_equal(sipcodes_parse_status_line("INVITE sip:a@b SIP/2.0", 22, &line), SIPCODES_LINE_BAD_PROTOCOL);
  assert_int_equal(sipcodes_parse_status_line(" SIP/2.0 200 OK", 15, &line), SIPCODES_LINE_BAD_PROTOCOL);
  assert_int_equal(sipcodes_parse_status_line("SIP/2 200 OK", 12, &line), SIPCODES_LINE_BAD_VERSION);
  assert_int_equal(sipcodes_parse_status_line("SIP/2.0x 200 OK", 15, &line), SIPCODES_LINE_BAD_VERSION);
  assert_int_equal(sipcodes_parse_status_line("SIP/256.0 200 OK", 16, &line), SIPCODES_LINE_BAD_VERSION);
  assert_int_equal(sipcodes_parse_status_line("SIP/2.0  200 OK", 15, &line), SIPCODES_LINE_BAD_SEPARATOR);
  assert_int_equal(sipcodes_parse_status_line("SIP/2.0\t200 OK", 14, &line), SIPCODES_LINE_BAD_SEPARATOR);
  assert_int_equal(sipcodes_parse_status_line("SIP/2.0 200", 11, &line), SIPCODES_LINE_BAD_SEPARATOR);
  assert_int_equal(line.code, 200); /* what was read before the error */
  assert_int_equal(sipcodes_parse_status_line("SIP/2.0 2000 OK", 15, &line), SIPCODES_LINE_BAD_CODE);
  assert_int_equal(sipcodes_parse_status_line("SIP/2.0 099 OK", 14, &line), SIPCODES_LINE_BAD_CODE);
  assert_int_equal(sipcodes_parse_status_line("SIP/2.0 700 OK", 14, &line), SIPCODES_LINE_BAD_CODE);
  assert_int_equal(sipcodes_parse_status_line("SIP/2.0 20 OK", 13, &line), SIPCODES_LINE_BAD_CODE);
  assert_int_equal(sipcodes_parse_status_line("SIP/2.0 200 O\x01K", 15, &line), SIPCODES_LINE_BAD_REASON);
  assert_int_equal(sipcodes_parse_status_line("SIP/2.0 200 O\x7FK", 15, &line), SIPCODES_LINE_BAD_REASON);
  assert_int_equal(sipcodes_parse_status_line("SIP/2.0 200 O\0K", 15, &line), SIPCODES_LINE_BAD_REASON);
  assert_int_equal(sipcodes_parse_status_line("SIP/2.0 200 O\xC5K", 15, &line), SIPCODES_LINE_BAD_UTF8);
  assert_int_equal(sipcodes_parse_status_line("SIP/2.0 200 OK\r", 15, &line), SIPCODES_LINE_BAD_LINE_END);
  /* A whole buffer: its first line, ended by CRLF or a bare LF; the rest is not read. */
  assert_int_equal(sipcodes_parse_status_line("SIP/2.0 200 OK\r\nVia: x\r\n\r\n", 26, &line), SIPCODES_LINE_NONE);
  assert_int_equal(line.reason_length, 2);
  assert_int_equal(sipcodes_parse_status_line("SIP/2.0 200 OK\nVia: x", 21, &line), SIPCODES_LINE_NONE);
  assert_int_equal(line.reason_length, 2);
  assert_int_equal(sipcodes_parse_status_line("SIP/2.0 200 O\rK\r\n", 17, &line), SIPCODES_LINE_BAD_LINE_END);
  assert_string_equal(sipcodes_line_error_string(SIPCODES_LINE_BAD_CODE), "bad_code");
  assert_string_equal(sipcodes_line_error_string((enum sipcodes_line_error)1000), "invalid");
}

/* The rest of the buffer: what follows the line's CRLF or bare LF, as the C++
   status_line::rest; at the end of the input when nothing does; NULL when
   the reason was not read. */
static void test_parse_rest(void **state) {
  const char buffer[] = "SIP/2.0 200 OK\r\nVia: x\r\n\r\n";
  const char bare_lf[] = "SIP/2.0 180 Ringing\nTo: y";
  const char no_end[] = "SIP/2.0 486 Busy Here";
  const char other_version[] = "SIP/3.0 200 OK\r\nX";
  struct sipcodes_status_line line;
  (void)state;
  assert_int_equal(sipcodes_parse_status_line(buffer, strlen(buffer), &line), SIPCODES_LINE_NONE);
  assert_ptr_equal(line.rest, buffer + 16);
  assert_int_equal(line.rest_length, 10);
  assert_int_equal(sipcodes_parse_status_line(bare_lf, strlen(bare_lf), &line), SIPCODES_LINE_NONE);
  assert_ptr_equal(line.rest, bare_lf + 20);
  assert_int_equal(line.rest_length, 5);
  assert_int_equal(sipcodes_parse_status_line(no_end, strlen(no_end), &line), SIPCODES_LINE_NONE);
  assert_ptr_equal(line.rest, no_end + strlen(no_end));
  assert_int_equal(line.rest_length, 0);
  assert_int_equal(sipcodes_parse_status_line(buffer, 16, &line), SIPCODES_LINE_NONE);
  assert_ptr_equal(line.rest, buffer + 16);
  assert_int_equal(line.rest_length, 0);
  /* Another version is a whole line too. */
  assert_int_equal(sipcodes_parse_status_line(other_version, strlen(other_version), &line),
                   SIPCODES_LINE_UNSUPPORTED_VERSION);
  assert_ptr_equal(line.rest, other_version + 16);
  assert_int_equal(line.rest_length, 1);
  /* Refused before the line's end: no rest, even after a line that had one. */
  assert_int_equal(sipcodes_parse_status_line("SIP/2.0 200 OK\r", 15, &line), SIPCODES_LINE_BAD_LINE_END);
  assert_null(line.rest);
  assert_int_equal(line.rest_length, 0);
  assert_int_equal(sipcodes_parse_status_line(buffer, strlen(buffer), &line), SIPCODES_LINE_NONE);
  assert_int_equal(sipcodes_parse_status_line("SIP/2.0 99 OK\r\nX", 17, &line), SIPCODES_LINE_BAD_CODE);
  assert_null(line.rest);
  assert_int_equal(line.rest_length, 0);
}

/* What the writer writes, the parser reads back. */
static void test_round_trip(void **state) {
  size_t count = 0;
  size_t i;
  const struct sipcodes_info *rows = sipcodes_all(&count);
  (void)state;
  for (i = 0; i < count; ++i) {
    char buffer[128];
    size_t length = 0;
    struct sipcodes_status_line line;
    assert_int_equal(sipcodes_write_status_line(buffer, sizeof buffer, rows[i].code, NULL, 0, &length),
                     SIPCODES_WRITE_NONE);
    assert_int_equal(sipcodes_parse_status_line(buffer, length, &line), SIPCODES_LINE_NONE);
    assert_int_equal(line.code, rows[i].code);
    assert_int_equal(line.reason_length, strlen(rows[i].reason));
    assert_memory_equal(line.reason, rows[i].reason, line.reason_length);
  }
}

int sipcodes_run_wire_tests(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_write_default_phrase), cmocka_unit_test(test_write_own_phrase),
      cmocka_unit_test(test_write_refusals),       cmocka_unit_test(test_reason_phrase_grammar),
      cmocka_unit_test(test_parse),                cmocka_unit_test(test_parse_refusals),
      cmocka_unit_test(test_parse_rest),           cmocka_unit_test(test_round_trip),
  };
  return cmocka_run_group_tests_name("status lines", tests, NULL, NULL);
}
