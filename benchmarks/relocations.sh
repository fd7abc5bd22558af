#!/usr/bin/env bash
# What sipcodes adds to a position-independent executable: the bytes of
# .rodata and .data.rel.ro, and the dynamic relocations (`readelf -r`) the
# loader applies at start-up. Three programs, each built with
# `$CXX -std=c++17 -O2 -fPIE -pie` and reading its code from the command line
# so that nothing folds at compile time:
#   none           prints the code: the C and C++ runtimes alone
#   reason_phrase  prints reason_phrase(code)
#   find           prints find(code)->description
# The last columns are what each adds to `none`.
# Usage: [CXX=clang++] benchmarks/relocations.sh
set -euo pipefail
compiler=${CXX:-g++}
include_dir=$(cd "$(dirname "$0")/../include" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/none.cpp" <<'SOURCE'
#include <cstdio>
#include <cstdlib>
int main(int argc, char** argv) { std::printf("%d\n", argc > 1 ? std::atoi(argv[1]) : 486); }
SOURCE
cat > "$work/reason_phrase.cpp" <<'SOURCE'
#include <sipcodes/sipcodes.hpp>
#include <cstdio>
#include <cstdlib>
int main(int argc, char** argv) {
  const std::string_view phrase = sipcodes::reason_phrase(argc > 1 ? std::atoi(argv[1]) : 486);
  std::printf("%.*s\n", static_cast<int>(phrase.size()), phrase.data());
}
SOURCE
cat > "$work/find.cpp" <<'SOURCE'
#include <sipcodes/sipcodes.hpp>
#include <cstdio>
#include <cstdlib>
int main(int argc, char** argv) {
  const sipcodes::status_info* row = sipcodes::find(argc > 1 ? std::atoi(argv[1]) : 486);
  if (row == nullptr) return 1;
  std::printf("%.*s\n", static_cast<int>(row->description.size()), row->description.data());
}
SOURCE

section_size() {  # section_size PROGRAM SECTION
  size -A "$1" | awk -v name="$2" '$1 == name { s += $2 } END { print s + 0 }'
}
relocations() { readelf -r "$1" | grep -c '^[0-9a-f]\{12\}' || true; }

printf '%s, -O2 -fPIE -pie\n' "$("$compiler" --version | head -n 1)"
printf '  %-14s %8s %13s %12s   %s\n' program .rodata .data.rel.ro relocations "added to none (.rodata, .data.rel.ro, relocations)"
declare -A rodata relro relocs
for program in none reason_phrase find; do
  "$compiler" -std=c++17 -O2 -fPIE -pie -I"$include_dir" -o "$work/$program" "$work/$program.cpp"
  [[ $("$work/$program" 486) != "" ]]  # it runs
  rodata[$program]=$(section_size "$work/$program" .rodata)
  relro[$program]=$(section_size "$work/$program" .data.rel.ro)
  relocs[$program]=$(relocations "$work/$program")
  printf '  %-14s %8d %13d %12d' "$program" "${rodata[$program]}" "${relro[$program]}" "${relocs[$program]}"
  if [[ $program != none ]]; then
    printf '   %+d, %+d, %+d' $((rodata[$program] - rodata[none])) $((relro[$program] - relro[none])) \
      $((relocs[$program] - relocs[none]))
  fi
  echo
done
