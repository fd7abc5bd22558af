// What the codes a user asks for are. Users paste what their logs show, so
// each argument is read as the first of these it is:
//   a code                      486
//   a status line               SIP/2.0 486 Busy Here
//   a code and a phrase         486 Busy Here (the code decides; a phrase that
//                               is not the code's is pointed out)
//   a Reason header field value SIP ;cause=480 ;text="..." or Q.850;cause=17
//   a name                      busy_here
//   a phrase, current or former busy here, gateway time-out
//   words                       each found as a whole word in a code's
//                               phrases, name or description, English or Turkish
// A line pasted without quotes comes as several arguments: a code, or
// "SIP/2.0" and a code, takes the words that follow it as its phrase.
#ifndef SIPCODES_CLI_LOOKUP_HPP
#define SIPCODES_CLI_LOOKUP_HPP

#include <sipcodes/lang/tr.hpp>
#include <sipcodes/q850.hpp>
#include <sipcodes/sipcodes.hpp>

#include "arguments.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cli {

// How an argument that was more than a code, a name or a phrase was read.
struct given {
  enum class form { plain, status_line, code_and_phrase, reason } read_as = form::plain;
  std::optional<std::string> phrase;  // the phrase of a status line, or after a code
  std::string protocol;               // a Reason value's: "SIP" or "Q.850", in these letters
  std::optional<int> cause;           // a Reason value's cause
  std::optional<std::string> text;    // a SIP Reason value's text, unescaped: its sender's words
};

inline std::string_view to_string(given::form f) {
  switch (f) {
    case given::form::status_line: return "status_line";
    case given::form::code_and_phrase: return "code_and_phrase";
    case given::form::reason: return "reason";
    case given::form::plain: break;
  }
  return "plain";
}

// What a code is: a row of the table, or a valid code the table lacks; and
// how the user gave it.
struct entry {
  const sipcodes::status_info* row = nullptr;
  int code = 0;  // when row is null
  given from;
};

// Lower case for search: ASCII letters, and Turkish capitals folded the way
// Turkish folds them (Ç to ç, Ş to ş ...), so that "MEŞGUL" finds "Meşgul".
// I, İ, ı and i are one letter, as on the reference page: a reader on
// another keyboard types I for both İ and ı, so "KISA" finds "kısa" and
// "ISTEK" finds "İstek".
inline std::string folded(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const std::string_view rest = text.substr(i);
    const auto replace = [&](std::string_view from, std::string_view to) {
      if (rest.substr(0, from.size()) != from) return false;
      out += to;
      i += from.size() - 1;
      return true;
    };
    if (replace("İ", "i") || replace("ı", "i") || replace("Ç", "ç") || replace("Ğ", "ğ") || replace("Ö", "ö") ||
        replace("Ş", "ş") || replace("Ü", "ü")) {
      continue;
    }
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

// The text with each run of blanks (spaces and tabs) one space, and none
// around it: "Busy  Here" is "Busy Here".
inline std::string single_spaced(std::string_view text) {
  std::string out;
  bool blank = false;
  for (char c : trimmed(text)) {
    if (c == ' ' || c == '\t') {
      blank = true;
      continue;
    }
    if (blank) out += ' ';
    blank = false;
    out += c;
  }
  return out;
}

// The words of a folded text: runs of letters and digits, any byte of a
// multibyte UTF-8 character counting as a letter. "Call/Transaction" is two
// words, and so is "busy_here".
inline std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || byte >= 0x80) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

// Every word a row can be found by: its phrases (current, former, Turkish),
// its name and its descriptions, folded.
inline std::set<std::string> searchable_words(const sipcodes::status_info& row) {
  std::string text(row.reason);
  text += ' ';
  text += row.name;
  text += ' ';
  text += row.description;
  text += ' ';
  text += sipcodes::reason_phrase(row.code, sipcodes::lang::tr);
  text += ' ';
  text += sipcodes::description(row.code, sipcodes::lang::tr);
  for (const auto& a : row.aliases()) {
    text += ' ';
    text += a.phrase;
  }
  const std::vector<std::string> words = words_of(folded(text));
  return {words.begin(), words.end()};
}

