// Descriptions and reason phrases in English and Turkish.
#include <sipcodes/lang/tr.hpp>
#include <sipcodes/sipcodes.hpp>

#include <doctest/doctest.h>

#include "glossary.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>
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
  static_assert(sipcodes::reason_phrase(486, german) == "Besetzt");
  static_assert(!sipcodes::covers_all(german));
  CHECK(sipcodes::reason_phrase(sipcodes::status::decline, german) == "Abgelehnt");
  CHECK(sipcodes::description(486, german) == "Der Angerufene ist erreicht, aber besetzt.");
  CHECK(sipcodes::reason_phrase(200, german) == "OK");
  CHECK(sipcodes::description(200, german) == sipcodes::description(200));  // empty: English
  CHECK(sipcodes::reason_phrase(404, german) == "Not Found");               // left out: English
  CHECK(sipcodes::description(404, german) == sipcodes::description(404));
  CHECK(sipcodes::reason_phrase(499, german).empty());  // not in the table: nothing
  CHECK(german.tag == "de");
  CHECK(german.name == "Deutsch");
}

// A view keeps a pointer to the rows, so it is made only from rows that live
// on: a named array, or a pointer and a count. A braced list or a temporary
// array is refused (tests/compile_fail/pack_of_braced_list.cpp and
// rows_of_temporary_array.cpp show the misuse itself).
using translation_view = sipcodes::row_view<sipcodes::translation>;
static_assert(std::is_constructible_v<translation_view, const sipcodes::translation (&)[3]>);
static_assert(std::is_constructible_v<translation_view, const sipcodes::translation*, std::size_t>);
static_assert(!std::is_constructible_v<translation_view, std::initializer_list<sipcodes::translation>>);
static_assert(!std::is_constructible_v<translation_view, const sipcodes::translation (&&)[3]>);
static_assert(!std::is_constructible_v<translation_view, sipcodes::translation (&&)[3]>);

TEST_CASE("a pack over a named array, made at run time, views that array") {
  const sipcodes::translation rows[] = {
      {status::decline, "Abgelehnt", ""},
      {status::busy_here, "Besetzt", "Besetzt, hier."},
  };
  const sipcodes::warning_translation warnings[] = {{370, "Zu wenig Bandbreite", ""}};
  const sipcodes::language_pack german{"de", "Deutsch", rows, warnings};
  CHECK(german.rows.begin() == &rows[0]);
  CHECK(german.rows.size() == 2);
  CHECK(german.warnings.size() == 1);
  CHECK(sipcodes::reason_phrase(486, german) == "Besetzt");
  CHECK(sipcodes::description(486, german) == "Besetzt, hier.");
  CHECK(sipcodes::reason_phrase(603, german) == "Abgelehnt");
  CHECK(sipcodes::description(603, german) == sipcodes::description(603));
  CHECK(sipcodes::warning_text(370, german) == "Zu wenig Bandbreite");
}

TEST_CASE("localized_reason, the former name of reason_phrase(code, pack), still answers") {
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif
  for (int code = 0; code <= 1000; ++code) {
    if (sipcodes::localized_reason(code, tr) != sipcodes::reason_phrase(code, tr) ||
        sipcodes::localized_reason(static_cast<status>(code), tr) != sipcodes::reason_phrase(code, tr)) {
      FAIL_CHECK("localized_reason(" << code << ") differs");
    }
  }
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
  CHECK(sipcodes::reason_phrase(486, tr) == "Meşgul");
}

