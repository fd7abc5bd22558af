# Writes the reference page: cmake -DTOOL=<sipcodes> -DPAGE_LANG=<en|tr>
# -DOUTPUT=<file> -P write_reference_page.cmake. A script rather than a shell
# redirection, so that it works with every generator and on every system.
# EMULATOR, |-separated, runs TOOL in a cross build.
string(REPLACE "|" ";" EMULATOR "${EMULATOR}")
get_filename_component(_directory "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${_directory}")
execute_process(COMMAND ${EMULATOR} "${TOOL}" --html --lang "${PAGE_LANG}" OUTPUT_FILE "${OUTPUT}" RESULT_VARIABLE _result
                ERROR_VARIABLE _error)
if(NOT _result EQUAL 0)
  file(REMOVE "${OUTPUT}")
  message(FATAL_ERROR "${TOOL} --html failed (${_result}): ${_error}")
endif()