// The rows that have every word, in the table's order.
inline std::vector<const sipcodes::status_info*> search(const std::vector<std::string>& words) {
  std::vector<const sipcodes::status_info*> rows;
  for (const auto& row : sipcodes::all()) {
    const std::set<std::string> known = searchable_words(row);
    if (std::all_of(words.begin(), words.end(), [&](const std::string& w) { return known.count(w) != 0; }))
      rows.push_back(&row);
  }
  return rows;
}

// The row whose phrase, name or alias is nearest a query of at most 40 bytes
// (longer ones are no typo of a phrase), when it is near enough to be a typo.
inline const sipcodes::status_info* closest_row(std::string_view query) {
  if (query.empty() || query.size() > 40) return nullptr;
  const std::string wanted = folded(query);
  const sipcodes::status_info* best = nullptr;
  std::size_t best_distance = wanted.size() / 3 + 1;  // beyond this it is another word, not a typo
  const auto consider = [&](const sipcodes::status_info& row, std::string_view candidate) {
    const std::size_t distance = edit_distance(wanted, folded(candidate));
    if (distance < best_distance) {
      best_distance = distance;
      best = &row;
    }
  };
  for (const auto& row : sipcodes::all()) {
    consider(row, row.reason);
    consider(row, row.name);
    for (const auto& a : row.aliases()) consider(row, a.phrase);
  }
  return best;
}

// The words as they were probably meant, when each word that no code has is
// a typo of one that some code has ("busyy" for "busy"); empty otherwise.
inline std::vector<std::string> corrected_words(const std::vector<std::string>& words) {
  std::set<std::string> vocabulary;
  for (const auto& row : sipcodes::all()) {
    const std::set<std::string> row_words = searchable_words(row);
    vocabulary.insert(row_words.begin(), row_words.end());
  }
  std::vector<std::string> corrected;
  for (const std::string& word : words) {
    if (vocabulary.count(word) != 0) {
      corrected.push_back(word);
      continue;
    }
    if (word.size() < 3 || word.size() > 30) return {};
    const std::string* best = nullptr;
    std::size_t best_distance = word.size() / 3 + 1;  // as closest_row
    for (const std::string& candidate : vocabulary) {
      const std::size_t distance = edit_distance(word, candidate);
      if (distance < best_distance) {
        best_distance = distance;
        best = &candidate;
      }
    }
    if (best == nullptr) return {};
    corrected.push_back(*best);
  }
  return corrected;
}

// ---------------------------------------------------------------------------
// A phrase given with a code.

// Whether `phrase` is one of the code's phrases: its default phrase, a former
// one, or the Turkish one, in any case and with blanks doubled or not; or
// its name.
inline bool is_phrase_of(int code, std::string_view phrase) {
  const auto as_status = static_cast<sipcodes::status>(code);
  const std::string spaced = single_spaced(phrase);
  if (sipcodes::from_reason(spaced) == as_status || sipcodes::from_name(spaced) == as_status) return true;
  const std::string_view in_turkish = sipcodes::reason_phrase(code, sipcodes::lang::tr);
  return !in_turkish.empty() && folded(spaced) == folded(in_turkish);
}

