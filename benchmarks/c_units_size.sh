#!/usr/bin/env bash
# What <sipcodes/sipcodes.h> costs a C program of ten translation units, each
# of which calls it, in its two ways of holding the data:
#   implementation: one unit defines SIPCODES_IMPLEMENTATION and holds the data
#                   and functions; the other units share them;
#   static:         every unit defines SIPCODES_STATIC and holds a private
#                   copy of what it uses.
# Two programs each way: every unit calls sipcodes_reason_phrase only; every
# unit calls sipcodes_reason_phrase, sipcodes_description and
# sipcodes_from_reason. A first row gives the same program without sipcodes
# (each unit returns ""). Built with gcc -O2 as position-independent
# executables (Debian's default), and once more with -ffunction-sections
# -fdata-sections -Wl,--gc-sections; the first program also unoptimised
# (-O0), where GCC keeps every static const array of a unit whether it is
# used or not. Prints a Markdown table of the sections (size -A), the file
# size, and the dynamic relocations (readelf -r).
# Usage: benchmarks/c_units_size.sh [CC]   (default gcc)
set -euo pipefail
cc=${1:-gcc}
include_dir=$(cd "$(dirname "$0")/../include" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# write_program DIR MODE CALLS: ten units unit0.c..unit9.c and main.c; MODE is
# implementation, static or none (no sipcodes).
write_program() {
  local dir=$1 mode=$2 calls=$3
  mkdir -p "$dir"
  for i in 0 1 2 3 4 5 6 7 8 9; do
    {
      case $mode in
        static) printf '#define SIPCODES_STATIC\n#include <sipcodes/sipcodes.h>\n' ;;
        implementation)
          if [[ $i == 0 ]]; then echo '#define SIPCODES_IMPLEMENTATION'; fi
          echo '#include <sipcodes/sipcodes.h>' ;;
        none) echo '#include <stddef.h>' ;;
      esac
      echo "const char *unit$i(int code, const char *text, size_t length);"
      echo "const char *unit$i(int code, const char *text, size_t length) {"
      if [[ $mode == none ]]; then
        echo '  (void)code; (void)text; (void)length;'
        echo '  return "";'
      elif [[ $calls == reason_phrase ]]; then
        echo '  (void)text; (void)length;'
        echo "  return sipcodes_reason_phrase(code + $i);"
      else
        echo "  const int found = sipcodes_from_reason(text, length);"
        echo "  return found != 0 ? sipcodes_description(found) : sipcodes_reason_phrase(code + $i);"
      fi
      echo '}'
    } > "$dir/unit$i.c"
  done
  {
    echo '#include <stdio.h>'
    echo '#include <string.h>'
    for i in 0 1 2 3 4 5 6 7 8 9; do echo "const char *unit$i(int code, const char *text, size_t length);"; done
    echo 'int main(int argc, char **argv) {'
    echo '  const char *text = argc > 1 ? argv[1] : "";'
    for i in 0 1 2 3 4 5 6 7 8 9; do echo "  puts(unit$i(argc + 480, text, strlen(text)));"; done
    echo '  return 0;'
    echo '}'
  } > "$dir/main.c"
}

section() {  # section PROGRAM NAME: the size of one section, 0 when absent
  size -A "$1" | awk -v name="$2" '$1 == name { print $2; found = 1 } END { if (!found) print 0 }'
}

echo "| Program (10 units) | Way | Flags | .text | .rodata | .data.rel.ro | File | Dynamic relocations |"
echo "|---|---|---|---:|---:|---:|---:|---:|"
measure() {  # measure CALLS MODE FLAGS
  local calls=$1 mode=$2 flags=$3
  local dir="$work/$calls-$mode" label relocations
  write_program "$dir" "$mode" "$calls"
  local program="$dir/program"
  # shellcheck disable=SC2086  # the flags are words
  "$cc" -std=c99 $flags -I "$include_dir" "$dir"/unit*.c "$dir/main.c" -o "$program"
  "$program" 'busy here' > /dev/null
  relocations=$(readelf -r "$program" | grep -c -E '^[0-9a-f]{12}' || true)
  case $flags in
    -O2) label=-O2 ;;
    -O0) label=-O0 ;;
    *) label="-O2, gc-sections" ;;
  esac
  echo "| \`${calls//_/ }\` | $mode | $label | $(section "$program" .text) | $(section "$program" .rodata) |" \
       "$(section "$program" .data.rel.ro) | $(stat -c %s "$program") | $relocations |"
}

measure nothing none "-O2"
for mode in implementation static; do
  measure reason_phrase "$mode" "-O0"
done
for calls in reason_phrase reason_description_from_reason; do
  for mode in implementation static; do
    for flags in "-O2" "-O2 -ffunction-sections -fdata-sections -Wl,--gc-sections"; do
      measure "$calls" "$mode" "$flags"
    done
  done
done
