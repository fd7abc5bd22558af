# Installing before building: the `headers` component installs the headers,
# the CMake package and sipcodes.pc without a build, and a plain install
# installs the same and says that the commands are not built, instead of
# failing half-way.
# Usage: cmake -DSOURCE_DIR=... -DWORK_DIR=... -P check_install_without_build.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
set(build "${WORK_DIR}/build")

function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${what} failed:\n${out}${err}")
  endif()
  set(run_output "${out}${err}" PARENT_SCOPE)
endfunction()

function(expect_installed prefix)
  foreach(file include/sipcodes/sipcodes.hpp include/sipcodes/lang/tr.hpp share/cmake/sipcodes/sipcodesConfig.cmake
               share/pkgconfig/sipcodes.pc)
    if(NOT EXISTS "${prefix}/${file}")
      message(FATAL_ERROR "${prefix}: ${file} is not installed")
    endif()
  endforeach()
  file(GLOB_RECURSE commands "${prefix}/bin/*" "${prefix}/share/man/*" "${prefix}/share/bash-completion/*")
  if(commands)
    message(FATAL_ERROR "${prefix}: installed without a build: ${commands}")
  endif()
endfunction()

run("configuring" ${CMAKE_COMMAND} -S "${SOURCE_DIR}" -B "${build}" -DSIPCODES_BUILD_TESTS=OFF
    -DSIPCODES_BUILD_BENCHMARKS=OFF)
run("installing the headers component" ${CMAKE_COMMAND} --install "${build}" --component headers
    --prefix "${WORK_DIR}/headers")
expect_installed("${WORK_DIR}/headers")
run("installing everything before a build" ${CMAKE_COMMAND} --install "${build}" --prefix "${WORK_DIR}/all")
expect_installed("${WORK_DIR}/all")
if(NOT run_output MATCHES "the commands are not built")
  message(FATAL_ERROR "an install before a build does not say that the commands are not built:\n${run_output}")
endif()
message(STATUS "without a build, the headers install alone, and a whole install says why it is only them")
