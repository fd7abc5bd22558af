# Writes a copy of the core as another version would be: 2.99.0, with 486's
# phrase changed so that its table can be told from ours. The vendoring tests
# build against it. Every change must take, or the copy would prove nothing.
# Usage: sipcodes_write_other_version(CORE_HEADER OUTPUT_HEADER)
function(sipcodes_write_other_version core output)
  file(READ "${core}" _text)
  set(_changes
    "#define SIPCODES_VERSION_MINOR 1|#define SIPCODES_VERSION_MINOR 99"
    "SIPCODES_VERSION_MINOR != 1|SIPCODES_VERSION_MINOR != 99"
    "this header is sipcodes 2.1.0|this header is sipcodes 2.99.0"
    "X(busy_here, \"Busy Here\",|X(busy_here, \"Busy Here Too\",")
  foreach(_change IN LISTS _changes)
    string(REPLACE "|" ";" _pair "${_change}")
    list(GET _pair 0 _from)
    list(GET _pair 1 _to)
    string(FIND "${_text}" "${_from}" _at)
    if(_at EQUAL -1)
      message(FATAL_ERROR "other_version.cmake: \"${_from}\" is not in ${core}; update the copy's changes")
    endif()
    string(REPLACE "${_from}" "${_to}" _text "${_text}")
  endforeach()
  file(WRITE "${output}" "${_text}")
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${core}")
endfunction()
