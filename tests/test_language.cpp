// Descriptions and reason phrases in English and Turkish.
#include <sipcodes/lang/tr.hpp>
#include <sipcodes/sipcodes.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <climits>
#include <string>
#include <string_view>
#include <vector>

using sipcodes::status;
using sipcodes::lang::tr;

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

// A pack written the way a user writes one, in their own code and without
// touching sipcodes: a few codes in German, one with only a phrase.
namespace user_code {

inline constexpr sipcodes::translation german_rows[] = {
    {sipcodes::status::busy_here, "Besetzt", "Der Angerufene ist erreicht, aber besetzt."},
    {sipcodes::status::decline, "Abgelehnt", "Der Angerufene lehnt den Anruf ab."},
    {sipcodes::status::ok, "OK", ""},  // same phrase, no description: English fills in
};
inline constexpr sipcodes::language_pack german{"de", "Deutsch", german_rows};

}  // namespace user_code

TEST_CASE("a pack of the user's own: its texts, and English for the rest") {
  using user_code::german;
  static_assert(sipcodes::localized_reason(486, german) == "Besetzt");
  static_assert(!sipcodes::covers_all(german));
  CHECK(sipcodes::localized_reason(sipcodes::status::decline, german) == "Abgelehnt");
  CHECK(sipcodes::description(486, german) == "Der Angerufene ist erreicht, aber besetzt.");
  CHECK(sipcodes::localized_reason(200, german) == "OK");
  CHECK(sipcodes::description(200, german) == sipcodes::description(200));  // empty: English
  CHECK(sipcodes::localized_reason(404, german) == "Not Found");            // left out: English
  CHECK(sipcodes::description(404, german) == sipcodes::description(404));
  CHECK(sipcodes::localized_reason(499, german).empty());  // not in the table: nothing
  CHECK(german.tag == "de");
  CHECK(german.name == "Deutsch");
}

TEST_CASE("covers_all: every code of the table, once, and nothing else") {
  CHECK(sipcodes::covers_all(tr));
  static_assert(sipcodes::covers_all(sipcodes::lang::tr));
  std::vector<sipcodes::translation> rows(tr.rows.begin(), tr.rows.end());
  const auto pack_of = [](const std::vector<sipcodes::translation>& r) {
    return sipcodes::language_pack{"xx", "test", {r.data(), r.size()}, sipcodes::lang::tr.warnings};
  };
  CHECK(sipcodes::covers_all(pack_of(rows)));
  std::reverse(rows.begin(), rows.end());  // another order: still complete, found by search
  CHECK(sipcodes::covers_all(pack_of(rows)));
  CHECK(sipcodes::localized_reason(486, pack_of(rows)) == "Meşgul");
  auto duplicated = rows;
  duplicated.back() = duplicated.front();  // one code twice, one missing
  CHECK_FALSE(sipcodes::covers_all(pack_of(duplicated)));
  auto foreign = rows;
  foreign.back().code = static_cast<sipcodes::status>(499);  // a code not in the table
  CHECK_FALSE(sipcodes::covers_all(pack_of(foreign)));
  auto longer = rows;
  longer.push_back(rows.front());
  CHECK_FALSE(sipcodes::covers_all(pack_of(longer)));
  CHECK_FALSE(sipcodes::covers_all(sipcodes::language_pack{}));
  CHECK(sipcodes::localized_reason(486, sipcodes::language_pack{}) == "Busy Here");  // an empty pack: English
}

TEST_CASE("every row has an English and a Turkish description and phrase") {
  std::size_t english = 0, turkish = 0;
  for (const auto& row : sipcodes::all()) {
    const int code = static_cast<int>(row.code);
    CAPTURE(code);
    const std::string_view en_description = sipcodes::description(code);
    const std::string_view tr_description = sipcodes::description(code, tr);
    const std::string_view tr_reason = sipcodes::localized_reason(code, tr);
    CHECK(en_description == row.description);
    CHECK(sipcodes::description(row.code) == row.description);
    CHECK(!tr_description.empty());
    CHECK(!tr_reason.empty());
    english += en_description.empty() ? 0U : 1U;
    turkish += (tr_description.empty() || tr_reason.empty()) ? 0U : 1U;

    // No Turkish text equals its English one: the pack has its own for every code.
    CHECK(tr_description != en_description);
    CHECK(tr_reason != row.reason);

    // Every text is clean UTF-8.
    CHECK(is_clean_utf8(en_description));
    CHECK(is_clean_utf8(tr_description));
    CHECK(is_clean_utf8(tr_reason));

    // Every Turkish phrase is a Reason-Phrase, and goes on the wire and back.
    CHECK(sipcodes::is_valid_reason_phrase(tr_reason));
    std::array<char, 256> buffer{};
    const auto written = sipcodes::write_status_line(buffer.data(), buffer.data() + buffer.size(), code, tr_reason);
    REQUIRE(written);
    const auto parsed = sipcodes::parse_status_line(
        std::string_view(buffer.data(), static_cast<std::size_t>(written.end - buffer.data())));
    CHECK(parsed);
    CHECK(parsed.value.code == row.code);
    CHECK(parsed.value.reason == tr_reason);
  }
  CHECK(english == 78);
  CHECK(turkish == 78);
  CHECK(tr.rows.size() == sipcodes::all().size());
  CHECK(tr.tag == "tr");
  CHECK(tr.name == "Türkçe");
}

