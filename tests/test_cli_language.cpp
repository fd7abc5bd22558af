// The sipcodes command in Turkish: with --lang tr, or in a Turkish locale,
// everything it prints is Turkish, in the words of the glossary of
// sipcodes/lang/tr.hpp; what stays English is what a Turkish engineer reads
// in English too (an RFC keyword, a header field or parameter name, an
// option, a method, a phrase or a Q.850 cause name quoted from its registry).
// The same for the Turkish side of the reference page.
//
// How an English word is found without a dictionary: each command runs in
// both languages, and a word of the Turkish output that the English output
// has too is English left untranslated, unless it is allowed. The library's
// own texts (its phrases and descriptions, English and Turkish, the Q.850
// cause names, the warn-texts) are taken out of both outputs first: their
// words are the pack's to answer for (test_language.cpp), not the command's.
#include <sipcodes/lang/tr.hpp>
#include <sipcodes/q850.hpp>
#include <sipcodes/sipcodes.hpp>

#include "../examples/cli/reference_page.hpp"
#include "../examples/cli/wording.hpp"

#include <doctest/doctest.h>

#include "cli_run.hpp"
#include "glossary.hpp"

#include <algorithm>
#include <cstddef>
#include <fstream>
#include <initializer_list>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using cli_test::english_environment;
using cli_test::outcome;
using cli_test::run_command;
using cli_test::turkish_environment;

std::vector<std::string> with(std::initializer_list<std::string> first, const std::vector<std::string>& rest) {
  std::vector<std::string> args(first);
  args.insert(args.end(), rest.begin(), rest.end());
  return args;
}

// Every text of the library the command prints as it is, longest first, so
// that a phrase goes before a shorter one inside it.
const std::vector<std::string>& library_texts() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> t;
    const auto add = [&t](std::string_view s) {
      if (!s.empty()) t.emplace_back(s);
    };
    for (const auto& row : sipcodes::all()) {
      add(row.reason);
      add(row.name);
      add(row.description);
      add(sipcodes::description(row.code, sipcodes::lang::tr));
      add(sipcodes::reason_phrase(row.code, sipcodes::lang::tr));
      for (const auto& a : row.aliases()) {
        add(a.phrase);
        add(a.source);  // the core's note of where a former phrase was seen
        add(sipcodes::source(a, sipcodes::lang::tr));
      }
    }
    for (const auto& w : sipcodes::warn_codes()) {
      add(w.text);
      add(w.description);
      add(sipcodes::warning_text(w.code, sipcodes::lang::tr));
      add(sipcodes::warning_description(w.code, sipcodes::lang::tr));
    }
    for (int cause = 1; cause <= 127; ++cause) add(sipcodes::q850_cause_name(cause));
    for (const auto& rule : sipcodes::header_rules()) {
      add(rule.condition);
      add(sipcodes::condition(rule, sipcodes::lang::tr));
    }
    std::sort(t.begin(), t.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return t;
  }();
  return texts;
}

// What stays English in Turkish output: RFC 2119 keywords, protocol and
// format names, methods, header field and parameter names, the program, the
// language tags and the locale variables.
const std::set<std::string>& allowed_words() {
  static const std::set<std::string> words = [] {
    std::set<std::string> w = {"MUST",    "SHOULD",  "MAY",      "NOT",       "SIP",    "RFC",      "ISUP",
                               "IANA",    "JSON",    "HTML",     "Markdown",  "BCP",    "INVITE",   "re-INVITE",
                               "BYE",     "CANCEL",  "REGISTER", "SUBSCRIBE", "NOTIFY", "PUBLISH",  "MESSAGE",
                               "REFER",   "OPTIONS", "ACK",      "PRACK",     "UPDATE", "sipcodes", "en",
                               "tr",      "TR",      "LANG",     "duration",  "cause",  "text",     "Retry-After",
                               "Warning", "Reason",  "Call-ID",  "Contact",   "tr-TR",  "A"};  // A: RFC 5630 Ek A
    for (const auto& rule : sipcodes::header_rules()) {
      w.emplace(rule.header);
      if (!rule.method.empty()) w.emplace(rule.method);
    }
    return w;
  }();
  return words;
}

