#!/bin/sh
# run-under-wine.sh WINE PROGRAM [ARGUMENTS...]: runs a Windows program under
# Wine as the tests' emulator, with Wine's own diagnostics off.
#
# The first program of a Wine session starts Wine's services (winedevice.exe
# and others), which inherit that program's standard output and error and
# hold them open until the session ends; a test reading the program's output
# would wait for them. So the session is started first, on its own, with its
# output elsewhere, and kept for a minute after its last program, so that the
# tests after it find it running.
wine=$1
shift
export WINEDEBUG=-all
wineserver_of_wine=$(dirname "$wine")/wineserver
if [ -x "$wineserver_of_wine" ]; then wineserver=$wineserver_of_wine; else wineserver=wineserver; fi
"$wineserver" -p60 </dev/null >/dev/null 2>&1  # exits 2, harmlessly, when a session is running
"$wine" cmd /c exit </dev/null >/dev/null 2>&1
exec "$wine" "$@"
