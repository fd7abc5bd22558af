// Writes the C headers <sipcodes/sipcodes.h>, <sipcodes/q850.h> and
// <sipcodes/lang/tr.h> from the C++ headers. The C functions are written
// once, by hand, in the templates next to this file (*.h.in); this program
// fills in the data: the table, the lookup indexes, and every answer that C
// must give exactly as C++ does (fallback, from_reason's phrase to code, the
// RFC 3398 mappings, the Turkish texts), each computed by calling the C++
// function itself. When the C++ table or one of those functions changes, the
// C headers follow on the next run.
//
// Usage: generate_c_headers TEMPLATE_DIR OUTPUT_DIR
//   writes OUTPUT_DIR/sipcodes.h, OUTPUT_DIR/q850.h and OUTPUT_DIR/lang/tr.h.
// The build's `sipcodes_c_headers` target runs it over include/sipcodes; the
// test `c_headers_up_to_date` runs it into the build tree and compares.
#include <sipcodes/lang/tr.hpp>
#include <sipcodes/q850.hpp>
#include <sipcodes/sipcodes.hpp>

#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "pack_phrase.hpp"

namespace {

// Slots as the C header counts them: 0..599 for the codes 100..699, 600 for
// every other int.
constexpr int slot_count = 601;
constexpr int invalid_slot = 600;
int code_of_slot(int slot) { return slot == invalid_slot ? 0 : slot + 100; }

// The hash from_reason uses in C: the length and the first and last bytes,
// with ASCII case folded. sipcodes.h.in computes the same
// (sipcodes_detail_phrase_hash); the two must stay equal.
constexpr std::size_t phrase_slot_count = 256;
std::size_t phrase_hash(std::string_view text) {
  const std::size_t first = static_cast<unsigned char>(text.front()) | 0x20U;
  const std::size_t last = static_cast<unsigned char>(text.back()) | 0x20U;
  return (text.size() * 31 + first * 28 + last) % phrase_slot_count;
}

[[noreturn]] void fail(const std::string& message) { throw std::runtime_error(message); }

std::string upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The body of a C string literal for `text`: '"' and '\' escaped, control
// bytes as three-digit octal escapes (which no following character can
// extend). Bytes of 0x80 and above are written as they are (UTF-8) when
// `utf8` is set, and are an error otherwise: sipcodes.h is pure ASCII.
std::string literal_body(std::string_view text, bool utf8) {
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20 || byte == 0x7F) {
      char octal[5];
      std::snprintf(octal, sizeof octal, "\\%03o", byte);
      out += octal;
    } else if (byte >= 0x80 && !utf8) {
      fail("a text bound for a pure ASCII header holds a byte above 0x7F: " + std::string(text));
    } else {
      out += c;
    }
  }
  return out;
}

std::string literal(std::string_view text, bool utf8 = false) { return '"' + literal_body(text, utf8) + '"'; }

// A literal that may be long, as adjacent literals of at most `width`
// characters each, broken after spaces, each continuation line indented by
// `indent` spaces. Never breaks inside a UTF-8 sequence or an escape.
std::string wrapped_literal(std::string_view text, std::size_t indent, bool utf8 = false, std::size_t width = 96) {
  std::vector<std::string> pieces;
  std::string_view rest = text;
  while (rest.size() > width) {
    const std::size_t space = rest.rfind(' ', width - 1);
    std::size_t end = space == std::string_view::npos ? width : space + 1;  // a piece keeps its space
    // Without a space, cut anywhere but inside a UTF-8 sequence.
    while (end > 1 && (static_cast<unsigned char>(rest[end]) & 0xC0U) == 0x80U) --end;
    pieces.emplace_back(rest.substr(0, end));
    rest.remove_prefix(end);
  }
  pieces.emplace_back(rest);
  std::string out;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (i != 0) out += "\n" + std::string(indent, ' ');
    out += literal(pieces[i], utf8);
  }
  return out;
}