TEST_CASE("a header rule's condition and a former phrase's source, in a language") {
  using user_code::german;
  std::size_t conditions = 0;
  for (const auto& rule : sipcodes::header_rules()) {
    CAPTURE(rule.condition);
    if (rule.condition.empty()) {
      CHECK(sipcodes::condition(rule, tr).empty());  // always: nothing to say in any language
      continue;
    }
    ++conditions;
    CHECK(!sipcodes::condition(rule, tr).empty());
    CHECK(sipcodes::condition(rule, tr) != rule.condition);
    CHECK(is_clean_utf8(sipcodes::condition(rule, tr)));
    CHECK(sipcodes::condition(rule, german) == rule.condition);  // a pack without texts: English
  }
  CHECK(conditions >= 15);
  std::size_t sources = 0;
  for (const auto& row : sipcodes::all()) {
    for (const auto& a : row.aliases()) {
      CAPTURE(a.source);
      ++sources;
      CHECK(!sipcodes::source(a, tr).empty());
      CHECK(is_clean_utf8(sipcodes::source(a, tr)));
      CHECK(sipcodes::source(a, german) == a.source);
    }
  }
  CHECK(sources == 18);
  CHECK(sipcodes::source(sipcodes::find(202)->aliases()[0], tr) ==
        "RFC 6665'ten beri IANA kaydının 202 için yazdığı ifade");
  static_assert(sipcodes::condition(sipcodes::header_rules(405)[0], sipcodes::lang::tr).empty());
  static_assert(sipcodes::condition(sipcodes::header_rules(500)[0], sipcodes::lang::tr) == "durum geçiciyse");
}

namespace {

// The Turkish pack with its texts replaced.
sipcodes::language_pack with_texts(const std::vector<sipcodes::text_translation>& texts) {
  return sipcodes::language_pack{tr.tag, tr.name, tr.rows, tr.warnings, {texts.data(), texts.size()}};
}

}  // namespace

TEST_CASE("covers_all: every condition and source of the core, once, and nothing else") {
  const std::vector<sipcodes::text_translation> all(tr.texts.begin(), tr.texts.end());
  CHECK(sipcodes::covers_all(with_texts(all)));
  auto reversed = all;
  std::reverse(reversed.begin(), reversed.end());  // any order
  CHECK(sipcodes::covers_all(with_texts(reversed)));
  auto missing = all;
  missing.pop_back();
  CHECK_FALSE(sipcodes::covers_all(with_texts(missing)));
  auto stale = all;
  stale.back().english = "a condition the core does not have";  // an English text that changed
  CHECK_FALSE(sipcodes::covers_all(with_texts(stale)));
  auto twice = all;
  twice.push_back(all.front());
  CHECK_FALSE(sipcodes::covers_all(with_texts(twice)));
  CHECK_FALSE(sipcodes::covers_all(with_texts({})));
}

TEST_CASE("covers_all: every code of the table, once, and nothing else") {
  CHECK(sipcodes::covers_all(tr));
  static_assert(sipcodes::covers_all(sipcodes::lang::tr));
  std::vector<sipcodes::translation> rows(tr.rows.begin(), tr.rows.end());
  const auto pack_of = [](const std::vector<sipcodes::translation>& r) {
    return sipcodes::language_pack{
        "xx", "test", {r.data(), r.size()}, sipcodes::lang::tr.warnings, sipcodes::lang::tr.texts};
  };
  CHECK(sipcodes::covers_all(pack_of(rows)));
  std::reverse(rows.begin(), rows.end());  // another order: still complete, found by search
  CHECK(sipcodes::covers_all(pack_of(rows)));
  CHECK(sipcodes::reason_phrase(486, pack_of(rows)) == "Meşgul");
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
  CHECK(sipcodes::reason_phrase(486, sipcodes::language_pack{}) == "Busy Here");  // an empty pack: English
}

