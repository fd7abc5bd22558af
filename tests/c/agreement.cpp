// The C headers against the C++ headers: every function of <sipcodes/sipcodes.h>,
// <sipcodes/q850.h> and <sipcodes/lang/tr.h>, compiled as C (agreement_c.c),
// must answer what its C++ counterpart answers,
//   - for every int of -100,000..100,000 and the extremes of int;
//   - for every phrase, alias and name of the table in every letter case
//     (every combination for the shorter ones), with blanks around and inside;
//   - for every input of the fuzz corpora, read as the write_status_line fuzz
//     target reads it, and as a reason, a status line and a phrase;
//   - for every one-byte change of a set of status lines.
// This translation unit also includes both headers side by side, as a C++
// program that uses both would. Prints what it compared; exits 1 on the
// first 20 differences (all of them counted), or when it finds no corpus.
// Usage: sipcodes_c_agreement CORPUS_DIR
#include <sipcodes/lang/tr.hpp>
#include <sipcodes/q850.hpp>
#include <sipcodes/sipcodes.hpp>

#include <sipcodes/lang/tr.h>
#include <sipcodes/q850.h>
#include <sipcodes/sipcodes.h>

#include <array>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "agreement.h"
#include "pack_phrase.hpp"

namespace {

unsigned long long comparisons = 0;
unsigned long long differences = 0;

std::string shown(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte >= 0x7F || c == '"' || c == '\\') {
      char hex[5];
      std::snprintf(hex, sizeof hex, "\\x%02X", byte);
      out += hex;
    } else {
      out += c;
    }
  }
  return out + "\"";
}
std::string shown(long long value) { return std::to_string(value); }

// What an input was: a label, a few numbers, a text. Spelled out only when a
// difference is reported, so that the millions of comparisons build no
// strings.
struct described {
  const char* label = "";
  std::array<long long, 3> numbers{};
  std::size_t count = 0;
  std::string_view text;
  bool with_text = false;

  std::string spelled() const {
    std::string out = label;
    for (std::size_t i = 0; i < count; ++i) out += (out.empty() ? "" : ", ") + std::to_string(numbers[i]);
    if (with_text) out += (out.empty() ? "" : ", ") + shown(text);
    return out;
  }
};
described of(long long a) { return {"", {a, 0, 0}, 1, {}, false}; }
described of(long long a, long long b) { return {"", {a, b, 0}, 2, {}, false}; }
described of(long long a, long long b, long long c) { return {"", {a, b, c}, 3, {}, false}; }
described of_text(std::string_view text) { return {"", {}, 0, text, true}; }
described of_label(const char* label, long long a) { return {label, {a, 0, 0}, 1, {}, false}; }
described of_label(const char* label) { return {label, {}, 0, {}, false}; }

void report(const char* what, const described& input, const std::string& c, const std::string& cpp) {
  if (++differences <= 20) std::cerr << what << "(" << input.spelled() << "): C gives " << c << ", C++ " << cpp << '\n';
}

void same(const char* what, const described& input, long long c, long long cpp) {
  ++comparisons;
  if (c != cpp) report(what, input, shown(c), shown(cpp));
}

// A C text is never NULL; C++ says "" with an empty view.
void same(const char* what, const described& input, const char* c, std::string_view cpp) {
  ++comparisons;
  if (c == nullptr) {
    report(what, input, "NULL", shown(cpp));
  } else if (std::string_view(c) != cpp) {
    report(what, input, shown(c), shown(cpp));
  }
}

int as_int(std::optional<sipcodes::status> s) { return s ? static_cast<int>(*s) : 0; }
int as_int(std::optional<int> n) { return n ? *n : 0; }
template <class Enum>
int as_int(Enum e) {
  return static_cast<int>(e);
}

// The Turkish phrase as C++ gives it.
std::string_view cpp_tr_reason(int code) { return sipcodes_c_headers::pack_phrase(code, sipcodes::lang::tr); }

