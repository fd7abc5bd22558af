// JSON output (--json): how a string is quoted, an array of one item a line,
// and a code with everything the text output says of it, in both languages.
#ifndef SIPCODES_CLI_OUTPUT_JSON_HPP
#define SIPCODES_CLI_OUTPUT_JSON_HPP

#include <sipcodes/lang/tr.hpp>
#include <sipcodes/q850.hpp>
#include <sipcodes/sipcodes.hpp>

#include "../printable.hpp"
#include "lookup.hpp"

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace cli {

// A JSON string (RFC 8259 section 7) of `text`, which is JSON whatever its
// bytes: '"', '\' and control characters escaped, and each byte of
// malformed UTF-8 U+FFFD, the replacement character, as no JSON text can
// hold it.
inline std::string json_string(std::string_view text) {
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80) {
      char32_t ignored = 0;
      const std::size_t length = printable::detail::multibyte_sequence(text.substr(i), ignored);
      if (length == 0) {
        out += "\\ufffd";
        ++i;
      } else {
        out.append(text.substr(i, length));
        i += length;
      }
      continue;
    }
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20) {
      constexpr char hex[] = "0123456789abcdef";
      out += "\\u00";
      out += hex[byte >> 4];
      out += hex[byte & 0xF];
    } else {
      out += c;
    }
    ++i;
  }
  return out + "\"";
}

// A JSON array of the items `each` writes, one per line.
template <class Items, class Each>
inline void print_json_array(std::ostream& out, const Items& items, Each each) {
  out << "[\n";
  bool first = true;
  for (const auto& item : items) {
    out << (first ? "  " : ",\n  ");
    first = false;
    each(item);
  }
  out << (first ? "]\n" : "\n]\n");
}

// How the user gave the code, when it was more than a code: what the argument
// was read as, a Reason value's protocol and cause, and a phrase that came
// with the code, compared with the code's own.
inline void print_given_json(std::ostream& out, const entry& e) {
  if (e.from.read_as == given::form::plain) return;
  out << R"(, "given": {"read_as": )" << json_string(to_string(e.from.read_as));
  if (e.from.cause) out << ", \"protocol\": " << json_string(e.from.protocol) << ", \"cause\": " << *e.from.cause;
  if (e.from.text) out << ", \"text\": " << json_string(*e.from.text);
  if (e.from.phrase) {
    const std::optional<int> other = code_of_phrase(*e.from.phrase);
    out << ", \"phrase\": " << json_string(*e.from.phrase) << ", \"phrase_is_the_codes\": "
        << (e.row != nullptr && is_phrase_of(e.code, *e.from.phrase) ? "true" : "false") << ", \"phrase_of\": ";
    if (other) {
      out << *other;
    } else {
      out << "null";
    }
  }
  out << "}";
}

inline void print_code_json(std::ostream& out, const entry& e) {
  if (e.row == nullptr) {
    const sipcodes::status fallback = sipcodes::fallback(e.code).value_or(sipcodes::status{});
    out << "{\"code\": " << e.code << R"(, "known": false, "class": )"
        << json_string(sipcodes::to_string(sipcodes::class_of(e.code)))
        << ", \"fallback\": " << static_cast<int>(fallback)
        << ", \"fallback_reason\": " << json_string(sipcodes::reason_phrase(fallback));
    print_given_json(out, e);
    out << "}";
    return;
  }
  const sipcodes::status_info& row = *e.row;
  const int code = static_cast<int>(row.code);
  out << "{\"code\": " << code << R"(, "known": true, "reason": )" << json_string(row.reason)
      << ", \"name\": " << json_string(row.name) << ", \"class\": " << json_string(sipcodes::to_string(row.cls))
      << ", \"rfc\": " << row.rfc << ", \"section\": " << json_string(row.section)
      << ", \"lifecycle\": " << json_string(sipcodes::to_string(row.state));
  // A code no longer in use acts as its class's x00 (RFC 3261 section 8.1.3.2).
  if (const auto fallback = sipcodes::fallback(row.code); fallback && *fallback != row.code)
    out << ", \"fallback\": " << static_cast<int>(*fallback);
  out << ", \"description\": " << json_string(row.description)
      << ", \"reason_tr\": " << json_string(sipcodes::reason_phrase(row.code, sipcodes::lang::tr))
      << ", \"description_tr\": " << json_string(sipcodes::description(row.code, sipcodes::lang::tr))
      << ", \"aliases\": [";
  const auto aliases = row.aliases();
  for (std::size_t j = 0; j < aliases.size(); ++j) {
    out << (j == 0 ? "" : ", ") << "{\"phrase\": " << json_string(aliases[j].phrase)
        << ", \"source\": " << json_string(aliases[j].source)
        << ", \"source_tr\": " << json_string(sipcodes::source(aliases[j], sipcodes::lang::tr)) << "}";
  }
  out << "], \"q850_cause\": ";
  const std::optional<int> cause = sipcodes::to_q850_cause(code);
  if (cause) {
    out << "{\"cause\": " << *cause << ", \"name\": " << json_string(sipcodes::q850_cause_name(*cause))
        << R"(, "source": "RFC 3398 section 8.2.6.1")";
    if (code == 488 || code == 606)
      out << ", \"with_bearer_capability_warning\": " << *sipcodes::to_q850_cause(code, 305);
    out << "}";
  } else {
    out << "null";
  }
  out << ", \"from_q850_causes\": [";
  bool first = true;
  for (const auto& m : sipcodes::q850_to_sip_mappings()) {
    if (m.sip != row.code) continue;
    out << (first ? "" : ", ") << m.cause;
    first = false;
  }
  out << "], \"retry_after\": " << (sipcodes::allows_retry_after(code) ? "true" : "false") << ", \"header_rules\": [";
  first = true;
  for (const auto& rule : sipcodes::header_rules(code)) {
    out << (first ? "" : ", ") << "{\"header\": " << json_string(rule.header)
        << ", \"level\": " << json_string(sipcodes::to_string(rule.level))
        << ", \"one_of\": " << (rule.one_of ? "true" : "false") << ", \"rfc\": " << rule.rfc
        << ", \"section\": " << json_string(rule.section) << ", \"method\": " << json_string(rule.method)
        << ", \"condition\": " << json_string(rule.condition)
        << ", \"condition_tr\": " << json_string(sipcodes::condition(rule, sipcodes::lang::tr)) << "}";
    first = false;
  }
  out << "]";
  print_given_json(out, e);
  out << "}";
}

// The codes as a JSON array.
inline void print_json(std::ostream& out, const std::vector<entry>& entries) {
  print_json_array(out, entries, [&](const entry& e) { print_code_json(out, e); });
}

}  // namespace cli

#endif
