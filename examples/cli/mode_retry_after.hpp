// --retry-after VALUE [CODE]: a Retry-After header field value (RFC 3261
// section 20.33) taken apart, and when a client may send the request again
// after the response CODE (RFC 3261 section 21), as text or JSON.
#ifndef SIPCODES_CLI_MODE_RETRY_AFTER_HPP
#define SIPCODES_CLI_MODE_RETRY_AFTER_HPP

#include <sipcodes/sipcodes.hpp>

#include "arguments.hpp"
#include "output_json.hpp"
#include "wording.hpp"

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace cli {

// "18000 s (5 h)": seconds, and the largest whole unit when there is one.
inline std::string duration_text(std::uint32_t seconds) {
  std::string out = std::to_string(seconds) + " s";
  if (seconds >= 86400 && seconds % 86400 == 0) return out + " (" + std::to_string(seconds / 86400) + " d)";
  if (seconds >= 3600 && seconds % 3600 == 0) return out + " (" + std::to_string(seconds / 3600) + " h)";
  if (seconds >= 60 && seconds % 60 == 0) return out + " (" + std::to_string(seconds / 60) + " min)";
  return out;
}

inline std::string advice_text(const wording& words, const sipcodes::retry_advice& advice) {
  if (!advice.applies) return std::string(words.no_advice);
  std::string line;
  if (!advice.may_retry) {
    line = std::string(words.retry_not_unchanged);
  } else if (advice.after) {
    line = std::string(words.retry_after_time) + ' ' + duration_text(*advice.after);
  } else if (advice.treated_as == sipcodes::status::request_timeout) {
    line = std::string(words.retry_any_time);
  } else if (advice.treated_as == sipcodes::status::request_pending) {
    line = std::string(words.retry_random_time);
  } else {
    line = std::string(words.retry_several_seconds);
  }
  if (advice.try_elsewhere) line += "; " + std::string(words.try_elsewhere);
  return line + " (RFC 3261 " + std::string(words.section) + ' ' + std::string(advice.section) + ')';
}

inline void print_retry_after_text(std::ostream& out, const language& lang, std::string_view text,
                                   const sipcodes::retry_after_value& value, std::optional<int> code) {
  const wording& words = *lang.words;
  out << "Retry-After: " << cut(text) << '\n';
  out << label(words.seconds) << duration_text(value.seconds) << '\n';
  out << label(words.duration) << (value.duration ? duration_text(*value.duration) : std::string(words.indefinitely))
      << '\n';
  if (!value.comment.empty()) out << label(words.comment) << cut(unescaped(value.comment)) << '\n';
  if (!code) return;
  out << label(words.retry) << *code << ": " << advice_text(words, sipcodes::retry_advice_for(*code, value.seconds))
      << '\n';
  const sipcodes::retry_advice without = sipcodes::retry_advice_for(*code);
  if (!without.applies) return;
  out << label("") << words.without_retry_after;
  if (without.treated_as && static_cast<int>(*without.treated_as) != *code) {
    out << words.acts_as_prefix << static_cast<int>(*without.treated_as) << ' '
        << sipcodes::localized_reason(*without.treated_as, *lang.pack) << words.acts_as_suffix << "; ";
  }
  out << advice_text(words, without) << '\n';
}

inline void print_advice_json(std::ostream& out, const sipcodes::retry_advice& advice) {
  out << "{\"applies\": " << (advice.applies ? "true" : "false");
  if (advice.applies) {
    out << ", \"may_retry\": " << (advice.may_retry ? "true" : "false") << ", \"after\": ";
    if (advice.after) {
      out << *advice.after;
    } else {
      out << "null";
    }
    out << ", \"try_elsewhere\": " << (advice.try_elsewhere ? "true" : "false") << ", \"treated_as\": ";
    if (advice.treated_as) {
      out << static_cast<int>(*advice.treated_as);
    } else {
      out << "null";
    }
    out << ", \"section\": " << json_string(advice.section);
  }
  out << "}";
}

inline void print_retry_after_json(std::ostream& out, const sipcodes::retry_after_value& value,
                                   std::optional<int> code) {
  out << "{\"seconds\": " << value.seconds << ", \"duration\": ";
  if (value.duration) {
    out << *value.duration;
  } else {
    out << "null";
  }
  out << ", \"comment\": " << json_string(unescaped(value.comment));
  if (code) {
    out << ", \"code\": " << *code << ", \"advice\": ";
    print_advice_json(out, sipcodes::retry_advice_for(*code, value.seconds));
    out << ", \"advice_without_retry_after\": ";
    print_advice_json(out, sipcodes::retry_advice_for(*code));
  }
  out << "}\n";
}

// What is wrong with a Retry-After value, and how a right one reads.
inline std::string_view retry_after_problem(sipcodes::retry_after_error e) {
  switch (e) {
    case sipcodes::retry_after_error::bad_comment:
      return "its comment must be closed by a parenthesis and hold no control character, as in 120 (in a meeting)";
    case sipcodes::retry_after_error::bad_parameter:
      return "its parameters must be ;name=value, with duration in seconds and once, as in 120;duration=600";
    case sipcodes::retry_after_error::bad_separator:
      return "only a comment and ;parameters may follow the seconds, as in 120 (in a meeting);duration=600";
    case sipcodes::retry_after_error::none:
    case sipcodes::retry_after_error::empty:
    case sipcodes::retry_after_error::bad_seconds: break;
  }
  return "it must start with the seconds, digits only, as in 120 or 120 (in a meeting);duration=600";
}

inline int run_retry_after(const command& c, std::ostream& out, std::ostream& err) {
  const auto parsed = sipcodes::parse_retry_after(c.arguments[0]);
  if (!parsed) {
    err << "sipcodes: " << shown(c.arguments[0]) << " is not a Retry-After value: " << retry_after_problem(parsed.error)
        << " (RFC 3261 section 20.33)\n";
    return usage_error;
  }
  std::optional<int> code;
  if (c.arguments.size() == 2) {
    code = code_of(c.arguments[1]);
    if (!code) {
      err << "sipcodes: " << shown(c.arguments[1]) << " is not a response code: codes are 100 to 699\n";
      return usage_error;
    }
  }
  if (c.format == output_format::json) {
    print_retry_after_json(out, parsed.value, code);
  } else {
    print_retry_after_text(out, *c.lang, c.arguments[0], parsed.value, code);
  }
  return found;
}

}  // namespace cli

#endif
