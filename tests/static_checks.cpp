// Compile-time validation of the whole table, its derived indexes and the
// rule tables. This translation unit only has to compile: each static_assert
// is a check that runs in the compiler. The checks live here, not in the
// header, so that users do not pay for them every time they compile.
#include <sipcodes/sipcodes.hpp>

namespace {

using sipcodes::status;
using sipcodes::status_class;
namespace detail = sipcodes::detail;

template <class Predicate>
constexpr bool every_row(Predicate predicate) {
  for (const auto& row : sipcodes::all()) {
    if (!predicate(row)) return false;
  }
  return true;
}

constexpr int code_of(const sipcodes::status_info& row) { return static_cast<int>(row.code); }

constexpr bool sorted_and_unique() {
  for (std::size_t i = 1; i < sipcodes::all().size(); ++i) {
    if (code_of(sipcodes::all()[i - 1]) >= code_of(sipcodes::all()[i])) return false;
  }
  return true;
}

constexpr bool has_row(int code) { return sipcodes::is_known(code); }

constexpr bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
constexpr char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// The enumerator name rule of DESIGN.md: the phrase in lower snake case, each
// run of characters that are not letters or digits one '_'.
constexpr bool name_follows_phrase(std::string_view name, std::string_view phrase) {
  std::size_t n = 0;
  bool pending_separator = false;
  for (char c : phrase) {
    if (is_alnum(c)) {
      if (pending_separator && n != 0) {
        if (n >= name.size() || name[n++] != '_') return false;
      }
      pending_separator = false;
      if (n >= name.size() || name[n++] != lower(c)) return false;
    } else {
      pending_separator = true;
    }
  }
  return n == name.size();
}

// Each code's aliases are one run, in ascending order of code, and belong to a row.
constexpr bool aliases_in_runs() {
  const auto& aliases = detail::alias_rows;
  for (std::size_t i = 1; i < std::size(aliases); ++i) {
    if (static_cast<int>(aliases[i - 1].code) > static_cast<int>(aliases[i].code)) return false;
  }
  for (const auto& a : aliases) {
    if (!sipcodes::is_known(a.code) || a.phrase.empty() || a.source.empty()) return false;
    if (!sipcodes::is_valid_reason_phrase(a.phrase)) return false;
  }
  return true;
}

// Rows sorted by code, each code's rows one run, every code in the table.
template <class Row, std::size_t N>
constexpr bool sorted_by_known_code(const Row (&rows)[N], bool unique) {
  for (std::size_t i = 0; i < N; ++i) {
    if (!sipcodes::is_known(rows[i].code)) return false;
    if (i > 0 && static_cast<int>(rows[i - 1].code) > static_cast<int>(rows[i].code)) return false;
    if (unique && i > 0 && rows[i - 1].code == rows[i].code) return false;
  }
  return true;
}

}  // namespace

static_assert(sipcodes::all().size() == 78, "75 registry codes and 3 from RFC 2543");
static_assert(sorted_and_unique(), "rows are sorted by code with no duplicate");
static_assert(every_row([](const auto& r) { return code_of(r) >= 100 && code_of(r) <= 699; }),
              "every code is in 100..699");
static_assert(every_row([](const auto& r) { return static_cast<int>(r.cls) == code_of(r) / 100; }),
              "the class is the first digit");
static_assert(has_row(100) && has_row(200) && has_row(300) && has_row(400) && has_row(500) && has_row(600),
              "each class has its x00 row, the fallback target");
static_assert(every_row([](const auto& r) { return !r.reason.empty() && sipcodes::is_valid_reason_phrase(r.reason); }),
              "every phrase is non-empty and a valid RFC 3261 Reason-Phrase");
static_assert(every_row([](const auto& r) {
                // 606 shares its phrase with 406, so it takes the name DESIGN.md gives it.
                return r.code == status::not_acceptable_anywhere || name_follows_phrase(r.name, r.reason);
              }),
              "every enumerator is its phrase in lower snake case");
static_assert(name_follows_phrase("request_uri_too_long", "Request-URI Too Long") &&
                  !name_follows_phrase("request_uri_too_lon", "Request-URI Too Long") &&
                  !name_follows_phrase("requesturi_too_long", "Request-URI Too Long"),
              "the name rule itself can fail");
static_assert(aliases_in_runs(), "aliases are valid phrases with sources, one run per code");
static_assert(every_row([](const auto& r) {
                return sipcodes::from_name(r.name) == r.code && sipcodes::to_status(code_of(r)) == r.code &&
                       sipcodes::find(r.code) == &r && sipcodes::find(code_of(r))->name == r.name;
              }),
              "every enumerator and name round-trips");
static_assert(every_row([](const auto& r) { return r.rfc != 0 && !r.section.empty(); }),
              "every row cites an RFC and a section");
static_assert(every_row([](const auto& r) { return !r.description.empty(); }), "every row has a description");
static_assert(every_row([](const auto& r) {
                const auto x00 = static_cast<status>(code_of(r) / 100 * 100);
                return sipcodes::fallback(r.code) == (r.state == sipcodes::lifecycle::current ? r.code : x00);
              }),
              "a current code falls back to itself, any other to its class's x00");
static_assert(every_row([](const auto& r) {
                for (const auto& a : r.aliases()) {
                  if (a.code != r.code) return false;
                }
                return true;
              }),
              "a row's aliases are its own");
static_assert(sorted_by_known_code(detail::header_rule_rows, false), "header rules: sorted, codes of the table");
static_assert(sorted_by_known_code(detail::retry_after_rows.rows, true), "Retry-After rules: sorted, unique");