// The code whose phrase `phrase` is, English (current or former) or Turkish.
inline std::optional<int> code_of_phrase(std::string_view phrase) {
  if (const auto s = sipcodes::from_reason(single_spaced(phrase))) return static_cast<int>(*s);
  for (const auto& row : sipcodes::all()) {
    if (is_phrase_of(static_cast<int>(row.code), phrase)) return static_cast<int>(row.code);
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------
// Reading the arguments.

// "SIP/2.0" alone, as a status line pasted without quotes begins.
inline bool is_sip_version(std::string_view text) {
  return starts_with_ignoring_case(text, "SIP/") && text.find_first_of(" \t") == std::string_view::npos;
}

// What is wrong with a status line.
inline std::string_view status_line_problem(const error_wording& says, sipcodes::line_error e) {
  switch (e) {
    case sipcodes::line_error::bad_version: return says.line_bad_version;
    case sipcodes::line_error::bad_code: return says.line_bad_code;
    case sipcodes::line_error::bad_reason: return says.line_bad_reason;
    case sipcodes::line_error::bad_utf8: return says.line_bad_utf8;
    case sipcodes::line_error::bad_line_end: return says.line_bad_line_end;
    case sipcodes::line_error::unsupported_version: return says.line_unsupported_version;
    case sipcodes::line_error::none:
    case sipcodes::line_error::empty:
    case sipcodes::line_error::bad_protocol:
    case sipcodes::line_error::bad_separator: break;
  }
  return says.line_bad_separator;
}

// What is wrong with a Reason value: not UTF-8, malformed, or no cause.
inline std::string_view reason_problem(
    const error_wording& says, std::string_view value,
    const sipcodes::parse_result<sipcodes::reason_value, sipcodes::reason_error>& r) {
  if (!is_utf8(value)) return says.value_not_utf8;
  switch (r.error) {
    case sipcodes::reason_error::bad_protocol: return says.reason_bad_protocol;
    case sipcodes::reason_error::bad_parameter: return says.reason_bad_parameter;
    case sipcodes::reason_error::bad_cause: return says.reason_bad_cause;
    case sipcodes::reason_error::bad_text: return says.reason_bad_text;
    case sipcodes::reason_error::bad_separator: return says.reason_bad_separator;
    case sipcodes::reason_error::none:
    case sipcodes::reason_error::empty: break;
  }
  return says.reason_no_cause;
}

// Whether a text is meant as a Reason value though "Reason:" does not come
// first: SIP or Q.850 and a ';' (SIP;cause=abc), or any protocol and a cause
// parameter (FOO;cause=1). Other text with a ';' is words ("a;b").
inline bool looks_like_reason(std::string_view text) {
  const std::size_t semicolon = text.find(';');
  if (semicolon == std::string_view::npos) return false;
  const std::string_view protocol = trimmed(text.substr(0, semicolon));
  if ((protocol.size() == 3 && starts_with_ignoring_case(protocol, "SIP")) ||
      (protocol.size() == 5 && starts_with_ignoring_case(protocol, "Q.850")))
    return true;
  for (std::size_t i = semicolon; i < text.size(); ++i) {
    if (starts_with_ignoring_case(text.substr(i), "cause")) return true;
  }
  return false;
}

// What the arguments of the codes mode name: the codes, and whether they
// answer a search (shown one line each when there are several); the exit
// status so far. Errors are said on `err`, in the words of `says`.
struct lookup_result {
  std::vector<entry> entries;
  bool one_line_each = false;
  int status = found;
};

class lookup {
 public:
  lookup(std::ostream& err, const language& lang) : err_(err), says_(*lang.errors), wording_(*lang.words) {}

  lookup_result run(const std::vector<std::string_view>& arguments) {
    for (std::size_t i = 0; i < arguments.size(); ++i) {
      const std::string_view argument = trimmed(arguments[i]);
      // A line pasted without quotes: a code, or SIP/2.0 and a code, and the
      // words of its phrase after it, up to the next number or status line.
      std::size_t last = i;
      if (is_sip_version(argument) && i + 1 < arguments.size()) ++last;
      if (last != i || all_digits(argument)) {
        while (last + 1 < arguments.size() && continues_line(trimmed(arguments[last + 1]))) ++last;
      }
      if (last == i) {
        read(arguments[i]);
        continue;
      }
      std::string line(argument);
      for (std::size_t k = i + 1; k <= last; ++k) (line += ' ') += trimmed(arguments[k]);
      read(line);
      i = last;
    }
    search_words();
    // A search answers with a list; codes, names and phrases with their details.
    return {entries_, !words_.empty() && entries_.size() > 1, status_};
  }

 private:
  static bool continues_line(std::string_view next) {
    return !next.empty() && !looks_like_number(next) && !is_sip_version(next) && !is_option(next);
  }

  void fail(int status) { status_ = std::max(status_, status); }

  void add(int code, given from = {}) {
    const sipcodes::status_info* row = sipcodes::find(code);
    entries_.push_back({row, code, std::move(from)});
    if (row == nullptr) fail(not_found);
  }

  void read(std::string_view argument) {
    const std::string_view text = trimmed(argument);
    if (text.empty()) {
      say(err_, says_.empty_argument);
      fail(usage_error);
      return;
    }
    if (looks_like_number(text)) {
      const std::optional<int> code = code_of(text);
      if (!code) {
        say(err_, says_.not_a_code, {shown(wording_, argument)});
        fail(usage_error);
        return;
      }
      add(*code);
      return;
    }
    if (starts_with_ignoring_case(text, "SIP/")) {
      read_status_line(argument, text);
      return;
    }
    const std::size_t space = text.find_first_of(" \t");
    if (space != std::string_view::npos && looks_like_number(text.substr(0, space))) {
      const std::optional<int> code = code_of(text.substr(0, space));
      if (!code) {
        say(err_, says_.no_code_first, {shown(wording_, argument)});
        fail(usage_error);
        return;
      }
      const std::string_view phrase = trimmed(text.substr(space));
      if (!is_utf8(phrase)) {
        say(err_, says_.not_a_code_and_phrase, {shown(wording_, argument), says_.line_bad_utf8});
        fail(usage_error);
        return;
      }
      add(*code, {given::form::code_and_phrase, std::string(phrase), {}, {}, {}});
      return;
    }
    if (read_reason(argument, text)) return;
    std::optional<sipcodes::status> match = sipcodes::from_name(text);
    if (!match) match = sipcodes::from_reason(text);
    if (match) {
      add(static_cast<int>(*match));
      return;
    }
    if (text.size() > 200) {
      say(err_, says_.too_long, {shown(wording_, argument)});
      fail(usage_error);
      return;
    }
    if (!is_utf8(text)) {
      say(err_, says_.words_not_utf8, {shown(wording_, argument)});
      fail(usage_error);
      return;
    }
    // After "--", an option is words; said when they find nothing.
    if (option_ == nullptr && is_option(text)) option_ = find_option(text);
    query_ += (query_.empty() ? "" : " ") + std::string(text);
    for (std::string& word : words_of(folded(text))) words_.push_back(std::move(word));
  }

  // SIP/2.0 486 Busy Here; a line without its phrase (SIP/2.0 486) too.
  void read_status_line(std::string_view argument, std::string_view text) {
    auto parsed = sipcodes::parse_status_line(text);
    const std::string with_space = std::string(text) + ' ';
    if (!parsed && parsed.error == sipcodes::line_error::bad_separator) {
      const auto again = sipcodes::parse_status_line(std::string_view(with_space));
      if (again) parsed = again;
    }
    if (!parsed) {
      say(err_, says_.not_a_status_line, {shown(wording_, argument), status_line_problem(says_, parsed.error)});
      fail(usage_error);
      return;
    }
    given from{given::form::status_line, std::nullopt, {}, {}, {}};
    if (!parsed.value.reason.empty()) from.phrase = std::string(parsed.value.reason);
    add(static_cast<int>(parsed.value.code), std::move(from));
  }

  // SIP ;cause=480 ;text="..." or Q.850;cause=17, after "Reason:" or not;
  // false when the text is not meant as a Reason value. One that is, and is
  // malformed or has no cause, is an error.
  bool read_reason(std::string_view argument, std::string_view text) {
    const bool header = starts_with_ignoring_case(text, "reason:");
    if (header) text = trimmed(text.substr(7));
    if (!header && !looks_like_reason(text)) return false;
    for (std::string_view value = text;;) {  // each reason-value of the field, as they are separated by commas
      const auto parsed = sipcodes::parse_reason(value);
      if (!parsed || !parsed.value.cause) {
        say(err_, says_.not_a_reason_value,
            {shown(wording_, value.data() == text.data() ? argument : trimmed(value)),
             reason_problem(says_, value, parsed)});
        fail(usage_error);
        return true;
      }
      read_reason_value(argument, parsed.value);
      if (parsed.value.rest.empty()) return true;
      value = parsed.value.rest;
    }
  }

  void read_reason_value(std::string_view argument, const sipcodes::reason_value& value) {
    const int cause = *value.cause;
    const bool sip = value.is_protocol(sipcodes::reason_protocol::sip);
    given from{given::form::reason, std::nullopt, sip ? "SIP" : "Q.850", cause, std::nullopt};
    if (sip) {
      if (!sipcodes::is_valid(cause)) {
        say(err_, says_.sip_cause_not_a_code, {shown(wording_, argument), std::to_string(cause)});
        fail(usage_error);
        return;
      }
      if (!value.text.empty()) from.text = unescaped(value.text);
      add(cause, std::move(from));
      return;
    }
    if (!value.is_protocol(sipcodes::reason_protocol::q850)) {
      say(err_, says_.other_protocol, {shown(wording_, argument)});
      fail(usage_error);
      return;
    }
    if (cause < 1 || cause > 127) {
      say(err_, says_.q850_cause_out_of_range, {shown(wording_, argument), std::to_string(cause)});
      fail(usage_error);
      return;
    }
    const std::optional<sipcodes::status> response = sipcodes::from_q850_cause(cause);
    if (!response) {
      const std::string number = std::to_string(cause);
      say(err_, says_.q850_no_response,
          {number, sipcodes::q850_cause_name(cause), cause == 44 ? says_.q850_untranslatable : says_.q850_clearing,
           number});
      fail(not_found);
      return;
    }
    add(static_cast<int>(*response), std::move(from));
  }

  void search_words() {
    if (words_.empty()) {
      if (!query_.empty()) no_match();  // only separators: no word to look for
      return;
    }
    const auto rows = search(words_);
    if (rows.empty()) no_match();
    for (const sipcodes::status_info* row : rows) {
      if (std::none_of(entries_.begin(), entries_.end(), [&](const entry& e) { return e.row == row; }))
        entries_.push_back({row, static_cast<int>(row->code), {}});
    }
  }

  void no_match() {
    if (option_ != nullptr) {
      say(err_, says_.no_match_option, {shown(wording_, query_), option_->name});
    } else if (const sipcodes::status_info* closest = closest_row(query_)) {
      say(err_, says_.no_match_did_you_mean,
          {shown(wording_, query_), '"' + std::string(closest->reason) + '"',
           std::to_string(static_cast<int>(closest->code))});
    } else if (const auto corrected = corrected_words(words_); !corrected.empty() && !search(corrected).empty()) {
      std::string words;
      for (const std::string& w : corrected) words += (words.empty() ? "" : " ") + w;
      std::string codes;
      const auto rows = search(corrected);
      for (std::size_t i = 0; i < rows.size() && i < 6; ++i)
        codes += (i == 0 ? "" : ", ") + std::to_string(static_cast<int>(rows[i]->code));
      if (rows.size() > 6) codes += ", ...";
      say(err_, says_.no_match_did_you_mean, {shown(wording_, query_), '"' + words + '"', codes});
    } else {
      say(err_, says_.no_match, {shown(wording_, query_)});
    }
    fail(not_found);
  }

  std::ostream& err_;
  const error_wording& says_;
  const wording& wording_;
  std::vector<entry> entries_;
  std::vector<std::string> words_;
  std::string query_;                    // the words as given, for the message when nothing matches
  const option_spec* option_ = nullptr;  // an option among them (after "--")
  int status_ = found;
};

inline lookup_result look_up(const std::vector<std::string_view>& arguments, std::ostream& err, const language& lang) {
  return lookup(err, lang).run(arguments);
}

}  // namespace cli

#endif
