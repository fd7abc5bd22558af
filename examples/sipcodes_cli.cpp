// sipcodes: look up SIP response codes from the command line.
//
//   sipcodes 486                 everything about one code (several may be given)
//   sipcodes "busy here"         by phrase, current or former; busy_here by name
//   sipcodes busy                a search: every code whose texts have the words
//   sipcodes --list [4xx]        one line per code, or per code of a class
//   sipcodes --json ...          JSON instead of text, for any of the above
//   sipcodes --markdown ...      a Markdown table of the codes
//   sipcodes --q850 CAUSE...     the SIP response for Q.850 causes (RFC 3398)
//   sipcodes --warning CODE|VALUE...  a warn-code, or a Warning header field value
//   sipcodes --retry-after VALUE [CODE]  a Retry-After value, and when to retry after CODE
//   sipcodes --gateway-tables    RFC 3398's mappings and the header rules, in Markdown
//   sipcodes --html              the reference page: one HTML file, both languages
//
// Exit status: 0 when everything asked for was found; 1 when something was
// not (a valid code that is not registered, a search with no match); 2 for a
// usage error or when the output could not be written. Errors go to stderr,
// one line each, with the arguments they quote escaped.

#include <sipcodes/lang/tr.hpp>
#include <sipcodes/q850.hpp>
#include <sipcodes/sipcodes.hpp>

#include "command_line.hpp"
#include "printable.hpp"
#include "reference_page.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

enum exit_code { found = 0, not_found = 1, usage_error = 2 };

enum class mode { codes, list, q850, warning, retry_after, gateway_tables, html };
enum class output_format { text, json, markdown };

constexpr std::string_view usage_text =
    "usage: sipcodes [OPTION]... [CODE | NAME | PHRASE | WORD]...\n"
    "Look up SIP response codes: phrase, RFC, description, Q.850 cause, Retry-After, header rules.\n"
    "\n"
    "  CODE      a response code, 486\n"
    "  NAME      an enumerator name, busy_here\n"
    "  PHRASE    a reason phrase, current or former, in any case: \"busy here\"\n"
    "  WORD      words to look for in phrases and descriptions, English or Turkish: busy\n"
    "\n"
    "  --list [CLASS]        one line per code, or per code of CLASS (1xx to 6xx)\n"
    "  --json                JSON instead of text\n"
    "  --markdown            a Markdown table of the codes\n"
    "  --q850 CAUSE...       the SIP response for Q.850 causes (RFC 3398 section 7.2.4.1)\n"
    "  --warning CODE|VALUE...  warn-codes (370) or Warning values ('370 pbx \"Insufficient bandwidth\"')\n"
    "  --retry-after VALUE [CODE]  a Retry-After value ('120 (in a meeting);duration=600'), and when\n"
    "                        a client may retry after the response CODE (RFC 3261 section 21)\n"
    "  --gateway-tables      RFC 3398's mappings and the header rules, as Markdown\n"
    "  --html                the reference page, one self-contained HTML file in English and Turkish;\n"
    "                        --lang picks the language it opens in\n"
    "  --lang LANG           en or tr; by default from LC_ALL, LC_MESSAGES or LANG (tr_TR.UTF-8 is tr)\n"
    "  --version             the version of sipcodes\n"
    "  --help                this text\n"
    "\n"
    "Exit status: 0 found, 1 not found, 2 usage error or output error.\n";

// The words the tool prints, in each language it speaks.
struct wording {
  std::string_view name, cls, defined_in, section, lifecycle, description, also_seen, q850_cause, retry_after,
      retry_allowed, retry_undefined, header, one_of, no_q850, bearer_variant, not_registered, treated_as, fallback_183,
      fallback_x00;
  std::string_view method_prefix, method_suffix, conditional;  // header rules: "for INVITE" / "INVITE için"
  // --warning
  std::string_view warn_range, warn_agent, warn_text, warn_not_registered, for_488_606;
  std::array<std::string_view, 5> warn_ranges;  // 300-329, 330-339, 370-379, 380-399, other
  // --retry-after
  std::string_view seconds, comment, duration, none, indefinitely, after, retry, retry_after_time,
      retry_several_seconds, retry_any_time, retry_random_time, retry_not_unchanged, try_elsewhere, without_retry_after,
      acts_as_prefix, acts_as_suffix, no_advice;
  std::array<std::string_view, 7> classes;     // by status_class
  std::array<std::string_view, 4> lifecycles;  // by lifecycle
  std::array<std::string_view, 7> markdown_columns;
};

constexpr wording english{
    "name",
    "class",
    "defined in",
    "section",
    "lifecycle",
    "description",
    "also seen",
    "q850 cause",
    "retry-after",
    "allowed",
    "not defined",
    "header",
    " (one of the listed)",
    "none (RFC 3398 section 8.2.6.1 gives no mapping)",
    " with warn-code 304 or 305 (bearer capability)",
    " is not a registered SIP response code",
    "treated as",
    "183",
    "the x00 code of its class",
    "for ",
    "",
    ", when ",
    "range",
    "agent",
    "warn-text",
    " is not a registered warn-code",
    "for 488 and 606",
    {"300-329: keywords of the session description", "330-339: basic network services the session asks for",
     "370-379: quantitative quality-of-service parameters of the session",
     "380-399: miscellaneous SIP-related warnings (RFC 5630 Appendix A)", "outside the ranges RFC 3261 defines"},
    "seconds",
    "comment",
    "duration",
    "none",
    "indefinitely (no duration parameter)",
    "after",
    "retry",
    "the same request may go again after",
    "the same request may go again after several seconds",
    "the same request may go again unchanged at any later time (MAY)",
    "a re-INVITE may go once more after a random time: 2.1 to 4 s if this side made the Call-ID, else 0 to 2 s (SHOULD)",
    "not the same request unchanged",
    "try an alternate server meanwhile (SHOULD)",
    "without Retry-After: ",
    "as for ",
    "",
    "RFC 3261 says nothing of Retry-After for this code",
    {"invalid", "1xx provisional", "2xx success", "3xx redirection", "4xx client error", "5xx server error",
     "6xx global failure"},
    {"current", "deprecated", "reserved", "historic"},
    {"Code", "Reason phrase", "Enumerator", "Reference", "Lifecycle", "Also seen as", "Description"}};

