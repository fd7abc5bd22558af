#!/usr/bin/env bash
# Runs the shell commands of README.md and docs/*.md as a reader would: on a
# fresh clone of the source tree, in the order the documents give them,
# installing into a temporary prefix.
#
# usage: tests/check_documented_commands.sh SOURCE_DIR WORK_DIR
#
# The clone is of HEAD, with the working tree's version of every file git
# tracks laid over it: an edit to README.md is tested before it is committed,
# while build trees and files git does not know are left out, as a fresh
# clone has none.
#
# What is run: every fenced block marked sh, bash or shell, one command per
# line (a line ending in \ goes on); and the lines of a console block that
# start with "$ ". Each command must exit 0. Each block runs in its own bash,
# from the clone's top directory, with PATH starting with the prefix's bin/
# and the prefix /opt/sipcodes the documents install to replaced by the
# temporary one. An HTML comment on the line before a block says more, in
# directives separated by "; ":
#   <!-- commands: not run: REASON -->     the block is not run, for REASON
#                                          (the rest of the comment)
#   <!-- commands: need TOOL... -->        the programs the block needs that
#                                          a reader may lack
#   <!-- commands: exits 1: COMMAND -->    that line of the block must exit 1
#                                          (a "not found" answer), not 0
# The programs a command starts must be known: bash's builtins, the few
# every document assumes (cmake and the compiler of the prerequisites, the
# basic utilities), the commands the documents install (sipcodes,
# sipcodes-responder), paths the documents build, and the tools the block
# declares with "need". Any other program is a mistake in the document (a
# misspelt name) and fails the block. A block is skipped only when a tool it
# declares is missing.
#
# Prints a line per block and a summary. Exits 1 if a block failed, 77 if
# none failed but something was skipped for a missing tool or the source is
# no git work tree (ctest shows the test as skipped), 0 otherwise; blocks
# marked "not run" are listed and do not count as skipped.
#
# When SIPCODES_DOCUMENTED_COMMANDS_MAY_SKIP is set (CI sets it), it lists,
# one per line, the blocks that may go unrun, each as "DOCUMENT: " and the
# start of the block's first command; any other block not run, whether
# marked "not run" or skipped for a missing tool, fails the run (exit 1), as
# does an entry that names no such block.
set -uo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 SOURCE_DIR WORK_DIR" >&2
  exit 2
fi
source_dir=$(cd "$1" && pwd) || exit 2
work=$2
rm -rf "$work"
mkdir -p "$work/prefix" || exit 2
work=$(cd "$work" && pwd)
clone=$work/clone
prefix=$work/prefix

strict=0
may_skip=()
if [[ -n ${SIPCODES_DOCUMENTED_COMMANDS_MAY_SKIP+set} ]]; then
  strict=1
  while IFS= read -r entry; do
    entry=$(sed -E 's/^[[:space:]]+|[[:space:]]+$//g' <<< "$entry")
    [[ -n $entry ]] && may_skip+=("$entry")
  done <<< "$SIPCODES_DOCUMENTED_COMMANDS_MAY_SKIP"
fi

# The source must be the top of a git work tree: a copy of the sources
# inside another project's checkout is no clone of sipcodes.
if [[ $(git -C "$source_dir" rev-parse --show-toplevel 2> /dev/null) != "$(cd "$source_dir" && pwd -P)" ]] ||
   ! git -C "$source_dir" rev-parse --verify -q HEAD > /dev/null; then
  echo "SKIP: $source_dir is not the top of a git work tree with a commit, so there is nothing to clone"
  if ((strict)); then
    echo "FAIL: nothing was run, and SIPCODES_DOCUMENTED_COMMANDS_MAY_SKIP allows no such skip"
    exit 1
  fi
  exit 77
