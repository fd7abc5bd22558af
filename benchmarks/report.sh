#!/usr/bin/env bash
# Runs the lookup benchmarks side by side with the installed peers and prints
# a Markdown report: time per lookup, and for each peer the ratio of its time
# to sipcodes'. With a second argument, also draws the chart as SVG (gnuplot).
# Then the sizes of sipcodes' tables in .rodata, what a position-independent
# program carries and relocates (relocations.sh), and the compile cost.
# Usage: benchmarks/report.sh BUILD_DIR [CHART.svg]
set -euo pipefail
build_dir=$1
chart=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$build_dir/benchmarks/sipcodes_bench_lookup" --benchmark_format=csv --benchmark_min_time="${MIN_TIME:-0.5}" \
  2>/dev/null | grep '^"' > "$work/results.csv"

# name,iterations,real_time,cpu_time,time_unit,bytes_per_second,items_per_second,...
# -> mix library function nanoseconds-per-item
awk -F, '{
  gsub(/"/, "", $1); split($1, part, "/");
  if ($7 == "" || $7 == 0) next;
  printf "%s %s %s %.3f\n", part[1], part[2], part[3], 1e9 / $7
}' "$work/results.csv" > "$work/per_item.txt"

echo "| Input | Function | Library | ns per call | Peer / sipcodes |"
echo "|---|---|---|---:|---:|"
awk '
  { key = $1 " " $3; time[key, $2] = $4; rows[NR] = $0 }
  END {
    for (i = 1; i <= NR; ++i) {
      split(rows[i], f, " ");
      base = time[f[1] " " f[3], "sipcodes"];
      ratio = (f[2] == "sipcodes" || base == "") ? "" : sprintf("%.1f×", f[4] / base);
      printf "| %s | `%s` | %s | %.2f | %s |\n", f[1], f[3], f[2], f[4], ratio
    }
  }' "$work/per_item.txt"

if [[ -n $chart ]]; then
  awk '$3 == "reason_phrase" { print $1 "/" $2, $4 }' "$work/per_item.txt" > "$work/chart.dat"
  gnuplot <<GNUPLOT
set terminal svg size 760,380 font "sans,12"
set output "$chart"
set title "reason\\\\_phrase: ns per call, lower is better (log scale)"
set style data histograms
set style fill solid 0.8 border -1
set boxwidth 0.7
set logscale y
set ylabel "ns per call"
set xtics rotate by -30 left
set grid ytics
unset key
plot "$work/chart.dat" using 2:xtic(1) linecolor rgb "#3b6ea8"
GNUPLOT
  echo
  echo "Chart written to $chart"
fi

# reason_phrase against its limit and against the fastest peer, per mix.
echo
echo "reason_phrase, per input mix:"
awk '$3 == "reason_phrase" { t[$1, $2] = $4; mixes[$1] = 1; if ($2 != "sipcodes" && $2 != "sipcodes_c" && $2 != "flat") peers[$2] = 1 }
  END {
    for (mix in mixes) {
      line = sprintf("  %-6s sipcodes %.2f ns, %.2fx the flat array (%.2f ns)", mix, t[mix, "sipcodes"],
                     t[mix, "sipcodes"] / t[mix, "flat"], t[mix, "flat"]);
      fastest = "";
      for (p in peers) if ((mix, p) in t && (fastest == "" || t[mix, p] < t[mix, fastest])) fastest = p;
      if (fastest != "") line = line sprintf("; the fastest peer, %s, takes %.1fx as long", fastest, t[mix, fastest] / t[mix, "sipcodes"]);
      print line
    }
  }' "$work/per_item.txt"

