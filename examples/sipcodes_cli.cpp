// sipcodes: look up SIP response codes from the command line.
//
//   sipcodes 486                 everything about one code (several may be given)
//   sipcodes "busy here"         look up by phrase, current or former
//   sipcodes busy_here           look up by enumerator name
//   sipcodes --list              one line per code
//   sipcodes --json [CODE...]    the table (or the given codes) as JSON
//   sipcodes --markdown [CODE...]  the same as a Markdown table
//   sipcodes --q850 CAUSE...     the SIP response for Q.850 causes (RFC 3398)
//   sipcodes --warning CODE|VALUE...  a warn-code, or a Warning header field value
//   sipcodes --retry-after VALUE [CODE]  a Retry-After value, and when to retry after CODE
//   sipcodes --gateway-tables    RFC 3398's mappings and the header rules, in Markdown
//
// Exit status: 0 when every argument was found; 1 when a valid code is not
// in the table (it is explained with its class and RFC 3261 fallback); 2 for
// bad input (not a number, out of range, unknown phrase, unknown option).

#include <sipcodes/lang/tr.hpp>
#include <sipcodes/q850.hpp>
#include <sipcodes/sipcodes.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

enum class output_form { details, list, json, markdown, q850, warning, retry_after, gateway_tables };

enum exit_code { found = 0, unknown_code = 1, bad_input = 2 };

constexpr std::string_view usage_text =
    "usage: sipcodes [--list | --json | --markdown] [CODE | NAME | PHRASE]...\n"
    "       sipcodes --q850 CAUSE...\n"
    "       sipcodes --warning CODE|VALUE...\n"
    "       sipcodes --retry-after VALUE [CODE]\n"
    "       sipcodes --gateway-tables\n"
    "  CODE    a response code, 486\n"
    "  NAME    an enumerator name, busy_here\n"
    "  PHRASE  a reason phrase, current or former, in any case: \"busy here\"\n"
    "  --list      one line per code\n"
    "  --json      JSON, of the whole table or of the given codes\n"
    "  --markdown  a Markdown table, of the whole table or of the given codes\n"
    "  --q850      map Q.850 causes to SIP responses (RFC 3398 section 7.2.4.1)\n"
    "  --warning   explain warn-codes (370) or Warning values ('370 pbx \"Insufficient bandwidth\"')\n"
    "  --retry-after  explain a Retry-After value ('120 (in a meeting);duration=600'), and when a\n"
    "              client may retry after the response CODE that carried it (RFC 3261 section 21)\n"
    "  --gateway-tables  RFC 3398's mappings and the header rules, as Markdown\n"
    "  --lang LANG  en or tr; by default from LC_ALL, LC_MESSAGES or LANG (tr_TR.UTF-8 is tr)\n"
    "  --help      this text\n";

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
      retry_several_seconds, retry_not_unchanged, try_elsewhere, without_retry_after, acts_as_prefix, acts_as_suffix,
      no_advice;
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

