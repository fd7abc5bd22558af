// The glossary of sipcodes/lang/tr.hpp as a test reads it: which Turkish verb
// form carries which RFC 2119 keyword, and what is wrong with the keywords of
// a Turkish text. The pack's test (test_language.cpp) holds the pack's texts
// to it, and the command's test (test_cli_language.cpp) the command's words
// and the reference page's.
#ifndef SIPCODES_TESTS_GLOSSARY_HPP
#define SIPCODES_TESTS_GLOSSARY_HPP

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace glossary {

// Lower case the Turkish way, for the letters the pack writes at the start of
// a sentence or a phrase word: I is ı, İ is i.
inline std::string turkish_lower(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::pair<std::string_view, std::string_view> folds[] = {{"İ", "i"}, {"I", "ı"}, {"Ç", "ç"}, {"Ğ", "ğ"},
                                                                   {"Ö", "ö"}, {"Ş", "ş"}, {"Ü", "ü"}};
    bool folded = false;
    for (const auto& fold : folds) {
      if (text.substr(i, fold.first.size()) == fold.first) {
        out += fold.second;
        i += fold.first.size() - 1;
        folded = true;
        break;
      }
    }
    if (folded) continue;
    const char c = text[i];
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

// The Turkish verb form that carries each RFC 2119 keyword, as the glossary in
// sipcodes/lang/tr.hpp fixes them; "" for a word that carries none. A word
// that ends in "-meli" without being a verb is named here.
inline std::string_view keyword_of(std::string_view word) {
  const std::string w = turkish_lower(word);
  const auto has = [&w](std::string_view part) { return w.find(part) != std::string::npos; };
  if (w == "örtüşmeli") return "";  // örtüşmeli numara gönderimi: overlap dialling, an adjective
  if (w.rfind("zorunda", 0) == 0 || w.rfind("zorunlu", 0) == 0) return "MUST";
  if (w.rfind("yasak", 0) == 0) return "MUST NOT";
  if (has("mamalı") || has("memeli")) return "SHOULD NOT";
  if (has("malı") || has("meli")) return "SHOULD";
  if (has("abil") || has("ebil")) return "MAY";
  return "";
}

// The RFC 2119 keywords of a text, in capitals, with where each starts, in
// order: MUST NOT and SHOULD NOT as one keyword each.
inline std::vector<std::pair<std::size_t, std::string>> keywords_at(std::string_view text) {
  std::vector<std::pair<std::size_t, std::string>> found;
  const auto letter = [&text](std::size_t i) {
    return i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])) != 0;
  };
  for (std::size_t i = 0; i < text.size();) {
    bool matched = false;
    for (std::string_view keyword : {"MUST NOT", "SHOULD NOT", "MUST", "SHOULD", "MAY"}) {
      if (text.substr(i, keyword.size()) == keyword && (i == 0 || !letter(i - 1)) && !letter(i + keyword.size())) {
        found.emplace_back(i, keyword);
        i += keyword.size();
        matched = true;
        break;
      }
    }
    if (!matched) ++i;
  }
  return found;
}

inline std::vector<std::string> keywords_in(std::string_view text) {
  std::vector<std::string> keywords;
  for (const auto& found : keywords_at(text)) keywords.push_back(found.second);
  return keywords;
}

inline bool ends_with(std::string_view text, std::size_t end, std::string_view tail) {
  return end >= tail.size() && text.substr(end - tail.size(), tail.size()) == tail;
}

inline std::string joined(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view part : parts) out.append(part);
  return out;
}

// What is wrong with the keywords of a Turkish text, one line each: every
// keyword opens a parenthesis right after the verb that carries its force,
// "göndermelidir (SHOULD)", and no verb carries the force of MUST, MUST NOT,
// SHOULD or SHOULD NOT without its keyword after it.
inline std::vector<std::string> keyword_problems(std::string_view text) {
  std::vector<std::string> problems;
  const auto word_before = [&text](std::size_t end) {
    std::size_t first = text.rfind(' ', end - 1);
    first = first == std::string_view::npos ? 0 : first + 1;
    return text.substr(first, end - first);
  };
  for (const auto& [at, keyword] : keywords_at(text)) {
    const char after = at + keyword.size() < text.size() ? text[at + keyword.size()] : '\0';
    if (!ends_with(text, at, " (") || (after != ')' && after != ';')) {
      problems.push_back(joined({keyword, " is not the first word of a parenthesis"}));
    } else if (keyword_of(word_before(at - 2)) != keyword) {
      problems.push_back(joined(
          {keyword, " follows \"", word_before(at - 2), "\", a form of \"", keyword_of(word_before(at - 2)), "\""}));
    }
  }
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find(' ', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(begin, end - begin);
    while (!word.empty() && std::string_view(".,;:)").find(word.back()) != std::string_view::npos) {
      word.remove_suffix(1);
    }
    const std::string_view keyword = keyword_of(word);
    if (!keyword.empty() && keyword != "MAY") {
      const std::string tag = joined({" (", keyword});
      const std::string_view rest = text.substr(begin + word.size());
      const bool tagged = rest.substr(0, tag.size()) == tag && rest.substr(tag.size(), 4) != " NOT";
      if (!tagged) problems.push_back(joined({"\"", word, "\" carries ", keyword, " untagged"}));
    }
    begin = end + 1;
  }
  return problems;
}

