// Text output, the default: everything about a code, labelled line by line
// in the language asked for, or one line per code.
#ifndef SIPCODES_CLI_OUTPUT_TEXT_HPP
#define SIPCODES_CLI_OUTPUT_TEXT_HPP

#include <sipcodes/q850.hpp>
#include <sipcodes/sipcodes.hpp>

#include "arguments.hpp"
#include "lookup.hpp"
#include "wording.hpp"

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace cli {

// What a gateway needs to know of a code: its Q.850 cause, Retry-After, and
// the header fields the response carries.
inline void print_gateway_facts(std::ostream& out, const language& lang, int code) {
  const wording& words = *lang.words;
  const std::optional<int> cause = sipcodes::to_q850_cause(code);
  if (cause) {
    out << label(words, words.q850_cause) << *cause << ' ' << sipcodes::q850_cause_name(*cause) << " (RFC 3398 "
        << words.section << " 8.2.6.1";
    if (code == 488 || code == 606) {
      out << "; " << words.bearer_prefix << sipcodes::to_q850_cause(code, 305).value_or(0) << words.bearer_variant;
    }
    out << ")\n";
  } else if (sipcodes::class_of(code) >= sipcodes::status_class::client_error) {
    out << label(words, words.q850_cause) << words.no_q850 << '\n';
  }
  out << label(words, words.retry_after);
  if (sipcodes::allows_retry_after(code)) {
    out << words.retry_allowed << " (RFC 3261 " << words.section << " 20.33)\n";
  } else {
    out << words.retry_undefined << '\n';
  }
  for (const auto& rule : sipcodes::header_rules(code)) {
    out << label(words, words.header) << header_rule_text(words, *lang.pack, rule) << " (RFC " << rule.rfc << ' '
        << words.section << ' ' << rule.section << ")\n";
  }
}

// A note on how the user gave a code: a label and what it says.
struct given_note {
  std::string_view label;
  std::string text;
};

// What is said of how the user gave the code, when it was more than a code:
// the Q.850 cause of a Reason value it comes from, a SIP Reason value's text
// (its sender's words, shown as they are), and a phrase that came with it
// when it is not one of the code's (RFC 3261 section 7.2: the code is for
// automata, the phrase for people). The text and Markdown outputs say it.
inline std::vector<given_note> given_notes(const wording& words, const entry& e) {
  std::vector<given_note> notes;
  const std::string section = std::string(words.section) + ' ';
  if (e.from.read_as == given::form::reason && e.from.protocol == "Q.850" && e.from.cause) {
    const int cause = *e.from.cause;
    notes.push_back({words.from, std::string(words.q850_cause_prefix) + std::to_string(cause) + ' ' +
                                     std::string(sipcodes::q850_cause_name(cause)) + " (RFC 3398 " + section +
                                     "7.2.4.1)"});
  }
  if (e.from.text && !(e.row != nullptr && is_phrase_of(e.code, *e.from.text)))
    notes.push_back({words.reason_text, shown(words, *e.from.text)});
  if (!e.from.phrase || (e.row != nullptr && is_phrase_of(e.code, *e.from.phrase))) return notes;
  const std::string_view phrase = *e.from.phrase;
  std::string note = shown(words, phrase);
  const std::optional<int> other = code_of_phrase(phrase);
  const std::string decides = "; " + std::string(words.code_decides) + " (RFC 3261 " + section + "7.2)";
  const auto code_in = [](std::string_view prefix, int code, std::string_view suffix) {
    return std::string(prefix) + std::to_string(code) + std::string(suffix);
  };
  if (e.row == nullptr) {
    if (other) note += ": " + code_in(words.phrase_of_prefix, *other, words.phrase_of_suffix) + decides;
  } else if (other) {
    note += ": " + code_in(words.phrase_of_prefix, *other, words.phrase_of_suffix) +
            code_in(words.not_of_prefix, e.code, words.not_of_suffix) + decides;
  } else {
    note += ": " + code_in(words.not_a_phrase_prefix, e.code, words.not_a_phrase_suffix) + decides;
  }
  notes.push_back({words.phrase_given, note});
  return notes;
}

inline void print_given(std::ostream& out, const wording& words, const entry& e) {
  for (const given_note& note : given_notes(words, e)) out << label(words, note.label) << note.text << '\n';
}

// The code a receiver acts on, for a code it does not know or that is no
// longer in use (RFC 3261 section 8.1.3.2).
inline void print_treated_as(std::ostream& out, const language& lang, int code) {
  const wording& words = *lang.words;
  const sipcodes::status fallback = sipcodes::fallback(code).value_or(sipcodes::status{});
  out << label(words, words.treated_as) << static_cast<int>(fallback) << ' '
      << sipcodes::reason_phrase(fallback, *lang.pack) << " (RFC 3261 " << words.section
      << " 8.1.3.2: " << (sipcodes::is_provisional(code) ? words.fallback_183 : words.fallback_x00) << ")\n";
}

inline void print_details(std::ostream& out, const language& lang, const sipcodes::status_info& row, const entry& e) {
  const wording& words = *lang.words;
  out << static_cast<int>(row.code) << ' ' << sipcodes::reason_phrase(row.code, *lang.pack) << '\n';
  print_given(out, words, e);
  out << label(words, words.name) << row.name << '\n';
  out << label(words, words.cls) << class_label(words, row.cls) << '\n';
  out << label(words, words.defined_in) << "RFC " << row.rfc << ' ' << words.section << ' ' << row.section << '\n';
  out << label(words, words.lifecycle) << lifecycle_label(words, row.state) << '\n';
  if (sipcodes::fallback(row.code) != row.code) print_treated_as(out, lang, static_cast<int>(row.code));
  out << label(words, words.description) << sipcodes::description(row.code, *lang.pack) << '\n';
  if (sipcodes::reason_phrase(row.code, *lang.pack) != row.reason)
    out << label(words, words.also_seen) << '"' << row.reason << "\" (RFC " << row.rfc << ")\n";
  for (const auto& a : row.aliases())
    out << label(words, words.also_seen) << '"' << a.phrase << "\" (" << sipcodes::source(a, *lang.pack) << ")\n";
  print_gateway_facts(out, lang, static_cast<int>(row.code));
}

inline void print_unknown(std::ostream& out, const language& lang, const entry& e) {
  const wording& words = *lang.words;
  const int code = e.code;
  out << code << words.not_registered << '\n';
  print_given(out, words, e);
  out << label(words, words.cls) << class_label(words, sipcodes::class_of(code)) << '\n';
  print_treated_as(out, lang, code);
}

// The codes as text: each with its details, or one line each (a list, or a
// search that found several).
inline void print_text(std::ostream& out, const language& lang, const std::vector<entry>& entries, bool one_line_each) {
  bool first = true;
  for (const entry& e : entries) {
    if (one_line_each) {
      if (e.row != nullptr) {
        out << static_cast<int>(e.row->code) << ' ' << sipcodes::reason_phrase(e.row->code, *lang.pack) << '\n';
      } else {
        out << e.code << lang.words->not_registered << '\n';
      }
      continue;
    }
    if (!first) out << '\n';
    first = false;
    if (e.row != nullptr) {
      print_details(out, lang, *e.row, e);
    } else {
      print_unknown(out, lang, e);
    }
  }
}

}  // namespace cli

#endif