bool is_word_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// `text` with every whole-word occurrence of `part` replaced by a blank: "ok"
// (200's name) goes, "yoksa" stays.
void erase_words(std::string& text, std::string_view part) {
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    const std::size_t end = at + part.size();
    const bool starts = at == 0 || !is_word_character(text[at - 1]) || !is_word_character(part.front());
    const bool ends = end == text.size() || !is_word_character(text[end]) || !is_word_character(part.back());
    if (starts && ends) text.replace(at, part.size(), " ");
  }
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_word_byte(char c) {
  return is_ascii_letter(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '/';
}

// The text without the library's texts, which may stay English in it.
std::string without_library(std::string text) {
  for (const std::string& t : library_texts()) erase_words(text, t);
  return text;
}

// The text without what is quoted: an argument echoed, a phrase, an example
// of a value. A single quote opens a quotation after a blank or a
// parenthesis only: after a letter it is an apostrophe, as in "RFC 3261'in".
std::string without_quotations(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool opens = c == '"' || (c == '\'' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '(' ||
                                                  text[i - 1] == '\n' || text[i - 1] == ','));
    if (opens) {
      const std::size_t end = text.find_first_of(std::string(1, c) + "\n", i + 1);
      if (end != std::string::npos && text[end] == c) {
        out += ' ';
        i = end;
        continue;
      }
    }
    out += c;
  }
  return out;
}

// The words of a text that are neither allowed nor numbers, options,
// enumerator names, hosts or tags: runs of ASCII letters, with the "-", "_",
// "." and "/" inside them, so that "re-INVITE", "tr_TR.UTF-8" and "SIP/2.0"
// are one word each. A word with a non-ASCII letter is not English.
std::set<std::string> english_candidates(const std::string& clean) {
  std::set<std::string> found;
  for (std::size_t i = 0; i < clean.size();) {
    if (!is_word_byte(clean[i])) {
      ++i;
      continue;
    }
    // After an apostrophe that follows a word, a suffix: "RFC 3261'in".
    const bool suffix = i >= 2 && clean[i - 1] == '\'' && clean[i - 2] != ' ';
    std::size_t end = i;
    bool ascii_word = !suffix;
    while (end < clean.size() && (is_word_byte(clean[end]) || static_cast<unsigned char>(clean[end]) >= 0x80)) {
      if (static_cast<unsigned char>(clean[end]) >= 0x80) ascii_word = false;
      ++end;
    }
    std::string word = clean.substr(i, end - i);
    i = end;
    while (!word.empty() && (word.back() == '.' || word.back() == '-' || word.back() == '/')) word.pop_back();
    if (!ascii_word || word.empty() || word.front() == '-') continue;
    if (std::any_of(word.begin(), word.end(), [](char c) { return (c >= '0' && c <= '9') || c == '_' || c == '.'; }))
      continue;
    if (!std::any_of(word.begin(), word.end(), is_ascii_letter) || allowed_words().count(word) != 0) continue;
    std::string lower;
    for (char c : word) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    found.insert(lower);
  }
  return found;
}

