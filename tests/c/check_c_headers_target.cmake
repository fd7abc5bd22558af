# docs/c.md's command that rewrites the C headers works in a top-level build
# of sipcodes with no tests, examples or benchmarks: in a copy of the source
# tree, configured so, `cmake --build build --target sipcodes_c_headers`
# runs, and writes the headers the source tree holds.
# Usage: cmake -DSOURCE_DIR=... -DWORK_DIR=... -DGENERATOR=... -DCXX=... -P check_c_headers_target.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/source")
foreach(part CMakeLists.txt LICENSE README.md CHANGELOG.md cmake include docs)
  file(COPY "${SOURCE_DIR}/${part}" DESTINATION "${WORK_DIR}/source")
endforeach()
# What the generator writes, it must write anew.
file(REMOVE "${WORK_DIR}/source/include/sipcodes/sipcodes.h" "${WORK_DIR}/source/include/sipcodes/q850.h"
     "${WORK_DIR}/source/include/sipcodes/lang/tr.h")

function(run what)
  execute_process(COMMAND ${ARGN} WORKING_DIRECTORY "${WORK_DIR}/source"
                  RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${what} failed:\n${out}${err}")
  endif()
endfunction()
run("configuring the headers alone" ${CMAKE_COMMAND} -S . -B build -G "${GENERATOR}" -DCMAKE_BUILD_TYPE=Debug
    -DCMAKE_CXX_COMPILER=${CXX} -DSIPCODES_BUILD_TESTS=OFF -DSIPCODES_BUILD_EXAMPLES=OFF
    -DSIPCODES_BUILD_BENCHMARKS=OFF)
run("cmake --build build --target sipcodes_c_headers" ${CMAKE_COMMAND} --build build --target sipcodes_c_headers)
foreach(header sipcodes.h q850.h lang/tr.h)
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${WORK_DIR}/source/include/sipcodes/${header}"
                          "${SOURCE_DIR}/include/sipcodes/${header}" RESULT_VARIABLE different)
  if(different)
    message(FATAL_ERROR "the target wrote another include/sipcodes/${header} than the source tree's")
  endif()
endforeach()
message(STATUS "a build of the headers alone rewrites the C headers as committed")
