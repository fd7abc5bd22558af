// --warning CODE|VALUE...: a warn-code of the IANA registry, or a whole
// Warning header field value (RFC 3261 section 20.43), each of its
// comma-separated values, with "Warning:" before it or not, as text or JSON.
#ifndef SIPCODES_CLI_MODE_WARNING_HPP
#define SIPCODES_CLI_MODE_WARNING_HPP

#include <sipcodes/lang/tr.hpp>
#include <sipcodes/q850.hpp>
#include <sipcodes/sipcodes.hpp>

#include "arguments.hpp"
#include "output_json.hpp"
#include "wording.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace cli {

inline std::string_view warn_range_label(const wording& words, int code) {
  if (code >= 300 && code <= 329) return words.warn_ranges[0];
  if (code >= 330 && code <= 339) return words.warn_ranges[1];
  if (code >= 370 && code <= 379) return words.warn_ranges[2];
  if (code >= 380 && code <= 399) return words.warn_ranges[3];
  return words.warn_ranges[4];
}

struct warning_answer {
  int code = 0;
  std::optional<sipcodes::warning_value> value;  // when a whole Warning value was given
};

inline void print_warning_text(std::ostream& out, const language& lang, const warning_answer& a) {
  const wording& words = *lang.words;
  const sipcodes::warn_code_info* row = sipcodes::find_warn_code(a.code);
  if (row == nullptr) {
    out << a.code << words.warn_not_registered << '\n';
    out << label(words, words.warn_range) << warn_range_label(words, a.code) << '\n';
  } else {
    out << a.code << ' ' << sipcodes::warning_text(a.code, *lang.pack) << '\n';
    out << label(words, words.defined_in) << "RFC " << row->rfc << ' ' << words.section << ' ' << row->section << '\n';
    out << label(words, words.warn_range) << warn_range_label(words, a.code) << '\n';
    out << label(words, words.description) << sipcodes::warning_description(a.code, *lang.pack) << '\n';
  }
  if (a.value) {
    out << label(words, words.warn_agent) << cut(words, a.value->agent) << '\n';
    out << label(words, words.warn_text) << '"' << cut(words, unescaped(a.value->text)) << "\"\n";
  }
  const int cause = *sipcodes::to_q850_cause(488, a.code);
  out << label(words, words.q850_cause) << words.for_488_606 << ": " << cause << ' ' << sipcodes::q850_cause_name(cause)
      << " (RFC 3398 " << words.section << " 8.2.6.1)\n";
}

inline void print_warning_json(std::ostream& out, const warning_answer& a) {
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

// An example of a right value, from the user's own when that is how it went
// wrong: the text left unquoted ('370 pbx Insufficient bandwidth', or in
// single quotes) is put in double quotes, when that makes a value. Otherwise
// 370 with its text in the language.
inline std::string warning_example(const language& lang, std::string_view value) {
  std::string example = "370 pbx.example.com \"" + std::string(sipcodes::warning_text(370, *lang.pack)) + '"';
  if (value.size() > 120 || value.size() < 5 || !all_digits(value.substr(0, 3)) || value[3] != ' ') return example;
  const std::size_t agent_end = value.find(' ', 4);
  if (agent_end == std::string_view::npos) return example;
  std::string_view text = value.substr(agent_end + 1);
  if (text.empty() || text.front() == '"') return example;
  if (text.size() >= 2 && text.front() == '\'' && text.back() == '\'') text = text.substr(1, text.size() - 2);
  std::string quoted = std::string(value.substr(0, agent_end)) + " \"";
  for (char ch : text) {
    if (ch == '"' || ch == '\\') quoted += '\\';
    quoted += ch;
  }
  quoted += '"';
  return sipcodes::parse_warning(std::string_view(quoted)) ? quoted : example;
}

// What is wrong with a Warning value, and how a right one reads.
inline std::string warning_problem(const language& lang, std::string_view value, sipcodes::warning_error e) {
  const error_wording& says = *lang.errors;
  const std::string example = filled(says.as_in, {warning_example(lang, value)});
  if (!is_utf8(value)) return std::string(says.value_not_utf8) + example;
  switch (e) {
    case sipcodes::warning_error::bad_text: return std::string(says.warning_bad_text) + example;
    case sipcodes::warning_error::bad_agent: return std::string(says.warning_bad_agent) + example;
    case sipcodes::warning_error::bad_separator: return std::string(says.warning_bad_separator) + example;
    case sipcodes::warning_error::none:
    case sipcodes::warning_error::empty:
    case sipcodes::warning_error::bad_code: break;
  }
  return std::string(says.warning_bad_code) + example;
}

inline bool is_warn_code(std::string_view text) { return text.size() == 3 && all_digits(text); }

inline int run_warning(const command& c, std::ostream& out, std::ostream& err) {
  const error_wording& says = *c.lang->errors;
  const wording& words = *c.lang->words;
  const std::vector<std::string_view>& args = c.arguments;
  int status = found;
  std::vector<warning_answer> answers;
  const auto answer = [&](int code, std::optional<sipcodes::warning_value> value) {
    answers.push_back({code, value});
    if (sipcodes::find_warn_code(code) == nullptr) status = std::max(status, static_cast<int>(not_found));
  };
  const auto refuse = [&](std::string_view value, sipcodes::warning_error e) {
    say(err, says.not_a_warning_value, {shown(words, value), warning_problem(*c.lang, value, e)});
    status = usage_error;
  };
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view argument = without_field_name(args[i], "Warning");  // as pasted: "Warning: 370 ..."
    if (is_warn_code(argument)) {
      // A value whose quotes the shell took: a code, then words that are
      // neither codes nor values ("370", "pbx", "Insufficient"). One error,
      // with the value as it should have been given.
      std::size_t last = i;
      while (last + 1 < args.size() && !all_digits(args[last + 1]) && !sipcodes::parse_warning(args[last + 1])) ++last;
      if (last == i) {
        answer(saturated_value(argument), std::nullopt);
        continue;
      }
      std::string value(argument);
      for (std::size_t k = i + 1; k <= last; ++k) (value += ' ') += args[k];
      say(err, says.warning_in_words, {warning_example(*c.lang, value)});
      status = usage_error;
      i = last;
      continue;
    }
    auto parsed = sipcodes::parse_warning(argument);
    if (!parsed) {
      if (all_digits(argument)) {
        say(err, says.not_a_warn_code, {shown(words, argument)});
        status = usage_error;
      } else {
        refuse(argument, parsed.error);
      }
      continue;
    }
    // Each value of the field, as they are separated by commas.
    for (;;) {
      answer(parsed.value.code, parsed.value);
      const std::string_view rest = parsed.value.rest;
      if (rest.empty()) break;
      parsed = sipcodes::parse_warning(rest);
      if (!parsed) {
        refuse(trimmed(rest), parsed.error);
        break;
      }
    }
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

}  // namespace cli

#endif
