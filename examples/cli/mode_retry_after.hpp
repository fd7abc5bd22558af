// --retry-after VALUE [CODE]: a Retry-After header field value (RFC 3261
// section 20.33), with "Retry-After:" before it or not, taken apart, and
// when a client may send the request again after the response CODE (RFC
// 3261 section 21), as text or JSON.
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

// "18000 s (5 h)", "18000 sn (5 sa)": seconds, and the largest whole unit
// when there is one, in the language's units.
inline std::string duration_text(const wording& words, std::uint32_t seconds) {
  const auto in = [&words](std::uint32_t count, std::size_t unit) {
    return std::to_string(count) + ' ' + std::string(words.units[unit]);
  };
  std::string out = in(seconds, 0);
  if (seconds >= 86400 && seconds % 86400 == 0) return out + " (" + in(seconds / 86400, 3) + ')';
  if (seconds >= 3600 && seconds % 3600 == 0) return out + " (" + in(seconds / 3600, 2) + ')';
  if (seconds >= 60 && seconds % 60 == 0) return out + " (" + in(seconds / 60, 1) + ')';
  return out;
}

inline std::string advice_text(const wording& words, const sipcodes::retry_advice& advice) {
  if (!advice.applies) return std::string(words.no_advice);
  std::string line;
  if (!advice.may_retry) {
    // A 4xx: the client SHOULD NOT send it again unchanged (RFC 3261 section
    // 21.4); a 6xx: definitive, where section 21.6 has no keyword.
    const bool client_error =
        advice.treated_as && sipcodes::class_of(*advice.treated_as) == sipcodes::status_class::client_error;
    line = std::string(client_error ? words.retry_not_unchanged : words.retry_definitive);
  } else if (advice.after) {
    line = std::string(words.retry_after_prefix) + duration_text(words, *advice.after) +
           std::string(words.retry_after_suffix);
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
  out << "Retry-After: " << cut(words, text) << '\n';
  out << label(words, words.seconds) << duration_text(words, value.seconds) << '\n';
  out << label(words, words.duration)
      << (value.duration ? duration_text(words, *value.duration) : std::string(words.indefinitely)) << '\n';
  if (!value.comment.empty()) out << label(words, words.comment) << cut(words, unescaped(value.comment)) << '\n';
  if (!code) return;
  out << label(words, words.retry) << *code << ": "
      << advice_text(words, sipcodes::retry_advice_for(*code, value.seconds)) << '\n';
  const sipcodes::retry_advice without = sipcodes::retry_advice_for(*code);
  if (!without.applies) return;
  out << label(words, "") << words.without_retry_after;
  if (without.treated_as && static_cast<int>(*without.treated_as) != *code) {
    out << words.acts_as_prefix << static_cast<int>(*without.treated_as) << ' '
        << sipcodes::reason_phrase(*without.treated_as, *lang.pack) << words.acts_as_suffix << "; ";
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
inline std::string_view retry_after_problem(const error_wording& says, sipcodes::retry_after_error e) {
  switch (e) {
    case sipcodes::retry_after_error::bad_comment: return says.retry_bad_comment;
    case sipcodes::retry_after_error::bad_parameter: return says.retry_bad_parameter;
    case sipcodes::retry_after_error::bad_separator: return says.retry_bad_separator;
    case sipcodes::retry_after_error::none:
    case sipcodes::retry_after_error::empty:
    case sipcodes::retry_after_error::bad_seconds: break;
  }
  return says.retry_bad_seconds;
}

inline int run_retry_after(const command& c, std::ostream& out, std::ostream& err) {
  const error_wording& says = *c.lang->errors;
  const std::string_view value = without_field_name(c.arguments[0], "Retry-After");  // as pasted: "Retry-After: 120"
  const auto parsed = sipcodes::parse_retry_after(value);
  if (!parsed) {
    say(err, says.not_a_retry_after_value,
        {shown(*c.lang->words, c.arguments[0]),
         is_utf8(value) ? retry_after_problem(says, parsed.error) : says.retry_not_utf8});
    return usage_error;
  }
  std::optional<int> code;
  if (c.arguments.size() == 2) {
    code = code_of(c.arguments[1]);
    if (!code) {
      say(err, says.not_a_response_code, {shown(*c.lang->words, c.arguments[1])});
      return usage_error;
    }
  }
  if (c.format == output_format::json) {
    print_retry_after_json(out, parsed.value, code);
  } else {
    print_retry_after_text(out, *c.lang, value, parsed.value, code);
  }
  return found;
}

}  // namespace cli

#endif
