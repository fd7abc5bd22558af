/* The table and its lookups, against the IANA registry as typed by hand in
   tests/data/iana-response-codes.csv and against the RFCs. */
#include <sipcodes/sipcodes.h>

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "c_tests.h"

static int ends_with(const char *text, const char *suffix) {
  const size_t n = strlen(text);
  const size_t m = strlen(suffix);
  return n >= m && strcmp(text + n - m, suffix) == 0;
}

/* Every row of the fixture: in the table, in its order, with the registry's
   phrase, reference and status. */
static void test_every_registry_row(void **state) {
  FILE *file = sipcodes_test_open_data("iana-response-codes.csv");
  char line[512];
  char *fields[4];
  size_t count = 0;
  size_t rows = 0;
  const struct sipcodes_info *table = sipcodes_all(&count);
  (void)state;
  while (sipcodes_test_csv_row(file, line, sizeof line, fields, 4) == 4) {
    const int code = atoi(fields[0]);
    const struct sipcodes_info *row = sipcodes_find(code);
    char phrase[128];
    char reference[32];
    enum sipcodes_lifecycle expected = SIPCODES_LIFECYCLE_CURRENT;
    assert_non_null(row);
    assert_true(rows < count);
    assert_ptr_equal(row, &table[rows]);
    ++rows;
    /* The registry marks 202 "(Deprecated)": that is its lifecycle, not its phrase. */
    strcpy(phrase, fields[1]);
    if (ends_with(phrase, " (Deprecated)")) {
      phrase[strlen(phrase) - strlen(" (Deprecated)")] = '\0';
      expected = SIPCODES_LIFECYCLE_DEPRECATED;
    }
    if (strcmp(fields[3], "rfc2543") == 0) expected = SIPCODES_LIFECYCLE_HISTORIC;
    if (code == 402) expected = SIPCODES_LIFECYCLE_RESERVED; /* RFC 3261 section 21.4.3 */
    assert_int_equal(row->code, code);
    assert_string_equal(row->reason, phrase);
    assert_string_equal(sipcodes_reason_phrase(code), phrase);
    snprintf(reference, sizeof reference, "[RFC%d]", row->rfc);
    assert_string_equal(reference, fields[2]);
    assert_int_equal(row->lifecycle, expected);
    assert_int_equal(row->cls, code / 100);
    assert_true(sipcodes_is_known(code));
    assert_true(strlen(row->description) > 40);
    assert_true(strlen(row->section) > 0);
    assert_int_equal(sipcodes_from_name(row->name, strlen(row->name)), code);
  }
  fclose(file);
  assert_int_equal(rows, 78);
  assert_int_equal(count, rows);
  assert_int_equal(SIPCODES_ROW_COUNT, rows);
}

static void test_codes_not_in_the_table(void **state) {
  const int codes[] = {INT_MIN, -486, -1, 0, 99, 101, 499, 609, 699, 700, 1000, 65536 + 486, INT_MAX};
  size_t i;
  (void)state;
  for (i = 0; i < sizeof codes / sizeof codes[0]; ++i) {
    assert_null(sipcodes_find(codes[i]));
    assert_false(sipcodes_is_known(codes[i]));
    assert_string_equal(sipcodes_reason_phrase(codes[i]), "");
    assert_string_equal(sipcodes_description(codes[i]), "");
  }
}

static void test_classes(void **state) {
  (void)state;
  assert_int_equal(sipcodes_class_of(99), SIPCODES_CLASS_INVALID);
  assert_int_equal(sipcodes_class_of(100), SIPCODES_CLASS_PROVISIONAL);
  assert_int_equal(sipcodes_class_of(199), SIPCODES_CLASS_PROVISIONAL);
  assert_int_equal(sipcodes_class_of(200), SIPCODES_CLASS_SUCCESS);
  assert_int_equal(sipcodes_class_of(399), SIPCODES_CLASS_REDIRECTION);
  assert_int_equal(sipcodes_class_of(499), SIPCODES_CLASS_CLIENT_ERROR);
  assert_int_equal(sipcodes_class_of(555), SIPCODES_CLASS_SERVER_ERROR);
  assert_int_equal(sipcodes_class_of(699), SIPCODES_CLASS_GLOBAL_FAILURE);
  assert_int_equal(sipcodes_class_of(700), SIPCODES_CLASS_INVALID);
  assert_int_equal(sipcodes_class_of(INT_MIN), SIPCODES_CLASS_INVALID);
  assert_true(sipcodes_is_valid(100) && sipcodes_is_valid(699));
  assert_false(sipcodes_is_valid(99) || sipcodes_is_valid(700) || sipcodes_is_valid(INT_MAX));
  assert_true(sipcodes_is_provisional(183) && sipcodes_is_success(204) && sipcodes_is_redirection(302));
  assert_true(sipcodes_is_client_error(486) && sipcodes_is_server_error(503) && sipcodes_is_global_failure(603));
  assert_false(sipcodes_is_final(180) || sipcodes_is_final(99) || sipcodes_is_final(700));
  assert_true(sipcodes_is_final(200) && sipcodes_is_final(699));
  assert_string_equal(sipcodes_class_string(SIPCODES_CLASS_CLIENT_ERROR), "client_error");
  assert_string_equal(sipcodes_class_string((enum sipcodes_class)99), "invalid");
  assert_string_equal(sipcodes_class_string((enum sipcodes_class)-1), "invalid");
  assert_string_equal(sipcodes_lifecycle_string(SIPCODES_LIFECYCLE_HISTORIC), "historic");
}

