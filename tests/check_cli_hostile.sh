#!/usr/bin/env bash
# The sipcodes command as a hostile user meets it: output that cannot be
# written (a full disk, a closed stdout), arguments that carry terminal
# escapes or malformed UTF-8, and arguments of any length.
# Usage: tests/check_cli_hostile.sh PATH_TO_SIPCODES
set -uo pipefail
tool=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL= LC_MESSAGES= LANG=C
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# expect_exit STATUS DESCRIPTION -- COMMAND...: runs the command, stderr to $work/err.
expect_exit() {
  local want=$1 what=$2
  shift 3
  "$@" 2> "$work/err"
  local got=$?
  [[ $got -eq $want ]] || fail "$what: exit $got, expected $want ($(head -c 200 "$work/err"))"
}

# Output that cannot be written is an error, whatever the mode.
for arguments in "486" "--json" "--json 486" "--markdown" "--list" "--help" "--version" "--gateway-tables" \
                 "--html" "--q850 17" "--warning 370" "busy"; do
  read -r -a args <<< "$arguments"
  expect_exit 2 "sipcodes $arguments >/dev/full" -- "$tool" "${args[@]}" > /dev/full
  grep -qx 'sipcodes: cannot write the output' "$work/err" || fail "sipcodes $arguments >/dev/full: no message"
  expect_exit 2 "sipcodes $arguments >&-" -- "$tool" "${args[@]}" >&-
  grep -qx 'sipcodes: cannot write the output' "$work/err" || fail "sipcodes $arguments >&-: no message"
done

# Arguments are quoted escaped: no escape sequence or malformed UTF-8 reaches
# the terminal; Turkish letters stay readable.
expect_exit 1 "an escape sequence" -- "$tool" $'\e[31mred'
! grep -q $'\e' "$work/err" || fail "an escape byte reached stderr"
grep -qF 'no code has every word of "\x1b[31mred"' "$work/err" || fail "the escape is not shown escaped: $(cat "$work/err")"
# Words that are not UTF-8 are a usage error, as an empty argument is.
expect_exit 2 "malformed UTF-8" -- "$tool" $'\xff\xfe'
iconv -f UTF-8 -t UTF-8 "$work/err" > /dev/null 2>&1 || fail "stderr is not UTF-8"
grep -qxF 'sipcodes: "\xff\xfe" is not UTF-8 text: give the words in UTF-8' "$work/err" ||
  fail "malformed UTF-8 not shown escaped: $(cat "$work/err")"
# A lone byte of a UTF-8 sequence is no word: it matches no code.
expect_exit 2 "a lone lead byte" -- "$tool" $'\xc3' > "$work/out"
[[ ! -s $work/out ]] || fail "a lone lead byte matched codes: $(head -c 200 "$work/out")"
grep -qF '"\xc3" is not UTF-8 text' "$work/err" || fail "a lone lead byte: $(cat "$work/err")"
# Nor is any other value that is not UTF-8: a phrase after a code (whose JSON
# would not be JSON), a Reason value, a Warning value, a Retry-After value.
# Each says so, and --json still writes JSON.
expect_exit 2 "a phrase that is not UTF-8, in JSON" -- "$tool" --json $'486 Me\xc5' > "$work/out"
[[ $(cat "$work/out") == $'[\n]' ]] && iconv -f UTF-8 -t UTF-8 "$work/out" > /dev/null 2>&1 ||
  fail "a phrase that is not UTF-8: the output is not an empty JSON array: $(head -c 200 "$work/out")"
grep -qxF 'sipcodes: "486 Me\xc5" is not a code and its phrase: its phrase is not UTF-8 text, as in 486 Busy Here' \
  "$work/err" || fail "a phrase that is not UTF-8: $(cat "$work/err")"
expect_exit 2 "a Reason value that is not UTF-8" -- "$tool" $'SIP;cause=486;text="\xc5"'
grep -qF '"SIP;cause=486;text="\xc5"" is not a Reason value: it is not UTF-8 text, as in SIP' "$work/err" ||
  fail "a Reason value that is not UTF-8: $(cat "$work/err")"
expect_exit 2 "a Warning value that is not UTF-8" -- "$tool" --warning $'370 h "\xc3"'
grep -qF '"370 h "\xc3"" is not a Warning value: it is not UTF-8 text, as in 370 ' "$work/err" ||
  fail "a Warning value that is not UTF-8: $(cat "$work/err")"
expect_exit 2 "a Retry-After value that is not UTF-8" -- "$tool" --retry-after $'120 (\xc3)'
grep -qxF 'sipcodes: "120 (\xc3)" is not a Retry-After value: it is not UTF-8 text, as in 120 (in a meeting) (RFC 3261 section 20.33)' \
  "$work/err" || fail "a Retry-After value that is not UTF-8: $(cat "$work/err")"
expect_exit 1 "a C1 control" -- "$tool" $'x\xc2\x9by'
grep -qF '"x\xc2\x9by"' "$work/err" || fail "C1 CSI not escaped: $(cat "$work/err")"
expect_exit 1 "Turkish letters" -- "$tool" 'MEŞGULXYZ'
grep -qF '"MEŞGULXYZ"' "$work/err" || fail "Turkish letters escaped: $(cat "$work/err")"
expect_exit 2 "a language with an escape" -- "$tool" --lang $'\e]0;x\a'
! grep -q $'\e' "$work/err" || fail "an escape byte reached stderr from --lang"

# Any argument is answered at once, with one short line: the longest one
# Linux passes (128 KiB with its terminating NUL), one word or many.
big=$(head -c 131071 /dev/zero | tr '\0' 'a')
words=$(head -c 65535 /dev/zero | tr '\0' 'a' | sed 's/a/a /g')
for name in big words; do
  start=$(date +%s%N)
  expect_exit 2 "a 128 KB argument ($name)" -- timeout 5 "$tool" "${!name}"
  elapsed_ms=$((($(date +%s%N) - start) / 1000000))
  echo "a 128 KB argument ($name): answered in ${elapsed_ms} ms"
  [[ $(wc -l < "$work/err") -eq 1 && $(wc -c < "$work/err") -lt 300 ]] ||
    fail "a 128 KB argument ($name): $(wc -c < "$work/err") bytes of messages"
done
# A long value is echoed cut, not in full: a Retry-After comment of 128 KiB.
comment="120 ($(head -c 131000 /dev/zero | tr '\0' 'a'))"
expect_exit 0 "a 128 KB Retry-After value" -- "$tool" --retry-after "$comment" > "$work/out"
[[ $(wc -c < "$work/out") -lt 1000 ]] || fail "a 128 KB Retry-After value: $(wc -c < "$work/out") bytes echoed"
grep -qF '(131006 bytes, cut)' "$work/out" || fail "a 128 KB Retry-After value: no word of the cut: $(head -c 300 "$work/out")"
expect_exit 1 "a long digit-free word" -- timeout 5 "$tool" "$(head -c 150 /dev/zero | tr '\0' 'q')"

# Codes are three digits; blanks around them are forgiven, nothing else.
expect_exit 0 "a code with blanks" -- "$tool" " 486" > /dev/null
expect_exit 2 "an empty argument" -- "$tool" ""
grep -qx 'sipcodes: an empty argument is no code, name or phrase: give one, as 486 or busy_here' "$work/err" ||
  fail "empty: $(cat "$work/err")"
expect_exit 2 "a leading zero" -- "$tool" 0486
expect_exit 2 "an extra argument" -- "$tool" --gateway-tables junk

((failures == 0)) && echo "the command held against every hostile case"
exit $((failures == 0 ? 0 : 1))
