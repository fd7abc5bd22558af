# Fails when the generated section of DOCUMENT differs from what TOOL prints.
# The section sits between the lines "<!-- BEGIN GENERATED: sipcodes ARGS -->"
# and "<!-- END GENERATED -->", where ARGS are TOOL_ARGS. With -DUPDATE=ON it
# writes TOOL's output into the section instead (the target
# update-generated-docs does that for every generated document).
# Usage: cmake -DTOOL=... -DTOOL_ARGS="--markdown" -DDOCUMENT=README.md -P check_generated_section.cmake
# EMULATOR, |-separated, runs TOOL in a cross build.
string(REPLACE "|" ";" EMULATOR "${EMULATOR}")
separate_arguments(_args UNIX_COMMAND "${TOOL_ARGS}")
execute_process(COMMAND ${EMULATOR} ${TOOL} ${_args} OUTPUT_VARIABLE _generated RESULT_VARIABLE _result)
if(NOT _result EQUAL 0)
  message(FATAL_ERROR "${TOOL} ${TOOL_ARGS} failed with ${_result}")
endif()

file(READ "${DOCUMENT}" _document)
set(_begin "<!-- BEGIN GENERATED: sipcodes ${TOOL_ARGS} -->\n")
set(_end "<!-- END GENERATED -->")
string(FIND "${_document}" "${_begin}" _begin_at)
if(_begin_at EQUAL -1)
  message(FATAL_ERROR "${DOCUMENT} has no section marked '${_begin}'")
endif()
string(LENGTH "${_begin}" _begin_length)
math(EXPR _start "${_begin_at} + ${_begin_length}")
string(SUBSTRING "${_document}" ${_start} -1 _after_begin)
string(FIND "${_after_begin}" "${_end}" _end_at)
if(_end_at EQUAL -1)
  message(FATAL_ERROR "${DOCUMENT}: the section '${_begin}' has no '${_end}'")
endif()
string(SUBSTRING "${_after_begin}" 0 ${_end_at} _committed)

if(UPDATE)
  if(NOT _committed STREQUAL _generated)
    string(SUBSTRING "${_document}" 0 ${_start} _head)
    string(SUBSTRING "${_after_begin}" ${_end_at} -1 _tail)
    file(WRITE "${DOCUMENT}" "${_head}${_generated}${_tail}")
    message(STATUS "${DOCUMENT}: wrote the output of `sipcodes ${TOOL_ARGS}`")
  endif()
  return()
endif()
if(NOT _committed STREQUAL _generated)
  file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/generated.txt" "${_generated}")
  message(FATAL_ERROR "The section of ${DOCUMENT} differs from `sipcodes ${TOOL_ARGS}`; "
                      "regenerate it with `cmake --build <build> --target update-generated-docs` (the tool's output is in "
                      "${CMAKE_CURRENT_BINARY_DIR}/generated.txt)")
endif()
message(STATUS "${DOCUMENT} matches `sipcodes ${TOOL_ARGS}`")
