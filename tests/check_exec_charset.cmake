# The Turkish pack refuses, at compile time, a build whose string literals are
# not UTF-8: with -fexec-charset=ISO-8859-9 (GCC) its phrases would be
# Latin-5 bytes, no valid Reason-Phrase. The control, with the default
# character set, compiles.
# Usage: cmake -DCOMPILER=g++ -DFLAGS=... -DINCLUDE_DIR=... -DWORK_DIR=... -P check_exec_charset.cmake
separate_arguments(_flags UNIX_COMMAND "${FLAGS}")
list(APPEND _flags -std=c++17 -fsyntax-only "-I${INCLUDE_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(WRITE "${WORK_DIR}/turkish.cpp" "#include <sipcodes/lang/tr.hpp>\n")

execute_process(COMMAND ${COMPILER} ${_flags} "${WORK_DIR}/turkish.cpp" RESULT_VARIABLE _result
                OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(NOT _result EQUAL 0)
  message(FATAL_ERROR "the control (UTF-8 literals) does not compile:\n${_out}${_err}")
endif()

execute_process(COMMAND ${COMPILER} ${_flags} -fexec-charset=ISO-8859-9 "${WORK_DIR}/turkish.cpp"
                RESULT_VARIABLE _result OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(_result EQUAL 0)
  message(FATAL_ERROR "the pack compiles with ISO-8859-9 string literals, and must not")
endif()
set(_expect "static assertion failed: every Turkish phrase must be a valid Reason-Phrase as compiled")
if(NOT "${_out}${_err}" MATCHES "${_expect}")
  message(FATAL_ERROR "refused, but not by the pack's assertion \"${_expect}\":\n${_out}${_err}")
endif()
message(STATUS "refused as expected: ${_expect}")
