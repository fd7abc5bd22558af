# Installing what is built, and saying what is not: the `headers` component
# installs the headers, the CMake package and sipcodes.pc without a build; a
# whole install before a build installs the same, creates no directory for
# what it could not install, and says that the commands are not built; after
# README's first command builds the command alone, a whole install installs
# it and names each file it skips (the responder, the manual pages, the
# completions) with the reason.
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

set(headers include/sipcodes/sipcodes.hpp include/sipcodes/lang/tr.hpp share/cmake/sipcodes/sipcodesConfig.cmake
            share/pkgconfig/sipcodes.pc)
# The directories that hold nothing but what the commands install.
set(command_directories bin share/man share/bash-completion share/zsh)

# expect_installed(PREFIX FILE...): each FILE is installed.
function(expect_installed prefix)
  foreach(file ${ARGN})
    if(NOT EXISTS "${prefix}/${file}")
      message(FATAL_ERROR "${prefix}: ${file} is not installed")
    endif()
  endforeach()
endfunction()

# expect_absent(PREFIX PATH...): neither a file nor a directory, empty or not, is at PATH.
function(expect_absent prefix)
  foreach(path ${ARGN})
    if(IS_DIRECTORY "${prefix}/${path}")
      file(GLOB_RECURSE inside RELATIVE "${prefix}" "${prefix}/${path}/*")
      message(FATAL_ERROR "${prefix}: the directory ${path} is created, holding [${inside}]")
    elseif(EXISTS "${prefix}/${path}")
      message(FATAL_ERROR "${prefix}: ${path} is installed")
    endif()
  endforeach()
endfunction()

# expect_said(WHAT TEXT...): the install's output holds each TEXT.
function(expect_said what)
  foreach(text ${ARGN})
    string(FIND "${run_output}" "${text}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "${what} does not say \"${text}\":\n${run_output}")
    endif()
  endforeach()
endfunction()

run("configuring" ${CMAKE_COMMAND} -S "${SOURCE_DIR}" -B "${build}" -DSIPCODES_BUILD_TESTS=OFF
    -DSIPCODES_BUILD_BENCHMARKS=OFF)
run("installing the headers component" ${CMAKE_COMMAND} --install "${build}" --component headers
    --prefix "${WORK_DIR}/headers")
expect_installed("${WORK_DIR}/headers" ${headers})
expect_absent("${WORK_DIR}/headers" ${command_directories})

run("installing everything before a build" ${CMAKE_COMMAND} --install "${build}" --prefix "${WORK_DIR}/all")
expect_installed("${WORK_DIR}/all" ${headers})
expect_absent("${WORK_DIR}/all" ${command_directories})
expect_said("an install before a build" "the commands are not built" "bin/sipcodes")

# README's first command builds the command alone.
run("building sipcodes-cli" ${CMAKE_COMMAND} --build "${build}" --target sipcodes-cli)
run("installing everything after building the command" ${CMAKE_COMMAND} --install "${build}"
    --prefix "${WORK_DIR}/command")
expect_installed("${WORK_DIR}/command" ${headers} bin/sipcodes)
expect_absent("${WORK_DIR}/command" share/man share/bash-completion share/zsh)
set(skipped share/man/man1/sipcodes.1 share/man/tr/man1/sipcodes.1 share/bash-completion/completions/sipcodes
            share/zsh/vendor-completions/_sipcodes)
if(UNIX)
  expect_absent("${WORK_DIR}/command" bin/sipcodes-responder)
  list(APPEND skipped bin/sipcodes-responder share/man/man1/sipcodes-responder.1)
endif()
expect_said("an install after building the command alone" "not built" "cmake --build" ${skipped})
if(run_output MATCHES "the commands are not built")
  message(FATAL_ERROR "an install after building the command says that the commands are not built:\n${run_output}")
endif()
message(STATUS "without a build, the headers install alone; what is not built is named, and no directory is "
               "created for it")
