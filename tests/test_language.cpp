// Descriptions and reason phrases in English and Turkish.
#include <sipcodes/sipcodes.hpp>

#include <doctest/doctest.h>

#include <array>
#include <climits>
#include <string>
#include <string_view>

using sipcodes::language;
using sipcodes::status;

namespace {

// An independent UTF-8 check (RFC 3629), written for the tests: true when the
// text is well-formed UTF-8 without control characters.
bool is_clean_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      if (b < 0x20 || b == 0x7F) return false;
      ++i;
      continue;
    }
    std::size_t extra = 0;
    char32_t code_point = 0;
    if ((b & 0xE0) == 0xC0) {
      extra = 1;
      code_point = b & 0x1Fu;
    } else if ((b & 0xF0) == 0xE0) {
      extra = 2;
      code_point = b & 0x0Fu;
    } else if ((b & 0xF8) == 0xF0) {
      extra = 3;
      code_point = b & 0x07u;
    } else {
      return false;
    }
    if (i + extra >= text.size()) return false;
    for (std::size_t k = 1; k <= extra; ++k) {
      const auto c = static_cast<unsigned char>(text[i + k]);
      if ((c & 0xC0) != 0x80) return false;
      code_point = (code_point << 6) | (c & 0x3Fu);
    }
    const char32_t smallest[] = {0, 0x80, 0x800, 0x10000};
    if (code_point < smallest[extra] || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) {
      return false;
    }
    if (code_point >= 0x80 && code_point < 0xA0) return false;  // C1 controls
    i += extra + 1;
  }
  return true;
}

}  // namespace

TEST_CASE("the test's own UTF-8 check can fail") {
  CHECK(is_clean_utf8("Meşgul"));
  CHECK_FALSE(is_clean_utf8("Me\xC5"));
  CHECK_FALSE(is_clean_utf8("\xC0\xAF"));
  CHECK_FALSE(is_clean_utf8("\xED\xA0\x80"));
  CHECK_FALSE(is_clean_utf8("a\tb"));
  CHECK_FALSE(is_clean_utf8("a\nb"));
}

TEST_CASE("every row has an English and a Turkish description and phrase") {
  std::size_t english = 0, turkish = 0;
  for (const auto& row : sipcodes::all()) {
    const int code = static_cast<int>(row.code);
    CAPTURE(code);
    const std::string_view en_description = sipcodes::description(code);
    const std::string_view tr_description = sipcodes::description(code, language::tr);
    const std::string_view tr_reason = sipcodes::localized_reason(code, language::tr);
    CHECK(en_description == row.description);
    CHECK(sipcodes::description(row.code, language::en) == row.description);
    CHECK(sipcodes::localized_reason(code, language::en) == row.reason);
    CHECK(!tr_description.empty());
    CHECK(!tr_reason.empty());
    english += en_description.empty() ? 0U : 1U;
    turkish += (tr_description.empty() || tr_reason.empty()) ? 0U : 1U;

    // No Turkish text equals its English one.
    CHECK(tr_description != en_description);
    CHECK(tr_reason != row.reason);

    // Every text is clean UTF-8.
    CHECK(is_clean_utf8(en_description));
    CHECK(is_clean_utf8(tr_description));
    CHECK(is_clean_utf8(tr_reason));

    // Every Turkish phrase is a Reason-Phrase, and goes on the wire and back.
    CHECK(sipcodes::is_valid_reason_phrase(tr_reason));
    std::array<char, 256> buffer{};
    const std::size_t n = sipcodes::write_status_line(buffer.data(), buffer.size(), code, tr_reason);
    REQUIRE(n != 0);
    const auto parsed = sipcodes::parse_status_line(std::string_view(buffer.data(), n));
    CHECK(parsed);
    CHECK(parsed.line.code == code);
    CHECK(parsed.line.reason == tr_reason);
  }
  CHECK(english == 78);
  CHECK(turkish == 78);
}

TEST_CASE("the Turkish texts are written with Turkish letters") {
  std::string all_text;
  for (const auto& row : sipcodes::all()) {
    all_text += sipcodes::description(row.code, language::tr);
    all_text += sipcodes::localized_reason(row.code, language::tr);
  }
  for (const char* letter : {"ç", "ğ", "ı", "İ", "ö", "ş", "ü", "Ç", "Ö"}) {
    CAPTURE(letter);
    CHECK(all_text.find(letter) != std::string::npos);
  }
}

TEST_CASE("the phrases the issue names") {
  CHECK(sipcodes::localized_reason(486, language::tr) == "Meşgul");
  CHECK(sipcodes::localized_reason(status::ok, language::tr) == "Tamam");
  CHECK(sipcodes::localized_reason(status::busy_here, language::en) == "Busy Here");
  static_assert(sipcodes::localized_reason(404, language::tr) == "Bulunamadı");
  static_assert(sipcodes::description(486, language::tr).substr(0, 6) == "Aranan");
}

TEST_CASE("codes not in the table have no text in any language") {
  for (int code : {0, 99, 499, 700, -1, INT_MIN, INT_MAX}) {
    CAPTURE(code);
    CHECK(sipcodes::description(code).empty());
    CHECK(sipcodes::description(code, language::tr).empty());
    CHECK(sipcodes::localized_reason(code, language::tr).empty());
    CHECK(sipcodes::localized_reason(code, language::en).empty());
  }
  // A language value outside the enumeration gives English.
  CHECK(sipcodes::localized_reason(486, static_cast<language>(9)) == "Busy Here");
  CHECK(sipcodes::to_string(language::tr) == "tr");
}
