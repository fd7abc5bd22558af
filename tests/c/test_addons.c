/* The add-ons: RFC 3398's mappings (<sipcodes/q850.h>) against the tables
   typed by hand from the RFC in tests/data, and the Turkish texts
   (<sipcodes/lang/tr.h>). */
#include <sipcodes/lang/tr.h>
#include <sipcodes/q850.h>

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "c_tests.h"

/* RFC 3398 section 8.2.6.1, row by row; 488 and 606 without a Warning. */
static void test_sip_to_q850(void **state) {
  FILE *file = sipcodes_test_open_data("rfc3398-sip-to-q850.csv");
  char line[256];
  char *fields[2];
  int rows = 0;
  (void)state;
  while (sipcodes_test_csv_row(file, line, sizeof line, fields, 2) == 2) {
    assert_int_equal(sipcodes_to_q850_cause(atoi(fields[0]), 0), atoi(fields[1]));
    ++rows;
  }
  fclose(file);
  assert_int_equal(rows, SIPCODES_SIP_TO_Q850_COUNT);
  /* "by Warning header": 65 for a warn-code that speaks of bearer capability. */
  assert_int_equal(sipcodes_to_q850_cause(488, 304), 65);
  assert_int_equal(sipcodes_to_q850_cause(606, 305), 65);
  assert_int_equal(sipcodes_to_q850_cause(488, 370), 31);
  assert_int_equal(sipcodes_to_q850_cause(486, 304), 17);
  /* The RFC's default for what it does not list; nothing below 400. */
  assert_int_equal(sipcodes_to_q850_cause(499, 0), 31);
  assert_int_equal(sipcodes_to_q850_cause(699, 0), 31);
  assert_int_equal(sipcodes_to_q850_cause(487, 0), 0);
  assert_int_equal(sipcodes_to_q850_cause(399, 0), 0);
  assert_int_equal(sipcodes_to_q850_cause(700, 0), 0);
  assert_int_equal(sipcodes_to_q850_cause(INT_MIN, INT_MIN), 0);
  assert_true(sipcodes_speaks_of_bearer_capability(304) && sipcodes_speaks_of_bearer_capability(305));
  assert_false(sipcodes_speaks_of_bearer_capability(0) || sipcodes_speaks_of_bearer_capability(306));
}

/* RFC 3398 section 7.2.4.1, row by row, and its variants. */
static void test_q850_to_sip(void **state) {
  FILE *file = sipcodes_test_open_data("rfc3398-q850-to-sip.csv");
  char line[256];
  char *fields[2];
  int rows = 0;
  (void)state;
  while (sipcodes_test_csv_row(file, line, sizeof line, fields, 2) == 2) {
    assert_int_equal(sipcodes_from_q850_cause(atoi(fields[0]), SIPCODES_CAUSE_LOCATION_NETWORK,
                                              SIPCODES_CAUSE_DIAGNOSTIC_ABSENT),
                     atoi(fields[1]));
    ++rows;
  }
  fclose(file);
  assert_int_equal(rows, SIPCODES_Q850_TO_SIP_COUNT);
  assert_int_equal(sipcodes_from_q850_cause(21, SIPCODES_CAUSE_LOCATION_USER, SIPCODES_CAUSE_DIAGNOSTIC_ABSENT), 603);
  assert_int_equal(sipcodes_from_q850_cause(22, SIPCODES_CAUSE_LOCATION_NETWORK, SIPCODES_CAUSE_DIAGNOSTIC_PRESENT),
                   301);
  /* 16 ends a call with BYE or CANCEL and 44 is untranslatable: no response. */
  assert_int_equal(sipcodes_from_q850_cause(16, SIPCODES_CAUSE_LOCATION_USER, SIPCODES_CAUSE_DIAGNOSTIC_PRESENT), 0);
  assert_int_equal(sipcodes_from_q850_cause(44, SIPCODES_CAUSE_LOCATION_NETWORK, SIPCODES_CAUSE_DIAGNOSTIC_ABSENT),
                   0);
  /* Any other cause: 500; no cause: nothing. */
  assert_int_equal(sipcodes_from_q850_cause(99, SIPCODES_CAUSE_LOCATION_NETWORK, SIPCODES_CAUSE_DIAGNOSTIC_ABSENT),
                   500);
  assert_int_equal(sipcodes_from_q850_cause(0, SIPCODES_CAUSE_LOCATION_NETWORK, SIPCODES_CAUSE_DIAGNOSTIC_ABSENT), 0);
  assert_int_equal(sipcodes_from_q850_cause(128, SIPCODES_CAUSE_LOCATION_NETWORK, SIPCODES_CAUSE_DIAGNOSTIC_ABSENT),
                   0);
  assert_int_equal(sipcodes_from_q850_cause(INT_MIN, SIPCODES_CAUSE_LOCATION_USER, SIPCODES_CAUSE_DIAGNOSTIC_ABSENT),
                   0);
  assert_string_equal(sipcodes_q850_cause_name(17), "User busy");
  assert_string_equal(sipcodes_q850_cause_name(4), "");
}

