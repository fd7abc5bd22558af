// Two translation units share one table: inline variables, one definition.
#include <sipcodes/sipcodes.hpp>

#include <doctest/doctest.h>

const sipcodes::status_info* odr_a_find(int code);
const sipcodes::status_info* odr_b_find(int code);
const void* odr_a_table();
const void* odr_b_table();

TEST_CASE("every translation unit sees the same table object") {
  CHECK(odr_a_table() == odr_b_table());
  CHECK(odr_a_table() == static_cast<const void*>(&sipcodes::all()));
  for (const auto& row : sipcodes::all()) {
    const int code = static_cast<int>(row.code);
    CHECK(odr_a_find(code) == &row);
    CHECK(odr_b_find(code) == &row);
  }
}