// The text without what the user typed, as the command echoes it: each
// argument, each of its words and the parts of them between double quotes,
// and what it holds in parentheses (a Retry-After comment, shown without
// them).
std::string without_arguments(std::string text, std::vector<std::string> args) {
  // Longest first, so that "--" does not take the dashes of "--json".
  std::sort(args.begin(), args.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (const std::string& arg : args) {
    erase_words(text, arg);
    const std::size_t open = arg.find('(');
    const std::size_t close = arg.find(')', open);
    if (open != std::string::npos && close != std::string::npos)
      erase_words(text, arg.substr(open + 1, close - open - 1));
    std::istringstream pieces(arg);
    for (std::string piece; pieces >> piece;) {
      erase_words(text, piece);
      // An argument is echoed with its double quotes as typed, which can
      // pair with the echo's own: the parts between them go too.
      std::istringstream parts(piece);
      for (std::string part; std::getline(parts, part, '"');) {
        if (!part.empty()) erase_words(text, part);
      }
    }
  }
  return text;
}

// The English words of `turkish`: those of its candidates that `english`,
// the same output in English, has too; `args` are the arguments, which the
// output may echo.
std::vector<std::string> english_words(const std::string& turkish, const std::string& english,
                                       const std::vector<std::string>& args = {}) {
  const std::set<std::string> in_english =
      english_candidates(without_arguments(without_quotations(without_library(english)), args));
  std::vector<std::string> left;
  for (const std::string& word :
       english_candidates(without_arguments(without_quotations(without_library(turkish)), args))) {
    if (in_english.count(word) != 0) left.push_back(word);
  }
  return left;
}

// The text without the library's texts and without the header rules' "Name
// LEVEL" pairs, whose keyword is a level, not a verb's force: what is left
// is the command's own wording.
std::string own_wording(const std::string& text) {
  std::string out = without_library(text);
  for (const auto& rule : sipcodes::header_rules()) {
    erase_words(out, std::string(rule.header) + ' ' + std::string(sipcodes::to_string(rule.level)));
    erase_words(out, std::string(rule.header) + " (" + std::string(sipcodes::to_string(rule.level)));
  }
  return out;
}

// What the glossary finds wrong in a Turkish text of the command: a keyword
// whose verb carries another force, a verb with a keyword's force untagged,
// a term the glossary avoids. One line each.
std::vector<std::string> glossary_problems(const std::string& turkish) {
  std::vector<std::string> problems;
  std::istringstream lines(own_wording(turkish));
  for (std::string line; std::getline(lines, line);) {
    for (const std::string& p : glossary::keyword_problems(line)) problems.push_back(p + " in: " + line);
  }
  const std::string lower = glossary::turkish_lower(own_wording(turkish));
  for (const auto& [word, why] : glossary::avoided) {
    if (lower.find(word) != std::string::npos) problems.push_back(std::string(word) + ": " + why);
  }
  // The command's own terms: kaynak for the source, Esc for the key,
  // başlık alanı for a header field.
  for (const auto& [word, why] : std::initializer_list<std::pair<std::string_view, std::string_view>>{
           {"  tanım ", "the source is kaynak"}, {"escape", "the key is Esc"}}) {
    if (lower.find(word) != std::string::npos) problems.push_back(std::string(word) + ": " + std::string(why));
  }
  for (std::size_t at = lower.find("başlık"); at != std::string::npos; at = lower.find("başlık", at + 1)) {
    if (lower.compare(at, std::string_view("başlık alan").size(), "başlık alan") != 0)
      problems.push_back("a header field is başlık alanı: " + lower.substr(at, 40));
  }
  return problems;
}

// Checks a Turkish text against the same text in English: no English word
// left in it, the glossary's keyword forms and terms, and each keyword as
// often as in the English (the library's texts aside, which the pack's test
// holds to the same).
void check_turkish(const std::string& turkish, const std::string& english, const std::vector<std::string>& args = {}) {
  for (const std::string& word : english_words(turkish, english, args)) FAIL_CHECK("English: " << word);
  for (const std::string& problem : glossary_problems(turkish)) FAIL_CHECK(problem);
  const auto in_english = glossary::keywords_in(without_library(english));
  const auto in_turkish = glossary::keywords_in(without_library(turkish));
  for (std::string_view keyword : {"MUST NOT", "SHOULD NOT", "MUST", "SHOULD", "MAY"}) {
    CAPTURE(keyword);
    CHECK(glossary::count(in_turkish, keyword) == glossary::count(in_english, keyword));
  }
}

// Every form of the command but --json, --gateway-tables and --html, which
// the test cases below check otherwise: its outputs, its errors, its help.
const std::vector<std::vector<std::string>>& cases() {
  static const std::vector<std::vector<std::string>> all = {
      // Codes, names, phrases, searches, lists, Markdown.
      {"486"},
      {"100", "608"},
      {"302", "401", "423", "488", "503", "580", "606"},
      {"499"},
      {"150"},
      {"busy_here"},
      {"gateway time-out"},
      {"busy"},
      {"meşgul"},
      {"transaction", "does", "not", "exist"},
      {"--list"},
      {"--list", "6xx"},
      {"--markdown", "486", "499"},
      {"--markdown", "486 Ringing", "SIP/2.0 499 Ringing", "Q.850;cause=17"},
      // Lines pasted from a log.
      {"SIP/2.0 486 Busy Here"},
      {"SIP/2.0", "486", "Busy", "Here"},
      {"SIP/2.0 486"},
      {"486 Ringing"},
      {"486 Busy Now"},
      {"504 Gateway Time-out"},
      {"SIP/2.0 499 Custom Reason"},
      {"SIP/2.0 499 Ringing"},
      {"SIP ;cause=480 ;text=\"Gone Fishing\""},
      {"SIP ;cause=200 ;text=\"Call completed elsewhere\""},
      {"Reason: SIP ;cause=486"},
      {"Q.850;cause=17"},
      {"Q.850 ;cause=21, Q.850 ;cause=22"},
      // Every error of the codes mode.
      {"700"},
      {"-486"},
      {" "},
      {"4860 Busy"},
      {"SIP/2.0 4860 Busy"},
      {"SIP/3.0 486 Busy Here"},
      {"SIP/x 486 Busy Here"},
      {"SIP/2.0 486 Busy\x01Here"},
      {"SIP/2.0 486 Busy \xff"},
      {"SIP/2.0 486 Busy\r\nHere"},
      {"SIP/2.0  486 Busy Here"},
      {"Reason: nothing"},
      {"Q.850 ;cause=17, nothing"},
      {"SIP;cause=999"},
      {"FOO;cause=1"},
      {"Q.850;cause=200"},
      {"Q.850;cause=16"},
      {"Q.850;cause=44"},
      {"busy hare"},
      {"xyzzy"},
      {"busyy"},
      {"\xff\xfe"},
      {std::string(201, 'a')},
      {"486 Me\xc5"},
      {"486  Busy  Here"},
      {"SIP;cause=abc"},
      {"SIP;cause="},
      {"SIP;cause=486;cause=487"},
      {"SIP;cause=486;text=\"unterminated"},
      {"SIP;cause=486;text=\"\xc5\""},
      {"SIP;cause=486 x"},
      {"SIP;foo"},
      {"@;cause=1"},
      {"Reason: SIP;cause=abc"},
      {"--", "--json"},
      {"KISA"},
      {"HATASI"},
      // Options and their errors.
      {},
      {"--help"},
      {"--frobnicate"},
      {"--jsno", "486"},
      {"--lang"},
      {"--lang", "xx"},
      {"--q850", "17", "--warning", "370"},
      {"--json", "--markdown"},
      {"--markdown", "--q850", "17"},
      {"--gateway-tables", "--json"},
      {"--html", "--json"},
      {"--html", "--markdown"},
      {"--html", "486"},
      {"--gateway-tables", "junk"},
      {"--list", "4xx", "5xx"},
      {"--list", "7xx"},
      {"--q850"},
      {"--warning"},
      {"--retry-after"},
      {"--retry-after", "120", "(in", "a", "meeting)", "486"},
      // --q850
      {"--q850", "17", "21", "22", "44", "16", "99", "128", "x"},
      // --warning
      {"--warning", "370", "304", "381", "214", "399 pbx.example.com \"Miscellaneous warning\""},
      {"--warning", "37", "abc", "305 gw.example.net 'x'", "370 pbx Insufficient bandwidth"},
      {"--warning", "370 \"Insufficient bandwidth\"", "370  pbx \"x\"", "370 pbx \"x\" junk"},
      {"--warning", "370 a \"x\", 399 b \"y\"", "Warning: 370 pbx \"x\"", "370 a \"x\", 399 b"},
      {"--warning", "304", "370", "pbx", "Insufficient", "bandwidth"},
      {"--warning", "370 h \"\xc3\""},
      // --retry-after
      {"--retry-after", "18000;duration=3600", "503"},
      {"--retry-after", "120 (in a meeting)", "486"},
      {"--retry-after", "90", "408"},
      {"--retry-after", "30", "491"},
      {"--retry-after", "5", "200"},
      {"--retry-after", "86400", "600"},
      {"--retry-after", "60", "500"},
      {"--retry-after", "60", "404"},
      {"--retry-after", "120s"},
      {"--retry-after", "120 (x", "486"},
      {"--retry-after", "120;duration", "486"},
      {"--retry-after", "120 x"},
      {"--retry-after", "120", "700"},
      {"--retry-after", "Retry-After: 120", "503"},
      {"--retry-after", "120 (\xc3)"},
  };
  return all;
}

// HTML text as it reads: the four escapes the page writes undone.
std::string unescaped_html(std::string text) {
  for (const auto& [entity, character] : std::initializer_list<std::pair<std::string_view, std::string_view>>{
           {"&quot;", "\""}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}}) {
    for (std::size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1)) {
      text.replace(at, entity.size(), character);
    }
  }
  return text;
}

