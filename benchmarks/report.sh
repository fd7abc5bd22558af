#!/usr/bin/env bash
# Runs the lookup benchmarks side by side with the installed peers and prints
# a Markdown report: time per lookup, and for each peer the ratio of its time
# to sipcodes'. With a second argument, also draws the chart as SVG (gnuplot).
# Then the sizes of sipcodes' tables in .rodata, and the compile cost.
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

echo
echo "sipcodes' tables in .rodata (nm -S of tests/codegen/every_function.cpp at -O2):"
"${CXX:-g++}" -std=c++17 -O2 -c -I"$here/../include" -o "$work/every_function.o" "$here/../tests/codegen/every_function.cpp"
total=0
while read -r _ size type name; do
  [[ $type == [rRdDVu] ]] || continue  # data only, not functions
  printf '  %6d bytes  %s\n' "$((16#$size))" "$name"
  total=$((total + 16#$size))
done < <(nm -S -C --size-sort "$work/every_function.o" | grep 'sipcodes::detail::')
printf '  %6d bytes  in all tables\n' "$total"
size -A "$work/every_function.o" | awk '$1 ~ /^\.rodata/ { sum += $2 } END { printf "  %6d bytes  of .rodata in the object, the text of the phrases and descriptions included\n", sum }'
echo
"$here/compile_cost.sh" "${COMPILE_RUNS:-9}"