void same_row(const described& input, const sipcodes_info* c, const sipcodes::status_info* cpp) {
  same("find (found)", input, c != nullptr, cpp != nullptr);
  if (c == nullptr || cpp == nullptr) return;
  same("find.code", input, c->code, as_int(cpp->code));
  same("find.name", input, c->name, cpp->name);
  same("find.reason", input, c->reason, cpp->reason);
  same("find.cls", input, as_int(c->cls), as_int(cpp->cls));
  same("find.rfc", input, c->rfc, cpp->rfc);
  same("find.section", input, c->section, cpp->section);
  same("find.lifecycle", input, as_int(c->lifecycle), as_int(cpp->state));
  same("find.description", input, c->description, cpp->description);
  same("find.alias_count", input, static_cast<long long>(c->alias_count),
       static_cast<long long>(cpp->aliases().size()));
  for (std::size_t i = 0; i < c->alias_count && i < cpp->aliases().size(); ++i) {
    same("find.aliases.code", input, c->aliases[i].code, as_int(cpp->aliases()[i].code));
    same("find.aliases.phrase", input, c->aliases[i].phrase, cpp->aliases()[i].phrase);
    same("find.aliases.source", input, c->aliases[i].source, cpp->aliases()[i].source);
  }
}

void same_warn_row(const described& input, const sipcodes_warn_code_info* c, const sipcodes::warn_code_info* cpp) {
  same("find_warn_code (found)", input, c != nullptr, cpp != nullptr);
  if (c == nullptr || cpp == nullptr) return;
  same("find_warn_code.code", input, c->code, cpp->code);
  same("find_warn_code.rfc", input, c->rfc, cpp->rfc);
  same("find_warn_code.text", input, c->text, cpp->text);
  same("find_warn_code.section", input, c->section, cpp->section);
  same("find_warn_code.description", input, c->description, cpp->description);
}

// Everything that takes one int.
void compare_int(int code) {
  const described input = of(code);
  sipcodes_test_inline in_c{};
  sipcodes_test_inline_answers(code, &in_c);

  // The inline lookups, compiled as C (agreement_c.c) and as C++ (here).
  same("is_valid", input, in_c.valid, sipcodes::is_valid(code));
  same("is_valid (C++ TU)", input, sipcodes_is_valid(code), sipcodes::is_valid(code));
  same("is_known", input, in_c.known, sipcodes::is_known(code));
  same("is_known (C++ TU)", input, sipcodes_is_known(code), sipcodes::is_known(code));
  same("class_of", input, in_c.cls, as_int(sipcodes::class_of(code)));
  same("class_of (C++ TU)", input, as_int(sipcodes_class_of(code)), as_int(sipcodes::class_of(code)));
  same("is_provisional", input, in_c.provisional, sipcodes::is_provisional(code));
  same("is_success", input, in_c.success, sipcodes::is_success(code));
  same("is_redirection", input, in_c.redirection, sipcodes::is_redirection(code));
  same("is_client_error", input, in_c.client_error, sipcodes::is_client_error(code));
  same("is_server_error", input, in_c.server_error, sipcodes::is_server_error(code));
  same("is_global_failure", input, in_c.global_failure, sipcodes::is_global_failure(code));
  same("is_final", input, in_c.final, sipcodes::is_final(code));
  same("is_final (C++ TU)", input, sipcodes_is_final(code), sipcodes::is_final(code));
  same("fallback", input, in_c.fallback, as_int(sipcodes::fallback(code)));
  same("fallback (C++ TU)", input, sipcodes_fallback(code), as_int(sipcodes::fallback(code)));
  same("reason_phrase", input, in_c.reason, sipcodes::reason_phrase(code));
  same("reason_phrase (C++ TU)", input, sipcodes_reason_phrase(code), sipcodes::reason_phrase(code));

  // The functions, compiled as C.
  same("description", input, sipcodes_description(code), sipcodes::description(code));
  same_row(input, sipcodes_find(code), sipcodes::find(code));
  same("warning_text", input, sipcodes_warning_text(code), sipcodes::warning_text(code));
  same("warning_description", input, sipcodes_warning_description(code), sipcodes::warning_description(code));
  same_warn_row(input, sipcodes_find_warn_code(code), sipcodes::find_warn_code(code));

  // q850.h
  same("to_q850_cause(code, no Warning)", input, sipcodes_to_q850_cause(code, 0),
       as_int(sipcodes::to_q850_cause(code)));
  for (const int warn : {304, 305, 370, 399}) {
    same("to_q850_cause(code, warn-code)", of(code, warn), sipcodes_to_q850_cause(code, warn),
         as_int(sipcodes::to_q850_cause(code, warn)));
  }
  same("q850_cause_name", input, sipcodes_q850_cause_name(code), sipcodes::q850_cause_name(code));
  same("speaks_of_bearer_capability", input, sipcodes_speaks_of_bearer_capability(code),
       sipcodes::speaks_of_bearer_capability(code));
  for (int location = 0; location < 2; ++location) {
    for (int diagnostic = 0; diagnostic < 2; ++diagnostic) {
      same("from_q850_cause", of(code, location, diagnostic),
           sipcodes_from_q850_cause(code, static_cast<sipcodes_cause_location>(location),
                                    static_cast<sipcodes_cause_diagnostic>(diagnostic)),
           as_int(sipcodes::from_q850_cause(code, static_cast<sipcodes::cause_location>(location),
                                            static_cast<sipcodes::cause_diagnostic>(diagnostic))));
    }
  }

  // lang/tr.h
  same("tr_reason_phrase", input, sipcodes_tr_reason_phrase(code), cpp_tr_reason(code));
  same("tr_description", input, sipcodes_tr_description(code), sipcodes::description(code, sipcodes::lang::tr));
  same("tr_warning_text", input, sipcodes_tr_warning_text(code), sipcodes::warning_text(code, sipcodes::lang::tr));
  same("tr_warning_description", input, sipcodes_tr_warning_description(code),
       sipcodes::warning_description(code, sipcodes::lang::tr));
}

