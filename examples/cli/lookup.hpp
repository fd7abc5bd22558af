// What the codes a user asks for are: a code, a name, a phrase (current or
// former), or words to search for in every text of the table, in English and
// Turkish; and the phrase a typo was probably meant to be.
#ifndef SIPCODES_CLI_LOOKUP_HPP
#define SIPCODES_CLI_LOOKUP_HPP

#include <sipcodes/lang/tr.hpp>
#include <sipcodes/sipcodes.hpp>

#include "arguments.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace cli {

// What a code is: a row of the table, or a valid code the table lacks.
struct entry {
  const sipcodes::status_info* row = nullptr;
  int code = 0;  // when row is null
};

// Lower case for search: ASCII letters, and Turkish capitals folded the way
// Turkish folds them (İ to i, I to ı), so that "MEŞGUL" finds "Meşgul".
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
    if (replace("İ", "i") || replace("Ç", "ç") || replace("Ğ", "ğ") || replace("Ö", "ö") || replace("Ş", "ş") ||
        replace("Ü", "ü")) {
      continue;
    }
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

// Edit distance, to suggest the closest phrase for a typo; bounded by the
// caller to short strings.
inline std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
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

// The rows every word is found in (phrase, former phrases, name, description,
// in English and in Turkish), in the table's order.
inline std::vector<const sipcodes::status_info*> search(const std::vector<std::string>& words) {
  std::vector<const sipcodes::status_info*> rows;
  for (const auto& row : sipcodes::all()) {
    std::string text = folded(row.reason) + ' ' + folded(row.name) + ' ' + folded(row.description) + ' ' +
                       folded(sipcodes::localized_reason(row.code, sipcodes::lang::tr)) + ' ' +
                       folded(sipcodes::description(row.code, sipcodes::lang::tr));
    for (const auto& a : row.aliases()) text += ' ' + folded(a.phrase);
    if (std::all_of(words.begin(), words.end(),
                    [&](const std::string& w) { return text.find(w) != std::string::npos; }))
      rows.push_back(&row);
  }
  return rows;
}

// What the arguments of the codes mode name: the codes, and whether they
// answer a search (shown one line each when there are several); the exit
// status so far. Errors are said on `err`.
struct lookup_result {
  std::vector<entry> entries;
  bool one_line_each = false;
  int status = found;
};

inline lookup_result look_up(const std::vector<std::string_view>& arguments, std::ostream& err) {
  int status = found;
  std::vector<entry> entries;
  std::vector<std::string> words;
  std::string query_words;  // for the message when nothing matches
  for (std::string_view argument : arguments) {
    const std::string_view trimmed = [&] {
      std::string_view t = argument;
      while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
      while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
      return t;
    }();
    if (trimmed.empty()) {
      err << "sipcodes: an empty argument is no code, name or phrase\n";
      status = usage_error;
      continue;
    }
    if (looks_like_number(trimmed)) {
      const std::optional<int> code = code_of(trimmed);
      if (!code) {
        err << "sipcodes: " << shown(argument) << " is not a response code: a code is three digits, 100 to 699\n";
        status = usage_error;
        continue;
      }
      const sipcodes::status_info* row = sipcodes::find(*code);
      entries.push_back({row, *code});
      if (row == nullptr) status = std::max(status, static_cast<int>(not_found));
      continue;
    }
    std::optional<sipcodes::status> match = sipcodes::from_name(trimmed);
    if (!match) match = sipcodes::from_reason(trimmed);
    if (match) {
      entries.push_back({sipcodes::find(*match), static_cast<int>(*match)});
      continue;
    }
    if (trimmed.size() > 200) {
      err << "sipcodes: " << shown(argument) << " is too long for a phrase or a word\n";
      status = usage_error;
      continue;
    }
    query_words += (query_words.empty() ? "" : " ") + std::string(trimmed);
    std::istringstream split{std::string(trimmed)};
    for (std::string word; split >> word;) words.push_back(folded(word));
  }
  if (!words.empty()) {
    const auto rows = search(words);
    if (rows.empty()) {
      err << "sipcodes: no code matches " << shown(query_words);
      if (const sipcodes::status_info* closest = closest_row(query_words)) {
        err << "; did you mean \"" << closest->reason << "\" (" << static_cast<int>(closest->code) << ")?";
      }
      err << '\n';
      status = std::max(status, static_cast<int>(not_found));
    }
    for (const sipcodes::status_info* row : rows) {
      if (std::none_of(entries.begin(), entries.end(), [&](const entry& e) { return e.row == row; }))
        entries.push_back({row, static_cast<int>(row->code)});
    }
  }
  // A search answers with a list; codes, names and phrases with their details.
  const bool one_line_each = !words.empty() && entries.size() > 1;
  return {entries, one_line_each, status};
}

}  // namespace cli

#endif