static void test_q850_tables(void **state) {
  size_t count = 0;
  size_t i;
  const struct sipcodes_sip_to_q850_row *to_q850 = sipcodes_sip_to_q850_mappings(&count);
  const struct sipcodes_q850_cause *causes;
  (void)state;
  assert_int_equal(count, SIPCODES_SIP_TO_Q850_COUNT);
  for (i = 0; i < count; ++i) assert_string_equal(to_q850[i].source, "RFC 3398 section 8.2.6.1");
  causes = sipcodes_q850_causes(&count);
  assert_int_equal(count, SIPCODES_Q850_CAUSE_COUNT);
  for (i = 1; i < count; ++i) assert_true(causes[i - 1].value < causes[i].value);
  assert_int_equal(sipcodes_q850_to_sip_mappings(NULL)[0].cause, 1);
}

static void test_turkish(void **state) {
  size_t count = 0;
  size_t i;
  const struct sipcodes_info *rows = sipcodes_all(&count);
  (void)state;
  assert_string_equal(SIPCODES_TR_TAG, "tr");
  assert_string_equal(SIPCODES_TR_NAME, "T\xC3\xBCrk\xC3\xA7" "e");
  assert_string_equal(sipcodes_tr_reason_phrase(486), "Me\xC5\x9F" "gul");
  assert_string_equal(sipcodes_tr_reason_phrase(100), "Deneniyor");
  assert_string_equal(sipcodes_tr_warning_text(370), "Yetersiz bant geni\xC5\x9F" "li\xC4\x9F" "i");
  /* Every code has a phrase that can go on the wire, and a description. */
  for (i = 0; i < count; ++i) {
    const char *phrase = sipcodes_tr_reason_phrase(rows[i].code);
    assert_true(strlen(phrase) > 0);
    assert_true(sipcodes_is_valid_reason_phrase(phrase, strlen(phrase)));
    assert_true(strlen(sipcodes_tr_description(rows[i].code)) > 20);
    assert_true(strcmp(sipcodes_tr_description(rows[i].code), rows[i].description) != 0);
  }
  sipcodes_warn_codes(&count);
  for (i = 0; i < count; ++i) {
    const int code = sipcodes_warn_codes(NULL)[i].code;
    assert_true(strlen(sipcodes_tr_warning_text(code)) > 0);
    assert_true(strlen(sipcodes_tr_warning_description(code)) > 0);
  }
  assert_string_equal(sipcodes_tr_reason_phrase(499), "");
  assert_string_equal(sipcodes_tr_description(INT_MAX), "");
  assert_string_equal(sipcodes_tr_warning_text(214), "");
  assert_string_equal(sipcodes_tr_warning_description(-1), "");
}

int sipcodes_run_addon_tests(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sip_to_q850),
      cmocka_unit_test(test_q850_to_sip),
      cmocka_unit_test(test_q850_tables),
      cmocka_unit_test(test_turkish),
  };
  return cmocka_run_group_tests_name("q850 and tr", tests, NULL, NULL);
}
