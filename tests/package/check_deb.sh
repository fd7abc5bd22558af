#!/usr/bin/env bash
# Builds the Debian package with CPack, installs it with dpkg, and checks it
# as a user of Debian would meet it: a CMake consumer with find_package and a
# plain one with pkg-config against /usr, in C++ and in C, the command, its
# manual pages, and lintian (no error, no warning). Removes the package at
# the end, whatever happened. Prints the package's size and file list.
# Usage (as root, from the source tree): tests/package/check_deb.sh BUILD_DIR
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=$1
cxx=${CXX:-g++}
cc=${CC:-gcc}

export DEB_BUILD_MAINT_OPTIONS=hardening=+all
eval "$(dpkg-buildflags --export=sh)"
cmake -S "$source_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
  -DSIPCODES_BUILD_TESTS=OFF -DSIPCODES_BUILD_BENCHMARKS=OFF \
  -DCMAKE_CXX_FLAGS="$CXXFLAGS $CPPFLAGS" -DCMAKE_C_FLAGS="$CFLAGS $CPPFLAGS" -DCMAKE_EXE_LINKER_FLAGS="$LDFLAGS" > /dev/null
cmake --build "$build_dir" -j2 > /dev/null
(cd "$build_dir" && cpack -G DEB > /dev/null)
package=$(ls "$build_dir"/sipcodes_*.deb)
echo "package: $(basename "$package"), $(stat -c %s "$package") bytes"
dpkg-deb --field "$package" Package Version Architecture Depends Section Installed-Size
dpkg-deb --contents "$package" | awk '$1 !~ /^d/ { print "  " $6 " (" $3 " bytes)" }'

trap 'dpkg -r sipcodes > /dev/null 2>&1 || true' EXIT
# Minimal images tell dpkg to leave out manual pages; this package's are part
# of what is checked, so they are let in.
dpkg -i --path-include='/usr/share/man/*' "$package" > /dev/null

failures=0
check() {
  local what=$1
  shift
  if "$@"; then echo "ok: $what"; else echo "FAILED: $what"; failures=$((failures + 1)); fi
}

work=$(mktemp -d)
for mode in installed_find_package installed_pkg_config installed_c_find_package installed_c_pkg_config; do
  check "a consumer built with $mode against /usr" \
    cmake -DMODE=$mode -DSOURCE_DIR="$source_dir" -DPREFIX=/usr -DWORK_DIR="$work" -DCXX="$cxx" -DCC="$cc" \
      -P "$source_dir/tests/consumers/run_consumer.cmake"
done
check "sipcodes 486 prints 486 Busy Here" bash -c '[[ $(/usr/bin/sipcodes 486 | head -1) == "486 Busy Here" ]]'
check "sipcodes --version is the package's version" \
  bash -c "[[ \$(/usr/bin/sipcodes --version) == \"sipcodes \$(dpkg-query -W -f='\${Version}' sipcodes)\" ]]"
check "sipcodes-responder --help" bash -c '/usr/bin/sipcodes-responder --help | grep -q "^usage: sipcodes-responder"'
check "man -w sipcodes" bash -c '[[ $(man -w sipcodes) == /usr/share/man/man1/sipcodes.1.gz ]]'
check "man -w sipcodes-responder" man -w sipcodes-responder
check "the Turkish page" bash -c '[[ $(man -w -L tr sipcodes) == /usr/share/man/tr/man1/sipcodes.1.gz ]]'
check "the manual pages render without warnings" \
  bash -c 'for p in sipcodes sipcodes-responder; do [[ -z $(LC_ALL=C.UTF-8 man --warnings -E UTF-8 -l -Tutf8 -Z "$(man -w $p)" 2>&1 > /dev/null) ]] || exit 1; done'
check "the bash completion is where bash-completion looks" test -f /usr/share/bash-completion/completions/sipcodes
lintian_output=$(lintian --allow-root --fail-on error,warning "$package" 2>&1) && lintian_status=0 || lintian_status=$?
echo "lintian: ${lintian_output:-nothing to report}"
check "lintian reports no error and no warning" test "$lintian_status" -eq 0
rm -rf "$work"

dpkg -r sipcodes > /dev/null
check "the package is removed" bash -c '! dpkg-query -W -f="\${Status}" sipcodes 2>/dev/null | grep -q "install ok installed"'
trap - EXIT
((failures == 0))
