# Fails when the long options TOOL --help lists differ from those PAGE (a
# roff source) documents, in either direction.
# Usage: cmake -DTOOL=... -DPAGE=docs/man/sipcodes.1.in -P check_man_page.cmake
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
message(STATUS "${PAGE} documents the options --help lists: ${_page_options}")
