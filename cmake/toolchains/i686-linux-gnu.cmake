# Linux on i686, a 32-bit little-endian machine (32-bit size_t and pointers),
# cross-compiled and run under qemu-user.
#   Debian: apt-get install g++-i686-linux-gnu qemu-user-static
#   cmake -S . -B build-i686 -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/i686-linux-gnu.cmake
#   cmake --build build-i686 && ctest --test-dir build-i686
# Programs link statically, so qemu needs no i386 sysroot to run them.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR i686)
set(CMAKE_C_COMPILER i686-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER i686-linux-gnu-g++)
set(CMAKE_FIND_ROOT_PATH /usr/i686-linux-gnu)
include(${CMAKE_CURRENT_LIST_DIR}/sipcodesCrossCommon.cmake)

sipcodes_find_emulator(SIPCODES_QEMU qemu-i386-static qemu-i386)
if(SIPCODES_QEMU)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${SIPCODES_QEMU})
endif()
