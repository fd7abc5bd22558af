# Install rules: the headers, a CMake package (config + version file) and a
# relocatable pkg-config file. sipcodes is header-only and architecture
# independent, so everything goes under the data directory. All of it is the
# install component `headers`, which needs no build:
#   cmake --install build --component headers --prefix /opt/sipcodes
include(CMakePackageConfigHelpers)

set(SIPCODES_INSTALL_CMAKEDIR "${CMAKE_INSTALL_DATADIR}/cmake/sipcodes"
    CACHE STRING "Where the sipcodes CMake package files are installed")
set(SIPCODES_INSTALL_PKGCONFIGDIR "${CMAKE_INSTALL_DATADIR}/pkgconfig"
    CACHE STRING "Where sipcodes.pc is installed")

install(TARGETS sipcodes sipcodes_c EXPORT sipcodesTargets COMPONENT headers)
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/sipcodes" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}" COMPONENT headers)
install(EXPORT sipcodesTargets NAMESPACE sipcodes:: DESTINATION "${SIPCODES_INSTALL_CMAKEDIR}" COMPONENT headers)

configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/sipcodesConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/sipcodesConfig.cmake"
  INSTALL_DESTINATION "${SIPCODES_INSTALL_CMAKEDIR}")
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/sipcodesConfigVersion.cmake"
  COMPATIBILITY SameMajorVersion
  ARCH_INDEPENDENT)
install(FILES "${PROJECT_BINARY_DIR}/sipcodesConfig.cmake" "${PROJECT_BINARY_DIR}/sipcodesConfigVersion.cmake"
        DESTINATION "${SIPCODES_INSTALL_CMAKEDIR}" COMPONENT headers)

# The .pc file finds its prefix from its own location, so the installed tree
# can be moved. Compute how far the pkgconfig directory is from the prefix.
file(RELATIVE_PATH _sipcodes_pc_to_prefix
     "/${SIPCODES_INSTALL_PKGCONFIGDIR}" "/")
string(REGEX REPLACE "/$" "" _sipcodes_pc_to_prefix "${_sipcodes_pc_to_prefix}")
set(SIPCODES_PC_PREFIX "\${pcfiledir}/${_sipcodes_pc_to_prefix}")
configure_file("${PROJECT_SOURCE_DIR}/cmake/sipcodes.pc.in" "${PROJECT_BINARY_DIR}/sipcodes.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/sipcodes.pc" DESTINATION "${SIPCODES_INSTALL_PKGCONFIGDIR}" COMPONENT headers)
