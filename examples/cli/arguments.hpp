// The sipcodes command line: its options and modes, what each takes, the
// usage text, the language it answers in, and how an argument is read as a
// number or quoted in an error message. parse_command() turns the arguments
// into a `command`, or says on stderr what is wrong with them.
#ifndef SIPCODES_CLI_ARGUMENTS_HPP
#define SIPCODES_CLI_ARGUMENTS_HPP

#include <sipcodes/sipcodes.hpp>

#include "command_line.hpp"
#include "text.hpp"
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

// What an option does: pick a mode, an output format or the language, or
// ask for the help or the version.
enum class option_kind { mode, format, language, help, version };

// One option: its name (and short name), what it does, and its lines of the
// usage text in each language (the options, the header field names and the
// examples of values stay as they are typed in Turkish).
struct option_spec {
  std::string_view name, short_name;
  option_kind kind;
  mode sets_mode;
  output_format sets_format;
  std::string_view usage, usage_turkish;
};

// Every option, in the order --help lists them: the one list that parsing,
// the usage text, "did you mean" and the messages naming a mode read.
inline constexpr option_spec options[] = {
    {"--list", "", option_kind::mode, mode::list, output_format::text,
     "  --list [CLASS]        one line per code, or per code of CLASS (1xx to 6xx)\n",
     "  --list [SINIF]        her kod için bir satır; SINIF (1xx ile 6xx) verilirse yalnızca o sınıfın kodları\n"},
    {"--json", "", option_kind::format, mode::codes, output_format::json,
     "  --json                JSON instead of text\n",
     "  --json                metin yerine JSON; her dilde aynıdır\n"},
    {"--markdown", "", option_kind::format, mode::codes, output_format::markdown,
     "  --markdown            a Markdown table of the codes\n", "  --markdown            kodların Markdown tablosu\n"},
    {"--q850", "", option_kind::mode, mode::q850, output_format::text,
     "  --q850 CAUSE...       the SIP response for Q.850 causes (RFC 3398 section 7.2.4.1)\n",
     "  --q850 NEDEN...       Q.850 nedenleri için SIP yanıtı (RFC 3398 bölüm 7.2.4.1)\n"},
    {"--warning", "", option_kind::mode, mode::warning, output_format::text,
     "  --warning CODE|VALUE...  warn-codes (370) or Warning values ('370 pbx \"Insufficient bandwidth\"')\n",
     "  --warning KOD|DEĞER...  uyarı kodları (370) ya da Warning değerleri ('370 pbx \"Yetersiz bant genişliği\"')\n"},
    {"--retry-after", "", option_kind::mode, mode::retry_after, output_format::text,
     "  --retry-after VALUE [CODE]  a Retry-After value ('120 (in a meeting);duration=600'), and when\n"
     "                        a client may retry after the response CODE (RFC 3261 section 21)\n",
     "  --retry-after DEĞER [KOD]  bir Retry-After değeri ('120 (toplantıda);duration=600') ve istemcinin\n"
     "                        KOD yanıtından sonra isteği ne zaman yeniden gönderebileceği (RFC 3261 bölüm 21)\n"},
    {"--gateway-tables", "", option_kind::mode, mode::gateway_tables, output_format::text,
     "  --gateway-tables      RFC 3398's mappings and the header rules, as Markdown\n",
     "  --gateway-tables      RFC 3398 eşlemeleri ve başlık alanı kuralları, Markdown olarak; her dilde\n"
     "                        İngilizcedir\n"},
    {"--html", "", option_kind::mode, mode::html, output_format::text,
     "  --html                the reference page, one self-contained HTML file in English and Turkish;\n"
     "                        --lang picks the language it opens in\n",
     "  --html                başvuru sayfası: İngilizce ve Türkçe, dışarıdan bir şey yüklemeyen tek bir HTML\n"
     "                        dosyası; --lang sayfanın hangi dilde açılacağını seçer\n"},
    {"--lang", "", option_kind::language, mode::codes, output_format::text,
     "  --lang LANG           en or tr, in any case, with a region or not (tr-TR); by default from\n"
     "                        LC_ALL, LC_MESSAGES or LANG (tr_TR.UTF-8 is tr)\n",
     "  --lang DİL            en ya da tr; büyük küçük harf fark etmez, bölgeyle ya da bölgesiz (tr-TR);\n"
     "                        verilmezse LC_ALL, LC_MESSAGES ya da LANG belirler (tr_TR.UTF-8 Türkçedir)\n"},
    {"--version", "", option_kind::version, mode::codes, output_format::text,
     "  --version             the version of sipcodes\n", "  --version             sipcodes sürümü\n"},
    {"--help", "-h", option_kind::help, mode::codes, output_format::text, "  --help                this text\n",
     "  --help                bu metin\n"},
};

