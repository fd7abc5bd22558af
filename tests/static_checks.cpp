// Compile-time validation of the whole table. This translation unit only has
// to compile: each static_assert is a check that runs in the compiler.
#include <sipcodes/sipcodes.hpp>

namespace {

using sipcodes::status;
using sipcodes::status_class;

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

}  // namespace

// The header's own invariants (sorted, classes, phrases in the Reason-Phrase
// grammar, names following the phrases, Turkish texts present, aliases in
// runs), and those of the protocol tables.
static_assert(sipcodes::detail::table_is_well_formed(), "the table breaks one of its invariants");
static_assert(sipcodes::detail::protocol_tables_are_well_formed(), "a protocol table breaks one of its invariants");

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
                for (const auto& a : r.aliases) {
                  if (!sipcodes::is_valid_reason_phrase(a.phrase) || a.source.empty()) return false;
                }
                return true;
              }),
              "every former phrase is a valid Reason-Phrase with a source");
static_assert(every_row([](const auto& r) {
                return sipcodes::from_name(r.name) == r.code && sipcodes::to_status(code_of(r)) == r.code &&
                       sipcodes::find(r.code) == &r && sipcodes::find(code_of(r))->name == r.name;
              }),
              "every enumerator and name round-trips");
static_assert(every_row([](const auto& r) { return r.rfc != 0 && !r.section.empty(); }),
              "every row cites an RFC and a section");
static_assert(every_row([](const auto& r) { return !r.description.empty(); }), "every row has a description");
static_assert(every_row([](const auto& r) { return sipcodes::fallback(r.code) == code_of(r); }),
              "a known code falls back to itself");

// Spot checks against the registry, written here by hand.
static_assert(sipcodes::reason_phrase(status::busy_here) == "Busy Here");
static_assert(sipcodes::reason_phrase(500) == "Server Internal Error");
static_assert(sipcodes::reason_phrase(504) == "Server Time-out");
static_assert(sipcodes::reason_phrase(608) == "Rejected");
static_assert(sipcodes::class_of(status::decline) == status_class::global_failure);
static_assert(sipcodes::fallback(499) == 400 && sipcodes::fallback(150) == 183 && sipcodes::fallback(700) == 0);
static_assert(sipcodes::from_reason(" busy HERE ") == status::busy_here);
static_assert(sipcodes::from_reason("Gateway Time-out") == status::server_time_out);
static_assert(!sipcodes::from_reason(""));
static_assert(!sipcodes::from_reason("Busy Hare") && !sipcodes::from_reason("Busy\tHere"));
static_assert(!sipcodes::to_status(99) && !sipcodes::to_status(487 + 1000) && !sipcodes::from_name("busy"));
static_assert(sipcodes::find(-1) == nullptr && sipcodes::find(2147483647) == nullptr);

// from_reason's hash table: every known phrase sits in the probe sequence of
// its own hash, at most 3 probes in, as the header's comment says.
constexpr std::size_t probes_to_reach(std::size_t phrase) {
  namespace d = sipcodes::detail;
  std::size_t slot = d::phrase_hash(d::phrase_text[phrase + 1]);
  for (std::size_t probes = 1; probes <= d::phrase_slot_count; ++probes, slot = d::next_slot(slot)) {
    if (d::phrase_slots[slot] == phrase + 1) return probes;
    if (d::phrase_slots[slot] == 0) break;
  }
  return 0;  // not reachable: from_reason would miss it
}
constexpr std::size_t most_probes() {
  std::size_t most = 0;
  for (std::size_t k = 0; k < sipcodes::detail::phrase_count; ++k) {
    const std::size_t probes = probes_to_reach(k);
    if (probes == 0) return 0;
    most = probes > most ? probes : most;
  }
  return most;
}
static_assert(most_probes() == 3, "every known phrase is reachable, 3 probes at worst");
static_assert(sipcodes::from_reason("Not Acceptable") == status::not_acceptable, "406 comes before 606");

// found_status, written out in the header, answers each phrase number with
// that phrase's status (rows first, then aliases); and each known phrase is
// ASCII, as iequals requires of its second argument.
constexpr bool found_status_follows_phrases() {
  namespace d = sipcodes::detail;
  if (d::found_status[0]) return false;
  for (std::size_t k = 0; k < d::phrase_count; ++k) {
    const status code = k < d::row_count ? d::table[k].code : d::alias_rows[k - d::row_count].code;
    if (d::found_status[k + 1] != code) return false;
    for (char c : d::phrase_text[k + 1]) {
      if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
  }
  return true;
}
static_assert(found_status_follows_phrases(), "found_status agrees with the phrase numbers; phrases are ASCII");