// Numbers as the rows of a C initializer, `per_line` to a line.
std::string number_rows(const std::vector<long>& values, std::size_t per_line, std::size_t indent = 2) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i % per_line == 0) out += (i == 0 ? "" : "\n") + std::string(indent, ' ');
    out += std::to_string(values[i]);
    if (i + 1 != values.size()) out += (i % per_line == per_line - 1) ? "," : ", ";
  }
  return out;
}

// The C enumerators of a C++ enum whose to_string names each value: the
// values from 0 up to the first one named "invalid" (which the C++ gives for
// a value it does not know), as PREFIX_NAME = value, keeping only `wanted`
// names when it is not empty.
template <class Enum>
std::vector<std::pair<std::string, int>> enum_values(const std::vector<std::string>& wanted = {}) {
  std::vector<std::pair<std::string, int>> values;
  for (int v = 0; v < 256; ++v) {
    const std::string_view name = sipcodes::to_string(static_cast<Enum>(v));
    if (name == "invalid" && v != 0) break;
    bool keep = wanted.empty();
    for (const std::string& w : wanted) keep = keep || w == name;
    if (keep) values.emplace_back(std::string(name), v);
  }
  for (const std::string& w : wanted) {
    bool found = false;
    for (const auto& value : values) found = found || value.first == w;
    if (!found) fail("the C++ enum has no value named " + w);
  }
  return values;
}

template <class Enum>
std::string unnamed_value() {
  return std::string(sipcodes::to_string(static_cast<Enum>(255)));
}

std::string enumerators(const std::string& prefix, const std::vector<std::pair<std::string, int>>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    out += "  " + prefix + upper(values[i].first) + " = " + std::to_string(values[i].second);
    out += i + 1 == values.size() ? "\n" : ",\n";
  }
  return out;
}

// The names of an enum's values by value, for a *_string function: the C++
// name of each value the C enum has; what the C++ says for an unknown value
// for any other (a value of the C++ enum that C leaves out, as write_error's
// bad_text, which no C function returns).
template <class Enum>
std::string names_by_value(const std::vector<std::pair<std::string, int>>& values) {
  std::string out;
  const int count = values.back().second + 1;
  for (int v = 0; v < count; ++v) {
    bool in_c = false;
    for (const auto& value : values) in_c = in_c || value.second == v;
    out += "  " + literal(in_c ? std::string(sipcodes::to_string(static_cast<Enum>(v))) : unnamed_value<Enum>());
    out += v + 1 == count ? "" : ",\n";
  }
  return out;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail("cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.flush();
  if (!out) fail("cannot write " + path);
}

// Fills in a template: every @NAME@ (capital letters, digits and '_') is
// replaced by its value. A name without a value, or a value the template
// does not use, is an error.
std::string fill(const std::string& path, const std::map<std::string, std::string>& values) {
  const std::string text = read_file(path);
  std::string out;
  std::map<std::string, bool> used;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t open = text.find('@', at);
    if (open == std::string::npos) {
      out.append(text, at, std::string::npos);
      break;
    }
    std::size_t close = open + 1;
    while (close < text.size() && ((text[close] >= 'A' && text[close] <= 'Z') ||
                                   (text[close] >= '0' && text[close] <= '9') || text[close] == '_')) {
      ++close;
    }
    if (close == open + 1 || close >= text.size() || text[close] != '@') {
      out.append(text, at, open + 1 - at);  // a lone '@'
      at = open + 1;
      continue;
    }
    const std::string name = text.substr(open + 1, close - open - 1);
    const auto value = values.find(name);
    if (value == values.end()) fail(path + ": nothing to fill in for @" + name + "@");
    used[name] = true;
    out.append(text, at, open - at);
    out += value->second;
    at = close + 1;
  }
  for (const auto& value : values) {
    if (!used[value.first]) fail(path + ": the template has no @" + value.first + "@");
  }
  return out;
}

