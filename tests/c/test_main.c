/* The C unit tests' runner, and the one unit that holds the C headers'
   functions and data. */
#define SIPCODES_IMPLEMENTATION
#include <sipcodes/lang/tr.h>
#include <sipcodes/q850.h>
#include <sipcodes/sipcodes.h>

#include <string.h>

#include "c_tests.h"

FILE *sipcodes_test_open_data(const char *name) {
  char path[1024];
  FILE *file;
  const int n = snprintf(path, sizeof path, "%s/%s", SIPCODES_TEST_DATA_DIR, name);
  assert_true(n > 0 && (size_t)n < sizeof path);
  file = fopen(path, "r");
  if (file == NULL) fail_msg("cannot open %s", path);
  return file;
}

int sipcodes_test_csv_row(FILE *file, char *line, size_t size, char **fields, int max) {
  while (fgets(line, (int)size, file) != NULL) {
    size_t length = strlen(line);
    int count = 0;
    char *at = line;
    while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r')) line[--length] = '\0';
    if (line[0] < '0' || line[0] > '9') continue; /* '#' lines, the header, blank lines */
    while (count < max) {
      char *comma = strchr(at, ',');
      fields[count++] = at;
      if (comma == NULL) break;
      *comma = '\0';
      at = comma + 1;
    }
    return count;
  }
  return -1;
}

int main(void) {
  int failed = 0;
  failed += sipcodes_run_lookup_tests();
  failed += sipcodes_run_wire_tests();
  failed += sipcodes_run_addon_tests();
  return failed == 0 ? 0 : 1;
}
