# Runs one compile-fail test, in the manner of {fmt}'s compile-error tests:
# the source must compile as it is (the control: the right way to do it), and
# must fail to compile with SIPCODES_COMPILE_FAIL defined (the misuse), with a
# diagnostic that matches the source's "// expect:" line. A source with a
# "// standard: N" line needs C++N, and one with a "// requires: MACRO" line
# needs the standard library to define MACRO; it is skipped where they lack it.
# Usage: cmake -DCOMPILER=... -DSOURCE=... -DINCLUDE_DIRS=a|b -DSTANDARD=17
#              -DOTHER_VERSION=path -DWORK_DIR=... -P check.cmake
file(STRINGS "${SOURCE}" _expect REGEX "^// expect: ")
if(NOT _expect)
  message(FATAL_ERROR "${SOURCE} has no // expect: line")
endif()
string(REGEX REPLACE "^// expect: " "" _expect "${_expect}")
file(STRINGS "${SOURCE}" _standard REGEX "^// standard: ")
if(_standard)
  string(REGEX REPLACE "^// standard: " "" STANDARD "${_standard}")
endif()

set(_flags -std=c++${STANDARD} -fsyntax-only -Wall -Wextra -Werror ${EXTRA_FLAGS})
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
  message(STATUS "skipped: the compiler lacks -std=c++${STANDARD} ${_requires}")
  return()
endif()

execute_process(COMMAND ${COMPILER} ${_flags} "${SOURCE}" RESULT_VARIABLE _result OUTPUT_VARIABLE _out
                ERROR_VARIABLE _err)
if(NOT _result EQUAL 0)
  message(FATAL_ERROR "the control (without SIPCODES_COMPILE_FAIL) does not compile:\n${_out}${_err}")
endif()

execute_process(COMMAND ${COMPILER} ${_flags} -DSIPCODES_COMPILE_FAIL "${SOURCE}" RESULT_VARIABLE _result
                OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(_result EQUAL 0)
  message(FATAL_ERROR "the misuse compiles, and must not")
endif()
if(NOT "${_out}${_err}" MATCHES "${_expect}")
  message(FATAL_ERROR "the misuse fails to compile, but not with a diagnostic matching \"${_expect}\":\n${_out}${_err}")
endif()
message(STATUS "refused as expected (\"${_expect}\")")