std::string version() {
  return std::to_string(SIPCODES_VERSION_MAJOR) + "." + std::to_string(SIPCODES_VERSION_MINOR) + "." +
         std::to_string(SIPCODES_VERSION_PATCH);
}

// What every generated file says first.
std::string notice(const std::string& file, const std::string& templ, const std::string& sources) {
  return "/* " + file +
         ": GENERATED, do not edit.\n"
         " *\n"
         " * cmake/c_headers/generate_c_headers.cpp wrote it from " +
         sources + "\n * (sipcodes " + version() + ") and the template cmake/c_headers/" + templ +
         ", which holds\n"
         " * its C functions. To change it, change one of those and regenerate\n"
         " * (from the top of the source tree; any top-level build will do):\n"
         " *     cmake -S . -B build && cmake --build build --target sipcodes_c_headers\n"
         " * The test c_headers_up_to_date fails while it differs from what the\n"
         " * generator writes. */";
}

std::map<std::string, std::string> version_values() {
  return {{"MAJOR", std::to_string(SIPCODES_VERSION_MAJOR)},
          {"MINOR", std::to_string(SIPCODES_VERSION_MINOR)},
          {"PATCH", std::to_string(SIPCODES_VERSION_PATCH)},
          {"VERSION", version()}};
}

int code_of(sipcodes::status s) { return static_cast<int>(s); }

// ---------------------------------------------------------------------------
// sipcodes.h
// ---------------------------------------------------------------------------

// Every phrase the C lookups know, in one block of NUL-terminated texts: the
// empty text first (what a code not in the table gets), then each row's
// default phrase in table order, then the former and alternate phrases that
// are not already there (ignoring case).
struct phrase_block {
  std::string text;                 // the block
  std::vector<long> offset;         // by phrase number: where it starts
  std::vector<long> length;         // by phrase number
  std::vector<long> code;           // by phrase number: what from_reason gives for it
  std::vector<std::string> phrase;  // by phrase number
  std::vector<long> row_phrase;     // by table row: its default phrase's number
};

phrase_block make_phrase_block() {
  phrase_block block;
  auto add = [&block](std::string_view phrase) {
    for (std::size_t k = 1; k < block.phrase.size(); ++k) {
      if (lower(block.phrase[k]) == lower(phrase)) return static_cast<long>(k);
    }
    // from_reason's answer, from C++ itself: which code the phrase names.
    const auto answer = sipcodes::from_reason(phrase);
    if (!answer) fail("C++ from_reason does not know the table's phrase " + std::string(phrase));
    block.offset.push_back(static_cast<long>(block.text.size()));
    block.length.push_back(static_cast<long>(phrase.size()));
    block.code.push_back(code_of(*answer));
    block.phrase.emplace_back(phrase);
    block.text += phrase;
    block.text += '\0';
    return static_cast<long>(block.phrase.size() - 1);
  };
  block.offset.push_back(0);
  block.length.push_back(0);
  block.code.push_back(0);
  block.phrase.emplace_back();
  block.text += '\0';
  for (const auto& row : sipcodes::all()) block.row_phrase.push_back(add(row.reason));
  for (const auto& row : sipcodes::all()) {
    for (const auto& a : row.aliases()) add(a.phrase);
  }
  return block;
}

// The block as adjacent literals, one phrase a line; "\0" ends each one.
std::string block_literal(const phrase_block& block) {
  std::string out = "  \"\\0\"";
  for (std::size_t k = 1; k < block.phrase.size(); ++k)
    out += "\n  \"" + literal_body(block.phrase[k], false) + "\\0\"";
  return out;
}

