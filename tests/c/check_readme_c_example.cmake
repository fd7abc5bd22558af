# README's C example (its ```c block) compiles as C99 under strict warnings,
# runs, and prints what its comments say.
# Usage: cmake -DCOMPILER=... -DREADME=... -DINCLUDE_DIR=... -DWORK_DIR=... -P check_readme_c_example.cmake
include(${CMAKE_CURRENT_LIST_DIR}/../readme_fenced_block.cmake)
sipcodes_readme_block("${README}" c example)
file(MAKE_DIRECTORY "${WORK_DIR}")
file(WRITE "${WORK_DIR}/readme_example.c" "${example}")
execute_process(COMMAND ${COMPILER} -std=c99 -Wall -Wextra -Wpedantic -Wconversion -Wstrict-prototypes -Werror
                        -I${INCLUDE_DIR} "${WORK_DIR}/readme_example.c" -o "${WORK_DIR}/readme_example"
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "README's C example does not compile:\n${out}${err}")
endif()
execute_process(COMMAND "${WORK_DIR}/readme_example" RESULT_VARIABLE result OUTPUT_VARIABLE out)
# What the comments say, in order. execute_process turns the status line's
# CRLF into LF: compare without CRs.
set(expected "SIP/2.0 486 Busy Here\n504\n499, treated as 400\n")
string(REPLACE "\r" "" out "${out}")
if(NOT result EQUAL 0 OR NOT out STREQUAL expected)
  message(FATAL_ERROR "README's C example printed:\n${out}\nand its comments say:\n${expected}")
endif()
message(STATUS "README's C example compiles and prints what it says")
