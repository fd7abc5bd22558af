# Compiles constant_lookup.cpp and every_function.cpp at -O2 and checks:
#  - constant lookups touch none of sipcodes' tables (no symbol of
#    sipcodes::detail in the assembly);
#  - the header brings no static initialiser (no .init_array or .ctors section).
# Usage: cmake -DCOMPILER=... -DINCLUDE_DIR=... -DSOURCE_DIR=... -DWORK_DIR=... -P check_codegen.cmake
set(_flags -std=c++17 -O2 -I${INCLUDE_DIR})

execute_process(COMMAND ${COMPILER} ${_flags} -S -o ${WORK_DIR}/constant_lookup.s ${SOURCE_DIR}/constant_lookup.cpp
                RESULT_VARIABLE _result ERROR_VARIABLE _errors)
if(NOT _result EQUAL 0)
  message(FATAL_ERROR "compiling constant_lookup.cpp failed:\n${_errors}")
endif()
file(READ ${WORK_DIR}/constant_lookup.s _assembly)
# sipcodes::v2_1_0::detail mangles as _ZN8sipcodes6v2_1_06detail (the version
# namespace between the two); any reference is a table access.
string(REGEX MATCH "_ZN8sipcodes[0-9]+v[0-9_]+6detail" _table_reference "${_assembly}")
if(_table_reference)
  message(FATAL_ERROR "a constant lookup reads sipcodes' tables at run time; see ${WORK_DIR}/constant_lookup.s")
endif()
string(FIND "${_assembly}" "constant_reason_length" _function)
if(_function EQUAL -1)
  message(FATAL_ERROR "constant_reason_length was not emitted; the check would pass for nothing")
endif()

execute_process(COMMAND ${COMPILER} ${_flags} -c -o ${WORK_DIR}/every_function.o ${SOURCE_DIR}/every_function.cpp
                RESULT_VARIABLE _result ERROR_VARIABLE _errors)
if(NOT _result EQUAL 0)
  message(FATAL_ERROR "compiling every_function.cpp failed:\n${_errors}")
endif()
execute_process(COMMAND objdump -h ${WORK_DIR}/every_function.o OUTPUT_VARIABLE _sections RESULT_VARIABLE _result)
if(NOT _result EQUAL 0 OR NOT _sections MATCHES "\\.text")
  message(FATAL_ERROR "objdump could not list the sections of every_function.o")
endif()
if(_sections MATCHES "\\.init_array|\\.ctors")
  message(FATAL_ERROR "the header brings a static initialiser:\n${_sections}")
endif()
message(STATUS "constant lookups are folded; no static initialiser")
