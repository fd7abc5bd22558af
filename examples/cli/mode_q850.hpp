// --q850 CAUSE...: the SIP response RFC 3398 section 7.2.4.1 gives for each
// Q.850 cause, as text or JSON.
#ifndef SIPCODES_CLI_MODE_Q850_HPP
#define SIPCODES_CLI_MODE_Q850_HPP

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

struct q850_answer {
  int cause = 0;
  std::optional<sipcodes::status> sip;
  bool listed = false;
};

inline q850_answer q850_answer_of(int cause) {
  const auto& mappings = sipcodes::q850_to_sip_mappings();
  return {cause, sipcodes::from_q850_cause(cause),
          std::any_of(mappings.begin(), mappings.end(), [&](const auto& row) { return row.cause == cause; })};
}

// A SIP response as the language names it: "486 Busy Here", "486 Meşgul".
inline std::string response_text(const language& lang, sipcodes::status s) {
  return std::to_string(static_cast<int>(s)) + ' ' + std::string(sipcodes::reason_phrase(s, *lang.pack));
}

inline void print_q850_text(std::ostream& out, const language& lang, const q850_answer& a) {
  const wording& words = *lang.words;
  const std::string_view name = sipcodes::q850_cause_name(a.cause);
  out << words.q850_heading << a.cause << (name.empty() ? "" : " ") << name << '\n';
  out << label(words, words.q850_sip);
  if (!a.sip) {
    out << words.q850_none << (a.cause == 44 ? words.q850_untranslatable : words.q850_clearing);
  } else {
    out << response_text(lang, *a.sip);
  }
  out << " (RFC 3398 " << words.section << " 7.2.4.1" << (a.sip && !a.listed ? words.q850_unlisted : "") << ")\n";
  if (a.cause == 21) {
    out << label(words, words.q850_at_user)
        << response_text(lang, *sipcodes::from_q850_cause(21, sipcodes::cause_location::user)) << '\n';
  }
  if (a.cause == 22) {
    out << label(words, words.q850_diagnostic)
        << response_text(lang, *sipcodes::from_q850_cause(22, sipcodes::cause_location::network,
                                                          sipcodes::cause_diagnostic::present))
        << '\n';
  }
}

inline void print_q850_json(std::ostream& out, const q850_answer& a) {
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

inline int run_q850(const command& c, std::ostream& out, std::ostream& err) {
  int status = found;
  std::vector<q850_answer> answers;
  for (std::string_view argument : c.arguments) {
    if (!all_digits(argument) || saturated_value(argument) < 1 || saturated_value(argument) > 127) {
      say(err, c.lang->errors->not_a_q850_cause, {shown(*c.lang->words, argument)});
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
      print_q850_text(out, *c.lang, answers[i]);
    }
  }
  return status;
}

}  // namespace cli

#endif
