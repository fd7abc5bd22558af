// The sipcodes command run in the test's process: its arguments read and its
// mode run on two string streams, as main.cpp runs them on the standard ones.
#ifndef SIPCODES_TESTS_CLI_RUN_HPP
#define SIPCODES_TESTS_CLI_RUN_HPP

#include "../examples/cli/run.hpp"

#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace cli_test {

struct outcome {
  int status = 0;
  std::string out, err;
  std::string all() const { return out + err; }
};

// The command with `args`, in an environment whose locale asks for `environment`.
inline outcome run_command(const std::vector<std::string>& args, const cli::language& environment) {
  std::ostringstream out;
  std::ostringstream err;
  const std::vector<std::string_view> views(args.begin(), args.end());
  const std::optional<cli::command> c = cli::parse_command(views, environment, err);
  const int status = c ? cli::run(*c, out, err) : static_cast<int>(cli::usage_error);
  return {status, out.str(), err.str()};
}

inline const cli::language& english_environment() { return cli::languages[0]; }
inline const cli::language& turkish_environment() { return cli::languages[1]; }

}  // namespace cli_test

#endif
