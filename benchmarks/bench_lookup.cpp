// Lookups by code and by phrase, side by side with the peer stacks that are
// installed (sofia-sip, oSIP, belle-sip), over the same shuffled inputs; the
// C header's lookups (library "sipcodes_c") run in loops compiled as C.
//
// Two input mixes, each shuffled so that branch prediction cannot learn it:
//   table: codes a stack really sends, drawn from the table;
//   range: every int in 100..699, most of them unknown codes.
// Benchmark names are "<mix>/<library>/<function>", which report.sh reads.
#include <sipcodes/q850.hpp>
#include <sipcodes/sipcodes.hpp>

#include "bench_lookup_c.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#if defined(SIPCODES_BENCH_SOFIA)
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_status.h>
#include <sofia-sip/su_alloc.h>
#endif
#if defined(SIPCODES_BENCH_OSIP)
#include <osipparser2/osip_parser.h>
#endif
#if defined(SIPCODES_BENCH_BELLESIP)
// Exported by libbellesip but not declared in its public headers.
extern "C" const char* belle_sip_get_well_known_reason_phrase(int status_code);
#endif

namespace {

constexpr std::size_t inputs_per_mix = 4096;

std::vector<int> shuffled(std::vector<int> values) {
  std::shuffle(values.begin(), values.end(), std::mt19937{486});
  return values;
}

// Codes of the table, repeated to fill the mix.
const std::vector<int>& table_mix() {
  static const std::vector<int> mix = [] {
    std::vector<int> codes;
    while (codes.size() < inputs_per_mix) {
      for (const auto& row : sipcodes::all()) codes.push_back(static_cast<int>(row.code));
    }
    codes.resize(inputs_per_mix);
    return shuffled(codes);
  }();
  return mix;
}

// Every int of 100..699.
const std::vector<int>& range_mix() {
  static const std::vector<int> mix = [] {
    std::vector<int> codes;
    for (int code = 100; code <= 699; ++code) codes.push_back(code);
    return shuffled(codes);
  }();
  return mix;
}

// The physical limit of a lookup by code: a flat array of 600 ready
// string_views (601 with "" for every other int), indexed without a branch.
// Built from sipcodes' own table, so that it returns the same phrases.
const std::array<std::string_view, 601>& flat_phrases() {
  static const std::array<std::string_view, 601> phrases = [] {
    std::array<std::string_view, 601> all{};
    for (const auto& row : sipcodes::all()) all[static_cast<std::size_t>(row.code) - 100] = row.reason;
    return all;
  }();
  return phrases;
}

const char* flat_reason_phrase(const std::array<std::string_view, 601>& phrases, int code) {
  const unsigned offset = static_cast<unsigned>(code) - 100U;
  return phrases[offset < 600U ? offset : 600U].data();
}

// A result as a number, so that every library's result is used the same way.
template <class T>
std::uintptr_t as_number(T* pointer) {
  return reinterpret_cast<std::uintptr_t>(pointer);
}
template <class T>
std::uintptr_t as_number(T value) {
  return static_cast<std::uintptr_t>(value);
}

// Hands a result to the benchmark in a register: the compiler must have
// computed it, and assume that memory changed after it. Not
// benchmark::DoNotOptimize, which may take its value in memory: given an
// element of the flat array, it takes the element's address, and the array
// is then never read.
void keep(std::uintptr_t value) { asm volatile("" : : "r"(value) : "memory"); }

// Runs `lookup` over every input of the mix per iteration. Every result is
// kept, one by one, as a caller that makes one lookup per message keeps it.
// Summing the results instead lets GCC vectorize the loop for some layouts
// (the flat array of string_views) and not for others, which then measures
// how well a reduction vectorizes rather than what a lookup costs.
template <class Lookup>
void over(benchmark::State& state, const std::vector<int>& mix, Lookup lookup) {
  for (auto _ : state) {
    for (int code : mix) keep(as_number(lookup(code)));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<benchmark::IterationCount>(mix.size()));
}

// `phrases`, the flat baseline's array, is in scope for every expression, as
// a reference fetched before the timed loop.
#define SIPCODES_BENCH_LOOKUP(library, function, expression)                      \
  void table_##library##_##function(benchmark::State& state) {                    \
    [[maybe_unused]] const auto& phrases = flat_phrases();                        \
    over(state, table_mix(), [&](int code) { return expression; });               \
  }                                                                               \
  void range_##library##_##function(benchmark::State& state) {                    \
    [[maybe_unused]] const auto& phrases = flat_phrases();                        \
    over(state, range_mix(), [&](int code) { return expression; });               \
  }                                                                               \
  BENCHMARK(table_##library##_##function)->Name("table/" #library "/" #function); \
  BENCHMARK(range_##library##_##function)->Name("range/" #library "/" #function);

SIPCODES_BENCH_LOOKUP(sipcodes, reason_phrase, sipcodes::reason_phrase(code).data())
SIPCODES_BENCH_LOOKUP(sipcodes, find, sipcodes::find(code))
SIPCODES_BENCH_LOOKUP(sipcodes, class_of, sipcodes::class_of(code))
SIPCODES_BENCH_LOOKUP(sipcodes, fallback, static_cast<int>(sipcodes::fallback(code).value_or(sipcodes::status{})))
SIPCODES_BENCH_LOOKUP(sipcodes, to_status, static_cast<int>(sipcodes::to_status(code).value_or(sipcodes::status{})))
SIPCODES_BENCH_LOOKUP(sipcodes, to_q850_cause, sipcodes::to_q850_cause(code).value_or(0))
SIPCODES_BENCH_LOOKUP(flat, reason_phrase, flat_reason_phrase(phrases, code))
#if defined(SIPCODES_BENCH_SOFIA)
SIPCODES_BENCH_LOOKUP(sofia, reason_phrase, sip_status_phrase(code))
#endif
#if defined(SIPCODES_BENCH_OSIP)
SIPCODES_BENCH_LOOKUP(osip, reason_phrase, osip_message_get_reason(code))
#endif
#if defined(SIPCODES_BENCH_BELLESIP)
SIPCODES_BENCH_LOOKUP(bellesip, reason_phrase, belle_sip_get_well_known_reason_phrase(code))
#endif

// The C header's sipcodes_reason_phrase, over the same mixes, in a loop
// compiled as C that keeps each result as over() does.
void c_reason_phrase(benchmark::State& state, const std::vector<int>& mix) {
  for (auto _ : state) sipcodes_bench_c_reason_phrase(mix.data(), mix.size());
  state.SetItemsProcessed(state.iterations() * static_cast<benchmark::IterationCount>(mix.size()));
}
void table_sipcodes_c_reason_phrase(benchmark::State& state) { c_reason_phrase(state, table_mix()); }
void range_sipcodes_c_reason_phrase(benchmark::State& state) { c_reason_phrase(state, range_mix()); }
BENCHMARK(table_sipcodes_c_reason_phrase)->Name("table/sipcodes_c/reason_phrase");
BENCHMARK(range_sipcodes_c_reason_phrase)->Name("range/sipcodes_c/reason_phrase");

// Every phrase from_reason knows, current and former, in shuffled order and
// mixed case, with a few that it does not know.
const std::vector<std::string>& from_reason_phrases() {
  static const std::vector<std::string> phrases = [] {
    std::vector<std::string> all;
    for (const auto& row : sipcodes::all()) {
      std::string upper(row.reason);
      std::transform(upper.begin(), upper.end(), upper.begin(),
                     [](char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; });
      all.emplace_back(row.reason);
      all.push_back(upper);
      for (const auto& a : row.aliases()) all.emplace_back(a.phrase);
    }
    for (const char* unknown : {"Busy Hare", "Everything Is Fine", "x"}) all.emplace_back(unknown);
    std::shuffle(all.begin(), all.end(), std::mt19937{486});
    return all;
  }();
  return phrases;
}

void phrase_sipcodes_from_reason(benchmark::State& state) {
  const std::vector<std::string>& phrases = from_reason_phrases();
  for (auto _ : state) {
    for (const std::string& phrase : phrases) benchmark::DoNotOptimize(sipcodes::from_reason(phrase));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<benchmark::IterationCount>(phrases.size()));
}
BENCHMARK(phrase_sipcodes_from_reason)->Name("phrase/sipcodes/from_reason");

// The C header's sipcodes_from_reason over the same phrases, called from a
// loop compiled as C in another unit than the one that holds it.
void phrase_sipcodes_c_from_reason(benchmark::State& state) {
  std::vector<const char*> texts;
  std::vector<std::size_t> lengths;
  for (const std::string& phrase : from_reason_phrases()) {
    texts.push_back(phrase.data());
    lengths.push_back(phrase.size());
  }
  for (auto _ : state) sipcodes_bench_c_from_reason(texts.data(), lengths.data(), texts.size());
  state.SetItemsProcessed(state.iterations() * static_cast<benchmark::IterationCount>(texts.size()));
}
BENCHMARK(phrase_sipcodes_c_from_reason)->Name("phrase/sipcodes_c/from_reason");

// Status lines of every code in the table, shuffled. Each parser gets a fresh
// copy of the line in a buffer per parse, because sofia-sip parses in place.
std::vector<std::string> status_lines() {
  std::vector<std::string> lines;
  for (const auto& row : sipcodes::all()) {
    const auto line = sipcodes::make_status_line(row.code);
    lines.emplace_back(
        line.view().substr(0, line.size() - 2));  // without CRLF: sofia-sip's decoder takes the line's content
  }
  std::shuffle(lines.begin(), lines.end(), std::mt19937{486});
  return lines;
}

void line_sipcodes_parse_status_line(benchmark::State& state) {
  const std::vector<std::string> lines = status_lines();
  char buffer[128];
  for (auto _ : state) {
    for (const std::string& line : lines) {
      std::memcpy(buffer, line.data(), line.size());
      benchmark::DoNotOptimize(sipcodes::parse_status_line(std::string_view(buffer, line.size())));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<benchmark::IterationCount>(lines.size()));
}
BENCHMARK(line_sipcodes_parse_status_line)->Name("line/sipcodes/parse_status_line");

#if defined(SIPCODES_BENCH_SOFIA)
void line_sofia_parse_status_line(benchmark::State& state) {
  const std::vector<std::string> lines = status_lines();
  auto* home = static_cast<su_home_t*>(su_home_new(sizeof(su_home_t)));
  char buffer[128];
  for (auto _ : state) {
    for (const std::string& line : lines) {
      std::memcpy(buffer, line.data(), line.size());
      buffer[line.size()] = '\0';
      sip_status_t status;
      sip_status_init(&status);
      benchmark::DoNotOptimize(
          sip_status_d(home, reinterpret_cast<msg_header_t*>(&status), buffer, static_cast<isize_t>(line.size())));
      benchmark::DoNotOptimize(status.st_status);
    }
  }
  su_home_unref(home);
  state.SetItemsProcessed(state.iterations() * static_cast<benchmark::IterationCount>(lines.size()));
}
BENCHMARK(line_sofia_parse_status_line)->Name("line/sofia/parse_status_line");
#endif

// Writing status lines: 256 codes drawn from the table, the same ones in the
// same order for each way of writing them.
const std::vector<int>& line_codes() {
  static const std::vector<int> codes(table_mix().begin(), table_mix().begin() + 256);
  return codes;
}

// With the default phrase.
void line_sipcodes_write_status_line(benchmark::State& state) {
  const std::vector<int>& codes = line_codes();
  char buffer[128];
  for (auto _ : state) {
    for (int code : codes) {
      benchmark::DoNotOptimize(sipcodes::write_status_line(buffer, buffer + sizeof buffer, code));
      benchmark::ClobberMemory();
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<benchmark::IterationCount>(codes.size()));
}
BENCHMARK(line_sipcodes_write_status_line)->Name("line/sipcodes/write_status_line");

// With a phrase the caller gives (here the default phrase's text, so that
// the lines are the same as above), which the writer must check.
void line_sipcodes_write_status_line_with_reason(benchmark::State& state) {
  const std::vector<int>& codes = line_codes();
  std::vector<std::string> reasons;
  for (int code : codes) reasons.emplace_back(sipcodes::reason_phrase(code));
  char buffer[128];
  for (auto _ : state) {
    for (std::size_t i = 0; i < codes.size(); ++i) {
      benchmark::DoNotOptimize(sipcodes::write_status_line(buffer, buffer + sizeof buffer, codes[i], reasons[i]));
      benchmark::ClobberMemory();
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<benchmark::IterationCount>(codes.size()));
}
BENCHMARK(line_sipcodes_write_status_line_with_reason)->Name("line/sipcodes/write_status_line_with_reason");

// What writing a line with the default phrase is measured against: copying
// the ready line of the same code, found by its code in an array of ready
// lines (std::string), into the same buffer with memcpy (a bounds check
// included, as the writer has one). A call of memcpy of a size known only at
// run time, as a program that keeps ready lines would make; not the limit:
// the writer copies by words, inline, and can take less.
void line_memcpy_write_status_line(benchmark::State& state) {
  const std::vector<int>& codes = line_codes();
  std::vector<std::string> ready(600);
  for (int code = 100; code <= 699; ++code) {
    const auto line = sipcodes::make_status_line(static_cast<sipcodes::status>(code));
    ready[static_cast<std::size_t>(code - 100)] = std::string(line);
  }
  char buffer[128];
  for (auto _ : state) {
    for (int code : codes) {
      const std::string& line = ready[static_cast<std::size_t>(code - 100)];
      if (line.size() <= sizeof buffer) std::memcpy(buffer, line.data(), line.size());
      benchmark::DoNotOptimize(buffer + line.size());
      benchmark::ClobberMemory();
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<benchmark::IterationCount>(codes.size()));
}
BENCHMARK(line_memcpy_write_status_line)->Name("line/memcpy/write_status_line");

}  // namespace