std::string shown_args(const std::vector<std::string>& args) {
  std::string s;
  for (const std::string& a : args) s += (s.empty() ? "" : " ") + ("'" + a + "'");
  return s;
}

}  // namespace

TEST_CASE("the test finds English left in Turkish output, and only there") {
  CHECK(
      english_words("486 Meşgul\n  sınıf  4xx istemci hatası\n", "486 Busy Here\n  class  4xx client error\n").empty());
  CHECK(english_words("  saniye  120 s (2 min)\n", "  seconds  120 s (2 min)\n") ==
        std::vector<std::string>{"min", "s"});
  CHECK(english_words("sipcodes: \"700\" is not a response code\n", "sipcodes: \"700\" is not a response code\n")
            .size() == 5);
  // Quoted text, the library's texts, keywords, options, numbers and an
  // apostrophe's suffix are no English of the command's:
  CHECK(english_words("\"busy here\" 'in a meeting' --list RFC 3261'in Retry-After'dan MAY (SHOULD) 17 User busy",
                      "\"busy here\" 'in a meeting' --list in MAY SHOULD User busy")
            .empty());
  CHECK(glossary_problems("  yeniden gönderim  aynı istek gönderilmemelidir (SHOULD NOT)\n").empty());
  CHECK(glossary_problems("  başlık alanı  Retry-After MAY (RFC 3261 bölüm 21.4.24)\n").empty());
  CHECK(glossary_problems("  tekrar   aynı istek değiştirilmeden yeniden gönderilmez\n").size() == 1);
  CHECK(glossary_problems("  başlık       Retry-After MAY\n").size() == 1);
  CHECK_FALSE(glossary_problems("aynı istek gönderilmelidir (SHOULD NOT)\n").empty());
  CHECK(glossary_problems("6xx küresel hata\n").size() == 1);
}