# The C header against the same limits: sipcodes_reason_phrase against the
# flat array, sipcodes_from_reason against the C++ from_reason.
echo
echo "The C header (<sipcodes/sipcodes.h>, loops compiled as C):"
awk '{ t[$1, $2, $3] = $4; mixes[$1] = 1 }
  END {
    for (mix in mixes) {
      if ((mix, "sipcodes_c", "reason_phrase") in t)
        printf "  %-6s sipcodes_reason_phrase %.2f ns, %.2fx the flat array (%.2f ns)\n", mix,
               t[mix, "sipcodes_c", "reason_phrase"], t[mix, "sipcodes_c", "reason_phrase"] / t[mix, "flat", "reason_phrase"],
               t[mix, "flat", "reason_phrase"];
      if ((mix, "sipcodes_c", "from_reason") in t)
        printf "  %-6s sipcodes_from_reason %.2f ns, %.2fx the C++ from_reason (%.2f ns)\n", mix,
               t[mix, "sipcodes_c", "from_reason"], t[mix, "sipcodes_c", "from_reason"] / t[mix, "sipcodes", "from_reason"],
               t[mix, "sipcodes", "from_reason"];
    }
  }' "$work/per_item.txt"

# write_status_line against its limit, a copy of the ready line (same run).
echo
awk '$1 == "line" { t[$2 "/" $3] = $4 }
  END {
    d = t["sipcodes/write_status_line"]; m = t["memcpy/write_status_line"]; r = t["sipcodes/write_status_line_with_reason"];
    if (d == "" || m == "") exit;
    printf "write_status_line: default phrase %.2f ns, %.2fx a memcpy of the ready line (%.2f ns);", d, d / m, m;
    printf " the caller'"'"'s phrase %.2f ns, %.2fx\n", r, r / m
  }' "$work/per_item.txt"

# The read-only data a program carries for sipcodes: its tables (row arrays
# and indexes, in .data.rel.ro because they hold pointers) and their text
# (.rodata). Three programs: the core alone, the core and the Turkish pack,
# and the core with every add-on but {fmt}.
sizes() {  # sizes TITLE SOURCE
  "${CXX:-g++}" -std=c++17 -O2 -c -I"$here/../include" -I"$here/.." -o "$work/sized.o" "$2"
  local tables text
  tables=$(size -A "$work/sized.o" | awk '$1 ~ /^\.data\.rel\.ro/ || $1 ~ /^\.rodata\._ZN8sipcodes/ { s += $2 } END { print s + 0 }')
  text=$(size -A "$work/sized.o" | awk '$1 ~ /^\.rodata/ && $1 !~ /_ZN8sipcodes/ { s += $2 } END { print s + 0 }')
  printf '  %-34s %6d bytes: %6d of tables, %6d of text\n' "$1" $((tables + text)) "$tables" "$text"
}
echo
echo "Read-only data (g++ -O2, one object):"
sizes "the core" "$here/../tests/codegen/core_only.cpp"
printf '#include "tests/codegen/core_only.cpp"\n#include <sipcodes/lang/tr.hpp>\n%s\n' \
  'std::size_t use_turkish(int code) { return sipcodes::description(code, sipcodes::lang::tr).size() + sipcodes::reason_phrase(code, sipcodes::lang::tr).size(); }' \
  > "$work/with_turkish.cpp"
sizes "the core and the Turkish pack" "$work/with_turkish.cpp"
sizes "the core, q850.hpp and lang/tr.hpp" "$here/../tests/codegen/every_function.cpp"
echo "  the tables of the last one, by symbol:"
"${CXX:-g++}" -std=c++17 -O2 -c -I"$here/../include" -o "$work/every_function.o" "$here/../tests/codegen/every_function.cpp"
nm -S -C --size-sort "$work/every_function.o" | while read -r _ size type name; do
  [[ $type == [rRdDVu] && $name == sipcodes::* ]] && printf '  %6d bytes  %s\n' "$((16#$size))" "$name"
done
echo
echo "Position-independent programs:"
"$here/relocations.sh"
echo
"$here/compile_cost.sh" "${COMPILE_RUNS:-9}"