// The usage text around the options, in each language.
inline constexpr std::string_view usage_head =
    "usage: sipcodes [OPTION]... [CODE | LINE | NAME | PHRASE | WORD]...\n"
    "Look up SIP response codes: phrase, RFC, description, Q.850 cause, Retry-After, header rules.\n"
    "\n"
    "  CODE      a response code, 486\n"
    "  LINE      a line from a log: a status line, a code and its phrase, or a Reason value:\n"
    "            'SIP/2.0 486 Busy Here', '486 Busy Here', 'Q.850;cause=17'; the code decides\n"
    "  NAME      an enumerator name, busy_here\n"
    "  PHRASE    a reason phrase, current or former, in any case: \"busy here\"\n"
    "  WORD      whole words to look for in phrases and descriptions, English or Turkish: busy\n"
    "\n";
inline constexpr std::string_view usage_tail = "\nExit status: 0 found, 1 not found, 2 usage error or output error.\n";
inline constexpr std::string_view usage_head_turkish =
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
    "\n";
inline constexpr std::string_view usage_tail_turkish =
    "\nÇıkış durumu: 0 bulundu, 1 bulunamadı, 2 kullanım hatası ya da çıktı hatası.\n";

// The usage text in the language asked for.
inline std::string usage_of(const language& lang) {
  const bool turkish_text = lang.words == &turkish;
  std::string text(turkish_text ? usage_head_turkish : usage_head);
  for (const option_spec& o : options) text += turkish_text ? o.usage_turkish : o.usage;
  return text += turkish_text ? usage_tail_turkish : usage_tail;
}

// The option named `name`, by its name or short name; nullptr if none is.
inline const option_spec* find_option(std::string_view name) {
  for (const option_spec& o : options) {
    if (o.name == name || (!o.short_name.empty() && o.short_name == name)) return &o;
  }
  return nullptr;
}

// Says on `err` what is wrong, one line after "sipcodes: ": `format` (one of
// the language's error_wording) with its "{}" filled by `values`.
inline void say(std::ostream& err, std::string_view format, std::initializer_list<std::string_view> values = {}) {
  err << "sipcodes: " << filled(format, values) << '\n';
}

inline bool is_option(std::string_view text) { return text.size() > 1 && text[0] == '-' && !looks_like_number(text); }

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

// The option that asks for a mode.
inline std::string_view mode_option(mode m) {
  for (const option_spec& o : options) {
    if (o.kind == option_kind::mode && o.sets_mode == m) return o.name;
  }
  return "";
}

// The option nearest a mistyped one ("--json" for "--jsno"), or "".
inline std::string_view closest_option(std::string_view typed) {
  if (typed.size() > 40) return {};
  std::string_view best;
  std::size_t best_distance = typed.size() / 3 + 1;  // beyond this it is another word, not a typo
  for (const option_spec& o : options) {
    const std::size_t distance = edit_distance(typed, o.name);
    if (distance < best_distance) {
      best_distance = distance;
      best = o.name;
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
      continue;
    }
    const bool inline_value = arg.substr(0, 7) == "--lang=";
    const option_spec* o = find_option(inline_value ? arg.substr(0, 6) : arg);
    if (o == nullptr) {
      const std::string_view nearest = closest_option(arg);
      if (nearest.empty()) {
        say(err, says.unknown_option, {shown(words, arg)});
      } else {
        say(err, says.unknown_option_near, {shown(words, arg), nearest});
      }
      return std::nullopt;
    }
    switch (o->kind) {
      case option_kind::help: c.help = true; break;
      case option_kind::version: c.version = true; break;
      case option_kind::mode:
        if (!set_mode(o->sets_mode)) return std::nullopt;
        break;
      case option_kind::format:
        if (c.format != output_format::text && c.format != o->sets_format) {
          say(err, says.formats_conflict);
          return std::nullopt;
        }
        c.format = o->sets_format;
        break;
      case option_kind::language: {
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
        break;
      }
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