std::string lowercase(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
  return out;
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool starts_with_digit(std::string_view text) { return !text.empty() && text[0] >= '0' && text[0] <= '9'; }

// "-5" and "+486" are numbers (the first out of range); "-x" is an option.
bool is_signed_number(std::string_view text) {
  return text.size() > 1 && (text[0] == '-' || text[0] == '+') && all_digits(text.substr(1));
}

bool is_option(std::string_view text) { return text.size() > 1 && text[0] == '-' && !is_signed_number(text); }

// The value of a run of digits, saturated at 1000: enough to range-check it.
int saturated_value(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = std::min(value * 10 + (c - '0'), 1000);
  return value;
}

// Edit distance, to suggest the closest phrase for a typo.
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

const sipcodes::status_info& closest_row(std::string_view query) {
  const std::string wanted = lowercase(query);
  const sipcodes::status_info* best = sipcodes::all().begin();
  std::size_t best_distance = std::string::npos;
  const auto consider = [&](const sipcodes::status_info& row, std::string_view candidate) {
    const std::size_t distance = edit_distance(wanted, lowercase(candidate));
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
  return *best;
}

// ---------------------------------------------------------------------------
// Output forms.

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

void print_json(std::ostream& out, const std::vector<const sipcodes::status_info*>& rows) {
  out << "[\n";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const sipcodes::status_info& row = *rows[i];
    out << "  {\"code\": " << static_cast<int>(row.code) << ", \"reason\": " << json_string(row.reason)
        << ", \"name\": " << json_string(row.name) << ", \"class\": " << json_string(sipcodes::to_string(row.cls))
        << ", \"rfc\": " << row.rfc << ", \"section\": " << json_string(row.section)
        << ", \"lifecycle\": " << json_string(sipcodes::to_string(row.state))
        << ", \"description\": " << json_string(row.description)
        << ", \"reason_tr\": " << json_string(sipcodes::localized_reason(row.code, sipcodes::lang::tr))
        << ", \"description_tr\": " << json_string(sipcodes::description(row.code, sipcodes::lang::tr))
        << ", \"aliases\": [";
    const auto aliases = row.aliases();
    for (std::size_t j = 0; j < aliases.size(); ++j) {
      const auto& a = aliases[j];
      out << (j == 0 ? "" : ", ") << "{\"phrase\": " << json_string(a.phrase)
          << ", \"source\": " << json_string(a.source) << "}";
    }
    out << "]}" << (i + 1 < rows.size() ? "," : "") << '\n';
  }
  out << "]\n";
}

std::string markdown_cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

void print_markdown(std::ostream& out, const language& lang, const std::vector<const sipcodes::status_info*>& rows) {
  const wording& words = *lang.words;
  const auto& c = words.markdown_columns;
  out << "| " << c[0] << " | " << c[1] << " | " << c[2] << " | " << c[3] << " | " << c[4] << " | " << c[5] << " | "
      << c[6] << " |\n";
  out << "|---:|---|---|---|---|---|---|\n";
  for (const sipcodes::status_info* row : rows) {
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
  out << "A code not listed is one for which the RFCs set no header field a response must, should or may carry.\n\n";
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

// Maps a Q.850 cause given on the command line to its SIP response.
exit_code print_q850(std::ostream& out, std::ostream& err, std::string_view argument) {
  if (!all_digits(argument) || saturated_value(argument) < 1 || saturated_value(argument) > 127) {
    err << "sipcodes: \"" << argument << "\" is not a Q.850 cause: causes are 1 to 127\n";
    return bad_input;
  }
  const int cause = saturated_value(argument);
  const std::string_view name = sipcodes::q850_cause_name(cause);
  out << "Q.850 cause " << cause << (name.empty() ? "" : " ") << name << '\n';
  const std::optional<sipcodes::status> sip = sipcodes::from_q850_cause(cause);
  const auto& mappings = sipcodes::q850_to_sip_mappings();
  const bool listed =
      std::any_of(mappings.begin(), mappings.end(), [&](const auto& row) { return row.cause == cause; });
  if (!sip) {
    out << "  sip          none: the call ends with BYE or CANCEL (RFC 3398 section 7.2.4.1)\n";
  } else {
    out << "  sip          " << *sip << " (RFC 3398 section 7.2.4.1"
        << (listed ? "" : ": the default for causes it does not list") << ")\n";
  }
  if (cause == 21) {
    out << "  at user      " << *sipcodes::from_q850_cause(21, sipcodes::cause_location::user) << '\n';
  }
  if (cause == 22) {
    out << "  diagnostic   "
        << *sipcodes::from_q850_cause(22, sipcodes::cause_location::network, sipcodes::cause_diagnostic::present)
        << '\n';
  }
  return found;
}

// Shows an argument in an error message: control bytes, DEL and bytes above
// 0x7E as \xNN, so that nothing reaches the terminal as a command.
std::string shown(std::string_view text) {
  constexpr char hex[] = "0123456789abcdef";
  std::string out;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte >= 0x7F) {
      out += "\\x";
      out += hex[byte >> 4];
      out += hex[byte & 0xF];
    } else {
      out += c;
    }
  }
  return out;
}

std::string_view warn_range_label(const wording& words, int code) {
  if (code >= 300 && code <= 329) return words.warn_ranges[0];
  if (code >= 330 && code <= 339) return words.warn_ranges[1];
  if (code >= 370 && code <= 379) return words.warn_ranges[2];
  if (code >= 380 && code <= 399) return words.warn_ranges[3];
  return words.warn_ranges[4];
}

// A warn-code ("370") or a Warning header field value ('370 pbx "..."').
exit_code print_warning(std::ostream& out, std::ostream& err, const language& lang, std::string_view argument) {
  const wording& words = *lang.words;
  int code = 0;
  std::optional<sipcodes::warning_value> value;
  if (all_digits(argument) && argument.size() == 3) {
    code = saturated_value(argument);
  } else {
    const auto parsed = sipcodes::parse_warning(argument);
    if (!parsed) {
      err << "sipcodes: \"" << shown(argument)
          << "\" is neither a warn-code (three digits) nor a Warning value: " << sipcodes::to_string(parsed.error)
          << '\n';
      return bad_input;
    }
    value = parsed.value;
    code = parsed.value.code;
  }
  const sipcodes::warn_code_info* row = sipcodes::find_warn_code(code);
  if (row == nullptr) {
    out << code << words.warn_not_registered << '\n';
    out << label(words.warn_range) << warn_range_label(words, code) << '\n';
  } else {
    out << code << ' ' << sipcodes::warning_text(code, *lang.pack) << '\n';
    out << label(words.defined_in) << "RFC " << row->rfc << ' ' << words.section << ' ' << row->section << '\n';
    out << label(words.warn_range) << warn_range_label(words, code) << '\n';
    out << label(words.description) << sipcodes::warning_description(code, *lang.pack) << '\n';
  }
  if (value) {
    out << label(words.warn_agent) << value->agent << '\n';
    std::string text(value->text.size(), '\0');
    const auto r = sipcodes::unescape_reason_text(value->text, text.data(), text.data() + text.size());
    text.resize(static_cast<std::size_t>(r.end - text.data()));
    out << label(words.warn_text) << '"' << text << "\"\n";
  }
  out << label(words.q850_cause) << words.for_488_606 << ": " << *sipcodes::to_q850_cause(488, code) << ' '
      << sipcodes::q850_cause_name(*sipcodes::to_q850_cause(488, code)) << " (RFC 3398 " << words.section
      << " 8.2.6.1)\n";
  return row == nullptr ? unknown_code : found;
}

// "18000 s (5 h)": seconds, and the largest whole unit when there is one.
std::string duration_text(std::uint32_t seconds) {
  std::string out = std::to_string(seconds) + " s";
  if (seconds >= 86400 && seconds % 86400 == 0) return out + " (" + std::to_string(seconds / 86400) + " d)";
  if (seconds >= 3600 && seconds % 3600 == 0) return out + " (" + std::to_string(seconds / 3600) + " h)";
  if (seconds >= 60 && seconds % 60 == 0) return out + " (" + std::to_string(seconds / 60) + " min)";
  return out;
}

// A Retry-After value, and, with a code, when the client may retry.
exit_code print_retry_after(std::ostream& out, std::ostream& err, const language& lang,
                            const std::vector<std::string_view>& arguments) {
  const wording& words = *lang.words;
  if (arguments.empty() || arguments.size() > 2) {
    err << "sipcodes: --retry-after takes a value and at most one response code\n";
    return bad_input;
  }
  const auto parsed = sipcodes::parse_retry_after(arguments[0]);
  if (!parsed) {
    err << "sipcodes: \"" << shown(arguments[0])
        << "\" is not a Retry-After value (RFC 3261 section 20.33): " << sipcodes::to_string(parsed.error) << '\n';
    return bad_input;
  }
  std::optional<int> code;
  if (arguments.size() == 2) {
    if (!all_digits(arguments[1]) || !sipcodes::is_valid(saturated_value(arguments[1]))) {
      err << "sipcodes: \"" << shown(arguments[1]) << "\" is not a response code: codes are 100 to 699\n";
      return bad_input;
    }
    code = saturated_value(arguments[1]);
  }
  const sipcodes::retry_after_value& value = parsed.value;
  out << "Retry-After: " << arguments[0] << '\n';
  out << label(words.seconds) << duration_text(value.seconds) << '\n';
  out << label(words.duration) << (value.duration ? duration_text(*value.duration) : std::string(words.indefinitely))
      << '\n';
  if (!value.comment.empty()) {
    std::string text(value.comment.size(), '\0');
    const auto r = sipcodes::unescape_reason_text(value.comment, text.data(), text.data() + text.size());
    text.resize(static_cast<std::size_t>(r.end - text.data()));
    out << label(words.comment) << text << '\n';
  }
  if (!code) return found;
  const auto print_advice = [&](const sipcodes::retry_advice& advice) {
    if (!advice.applies) return std::string(words.no_advice);
    std::string line;
    if (!advice.may_retry) {
      line = std::string(words.retry_not_unchanged);
    } else if (advice.after) {
      line = std::string(words.retry_after_time) + ' ' + duration_text(*advice.after);
    } else {
      line = std::string(words.retry_several_seconds);
    }
    if (advice.try_elsewhere) line += "; " + std::string(words.try_elsewhere);
    return line + " (RFC 3261 " + std::string(words.section) + ' ' + std::string(advice.section) + ')';
  };
  out << label(words.retry) << *code << ": " << print_advice(sipcodes::retry_advice_for(*code, value.seconds)) << '\n';
  const sipcodes::retry_advice without = sipcodes::retry_advice_for(*code);
  if (without.applies) {
    out << label("") << words.without_retry_after;
    if (static_cast<int>(without.treated_as) != *code) {
      out << words.acts_as_prefix << static_cast<int>(without.treated_as) << ' '
          << sipcodes::localized_reason(without.treated_as, *lang.pack) << words.acts_as_suffix << "; ";
    }
    out << print_advice(without) << '\n';
  }
  return found;
}

// ---------------------------------------------------------------------------
// Arguments.

struct lookup {
  const sipcodes::status_info* row = nullptr;  // the code's row, when found
  int unknown_code = 0;                        // a valid code not in the table, when that
  exit_code outcome = found;
};

// Resolves one argument; says on `err` what is wrong with bad input.
lookup resolve(std::string_view argument, std::ostream& err) {
  if (all_digits(argument) || is_signed_number(argument)) {
    const bool negative = argument[0] == '-';
    const int code = negative ? -1 : saturated_value(argument[0] == '+' ? argument.substr(1) : argument);
    if (!sipcodes::is_valid(code)) {
      err << "sipcodes: " << argument << " is out of range: SIP response codes are 100 to 699\n";
      return {nullptr, 0, bad_input};
    }
    if (const sipcodes::status_info* row = sipcodes::find(code)) return {row, 0, found};
    return {nullptr, code, unknown_code};
  }
  if (starts_with_digit(argument)) {
    err << "sipcodes: \"" << argument << "\" is not a number: a code is three digits, 100 to 699\n";
    return {nullptr, 0, bad_input};
  }
  std::optional<sipcodes::status> match = sipcodes::from_name(argument);
  if (!match) match = sipcodes::from_reason(argument);
  if (match) return {sipcodes::find(*match), 0, found};
  const sipcodes::status_info& near = closest_row(argument);
  err << "sipcodes: no code has the phrase or name \"" << argument << "\"; the closest is \"" << near.reason << "\" ("
      << static_cast<int>(near.code) << ")\n";
  return {nullptr, 0, bad_input};
}

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
  const std::size_t end = locale.find_first_of("_.@");
  const language* found = language_of_tag(locale.substr(0, end));
  return found != nullptr ? *found : english_language();
}

