// Status-line parsing and writing over lines a stack really meets.
#include <sipcodes/sipcodes.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <random>
#include <string>
#include <vector>

namespace {

// Every code of the table with its default phrase, shuffled so that branch
// prediction cannot learn the order.
std::vector<std::string> table_lines() {
  std::vector<std::string> lines;
  for (const auto& row : sipcodes::all()) {
    std::array<char, 128> buffer{};
    const auto written = sipcodes::write_status_line(buffer.data(), buffer.data() + buffer.size(), row.code);
    const auto n = static_cast<std::size_t>(written.end - buffer.data());
    lines.emplace_back(buffer.data(), n);
  }
  std::shuffle(lines.begin(), lines.end(), std::mt19937{486});
  return lines;
}

void parse_status_line(benchmark::State& state) {
  const std::vector<std::string> lines = table_lines();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(sipcodes::parse_status_line(lines[i]));
    i = i + 1 == lines.size() ? 0 : i + 1;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(parse_status_line);

void write_status_line(benchmark::State& state) {
  std::vector<sipcodes::status> codes;
  for (const auto& row : sipcodes::all()) codes.push_back(row.code);
  std::shuffle(codes.begin(), codes.end(), std::mt19937{486});
  std::array<char, 128> buffer{};
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(sipcodes::write_status_line(buffer.data(), buffer.data() + buffer.size(), codes[i]));
    benchmark::ClobberMemory();
    i = i + 1 == codes.size() ? 0 : i + 1;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(write_status_line);

void parse_reason(benchmark::State& state) {
  const std::string value = "SIP ;cause=200 ;text=\"Call completed elsewhere\"";
  for (auto _ : state) benchmark::DoNotOptimize(sipcodes::parse_reason(value));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(parse_reason);

}  // namespace
