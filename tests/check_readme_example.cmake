# README's twenty-line example compiles, runs, and prints what its comments say.
# Usage: cmake -DCOMPILER=... -DREADME=... -DINCLUDE_DIR=... -DWORK_DIR=... -P check_readme_example.cmake
include(${CMAKE_CURRENT_LIST_DIR}/readme_fenced_block.cmake)
sipcodes_readme_block("${README}" cpp _example)
file(MAKE_DIRECTORY "${WORK_DIR}")
file(WRITE "${WORK_DIR}/readme_example.cpp" "${_example}")
execute_process(COMMAND ${COMPILER} -std=c++17 -Wall -Wextra -Werror -I${INCLUDE_DIR} "${WORK_DIR}/readme_example.cpp"
                        -o "${WORK_DIR}/readme_example"
                RESULT_VARIABLE _result OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(NOT _result EQUAL 0)
  message(FATAL_ERROR "README's example does not compile:\n${_out}${_err}")
endif()
execute_process(COMMAND "${WORK_DIR}/readme_example" RESULT_VARIABLE _result OUTPUT_VARIABLE _out)
set(_expected "486 Busy Here\n400 Bad Request\n504 Server Time-out\nringing\nSIP/2.0 486 Meşgul\r\n")
# execute_process turns the status line's CRLF into LF; compare without CRs.
string(REPLACE "\r" "" _out "${_out}")
string(REPLACE "\r" "" _expected "${_expected}")
if(NOT _result EQUAL 0 OR NOT _out STREQUAL _expected)
  message(FATAL_ERROR "README's example printed:\n${_out}\nand its comments say:\n${_expected}")
endif()
message(STATUS "README's example compiles and prints what it says")
