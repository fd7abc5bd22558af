// --q850 CAUSE...: the SIP response RFC 3398 section 7.2.4.1 gives for each
// Q.850 cause, as text or JSON.
#ifndef SIPCODES_CLI_MODE_Q850_HPP
#define SIPCODES_CLI_MODE_Q850_HPP

#include <sipcodes/q850.hpp>
#include <sipcodes/sipcodes.hpp>

#include "arguments.hpp"
#include "output_json.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <ostream>
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

inline void print_q850_text(std::ostream& out, const q850_answer& a) {
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

}  // namespace cli

#endif
