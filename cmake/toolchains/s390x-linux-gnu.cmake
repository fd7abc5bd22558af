# Linux on s390x, a 64-bit big-endian machine, cross-compiled and run under
# qemu-user.
#   Debian: apt-get install g++-s390x-linux-gnu qemu-user-static
#   cmake -S . -B build-s390x -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/s390x-linux-gnu.cmake
#   cmake --build build-s390x && ctest --test-dir build-s390x
# Programs link statically, so qemu needs no s390x sysroot to run them.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR s390x)
set(CMAKE_C_COMPILER s390x-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER s390x-linux-gnu-g++)
set(CMAKE_FIND_ROOT_PATH /usr/s390x-linux-gnu)
include(${CMAKE_CURRENT_LIST_DIR}/sipcodesCrossCommon.cmake)

sipcodes_find_emulator(SIPCODES_QEMU qemu-s390x-static qemu-s390x)
if(SIPCODES_QEMU)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${SIPCODES_QEMU})
endif()
