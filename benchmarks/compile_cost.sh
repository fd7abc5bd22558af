#!/usr/bin/env bash
# The compile cost of including sipcodes, against two baselines, with a
# breakdown of the core by layer. Each translation unit is compiled with
# `$CXX -std=c++17 -fsyntax-only`, RUNS times, all of them interleaved in one
# run so that every ratio compares times taken under the same conditions; the
# medians are printed, then the ratios.
#   string    a translation unit that includes only <string>
#   light     one that includes only the light standard headers the core may use
#   core      <sipcodes/sipcodes.hpp>
#   add-ons   the core and every add-on that needs no third-party library
#             (q850.hpp, lang/tr.hpp, format.hpp)
# The breakdown compiles the core cut before each layer's banner, so that each
# row is what that layer adds to the ones before it.
# Wall times on a shared machine are noisy, so with INSTRUCTIONS=1 the script
# also counts the instructions the compiler proper (cc1plus) executes for each
# unit, under valgrind's callgrind: slow, but the same on every run.
# Exits 1 when core/string is above LIMIT, if one is given.
# Usage: [INSTRUCTIONS=1] benchmarks/compile_cost.sh [RUNS (default 9)] [LIMIT]
set -euo pipefail
runs=${1:-9}
limit=${2:-}
compiler=${CXX:-g++}
include_dir=$(cd "$(dirname "$0")/../include" && pwd)
core="$include_dir/sipcodes/sipcodes.hpp"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '#include <string>\n' > "$work/string.cpp"
printf '#include <%s>\n' cstdint cstddef string_view array optional iosfwd > "$work/light.cpp"
printf '#include <sipcodes/sipcodes.hpp>\n' > "$work/core.cpp"
printf '#include <sipcodes/%s>\n' sipcodes.hpp q850.hpp lang/tr.hpp format.hpp > "$work/addons.cpp"

# The core cut before the banner of layer N ("// N. ..."), closed so that it
# compiles: part0 holds the includes and macros, part1 adds layer 1, and so on.
layers=$(awk '/^\/\/ =+$/ { held = 1; next } held && /^\/\/ [0-9]\. / { ++n } { held = 0 } END { print n }' "$core")
for ((n = 1; n <= layers; ++n)); do
  awk -v layer="$n" '
    /^\/\/ =+$/ { banner = $0; held = 1; next }
    held && $0 ~ "^// " layer "\\. " { exit }
    held { print banner; held = 0 }
    { print }' "$core" > "$work/part$((n - 1)).hpp"
  printf '\nSIPCODES_NAMESPACE_END\n#endif\n' >> "$work/part$((n - 1)).hpp"
  printf '#include "part%d.hpp"\n' $((n - 1)) > "$work/part$((n - 1)).cpp"
done
cp "$work/core.cpp" "$work/part${layers}.cpp"

units=(string light core addons)
for ((n = 0; n <= layers; ++n)); do units+=("part$n"); done

milliseconds() {  # wall time of one syntax-only compile
  local start=$EPOCHREALTIME
  "$compiler" -std=c++17 -fsyntax-only -I"$include_dir" -I"$work" "$1"
  local end=$EPOCHREALTIME
  echo "($end - $start) * 1000" | bc -l
}
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for unit in "${units[@]}"; do
  "$compiler" -std=c++17 -fsyntax-only -I"$include_dir" -I"$work" "$work/$unit.cpp"  # must compile; warms the cache
  : > "$work/$unit.times"
done
for ((i = 0; i < runs; ++i)); do
  for unit in "${units[@]}"; do milliseconds "$work/$unit.cpp" >> "$work/$unit.times"; done
done
declare -A ms
for unit in "${units[@]}"; do ms[$unit]=$(median < "$work/$unit.times"); done

ratio() { echo "${ms[$1]} / ${ms[$2]}" | bc -l; }

# Millions of instructions cc1plus executes for a unit (INSTRUCTIONS=1).
counting=${INSTRUCTIONS:-0}
declare -A mi
instructions() {
  local command
  command=$("$compiler" -std=c++17 -fsyntax-only -I"$include_dir" -I"$work" "$1" -### 2>&1 | grep -m1 cc1plus)
  eval "valgrind --tool=callgrind --callgrind-out-file=/dev/null $command" 2>&1 |
    grep -o 'Collected : [0-9]*' | awk '{ printf "%.1f", $3 / 1e6 }'
}
if [[ $counting == 1 ]]; then
  for unit in "${units[@]}"; do mi[$unit]=$(instructions "$work/$unit.cpp"); done
fi
iratio() { echo "${mi[$1]} / ${mi[$2]}" | bc -l; }
count() { [[ $counting == 1 ]] && printf '%8.1f M' "${mi[$1]}"; }

printf '%s, median of %d interleaved runs of -std=c++17 -fsyntax-only\n' "$("$compiler" --version | head -n 1)" "$runs"
printf '  %-36s %8s%s\n' "" "wall" "$([[ $counting == 1 ]] && echo "  instructions")"
printf '  %-36s %6.1f ms%s\n' "<string> only" "${ms[string]}" "$(count string)"
printf '  %-36s %6.1f ms%s\n' "light standard headers only" "${ms[light]}" "$(count light)"
printf '  %-36s %6.1f ms%s\n' "core" "${ms[core]}" "$(count core)"
printf '  %-36s %6.1f ms%s\n' "core and add-ons (no third party)" "${ms[addons]}" "$(count addons)"
printf '  core / <string>:            %.2f wall' "$(ratio core string)"
[[ $counting == 1 ]] && printf ', %.2f instructions' "$(iratio core string)"
printf '\n  core / light:               %.2f wall' "$(ratio core light)"
[[ $counting == 1 ]] && printf ', %.2f instructions' "$(iratio core light)"
printf '\n  core and add-ons / <string>: %.2f wall' "$(ratio addons string)"
[[ $counting == 1 ]] && printf ', %.2f instructions' "$(iratio addons string)"
echo
echo "  the core by layer, what each adds to the ones before it (wall, and instructions:"
echo "  on a shared machine the differences of wall times are mostly noise):"
previous=""
for ((n = 0; n <= layers; ++n)); do
  if ((n == 0)); then
    printf '    %-34s %7.1f ms%s\n' "its includes and macros" "${ms[part0]}" "$(count part0)"
  else
    title=$(awk -v layer="$n" '/^\/\/ =+$/ { held = 1; next } held && $0 ~ "^// " layer "\\. " { print; exit } { held = 0 }' "$core" |
      sed -E 's|^// ||; s|:.*||')
    printf '    %-34s %+7.1f ms' "$title" "$(echo "${ms[part$n]} - ${ms[$previous]}" | bc -l)"
    [[ $counting == 1 ]] && printf '%+8.1f M' "$(echo "${mi[part$n]} - ${mi[$previous]}" | bc -l)"
    echo
  fi
  previous="part$n"
done
if [[ -n $limit ]] && (($(echo "$(ratio core string) > $limit" | bc -l))); then
  echo "  core/<string> is above the budget of $limit"
  exit 1
fi
