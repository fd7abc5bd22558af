// The sipcodes command line: its options and modes, what each takes, the
// usage text, the language it answers in, and how an argument is read as a
// number or quoted in an error message. parse_command() turns the arguments
// into a `command`, or says on stderr what is wrong with them.
#ifndef SIPCODES_CLI_ARGUMENTS_HPP
#define SIPCODES_CLI_ARGUMENTS_HPP

#include <sipcodes/sipcodes.hpp>

#include "../printable.hpp"
#include "command_line.hpp"
#include "wording.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <initializer_list>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cli {

enum exit_code { found = 0, not_found = 1, usage_error = 2 };

enum class mode { codes, list, q850, warning, retry_after, gateway_tables, html };
enum class output_format { text, json, markdown };

inline constexpr std::string_view usage_text =
    "usage: sipcodes [OPTION]... [CODE | LINE | NAME | PHRASE | WORD]...\n"
    "Look up SIP response codes: phrase, RFC, description, Q.850 cause, Retry-After, header rules.\n"
    "\n"
    "  CODE      a response code, 486\n"
    "  LINE      a line from a log: a status line, a code and its phrase, or a Reason value:\n"
    "            'SIP/2.0 486 Busy Here', '486 Busy Here', 'Q.850;cause=17'; the code decides\n"
    "  NAME      an enumerator name, busy_here\n"
    "  PHRASE    a reason phrase, current or former, in any case: \"busy here\"\n"
    "  WORD      whole words to look for in phrases and descriptions, English or Turkish: busy\n"
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
    "  --lang LANG           en or tr, in any case, with a region or not (tr-TR); by default from\n"
    "                        LC_ALL, LC_MESSAGES or LANG (tr_TR.UTF-8 is tr)\n"
    "  --version             the version of sipcodes\n"
    "  --help                this text\n"
    "\n"
    "Exit status: 0 found, 1 not found, 2 usage error or output error.\n";

// The same in Turkish. The options, the header field names and the examples
// of values stay as they are typed.
inline constexpr std::string_view usage_text_turkish =
    "kullanım: sipcodes [SEÇENEK]... [KOD | SATIR | AD | İFADE | SÖZCÜK]...\n"
    "SIP yanıt kodlarını açıklar: ifade, RFC, açıklama, Q.850 nedeni, Retry-After, başlık alanı kuralları.\n"
    "\n"
    "  KOD       bir yanıt kodu: 486\n"
    "  SATIR     günlükten bir satır: durum satırı, bir kod ve ifadesi ya da bir Reason değeri:\n"
    "            'SIP/2.0 486 Busy Here', '486 Busy Here', 'Q.850;cause=17'; anlamı kod belirler\n"
    "  AD        bir numaralandırıcı adı: busy_here\n"
    "  İFADE     güncel ya da eski bir yanıt ifadesi, büyük küçük harf fark etmez: \"busy here\"\n"
    "  SÖZCÜK    ifadelerde ve açıklamalarda tam sözcük olarak aranacak sözcükler, Türkçe ya da\n"
    "            İngilizce: meşgul\n"
    "\n"
    "  --list [SINIF]        her kod için bir satır; ya da SINIF (1xx ile 6xx) kodlarının her biri için\n"
    "  --json                metin yerine JSON; her dilde aynıdır\n"
    "  --markdown            kodların Markdown tablosu\n"
    "  --q850 NEDEN...       Q.850 nedenleri için SIP yanıtı (RFC 3398 bölüm 7.2.4.1)\n"
    "  --warning KOD|DEĞER...  uyarı kodları (370) ya da Warning değerleri ('370 pbx \"Yetersiz bant genişliği\"')\n"
    "  --retry-after DEĞER [KOD]  bir Retry-After değeri ('120 (toplantıda);duration=600') ve istemcinin\n"
    "                        KOD yanıtından sonra isteği ne zaman yeniden gönderebileceği (RFC 3261 bölüm 21)\n"
    "  --gateway-tables      RFC 3398 eşlemeleri ve başlık alanı kuralları, Markdown olarak; her dilde\n"
    "                        İngilizcedir\n"
    "  --html                başvuru sayfası: İngilizce ve Türkçe, dışarıdan bir şey yüklemeyen tek bir HTML\n"
    "                        dosyası; --lang sayfanın hangi dilde açılacağını seçer\n"
    "  --lang DİL            en ya da tr; büyük küçük harf fark etmez, bölgeyle ya da bölgesiz (tr-TR);\n"
    "                        verilmezse LC_ALL, LC_MESSAGES ya da LANG belirler (tr_TR.UTF-8 Türkçedir)\n"
    "  --version             sipcodes sürümü\n"
    "  --help                bu metin\n"
    "\n"
    "Çıkış durumu: 0 bulundu, 1 bulunamadı, 2 kullanım hatası ya da çıktı hatası.\n";

