// Every row of the table against tests/data/iana-response-codes.csv, a
// fixture written by hand from the IANA registry and RFC 2543.
#include <sipcodes/sipcodes.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "fixture.hpp"

namespace {

struct fixture_row {
  int code = 0;
  std::string phrase;     // as the registry prints it, "(Deprecated)" included
  std::string reference;  // "[RFC3261]"
  std::string origin;     // "iana" or "rfc2543"
};

std::vector<fixture_row> read_fixture() {
  std::vector<fixture_row> rows;
  for (const auto& fields : fixture::read_csv("iana-response-codes.csv")) {
    REQUIRE(fields.size() == 4);
    rows.push_back({std::stoi(fields[0]), fields[1], fields[2], fields[3]});
  }
  return rows;
}

const std::string deprecated_marker = " (Deprecated)";

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

TEST_CASE("the fixture holds the 75 registry codes and the 3 RFC 2543 codes") {
  const auto rows = read_fixture();
  std::size_t iana = 0, rfc2543 = 0;
  for (const auto& row : rows) (row.origin == "iana" ? iana : rfc2543) += 1;
  CHECK(iana == 75);
  CHECK(rfc2543 == 3);
}

TEST_CASE("the table has exactly the fixture's codes, in ascending order") {
  const auto rows = read_fixture();
  REQUIRE(sipcodes::all().size() == rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    CAPTURE(rows[i].code);
    CHECK(static_cast<int>(sipcodes::all()[i].code) == rows[i].code);
  }
}

TEST_CASE("each row matches the registry's phrase, reference and status") {
  for (const auto& row : read_fixture()) {
    CAPTURE(row.code);
    const sipcodes::status_info* info = sipcodes::find(row.code);
    REQUIRE(info != nullptr);

    // The registry marks 202 "(Deprecated)": that is its lifecycle, not its phrase.
    const bool deprecated = ends_with(row.phrase, deprecated_marker);
    const std::string phrase =
        deprecated ? row.phrase.substr(0, row.phrase.size() - deprecated_marker.size()) : row.phrase;
    CHECK(std::string(info->reason) == phrase);
    CHECK(std::string(sipcodes::reason_phrase(row.code)) == phrase);
    CHECK("[RFC" + std::to_string(info->rfc) + "]" == row.reference);

    sipcodes::lifecycle expected = sipcodes::lifecycle::current;
    if (deprecated) expected = sipcodes::lifecycle::deprecated;
    if (row.origin == "rfc2543") expected = sipcodes::lifecycle::historic;
    if (row.code == 402) expected = sipcodes::lifecycle::reserved;  // RFC 3261 §21.4.3: reserved for future use
    CHECK(info->state == expected);
  }
}