TEST_CASE("every row has an English and a Turkish description and phrase") {
  std::size_t english = 0, turkish = 0;
  for (const auto& row : sipcodes::all()) {
    const int code = static_cast<int>(row.code);
    CAPTURE(code);
    const std::string_view en_description = sipcodes::description(code);
    const std::string_view tr_description = sipcodes::description(code, tr);
    const std::string_view tr_reason = sipcodes::reason_phrase(code, tr);
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

// The pack's own assertion reads only its short texts as compiled; every
// longer one is clean UTF-8 here.
TEST_CASE("every Turkish warn-code text and description, and every translated text, is clean UTF-8") {
  for (const auto& w : sipcodes::warn_codes()) {
    CAPTURE(w.code);
    CHECK(is_clean_utf8(sipcodes::warning_text(w.code, tr)));
    CHECK(is_clean_utf8(sipcodes::warning_description(w.code, tr)));
  }
  for (const auto& t : tr.texts) {
    CHECK(is_clean_utf8(t.english));
    CHECK(is_clean_utf8(t.translation));
  }
}

TEST_CASE("the Turkish pack is in the table's order") {
  REQUIRE(tr.rows.size() == sipcodes::all().size());
  for (std::size_t i = 0; i < tr.rows.size(); ++i) CHECK(tr.rows[i].code == sipcodes::all()[i].code);
}

TEST_CASE("the Turkish texts are written with Turkish letters") {
  std::string all_text;
  for (const auto& row : sipcodes::all()) {
    all_text += sipcodes::description(row.code, tr);
    all_text += sipcodes::reason_phrase(row.code, tr);
  }
  for (const char* letter : {"ç", "ğ", "ı", "İ", "ö", "ş", "ü", "Ç", "Ö"}) {
    CAPTURE(letter);
    CHECK(all_text.find(letter) != std::string::npos);
  }
}

namespace glossary {

// The pack's texts, each once, with a space after each.
std::string all_texts(bool descriptions, bool phrases) {
  std::string text;
  for (const auto& row : sipcodes::all()) {
    if (descriptions) text.append(sipcodes::description(row.code, tr)).append(" ");
    if (phrases) text.append(sipcodes::reason_phrase(row.code, tr)).append(" ");
  }
  for (const auto& w : sipcodes::warn_codes()) {
    if (descriptions) text.append(sipcodes::warning_description(w.code, tr)).append(" ");
    if (phrases) text.append(sipcodes::warning_text(w.code, tr)).append(" ");
  }
  if (descriptions) {
    for (const auto& t : tr.texts) text.append(t.translation).append(" ");
  }
  return turkish_lower(text);
}

}  // namespace glossary

TEST_CASE("the test's keyword-form check can fail") {
  using glossary::keyword_problems;
  CHECK(keyword_problems("Yanıtın bunu taşıması zorunludur (MUST; RFC 3261 bölüm 10.3).").empty());
  CHECK(keyword_problems("Önbelleğe alınması yasaktır (MUST NOT).").empty());
  CHECK(keyword_problems("İstemci göndermelidir (SHOULD), beklememelidir (SHOULD NOT); bekleyebilir (MAY).").empty());
  CHECK(keyword_problems("Aranana ulaşmak mümkün olabilir.").empty());  // a plain "may", untagged
  // A SHOULD written as a MUST, a MUST written as a SHOULD, each negation
  // written as the other's, a MAY written as a SHOULD, a SHOULD NOT as a SHOULD:
  CHECK_FALSE(keyword_problems("İstemci göndermek zorundadır (SHOULD).").empty());
  CHECK_FALSE(keyword_problems("İstemci göndermelidir (MUST).").empty());
  CHECK_FALSE(keyword_problems("İstemci göndermemelidir (MUST NOT).").empty());
  CHECK_FALSE(keyword_problems("Göndermesi yasaktır (SHOULD NOT).").empty());
  CHECK_FALSE(keyword_problems("İstemci göndermelidir (MAY).").empty());
  CHECK_FALSE(keyword_problems("İstemci göndermemelidir (SHOULD).").empty());
  // The force without its keyword, and a keyword without its verb:
  CHECK(keyword_problems("İstemci göndermek zorundadır.").size() == 1);
  CHECK(keyword_problems("Önbelleğe alınmamalıdır; öyle kalır.").size() == 1);
  CHECK(keyword_problems("Bir vekil sunucu için SHOULD geçerlidir.").size() == 1);
  CHECK(keyword_problems("Aynı isteği göndermelidir (SHOULD) ve gönderebilir (MAY)").empty());
  CHECK(glossary::keywords_in("MUST NOT, MUSTARD, SHOULD; MAY") ==
        std::vector<std::string>{"MUST NOT", "SHOULD", "MAY"});
}

TEST_CASE("the Turkish says each RFC keyword with its one verb form, as often as the English") {
  const auto check_text = [](int code, std::string_view english, std::string_view turkish) {
    CAPTURE(code);
    CAPTURE(turkish);
    for (const auto& problem : glossary::keyword_problems(turkish)) FAIL_CHECK(problem);
    const auto in_english = glossary::keywords_in(english);
    const auto in_turkish = glossary::keywords_in(turkish);
    for (std::string_view keyword : {"MUST NOT", "SHOULD NOT", "MUST", "SHOULD", "MAY"}) {
      CAPTURE(keyword);
      CHECK(glossary::count(in_turkish, keyword) == glossary::count(in_english, keyword));
    }
  };
  for (const auto& row : sipcodes::all()) {
    check_text(static_cast<int>(row.code), row.description, sipcodes::description(row.code, tr));
  }
  for (const auto& w : sipcodes::warn_codes()) {
    check_text(w.code, sipcodes::warning_description(w.code), sipcodes::warning_description(w.code, tr));
  }
  for (const auto& t : tr.texts) check_text(0, t.english, t.translation);  // conditions and sources
}

namespace {

// The clauses of a text that hold "zorunda": what lies between two of ". ",
// "; " and ": ".
std::vector<std::string> clauses_with_zorunda(std::string_view text) {
  std::vector<std::string> found;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.size();
    for (std::string_view stop : {". ", "; ", ": "}) end = std::min(end, text.find(stop, begin));
    const std::string_view clause = text.substr(begin, end - begin);
    if (clause.find("zorunda") != std::string_view::npos) found.emplace_back(clause);
    begin = end == text.size() ? end : end + 2;
  }
  return found;
}

}  // namespace

TEST_CASE("a MUST binds a party with -mek zorundadır, anything else with -mesi zorunludur") {
  // The check can fail: a response is no party.
  CHECK_FALSE(glossary::names_agent("Yanıt bir Min-SE başlık alanı taşımak zorundadır (MUST)"));
  CHECK(glossary::names_agent("UAC, aldığı her 2xx için ayrı bir ACK göndermek zorundadır (MUST"));
  CHECK(glossary::names_agent("ara öğe bir Call-Info başlık alanı eklemek zorundadır (MUST"));
  CHECK_FALSE(glossary::names_agent("Yanıt, sunucunun mekanizmalarını listelemek zorundadır (MUST"));
  CHECK(clauses_with_zorunda("A. Yanıt X taşımak zorundadır (MUST). B.") ==
        std::vector<std::string>{"Yanıt X taşımak zorundadır (MUST)"});
  std::size_t checked = 0;
  for (const auto& row : sipcodes::all()) {
    for (const std::string& clause : clauses_with_zorunda(sipcodes::description(row.code, tr))) {
      CAPTURE(static_cast<int>(row.code));
      CAPTURE(clause);
      CHECK(glossary::names_agent(clause));
      ++checked;
    }
  }
  CHECK(checked > 10);
}

TEST_CASE("the Turkish pack says one thing one way") {
  const std::string everything = glossary::all_texts(true, true);
  const std::string descriptions = glossary::all_texts(true, false);
  for (const auto& entry : glossary::avoided) {
    const std::string word = entry.first;
    const std::string why = entry.second;
    CAPTURE(word);
    CAPTURE(why);
    CHECK(everything.find(word) == std::string::npos);
  }
  // Three words, each checked where it stands.
  const auto each = [](const std::string& text, std::string_view word, auto&& check) {
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
      CAPTURE(text.substr(at >= 30 ? at - 30 : 0, 60));
      check(text, at);
    }
  };
  // "yayın" (casting) only in çoklu yayın and tekli yayın; a publication is yayım.
  each(everything, "yayın", [](const std::string& text, std::size_t at) {
    CHECK((glossary::ends_with(text, at, "çoklu ") || glossary::ends_with(text, at, "tekli ")));
  });
  // A header field is başlık alanı in every description.
  for (std::string_view word : {"başlık", "başlığ"}) {
    each(descriptions, word, [](const std::string& text, std::size_t at) {
      CHECK(std::string_view(text).substr(at, 13) == "başlık alan");
    });
  }
  // "aracı" only in kullanıcı aracısı (user agent); an intermediary is ara öğe.
  each(everything, "aracı",
       [](const std::string& text, std::size_t at) { CHECK(glossary::ends_with(text, at, "kullanıcı ")); });
  CHECK(sipcodes::reason_phrase(415, tr) == "Desteklenmeyen Medya Türü");
  // 436: the verifier could not acquire the credential; 437: it holds one it
  // does not support (RFC 8224 section 6.2.2).
  CHECK(sipcodes::reason_phrase(436, tr) == "Kimlik Bilgisi Alınamadı");
  CHECK(sipcodes::reason_phrase(437, tr) == "Desteklenmeyen Kimlik Bilgisi");
  // RFC 8224's two services: the authentication service signs, the
  // verification service checks (sections 4, 5 and 6).
  for (int code : {428, 436, 437}) {
    CAPTURE(code);
    CHECK(sipcodes::description(code, tr).find("oğrulama hizmeti") != std::string::npos);
  }
  CHECK(sipcodes::description(436, tr).find("imzalama hizmeti") != std::string::npos);
  CHECK(sipcodes::description(438, tr).find("imzalama hizmeti") != std::string::npos);
  CHECK(sipcodes::description(428, tr).find("geriye") == std::string::npos);
  // 204 and 555 are not both a "Bildirim": 204 is about a NOTIFY, 555 about
  // push notification (RFC 8599).
  CHECK(sipcodes::reason_phrase(204, tr) == "Bildirim Yok");
  CHECK(sipcodes::reason_phrase(555, tr) == "Anlık Bildirim Desteklenmiyor");
  // 425's alert is a CAP emergency alert (RFC 8876), not a warning (uyarı kodu).
  CHECK(sipcodes::reason_phrase(425, tr) == "Hatalı Acil Uyarı Mesajı");
  CHECK(sipcodes::reason_phrase(403, tr) == "İzin Verilmedi");
  CHECK(sipcodes::reason_phrase(493, tr) == "Şifresi Çözülemiyor");
  CHECK(sipcodes::reason_phrase(480, tr) == "Geçici Olarak Müsait Değil");
  CHECK(sipcodes::reason_phrase(608, tr) == "Ağ Tarafından Reddedildi");
  CHECK(sipcodes::description(300, tr).find("çözümlendi") != std::string::npos);
  CHECK(sipcodes::description(607, tr).find("çağrı filtreleme") != std::string::npos);
  CHECK(sipcodes::description(403, tr).find("yetkilendirme") != std::string::npos);
  CHECK(sipcodes::description(412, tr).find("yayıma") != std::string::npos);
  CHECK(sipcodes::description(412, tr).find("Yayımcı") != std::string::npos);
  CHECK(sipcodes::description(484, tr).find("örtüşmeli numara gönderimi") != std::string::npos);
  CHECK(sipcodes::description(424, tr).find("ara öğe") != std::string::npos);
  CHECK(sipcodes::description(608, tr).find("ara öğe") != std::string::npos);
  CHECK(sipcodes::description(480, tr).find("müsait değil") != std::string::npos);
}