// Everything that takes one text.
unsigned long long text_inputs = 0;
void compare_text(std::string_view text) {
  ++text_inputs;
  const described input = of_text(text);
  same("from_reason", input, sipcodes_from_reason(text.data(), text.size()), as_int(sipcodes::from_reason(text)));
  same("from_name", input, sipcodes_from_name(text.data(), text.size()), as_int(sipcodes::from_name(text)));
  same("is_valid_reason_phrase", input, sipcodes_is_valid_reason_phrase(text.data(), text.size()),
       sipcodes::is_valid_reason_phrase(text));
}

// One status line parsed both ways: the error, and every field (the reason
// and the rest as the same bytes of the same input).
unsigned long long parse_inputs = 0;
void compare_parse(std::string_view text) {
  ++parse_inputs;
  const described input = of_text(text);
  sipcodes_status_line c{};
  const sipcodes_line_error error = sipcodes_parse_status_line(text.data(), text.size(), &c);
  const auto cpp = sipcodes::parse_status_line(text);
  same("parse_status_line", input, as_int(error), as_int(cpp.error));
  same("parse_status_line.code", input, c.code, as_int(cpp.value.code));
  same("parse_status_line.version_major", input, c.version_major, cpp.value.major);
  same("parse_status_line.version_minor", input, c.version_minor, cpp.value.minor);
  same("parse_status_line.reason_length", input, static_cast<long long>(c.reason_length),
       static_cast<long long>(cpp.value.reason.size()));
  ++comparisons;
  const bool same_reason = (c.reason == nullptr) == (cpp.value.reason.data() == nullptr) &&
                           (c.reason == nullptr || c.reason == cpp.value.reason.data());
  if (!same_reason) report("parse_status_line.reason", input, "another view", "this one");
  same("parse_status_line.rest_length", input, static_cast<long long>(c.rest_length),
       static_cast<long long>(cpp.value.rest.size()));
  ++comparisons;
  const bool same_rest = (c.rest == nullptr) == (cpp.value.rest.data() == nullptr) &&
                         (c.rest == nullptr || c.rest == cpp.value.rest.data());
  if (!same_rest) report("parse_status_line.rest", input, "another view", "this one");
  // Without a place for the fields, the error is the same.
  same("parse_status_line (line NULL)", input, as_int(sipcodes_parse_status_line(text.data(), text.size(), nullptr)),
       as_int(cpp.error));
}

