#!/usr/bin/env bash
# Fuzzes every target in BUILD_DIR/tests/fuzz for SECONDS each, two at a time,
# starting from a copy of the seed corpus (the repository is never written).
# Prints the executions of each run; exits non-zero on the first crash.
# Usage: tests/fuzz/run_fuzzers.sh BUILD_DIR [SECONDS]
set -euo pipefail
build_dir=$1
seconds=${2:-60}
source_dir=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run_one() {
  local target=$1
  mkdir -p "$work/$target"
  cp "$source_dir/corpus/$target/"* "$work/$target/"
  if [[ $target == responder ]]; then cp "$source_dir/../torture/"*.dat "$work/$target/"; fi  # RFC 4475's messages
  if ! (cd "$work" && "$build_dir/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=4096 \
        -print_final_stats=1 "$work/$target" >"$work/$target.log" 2>&1); then
    echo "fuzz_$target FAILED:"; tail -n 40 "$work/$target.log"; return 1
  fi
  local runs
  runs=$(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$work/$target.log" | grep -o '[0-9]*$')
  printf 'fuzz_%-20s %12s executions in %ss\n' "$target" "$runs" "$seconds"
}

status=0
targets=(parse_status_line reason_phrase write_status_line escape_reason_phrase reason_header responder retry_after warning
         c_status_line)
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  run_one "${targets[i]}" & first=$!
  second=""
  if ((i + 1 < ${#targets[@]})); then run_one "${targets[i + 1]}" & second=$!; fi
  wait "$first" || status=1
  if [[ -n $second ]]; then wait "$second" || status=1; fi
done
exit $status
