// One program, several translation units. Those that include the same
// version share one table (inline variables, one definition); a copy of
// another version keeps its own, because each version lives in its own
// inline namespace.
#include <sipcodes/sipcodes.hpp>

#include <doctest/doctest.h>

#include <string_view>
#include <typeinfo>

const sipcodes::status_info* odr_a_find(int code);
const sipcodes::status_info* odr_b_find(int code);
const void* odr_a_table();
const void* odr_b_table();
std::string_view other_version_reason(int code);
const void* other_version_table();
int other_version_minor();
std::string_view no_version_reason(int code);
const void* no_version_table();
const char* no_version_type_name();

TEST_CASE("every translation unit of one version sees the same table object") {
  CHECK(odr_a_table() == odr_b_table());
  CHECK(odr_a_table() == static_cast<const void*>(&sipcodes::all()[0]));
  for (const auto& row : sipcodes::all()) {
    const int code = static_cast<int>(row.code);
    CHECK(odr_a_find(code) == &row);
    CHECK(odr_b_find(code) == &row);
  }
}

TEST_CASE("a copy of another version in the same program keeps its own table") {
  CHECK(other_version_minor() == 99);
  CHECK(SIPCODES_VERSION_MINOR == 1);
  CHECK(other_version_table() != static_cast<const void*>(&sipcodes::all()[0]));
  CHECK(other_version_reason(486) == "Busy Here Too");
  CHECK(sipcodes::reason_phrase(486) == "Busy Here");
  CHECK(other_version_reason(603) == sipcodes::reason_phrase(603));
}

TEST_CASE("SIPCODES_NAMESPACE_NO_VERSION drops the versioned namespace, in its own translation unit") {
  // The type names tell the two modes apart: only the default one has v2_1_0.
  CHECK(std::string_view(typeid(sipcodes::status).name()).find("v2_1_0") != std::string_view::npos);
  CHECK(std::string_view(no_version_type_name()).find("v2_1_0") == std::string_view::npos);
  CHECK(std::string_view(no_version_type_name()).find("sipcodes") != std::string_view::npos);
  // Another namespace, another table: the two modes can share a program.
  CHECK(no_version_table() != static_cast<const void*>(&sipcodes::all()[0]));
  for (const auto& row : sipcodes::all()) {
    const int code = static_cast<int>(row.code);
    CHECK(no_version_reason(code) == row.reason);
  }
}