// One status line written both ways into `capacity` bytes (a null range when
// `null_range`): the error, the length, and the bytes, the untouched ones
// included.
unsigned long long write_inputs = 0;
void compare_write(int code, std::string_view reason, std::size_t capacity, bool null_range) {
  ++write_inputs;
  described input = of(code, static_cast<long long>(capacity), null_range ? 1 : 0);
  input.text = reason;
  input.with_text = true;
  constexpr char canary = '\x5A';
  std::vector<char> c_buffer(capacity + 16, canary);
  std::vector<char> cpp_buffer(capacity + 16, canary);
  std::size_t c_length = 99;
  const sipcodes_write_error c_error = sipcodes_write_status_line(null_range ? nullptr : c_buffer.data(), capacity,
                                                                  code, reason.data(), reason.size(), &c_length);
  char* const first = null_range ? nullptr : cpp_buffer.data();
  char* const last = null_range ? nullptr : cpp_buffer.data() + capacity;
  const auto cpp = sipcodes::write_status_line(first, last, code, reason);
  same("write_status_line", input, as_int(c_error), as_int(cpp.error));
  same("write_status_line (length)", input, static_cast<long long>(c_length), cpp.end - first);
  ++comparisons;
  if (c_buffer != cpp_buffer) report("write_status_line (bytes)", input, "other bytes", "these");

  std::size_t c_size = 99;
  const sipcodes_write_error c_size_error = sipcodes_status_line_size(code, reason.data(), reason.size(), &c_size);
  const auto cpp_size = sipcodes::status_line_size(code, reason);
  same("status_line_size", input, as_int(c_size_error), as_int(cpp_size.error));
  same("status_line_size (size)", input, static_cast<long long>(c_size), static_cast<long long>(cpp_size.size));
}

// The sizes around the one a line needs, and more.
void compare_write_around(int code, std::string_view reason) {
  const std::size_t needed = sipcodes::status_line_size(code, reason).size;
  for (const std::size_t capacity :
       {std::size_t{0}, std::size_t{1}, needed == 0 ? 0 : needed - 1, needed, needed + 1, std::size_t{1024}}) {
    compare_write(code, reason, capacity, false);
  }
  compare_write(code, reason, 1024, true);
}

