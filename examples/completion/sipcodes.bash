# bash completion for sipcodes(1): options, languages, classes and codes.
# Installed as share/bash-completion/completions/sipcodes; bash-completion
# loads it when `sipcodes` is first completed. Needs nothing but bash.

_sipcodes() {
  local current=${COMP_WORDS[COMP_CWORD]}
  local previous=""
  ((COMP_CWORD > 0)) && previous=${COMP_WORDS[COMP_CWORD - 1]}
  local options="--list --json --markdown --q850 --warning --retry-after --gateway-tables --html --lang --version --help"

  case $previous in
    --lang)
      mapfile -t COMPREPLY < <(compgen -W "en tr" -- "$current")
      return 0
      ;;
    --list)
      mapfile -t COMPREPLY < <(compgen -W "1xx 2xx 3xx 4xx 5xx 6xx" -- "$current")
      return 0
      ;;
  esac
  if [[ $current == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$options" -- "$current")
    return 0
  fi
  if [[ $current == [0-9]* ]]; then
    # The codes of the table, from the tool itself, so that they never drift.
    local codes
    codes=$("${COMP_WORDS[0]}" --list --lang en 2>/dev/null | cut -d' ' -f1)
    mapfile -t COMPREPLY < <(compgen -W "$codes" -- "$current")
    return 0
  fi
  COMPREPLY=()
}

complete -F _sipcodes sipcodes
