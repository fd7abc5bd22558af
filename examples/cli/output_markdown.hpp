// Markdown output (--markdown): the codes as one table, in the language asked
// for; docs/codes.md and docs/codes.tr.md are this output.
#ifndef SIPCODES_CLI_OUTPUT_MARKDOWN_HPP
#define SIPCODES_CLI_OUTPUT_MARKDOWN_HPP

#include <sipcodes/sipcodes.hpp>

#include "lookup.hpp"
#include "output_text.hpp"
#include "wording.hpp"

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace cli {

inline std::string markdown_cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

// How the user gave the code, as the text output says it (a phrase that is
// not the code's, a Reason value's text or cause), at the start of the
// description's cell: "**phrase given** ... . ".
inline std::string given_cell(const wording& words, const entry& e) {
  std::string cell;
  for (const given_note& note : given_notes(words, e))
    cell += "**" + markdown_cell(note.label) + "** " + markdown_cell(note.text) + ". ";
  return cell;
}

inline void print_markdown(std::ostream& out, const language& lang, const std::vector<entry>& entries) {
  const wording& words = *lang.words;
  const auto& c = words.markdown_columns;
  out << "| " << c[0] << " | " << c[1] << " | " << c[2] << " | " << c[3] << " | " << c[4] << " | " << c[5] << " | "
      << c[6] << " |\n";
  out << "|---:|---|---|---|---|---|---|\n";
  for (const entry& e : entries) {
    if (e.row == nullptr) {
      const sipcodes::status fallback = sipcodes::fallback(e.code).value_or(sipcodes::status{});
      out << "| " << e.code << " |  |  |  |  |  | " << given_cell(words, e) << e.code << words.not_registered << "; "
          << words.treated_as_prefix << static_cast<int>(fallback) << ' '
          << markdown_cell(sipcodes::reason_phrase(fallback, *lang.pack)) << words.treated_as_suffix
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
    out << "| " << static_cast<int>(row->code) << " | " << markdown_cell(sipcodes::reason_phrase(row->code, *lang.pack))
        << " | `" << row->name << "` | RFC " << row->rfc << " §" << row->section << " | "
        << lifecycle_label(words, row->state) << " | " << other << " | " << given_cell(words, e)
        << markdown_cell(sipcodes::description(row->code, *lang.pack)) << " |\n";
  }
}

}  // namespace cli

#endif
