// What the sipcodes command does once its arguments are read: run() prints
// what the command asks for, in the output format and language it asks for,
// on `out`, and says what went wrong on `err`; it returns the exit status.
// main.cpp gives it the standard streams; the tests give it strings.
#ifndef SIPCODES_CLI_RUN_HPP
#define SIPCODES_CLI_RUN_HPP

#include <sipcodes/lang/tr.hpp>
#include <sipcodes/sipcodes.hpp>

#include "arguments.hpp"
#include "lookup.hpp"
#include "mode_q850.hpp"
#include "mode_retry_after.hpp"
#include "mode_warning.hpp"
#include "output_gateway_tables.hpp"
#include "output_json.hpp"
#include "output_markdown.hpp"
#include "output_text.hpp"
#include "reference_page.hpp"

#include <ostream>
#include <vector>

namespace cli {

// The codes in the output format asked for.
inline void print_entries(std::ostream& out, const language& lang, output_format format,
                          const std::vector<entry>& entries, bool one_line_each) {
  switch (format) {
    case output_format::json: print_json(out, entries); return;
    case output_format::markdown: print_markdown(out, lang, entries); return;
    case output_format::text: print_text(out, lang, entries, one_line_each); return;
  }
}

inline int run_codes(const command& c, std::ostream& out, std::ostream& err) {
  if (c.arguments.empty()) {  // --json or --markdown alone: the whole table
    std::vector<entry> entries;
    for (const auto& row : sipcodes::all()) entries.push_back({&row, static_cast<int>(row.code), {}});
    print_entries(out, *c.lang, c.format, entries, false);
    return found;
  }
  const lookup_result result = look_up(c.arguments, err, *c.lang);
  if (!result.entries.empty() || c.format == output_format::json)
    print_entries(out, *c.lang, c.format, result.entries, result.one_line_each);
  return result.status;
}

inline int run_list(const command& c, std::ostream& out) {
  std::vector<entry> entries;
  for (const auto& row : sipcodes::all()) {
    if (!c.list_class || row.cls == *c.list_class) entries.push_back({&row, static_cast<int>(row.code), {}});
  }
  print_entries(out, *c.lang, c.format, entries, true);
  return found;
}

inline int run(const command& c, std::ostream& out, std::ostream& err) {
  if (c.help) {
    out << usage_of(*c.lang);
    return found;
  }
  if (c.version) {
    out << "sipcodes " << SIPCODES_VERSION_MAJOR << '.' << SIPCODES_VERSION_MINOR << '.' << SIPCODES_VERSION_PATCH
        << '\n';
    return found;
  }
  switch (c.what) {
    case mode::codes: return run_codes(c, out, err);
    case mode::list: return run_list(c, out);
    case mode::gateway_tables: print_gateway_tables(out); return found;
    case mode::html: reference_page::write(out, c.lang->pack == &sipcodes::lang::tr ? "tr" : "en"); return found;
    case mode::q850: return run_q850(c, out, err);
    case mode::warning: return run_warning(c, out, err);
    case mode::retry_after: return run_retry_after(c, out, err);
  }
  return found;
}

}  // namespace cli

#endif
