# Fails when the long options TOOL --help lists differ from those PAGE (a
# roff source) documents, in either direction. With -DSYNOPSIS=ON, also when
# the usage lines of --help (the first, and those after it that start with a
# blank) or the page's SYNOPSIS leave one of them out.
# Usage: cmake -DTOOL=... -DPAGE=docs/man/sipcodes.1.in [-DSYNOPSIS=ON] -P check_man_page.cmake
execute_process(COMMAND ${TOOL} --help OUTPUT_VARIABLE _help RESULT_VARIABLE _result)
if(NOT _result EQUAL 0)
  message(FATAL_ERROR "${TOOL} --help failed with ${_result}")
endif()
string(REGEX MATCHALL "--[a-z][a-z0-9-]*" _help_options "${_help}")
list(REMOVE_DUPLICATES _help_options)
list(SORT _help_options)

file(READ "${PAGE}" _page)
string(REPLACE "\\-" "-" _page "${_page}")
string(REGEX MATCHALL "--[a-z][a-z0-9-]*" _page_options "${_page}")
list(REMOVE_DUPLICATES _page_options)
list(SORT _page_options)

if(NOT _help_options STREQUAL _page_options)
  set(_missing_in_page ${_help_options})
  list(REMOVE_ITEM _missing_in_page ${_page_options})
  set(_missing_in_help ${_page_options})
  list(REMOVE_ITEM _missing_in_help ${_help_options})
  message(FATAL_ERROR "--help and ${PAGE} disagree.\n  only in --help: ${_missing_in_page}\n"
                      "  only in the page: ${_missing_in_help}")
endif()
if(SYNOPSIS)
  string(REGEX MATCH "^usage:[^\n]*(\n[ \t][^\n]*)*" _usage "${_help}")
  string(REGEX MATCH "\n\\.SH SYNOPSIS\n.*" _synopsis "${_page}")
  string(SUBSTRING "${_synopsis}" 1 -1 _synopsis)
  string(FIND "${_synopsis}" "\n.SH " _next)  # the section ends where the next starts
  if(_next GREATER 0)
    string(SUBSTRING "${_synopsis}" 0 ${_next} _synopsis)
  endif()
  foreach(_where usage synopsis)
    string(REGEX MATCHALL "--[a-z][a-z0-9-]*" _listed "${_${_where}}")
    set(_left_out ${_page_options})
    if(_listed)
      list(REMOVE_ITEM _left_out ${_listed})
    endif()
    if(_left_out)
      message(FATAL_ERROR "the ${_where} of ${TOOL} leaves out ${_left_out}:\n${_${_where}}")
    endif()
  endforeach()
endif()
message(STATUS "${PAGE} documents the options --help lists: ${_page_options}")