/* A name for every value of each enum, and "invalid" for any other int an
   enum object can hold: past the last value, negative, the extremes. */
static void test_enum_names(void **state) {
  const int others[] = {-1, 10, 255, 256, 1000, INT_MAX, INT_MIN};
  size_t i;
  (void)state;
  assert_string_equal(sipcodes_class_string(SIPCODES_CLASS_INVALID), "invalid");
  assert_string_equal(sipcodes_class_string(SIPCODES_CLASS_GLOBAL_FAILURE), "global_failure");
  assert_string_equal(sipcodes_lifecycle_string(SIPCODES_LIFECYCLE_CURRENT), "current");
  assert_string_equal(sipcodes_write_error_string(SIPCODES_WRITE_NONE), "none");
  assert_string_equal(sipcodes_line_error_string(SIPCODES_LINE_UNSUPPORTED_VERSION), "unsupported_version");
  assert_string_equal(sipcodes_class_string((enum sipcodes_class)7), "invalid");
  assert_string_equal(sipcodes_lifecycle_string((enum sipcodes_lifecycle)4), "invalid");
  assert_string_equal(sipcodes_write_error_string((enum sipcodes_write_error)4), "invalid");
  assert_string_equal(sipcodes_line_error_string((enum sipcodes_line_error)10), "invalid");
  for (i = 0; i < sizeof others / sizeof others[0]; ++i) {
    assert_string_equal(sipcodes_class_string((enum sipcodes_class)others[i]), "invalid");
    assert_string_equal(sipcodes_lifecycle_string((enum sipcodes_lifecycle)others[i]), "invalid");
    assert_string_equal(sipcodes_write_error_string((enum sipcodes_write_error)others[i]), "invalid");
    assert_string_equal(sipcodes_line_error_string((enum sipcodes_line_error)others[i]), "invalid");
  }
}

/* RFC 3261 section 8.1.3.2: an unknown final code xyz is treated as x00, an
   unknown provisional code as 183; a known current code is itself. */
static void test_fallback(void **state) {
  (void)state;
  assert_int_equal(sipcodes_fallback(486), 486);
  assert_int_equal(sipcodes_fallback(499), 400);
  assert_int_equal(sipcodes_fallback(699), 600);
  assert_int_equal(sipcodes_fallback(250), 200);
  assert_int_equal(sipcodes_fallback(150), 183);
  assert_int_equal(sipcodes_fallback(99), 0);
  assert_int_equal(sipcodes_fallback(700), 0);
  assert_int_equal(sipcodes_fallback(INT_MIN), 0);
}

static void test_from_reason(void **state) {
  (void)state;
  assert_int_equal(sipcodes_from_reason("Busy Here", 9), 486);
  assert_int_equal(sipcodes_from_reason(" \tbusy HERE \t", 13), 486);
  /* Former phrases (RFC 2543 section 5.1.1; RFC 3261 section 25.1's grammar). */
  assert_int_equal(sipcodes_from_reason("Internal Server Error", 21), 500);
  assert_int_equal(sipcodes_from_reason("call leg/transaction does not exist", 35), 481);
  /* 406 and 606 share "Not Acceptable": the 4xx is the one a phrase names. */
  assert_int_equal(sipcodes_from_reason("Not Acceptable", 14), 406);
  /* The length is what counts, not a NUL. */
  assert_int_equal(sipcodes_from_reason("Busy Here, really", 9), 486);
  assert_int_equal(sipcodes_from_reason("Busy  Here", 10), 0);
  assert_int_equal(sipcodes_from_reason("Busy", 4), 0);
  assert_int_equal(sipcodes_from_reason("", 0), 0);
  assert_int_equal(sipcodes_from_reason("   ", 3), 0);
  assert_int_equal(sipcodes_from_reason(NULL, 9), 0);
  assert_int_equal(sipcodes_from_reason("OK\0", 3), 0);
  assert_int_equal(sipcodes_from_reason("ok", 2), 200);
}

