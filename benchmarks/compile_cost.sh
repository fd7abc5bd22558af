#!/usr/bin/env bash
# Compile cost of including sipcodes.hpp, against a translation unit that
# includes only the light standard headers DESIGN.md allows it. Runs
# `$CXX -std=c++17 -fsyntax-only` RUNS times on each, interleaved, and prints
# the medians and their ratio. Exits 1 when the ratio is above LIMIT, if given.
# Usage: benchmarks/compile_cost.sh [RUNS (default 9)] [LIMIT]
set -euo pipefail
runs=${1:-9}
limit=${2:-}
compiler=${CXX:-g++}
include_dir=$(cd "$(dirname "$0")/../include" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '#include <cstdint>\n#include <cstddef>\n#include <string_view>\n#include <array>\n#include <optional>\n#include <iosfwd>\n' \
  > "$work/baseline.cpp"
printf '#include <sipcodes/sipcodes.hpp>\n' > "$work/sipcodes.cpp"

seconds() {  # wall time of one syntax-only compile, in seconds
  local start end
  start=$(date +%s.%N)
  "$compiler" -std=c++17 -fsyntax-only -I"$include_dir" "$1"
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

: > "$work/baseline.times"
: > "$work/sipcodes.times"
seconds "$work/baseline.cpp" > /dev/null  # warm the file cache
for ((i = 0; i < runs; ++i)); do
  seconds "$work/baseline.cpp" >> "$work/baseline.times"
  seconds "$work/sipcodes.cpp" >> "$work/sipcodes.times"
done
baseline=$(median < "$work/baseline.times")
with_sipcodes=$(median < "$work/sipcodes.times")
ratio=$(echo "$with_sipcodes / $baseline" | bc -l)
printf '%s, median of %d runs of -std=c++17 -fsyntax-only\n' "$("$compiler" --version | head -n 1)" "$runs"
printf '  light standard headers only: %.3f s\n' "$baseline"
printf '  with sipcodes.hpp:           %.3f s\n' "$with_sipcodes"
printf '  ratio:                       %.2f\n' "$ratio"
if [[ -n $limit ]] && (( $(echo "$ratio > $limit" | bc -l) )); then
  echo "  above the budget of $limit"
  exit 1
fi
