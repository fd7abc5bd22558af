#!/usr/bin/env bash
# Proves that tests/check_documented_commands.sh fails where it must: each
# document under tests/commands/ is the README.md of a small git repository,
# and the script's exit status and report are compared with what the case
# expects (a misspelt program fails, a declared tool that is missing skips,
# "exits 1" holds for its own line only, CI's list of allowed skips is
# enforced, the working tree is what is tested).
#
# usage: tests/check_documented_commands_self_test.sh WORK_DIR
set -uo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 WORK_DIR" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
script=$here/check_documented_commands.sh
fixtures=$here/commands
work=$1
rm -rf "$work"
mkdir -p "$work" || exit 2
work=$(cd "$work" && pwd)

checks=0
failures=0

# repository NAME DOCUMENT: a git repository whose README.md is DOCUMENT, committed.
repository() {
  local repo=$work/$1
  mkdir -p "$repo" && cp "$fixtures/$2" "$repo/README.md" &&
    git -C "$repo" init --quiet && git -C "$repo" add README.md &&
    git -C "$repo" -c user.name=test -c user.email=test@example.org commit --quiet -m "$2" || exit 2
  echo "$repo"
}

# expect NAME SOURCE EXIT PATTERN [MAY_SKIP]: runs the script on SOURCE (with
# SIPCODES_DOCUMENTED_COMMANDS_MAY_SKIP set to MAY_SKIP when given) and checks
# its exit status, and that a line of its report matches the extended regular
# expression PATTERN.
expect() {
  local name=$1 source=$2 status=$3 pattern=$4 output result
  checks=$((checks + 1))
  if [[ $# -ge 5 ]]; then
    output=$(SIPCODES_DOCUMENTED_COMMANDS_MAY_SKIP=$5 bash "$script" "$source" "$work/run-$name" 2>&1)
  else
    output=$(env -u SIPCODES_DOCUMENTED_COMMANDS_MAY_SKIP bash "$script" "$source" "$work/run-$name" 2>&1)
  fi
  result=$?
  if [[ $result -ne $status ]] || ! grep -Eq -- "$pattern" <<< "$output"; then
    echo "FAIL $name: exit $result (expected $status), report lines matching /$pattern/: $(grep -Ec -- "$pattern" <<< "$output")"
    sed 's/^/    /' <<< "$output"
    failures=$((failures + 1))
  else
    echo "ok   $name: exit $result, $(grep -E -m1 -- "$pattern" <<< "$output")"
  fi
}

expect passes "$(repository passes passes.md)" 0 '^PASS README\.md:3 \(sh\)'
expect misspelt_program "$(repository misspelt_program misspelt_program.md)" 1 \
  '^FAIL README\.md:3 \(console\): starts sipcode, which is neither'
expect misspelt_tool "$(repository misspelt_tool misspelt_tool.md)" 1 '^FAIL README\.md:4 \(sh\): starts clang\+\+19,'
missing=$(repository missing_tool missing_tool.md)
expect missing_tool "$missing" 77 '^SKIP README\.md:4 \(sh\): needs sipcodes-test-no-such-tool, which this machine lacks'
expect missing_tool_in_ci "$missing" 1 \
  '^FAIL: not run, and SIPCODES_DOCUMENTED_COMMANDS_MAY_SKIP does not allow it: README\.md: sipcodes-test-no-such-tool' ''
expect missing_tool_allowed_in_ci "$missing" 0 '1 skipped for a missing tool' 'README.md: sipcodes-test-no-such-tool'
expect exits_1_other_line "$(repository exits_1_other_line exits_1_other_line.md)" 1 \
  '^ +exit 1, not 0: test -e no-such-file-2$'
expect exits_1_named "$(repository exits_1_named exits_1_named.md)" 0 '^PASS README\.md:4 \(console\): 3 command'
expect exits_1_but_0 "$(repository exits_1_but_0 exits_1_but_0.md)" 1 '^ +exit 0, not 1: true$'
expect exits_1_names_nothing "$(repository exits_1_names_nothing exits_1_names_nothing.md)" 1 \
  '^FAIL README\.md:4 \(console\): "exits 1: test -e no-such-file" names no command of the block'
expect whole_block_may_exit_1 "$(repository whole_block_may_exit_1 whole_block_may_exit_1.md)" 1 \
  '^FAIL README\.md:4 \(console\): unknown directive "may exit 1"'
expect fails "$(repository fails fails.md)" 1 '^ +exit 2, not 0: \(exit 2\)$'
not_run=$(repository not_run not_run.md)
expect not_run "$not_run" 0 '^NOT RUN README\.md:4 \(sh\): it would run until stopped; another test runs it$'
expect not_run_in_ci "$not_run" 1 \
  '^FAIL: not run, and SIPCODES_DOCUMENTED_COMMANDS_MAY_SKIP does not allow it: README\.md: sleep infinity$' ''
expect not_run_allowed_in_ci "$not_run" 0 '1 not run by their mark' 'README.md: sleep'
expect not_run_allowed_and_more_in_ci "$not_run" 1 \
  'MAY_SKIP allows "README\.md: make", which names no block left unrun' $'README.md: sleep\n  README.md: make  '
plain=$work/not_git  # inside this checkout when the build tree is, as a copy of the sources in a project's tree
mkdir -p "$plain" && cp "$fixtures/passes.md" "$plain/README.md"
expect not_git "$plain" 77 '^SKIP: .* is not the top of a git work tree'
expect not_git_in_ci "$plain" 1 '^FAIL: nothing was run' ''
edited=$(repository edited passes.md)
cp "$fixtures/misspelt_program.md" "$edited/README.md"
expect uncommitted_edit "$edited" 1 '^FAIL README\.md:3 \(console\): starts sipcode,'

echo "documented-commands self-test: $((checks - failures)) of ${checks} cases as expected"
((failures == 0))