std::string write_sipcodes_h(const std::string& template_dir) {
  std::map<std::string, std::string> v = version_values();
  v["NOTICE"] = notice("sipcodes.h", "sipcodes.h.in", "include/sipcodes/sipcodes.hpp");

  const auto rows = sipcodes::all();
  const phrase_block block = make_phrase_block();
  const std::size_t phrase_count = block.phrase.size() - 1;

  // The enums.
  std::string status_enum;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& row = rows[i];
    status_enum += "  SIPCODES_STATUS_" + upper(row.name) + " = " + std::to_string(code_of(row.code));
    status_enum += i + 1 == rows.size() ? "" : ",";
    status_enum += "  /* " + literal_body(row.reason, false) + " */\n";
  }
  v["STATUS_ENUM"] = status_enum;
  const auto classes = enum_values<sipcodes::status_class>();
  const auto lifecycles = enum_values<sipcodes::lifecycle>();
  const auto write_errors = enum_values<sipcodes::write_error>({"none", "bad_code", "bad_reason", "no_room"});
  const auto line_errors = enum_values<sipcodes::line_error>();
  v["CLASS_ENUM"] = enumerators("SIPCODES_CLASS_", classes);
  v["LIFECYCLE_ENUM"] = enumerators("SIPCODES_LIFECYCLE_", lifecycles);
  v["WRITE_ERROR_ENUM"] = enumerators("SIPCODES_WRITE_", write_errors);
  v["LINE_ERROR_ENUM"] = enumerators("SIPCODES_LINE_", line_errors);
  v["CLASS_NAME_COUNT"] = std::to_string(classes.back().second + 1);
  v["LIFECYCLE_NAME_COUNT"] = std::to_string(lifecycles.back().second + 1);
  v["WRITE_ERROR_NAME_COUNT"] = std::to_string(write_errors.back().second + 1);
  v["LINE_ERROR_NAME_COUNT"] = std::to_string(line_errors.back().second + 1);
  v["CLASS_NAMES"] = names_by_value<sipcodes::status_class>(classes);
  v["LIFECYCLE_NAMES"] = names_by_value<sipcodes::lifecycle>(lifecycles);
  v["WRITE_ERROR_NAMES"] = names_by_value<sipcodes::write_error>(write_errors);
  v["LINE_ERROR_NAMES"] = names_by_value<sipcodes::line_error>(line_errors);
  if (unnamed_value<sipcodes::status_class>() != unnamed_value<sipcodes::write_error>() ||
      unnamed_value<sipcodes::lifecycle>() != unnamed_value<sipcodes::line_error>() ||
      unnamed_value<sipcodes::status_class>() != unnamed_value<sipcodes::lifecycle>()) {
    fail("the C++ to_string functions name an unknown value differently");
  }
  v["UNNAMED"] = literal(unnamed_value<sipcodes::status_class>());
  v["UNNAMED_TEXT"] = literal_body(unnamed_value<sipcodes::status_class>(), false);

  // Sizes.
  std::size_t alias_count = 0;
  for (const auto& row : rows) alias_count += row.aliases().size();
  v["ROW_COUNT"] = std::to_string(rows.size());
  v["ALIAS_COUNT"] = std::to_string(alias_count);
  v["WARN_CODE_COUNT"] = std::to_string(sipcodes::warn_codes().size());
  v["PHRASE_COUNT"] = std::to_string(phrase_count);
  v["PHRASE_TEXT_SIZE"] = std::to_string(block.text.size() + 1);  // and the literal's own NUL
  v["PHRASE_SLOT_COUNT"] = std::to_string(phrase_slot_count);
  v["PHRASE_BLOCK"] = block_literal(block);

  // By slot: the offset of the default phrase, the row plus one, and C++'s fallback.
  std::vector<long> reason_offset;
  std::vector<long> row_plus_one;
  std::vector<long> fallback;
  for (int slot = 0; slot < slot_count; ++slot) {
    const int code = code_of_slot(slot);
    std::size_t row = 0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      if (code_of(rows[r].code) == code) row = r + 1;
    }
    row_plus_one.push_back(static_cast<long>(row));
    reason_offset.push_back(row == 0 ? 0 : block.offset[static_cast<std::size_t>(block.row_phrase[row - 1])]);
    if (std::string_view(block.text.data() + reason_offset.back()) != sipcodes::reason_phrase(code)) {
      fail("the block's phrase for " + std::to_string(code) + " is not C++'s");
    }
    const auto answer = sipcodes::fallback(code);
    fallback.push_back(answer ? code_of(*answer) : 0);
  }
  v["REASON_OFFSETS"] = number_rows(reason_offset, 16);
  v["ROWS_PLUS_ONE"] = number_rows(row_plus_one, 20);
  v["FALLBACKS"] = number_rows(fallback, 16);

  // from_reason's hash table: by slot, the number of the phrase there (a
  // phrase's number is never 0: that is the empty text), 0 for an empty slot.
  std::vector<long> phrase_slots(phrase_slot_count, 0);
  std::size_t longest_probe = 0;
  for (std::size_t k = 1; k <= phrase_count; ++k) {
    std::size_t slot = phrase_hash(block.phrase[k]);
    std::size_t probe = 1;
    while (phrase_slots[slot] != 0) {
      slot = (slot + 1) % phrase_slot_count;
      ++probe;
    }
    phrase_slots[slot] = static_cast<long>(k);
    longest_probe = probe > longest_probe ? probe : longest_probe;
  }
  if (phrase_count * 2 > phrase_slot_count) fail("from_reason's hash table is more than half full");
  v["PHRASE_SLOTS"] = number_rows(phrase_slots, 20);
  v["LONGEST_PROBE"] = std::to_string(longest_probe);
  v["PHRASE_OFFSETS"] = number_rows(block.offset, 16);
  v["PHRASE_LENGTHS"] = number_rows(block.length, 20);
  v["PHRASE_CODES"] = number_rows(block.code, 16);

  // The table and its aliases.
  std::string aliases;
  std::string table;
  std::size_t alias_at = 0;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const auto& row = rows[r];
    if (!sipcodes::is_valid_reason_phrase(row.reason)) fail("an invalid default phrase: " + std::string(row.reason));
    for (const auto& a : row.aliases()) {
      aliases += "  {" + std::to_string(code_of(a.code)) + ", " + literal(a.phrase) + ",\n   " +
                 wrapped_literal(a.source, 3) + "}";
      aliases += alias_at + 1 == alias_count ? "\n" : ",\n";
    }
    const std::string alias_pointer =
        row.aliases().empty() ? "SIPCODES_DETAIL_NULL" : "sipcodes_detail_aliases + " + std::to_string(alias_at);
    alias_at += row.aliases().size();
    table += "  {" + std::to_string(code_of(row.code)) + ", " + literal(row.name) + ", " + literal(row.reason) +
             ",\n   SIPCODES_CLASS_" + upper(sipcodes::to_string(row.cls)) + ", " + std::to_string(row.rfc) + ", " +
             literal(row.section) + ", SIPCODES_LIFECYCLE_" + upper(sipcodes::to_string(row.state)) + ",\n   " +
             wrapped_literal(row.description, 3) + ",\n   " + alias_pointer + ", " +
             std::to_string(row.aliases().size()) + "}";
    table += r + 1 == rows.size() ? "\n" : ",\n";
  }
  v["ALIASES"] = aliases;
  v["TABLE"] = table;

  std::string warn_codes;
  const auto warns = sipcodes::warn_codes();
  for (std::size_t i = 0; i < warns.size(); ++i) {
    const auto& w = warns[i];
    warn_codes += "  {" + std::to_string(w.code) + ", " + std::to_string(w.rfc) + ", " + literal(w.text) + ", " +
                  literal(w.section) + ",\n   " + wrapped_literal(w.description, 3) + "}";
    warn_codes += i + 1 == warns.size() ? "\n" : ",\n";
  }
  v["WARN_CODES"] = warn_codes;

  // The ASCII bytes a Reason-Phrase carries as they are, as C++ judges each
  // one alone ('%' opens an escape, which the C checks by hand).
  std::vector<long> reason_ascii;
  for (int c = 0; c < 128; ++c) {
    const char ch = static_cast<char>(c);
    reason_ascii.push_back(ch != '%' && sipcodes::is_valid_reason_phrase(std::string_view(&ch, 1)) ? 1 : 0);
  }
  v["REASON_ASCII"] = number_rows(reason_ascii, 32);

  const std::string out = fill(template_dir + "/sipcodes.h.in", v);
  for (const char c : out) {
    if (static_cast<unsigned char>(c) >= 0x80) fail("sipcodes.h would not be pure ASCII");
  }
  return out;
}

