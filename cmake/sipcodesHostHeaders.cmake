# sipcodes_use_host_headers(): doctest and {fmt} for a cross build.
#
# A cross compiler must not search the build machine's /usr/include (its C
# library headers are for another target), yet doctest and {fmt} (header-only)
# are plain C++ that fits any target. Their directories are copied from the
# build machine into the build tree, and imported targets named as
# find_package would name them point there; {fmt} is used header-only.
function(sipcodes_use_host_headers)
  find_path(SIPCODES_HOST_DOCTEST_DIR doctest/doctest.h PATHS /usr/include /usr/local/include
            NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
  find_path(SIPCODES_HOST_FMT_DIR fmt/format-inl.h PATHS /usr/include /usr/local/include
            NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
  if(NOT SIPCODES_HOST_DOCTEST_DIR OR NOT SIPCODES_HOST_FMT_DIR)
    return()  # the caller reports what is missing
  endif()
  set(_staged "${PROJECT_BINARY_DIR}/host-headers")
  file(COPY "${SIPCODES_HOST_DOCTEST_DIR}/doctest" "${SIPCODES_HOST_FMT_DIR}/fmt" DESTINATION "${_staged}")

  add_library(doctest::doctest INTERFACE IMPORTED GLOBAL)
  set_target_properties(doctest::doctest PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${_staged}")
  add_library(fmt::fmt-header-only INTERFACE IMPORTED GLOBAL)
  set_target_properties(fmt::fmt-header-only PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${_staged}"
                                                        INTERFACE_COMPILE_DEFINITIONS FMT_HEADER_ONLY=1)
  set(doctest_FOUND TRUE PARENT_SCOPE)
  set(fmt_FOUND TRUE PARENT_SCOPE)
  set(SIPCODES_FMT_HEADER_ONLY ON CACHE BOOL "Use {fmt} header-only in the tests" FORCE)
  message(STATUS "sipcodes: cross build: doctest and {fmt} (header-only) from ${SIPCODES_HOST_DOCTEST_DIR} "
                 "and ${SIPCODES_HOST_FMT_DIR}")
endfunction()
