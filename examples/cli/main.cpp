// sipcodes: look up SIP response codes from the command line.
//
//   sipcodes 486                 everything about one code (several may be given)
//   sipcodes "busy here"         by phrase, current or former; busy_here by name
//   sipcodes busy                a search: every code whose texts have the words
//   sipcodes --list [4xx]        one line per code, or per code of a class
//   sipcodes --json ...          JSON instead of text, for any of the above
//   sipcodes --markdown ...      a Markdown table of the codes
//   sipcodes --q850 CAUSE...     the SIP response for Q.850 causes (RFC 3398)
//   sipcodes --warning CODE|VALUE...  a warn-code, or a Warning header field value
//   sipcodes --retry-after VALUE [CODE]  a Retry-After value, and when to retry after CODE
//   sipcodes --gateway-tables    RFC 3398's mappings and the header rules, in Markdown
//   sipcodes --html              the reference page: one HTML file, both languages
//
// Exit status: 0 when everything asked for was found; 1 when something was
// not (a valid code that is not registered, a search with no match); 2 for a
// usage error or when the output could not be written. Errors go to stderr,
// one line each, with the arguments they quote escaped.
//
// The code is split by concern, each file readable alone:
//   arguments.hpp              the options, the modes, the usage text, the language
//   lookup.hpp                 what an argument names: a code, a name, a phrase, a search
//   output_text.hpp            the default output
//   output_json.hpp            --json
//   output_markdown.hpp        --markdown
//   output_gateway_tables.hpp  --gateway-tables
//   reference_page.hpp         --html
//   mode_q850.hpp, mode_warning.hpp, mode_retry_after.hpp   the other modes
//   wording.hpp                the words printed, in English and Turkish
//   command_line.hpp           what the operating system must be told (Windows)
// This file reads the command line and runs the mode it asks for. A new
// output of the codes is a file like output_markdown.hpp, its option in
// arguments.hpp and a line in print_entries(); a new mode is a file like
// mode_q850.hpp, its option and a line in run().

#include <sipcodes/lang/tr.hpp>
#include <sipcodes/sipcodes.hpp>

#include "arguments.hpp"
#include "command_line.hpp"
#include "lookup.hpp"
#include "mode_q850.hpp"
#include "mode_retry_after.hpp"
#include "mode_warning.hpp"
#include "output_gateway_tables.hpp"
#include "output_json.hpp"
#include "output_markdown.hpp"
#include "output_text.hpp"
#include "reference_page.hpp"

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
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
  const lookup_result result = look_up(c.arguments, err);
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
    out << usage_text;
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

int main(int argc, char** argv) {
  const command_line::byte_output bytes;  // "\n" is written as "\n" on every system
  const std::vector<std::string> arguments = command_line::utf8_arguments(argc, argv);
  const std::vector<std::string_view> args(arguments.begin(), arguments.end());
  const std::optional<cli::command> c = cli::parse_command(args, cli::language_of_environment(), std::cerr);
  int status = c ? cli::run(*c, std::cout, std::cerr) : cli::usage_error;
  // Output that could not be written is an error, as in coreutils: a closed
  // stdout, a full disk, a pipe closed early.
  std::cout.flush();
  if (!std::cout || std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
    std::cerr << "sipcodes: cannot write the output\n";
    status = cli::usage_error;
  }
  return status;
}
