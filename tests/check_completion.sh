#!/usr/bin/env bash
# Sources the bash completion of sipcodes in a real bash and checks what it
# completes. Usage: tests/check_completion.sh DIRECTORY_OF_THE_SIPCODES_BINARY
set -euo pipefail
PATH=$1:$PATH
source "$(dirname "$0")/../examples/completion/sipcodes.bash"

completions() {
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _sipcodes
  echo "${COMPREPLY[*]}"
}

status=0
expect() {
  local want=$1
  shift
  local got
  got=$(completions "$@")
  if [[ $got != "$want" ]]; then
    echo "completing '$*': expected '$want', got '$got'"
    status=1
  fi
}

expect "--list --lang" sipcodes --l
expect "--q850" sipcodes --q
expect "--html --help" sipcodes --h
expect "en tr" sipcodes --lang ""
expect "tr" sipcodes --lang t
expect "4xx" sipcodes --list 4
expect "480 481 482 483 484 485 486 487 488 489" sipcodes 48
expect "600 603 604 606 607 608" sipcodes 6
expect "" sipcodes 7
# Every option --help lists, and no other, completes after "--".
help_options=$(sipcodes --help | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u | tr '\n' ' ')
completed_all=$(COMP_WORDS=(sipcodes --); COMP_CWORD=1; COMPREPLY=(); _sipcodes; printf '%s\n' "${COMPREPLY[@]}" | sort -u | tr '\n' ' ')
if [[ $completed_all != "$help_options" ]]; then
  echo "completing '--': expected the options of --help '$help_options', got '$completed_all'"
  status=1
fi
[[ $(complete -p sipcodes) == "complete -F _sipcodes sipcodes" ]] || { echo "not registered for sipcodes"; status=1; }
if command -v zsh > /dev/null; then
  zsh -n "$(dirname "$0")/../examples/completion/_sipcodes" || { echo "the zsh completion does not parse"; status=1; }
fi
((status == 0)) && echo "bash completion: every case completes as expected"
exit $status
