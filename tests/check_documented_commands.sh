#!/usr/bin/env bash
# Runs the shell commands of README.md and docs/*.md as a reader would: on a
# fresh clone of the source tree's HEAD, in the order the documents give them,
# installing into a temporary prefix.
#
# usage: tests/check_documented_commands.sh SOURCE_DIR WORK_DIR
#
# What is run: every fenced block marked sh, bash or shell, one command per
# line (a line ending in \ goes on), each of which must exit 0; and the lines
# of a console block that start with "$ ". Each block runs in its own bash,
# from the clone's top directory, with PATH starting with the prefix's bin/
# and the prefix /opt/sipcodes the documents install to replaced by the
# temporary one. An HTML comment on the line before a block says more:
#   <!-- commands: not run: REASON -->   the block is skipped, with its reason
#   <!-- commands: need TOOL... -->      tools the commands need but do not name
#   <!-- commands: may exit 1 -->        exit status 1 is an answer, not a failure
# ("need" and "may exit 1" may be given together, separated by "; "). A block whose commands need a
# program this machine lacks is skipped, and the report names the program.
# Prints a line per block and a summary; exits 1 if a command failed.
set -uo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 SOURCE_DIR WORK_DIR" >&2
  exit 2
fi
source_dir=$(cd "$1" && pwd) || exit 2
work=$2
clone=$work/clone
prefix=$work/prefix
rm -rf "$work"
mkdir -p "$work" "$prefix"
work=$(cd "$work" && pwd)
clone=$work/clone
prefix=$work/prefix

if ! git -C "$source_dir" rev-parse --verify -q HEAD > /dev/null; then
  echo "skipped: $source_dir is not a git work tree with a commit, so there is nothing to clone"
  exit 0
fi
git clone --quiet --no-hardlinks "$source_dir" "$clone" || exit 1
echo "a fresh clone of $(git -C "$clone" rev-parse --short HEAD) in $clone; prefix $prefix"

passed=0
failed=0
skipped=()
started=$SECONDS

# The programs a command line starts: the first word of each command of its
# lists and pipelines, quoted text and variable assignments left out. A path
# (build/examples/sipcodes) is something the documents build, not a tool.
programs_of() {
  local line=$1 segment word
  line=$(sed -E "s/'[^']*'//g; s/\"[^\"]*\"//g; s/#.*$//" <<< "$line")
  sed -E 's/(&&|\|\||[|;()])/\n/g' <<< "$line" | while read -r -a segment; do
    for word in "${segment[@]}"; do
      [[ $word =~ ^[A-Za-z_][A-Za-z0-9_]*= ]] || break
    done
    [[ ${#segment[@]} -eq 0 || $word =~ ^[A-Za-z_][A-Za-z0-9_]*= || $word == */* ]] && continue
    case $word in
      cd | export | set | test | "[" | echo | true | false | exit | source | . | time | then | do | else) ;;
      *) echo "$word" ;;
    esac
  done
}

# run_block DOCUMENT LINE KIND DIRECTIVES COMMAND_FILE: runs one block's
# commands, each checked, and reports.
run_block() {
  local document=$1 line=$2 kind=$3 directives=$4 commands=$5
  local where="$document:$line ($kind)"
  local directive reason="" needed="" may_exit_1=0 list
  if [[ $directives =~ ^[[:space:]]*not\ run:[[:space:]]*(.*[^[:space:]])[[:space:]]*$ ]]; then
    directives="not run: ${BASH_REMATCH[1]}"  # the reason is the rest of the comment, ';' and all
    list=("$directives")
  else
    IFS=';' read -r -a list <<< "$directives"
  fi
  for directive in "${list[@]}"; do
    directive=$(sed -E 's/^ +| +$//g' <<< "$directive")
    case $directive in
      "") ;;
      "not run:"*) reason=${directive#not run: } ;;
      "need "*) needed+=" ${directive#need }" ;;
      "may exit 1") may_exit_1=1 ;;
      *) echo "FAIL $where: unknown directive \"$directive\""; failed=$((failed + 1)); return ;;
    esac
  done
  if [[ -n $reason ]]; then
    echo "SKIP $where: not run: $reason"
    skipped+=("$where: $reason")
    return
  fi
  local tools tool missing=""
  tools=$(while IFS= read -r command; do programs_of "$command"; done < "$commands"; echo "$needed" | tr ' ' '\n')
  for tool in $(sort -u <<< "$tools"); do
    PATH="$prefix/bin:$PATH" command -v "$tool" > /dev/null || missing+=" $tool"
  done
  if [[ -n $missing ]]; then
    echo "SKIP $where: needs${missing}, which this machine lacks"
    skipped+=("$where: needs${missing}")
    return
  fi

  local script=$work/block-$((passed + failed + 1)).sh log=$work/block-$((passed + failed + 1)).log
  {
    echo 'check() { if [[ $1 -ne 0 && ! ( $1 -eq 1 && '"$may_exit_1"' -eq 1 ) ]]; then'
    echo '  echo "exit $1: $2" >&2; exit 1; fi; }'
    local number=0 command
    while IFS= read -r command; do
      number=$((number + 1))
      printf '%s\n' "$command"
      printf 'check $? %q\n' "$command"
    done < "$commands"
  } > "$script"
  local start=$SECONDS
  if (cd "$clone" && PATH="$prefix/bin:$PATH" LC_ALL= LANG=C.UTF-8 timeout 1800 bash "$script") > "$log" 2>&1; then
    echo "PASS $where: $(wc -l < "$commands") command(s), $((SECONDS - start)) s"
    passed=$((passed + 1))
  else
    echo "FAIL $where, after $((SECONDS - start)) s; the last lines of its output:"
    tail -n 30 "$log" | sed 's/^/    /'
    failed=$((failed + 1))
  fi
}