TEST_CASE("the Turkish pack is in the table's order") {
  REQUIRE(tr.rows.size() == sipcodes::all().size());
  for (std::size_t i = 0; i < tr.rows.size(); ++i) CHECK(tr.rows[i].code == sipcodes::all()[i].code);
}

TEST_CASE("the Turkish texts are written with Turkish letters") {
  std::string all_text;
  for (const auto& row : sipcodes::all()) {
    all_text += sipcodes::description(row.code, tr);
    all_text += sipcodes::localized_reason(row.code, tr);
  }
  for (const char* letter : {"ç", "ğ", "ı", "İ", "ö", "ş", "ü", "Ç", "Ö"}) {
    CAPTURE(letter);
    CHECK(all_text.find(letter) != std::string::npos);
  }
}

TEST_CASE("the Turkish pack says one thing one way") {
  std::string all_text;
  for (const auto& row : sipcodes::all()) {
    all_text += sipcodes::description(row.code, tr);
    all_text += ' ';
    all_text += sipcodes::localized_reason(row.code, tr);
    all_text += ' ';
  }
  for (const auto& w : sipcodes::warn_codes()) {
    all_text += sipcodes::warning_text(w.code, tr);
    all_text += ' ';
    all_text += sipcodes::warning_description(w.code, tr);
    all_text += ' ';
  }
  // Words a Turkish telecom engineer would read wrongly here, each with the
  // term the pack uses instead.
  const std::pair<const char*, const char*> avoided[] = {
      {"ortam", "media is medya"},
      {"kimlik belgesi", "credentials are kimlik bilgileri; belge reads as an ID card"},
      {"yanıt metni", "the reason phrase is yanıt ifadesi"},
      {"süzme", "call filtering is çağrı filtreleme"},
      {"atlama isteği", "the request reaches the next hop; no such noun"},
      {"çözüldü", "an address is çözümlendi"},
      {"uyarıyor", "the user is notified of the call, not warned"},
      {"Yönlendiren", "the REFER sender is REFER gönderen"},
      {"kaydı bırakır", "a binding is deleted: kaydı siler"},
      {"sunucuya aynı şemayla", "denemek takes the accusative"},
  };
  for (const auto& entry : avoided) {
    const auto& word = entry.first;
    const auto& why = entry.second;
    CAPTURE(word);
    CAPTURE(why);
    CHECK(all_text.find(word) == std::string::npos);
  }
  CHECK(sipcodes::localized_reason(415, tr) == "Desteklenmeyen Medya Türü");
  CHECK(sipcodes::localized_reason(436, tr) == "Hatalı Kimlik Başlığı Bilgisi");
  CHECK(sipcodes::localized_reason(493, tr) == "Şifresi Çözülemiyor");
  CHECK(sipcodes::description(300, tr).find("çözümlendi") != std::string::npos);
  CHECK(sipcodes::description(607, tr).find("çağrı filtreleme") != std::string::npos);
  CHECK(sipcodes::description(403, tr).find("yetkilendirme") != std::string::npos);
  // The RFCs' keywords stay, in parentheses, wherever the English has them.
  for (const auto& row : sipcodes::all()) {
    CAPTURE(row.code);
    for (const char* keyword : {"MUST NOT", "SHOULD NOT", "MUST", "SHOULD", "MAY"}) {
      const bool in_english = row.description.find(keyword) != std::string_view::npos;
      const bool in_turkish = sipcodes::description(row.code, tr).find(keyword) != std::string_view::npos;
      if (in_english && !in_turkish) FAIL_CHECK(row.code << ": the Turkish lacks " << keyword);
    }
  }
}

TEST_CASE("the phrases the Turkish pack is known by") {
  CHECK(sipcodes::localized_reason(486, tr) == "Meşgul");
  CHECK(sipcodes::localized_reason(sipcodes::status::ok, tr) == "Tamam");
  static_assert(sipcodes::localized_reason(404, sipcodes::lang::tr) == "Bulunamadı");
  static_assert(sipcodes::description(486, sipcodes::lang::tr).substr(0, 6) == "Aranan");
}

TEST_CASE("codes not in the table have no text in any language") {
  for (int code : {0, 99, 499, 700, -1, INT_MIN, INT_MAX}) {
    CAPTURE(code);
    CHECK(sipcodes::description(code).empty());
    CHECK(sipcodes::description(code, tr).empty());
    CHECK(sipcodes::localized_reason(code, tr).empty());
    CHECK(sipcodes::localized_reason(static_cast<sipcodes::status>(code & 0xFFFF), tr).empty() ==
          !sipcodes::is_known(code & 0xFFFF));
  }
}
