# Users read the README, the CHANGELOG, the documents and the comments: none
# of them may speak of the project's internal work items ("issue 6").
# Usage: cmake -DSOURCE_DIR=... -P check_no_internal_references.cmake
file(GLOB_RECURSE _files RELATIVE "${SOURCE_DIR}"
     "${SOURCE_DIR}/README.md" "${SOURCE_DIR}/CHANGELOG.md" "${SOURCE_DIR}/docs/*"
     "${SOURCE_DIR}/include/*" "${SOURCE_DIR}/examples/*" "${SOURCE_DIR}/tests/*" "${SOURCE_DIR}/benchmarks/*"
     "${SOURCE_DIR}/cmake/*" "${SOURCE_DIR}/CMakeLists.txt")
set(_found "")
foreach(_file IN LISTS _files)
  if(_file MATCHES "\\.(svg|png|csv)$|/corpus/" OR _file STREQUAL "tests/check_no_internal_references.cmake")
    continue()
  endif()
  file(STRINGS "${SOURCE_DIR}/${_file}" _lines REGEX "[Ii][Ss][Ss][Uu][Ee][Ss]? #?[0-9]")
  foreach(_line IN LISTS _lines)
    string(APPEND _found "  ${_file}: ${_line}\n")
  endforeach()
endforeach()
if(_found)
  message(FATAL_ERROR "internal work items are named here:\n${_found}")
endif()
list(LENGTH _files _count)
message(STATUS "no internal references in ${_count} files")