// The language the environment asks for, by POSIX precedence: LC_ALL, then
// LC_MESSAGES, then LANG; unset or empty variables are skipped.
const language& language_of_environment() {
  for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(variable);
    if (value != nullptr && *value != '\0') return language_of_locale(value);
  }
  return english_language();
}

int run(const std::vector<std::string_view>& args, const language* lang, std::ostream& out, std::ostream& err) {
  output_form form = output_form::details;
  std::vector<std::string_view> queries;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    if (arg == "--help" || arg == "-h") {
      out << usage_text;
      return found;
    }
    if (arg == "--lang" || arg.substr(0, 7) == "--lang=") {
      const bool inline_value = arg.size() > 6;
      if (!inline_value && i + 1 == args.size()) {
        err << "sipcodes: --lang needs a language: en or tr\n";
        return bad_input;
      }
      const std::string_view tag = inline_value ? arg.substr(7) : args[++i];
      const language* chosen = language_of_tag(tag);
      if (chosen == nullptr) {
        err << "sipcodes: unknown language \"" << tag << "\"; the languages are en and tr\n";
        return bad_input;
      }
      lang = chosen;
    } else if (arg == "--list") {
      form = output_form::list;
    } else if (arg == "--json") {
      form = output_form::json;
    } else if (arg == "--markdown") {
      form = output_form::markdown;
    } else if (arg == "--q850") {
      form = output_form::q850;
    } else if (arg == "--warning") {
      form = output_form::warning;
    } else if (arg == "--retry-after") {
      form = output_form::retry_after;
    } else if (arg == "--gateway-tables") {
      form = output_form::gateway_tables;
    } else if (is_option(arg)) {
      err << "sipcodes: unknown option \"" << arg << "\"; try --help\n";
      return bad_input;
    } else {
      queries.push_back(arg);
    }
  }
  if (queries.empty() && (form == output_form::details || form == output_form::q850 || form == output_form::warning ||
                          form == output_form::retry_after)) {
    err << usage_text;
    return bad_input;
  }
  if (form == output_form::gateway_tables) {
    print_gateway_tables(out);
    return found;
  }
  if (form == output_form::retry_after) return print_retry_after(out, err, *lang, queries);
  if (form == output_form::warning) {
    int worst = found;
    for (std::size_t i = 0; i < queries.size(); ++i) {
      if (i > 0) out << '\n';
      worst = std::max(worst, static_cast<int>(print_warning(out, err, *lang, queries[i])));
    }
    return worst;
  }
  if (form == output_form::q850) {
    int worst = found;
    for (std::size_t i = 0; i < queries.size(); ++i) {
      if (i > 0) out << '\n';
      worst = std::max(worst, static_cast<int>(print_q850(out, err, queries[i])));
    }
    return worst;
  }

  int status = found;
  std::vector<const sipcodes::status_info*> rows;
  bool printed = false;  // details: a blank line goes between entries
  for (std::string_view query : queries) {
    const lookup result = resolve(query, err);
    status = std::max(status, static_cast<int>(result.outcome));
    if (form == output_form::details && result.outcome != bad_input) {
      if (printed) out << '\n';
      printed = true;
      if (result.row != nullptr) {
        print_details(out, *lang, *result.row);
      } else {
        print_unknown(out, *lang, result.unknown_code);
      }
    } else if (result.row != nullptr) {
      rows.push_back(result.row);
    } else if (result.outcome == unknown_code) {
      err << "sipcodes: " << result.unknown_code << " is not a registered SIP response code\n";
    }
  }
  if (queries.empty()) {
    for (const auto& row : sipcodes::all()) rows.push_back(&row);
  }

  switch (form) {
    case output_form::details: break;  // printed above, in argument order
    case output_form::list:
      for (const sipcodes::status_info* row : rows) {
        out << static_cast<int>(row->code) << ' ' << sipcodes::localized_reason(row->code, *lang->pack) << '\n';
      }
      break;
    case output_form::json: print_json(out, rows); break;
    case output_form::markdown: print_markdown(out, *lang, rows); break;
    case output_form::q850:
    case output_form::warning:
    case output_form::retry_after:
    case output_form::gateway_tables: break;  // handled above
  }
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string_view> args(argv + 1, argv + argc);
  return run(args, &language_of_environment(), std::cout, std::cerr);
}
