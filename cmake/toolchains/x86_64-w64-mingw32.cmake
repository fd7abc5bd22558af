# Windows x86-64, cross-compiled with MinGW-w64 and run under Wine.
#   Debian: apt-get install g++-mingw-w64-x86-64-posix wine wine64
#   cmake -S . -B build-windows -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/x86_64-w64-mingw32.cmake
#   cmake --build build-windows && ctest --test-dir build-windows
# Programs link statically, so Wine needs none of MinGW's DLLs; they run
# through run-under-wine.sh, which keeps Wine's own output out of theirs.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32)
include(${CMAKE_CURRENT_LIST_DIR}/sipcodesCrossCommon.cmake)

sipcodes_find_emulator(SIPCODES_WINE wine wine64 wine-stable)
if(SIPCODES_WINE)
  set(CMAKE_CROSSCOMPILING_EMULATOR /bin/sh ${CMAKE_CURRENT_LIST_DIR}/run-under-wine.sh ${SIPCODES_WINE})
endif()