TEST_CASE("the Turkish says what the English says") {
  const auto has = [](int code, std::string_view text) {
    CAPTURE(code);
    CAPTURE(text);
    CHECK(sipcodes::description(code, tr).find(text) != std::string_view::npos);
  };
  const auto lacks = [](int code, std::string_view text) {
    CAPTURE(code);
    CAPTURE(text);
    CHECK(sipcodes::description(code, tr).find(text) == std::string_view::npos);
  };
  // 608, RFC 8688 section 3.1: INVITE, MESSAGE, SUBSCRIBE or another
  // out-of-dialog request; a call analytics engine is an example; the
  // Call-Info refers to a signed jCard; section 3.3: any 6xx.
  has(608, "diyalog dışı başka bir isteği");
  has(608, "örneğin bir çağrı analitiği motorunun");
  lacks(608, "genellikle");
  has(608, "imzalı bir jCard");
  has(608, "herhangi bir 6xx gibi");
  // 580, RFC 3312 section 8: an INVITE or an UPDATE; neither an offer nor an
  // answer; the session is kept as RFC 3261 section 14.1 and RFC 3311
  // section 5.3 say, not as RFC 3312 section 6.
  has(580, "INVITE ya da UPDATE");
  has(580, "ne teklif ne de cevaptır");
  has(580, "RFC 3261 bölüm 14.1");
  lacks(580, "bölüm 6)");
  lacks(580, "hangi istenen durumun başarısızlığa yol açtığını");
  // 505, RFC 3261 section 21.5.6: unable or unwilling to complete the
  // request with the client's major version.
  has(505, "ana sürüm");
  has(505, "tek yanıt bu hatadır");
  lacks(505, "bu hata yanıtından başka bir yanıt vermeyecek");
  // 425, RFC 8876 section 5.1: no end of an existing dialog.
  has(425, "var olan bir diyaloğu sonlandırması yasaktır (MUST NOT");
  // 423, RFC 6665 section 4.2.1.1: if and only if above zero, under an hour
  // and under the configured minimum; RFC 3903 section 6 for PUBLISH.
  has(423, "sıfırdan büyük");
  has(423, "bir saatten kısa");
  has(423, "RFC 3903 bölüm 6");
  // 491, RFC 3311 section 5.3: an UPDATE waits the same.
  has(491, "RFC 3311 bölüm 5.3");
}

