# Runs one compile-fail test, in the manner of {fmt}'s compile-error tests:
# the source must compile as it is (the control: the right way to do it), and
# must fail to compile with SIPCODES_COMPILE_FAIL defined (the misuse), with
# its FIRST error matching one of the source's "// expect:" lines.
#
# Only the message of the first error counts: the text after "error: " on the
# first line that reports an error. Source lines the compiler echoes, notes
# ("declared here", "did you mean", GCC's "required from here" and "in
# 'constexpr' expansion of") and later errors never make a test pass; nor does
# the file name in the error's location. Before matching, the versioned inline
# namespace is taken out of the message (sipcodes::v2_1_0::status reads
# sipcodes::status), and compilers run in the C locale, so GCC quotes with '.
#
# A source with a "// standard: N" line needs C++N, and one with a
# "// requires: MACRO" line needs the standard library to define MACRO; where
# they are missing the test prints "compile-fail test skipped: ..." and ctest
# reports it as skipped (SKIP_REGULAR_EXPRESSION), not as passed.
#
# Usage: cmake -DCOMPILER=... [-DCOMPILER_ID=GNU|Clang] -DSOURCE=...
#              -DINCLUDE_DIRS=a|b -DSTANDARD=17 [-DEXTRA_FLAGS=...]
#              -DOTHER_VERSION=path -DWORK_DIR=... [-DSKIP_CONTROL=ON]
#              -P check.cmake
# SKIP_CONTROL leaves out the control (check_mutants.cmake uses it: a mutant's
# control is the original's, already checked).
cmake_minimum_required(VERSION 3.14)
file(STRINGS "${SOURCE}" _expects REGEX "^// expect: ")
if(NOT _expects)
  message(FATAL_ERROR "${SOURCE} has no // expect: line")
endif()
list(TRANSFORM _expects REPLACE "^// expect: " "")
file(STRINGS "${SOURCE}" _standard REGEX "^// standard: ")
if(_standard)
  string(REGEX REPLACE "^// standard: " "" STANDARD "${_standard}")
endif()

# Messages in English with ASCII quotes, one line each, without colour,
# caret lines or echoed source.
set(ENV{LC_ALL} C)
if(NOT COMPILER_ID)
  execute_process(COMMAND ${COMPILER} --version OUTPUT_VARIABLE _version ERROR_QUIET)
  if(_version MATCHES "clang")
    set(COMPILER_ID Clang)
  else()
    set(COMPILER_ID GNU)
  endif()
endif()
if(COMPILER_ID MATCHES "Clang")
  set(_diagnostic_flags -fno-caret-diagnostics -fno-diagnostics-fixit-info)
else()
  set(_diagnostic_flags -fno-diagnostics-show-caret)
endif()
list(APPEND _diagnostic_flags -fdiagnostics-color=never -fmessage-length=0)

set(_flags -std=c++${STANDARD} -fsyntax-only -Wall -Wextra -Werror ${_diagnostic_flags} ${EXTRA_FLAGS})
string(REPLACE "|" ";" INCLUDE_DIRS "${INCLUDE_DIRS}")
foreach(_dir IN LISTS INCLUDE_DIRS)
  list(APPEND _flags "-I${_dir}")
endforeach()
list(APPEND _flags "-DSIPCODES_OTHER_VERSION=\"${OTHER_VERSION}\"")

# Skip a source whose standard, or library feature, the compiler lacks.
file(STRINGS "${SOURCE}" _requires REGEX "^// requires: ")
string(REGEX REPLACE "^// requires: " "" _requires "${_requires}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(_probe_text "int main() { return 0; }\n")
if(_requires)
  set(_probe_text "#include <version>\n#ifndef ${_requires}\n#error ${_requires}\n#endif\n${_probe_text}")
endif()
file(WRITE "${WORK_DIR}/probe.cpp" "${_probe_text}")
execute_process(COMMAND ${COMPILER} -std=c++${STANDARD} ${EXTRA_FLAGS} -fsyntax-only "${WORK_DIR}/probe.cpp"
                RESULT_VARIABLE _probe OUTPUT_QUIET ERROR_QUIET)
if(NOT _probe EQUAL 0)
  message(STATUS "compile-fail test skipped: ${COMPILER} lacks -std=c++${STANDARD} ${_requires}")
  return()
endif()

if(NOT SKIP_CONTROL)
  execute_process(COMMAND ${COMPILER} ${_flags} "${SOURCE}" RESULT_VARIABLE _result OUTPUT_VARIABLE _out
                  ERROR_VARIABLE _err)
  if(NOT _result EQUAL 0)
    message(FATAL_ERROR "the control (without SIPCODES_COMPILE_FAIL) does not compile:\n${_out}${_err}")
  endif()
endif()

execute_process(COMMAND ${COMPILER} ${_flags} -DSIPCODES_COMPILE_FAIL "${SOURCE}" RESULT_VARIABLE _result
                OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(_result EQUAL 0)
  message(FATAL_ERROR "the misuse compiles, and must not")
endif()

# The first error: "file:line[:column]: [fatal ]error: message", or a
# driver's "clang: error: message".
set(_output "${_out}${_err}")
string(REGEX MATCH "(^|\n)([^\n]*:[0-9]+:([0-9]+:)?|[A-Za-z0-9_.+-]+:) (fatal )?error: ([^\n]*)" _line "${_output}")
set(_first "${CMAKE_MATCH_5}")
string(REGEX REPLACE "sipcodes::v[0-9]+_[0-9]+_[0-9]+::" "sipcodes::" _first "${_first}")
if(_first STREQUAL "")
  message(FATAL_ERROR "the misuse fails to compile, but reports no error line:\n${_output}")
endif()
foreach(_expect IN LISTS _expects)
  if(_first MATCHES "${_expect}")
    message(STATUS "refused as expected: ${_first}")
    return()
  endif()
endforeach()
string(REPLACE ";" "\n  " _expects "${_expects}")
message(FATAL_ERROR "the misuse fails to compile, but its first error\n  ${_first}\nmatches no expect line:\n  "
                    "${_expects}\nThe compiler's output:\n${_output}")
