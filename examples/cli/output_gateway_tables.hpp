// --gateway-tables: RFC 3398's mappings both ways, the header rules and the
// codes Retry-After goes with, as Markdown; docs/gateway.md is this output.
#ifndef SIPCODES_CLI_OUTPUT_GATEWAY_TABLES_HPP
#define SIPCODES_CLI_OUTPUT_GATEWAY_TABLES_HPP

#include <sipcodes/q850.hpp>
#include <sipcodes/sipcodes.hpp>

#include "output_markdown.hpp"

#include <ostream>

namespace cli {

inline void print_gateway_tables(std::ostream& out) {
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
  out << "The header fields a response adds, by the sentences of RFC 3261, RFC 3311 and the RFCs that define the "
         "codes. A code not listed is one they tie no header field to; two kinds of rule are left out: what a 2xx "
         "carries by the method it answers (the Contact of a 2xx that establishes a dialog, RFC 3261 §12.1.1; the "
         "bindings of a 2xx to REGISTER, §10.3), and what every response copies from its request (Via, From, To, "
         "Call-ID, CSeq, §8.2.6.2; Record-Route, §12.1.1).\n\n";
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

}  // namespace cli

#endif