// The warn-code registry: ascending and unique, three digits each, a text a
// Warning header field can carry as it is, a source and a description.
constexpr bool warn_codes_well_formed() {
  const auto& rows = detail::warn_code_rows;
  for (std::size_t i = 0; i < std::size(rows); ++i) {
    const auto& w = rows[i];
    if (w.code < 100 || w.code > 999 || (i > 0 && rows[i - 1].code >= w.code)) return false;
    if (w.text.empty() || !detail::is_quotable(w.text) || w.rfc == 0 || w.section.empty() || w.description.empty())
      return false;
    if (sipcodes::find_warn_code(w.code) != &w || sipcodes::warning_text(w.code) != w.text) return false;
  }
  return true;
}
static_assert(warn_codes_well_formed(), "warn-codes: sorted, unique, quotable texts with sources");
static_assert(sipcodes::warn_codes().size() == 15, "the registry has 15 warn-codes");

// Spot checks against the registry, written here by hand.
static_assert(sipcodes::reason_phrase(status::busy_here) == "Busy Here");
static_assert(sipcodes::reason_phrase(500) == "Server Internal Error");
static_assert(sipcodes::reason_phrase(504) == "Server Time-out");
static_assert(sipcodes::reason_phrase(608) == "Rejected");
static_assert(sipcodes::class_of(status::decline) == status_class::global_failure);
static_assert(sipcodes::fallback(499) == status::bad_request && sipcodes::fallback(150) == status::session_progress &&
              !sipcodes::fallback(700));
static_assert(sipcodes::from_reason(" busy HERE ") == status::busy_here);
static_assert(sipcodes::from_reason("Gateway Time-out") == status::server_time_out);
static_assert(!sipcodes::from_reason(""));
static_assert(!sipcodes::from_reason("Busy Hare") && !sipcodes::from_reason("Busy\tHere"));
static_assert(!sipcodes::to_status(99) && !sipcodes::to_status(487 + 1000) && !sipcodes::from_name("busy"));
static_assert(sipcodes::find(-1) == nullptr && sipcodes::find(2147483647) == nullptr);

// A phrase's size is kept in one byte by the code index.
static_assert(detail::longest_reason() < 256, "reason sizes fit in a byte");

// The longest phrase sizes fixed_text: the longest status line fits exactly.
static_assert(sipcodes::fixed_text::capacity ==
              sipcodes::make_status_line(status::push_notification_service_not_supported).size());

// A renamed enumerator keeps its value (its use warns: see the compile-fail tests).
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif
static_assert(status::unsupported_certificate == status::unsupported_credential, "a rename keeps the value");
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

// from_reason's hash table: every known phrase sits in the probe sequence of
// its own hash, at most 3 probes in, as the header's comment says.
constexpr std::size_t probes_to_reach(std::size_t phrase_plus_one) {
  std::size_t slot = detail::phrase_hash(detail::phrase_text(phrase_plus_one));
  for (std::size_t probes = 1; probes <= detail::phrase_slot_count; ++probes, slot = detail::next_slot(slot)) {
    if (detail::lookup.phrase_slots[slot] == phrase_plus_one) return probes;
    if (detail::lookup.phrase_slots[slot] == 0) break;
  }
  return 0;  // not reachable: from_reason would miss it
}
constexpr std::size_t most_probes() {
  std::size_t most = 0;
  for (std::size_t k = 1; k <= detail::phrase_count; ++k) {
    const std::size_t probes = probes_to_reach(k);
    if (probes == 0) return 0;
    most = probes > most ? probes : most;
  }
  return most;
}
static_assert(most_probes() == 3, "every known phrase is reachable, 3 probes at worst");
static_assert(sipcodes::from_reason("Not Acceptable") == status::not_acceptable, "406 comes before 606");

// The phrase numbering: rows first, then aliases; each phrase names its own
// status, and each is ASCII, as iequals requires of its second argument. The
// block holds each phrase as the table writes it, NUL-terminated, and
// nothing else.
constexpr bool phrases_follow_the_table() {
  if (!detail::phrase_text(0).empty() || *detail::phrase_text(0).data() != '\0') return false;
  std::size_t block_size = 1;
  for (std::size_t k = 0; k < detail::phrase_count; ++k) {
    const bool is_row = k < detail::row_count;
    const std::string_view text = is_row ? detail::table[k].reason : detail::alias_rows[k - detail::row_count].phrase;
    const status code = is_row ? detail::table[k].code : detail::alias_rows[k - detail::row_count].code;
    if (detail::phrase_text(k + 1) != text || detail::lookup.phrase_status[k + 1] != code) return false;
    if (detail::phrase_text(k + 1).data()[text.size()] != '\0') return false;
    block_size += text.size() + 1;
    for (char c : text) {
      if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
  }
  return block_size + 1 == sizeof detail::phrase_block;  // and the literal's own NUL
}
static_assert(phrases_follow_the_table(), "the phrase numbering follows the table; phrases are ASCII");

// The dense index answers every slot: a row's code finds its row, any other slot nothing.
constexpr bool index_is_dense_and_exact() {
  std::size_t found = 0;
  for (int code = 100; code <= 699; ++code) {
    const std::size_t row = detail::row_plus_one(code);
    if (row == 0) continue;
    if (code_of(detail::table[row - 1]) != code) return false;
    ++found;
  }
  return found == detail::row_count && detail::row_plus_one(99) == 0 && detail::row_plus_one(700) == 0;
}
static_assert(index_is_dense_and_exact(), "the code index finds every row and nothing else");