TEST_CASE("with --lang tr or in a Turkish locale, the command prints Turkish") {
  for (const std::vector<std::string>& args : cases()) {
    CAPTURE(shown_args(args));
    const outcome english = run_command(with({"--lang", "en"}, args), english_environment());
    const outcome turkish = run_command(with({"--lang", "tr"}, args), english_environment());
    CAPTURE(turkish.all());
    CAPTURE(english.all());
    CHECK(turkish.status == english.status);
    // The words it prints, and their keywords' force.
    check_turkish(turkish.all(), english.all(), args);
    // A Turkish locale says the same as --lang tr, unless the case is about --lang.
    if (std::find(args.begin(), args.end(), "--lang") == args.end()) {
      const outcome by_locale = run_command(args, turkish_environment());
      CHECK(by_locale.status == turkish.status);
      CHECK(by_locale.out == turkish.out);
      CHECK(by_locale.err == turkish.err);
    }
  }
}

TEST_CASE("the command and the page name the classes alike, as the glossary does") {
  // The glossary of sipcodes/lang/tr.hpp: noun phrases, "hata" for RFC 3261's
  // Error, "başarısızlık" for its Failure (section 21.6).
  const std::vector<std::string> expected = {"1xx geçici yanıt",   "2xx başarılı yanıt", "3xx yeniden yönlendirme",
                                             "4xx istemci hatası", "5xx sunucu hatası",  "6xx her yerde başarısızlık"};
  for (std::size_t c = 1; c <= 6; ++c) {
    CAPTURE(c);
    CHECK(std::string(cli::turkish.classes[c]) == expected[c - 1]);
    CHECK(glossary::turkish_lower(reference_page::turkish.classes[c]) == expected[c - 1]);
  }
  // One name for a code's other phrases, in the command's lines and its Markdown column.
  CHECK(glossary::turkish_lower(cli::turkish.markdown_columns[5]) == cli::turkish.also_seen);
  // The page's retry advice says what may go again.
  for (std::string_view advice : {reference_page::turkish.retry_after_time, reference_page::turkish.retry_no_time}) {
    CAPTURE(advice);
    CHECK(advice.rfind("aynı istek ", 0) == 0);
  }
}