// ---------------------------------------------------------------------------
// q850.h
// ---------------------------------------------------------------------------

std::string optional_number(const std::optional<int>& value) { return value ? std::to_string(*value) : "0"; }

std::string write_q850_h(const std::string& template_dir) {
  std::map<std::string, std::string> v = version_values();
  v["NOTICE"] = notice("q850.h", "q850.h.in", "include/sipcodes/q850.hpp");

  std::string causes;
  const auto cause_rows = sipcodes::q850_causes();
  for (std::size_t i = 0; i < cause_rows.size(); ++i) {
    causes += "  {" + std::to_string(cause_rows[i].value) + ", " + literal(cause_rows[i].name) + "}";
    causes += i + 1 == cause_rows.size() ? "\n" : ",\n";
  }
  v["CAUSES"] = causes;
  v["CAUSE_COUNT"] = std::to_string(cause_rows.size());

  std::string to_q850;
  const auto sip_rows = sipcodes::sip_to_q850_mappings();
  for (std::size_t i = 0; i < sip_rows.size(); ++i) {
    const auto& row = sip_rows[i];
    to_q850 += "  {" + std::to_string(code_of(row.sip)) + ", " + optional_number(row.cause) + ", " +
               literal(row.source) + ",\n   " + wrapped_literal(row.note, 3) + "}";
    to_q850 += i + 1 == sip_rows.size() ? "\n" : ",\n";
  }
  v["SIP_TO_Q850"] = to_q850;
  v["SIP_TO_Q850_COUNT"] = std::to_string(sip_rows.size());

  std::string to_sip;
  const auto cause_maps = sipcodes::q850_to_sip_mappings();
  for (std::size_t i = 0; i < cause_maps.size(); ++i) {
    const auto& row = cause_maps[i];
    to_sip += "  {" + std::to_string(row.cause) + ", " + std::to_string(row.sip ? code_of(*row.sip) : 0) + ", " +
              literal(row.source) + ",\n   " + wrapped_literal(row.note, 3) + "}";
    to_sip += i + 1 == cause_maps.size() ? "\n" : ",\n";
  }
  v["Q850_TO_SIP"] = to_sip;
  v["Q850_TO_SIP_COUNT"] = std::to_string(cause_maps.size());

  // The warn-codes that speak of bearer capability, among the three-digit ones.
  std::vector<long> bearer;
  for (int w = 0; w <= 999; ++w) {
    if (sipcodes::speaks_of_bearer_capability(w)) bearer.push_back(w);
  }
  if (bearer.empty()) fail("no warn-code speaks of bearer capability");
  v["BEARER_WARN_CODES"] = number_rows(bearer, 16);
  v["BEARER_WARN_CODE_COUNT"] = std::to_string(bearer.size());

  // to_q850_cause's answers by slot, without a Warning (or with one that does
  // not speak of bearer capability) and with one that does.
  std::vector<long> plain;
  std::vector<long> with_bearer;
  for (int slot = 0; slot < slot_count; ++slot) {
    const int code = code_of_slot(slot);
    plain.push_back(sipcodes::to_q850_cause(code).value_or(0));
    with_bearer.push_back(sipcodes::to_q850_cause(code, static_cast<int>(bearer.front())).value_or(0));
  }
  v["CAUSE_BY_SLOT"] = number_rows(plain, 20, 4);
  v["CAUSE_BY_SLOT_BEARER"] = number_rows(with_bearer, 20, 4);

  // from_q850_cause's answers for 0..127, by location and diagnostic.
  std::string by_cause;
  const sipcodes::cause_location locations[] = {sipcodes::cause_location::network, sipcodes::cause_location::user};
  const sipcodes::cause_diagnostic diagnostics[] = {sipcodes::cause_diagnostic::absent,
                                                    sipcodes::cause_diagnostic::present};
  for (int l = 0; l < 2; ++l) {
    for (int d = 0; d < 2; ++d) {
      if (static_cast<int>(locations[l]) != l || static_cast<int>(diagnostics[d]) != d) {
        fail("cause_location or cause_diagnostic is not numbered as q850.h.in expects");
      }
      std::vector<long> answers;
      for (int cause = 0; cause < 128; ++cause) {
        const auto answer = sipcodes::from_q850_cause(cause, locations[l], diagnostics[d]);
        answers.push_back(answer ? code_of(*answer) : 0);
      }
      by_cause += "  {/* location " + std::to_string(l) + ", diagnostic " + std::to_string(d) + " */\n" +
                  number_rows(answers, 16, 4) + "}";
      by_cause += l == 1 && d == 1 ? "" : ",\n";
    }
  }
  v["SIP_BY_CAUSE"] = by_cause;

  const std::string out = fill(template_dir + "/q850.h.in", v);
  for (const char c : out) {
    if (static_cast<unsigned char>(c) >= 0x80) fail("q850.h would not be pure ASCII");
  }
  return out;
}