inline std::size_t count(const std::vector<std::string>& keywords, std::string_view keyword) {
  return static_cast<std::size_t>(std::count(keywords.begin(), keywords.end(), keyword));
}

// Words a Turkish telecom engineer would read wrongly in what sipcodes
// prints, each with the term the glossary uses instead; lower case, as
// turkish_lower() gives them.
inline constexpr std::pair<const char*, const char*> avoided[] = {
    {"ortam", "media is medya"},
    {"kimlik belgesi", "credentials are kimlik bilgileri; belge reads as an ID card"},
    {"yanıt metni", "the reason phrase is yanıt ifadesi"},
    {"süz", "call filtering is çağrı filtreleme, a filter a filtre; süzmek reads as straining"},
    {"atlama isteği", "the request reaches the next hop; no such noun"},
    {"çözüldü", "an address is çözümlendi"},
    {"uyarıyor", "the user is notified of the call, not warned"},
    {"yönlendiren", "the REFER sender is REFER gönderen"},
    {"kaydı bırakır", "a binding is deleted: kaydı siler"},
    {"sunucuya aynı şemayla", "denemek takes the accusative"},
    {"yeniden dene", "a request is sent again: yeniden gönderilir"},
    {"tekrar", "a request is sent again: yeniden gönderilir"},
    {"yinele", "a request is sent again: yeniden gönderilir"},
    {"ulaşılamıyor", "unavailable is müsait değil; ulaşmak is to reach"},
    {"uygun değil", "unavailable is müsait değil"},
    {"arama", "a call is çağrı; arama reads as a call, a dial or a search"},
    {"yayına", "a publication is yayım"},
    {"yayıncı", "the publisher is yayımcı"},
    {"uygulanmadı", "501 on a display reads 'was not applied'"},
    {" ta ki ", "'ta ki ... -meyene dek' says the opposite"},
    {"genellikle bir sertifika", "RFC 8224 does not say what the credential usually is"},
    {"küresel", "6xx is her yerde başarısızlık; küresel hata reads as a worldwide fault"},
    {"genel hata", "6xx is her yerde başarısızlık; genel hata reads as a generic error, which 603 is not"},
    {"kimlik doğrulama hizmeti",
     "RFC 8224's authentication service signs: imzalama hizmeti; the verifier is "
     "doğrulama hizmeti"},
    {"genellikle çağrı analitiği", "RFC 8688 names a call analytics engine as an example, not as the usual case"},
};

// Who can be bound by "-mek zorundadır": a party that acts. A MUST on a
// message or a part of one ("Yanıtın Min-SE taşıması zorunludur") takes
// "-mesi zorunludur" (the glossary of sipcodes/lang/tr.hpp). Lower case, each
// a word or two as it stands in the nominative.
inline constexpr std::string_view agents[] = {"uac",
                                              "uas",
                                              "istemci",
                                              "sunucu",
                                              "vekil sunucu",
                                              "kayıt sunucusu",
                                              "abone",
                                              "bildirici",
                                              "ara öğe",
                                              "öğe",
                                              "kullanıcı aracısı",
                                              "alıcı",
                                              "gönderen",
                                              "aktarıcı",
                                              "doğrulama hizmeti",
                                              "imzalama hizmeti",
                                              "yayımcı",
                                              "uç sistem"};

// True when `clause` names an agent as a whole word or pair of words.
inline bool names_agent(std::string_view clause) {
  const std::string lower = turkish_lower(clause);
  for (std::string_view agent : agents) {
    for (std::size_t at = lower.find(agent); at != std::string::npos; at = lower.find(agent, at + 1)) {
      const std::size_t end = at + agent.size();
      const bool starts = at == 0 || lower[at - 1] == ' ' || lower[at - 1] == '(';
      const bool ends = end == lower.size() || std::string_view(" ,;:)").find(lower[end]) != std::string_view::npos;
      if (starts && ends) return true;
    }
  }
  return false;
}

}  // namespace glossary

#endif
