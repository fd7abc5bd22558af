// Reading the hand-written fixtures under tests/data.
#ifndef SIPCODES_TESTS_FIXTURE_HPP
#define SIPCODES_TESTS_FIXTURE_HPP

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fixture {

using row = std::vector<std::string>;

/// The data rows of a CSV file under tests/data: '#' lines and the header
/// line are skipped; fields are split at commas (no field holds one).
inline std::vector<row> read_csv(const std::string& name) {
  std::ifstream in(std::string(SIPCODES_TEST_DATA_DIR) + "/" + name);
  REQUIRE_MESSAGE(in.good(), "cannot open tests/data/" << name);
  std::vector<row> rows;
  std::string line;
  bool header_seen = false;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (!header_seen) {
      header_seen = true;
      continue;
    }
    std::istringstream fields(line);
    row r;
    for (std::string field; std::getline(fields, field, ',');) r.push_back(field);
    rows.push_back(r);
  }
  REQUIRE_MESSAGE(!rows.empty(), "tests/data/" << name << " has no rows");
  return rows;
}

}  // namespace fixture

#endif
