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
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace cli {

enum exit_code { found = 0, not_found = 1, usage_error = 2 };

enum class mode { codes, list, q850, warning, retry_after, gateway_tables, html };
enum class output_format { text, json, markdown };

inline constexpr std::string_view usage_text =
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

// ---------------------------------------------------------------------------
// Arguments as text.

// How an argument is quoted in an error message: at most 64 bytes of it,
// with control bytes, malformed UTF-8 and the like shown as \xNN
// (printable.hpp), so that nothing reaches the terminal as a command.
inline std::string shown(std::string_view text) {
  constexpr std::size_t most = 64;
  std::string out = '"' + printable::escaped(text, most) + '"';
  if (text.size() > most) out += " (" + std::to_string(text.size()) + " bytes, cut)";
  return out;
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

// The language a tag names ("tr"), if the tool speaks it.
inline const language* language_of_tag(std::string_view tag) {
  for (const language& l : languages) {
    if (l.pack->tag == tag) return &l;
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

// Reads the command line; on a usage error says why on `err` and returns nullopt.
inline std::optional<command> parse_command(const std::vector<std::string_view>& args, const language& environment,
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

}  // namespace cli

#endif