// The usage text in the language asked for.
inline std::string_view usage_of(const language& lang) {
  return lang.words == &turkish ? usage_text_turkish : usage_text;
}

// Says on `err` what is wrong, one line after "sipcodes: ": `format` (one of
// the language's error_wording) with its "{}" filled by `values`.
inline void say(std::ostream& err, std::string_view format, std::initializer_list<std::string_view> values = {}) {
  err << "sipcodes: " << filled(format, values) << '\n';
}

// ---------------------------------------------------------------------------
// Arguments as text.

// How an argument is quoted in an error message: at most 64 bytes of it,
// with control bytes, malformed UTF-8 and the like shown as \xNN
// (printable.hpp), so that nothing reaches the terminal as a command.
inline std::string shown(const wording& words, std::string_view text) {
  constexpr std::size_t most = 64;
  std::string out = '"' + printable::escaped(text, most) + '"';
  if (text.size() > most) out += filled(words.cut_note, {std::to_string(text.size())});
  return out;
}

// Whether the text is well-formed UTF-8 (RFC 3629).
inline bool is_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    char32_t ignored = 0;
    const std::size_t length = printable::detail::multibyte_sequence(text.substr(i), ignored);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

// Whether `text` starts with `prefix`, ASCII letters in any case.
inline bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char a = text[i];
    char b = prefix[i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
    if (a != b) return false;
  }
  return true;
}

// Edit distance, to suggest what a typo was meant to be; the callers bound
// it to short strings.
inline std::size_t edit_distance(std::string_view a, std::string_view b) {
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

// A value the text output echoes (a Retry-After value, a warn-text): at most
// 100 bytes of it, cut between characters, and how long it was. The parsers
// have refused control characters and malformed UTF-8 in it already.
inline std::string cut(const wording& words, std::string_view text) {
  constexpr std::size_t most = 100;
  if (text.size() <= most) return std::string(text);
  std::size_t end = most;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;  // not inside a character
  return std::string(text.substr(0, end)) + "..." + filled(words.cut_note, {std::to_string(text.size())});
}

inline bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A number as a user might type one for a code: digits, optionally signed.
inline bool looks_like_number(std::string_view text) {
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
  return all_digits(text);
}

inline bool is_option(std::string_view text) { return text.size() > 1 && text[0] == '-' && !looks_like_number(text); }

// The value of a run of digits, saturated at 1000: enough to range-check it.
inline int saturated_value(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = std::min(value * 10 + (c - '0'), 1000);
  return value;
}

// A code as the tool accepts it: exactly three digits, 100 to 699.
inline std::optional<int> code_of(std::string_view text) {
  if (text.size() != 3 || !all_digits(text) || !sipcodes::is_valid(saturated_value(text))) return std::nullopt;
  return saturated_value(text);
}

// The content of a quoted string the user gave (a Warning's warn-text, a
// Retry-After comment), with its escapes undone.
inline std::string unescaped(std::string_view escaped) {
  std::string text(escaped.size(), '\0');
  const auto r = sipcodes::unescape_reason_text(escaped, text.data(), text.data() + text.size());
  text.resize(static_cast<std::size_t>(r.end - text.data()));
  return text;
}

// ---------------------------------------------------------------------------
// The command line.

// The language a tag names, if the tool speaks it. Tags are BCP 47's, whose
// subtags are case-insensitive (RFC 5646 section 2.1.1): "tr", "TR" and
// "tr-TR" are Turkish; "tr_TR", as locales write it, too.
inline const language* language_of_tag(std::string_view tag) {
  const std::string_view primary = tag.substr(0, tag.find_first_of("-_"));
  for (const language& l : languages) {
    if (starts_with_ignoring_case(primary, l.pack->tag) && primary.size() == l.pack->tag.size()) return &l;
  }
  return nullptr;
}

// The language a locale name asks for: "tr_TR.UTF-8" and "tr" are Turkish; a
// locale of a language the tool does not speak is English.
inline const language& language_of_locale(std::string_view locale) {
  const std::size_t end = locale.find_first_of("_-.@");  // tr_TR.UTF-8, tr-TR
  const language* found = language_of_tag(locale.substr(0, end));
  return found != nullptr ? *found : english_language();
}

// The language the environment asks for, by POSIX precedence: LC_ALL, then
// LC_MESSAGES, then LANG; unset or empty variables are skipped. Without any
// of them, the system's locale (Windows: the user's locale).
inline const language& language_of_environment() {
  for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(variable);
    if (value != nullptr && *value != '\0') return language_of_locale(value);
  }
  return language_of_locale(command_line::system_locale());
}

