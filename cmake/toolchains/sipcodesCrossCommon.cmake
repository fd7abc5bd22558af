# What the cross toolchain files share: libraries and headers come from the
# target's root only (the build machine's would not fit), programs from the
# build machine, and executables link statically so that the emulator can run
# them without a sysroot.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
set(CMAKE_EXE_LINKER_FLAGS_INIT -static)

# sipcodes_find_emulator(VARIABLE NAMES...): the program that runs the
# target's executables here. Without one the build still works, but the tests
# and the reference page, which run programs, are left out (and say so).
function(sipcodes_find_emulator variable)
  find_program(${variable} NAMES ${ARGN})
  if(NOT ${variable})
    message(WARNING "sipcodes: none of ${ARGN} is installed: nothing built here can be run")
  endif()
endfunction()