TEST_CASE("a rule's condition and a phrase's source come in the language asked for") {
  for (const auto& row : sipcodes::all()) {
    const std::string code = std::to_string(static_cast<int>(row.code));
    CAPTURE(code);
    const outcome turkish = run_command({"--lang", "tr", code}, english_environment());
    const outcome english = run_command({"--lang", "en", code}, english_environment());
    for (const auto& rule : sipcodes::header_rules(row.code)) {
      if (rule.condition.empty()) continue;
      CHECK(turkish.out.find(std::string(sipcodes::condition(rule, sipcodes::lang::tr))) != std::string::npos);
      CHECK(turkish.out.find(std::string(rule.condition)) == std::string::npos);
      CHECK(english.out.find(std::string(rule.condition)) != std::string::npos);
    }
    for (const auto& a : row.aliases()) {
      if (sipcodes::source(a, sipcodes::lang::tr) == a.source) continue;  // "RFC 4474" in either
      CHECK(turkish.out.find(std::string(sipcodes::source(a, sipcodes::lang::tr))) != std::string::npos);
      CHECK(turkish.out.find(std::string(a.source)) == std::string::npos);
      CHECK(english.out.find(std::string(a.source)) != std::string::npos);
    }
  }
  // The page has both, each in its language's span.
  std::ostringstream page;
  reference_page::write(page, "tr");
  const std::string html = unescaped_html(page.str());
  for (const auto& rule : sipcodes::header_rules()) {
    if (rule.condition.empty()) continue;
    CAPTURE(rule.condition);
    CHECK(html.find(std::string(rule.condition)) != std::string::npos);
    CHECK(html.find(std::string(sipcodes::condition(rule, sipcodes::lang::tr))) != std::string::npos);
  }
  for (const auto& row : sipcodes::all()) {
    for (const auto& a : row.aliases()) {
      CHECK(html.find(std::string(a.source)) != std::string::npos);
      CHECK(html.find(std::string(sipcodes::source(a, sipcodes::lang::tr))) != std::string::npos);
    }
  }
}

TEST_CASE("--lang is read before any error is said") {
  const outcome o = run_command({"--frobnicate", "--lang", "tr"}, english_environment());
  CHECK(o.status == cli::usage_error);
  CHECK(o.err.rfind("sipcodes: ", 0) == 0);
  CHECK(english_words(o.err, run_command({"--frobnicate"}, english_environment()).err).empty());
}

TEST_CASE("JSON and the gateway tables are the same in every language") {
  for (const std::vector<std::string>& args :
       std::initializer_list<std::vector<std::string>>{{"--json", "486"},
                                                       {"--json", "499", "SIP/2.0 486 Ringing", "Q.850;cause=17"},
                                                       {"--json", "--list", "6xx"},
                                                       {"--json", "--q850", "17", "21"},
                                                       {"--json", "--warning", "370", "370 pbx \"x\""},
                                                       {"--json", "--retry-after", "120 (in a meeting)", "503"},
                                                       {"--gateway-tables"}}) {
    CAPTURE(shown_args(args));
    const outcome english = run_command(with({"--lang", "en"}, args), english_environment());
    const outcome turkish = run_command(with({"--lang", "tr"}, args), english_environment());
    CHECK(turkish.status == english.status);
    CHECK(turkish.out == english.out);
    CHECK(!turkish.out.empty());
  }
}