# Reads DOCUMENT and runs its blocks.
run_document() {
  local document=$1 path=$clone/$1
  local number=0 in_block=0 kind="" indent="" directives="" previous="" start_line=0 text
  local commands=$work/commands.txt pending=""
  while IFS= read -r text || [[ -n $text ]]; do
    number=$((number + 1))
    if ((in_block == 0)); then
      if [[ $text =~ ^([[:space:]]*)\`\`\`([A-Za-z]*)[[:space:]]*$ ]]; then
        indent=${BASH_REMATCH[1]}
        kind=${BASH_REMATCH[2]}
        in_block=1
        start_line=$number
        : > "$commands"
        pending=""
        directives=""
        if [[ $previous =~ \<\!--[[:space:]]*commands:(.*)--\> ]]; then directives=${BASH_REMATCH[1]}; fi
      fi
      [[ -n ${text//[[:space:]]/} ]] && previous=$text
      continue
    fi
    if [[ $text =~ ^[[:space:]]*\`\`\`[[:space:]]*$ ]]; then
      in_block=0
      previous=$text
      case $kind in
        sh | bash | shell | console)
          if [[ -s $commands ]]; then run_block "$document" "$start_line" "$kind" "$directives" "$commands"; fi ;;
      esac
      continue
    fi
    text=${text#"$indent"}
    case $kind in
      console)
        [[ $text == '$ '* ]] || continue
        text=${text#'$ '} ;;
      sh | bash | shell) ;;
      *) continue ;;
    esac
    text=${text//\/opt\/sipcodes/$prefix}
    if [[ $text == *\\ ]]; then  # the command goes on on the next line
      pending+="${text%\\} "
      continue
    fi
    text=$pending$text
    pending=""
    [[ -z ${text//[[:space:]]/} || $text =~ ^[[:space:]]*# ]] && continue
    printf '%s\n' "$text" >> "$commands"
  done < "$path"
}

run_document README.md
for document in $(cd "$clone" && ls docs/*.md | sort); do
  run_document "$document"
done

echo "documented commands: ${passed} block(s) passed, ${failed} failed, ${#skipped[@]} skipped, in $((SECONDS - started)) s"
for skip in "${skipped[@]}"; do echo "  skipped $skip"; done
((failed == 0))