fi
git clone --quiet --no-hardlinks "$source_dir" "$clone" || exit 1
# The working tree's files over HEAD's: what the index holds, as it is on disk.
changed=0
while IFS= read -r -d '' file; do
  if [[ -f $source_dir/$file || -L $source_dir/$file ]]; then
    if ! cmp -s "$source_dir/$file" "$clone/$file"; then
      mkdir -p "$(dirname "$clone/$file")" && cp -P "$source_dir/$file" "$clone/$file" || exit 1
      changed=$((changed + 1))
    fi
  elif [[ -e $clone/$file ]]; then
    rm -f "$clone/$file" && changed=$((changed + 1))
  fi
done < <(git -C "$source_dir" ls-files -z --cached)
echo "a fresh clone of $(git -C "$clone" rev-parse --short HEAD) with ${changed} file(s) of the working tree" \
     "in $clone; prefix $prefix"

passed=0
failed=0
skipped=()      # for a missing tool
not_run=()      # marked "not run"
unrun_keys=()   # "DOCUMENT: first command" of both, for SIPCODES_DOCUMENTED_COMMANDS_MAY_SKIP
started=$SECONDS

# The programs every document may start without saying so: CMake (with ctest
# and cpack) and the compiler README's prerequisites install, and the basic
# utilities of every system. bash's builtins and keywords are known too.
assumed=(cmake ctest cpack g++ c++ cc make env nproc ls cat cp mv rm mkdir rmdir touch head tail grep sed sort tr wc
         diff cmp tar gzip xargs find dirname basename)
# The programs the documents install.
ours=(sipcodes sipcodes-responder)