constexpr wording turkish{
    "ad",
    "sınıf",
    "tanım",
    "bölüm",
    "durum",
    "açıklama",
    "diğer ifade",
    "q850 nedeni",
    "retry-after",
    "kullanılabilir",
    "tanımlı değil",
    "başlık",
    " (listelenenlerden biri)",
    "yok (RFC 3398 bölüm 8.2.6.1 eşleme vermez)",
    " (uyarı kodu 304 ya da 305 ise: taşıyıcı yeteneği)",
    " kayıtlı bir SIP yanıt kodu değil",
    "işlenişi",
    "183",
    "sınıfının x00 kodu",
    "",
    " için",
    ", bölümdeki koşula bağlı",
    "aralık",
    "ekleyen",
    "uyarı metni",
    " kayıtlı bir uyarı kodu değil",
    "488 ve 606 için",
    {"300-329: oturum tanımındaki anahtar sözcükler", "330-339: oturumun istediği temel ağ hizmetleri",
     "370-379: oturumun sayısal hizmet kalitesi parametreleri",
     "380-399: SIP ile ilgili diğer uyarılar (RFC 5630 Ek A)", "RFC 3261'in tanımladığı aralıkların dışında"},
    "saniye",
    "açıklama",
    "süre",
    "yok",
    "süresiz (duration parametresi yok)",
    "sonra",
    "tekrar",
    "aynı istek şu süreden sonra yeniden gönderilebilir:",
    "aynı istek birkaç saniye sonra yeniden gönderilebilir",
    "aynı istek daha sonra herhangi bir zamanda değiştirilmeden yeniden gönderilebilir (MAY)",
    "re-INVITE rastgele bir süre sonra bir kez daha gönderilmelidir: Call-ID bu taraftansa 2,1-4 sn, değilse 0-2 sn (SHOULD)",
    "aynı istek değiştirilmeden yeniden gönderilmez",
    "bu arada başka bir sunucu denenmeli (SHOULD)",
    "Retry-After yoksa: ",
    "",
    " gibi işlenir",
    "RFC 3261 bu kod için Retry-After'dan söz etmez",
    {"geçersiz", "1xx geçici yanıt", "2xx başarılı", "3xx yeniden yönlendirme", "4xx istemci hatası",
     "5xx sunucu hatası", "6xx küresel hata"},
    {"güncel", "kullanımdan kaldırıldı", "ayrılmış", "tarihsel"},
    {"Kod", "Yanıt ifadesi", "Numaralandırıcı", "Kaynak", "Durum", "İngilizce ifade", "Açıklama"}};

// The languages the tool speaks: English, the library's own, and the packs.
constexpr sipcodes::language_pack english_pack{"en", "English", {}};

struct language {
  const sipcodes::language_pack* pack;
  const wording* words;
};

constexpr std::array<language, 2> languages{{{&english_pack, &english}, {&sipcodes::lang::tr, &turkish}}};

const language& english_language() { return languages[0]; }

std::string_view class_label(const wording& words, sipcodes::status_class c) {
  return words.classes[static_cast<std::size_t>(c) < words.classes.size() ? static_cast<std::size_t>(c) : 0];
}

std::string_view lifecycle_label(const wording& words, sipcodes::lifecycle l) {
  return words.lifecycles[static_cast<std::size_t>(l) % words.lifecycles.size()];
}

// A label padded to the column the values start at.
std::string label(std::string_view text) {
  std::string out = "  ";
  out += text;
  // Pad by characters, not bytes, so that Turkish labels line up too.
  std::size_t characters = 0;
  for (char c : text) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  out.append(characters < 13 ? 13 - characters : 1, ' ');
  return out;
}

// ---------------------------------------------------------------------------
// Arguments as text.

