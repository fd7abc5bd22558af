# A program in which no unit defines SIPCODES_IMPLEMENTATION compiles but
# does not link, and the linker's message names each missing function and
# datum with its version and "define_SIPCODES_IMPLEMENTATION_in_one_file":
# the inline lookup's data, a function of each of the three headers. Then
# the same program with one more unit that defines it links and runs, and
# every name that unit defines for the linker (nm) carries the suffix.
# Usage: cmake -DCOMPILER=... -DNM=... -DSOURCE=missing_implementation.c -DINCLUDE_DIR=... -DVERSION=2.1.0
#              -DWORK_DIR=... -P check_missing_implementation.cmake
file(MAKE_DIRECTORY "${WORK_DIR}")
string(REPLACE "." "_" version "${VERSION}")
set(suffix "_v${version}_define_SIPCODES_IMPLEMENTATION_in_one_file")

execute_process(COMMAND ${COMPILER} -std=c99 -I${INCLUDE_DIR} -c "${SOURCE}" -o "${WORK_DIR}/program.o"
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "the unit does not compile:\n${out}${err}")
endif()
execute_process(COMMAND ${COMPILER} "${WORK_DIR}/program.o" -o "${WORK_DIR}/program"
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(result EQUAL 0)
  message(FATAL_ERROR "a program without SIPCODES_IMPLEMENTATION linked")
endif()
foreach(name sipcodes_detail_phrase_text sipcodes_find sipcodes_to_q850_cause sipcodes_tr_reason_phrase)
  if(NOT "${out}${err}" MATCHES "${name}${suffix}")
    message(FATAL_ERROR "the linker's message does not name ${name}${suffix}:\n${out}${err}")
  endif()
endforeach()

file(WRITE "${WORK_DIR}/implementation.c"
     "#define SIPCODES_IMPLEMENTATION\n#include <sipcodes/lang/tr.h>\n#include <sipcodes/q850.h>\n")
execute_process(COMMAND ${COMPILER} -std=c99 -I${INCLUDE_DIR} "${WORK_DIR}/implementation.c" "${WORK_DIR}/program.o"
                        -o "${WORK_DIR}/program"
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "with an implementation unit, the program does not link:\n${out}${err}")
endif()
execute_process(COMMAND "${WORK_DIR}/program" RESULT_VARIABLE result OUTPUT_VARIABLE out)
if(NOT result EQUAL 0 OR NOT out MATCHES "^Busy Here Busy Here 17 Me")
  message(FATAL_ERROR "with an implementation unit, the program printed:\n${out}")
endif()

# Each global name of the implementation unit: the functions of the three
# headers and the data the inline lookups read, every one versioned.
execute_process(COMMAND ${COMPILER} -std=c99 -I${INCLUDE_DIR} -c "${WORK_DIR}/implementation.c"
                        -o "${WORK_DIR}/implementation.o" RESULT_VARIABLE result ERROR_VARIABLE err)
execute_process(COMMAND ${NM} -g --defined-only "${WORK_DIR}/implementation.o"
                RESULT_VARIABLE nm_result OUTPUT_VARIABLE symbols ERROR_VARIABLE nm_err)
if(NOT result EQUAL 0 OR NOT nm_result EQUAL 0)
  message(FATAL_ERROR "cannot list the implementation unit's names:\n${err}${nm_err}")
endif()
string(REGEX REPLACE "\n$" "" symbols "${symbols}")
string(REPLACE "\n" ";" symbols "${symbols}")
set(count 0)
foreach(line IN LISTS symbols)
  string(REGEX REPLACE ".* " "" name "${line}")
  string(REGEX REPLACE "^_" "" name "${name}")  # Mach-O's leading underscore
  if(NOT name MATCHES "^sipcodes_[a-z0-9_]+${suffix}$")
    message(FATAL_ERROR "the implementation unit defines '${name}', which is not a versioned sipcodes name")
  endif()
  math(EXPR count "${count} + 1")
endforeach()
if(count LESS 30)
  message(FATAL_ERROR "the implementation unit defines only ${count} names:\n${symbols}")
endif()
message(STATUS "the implementation unit defines ${count} names, each *${suffix}")
message(STATUS "without SIPCODES_IMPLEMENTATION the link fails naming *${suffix}; with it, the program runs")
