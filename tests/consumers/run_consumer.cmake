# Builds and runs the consumer program one way:
#   subdirectory, fetchcontent, find_package, find_package_major (must fail to
#   configure), pkg_config, copied_header, copied_addons; or, against a
#   sipcodes already installed under PREFIX (the Debian package's /usr),
#   installed_find_package and installed_pkg_config. A C program (c/, a
#   project that enables only C) the same ways: c_subdirectory,
#   c_find_package, c_pkg_config, c_copied_header, installed_c_find_package,
#   installed_c_pkg_config.
# Usage: cmake -DMODE=... -DSOURCE_DIR=... -DWORK_DIR=... -DCXX=... [-DCC=...] -P run_consumer.cmake
set(CONSUMER_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(work "${WORK_DIR}/${MODE}")
file(REMOVE_RECURSE "${work}")
file(MAKE_DIRECTORY "${work}")

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  set(run_result "${result}" PARENT_SCOPE)
  set(run_output "${out}${err}" PARENT_SCOPE)
endfunction()

function(must_succeed what)
  if(NOT run_result EQUAL 0)
    message(FATAL_ERROR "${MODE}: ${what} failed:\n${run_output}")
  endif()
endfunction()

# Installs sipcodes under ${work}/prefix. For a C consumer, on a machine
# without a C++ compiler (c_find_package) or without any compiler
# (c_pkg_config): the headers install all the same, and configuring prints
# no warning, with or without a compiler.
function(install_sipcodes)
  set(env "")
  if(MODE STREQUAL "c_find_package")
    set(env ${CMAKE_COMMAND} -E env "CXX=${work}/no-such-compiler/c++")
  elseif(MODE STREQUAL "c_pkg_config")
    set(env ${CMAKE_COMMAND} -E env "CXX=${work}/no-such-compiler/c++" "CC=${work}/no-such-compiler/cc")
  endif()
  run(${env} ${CMAKE_COMMAND} -S "${SOURCE_DIR}" -B "${work}/sipcodes-build" -DSIPCODES_BUILD_TESTS=OFF
      -DSIPCODES_BUILD_EXAMPLES=OFF -DSIPCODES_BUILD_BENCHMARKS=OFF -DSIPCODES_INSTALL=ON)
  must_succeed("configuring sipcodes")
  if(run_output MATCHES "CMake Warning")
    message(FATAL_ERROR "${MODE}: configuring sipcodes printed a warning:\n${run_output}")
  endif()
  run(${CMAKE_COMMAND} --install "${work}/sipcodes-build" --prefix "${work}/prefix")
  must_succeed("installing sipcodes")
endfunction()

if(NOT CC)
  set(CC cc)
endif()

if(MODE MATCHES "^(c_)?(subdirectory|fetchcontent|find_package|find_package_major)$" OR
   MODE MATCHES "^installed_(c_)?find_package$")
  if(MODE MATCHES "c_")
    configure_file("${CONSUMER_DIR}/c/CMakeLists.txt.in" "${work}/project/CMakeLists.txt" @ONLY)
  else()
    configure_file("${CONSUMER_DIR}/CMakeLists.txt.in" "${work}/project/CMakeLists.txt" @ONLY)
  endif()
  set(prefix_args "")
  if(MODE MATCHES "^(c_)?find_package")
    install_sipcodes()
    set(prefix_args "-DCMAKE_PREFIX_PATH=${work}/prefix")
  elseif(MODE MATCHES "^installed_")
    set(prefix_args "-DCMAKE_PREFIX_PATH=${PREFIX}")
  endif()
  # A C project needs no C++ compiler for sipcodes: it is given one that does
  # not exist, which would fail the configuration if anything enabled C++.
  if(MODE MATCHES "c_")
    set(cxx "${work}/no-such-compiler/c++")
  else()
    set(cxx "${CXX}")
  endif()
  run(${CMAKE_COMMAND} -S "${work}/project" -B "${work}/project-build" -DCMAKE_CXX_COMPILER=${cxx}
      -DCMAKE_C_COMPILER=${CC} ${prefix_args})
  if(MODE STREQUAL "find_package_major")
    if(run_result EQUAL 0 OR NOT run_output MATCHES "version")
      message(FATAL_ERROR "find_package(sipcodes 1.0) was not refused for its version:\n${run_output}")
    endif()
    message(STATUS "find_package(sipcodes 1.0) is refused, as it should be")
    return()
  endif()
  must_succeed("configuring the consumer")
  run(${CMAKE_COMMAND} --build "${work}/project-build")
  must_succeed("building the consumer")
  set(program "${work}/project-build/consumer")
elseif(MODE MATCHES "^(installed_)?(c_)?pkg_config$")
  if(MODE MATCHES "^installed_")
    set(ENV{PKG_CONFIG_PATH} "${PREFIX}/share/pkgconfig")
  else()
    install_sipcodes()
    set(ENV{PKG_CONFIG_PATH} "${work}/prefix/share/pkgconfig")
  endif()
  run(pkg-config --cflags sipcodes)
  must_succeed("pkg-config --cflags sipcodes")
  string(STRIP "${run_output}" cflags)
  separate_arguments(cflags UNIX_COMMAND "${cflags}")
  if(MODE MATCHES "c_")
    run(${CC} -std=c99 ${cflags} "${CONSUMER_DIR}/c/main.c" "${CONSUMER_DIR}/c/implementation.c" -o "${work}/consumer")
  else()
    run(${CXX} -std=c++17 ${cflags} "${CONSUMER_DIR}/main.cpp" -o "${work}/consumer")
  endif()
  must_succeed("compiling with pkg-config's flags")
  set(program "${work}/consumer")
elseif(MODE STREQUAL "c_copied_header")
  # Only the one C header, copied next to the program; no build system.
  file(MAKE_DIRECTORY "${work}/sipcodes")
  file(COPY "${SOURCE_DIR}/include/sipcodes/sipcodes.h" DESTINATION "${work}/sipcodes")
  file(COPY "${CONSUMER_DIR}/c/main.c" "${CONSUMER_DIR}/c/implementation.c" DESTINATION "${work}")
  run(${CC} -std=c99 -I "${work}" "${work}/main.c" "${work}/implementation.c" -o "${work}/consumer")
  must_succeed("compiling with the copied C header")
  set(program "${work}/consumer")
elseif(MODE STREQUAL "copied_header")
  # Only the one header, copied next to the program; no build system.
  file(MAKE_DIRECTORY "${work}/sipcodes")
  file(COPY "${SOURCE_DIR}/include/sipcodes/sipcodes.hpp" DESTINATION "${work}/sipcodes")
  file(COPY "${CONSUMER_DIR}/main.cpp" DESTINATION "${work}")
  run(${CXX} -std=c++17 -I "${work}" "${work}/main.cpp" -o "${work}/consumer")
  must_succeed("compiling with the copied header")
  set(program "${work}/consumer")
elseif(MODE STREQUAL "copied_addons")
  # The core and two add-ons copied under vendor/ in their layout, and no
  # include path at all: each add-on must find the core itself.
  file(MAKE_DIRECTORY "${work}/vendor/sipcodes/lang")
  file(COPY "${SOURCE_DIR}/include/sipcodes/sipcodes.hpp" "${SOURCE_DIR}/include/sipcodes/q850.hpp"
       DESTINATION "${work}/vendor/sipcodes")
  file(COPY "${SOURCE_DIR}/include/sipcodes/lang/tr.hpp" DESTINATION "${work}/vendor/sipcodes/lang")
  file(COPY "${CONSUMER_DIR}/addons.cpp" DESTINATION "${work}")
  run(${CXX} -std=c++17 "${work}/addons.cpp" -o "${work}/consumer")
  must_succeed("compiling with the copied add-ons")
  run("${work}/consumer")
  must_succeed("running the consumer")
  if(NOT run_output STREQUAL "486 Meşgul 17\n")
    message(FATAL_ERROR "${MODE}: the consumer printed '${run_output}'")
  endif()
  message(STATUS "${MODE}: built and ran")
  return()
else()
  message(FATAL_ERROR "unknown MODE ${MODE}")
endif()

run("${program}")
must_succeed("running the consumer")
if(NOT run_output STREQUAL "603 Decline\n")
  message(FATAL_ERROR "${MODE}: the consumer printed '${run_output}'")
endif()
message(STATUS "${MODE}: built and ran")
