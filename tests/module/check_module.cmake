# Precompiles the module interfaces of sipcodes (include/sipcodes/module), then
# compiles and runs a consumer that only imports them. CMake 3.25 builds no
# modules itself, so the commands are spelled out here, for clang.
# Usage: cmake -DCOMPILER=clang++-19 -DFLAGS="-stdlib=libc++" -DINCLUDE_DIR=...
#              -DSOURCE_DIR=tests/module -DWORK_DIR=... -P check_module.cmake
separate_arguments(_flags UNIX_COMMAND "${FLAGS}")
set(_std -std=c++20 ${_flags})
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

function(run what)
  execute_process(COMMAND ${ARGN} WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE _result OUTPUT_VARIABLE _out
                  ERROR_VARIABLE _err)
  if(NOT _result EQUAL 0)
    message(FATAL_ERROR "${what} failed:\n${_out}${_err}")
  endif()
  set(run_output "${_out}" PARENT_SCOPE)
endfunction()

set(_module_files "")
set(_objects "")
foreach(_module sipcodes sipcodes.q850 sipcodes.lang.tr)
  run("precompiling ${_module}" ${COMPILER} ${_std} --precompile "${INCLUDE_DIR}/sipcodes/module/${_module}.cppm"
      -o ${_module}.pcm)
  run("compiling ${_module}.pcm" ${COMPILER} ${_std} -c ${_module}.pcm -o ${_module}.o)
  list(APPEND _module_files -fmodule-file=${_module}=${_module}.pcm)
  list(APPEND _objects ${_module}.o)
endforeach()
run("compiling the consumer" ${COMPILER} ${_std} ${_module_files} -c "${SOURCE_DIR}/consumer.cpp" -o consumer.o)
run("linking the consumer" ${COMPILER} ${_std} consumer.o ${_objects} -o consumer)
run("running the consumer" "${WORK_DIR}/consumer")
message(STATUS "${run_output}")
