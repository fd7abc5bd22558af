# A Debian package of everything `cmake --install` installs, built by CPack:
#   cpack -G DEB   (in the build directory, after a build with
#                   -DCMAKE_INSTALL_PREFIX=/usr)
# It holds the headers, the CMake and pkg-config files, the two commands,
# their manual pages and the shell completions, and the documentation Debian
# wants: a machine-readable copyright file and a changelog. The commands make
# it architecture dependent; dpkg-shlibdeps finds what they depend on.
set(SIPCODES_MAINTAINER "sipcodes maintainers <maintainers@sipcodes.invalid>"
    CACHE STRING "The maintainer the Debian package names")

# The copyright file: DEP-5, with the licence text indented as the format wants.
file(READ "${PROJECT_SOURCE_DIR}/LICENSE" _license)
string(REGEX REPLACE "\n$" "" _license "${_license}")
string(REGEX REPLACE "\n\n" "\n.\n" _license "${_license}")
string(REGEX REPLACE "\n" "\n " SIPCODES_LICENSE_TEXT " ${_license}")
configure_file("${PROJECT_SOURCE_DIR}/cmake/package/copyright.in" "${PROJECT_BINARY_DIR}/package/copyright" @ONLY)

# The changelog, in Debian's format, dated by SOURCE_DATE_EPOCH when it is set.
string(TIMESTAMP SIPCODES_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
configure_file("${PROJECT_SOURCE_DIR}/cmake/package/changelog.in" "${PROJECT_BINARY_DIR}/package/changelog" @ONLY)
# Compressed when CMake configures, so that a header-only install (nothing
# built) has them too; CMake configures again when CHANGELOG.md changes.
find_program(SIPCODES_GZIP gzip)
if(SIPCODES_GZIP)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/CHANGELOG.md")
  foreach(_pair "package/changelog;changelog.gz" "${PROJECT_SOURCE_DIR}/CHANGELOG.md;CHANGELOG.md.gz")
    list(GET _pair 0 _input)
    list(GET _pair 1 _output)
    if(NOT IS_ABSOLUTE "${_input}")
      set(_input "${PROJECT_BINARY_DIR}/${_input}")
    endif()
    execute_process(COMMAND "${SIPCODES_GZIP}" -9 -n -c "${_input}"
                    OUTPUT_FILE "${PROJECT_BINARY_DIR}/package/${_output}" RESULT_VARIABLE _gzip_result)
    if(NOT _gzip_result EQUAL 0)
      message(FATAL_ERROR "gzip ${_input} failed")
    endif()
  endforeach()
  install(FILES "${PROJECT_BINARY_DIR}/package/copyright" "${PROJECT_BINARY_DIR}/package/changelog.gz"
                "${PROJECT_BINARY_DIR}/package/CHANGELOG.md.gz"
          DESTINATION "${CMAKE_INSTALL_DOCDIR}" COMPONENT headers)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME sipcodes)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "the sipcodes authors")
set(CPACK_PACKAGE_CONTACT "${SIPCODES_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "SIP response codes in one constexpr C++17 table, and tools")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "sipcodes knows every SIP response code of the IANA registry and the three
RFC 3261 dropped: phrase, class, RFC and section, lifecycle, description,
former phrases, Retry-After and header rules, warn-codes and the RFC 3398
Q.850 mappings, in English and Turkish. The header-only library parses and
writes status lines, Reason, Retry-After and Warning header field values.
C programs get the same table and answers from the C99 header sipcodes.h.

This package holds the headers, the CMake and pkg-config files, the
sipcodes command that explains codes and the sipcodes-responder SIP test
peer, with their manual pages and shell completions.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
include(CPack)
