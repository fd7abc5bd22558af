# Every public name of the core header's namespace must be exported by the
# module (`using sipcodes::NAME;` in sipcodes.cppm), and the module exports
# nothing else. The header follows .clang-format (Google style, checked in
# CI): a declaration at namespace scope starts at the start of a line, and
# nothing inside a class or a function does. So the names are read from the
# lines that start with a letter, between SIPCODES_NAMESPACE_BEGIN and
# SIPCODES_NAMESPACE_END, outside `namespace detail`; a qualified name
# (`status_info::aliases`) defines a member. A line that starts a declaration
# this script cannot read fails it, so that no name is missed in silence.
# Usage: cmake -DHEADER=include/sipcodes/sipcodes.hpp
#              -DMODULE=include/sipcodes/module/sipcodes.cppm -P check_module_exports.cmake

cmake_minimum_required(VERSION 3.14)

# The lines of a file as a CMake list: string literals emptied, then ';',
# brackets and backslashes, which CMake's lists treat specially, replaced.
function(read_lines file out)
  file(READ "${file}" _text)
  string(REGEX REPLACE "\"([^\"\\\\\n]|\\\\.)*\"" "\"\"" _text "${_text}")
  string(REPLACE ";" " " _text "${_text}")
  string(REPLACE "\\" "<backslash>" _text "${_text}")
  string(REPLACE "[" "<" _text "${_text}")
  string(REPLACE "]" ">" _text "${_text}")
  string(REPLACE "\n" ";" _text "${_text}")
  set(${out} "${_text}" PARENT_SCOPE)
endfunction()

read_lines("${HEADER}" _lines)
set(_public "")
set(_unread "")
set(_inside FALSE)
set(_detail 0)
set(_continued FALSE)
set(_pending "")  # a declaration whose name is on the next line
set(_number 0)
foreach(_line IN LISTS _lines)
  math(EXPR _number "${_number} + 1")
  if(_continued)  # a macro's definition goes on
    if(NOT _line MATCHES "<backslash>$")
      set(_continued FALSE)
    endif()
    continue()
  endif()
  if(_line MATCHES "^#")
    if(_line MATCHES "<backslash>$")
      set(_continued TRUE)
    endif()
    continue()
  endif()
  if(_line MATCHES "^SIPCODES_NAMESPACE_BEGIN")
    set(_inside TRUE)
    continue()
  elseif(_line MATCHES "^SIPCODES_NAMESPACE_END")
    set(_inside FALSE)
    continue()
  endif()
  if(NOT _inside)
    continue()
  endif()
  if(_line MATCHES "^namespace detail {")
    math(EXPR _detail "${_detail} + 1")
    continue()
  elseif(_line MATCHES "^}  // namespace detail")
    math(EXPR _detail "${_detail} - 1")
    continue()
  endif()
  if(_detail GREATER 0 OR NOT _line MATCHES "^[A-Za-z<]")
    continue()  # detail, indented (inside a declaration), a brace or a comment
  endif()
  if(_line MATCHES "^template *<.*> *$" OR _line MATCHES "^static_assert")
    continue()  # a template head: its declaration is on the next line
  endif()
  if(_line MATCHES "^template")
    string(APPEND _unread "  line ${_number}: ${_line} (a template head and more)\n")
    continue()
  endif()
  string(REGEX REPLACE "<<[^>]*>>" "" _declaration "${_line}")  # attributes
  string(STRIP "${_pending} ${_declaration}" _declaration)
  set(_name "")
  if(_declaration MATCHES "^(enum class|enum|struct|class|union) +([A-Za-z_][A-Za-z0-9_]*)")
    set(_name "${CMAKE_MATCH_2}")
  elseif(_declaration MATCHES "^using +([A-Za-z_][A-Za-z0-9_]*) *=")
    set(_name "${CMAKE_MATCH_1}")
  elseif(_declaration MATCHES "(operator[^ (A-Za-z0-9_]+) *\\(")
    set(_name "${CMAKE_MATCH_1}")
  elseif(_declaration MATCHES "([A-Za-z_][A-Za-z0-9_:]*) *(\\(|=|{)")
    set(_name "${CMAKE_MATCH_1}")
  endif()
  if(_name STREQUAL "" AND _pending STREQUAL "")
    set(_pending "${_declaration}")  # "constexpr write_result", then the name
    continue()
  endif()
  set(_pending "")
  if(_name STREQUAL "" OR _name MATCHES "^(decltype|alignas|noexcept|sizeof)$")
    string(APPEND _unread "  line ${_number}: ${_line}\n")
  elseif(NOT _name MATCHES "::")
    list(APPEND _public "${_name}")
  endif()
endforeach()
if(_unread)
  message(FATAL_ERROR "${HEADER}: declarations this check cannot read:\n${_unread}")
endif()
list(REMOVE_DUPLICATES _public)
list(LENGTH _public _count)
if(_count LESS 50)
  message(FATAL_ERROR "${HEADER}: only ${_count} public names found; the check reads the header wrongly")
endif()

read_lines("${MODULE}" _module_lines)
set(_exported "")
foreach(_line IN LISTS _module_lines)
  if(_line MATCHES "^using sipcodes::([^ ]+) *$")
    list(APPEND _exported "${CMAKE_MATCH_1}")
  endif()
endforeach()

set(_missing "")
foreach(_name IN LISTS _public)
  if(NOT _name IN_LIST _exported)
    string(APPEND _missing " ${_name}")
  endif()
endforeach()
set(_unknown "")
foreach(_name IN LISTS _exported)
  if(NOT _name IN_LIST _public)
    string(APPEND _unknown " ${_name}")
  endif()
endforeach()
if(_missing OR _unknown)
  message(FATAL_ERROR "${MODULE} and ${HEADER} disagree:\n"
                      "  public names the module does not export:${_missing}\n"
                      "  names the module exports that the header does not declare:${_unknown}")
endif()
message(STATUS "the module exports all ${_count} public names of the core header")