// Every letter-case variant of a text: every combination when it has at most
// 14 letters, else lower, upper, and 2048 spread over the combinations (the
// bits of i * 2654435761 mixed with themselves shifted: no arithmetic that
// wraps, so that the test runs under clang's integer sanitizer too).
std::vector<std::string> case_variants(const std::string& text) {
  std::vector<std::size_t> letters;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) letters.push_back(i);
  }
  auto with_mask = [&](std::uint64_t mask) {
    std::string out = text;
    for (std::size_t b = 0; b < letters.size(); ++b) {
      char& c = out[letters[b]];
      const bool up = ((mask >> b) & 1U) != 0;
      if (up && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      if (!up && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  };
  std::vector<std::string> out;
  if (letters.size() <= 14) {
    for (std::uint64_t mask = 0; mask < (std::uint64_t{1} << letters.size()); ++mask) out.push_back(with_mask(mask));
  } else {
    out.push_back(with_mask(0));
    out.push_back(with_mask(~std::uint64_t{0}));
    for (std::uint64_t i = 1; i <= 2048; ++i) {
      const std::uint64_t spread = i * 2654435761U;  // below 2^43
      out.push_back(with_mask(spread ^ (spread << 21)));
    }
  }
  return out;
}

// Blanks around and inside a text, and texts one byte away from it.
std::vector<std::string> blank_variants(const std::string& text) {
  static const std::array<const char*, 6> blanks = {"", " ", "\t", "  ", " \t", "\t \t"};
  std::vector<std::string> out;
  for (const char* before : blanks) {
    for (const char* after : blanks) out.push_back(before + text + after);
  }
  const std::size_t space = text.find(' ');
  if (space != std::string::npos) {
    out.push_back(text.substr(0, space) + "  " + text.substr(space + 1));
    out.push_back(text.substr(0, space) + "\t" + text.substr(space + 1));
    out.push_back(text.substr(0, space) + text.substr(space + 1));
  }
  if (!text.empty()) {
    out.push_back(text.substr(1));
    out.push_back(text.substr(0, text.size() - 1));
    out.push_back(text + std::string(1, '\0'));
    out.push_back(std::string(1, '\0') + text);
    out.push_back(text.substr(0, text.size() / 2) + std::string(1, '\0') + text.substr(text.size() / 2));
    out.push_back(text + "s");
    out.push_back(" " + text + " x");
  }
  return out;
}

std::vector<std::string> corpus_files(const std::filesystem::path& dir) {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    files.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: sipcodes_c_agreement CORPUS_DIR\n";
    return 2;
  }

  // 1. Every int of -100,000..100,000, and the extremes.
  unsigned long long int_inputs = 0;
  std::vector<int> extremes = {INT_MIN, INT_MIN + 1, INT_MIN / 2, -65536, 65535,
                               65536,   INT_MAX / 2, INT_MAX - 1, INT_MAX};
  for (int code = -100000; code <= 100000; ++code) extremes.push_back(code);
  for (const int code : extremes) {
    compare_int(code);
    ++int_inputs;
  }
  // to_q850_cause with every warn-code of -1000..1000 and the extremes, for
  // every SIP code of 0..1000.
  std::vector<int> warn_codes = {INT_MIN, INT_MAX};
  for (int w = -1000; w <= 1000; ++w) warn_codes.push_back(w);
  for (int code = 0; code <= 1000; ++code) {
    for (const int warn : warn_codes) {
      same("to_q850_cause", of(code, warn), sipcodes_to_q850_cause(code, warn),
           as_int(sipcodes::to_q850_cause(code, warn)));
    }
  }
  // from_q850_cause with location and diagnostic values that are neither
  // enumerator (C lets an enum hold any int).
  for (int cause = -10; cause <= 140; ++cause) {
    for (const int odd : {2, 7, 255}) {
      const described input = of(cause, odd);
      same("from_q850_cause (odd location)", input,
           sipcodes_from_q850_cause(cause, static_cast<sipcodes_cause_location>(odd), SIPCODES_CAUSE_DIAGNOSTIC_ABSENT),
           as_int(sipcodes::from_q850_cause(cause, static_cast<sipcodes::cause_location>(odd))));
      same(
          "from_q850_cause (odd diagnostic)", input,
          sipcodes_from_q850_cause(cause, SIPCODES_CAUSE_LOCATION_NETWORK, static_cast<sipcodes_cause_diagnostic>(odd)),
          as_int(sipcodes::from_q850_cause(cause, sipcodes::cause_location::network,
                                           static_cast<sipcodes::cause_diagnostic>(odd))));
    }
  }
  // The names of the enums' values; C takes any int, C++ the 256 values of
  // its one-byte enums (whatever lies beyond gets what 255 gets). A value of
  // the C++ write_error that the C enum leaves out (bad_text and bad_agent,
  // which no C function returns) is no value in C, and named as such.
  for (int v = -1000; v <= 1000; ++v) {
    const int cpp_value = v >= 0 && v <= 255 ? v : 255;
    const described input = of(v);
    same("class_string", input, sipcodes_class_string(static_cast<sipcodes_class>(v)),
         sipcodes::to_string(static_cast<sipcodes::status_class>(cpp_value)));
    same("lifecycle_string", input, sipcodes_lifecycle_string(static_cast<sipcodes_lifecycle>(v)),
         sipcodes::to_string(static_cast<sipcodes::lifecycle>(cpp_value)));
    const bool in_c_write_error = v == SIPCODES_WRITE_NONE || v == SIPCODES_WRITE_BAD_CODE ||
                                  v == SIPCODES_WRITE_BAD_REASON || v == SIPCODES_WRITE_NO_ROOM;
    same("write_error_string", input, sipcodes_write_error_string(static_cast<sipcodes_write_error>(v)),
         sipcodes::to_string(static_cast<sipcodes::write_error>(in_c_write_error ? cpp_value : 255)));
    same("line_error_string", input, sipcodes_line_error_string(static_cast<sipcodes_line_error>(v)),
         sipcodes::to_string(static_cast<sipcodes::line_error>(cpp_value)));
  }

  // 2. The tables, row by row.
  std::size_t count = 0;
  const sipcodes_info* rows = sipcodes_all(&count);
  same("all (count)", of_label("count"), static_cast<long long>(count), static_cast<long long>(sipcodes::all().size()));
  for (std::size_t i = 0; i < count && i < sipcodes::all().size(); ++i) {
    same_row(of_label("all()[i], i", static_cast<long long>(i)), &rows[i], &sipcodes::all()[i]);
  }
  const sipcodes_warn_code_info* warns = sipcodes_warn_codes(&count);
  same("warn_codes (count)", of_label("count"), static_cast<long long>(count),
       static_cast<long long>(sipcodes::warn_codes().size()));
  for (std::size_t i = 0; i < count && i < sipcodes::warn_codes().size(); ++i) {
    same_warn_row(of_label("warn_codes()[i], i", static_cast<long long>(i)), &warns[i], &sipcodes::warn_codes()[i]);
  }
  const sipcodes_q850_cause* causes = sipcodes_q850_causes(&count);
  same("q850_causes (count)", of_label("count"), static_cast<long long>(count),
       static_cast<long long>(sipcodes::q850_causes().size()));
  for (std::size_t i = 0; i < count && i < sipcodes::q850_causes().size(); ++i) {
    same("q850_causes.value", of(static_cast<long long>(i)), causes[i].value, sipcodes::q850_causes()[i].value);
    same("q850_causes.name", of(static_cast<long long>(i)), causes[i].name, sipcodes::q850_causes()[i].name);
  }
  const sipcodes_sip_to_q850_row* to_q850 = sipcodes_sip_to_q850_mappings(&count);
  same("sip_to_q850_mappings (count)", of_label("count"), static_cast<long long>(count),
       static_cast<long long>(sipcodes::sip_to_q850_mappings().size()));
  for (std::size_t i = 0; i < count && i < sipcodes::sip_to_q850_mappings().size(); ++i) {
    const auto& cpp = sipcodes::sip_to_q850_mappings()[i];
    same("sip_to_q850_mappings.sip", of(static_cast<long long>(i)), to_q850[i].sip, as_int(cpp.sip));
    same("sip_to_q850_mappings.cause", of(static_cast<long long>(i)), to_q850[i].cause, as_int(cpp.cause));
    same("sip_to_q850_mappings.source", of(static_cast<long long>(i)), to_q850[i].source, cpp.source);
    same("sip_to_q850_mappings.note", of(static_cast<long long>(i)), to_q850[i].note, cpp.note);
  }
  const sipcodes_q850_to_sip_row* to_sip = sipcodes_q850_to_sip_mappings(&count);
  same("q850_to_sip_mappings (count)", of_label("count"), static_cast<long long>(count),
       static_cast<long long>(sipcodes::q850_to_sip_mappings().size()));
  for (std::size_t i = 0; i < count && i < sipcodes::q850_to_sip_mappings().size(); ++i) {
    const auto& cpp = sipcodes::q850_to_sip_mappings()[i];
    same("q850_to_sip_mappings.cause", of(static_cast<long long>(i)), to_sip[i].cause, cpp.cause);
    same("q850_to_sip_mappings.sip", of(static_cast<long long>(i)), to_sip[i].sip, as_int(cpp.sip));
    same("q850_to_sip_mappings.source", of(static_cast<long long>(i)), to_sip[i].source, cpp.source);
    same("q850_to_sip_mappings.note", of(static_cast<long long>(i)), to_sip[i].note, cpp.note);
  }

  // 3. Every phrase, alias and name, in every case, with blanks.
  std::vector<std::string> known;
  for (const auto& row : sipcodes::all()) {
    known.emplace_back(row.reason);
    known.emplace_back(row.name);
    known.emplace_back(cpp_tr_reason(static_cast<int>(row.code)));
    for (const auto& a : row.aliases()) known.emplace_back(a.phrase);
  }
  for (const auto& w : sipcodes::warn_codes()) known.emplace_back(w.text);
  for (const auto& c : sipcodes::q850_causes()) known.emplace_back(c.name);
  for (const std::string& text : known) {
    const std::vector<std::string> cases = case_variants(text);
    for (const std::string& variant : cases) compare_text(variant);
    for (std::size_t i = 0; i < cases.size(); i += cases.size() / 16 + 1) {
      for (const std::string& variant : blank_variants(cases[i])) compare_text(variant);
    }
  }
  for (const char* odd : {"", " ", "\t", "  \t ", "x", "\xFF", "Busy\xA0Here", "OK\r\n"}) compare_text(odd);
  // A NULL text reads as empty, whatever its length.
  same("from_reason (NULL)", of_label("NULL", 9), sipcodes_from_reason(nullptr, 9), as_int(sipcodes::from_reason("")));
  same("from_name (NULL)", of_label("NULL", 9), sipcodes_from_name(nullptr, 9), as_int(sipcodes::from_name("")));
  same("is_valid_reason_phrase (NULL)", of_label("NULL", 9), sipcodes_is_valid_reason_phrase(nullptr, 9),
       sipcodes::is_valid_reason_phrase(""));

  // 4. The fuzz corpora: each input as the write_status_line target reads it
  //    (code in its first two bytes, room in the third, a null range in the
  //    fourth's low bit, the reason after them); whole, as a reason for
  //    codes in and out of range; and whole, by prefix and by suffix, as a
  //    status line and as a text.
  const std::vector<std::string> corpus = corpus_files(argv[1]);
  for (const std::string& bytes : corpus) {
    if (bytes.size() >= 4) {
      std::int16_t raw_code = 0;
      std::memcpy(&raw_code, bytes.data(), sizeof raw_code);
      compare_write(raw_code, std::string_view(bytes).substr(4), static_cast<unsigned char>(bytes[2]),
                    (bytes[3] & 1) != 0);
    }
    for (const int code : {INT_MIN, -1, 0, 99, 100, 183, 486, 499, 699, 700, INT_MAX})
      compare_write_around(code, bytes);
    compare_text(bytes);
    for (std::size_t n = 0; n <= bytes.size(); ++n) {
      compare_parse(std::string_view(bytes).substr(0, n));
      compare_parse(std::string_view(bytes).substr(n));
    }
  }

  // 5. Every one-byte change (each byte replaced by each of the 256, deleted,
  //    or preceded by each of the 256) of some status lines; and every code's
  //    line as the C++ writes it, whole and cut.
  const std::vector<std::string> lines = {"SIP/2.0 486 Busy Here\r\n",     "sip/2.0 180 Ringing",
                                          "SIP/2.0 486 Me\xC5\x9Fgul\r\n", "SIP/3.10 699 \tx\r\n",
                                          "SIP/255.256 200 OK\r\n",        "SIP/2.0 100 \r\n"};
  for (const std::string& line : lines) {
    for (std::size_t at = 0; at <= line.size(); ++at) {
      for (int byte = 0; byte < 256; ++byte) {
        std::string changed = line;
        if (at < line.size()) {
          changed[at] = static_cast<char>(byte);
          compare_parse(changed);
        }
        changed = line;
        changed.insert(at, 1, static_cast<char>(byte));
        compare_parse(changed);
      }
      if (at < line.size()) compare_parse(std::string(line).erase(at, 1));
    }
  }
  for (int code = 0; code <= 1000; ++code) {
    std::string line = "SIP/2.0 " + std::to_string(code) + " " + std::string(sipcodes::reason_phrase(code)) + "\r\n";
    for (std::size_t n = 0; n <= line.size(); ++n) compare_parse(std::string_view(line).substr(0, n));
  }
  same("parse_status_line (NULL)", of_label("NULL", 5), as_int(sipcodes_parse_status_line(nullptr, 5, nullptr)),
       as_int(sipcodes::parse_status_line("").error));

  // 6. The writer over codes and reasons in and out of the grammar.
  const std::vector<std::string> reasons = {
      "",   "Busy Here", "50%25 off", "50% off",    "a\r\nb", "Me\xC5\x9Fgul",       "\xC5",
      "\t", "%4",        "%zz",       "\"quoted\"", "x\x7F",  std::string(300, 'a'), "Tr\xC3\xBC"};
  for (int code = -10; code <= 1000; ++code) {
    for (const std::string& reason : reasons) compare_write_around(code, reason);
  }
  for (const int code : {INT_MIN, INT_MAX}) {
    for (const std::string& reason : reasons) compare_write_around(code, reason);
  }
  // A NULL reason is the default phrase, whatever its length.
  for (const int code : {99, 100, 486, 499, 700}) {
    std::array<char, 128> c_buffer{};
    std::array<char, 128> cpp_buffer{};
    std::size_t c_length = 0;
    const auto c_error = sipcodes_write_status_line(c_buffer.data(), c_buffer.size(), code, nullptr, 5, &c_length);
    const auto cpp = sipcodes::write_status_line(cpp_buffer.data(), cpp_buffer.data() + cpp_buffer.size(), code);
    same("write_status_line (NULL reason)", of(code), as_int(c_error), as_int(cpp.error));
    same("write_status_line (NULL reason, length)", of(code), static_cast<long long>(c_length),
         cpp.end - cpp_buffer.data());
    ++comparisons;
    if (c_buffer != cpp_buffer) report("write_status_line (NULL reason, bytes)", of(code), "other", "these");
  }

  std::cout << "C and C++ agree on " << comparisons - differences << " of " << comparisons
            << " comparisons: " << int_inputs << " ints, " << text_inputs
            << " texts (phrases, aliases and names in every case, with "
            << "blanks), " << corpus.size() << " corpus inputs, " << parse_inputs << " status lines parsed, "
            << write_inputs << " written\n";
  if (corpus.empty()) {
    std::cerr << "no fuzz corpus under " << argv[1] << '\n';
    return 1;
  }
  return differences == 0 ? 0 : 1;
}
