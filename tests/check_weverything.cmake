# Compiles every public header on its own, first in its translation unit,
# with clang's -Weverything less the warnings about older standards, padding
# and raw buffers, and -Werror: a user who builds with every warning on hears
# nothing from sipcodes. Also the unversioned namespace mode with the forward
# declarations first. C++17, 20 and 23.
# Usage: cmake -DCOMPILER=clang++-19 -DFLAGS="-stdlib=libc++" -DINCLUDE_DIR=...
#              -DSYSTEM_INCLUDE_DIRS=a|b -DWORK_DIR=... -P check_weverything.cmake
separate_arguments(_flags UNIX_COMMAND "${FLAGS}")
list(APPEND _flags -fsyntax-only -Werror -Weverything -Wno-c++98-compat -Wno-c++98-compat-pedantic
     -Wno-pre-c++17-compat -Wno-pre-c++20-compat-pedantic -Wno-c++20-compat -Wno-padded -Wno-unsafe-buffer-usage
     "-I${INCLUDE_DIR}")
string(REPLACE "|" ";" SYSTEM_INCLUDE_DIRS "${SYSTEM_INCLUDE_DIRS}")
foreach(_dir IN LISTS SYSTEM_INCLUDE_DIRS)
  list(APPEND _flags -isystem "${_dir}")
endforeach()
file(MAKE_DIRECTORY "${WORK_DIR}")

file(GLOB_RECURSE _headers RELATIVE "${INCLUDE_DIR}" "${INCLUDE_DIR}/sipcodes/*.hpp")
list(SORT _headers)
set(_sources "")
foreach(_header IN LISTS _headers)
  string(MAKE_C_IDENTIFIER "${_header}" _name)
  file(WRITE "${WORK_DIR}/${_name}.cpp" "#include <${_header}>\n")
  list(APPEND _sources "${WORK_DIR}/${_name}.cpp")
endforeach()
set(_unversioned "#define SIPCODES_NAMESPACE_NO_VERSION 1\n#include <sipcodes/fwd.hpp>\n")
foreach(_header IN LISTS _headers)
  string(APPEND _unversioned "#include <${_header}>\n")
endforeach()
file(WRITE "${WORK_DIR}/unversioned.cpp" "${_unversioned}")
list(APPEND _sources "${WORK_DIR}/unversioned.cpp")

set(_failed "")
foreach(_standard 17 20 23)
  foreach(_source IN LISTS _sources)
    execute_process(COMMAND ${COMPILER} -std=c++${_standard} ${_flags} "${_source}" RESULT_VARIABLE _result
                    OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
    if(NOT _result EQUAL 0)
      get_filename_component(_name "${_source}" NAME)
      string(APPEND _failed "C++${_standard} ${_name}:\n${_out}${_err}\n")
    endif()
  endforeach()
endforeach()
if(_failed)
  message(FATAL_ERROR "-Weverything is not silent:\n${_failed}")
endif()
list(LENGTH _headers _count)
message(STATUS "${_count} public headers, and the unversioned mode, silent in C++17, 20 and 23")
