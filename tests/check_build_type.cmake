# A top-level build that names no build type is a Release build; one that
# names a type keeps it; a multi-config generator and a project that adds
# sipcodes with add_subdirectory are left as they are.
# Usage: cmake -DSOURCE_DIR=... -DWORK_DIR=... [-DNINJA=...] -P check_build_type.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
set(_off -DSIPCODES_BUILD_TESTS=OFF -DSIPCODES_BUILD_EXAMPLES=OFF -DSIPCODES_BUILD_BENCHMARKS=OFF)

# configure NAME EXPECTED SOURCE [ARGUMENTS...]: configures SOURCE and checks
# the cached CMAKE_BUILD_TYPE.
function(configure name expected source)
  set(build "${WORK_DIR}/${name}")
  execute_process(COMMAND ${CMAKE_COMMAND} -S "${source}" -B "${build}" ${ARGN}
                  RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${name}: configuring failed:\n${out}${err}")
  endif()
  file(STRINGS "${build}/CMakeCache.txt" line REGEX "^CMAKE_BUILD_TYPE:")
  string(REGEX REPLACE "^[^=]*=" "" type "${line}")
  if(NOT type STREQUAL expected)
    message(FATAL_ERROR "${name}: CMAKE_BUILD_TYPE is \"${type}\", expected \"${expected}\"")
  endif()
  message(STATUS "${name}: CMAKE_BUILD_TYPE \"${type}\"")
endfunction()

configure(top_level Release "${SOURCE_DIR}" ${_off})
configure(top_level_debug Debug "${SOURCE_DIR}" ${_off} -DCMAKE_BUILD_TYPE=Debug)
if(NINJA)
  configure(multi_config "" "${SOURCE_DIR}" ${_off} -G "Ninja Multi-Config" -DCMAKE_MAKE_PROGRAM=${NINJA})
endif()
file(WRITE "${WORK_DIR}/parent/CMakeLists.txt"
     "cmake_minimum_required(VERSION 3.14)\nproject(parent LANGUAGES CXX)\n"
     "add_subdirectory(\"${SOURCE_DIR}\" sipcodes)\n")
configure(subproject "" "${WORK_DIR}/parent")