// A class as --list takes it: "4xx".
inline std::optional<sipcodes::status_class> class_of_text(std::string_view text) {
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

inline std::string_view mode_option(mode m) {
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

// The option nearest a mistyped one ("--json" for "--jsno"), or "".
inline std::string_view closest_option(std::string_view typed) {
  constexpr std::string_view options[] = {"--list",    "--json",        "--markdown",      "--q850",
                                          "--warning", "--retry-after", "--lang",          "--version",
                                          "--help",    "--html",        "--gateway-tables"};
  if (typed.size() > 40) return {};
  std::string_view best;
  std::size_t best_distance = typed.size() / 3 + 1;  // beyond this it is another word, not a typo
  for (std::string_view option : options) {
    const std::size_t distance = edit_distance(typed, option);
    if (distance < best_distance) {
      best_distance = distance;
      best = option;
    }
  }
  return best;
}

// The language --lang asks for, when it names one the tool speaks (the last
// such, as the last --lang wins), read before anything else so that every
// message is in it; nullptr otherwise.
inline const language* language_asked_for(const std::vector<std::string_view>& args) {
  const language* found = nullptr;
  for (std::size_t i = 0; i < args.size() && args[i] != "--"; ++i) {
    if (args[i] == "--lang" && i + 1 < args.size()) {
      if (const language* l = language_of_tag(args[++i])) found = l;
    } else if (args[i].substr(0, 7) == "--lang=") {
      if (const language* l = language_of_tag(args[i].substr(7))) found = l;
    }
  }
  return found;
}

// Reads the command line; on a usage error says why on `err` and returns nullopt.
inline std::optional<command> parse_command(const std::vector<std::string_view>& args, const language& environment,
                                            std::ostream& err) {
  command c;
  const language* asked = language_asked_for(args);
  c.lang = asked != nullptr ? asked : &environment;
  const error_wording& says = *c.lang->errors;
  const wording& words = *c.lang->words;
  bool options_done = false;
  const auto set_mode = [&](mode m) {
    if (c.what != mode::codes && c.what != m) {
      say(err, says.modes_conflict, {mode_option(c.what), mode_option(m)});
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
        say(err, says.lang_missing);
        return std::nullopt;
      }
      const std::string_view tag = inline_value ? arg.substr(7) : args[++i];
      c.lang = language_of_tag(tag);
      if (c.lang == nullptr) {
        say(err, says.lang_unknown, {shown(words, tag)});
        return std::nullopt;
      }
    } else if (arg == "--json" || arg == "--markdown") {
      const output_format f = arg == "--json" ? output_format::json : output_format::markdown;
      if (c.format != output_format::text && c.format != f) {
        say(err, says.formats_conflict);
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
      const std::string_view nearest = closest_option(arg);
      if (nearest.empty()) {
        say(err, says.unknown_option, {shown(words, arg)});
      } else {
        say(err, says.unknown_option_near, {shown(words, arg), nearest});
      }
      return std::nullopt;
    }
  }
  if (c.help || c.version) return c;
  if (c.format == output_format::markdown && c.what != mode::codes && c.what != mode::list) {
    say(err, says.no_markdown_form, {mode_option(c.what)});
    return std::nullopt;
  }
  if (c.what == mode::gateway_tables && c.format == output_format::json) {
    say(err, says.gateway_markdown_only);
    return std::nullopt;
  }
  if (c.what == mode::html && c.format != output_format::text) {
    say(err, says.html_only, {c.format == output_format::json ? "--json" : "--markdown"});
    return std::nullopt;
  }
  const bool needs_arguments = c.what == mode::q850 || c.what == mode::warning || c.what == mode::retry_after;
  const bool takes_none = c.what == mode::list || c.what == mode::gateway_tables || c.what == mode::html;
  if (takes_none && !c.arguments.empty()) {
    const std::string_view extra = c.arguments.front();
    if (c.what == mode::list && c.list_class) {
      say(err, says.list_one_class, {shown(words, extra)});
    } else if (c.what == mode::list) {
      say(err, says.not_a_class, {shown(words, extra)});
    } else {
      say(err, says.takes_no_argument,
          {mode_option(c.what), shown(words, extra),
           c.what == mode::html ? says.page_holds_all : says.prints_all_tables});
    }
    return std::nullopt;
  }
  if (needs_arguments && c.arguments.empty()) {
    say(err, c.what == mode::q850      ? says.q850_needed
             : c.what == mode::warning ? says.warning_needed
                                       : says.retry_after_needed);
    return std::nullopt;
  }
  if (c.what == mode::retry_after && c.arguments.size() > 2) {
    say(err, says.retry_after_too_many);
    return std::nullopt;
  }
  if (c.what == mode::codes && c.arguments.empty() && c.format == output_format::text) {
    err << usage_of(*c.lang);
    return std::nullopt;
  }
  return c;
}

}  // namespace cli

#endif
