# Runs the C headers' generator into WORK_DIR and compares what it writes with
# the committed headers under INCLUDE_DIR; any difference fails, naming the
# file and the command that brings it up to date.
# Usage: cmake -DGENERATOR=... -DTEMPLATES=... -DINCLUDE_DIR=.../include/sipcodes -DWORK_DIR=... -P check_c_headers.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/lang")
execute_process(COMMAND "${GENERATOR}" "${TEMPLATES}" "${WORK_DIR}" RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "the generator failed (${result}):\n${errors}")
endif()
set(stale "")
foreach(header sipcodes.h q850.h lang/tr.h)
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${WORK_DIR}/${header}" "${INCLUDE_DIR}/${header}"
                  RESULT_VARIABLE different)
  if(different)
    list(APPEND stale "include/sipcodes/${header}")
  endif()
endforeach()
if(stale)
  string(REPLACE ";" ", " stale "${stale}")
  message(FATAL_ERROR "${stale}: not what the generator writes from the C++ headers and the templates "
                      "(written to ${WORK_DIR}). Run: cmake --build <build dir> --target sipcodes_c_headers")
endif()
message(STATUS "include/sipcodes/sipcodes.h, q850.h and lang/tr.h are what the generator writes")