static void test_from_name(void **state) {
  (void)state;
  assert_int_equal(sipcodes_from_name("busy_here", 9), 486);
  assert_int_equal(sipcodes_from_name("not_acceptable_anywhere", 23), 606);
  assert_int_equal(sipcodes_from_name("BUSY_HERE", 9), 0);
  assert_int_equal(sipcodes_from_name("busy_here", 4), 0);
  assert_int_equal(sipcodes_from_name("busy_heres", 10), 0);
  assert_int_equal(sipcodes_from_name("busy_here\0", 10), 0);
  assert_int_equal(sipcodes_from_name(NULL, 9), 0);
  assert_int_equal(sipcodes_from_name("", 0), 0);
}

static void test_rows(void **state) {
  const struct sipcodes_info *busy = sipcodes_find(SIPCODES_STATUS_BUSY_HERE);
  const struct sipcodes_info *call_leg = sipcodes_find(481);
  size_t i;
  int found = 0;
  (void)state;
  assert_non_null(busy);
  assert_string_equal(busy->name, "busy_here");
  assert_int_equal(busy->rfc, 3261);
  assert_string_equal(busy->section, "21.4.24");
  assert_int_equal(busy->alias_count, 0);
  assert_null(busy->aliases);
  assert_non_null(call_leg);
  assert_true(call_leg->alias_count >= 1);
  for (i = 0; i < call_leg->alias_count; ++i) {
    assert_int_equal(call_leg->aliases[i].code, 481);
    found = found || strcmp(call_leg->aliases[i].phrase, "Call Leg/Transaction Does Not Exist") == 0;
  }
  assert_true(found);
  assert_int_equal(SIPCODES_STATUS_NOT_ACCEPTABLE_ANYWHERE, 606);
  assert_int_equal(SIPCODES_STATUS_TRYING, 100);
  assert_int_equal(sipcodes_find(202)->lifecycle, SIPCODES_LIFECYCLE_DEPRECATED);
}

/* The warn-code registry, as typed by hand in tests/data/warn-codes.csv. */
static void test_warn_codes(void **state) {
  FILE *file = sipcodes_test_open_data("warn-codes.csv");
  char line[512];
  char *fields[3];
  size_t rows = 0;
  size_t count = 0;
  const struct sipcodes_warn_code_info *all = sipcodes_warn_codes(&count);
  (void)state;
  while (sipcodes_test_csv_row(file, line, sizeof line, fields, 3) == 3) {
    const int code = atoi(fields[0]);
    const struct sipcodes_warn_code_info *row = sipcodes_find_warn_code(code);
    char reference[32];
    assert_non_null(row);
    assert_ptr_equal(row, &all[rows]);
    ++rows;
    assert_string_equal(row->text, fields[1]);
    assert_string_equal(sipcodes_warning_text(code), fields[1]);
    snprintf(reference, sizeof reference, "[RFC%d]", row->rfc);
    assert_string_equal(reference, fields[2]);
    assert_true(strlen(sipcodes_warning_description(code)) > 20);
  }
  fclose(file);
  assert_int_equal(rows, count);
  assert_null(sipcodes_find_warn_code(214));
  assert_string_equal(sipcodes_warning_text(0), "");
  assert_string_equal(sipcodes_warning_description(-1), "");
}

static void test_version(void **state) {
  (void)state;
  assert_true(SIPCODES_VERSION_MAJOR >= 2);
  assert_true(SIPCODES_VERSION_MINOR >= 0 && SIPCODES_VERSION_PATCH >= 0);
}

int sipcodes_run_lookup_tests(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_every_registry_row), cmocka_unit_test(test_codes_not_in_the_table),
      cmocka_unit_test(test_classes),            cmocka_unit_test(test_fallback),
      cmocka_unit_test(test_from_reason),        cmocka_unit_test(test_from_name),
      cmocka_unit_test(test_rows),               cmocka_unit_test(test_warn_codes),
      cmocka_unit_test(test_version),            cmocka_unit_test(test_enum_names),
  };
  return cmocka_run_group_tests_name("lookups", tests, NULL, NULL);
}