# The programs a command line starts: the first word of each command of its
# lists and pipelines, quoted text, comments and variable assignments left
# out. A path (build/examples/sipcodes, ./module) is something the
# documents build, not a tool.
programs_of() {
  local line=$1 segment word
  line=$(sed -E "s/'[^']*'//g; s/\"[^\"]*\"//g; s/(^|[[:space:]])#.*$//" <<< "$line")
  sed -E 's/(&&|\|\||[|;()])/\n/g' <<< "$line" | while read -r -a segment; do
    for word in "${segment[@]}"; do
      [[ $word =~ ^[A-Za-z_][A-Za-z0-9_]*= ]] || break
    done
    [[ ${#segment[@]} -eq 0 || $word =~ ^[A-Za-z_][A-Za-z0-9_]*= || $word == */* ]] && continue
    echo "$word"
  done
}

# Whether WORD is one of the words that follow.
is_one_of() {
  local word=$1 item
  shift
  for item in "$@"; do [[ $word == "$item" ]] && return 0; done
  return 1
}

# Whether a command line is the one a directive names: the same text, or the
# text followed by blanks and a comment.
names_line() {
  local named=$1 line=$2
  [[ $line == "$named" ]] && return 0
  [[ ${line:0:${#named}} == "$named" && ${line:${#named}} =~ ^[[:space:]]+(#.*)?$ ]]
}

# run_block DOCUMENT LINE KIND DIRECTIVES COMMAND_FILE: runs one block's
# commands, each checked, and reports.
run_block() {
  local document=$1 line=$2 kind=$3 directives=$4 commands=$5
  local where="$document:$line ($kind)" first
  first=$(head -n 1 "$commands")
  local directive reason="" needed=() exits_1=() list
  if [[ $directives =~ ^[[:space:]]*not\ run:[[:space:]]*(.*[^[:space:]])[[:space:]]*$ ]]; then
    list=("not run: ${BASH_REMATCH[1]}")  # the reason is the rest of the comment, ';' and all
  else
    IFS=';' read -r -a list <<< "$directives"
  fi
  for directive in "${list[@]}"; do
    directive=$(sed -E 's/^[[:space:]]+|[[:space:]]+$//g' <<< "$directive")
    case $directive in
      "") ;;
      "not run: "*) reason=${directive#not run: } ;;
      "need "*) read -r -a list <<< "${directive#need }"; needed+=("${list[@]}") ;;
      "exits 1: "*) exits_1+=("${directive#exits 1: }") ;;
      *) echo "FAIL $where: unknown directive \"$directive\" (not run: REASON, need TOOL..., exits 1: COMMAND)"
         failed=$((failed + 1)); return ;;
    esac
  done
  if [[ -n $reason ]]; then
    echo "NOT RUN $where: $reason"
    not_run+=("$where: $reason")
    unrun_keys+=("$document: $first")
    return
  fi

  # Every command a directive names is a line of the block.
  local named command found
  for named in "${exits_1[@]}"; do
    found=0
    while IFS= read -r command; do names_line "$named" "$command" && found=1; done < "$commands"
    if ((found == 0)); then
      echo "FAIL $where: \"exits 1: $named\" names no command of the block"
      failed=$((failed + 1))
      return
    fi
  done

  # Every program is known, and every tool is there.
  local tool unknown="" missing="" absent=""
  for tool in $(while IFS= read -r command; do programs_of "$command"; done < "$commands" | sort -u); do
    if [[ $(type -t "$tool") == builtin || $(type -t "$tool") == keyword ]] || is_one_of "$tool" "${ours[@]}"; then
      continue
    elif is_one_of "$tool" "${needed[@]}"; then
      :
    elif is_one_of "$tool" "${assumed[@]}"; then
      PATH="$prefix/bin:$PATH" command -v "$tool" > /dev/null || absent+=" $tool"
    else
      unknown+=" $tool"
    fi
  done
  for tool in "${needed[@]}"; do
    PATH="$prefix/bin:$PATH" command -v "$tool" > /dev/null || missing+=" $tool"
  done
  if [[ -n $unknown ]]; then
    echo "FAIL $where: starts${unknown}, which is neither a program every document assumes, nor one the" \
         "documents install, nor a tool the block declares with <!-- commands: need TOOL -->; a misspelt name?"
    failed=$((failed + 1))
    return
  fi
  if [[ -n $absent ]]; then
    echo "FAIL $where: needs${absent}, which every document assumes and this machine lacks"
    failed=$((failed + 1))
    return
  fi
  if [[ -n $missing ]]; then
    echo "SKIP $where: needs${missing}, which this machine lacks"
    skipped+=("$where: needs${missing}")
    unrun_keys+=("$document: $first")
    return
  fi

  local number=$((passed + failed + 1))
  local script=$work/block-$number.sh log=$work/block-$number.log
  {
    echo 'check() {  # check STATUS EXPECTED COMMAND'
    echo '  if [[ $1 -ne $2 ]]; then echo "exit $1, not $2: $3" >&2; exit 1; fi'
    echo '}'
    local expected
    while IFS= read -r command; do
      expected=0
      for named in "${exits_1[@]}"; do names_line "$named" "$command" && expected=1; done
      printf '%s\n' "$command"
      printf 'check $? %d %q\n' "$expected" "$command"
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
for document in $(cd "$clone" && ls docs/*.md 2> /dev/null | sort); do
  run_document "$document"
done

echo "documented commands: ${passed} block(s) passed, ${failed} failed, ${#skipped[@]} skipped for a missing tool," \
     "${#not_run[@]} not run by their mark, in $((SECONDS - started)) s"
for block in "${not_run[@]}"; do echo "  not run: $block"; done
for block in "${skipped[@]}"; do echo "  skipped: $block"; done

if ((strict)); then
  # Each block not run is one CI lets go unrun, and each of those is a block.
  for key in "${unrun_keys[@]}"; do
    found=0
    for entry in "${may_skip[@]}"; do [[ $key == "$entry"* ]] && found=1; done
    if ((found == 0)); then
      echo "FAIL: not run, and SIPCODES_DOCUMENTED_COMMANDS_MAY_SKIP does not allow it: $key"
      failed=$((failed + 1))
    fi
  done
  for entry in "${may_skip[@]}"; do
    found=0
    for key in "${unrun_keys[@]}"; do [[ $key == "$entry"* ]] && found=1; done
    if ((found == 0)); then
      echo "FAIL: SIPCODES_DOCUMENTED_COMMANDS_MAY_SKIP allows \"$entry\", which names no block left unrun"
      failed=$((failed + 1))
    fi
  done
  ((failed == 0)) && exit 0
  exit 1
fi
((failed > 0)) && exit 1
((${#skipped[@]} > 0)) && exit 77
exit 0