TEST_CASE("the Turkish side of the reference page speaks as the glossary says") {
  std::ostringstream page;
  reference_page::write(page, "tr");
  const std::string html = page.str();
  // Every text in both languages is an English span followed by a Turkish one.
  const std::string en_open = "<span lang=\"en\" class=\"en";
  const std::string tr_open = "<span lang=\"tr\" class=\"tr";
  std::size_t pairs = 0;
  for (std::size_t at = html.find(en_open); at != std::string::npos; at = html.find(en_open, at + 1)) {
    const std::size_t en_text = html.find('>', at) + 1;
    const std::size_t en_end = html.find("</span>", en_text);
    const std::size_t tr_at = en_end + std::string_view("</span>").size();
    REQUIRE(html.compare(tr_at, tr_open.size(), tr_open) == 0);
    const std::size_t tr_text = html.find('>', tr_at) + 1;
    const std::string english = unescaped_html(html.substr(en_text, en_end - en_text));
    const std::string turkish = unescaped_html(html.substr(tr_text, html.find("</span>", tr_text) - tr_text));
    CAPTURE(english);
    CAPTURE(turkish);
    ++pairs;
    check_turkish(turkish, english);
  }
  CHECK(pairs > 400);  // every row has several
  // The words outside the spans: the filter's hint and the labels.
  for (const std::string_view attribute : {"data-placeholder-", "data-label-"}) {
    for (std::size_t at = html.find(std::string(attribute) + "en=\""); at != std::string::npos;
         at = html.find(std::string(attribute) + "en=\"", at + 1)) {
      const std::size_t en_text = html.find('"', at) + 1;
      const std::string english = unescaped_html(html.substr(en_text, html.find('"', en_text) - en_text));
      const std::size_t tr_at = html.find(std::string(attribute) + "tr=\"", en_text);
      const std::size_t tr_text = html.find('"', tr_at) + 1;
      const std::string turkish = unescaped_html(html.substr(tr_text, html.find('"', tr_text) - tr_text));
      CAPTURE(english);
      CAPTURE(turkish);
      CHECK(english_words(turkish, english).empty());
      CHECK(glossary_problems(turkish).empty());
    }
  }
}

TEST_CASE("the Turkish manual page speaks as the glossary says") {
  std::ifstream in(std::string(SIPCODES_MAN_DIR) + "/tr/sipcodes.1.in");
  REQUIRE(in);
  // The page's words: every line but the comments, without roff's font escapes.
  std::string text;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(".\\\"", 0) == 0) continue;
    for (std::string_view escape : {"\\fI", "\\fB", "\\fR", "\\fP"}) {
      for (std::size_t at = line.find(escape); at != std::string::npos; at = line.find(escape)) {
        line.erase(at, escape.size());
      }
    }
    text += line + ' ';
  }
  std::string lower = glossary::turkish_lower(text);
  // ORTAM DEĞİŞKENLERİ: environment variables, where "ortam" is no medium.
  for (std::size_t at = lower.find("ortam değişken"); at != std::string::npos; at = lower.find("ortam değişken")) {
    lower.erase(at, std::string_view("ortam").size());
  }
  // Plain variables, not structured bindings: C++17 lambdas (CAPTURE) cannot
  // capture a binding before clang 16.
  for (const auto& entry : glossary::avoided) {
    const std::string word(entry.first);
    const std::string why(entry.second);
    CAPTURE(word);
    CAPTURE(why);
    CHECK(lower.find(word) == std::string::npos);
  }
  for (const auto& entry : std::initializer_list<std::pair<std::string_view, std::string_view>>{
           {"standart hataya", "the stream is standart hata çıkışı (stderr)"},
           {"kaçışlı", "a control byte is shown with an escape sequence, kaçış dizisiyle"},
           {"bir mühendisin", "Turkish engineers read these terms in English: Türk mühendisler, terimler"}}) {
    const std::string why(entry.second);
    CAPTURE(why);
    CHECK(lower.find(entry.first) == std::string::npos);
  }
}