// How an argument is quoted in an error message: at most 64 bytes of it,
// with control bytes, malformed UTF-8 and the like shown as \xNN
// (printable.hpp), so that nothing reaches the terminal as a command.
std::string shown(std::string_view text) {
  constexpr std::size_t most = 64;
  std::string out = '"' + printable::escaped(text, most) + '"';
  if (text.size() > most) out += " (" + std::to_string(text.size()) + " bytes, cut)";
  return out;
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A number as a user might type one for a code: digits, optionally signed.
bool looks_like_number(std::string_view text) {
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
  return all_digits(text);
}

bool is_option(std::string_view text) { return text.size() > 1 && text[0] == '-' && !looks_like_number(text); }

// The value of a run of digits, saturated at 1000: enough to range-check it.
int saturated_value(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = std::min(value * 10 + (c - '0'), 1000);
  return value;
}

// A code as the tool accepts it: exactly three digits, 100 to 699.
std::optional<int> code_of(std::string_view text) {
  if (text.size() != 3 || !all_digits(text) || !sipcodes::is_valid(saturated_value(text))) return std::nullopt;
  return saturated_value(text);
}

// Lower case for search: ASCII letters, and Turkish capitals folded the way
// Turkish folds them (İ to i, I to ı), so that "MEŞGUL" finds "Meşgul".
std::string folded(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const std::string_view rest = text.substr(i);
    const auto replace = [&](std::string_view from, std::string_view to) {
      if (rest.substr(0, from.size()) != from) return false;
      out += to;
      i += from.size() - 1;
      return true;
    };
    if (replace("İ", "i") || replace("Ç", "ç") || replace("Ğ", "ğ") || replace("Ö", "ö") || replace("Ş", "ş") ||
        replace("Ü", "ü")) {
      continue;
    }
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

// Edit distance, to suggest the closest phrase for a typo; bounded by the
// caller to short strings.
std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

// The row whose phrase, name or alias is nearest a query of at most 40 bytes
// (longer ones are no typo of a phrase), when it is near enough to be a typo.
const sipcodes::status_info* closest_row(std::string_view query) {
  if (query.empty() || query.size() > 40) return nullptr;
  const std::string wanted = folded(query);
  const sipcodes::status_info* best = nullptr;
  std::size_t best_distance = wanted.size() / 3 + 1;  // beyond this it is another word, not a typo
  const auto consider = [&](const sipcodes::status_info& row, std::string_view candidate) {
    const std::size_t distance = edit_distance(wanted, folded(candidate));
    if (distance < best_distance) {
      best_distance = distance;
      best = &row;
    }
  };
  for (const auto& row : sipcodes::all()) {
    consider(row, row.reason);
    consider(row, row.name);
    for (const auto& a : row.aliases()) consider(row, a.phrase);
  }
  return best;
}

// ---------------------------------------------------------------------------
// JSON and Markdown.

std::string json_string(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20) {
      constexpr char hex[] = "0123456789abcdef";
      out += "\\u00";
      out += hex[byte >> 4];
      out += hex[byte & 0xF];
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string markdown_cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

// A JSON array of the items `each` writes, one per line.
template <class Items, class Each>
void print_json_array(std::ostream& out, const Items& items, Each each) {
  out << "[\n";
  bool first = true;
  for (const auto& item : items) {
    out << (first ? "  " : ",\n  ");
    first = false;
    each(item);
  }
  out << (first ? "]\n" : "\n]\n");
}

// What a code is: a row of the table, or a valid code the table lacks.
struct entry {
  const sipcodes::status_info* row = nullptr;
  int code = 0;  // when row is null
};

void print_code_json(std::ostream& out, const entry& e) {
  if (e.row == nullptr) {
    const sipcodes::status fallback = sipcodes::fallback(e.code).value_or(sipcodes::status{});
    out << "{\"code\": " << e.code << R"(, "known": false, "class": )"
        << json_string(sipcodes::to_string(sipcodes::class_of(e.code)))
        << ", \"fallback\": " << static_cast<int>(fallback)
        << ", \"fallback_reason\": " << json_string(sipcodes::reason_phrase(fallback)) << "}";
    return;
  }
  const sipcodes::status_info& row = *e.row;
  const int code = static_cast<int>(row.code);
  out << "{\"code\": " << code << R"(, "known": true, "reason": )" << json_string(row.reason)
      << ", \"name\": " << json_string(row.name) << ", \"class\": " << json_string(sipcodes::to_string(row.cls))
      << ", \"rfc\": " << row.rfc << ", \"section\": " << json_string(row.section)
      << ", \"lifecycle\": " << json_string(sipcodes::to_string(row.state))
      << ", \"description\": " << json_string(row.description)
      << ", \"reason_tr\": " << json_string(sipcodes::localized_reason(row.code, sipcodes::lang::tr))
      << ", \"description_tr\": " << json_string(sipcodes::description(row.code, sipcodes::lang::tr))
      << ", \"aliases\": [";
  const auto aliases = row.aliases();
  for (std::size_t j = 0; j < aliases.size(); ++j) {
    out << (j == 0 ? "" : ", ") << "{\"phrase\": " << json_string(aliases[j].phrase)
        << ", \"source\": " << json_string(aliases[j].source) << "}";
  }
  out << "], \"q850_cause\": ";
  const std::optional<int> cause = sipcodes::to_q850_cause(code);
  if (cause) {
    out << "{\"cause\": " << *cause << ", \"name\": " << json_string(sipcodes::q850_cause_name(*cause))
        << R"(, "source": "RFC 3398 section 8.2.6.1")";
    if (code == 488 || code == 606)
      out << ", \"with_bearer_capability_warning\": " << *sipcodes::to_q850_cause(code, 305);
    out << "}";
  } else {
    out << "null";
  }
  out << ", \"from_q850_causes\": [";
  bool first = true;
  for (const auto& m : sipcodes::q850_to_sip_mappings()) {
    if (m.sip != row.code) continue;
    out << (first ? "" : ", ") << m.cause;
    first = false;
  }
  out << "], \"retry_after\": " << (sipcodes::allows_retry_after(code) ? "true" : "false") << ", \"header_rules\": [";
  first = true;
  for (const auto& rule : sipcodes::header_rules(code)) {
    out << (first ? "" : ", ") << "{\"header\": " << json_string(rule.header)
        << ", \"level\": " << json_string(sipcodes::to_string(rule.level))
        << ", \"one_of\": " << (rule.one_of ? "true" : "false") << ", \"rfc\": " << rule.rfc
        << ", \"section\": " << json_string(rule.section) << ", \"method\": " << json_string(rule.method)
        << ", \"condition\": " << json_string(rule.condition) << "}";
    first = false;
  }
  out << "]}";
}

void print_markdown(std::ostream& out, const language& lang, const std::vector<entry>& entries) {
  const wording& words = *lang.words;
  const auto& c = words.markdown_columns;
  out << "| " << c[0] << " | " << c[1] << " | " << c[2] << " | " << c[3] << " | " << c[4] << " | " << c[5] << " | "
      << c[6] << " |\n";
  out << "|---:|---|---|---|---|---|---|\n";
  for (const entry& e : entries) {
    if (e.row == nullptr) {
      const sipcodes::status fallback = sipcodes::fallback(e.code).value_or(sipcodes::status{});
      out << "| " << e.code << " |  |  |  |  |  | " << e.code << words.not_registered << "; " << words.treated_as << ' '
          << static_cast<int>(fallback) << ' ' << markdown_cell(sipcodes::localized_reason(fallback, *lang.pack))
          << " (RFC 3261 §8.1.3.2) |\n";
      continue;
    }
    const sipcodes::status_info* row = e.row;
    // English: the former phrases; other languages: the default English phrase.
    std::string other;
    if (&lang == &english_language()) {
      for (const auto& a : row->aliases()) other += (other.empty() ? "" : "; ") + markdown_cell(a.phrase);
    } else {
      other = markdown_cell(row->reason);
    }
    out << "| " << static_cast<int>(row->code) << " | "
        << markdown_cell(sipcodes::localized_reason(row->code, *lang.pack)) << " | `" << row->name << "` | RFC "
        << row->rfc << " §" << row->section << " | " << lifecycle_label(words, row->state) << " | " << other << " | "
        << markdown_cell(sipcodes::description(row->code, *lang.pack)) << " |\n";
  }
}

// ---------------------------------------------------------------------------
// Text.

// What a gateway needs to know of a code: its Q.850 cause, Retry-After, and
// the header fields the response carries.
void print_gateway_facts(std::ostream& out, const wording& words, int code) {
  const std::optional<int> cause = sipcodes::to_q850_cause(code);
  if (cause) {
    out << label(words.q850_cause) << *cause << ' ' << sipcodes::q850_cause_name(*cause) << " (RFC 3398 "
        << words.section << " 8.2.6.1";
    if (code == 488 || code == 606) {
      out << "; " << sipcodes::to_q850_cause(code, 305).value_or(0) << words.bearer_variant;
    }
    out << ")\n";
  } else if (sipcodes::class_of(code) >= sipcodes::status_class::client_error) {
    out << label(words.q850_cause) << words.no_q850 << '\n';
  }
  out << label(words.retry_after);
  if (sipcodes::allows_retry_after(code)) {
    out << words.retry_allowed << " (RFC 3261 " << words.section << " 20.33)\n";
  } else {
    out << words.retry_undefined << '\n';
  }
  for (const auto& rule : sipcodes::header_rules(code)) {
    out << label(words.header) << rule.header << ' ' << sipcodes::to_string(rule.level)
        << (rule.one_of ? words.one_of : "");
    if (!rule.method.empty()) out << ' ' << words.method_prefix << rule.method << words.method_suffix;
    if (!rule.condition.empty()) out << words.conditional << (&words == &english ? rule.condition : "");
    out << " (RFC " << rule.rfc << ' ' << words.section << ' ' << rule.section << ")\n";
  }
}

void print_details(std::ostream& out, const language& lang, const sipcodes::status_info& row) {
  const wording& words = *lang.words;
  out << static_cast<int>(row.code) << ' ' << sipcodes::localized_reason(row.code, *lang.pack) << '\n';
  out << label(words.name) << row.name << '\n';
  out << label(words.cls) << class_label(words, row.cls) << '\n';
  out << label(words.defined_in) << "RFC " << row.rfc << ' ' << words.section << ' ' << row.section << '\n';
  out << label(words.lifecycle) << lifecycle_label(words, row.state) << '\n';
  out << label(words.description) << sipcodes::description(row.code, *lang.pack) << '\n';
  if (sipcodes::localized_reason(row.code, *lang.pack) != row.reason)
    out << label(words.also_seen) << '"' << row.reason << "\" (RFC " << row.rfc << ")\n";
  for (const auto& a : row.aliases()) out << label(words.also_seen) << '"' << a.phrase << "\" (" << a.source << ")\n";
  print_gateway_facts(out, words, static_cast<int>(row.code));
}

void print_unknown(std::ostream& out, const language& lang, int code) {
  const wording& words = *lang.words;
  const sipcodes::status fallback = sipcodes::fallback(code).value_or(sipcodes::status{});
  out << code << words.not_registered << '\n';
  out << label(words.cls) << class_label(words, sipcodes::class_of(code)) << '\n';
  out << label(words.treated_as) << static_cast<int>(fallback) << ' '
      << sipcodes::localized_reason(fallback, *lang.pack) << " (RFC 3261 " << words.section
      << " 8.1.3.2: " << (sipcodes::is_provisional(code) ? words.fallback_183 : words.fallback_x00) << ")\n";
}

void print_entries(std::ostream& out, const language& lang, output_format format, const std::vector<entry>& entries,
                   bool one_line_each) {
  if (format == output_format::json) {
    print_json_array(out, entries, [&](const entry& e) { print_code_json(out, e); });
    return;
  }
  if (format == output_format::markdown) {
    print_markdown(out, lang, entries);
    return;
  }
  bool first = true;
  for (const entry& e : entries) {
    if (one_line_each) {
      if (e.row != nullptr)
        out << static_cast<int>(e.row->code) << ' ' << sipcodes::localized_reason(e.row->code, *lang.pack) << '\n';
      continue;
    }
    if (!first) out << '\n';
    first = false;
    if (e.row != nullptr) {
      print_details(out, lang, *e.row);
    } else {
      print_unknown(out, lang, e.code);
    }
  }
}

void print_gateway_tables(std::ostream& out) {
  out << "#### SIP response to Q.850 cause (RFC 3398 section 8.2.6.1)\n\n";
  out << "Any other code of 400 to 699 maps to 31 (Normal, unspecified).\n\n";
  out << "| SIP response | Q.850 cause | Note |\n|---|---|---|\n";
  for (const auto& row : sipcodes::sip_to_q850_mappings()) {
    out << "| " << row.sip << " | ";
    if (row.cause) {
      out << *row.cause << ' ' << sipcodes::q850_cause_name(*row.cause);
    } else {
      out << "none";
    }
    out << " | " << markdown_cell(row.note) << " |\n";
  }
  out << "\n#### Q.850 cause to SIP response (RFC 3398 section 7.2.4.1)\n\n";
  out << "Any other cause of 1 to 127 maps to 500 Server Internal Error.\n\n";
  out << "| Q.850 cause | SIP response | Note |\n|---|---|---|\n";
  for (const auto& row : sipcodes::q850_to_sip_mappings()) {
    out << "| " << row.cause << ' ' << sipcodes::q850_cause_name(row.cause) << " | ";
    if (row.sip) {
      out << *row.sip;
    } else {
      out << "none";
    }
    out << " | " << markdown_cell(row.note) << " |\n";
  }
  out << "\n#### Header fields a response carries\n\n";
  out << "A code not listed is one that no RFC the table cites ties a header field to. What a 2xx carries by the "
         "method it answers (RFC 3261 §13.3.1.4 for an INVITE, for example) is left out.\n\n";
  out << "| Response | Header field | Keyword | To | When | Source |\n|---|---|---|---|---|---|\n";
  for (const auto& rule : sipcodes::header_rules()) {
    out << "| " << rule.code << " | " << rule.header << " | " << sipcodes::to_string(rule.level)
        << (rule.one_of ? " (one of)" : "") << " | " << (rule.method.empty() ? "any request" : rule.method) << " | "
        << (rule.condition.empty() ? "always" : markdown_cell(rule.condition)) << " | RFC " << rule.rfc << " §"
        << rule.section << " |\n";
  }
  out << "\nRetry-After is defined for ";
  bool first = true;
  for (const auto& rule : sipcodes::retry_after_rules()) {
    out << (first ? "" : ", ") << static_cast<int>(rule.code);
    first = false;
  }
  out << " (RFC 3261 §20.33 and Table 3).\n";
}

// ---------------------------------------------------------------------------
// --q850

struct q850_answer {
  int cause = 0;
  std::optional<sipcodes::status> sip;
  bool listed = false;
};

q850_answer q850_answer_of(int cause) {
  const auto& mappings = sipcodes::q850_to_sip_mappings();
  return {cause, sipcodes::from_q850_cause(cause),
          std::any_of(mappings.begin(), mappings.end(), [&](const auto& row) { return row.cause == cause; })};
}

void print_q850_text(std::ostream& out, const q850_answer& a) {
  const std::string_view name = sipcodes::q850_cause_name(a.cause);
  out << "Q.850 cause " << a.cause << (name.empty() ? "" : " ") << name << '\n';
  if (!a.sip) {
    out << "  sip          none: "
        << (a.cause == 44 ? "untranslatable, no response is sent" : "the call ends with BYE or CANCEL")
        << " (RFC 3398 section 7.2.4.1)\n";
  } else {
    out << "  sip          " << *a.sip << " (RFC 3398 section 7.2.4.1"
        << (a.listed ? "" : ": the default for causes it does not list") << ")\n";
  }
  if (a.cause == 21) {
    out << "  at user      " << *sipcodes::from_q850_cause(21, sipcodes::cause_location::user) << '\n';
  }
  if (a.cause == 22) {
    out << "  diagnostic   "
        << *sipcodes::from_q850_cause(22, sipcodes::cause_location::network, sipcodes::cause_diagnostic::present)
        << '\n';
  }
}

void print_q850_json(std::ostream& out, const q850_answer& a) {
  out << "{\"cause\": " << a.cause << ", \"name\": " << json_string(sipcodes::q850_cause_name(a.cause))
      << ", \"sip\": ";
  if (a.sip) {
    out << static_cast<int>(*a.sip) << ", \"reason\": " << json_string(sipcodes::reason_phrase(*a.sip));
  } else {
    out << "null";
  }
  out << ", \"listed\": " << (a.listed ? "true" : "false") << R"(, "source": "RFC 3398 section 7.2.4.1")";
  if (a.cause == 21) {
    out << ", \"at_user\": " << static_cast<int>(*sipcodes::from_q850_cause(21, sipcodes::cause_location::user));
  }
  if (a.cause == 22) {
    out << ", \"with_diagnostic\": "
        << static_cast<int>(
               *sipcodes::from_q850_cause(22, sipcodes::cause_location::network, sipcodes::cause_diagnostic::present));
  }
  out << "}";
}

// ---------------------------------------------------------------------------
// --warning

std::string_view warn_range_label(const wording& words, int code) {
  if (code >= 300 && code <= 329) return words.warn_ranges[0];
  if (code >= 330 && code <= 339) return words.warn_ranges[1];
  if (code >= 370 && code <= 379) return words.warn_ranges[2];
  if (code >= 380 && code <= 399) return words.warn_ranges[3];
  return words.warn_ranges[4];
}

std::string unescaped(std::string_view escaped) {
  std::string text(escaped.size(), '\0');
  const auto r = sipcodes::unescape_reason_text(escaped, text.data(), text.data() + text.size());
  text.resize(static_cast<std::size_t>(r.end - text.data()));
  return text;
}

struct warning_answer {
  int code = 0;
  std::optional<sipcodes::warning_value> value;  // when a whole Warning value was given
};

void print_warning_text(std::ostream& out, const language& lang, const warning_answer& a) {
  const wording& words = *lang.words;
  const sipcodes::warn_code_info* row = sipcodes::find_warn_code(a.code);
  if (row == nullptr) {
    out << a.code << words.warn_not_registered << '\n';
    out << label(words.warn_range) << warn_range_label(words, a.code) << '\n';
  } else {
    out << a.code << ' ' << sipcodes::warning_text(a.code, *lang.pack) << '\n';
    out << label(words.defined_in) << "RFC " << row->rfc << ' ' << words.section << ' ' << row->section << '\n';
    out << label(words.warn_range) << warn_range_label(words, a.code) << '\n';
    out << label(words.description) << sipcodes::warning_description(a.code, *lang.pack) << '\n';
  }
  if (a.value) {
    out << label(words.warn_agent) << a.value->agent << '\n';
    out << label(words.warn_text) << '"' << unescaped(a.value->text) << "\"\n";
  }
  const int cause = *sipcodes::to_q850_cause(488, a.code);
  out << label(words.q850_cause) << words.for_488_606 << ": " << cause << ' ' << sipcodes::q850_cause_name(cause)
      << " (RFC 3398 " << words.section << " 8.2.6.1)\n";
}

void print_warning_json(std::ostream& out, const warning_answer& a) {
  const sipcodes::warn_code_info* row = sipcodes::find_warn_code(a.code);
  out << "{\"code\": " << a.code << ", \"known\": " << (row != nullptr ? "true" : "false");
  if (row != nullptr) {
    out << ", \"text\": " << json_string(row->text) << ", \"rfc\": " << row->rfc
        << ", \"section\": " << json_string(row->section) << ", \"description\": " << json_string(row->description)
        << ", \"text_tr\": " << json_string(sipcodes::warning_text(a.code, sipcodes::lang::tr))
        << ", \"description_tr\": " << json_string(sipcodes::warning_description(a.code, sipcodes::lang::tr));
  }
  if (a.value) {
    out << ", \"agent\": " << json_string(a.value->agent)
        << ", \"warn_text\": " << json_string(unescaped(a.value->text));
  }
  out << ", \"q850_cause_for_488_606\": " << *sipcodes::to_q850_cause(488, a.code) << "}";
}

// ---------------------------------------------------------------------------
// --retry-after

// "18000 s (5 h)": seconds, and the largest whole unit when there is one.
std::string duration_text(std::uint32_t seconds) {
  std::string out = std::to_string(seconds) + " s";
  if (seconds >= 86400 && seconds % 86400 == 0) return out + " (" + std::to_string(seconds / 86400) + " d)";
  if (seconds >= 3600 && seconds % 3600 == 0) return out + " (" + std::to_string(seconds / 3600) + " h)";
  if (seconds >= 60 && seconds % 60 == 0) return out + " (" + std::to_string(seconds / 60) + " min)";
  return out;
}

std::string advice_text(const wording& words, const sipcodes::retry_advice& advice) {
  if (!advice.applies) return std::string(words.no_advice);
  std::string line;
  if (!advice.may_retry) {
    line = std::string(words.retry_not_unchanged);
  } else if (advice.after) {
    line = std::string(words.retry_after_time) + ' ' + duration_text(*advice.after);
  } else if (advice.treated_as == sipcodes::status::request_timeout) {
    line = std::string(words.retry_any_time);
  } else if (advice.treated_as == sipcodes::status::request_pending) {
    line = std::string(words.retry_random_time);
  } else {
    line = std::string(words.retry_several_seconds);
  }
  if (advice.try_elsewhere) line += "; " + std::string(words.try_elsewhere);
  return line + " (RFC 3261 " + std::string(words.section) + ' ' + std::string(advice.section) + ')';
}

void print_retry_after_text(std::ostream& out, const language& lang, std::string_view text,
                            const sipcodes::retry_after_value& value, std::optional<int> code) {
  const wording& words = *lang.words;
  out << "Retry-After: " << text << '\n';
  out << label(words.seconds) << duration_text(value.seconds) << '\n';
  out << label(words.duration) << (value.duration ? duration_text(*value.duration) : std::string(words.indefinitely))
      << '\n';
  if (!value.comment.empty()) out << label(words.comment) << unescaped(value.comment) << '\n';
  if (!code) return;
  out << label(words.retry) << *code << ": " << advice_text(words, sipcodes::retry_advice_for(*code, value.seconds))
      << '\n';
  const sipcodes::retry_advice without = sipcodes::retry_advice_for(*code);
  if (!without.applies) return;
  out << label("") << words.without_retry_after;
  if (without.treated_as && static_cast<int>(*without.treated_as) != *code) {
    out << words.acts_as_prefix << static_cast<int>(*without.treated_as) << ' '
        << sipcodes::localized_reason(*without.treated_as, *lang.pack) << words.acts_as_suffix << "; ";
  }
  out << advice_text(words, without) << '\n';
}

void print_advice_json(std::ostream& out, const sipcodes::retry_advice& advice) {
  out << "{\"applies\": " << (advice.applies ? "true" : "false");
  if (advice.applies) {
    out << ", \"may_retry\": " << (advice.may_retry ? "true" : "false") << ", \"after\": ";
    if (advice.after) {
      out << *advice.after;
    } else {
      out << "null";
    }
    out << ", \"try_elsewhere\": " << (advice.try_elsewhere ? "true" : "false") << ", \"treated_as\": ";
    if (advice.treated_as) {
      out << static_cast<int>(*advice.treated_as);
    } else {
      out << "null";
    }
    out << ", \"section\": " << json_string(advice.section);
  }
  out << "}";
}

void print_retry_after_json(std::ostream& out, const sipcodes::retry_after_value& value, std::optional<int> code) {
  out << "{\"seconds\": " << value.seconds << ", \"duration\": ";
  if (value.duration) {
    out << *value.duration;
  } else {
    out << "null";
  }
  out << ", \"comment\": " << json_string(unescaped(value.comment));
  if (code) {
    out << ", \"code\": " << *code << ", \"advice\": ";
    print_advice_json(out, sipcodes::retry_advice_for(*code, value.seconds));
    out << ", \"advice_without_retry_after\": ";
    print_advice_json(out, sipcodes::retry_advice_for(*code));
  }
  out << "}\n";
}

// ---------------------------------------------------------------------------
// Arguments.

// The language a tag names ("tr"), if the tool speaks it.
const language* language_of_tag(std::string_view tag) {
  for (const language& l : languages) {
    if (l.pack->tag == tag) return &l;
  }
  return nullptr;
}

// The language a locale name asks for: "tr_TR.UTF-8" and "tr" are Turkish; a
// locale of a language the tool does not speak is English.
const language& language_of_locale(std::string_view locale) {
  const std::size_t end = locale.find_first_of("_-.@");  // tr_TR.UTF-8, tr-TR
  const language* found = language_of_tag(locale.substr(0, end));
  return found != nullptr ? *found : english_language();
}

// The language the environment asks for, by POSIX precedence: LC_ALL, then
// LC_MESSAGES, then LANG; unset or empty variables are skipped. Without any
// of them, the system's locale (Windows: the user's locale).
const language& language_of_environment() {
  for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(variable);
    if (value != nullptr && *value != '\0') return language_of_locale(value);
  }
  return language_of_locale(command_line::system_locale());
}

// A class as --list takes it: "4xx".
std::optional<sipcodes::status_class> class_of_text(std::string_view text) {
  if (text.size() != 3 || text[0] < '1' || text[0] > '6' || (text[1] != 'x' && text[1] != 'X') ||
      (text[2] != 'x' && text[2] != 'X')) {
    return std::nullopt;
  }
  return static_cast<sipcodes::status_class>(text[0] - '0');
}

struct command {
  mode what = mode::codes;
  output_format format = output_format::text;
  const language* lang = nullptr;
  std::optional<sipcodes::status_class> list_class;
  std::vector<std::string_view> arguments;
  bool help = false, version = false;
};

std::string_view mode_option(mode m) {
  switch (m) {
    case mode::list: return "--list";
    case mode::q850: return "--q850";
    case mode::warning: return "--warning";
    case mode::retry_after: return "--retry-after";
    case mode::gateway_tables: return "--gateway-tables";
    case mode::html: return "--html";
    case mode::codes: break;
  }
  return "";
}

// Reads the command line; on a usage error says why on `err` and returns nullopt.
std::optional<command> parse_command(const std::vector<std::string_view>& args, const language& environment,
                                     std::ostream& err) {
  command c;
  c.lang = &environment;
  bool options_done = false;
  const auto set_mode = [&](mode m) {
    if (c.what != mode::codes && c.what != m) {
      err << "sipcodes: " << mode_option(c.what) << " and " << mode_option(m) << " cannot be combined\n";
      return false;
    }
    c.what = m;
    return true;
  };
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    if (options_done || !is_option(arg)) {
      // --list takes an optional class right after it.
      if (c.what == mode::list && c.arguments.empty() && !c.list_class && class_of_text(arg)) {
        c.list_class = class_of_text(arg);
      } else {
        c.arguments.push_back(arg);
      }
      continue;
    }
    if (arg == "--") {
      options_done = true;
    } else if (arg == "--help" || arg == "-h") {
      c.help = true;
    } else if (arg == "--version") {
      c.version = true;
    } else if (arg == "--lang" || arg.substr(0, 7) == "--lang=") {
      const bool inline_value = arg.size() > 6;
      if (!inline_value && i + 1 == args.size()) {
        err << "sipcodes: --lang needs a language: en or tr\n";
        return std::nullopt;
      }
      const std::string_view tag = inline_value ? arg.substr(7) : args[++i];
      c.lang = language_of_tag(tag);
      if (c.lang == nullptr) {
        err << "sipcodes: unknown language " << shown(tag) << "; the languages are en and tr\n";
        return std::nullopt;
      }
    } else if (arg == "--json" || arg == "--markdown") {
      const output_format f = arg == "--json" ? output_format::json : output_format::markdown;
      if (c.format != output_format::text && c.format != f) {
        err << "sipcodes: --json and --markdown cannot be combined\n";
        return std::nullopt;
      }
      c.format = f;
    } else if (arg == "--list") {
      if (!set_mode(mode::list)) return std::nullopt;
    } else if (arg == "--q850") {
      if (!set_mode(mode::q850)) return std::nullopt;
    } else if (arg == "--warning") {
      if (!set_mode(mode::warning)) return std::nullopt;
    } else if (arg == "--retry-after") {
      if (!set_mode(mode::retry_after)) return std::nullopt;
    } else if (arg == "--gateway-tables") {
      if (!set_mode(mode::gateway_tables)) return std::nullopt;
    } else if (arg == "--html") {
      if (!set_mode(mode::html)) return std::nullopt;
    } else {
      err << "sipcodes: unknown option " << shown(arg) << "; try --help\n";
      return std::nullopt;
    }
  }
  if (c.help || c.version) return c;
  if (c.format == output_format::markdown && c.what != mode::codes && c.what != mode::list) {
    err << "sipcodes: --markdown prints codes; " << mode_option(c.what) << " has no Markdown form\n";
    return std::nullopt;
  }
  if (c.what == mode::gateway_tables && c.format == output_format::json) {
    err << "sipcodes: --gateway-tables prints Markdown only\n";
    return std::nullopt;
  }
  if (c.what == mode::html && c.format != output_format::text) {
    err << "sipcodes: --html prints HTML only\n";
    return std::nullopt;
  }
  const bool needs_arguments = c.what == mode::q850 || c.what == mode::warning || c.what == mode::retry_after;
  const bool takes_none = c.what == mode::list || c.what == mode::gateway_tables || c.what == mode::html;
  if (takes_none && !c.arguments.empty()) {
    err << "sipcodes: " << mode_option(c.what) << " takes no argument " << shown(c.arguments.front())
        << (c.what == mode::list ? " (only a class, 1xx to 6xx)" : "") << '\n';
    return std::nullopt;
  }
  if (needs_arguments && c.arguments.empty()) {
    err << "sipcodes: " << mode_option(c.what) << " needs an argument; try --help\n";
    return std::nullopt;
  }
  if (c.what == mode::retry_after && c.arguments.size() > 2) {
    err << "sipcodes: --retry-after takes a value and at most one response code\n";
    return std::nullopt;
  }
  if (c.what == mode::codes && c.arguments.empty() && c.format == output_format::text) {
    err << usage_text;
    return std::nullopt;
  }
  return c;
}

// The rows every word is found in (phrase, former phrases, name, description,
// in English and in Turkish), in the table's order.
std::vector<const sipcodes::status_info*> search(const std::vector<std::string>& words) {
  std::vector<const sipcodes::status_info*> rows;
  for (const auto& row : sipcodes::all()) {
    std::string text = folded(row.reason) + ' ' + folded(row.name) + ' ' + folded(row.description) + ' ' +
                       folded(sipcodes::localized_reason(row.code, sipcodes::lang::tr)) + ' ' +
                       folded(sipcodes::description(row.code, sipcodes::lang::tr));
    for (const auto& a : row.aliases()) text += ' ' + folded(a.phrase);
    if (std::all_of(words.begin(), words.end(),
                    [&](const std::string& w) { return text.find(w) != std::string::npos; }))
      rows.push_back(&row);
  }
  return rows;
}

int run_codes(const command& c, std::ostream& out, std::ostream& err) {
  int status = found;
  std::vector<entry> entries;
  std::vector<std::string> words;
  std::string query_words;  // for the message when nothing matches
  for (std::string_view argument : c.arguments) {
    const std::string_view trimmed = [&] {
      std::string_view t = argument;
      while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
      while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
      return t;
    }();
    if (trimmed.empty()) {
      err << "sipcodes: an empty argument is no code, name or phrase\n";
      status = usage_error;
      continue;
    }
    if (looks_like_number(trimmed)) {
      const std::optional<int> code = code_of(trimmed);
      if (!code) {
        err << "sipcodes: " << shown(argument) << " is not a response code: a code is three digits, 100 to 699\n";
        status = usage_error;
        continue;
      }
      const sipcodes::status_info* row = sipcodes::find(*code);
      entries.push_back({row, *code});
      if (row == nullptr) status = std::max(status, static_cast<int>(not_found));
      continue;
    }
    std::optional<sipcodes::status> match = sipcodes::from_name(trimmed);
    if (!match) match = sipcodes::from_reason(trimmed);
    if (match) {
      entries.push_back({sipcodes::find(*match), static_cast<int>(*match)});
      continue;
    }
    if (trimmed.size() > 200) {
      err << "sipcodes: " << shown(argument) << " is too long for a phrase or a word\n";
      status = usage_error;
      continue;
    }
    query_words += (query_words.empty() ? "" : " ") + std::string(trimmed);
    std::istringstream split{std::string(trimmed)};
    for (std::string word; split >> word;) words.push_back(folded(word));
  }
  if (!words.empty()) {
    const auto rows = search(words);
    if (rows.empty()) {
      err << "sipcodes: no code matches " << shown(query_words);
      if (const sipcodes::status_info* closest = closest_row(query_words)) {
        err << "; did you mean \"" << closest->reason << "\" (" << static_cast<int>(closest->code) << ")?";
      }
      err << '\n';
      status = std::max(status, static_cast<int>(not_found));
    }
    for (const sipcodes::status_info* row : rows) {
      if (std::none_of(entries.begin(), entries.end(), [&](const entry& e) { return e.row == row; }))
        entries.push_back({row, static_cast<int>(row->code)});
    }
  }
  // A search answers with a list; codes, names and phrases with their details.
  const bool one_line_each = !words.empty() && entries.size() > 1;
  if (!entries.empty() || c.format == output_format::json)
    print_entries(out, *c.lang, c.format, entries, one_line_each);
  return status;
}

int run(const command& c, std::ostream& out, std::ostream& err) {
  if (c.help) {
    out << usage_text;
    return found;
  }
  if (c.version) {
    out << "sipcodes " << SIPCODES_VERSION_MAJOR << '.' << SIPCODES_VERSION_MINOR << '.' << SIPCODES_VERSION_PATCH
        << '\n';
    return found;
  }
  switch (c.what) {
    case mode::codes:
      if (c.arguments.empty()) {  // --json or --markdown alone: the whole table
        std::vector<entry> entries;
        for (const auto& row : sipcodes::all()) entries.push_back({&row, static_cast<int>(row.code)});
        print_entries(out, *c.lang, c.format, entries, false);
        return found;
      }
      return run_codes(c, out, err);
    case mode::list: {
      std::vector<entry> entries;
      for (const auto& row : sipcodes::all()) {
        if (!c.list_class || row.cls == *c.list_class) entries.push_back({&row, static_cast<int>(row.code)});
      }
      print_entries(out, *c.lang, c.format, entries, true);
      return found;
    }
    case mode::gateway_tables: print_gateway_tables(out); return found;
    case mode::html: reference_page::write(out, c.lang->pack == &sipcodes::lang::tr ? "tr" : "en"); return found;
    case mode::q850: {
      int status = found;
      std::vector<q850_answer> answers;
      for (std::string_view argument : c.arguments) {
        if (!all_digits(argument) || saturated_value(argument) < 1 || saturated_value(argument) > 127) {
          err << "sipcodes: " << shown(argument) << " is not a Q.850 cause: causes are 1 to 127\n";
          status = usage_error;
          continue;
        }
        answers.push_back(q850_answer_of(saturated_value(argument)));
      }
      if (c.format == output_format::json) {
        print_json_array(out, answers, [&](const q850_answer& a) { print_q850_json(out, a); });
      } else {
        for (std::size_t i = 0; i < answers.size(); ++i) {
          if (i > 0) out << '\n';
          print_q850_text(out, answers[i]);
        }
      }
      return status;
    }
    case mode::warning: {
      int status = found;
      std::vector<warning_answer> answers;
      for (std::string_view argument : c.arguments) {
        if (all_digits(argument) && argument.size() == 3) {
          answers.push_back({saturated_value(argument), std::nullopt});
        } else if (const auto parsed = sipcodes::parse_warning(argument)) {
          answers.push_back({parsed.value.code, parsed.value});
        } else {
          err << "sipcodes: " << shown(argument)
              << " is neither a warn-code (three digits) nor a Warning value: " << sipcodes::to_string(parsed.error)
              << '\n';
          status = usage_error;
          continue;
        }
        if (sipcodes::find_warn_code(answers.back().code) == nullptr)
          status = std::max(status, static_cast<int>(not_found));
      }
      if (c.format == output_format::json) {
        print_json_array(out, answers, [&](const warning_answer& a) { print_warning_json(out, a); });
      } else {
        for (std::size_t i = 0; i < answers.size(); ++i) {
          if (i > 0) out << '\n';
          print_warning_text(out, *c.lang, answers[i]);
        }
      }
      return status;
    }
    case mode::retry_after: {
      const auto parsed = sipcodes::parse_retry_after(c.arguments[0]);
      if (!parsed) {
        err << "sipcodes: " << shown(c.arguments[0])
            << " is not a Retry-After value (RFC 3261 section 20.33): " << sipcodes::to_string(parsed.error) << '\n';
        return usage_error;
      }
      std::optional<int> code;
      if (c.arguments.size() == 2) {
        code = code_of(c.arguments[1]);
        if (!code) {
          err << "sipcodes: " << shown(c.arguments[1]) << " is not a response code: codes are 100 to 699\n";
          return usage_error;
        }
      }
      if (c.format == output_format::json) {
        print_retry_after_json(out, parsed.value, code);
      } else {
        print_retry_after_text(out, *c.lang, c.arguments[0], parsed.value, code);
      }
      return found;
    }
  }
  return found;
}

}  // namespace

int main(int argc, char** argv) {
  const command_line::byte_output bytes;  // "\n" is written as "\n" on every system
  const std::vector<std::string> arguments = command_line::utf8_arguments(argc, argv);
  const std::vector<std::string_view> args(arguments.begin(), arguments.end());
  const std::optional<command> c = parse_command(args, language_of_environment(), std::cerr);
  int status = c ? run(*c, std::cout, std::cerr) : usage_error;
  // Output that could not be written is an error, as in coreutils: a closed
  // stdout, a full disk, a pipe closed early.
  std::cout.flush();
  if (!std::cout || std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
    std::cerr << "sipcodes: cannot write the output\n";
    status = usage_error;
  }
  return status;
}
