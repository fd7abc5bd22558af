/* The C unit tests (cmocka): each file runs one group and returns the
   number of its failed tests. test_main.c holds the C headers' functions
   (SIPCODES_IMPLEMENTATION); the other files include the headers as any
   other unit of a program does. */
#ifndef SIPCODES_TESTS_C_TESTS_H
#define SIPCODES_TESTS_C_TESTS_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>

int sipcodes_run_lookup_tests(void);
int sipcodes_run_wire_tests(void);
int sipcodes_run_addon_tests(void);

/* The data rows of a CSV file under tests/data, one at a time (every data
   row starts with a digit; '#' lines and the header line do not): fills up to `max` fields, splitting at
   commas (no field holds one), and returns how many, or -1 at the end. The
   fields point into `line`. */
int sipcodes_test_csv_row(FILE *file, char *line, size_t size, char **fields, int max);

/* Opens tests/data/NAME, failing the test when it cannot. */
FILE *sipcodes_test_open_data(const char *name);

#endif
