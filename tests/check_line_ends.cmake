# Fails when TOOL writes a carriage return: its output is the same bytes on
# every system, "\n" included (a Windows stream in text mode would write
# "\r\n"). execute_process drops the "\r" of "\r\n" from captured output, so
# the output goes to a file and is read as bytes.
# Usage: cmake -DTOOL=... [-DEMULATOR=a|b] -DARGS=a|b -DWORK_FILE=... -P check_line_ends.cmake
string(REPLACE "|" ";" EMULATOR "${EMULATOR}")
string(REPLACE "|" ";" ARGS "${ARGS}")
execute_process(COMMAND ${EMULATOR} ${TOOL} ${ARGS} OUTPUT_FILE "${WORK_FILE}" RESULT_VARIABLE _result)
if(NOT _result EQUAL 0)
  message(FATAL_ERROR "sipcodes ${ARGS} failed with ${_result}")
endif()
file(READ "${WORK_FILE}" _bytes HEX)
string(LENGTH "${_bytes}" _length)
if(_length EQUAL 0)
  message(FATAL_ERROR "sipcodes ${ARGS} wrote nothing")
endif()
string(REGEX MATCHALL "[0-9a-f][0-9a-f]" _octets "${_bytes}")
list(FIND _octets 0d _cr)
if(NOT _cr EQUAL -1)
  message(FATAL_ERROR "sipcodes ${ARGS} wrote a carriage return at byte ${_cr}")
endif()
