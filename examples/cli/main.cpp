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
//   arguments.hpp              the options (one table), the modes, the usage text, the language
//   text.hpp                   UTF-8, quoting an argument back, numbers and codes as typed
//   run.hpp                    the mode a command asks for, run on two streams
//   lookup.hpp                 what an argument names: a code, a name, a phrase, a search
//   output_text.hpp            the default output
//   output_json.hpp            --json
//   output_markdown.hpp        --markdown
//   output_gateway_tables.hpp  --gateway-tables
//   reference_page.hpp         --html
//   mode_q850.hpp, mode_warning.hpp, mode_retry_after.hpp   the other modes
//   wording.hpp                the words printed, in English and Turkish
//   command_line.hpp           what the operating system must be told (Windows)
// This file reads the command line and runs the mode it asks for on the
// standard streams. A new output of the codes is a file like
// output_markdown.hpp, its row in the option table (arguments.hpp) and a
// line in print_entries() (run.hpp); a new mode is a file like
// mode_q850.hpp, its row in the table and a line in run().

#include "arguments.hpp"
#include "command_line.hpp"
#include "run.hpp"

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

int main(int argc, char** argv) {
  const command_line::byte_output bytes;  // "\n" is written as "\n" on every system
  const std::vector<std::string> arguments = command_line::utf8_arguments(argc, argv);
  const std::vector<std::string_view> args(arguments.begin(), arguments.end());
  const cli::language& environment = cli::language_of_environment();
  const std::optional<cli::command> c = cli::parse_command(args, environment, std::cerr);
  int status = c ? cli::run(*c, std::cout, std::cerr) : cli::usage_error;
  // Output that could not be written is an error, as in coreutils: a closed
  // stdout, a full disk, a pipe closed early.
  std::cout.flush();
  if (!std::cout || std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
    const cli::language* asked = cli::language_asked_for(args);
    cli::say(std::cerr, (c ? *c->lang : asked != nullptr ? *asked : environment).errors->cannot_write);
    status = cli::usage_error;
  }
  return status;
}
