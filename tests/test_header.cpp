// The core header as text: pure ASCII, and every enumerator's documentation
// (what Doxygen and an IDE's hover show) in agreement with the table.
#include <sipcodes/sipcodes.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace {

std::string read_core() {
  std::ifstream in(std::string(SIPCODES_INCLUDE_DIR) + "/sipcodes/sipcodes.hpp", std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open the core header");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("the core is pure ASCII") {
  const std::string core = read_core();
  REQUIRE(core.size() > 10000);
  std::size_t line = 1;
  for (char c : core) {
    if (c == '\n') ++line;
    if (static_cast<unsigned char>(c) >= 0x80) FAIL_CHECK("a byte >= 0x80 on line " << line);
  }
}

TEST_CASE("every enumerator's documentation gives its row's code, phrase, RFC and section") {
  const std::string core = read_core();
  // "  /// 486 Busy Here (RFC 3261 section 21.4.24)" and "  busy_here = 486,"
  // on the next line, with ", deprecated" (or reserved, historic) before the
  // parenthesis closes.
  const std::regex documented(
      R"(\n  /// (\d+) ([^\n]+) \(RFC (\d+) section ([0-9.]+)(, (\w+))?\)\n  (\w+) = (\d+),(?=\n))");
  std::set<int> seen;
  for (auto it = std::sregex_iterator(core.begin(), core.end(), documented); it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    const int code = std::stoi(m[8]);
    CAPTURE(code);
    const sipcodes::status_info* row = sipcodes::find(code);
    REQUIRE(row != nullptr);
    CHECK(m[7] == std::string(row->name));
    CHECK(std::stoi(m[1]) == code);
    CHECK(m[2] == std::string(row->reason));
    CHECK(std::stoi(m[3]) == row->rfc);
    CHECK(m[4] == std::string(row->section));
    const std::string state = m[6].matched ? m[6].str() : "current";
    CHECK(state == std::string(sipcodes::to_string(row->state)));
    CHECK(seen.insert(code).second);
  }
  CHECK(seen.size() == sipcodes::all().size());
}

TEST_CASE("every renamed enumerator is deprecated and has the value of the name that replaced it") {
  const std::string core = read_core();
  const std::regex renamed(
      R"re(\n  (\w+) \[\[deprecated\("renamed: use status::(\w+) \(RFC \d+\)"\)\]\] = (\d+),\n)re");
  std::size_t count = 0;
  for (auto it = std::sregex_iterator(core.begin(), core.end(), renamed); it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    const sipcodes::status_info* row = sipcodes::find(std::stoi(m[3]));
    REQUIRE(row != nullptr);
    CHECK(m[2] == std::string(row->name));  // the message names the current enumerator of that code
    CHECK(m[1] != std::string(row->name));
    ++count;
  }
  CHECK(count == 1);  // 437: unsupported_certificate, before RFC 8224
}