// ---------------------------------------------------------------------------
// lang/tr.h
// ---------------------------------------------------------------------------

std::string write_tr_h(const std::string& template_dir) {
  std::map<std::string, std::string> v = version_values();
  v["NOTICE"] = notice("lang/tr.h", "tr.h.in", "include/sipcodes/lang/tr.hpp");
  const sipcodes::language_pack& tr = sipcodes::lang::tr;
  v["TAG"] = literal(tr.tag, true);
  v["NAME"] = literal(tr.name, true);

  // By table row, the pack's answers as C++ gives them (English where the
  // pack has no text of its own).
  std::string rows;
  const auto table = sipcodes::all();
  for (std::size_t r = 0; r < table.size(); ++r) {
    const int code = code_of(table[r].code);
    const std::string_view reason = sipcodes_c_headers::pack_phrase(code, tr);
    if (!sipcodes::is_valid_reason_phrase(reason)) fail("an invalid Turkish phrase: " + std::string(reason));
    rows += "  {/* " + std::to_string(code) + " */ " + literal(reason, true) + ",\n   " +
            wrapped_literal(sipcodes::description(code, tr), 3, true) + "}";
    rows += r + 1 == table.size() ? "\n" : ",\n";
  }
  v["ROWS"] = rows;

  std::string warnings;
  const auto warns = sipcodes::warn_codes();
  for (std::size_t i = 0; i < warns.size(); ++i) {
    const int code = warns[i].code;
    warnings += "  {/* " + std::to_string(code) + " */ " + literal(sipcodes::warning_text(code, tr), true) + ",\n   " +
                wrapped_literal(sipcodes::warning_description(code, tr), 3, true) + "}";
    warnings += i + 1 == warns.size() ? "\n" : ",\n";
  }
  v["WARNINGS"] = warnings;
  return fill(template_dir + "/tr.h.in", v);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: generate_c_headers TEMPLATE_DIR OUTPUT_DIR\n";
    return 2;
  }
  const std::string templates = argv[1];
  const std::string output = argv[2];
  try {
    std::filesystem::create_directories(output + "/lang");
    write_file(output + "/sipcodes.h", write_sipcodes_h(templates));
    write_file(output + "/q850.h", write_q850_h(templates));
    write_file(output + "/lang/tr.h", write_tr_h(templates));
  } catch (const std::exception& e) {
    std::cerr << "generate_c_headers: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