TEST_CASE("every Turkish phrase fits a handset's display") {
  const auto characters = [](std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  };
  CHECK(characters("Şifresi Çözülemiyor") == 19);
  for (const auto& row : sipcodes::all()) {
    const std::string_view phrase = sipcodes::reason_phrase(row.code, tr);
    CAPTURE(phrase);
    CHECK(characters(phrase) <= 32);
  }
  // Phrases that said less than the code, or something else, on a display.
  CHECK(sipcodes::reason_phrase(501, tr) == "İşlev Desteklenmiyor");
  CHECK(sipcodes::reason_phrase(485, tr) == "Belirsiz Adres");
  CHECK(sipcodes::reason_phrase(483, tr) == "Atlama Sınırı Aşıldı");
  CHECK(sipcodes::reason_phrase(607, tr) == "İstenmiyor");  // a call, a MESSAGE or a SUBSCRIBE
}

TEST_CASE("the phrases the Turkish pack is known by") {
  CHECK(sipcodes::reason_phrase(486, tr) == "Meşgul");
  CHECK(sipcodes::reason_phrase(sipcodes::status::ok, tr) == "Tamam");
  static_assert(sipcodes::reason_phrase(404, sipcodes::lang::tr) == "Bulunamadı");
  static_assert(sipcodes::description(486, sipcodes::lang::tr).substr(0, 6) == "Aranan");
}

TEST_CASE("codes not in the table have no text in any language") {
  for (int code : {0, 99, 499, 700, -1, INT_MIN, INT_MAX}) {
    CAPTURE(code);
    CHECK(sipcodes::description(code).empty());
    CHECK(sipcodes::description(code, tr).empty());
    CHECK(sipcodes::reason_phrase(code, tr).empty());
    CHECK(sipcodes::reason_phrase(static_cast<sipcodes::status>(code & 0xFFFF), tr).empty() ==
          !sipcodes::is_known(code & 0xFFFF));
  }
}
