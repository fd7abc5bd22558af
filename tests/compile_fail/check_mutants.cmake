# Proves that each compile-fail test fails for its own reason: for every
# source, a mutant is written whose misuse branch names nothing that exists,
# and check.cmake must then FAIL on it. A test that still passes would be
# passing on some other error, or on text that is not the error at all.
#
# The rule: in each misuse branch (the lines after "#ifdef
# SIPCODES_COMPILE_FAIL" up to its "#else" or "#endif"), the identifier right
# after each "sipcodes::" and each macro name starting with "SIPCODES_" gets
# its last character doubled: sipcodes::write_status_line(...) becomes
# sipcodes::write_status_linee(...), sipcodes::status::ok becomes
# sipcodes::statuss::ok. Such a near miss is what clang corrects ("did you
# mean 'write_status_line'?") and then compiles on as if it were the right
# name, so the misuse's own error may still follow; only a check that reads
# the first error refuses the mutant. A source whose misuse branch has no
# such name cannot be mutated, and fails this test.
#
# A mutant counts as killed only when check.cmake refuses its misuse; its
# control is the original's and is left out. The original tests run first
# (ctest fixture), so a kill is never the original's own failure.
#
# Usage: cmake -DSOURCES=a.cpp|b.cpp -DCHECK=check.cmake -DWORK_DIR=... and
#              the arguments of check.cmake but SOURCE -P check_mutants.cmake
cmake_minimum_required(VERSION 3.14)
string(REPLACE "|" ";" SOURCES "${SOURCES}")
file(MAKE_DIRECTORY "${WORK_DIR}")

set(_killed 0)
set(_ran 0)
set(_not_run "")
set(_survivors "")
foreach(_source IN LISTS SOURCES)
  get_filename_component(_name "${_source}" NAME_WE)
  get_filename_component(_dir "${_source}" DIRECTORY)
  file(READ "${_source}" _text)
  set(_text "\n${_text}")  # every directive, the first line's too, follows a line break

  # Rewrite each misuse branch; the text around the branches stays as it is.
  set(_mutant "")
  set(_names 0)
  set(_problem "")
  set(_opening "\n#ifdef SIPCODES_COMPILE_FAIL\n")
  string(LENGTH "${_opening}" _opening_length)
  while(TRUE)
    string(FIND "${_text}" "${_opening}" _at)
    if(_at EQUAL -1)
      break()
    endif()
    math(EXPR _start "${_at} + ${_opening_length}")
    string(SUBSTRING "${_text}" 0 ${_start} _before)
    string(SUBSTRING "${_text}" ${_start} -1 _text)
    set(_end -1)
    foreach(_directive "\n#else" "\n#elif" "\n#endif")
      string(FIND "\n${_text}" "${_directive}" _found)
      if(NOT _found EQUAL -1 AND (_end EQUAL -1 OR _found LESS _end))
        set(_end ${_found})
      endif()
    endforeach()
    if(_end EQUAL -1)
      set(_problem "a misuse branch has no #else or #endif at the start of a line")
      break()
    endif()
    string(SUBSTRING "${_text}" 0 ${_end} _branch)
    string(SUBSTRING "${_text}" ${_end} -1 _text)
    if("\n${_branch}" MATCHES "\n[ \t]*#[ \t]*if")
      set(_problem "a misuse branch holds a nested #if, which this rule does not read")
      break()
    endif()
    string(REGEX MATCHALL "sipcodes::[A-Za-z_][A-Za-z0-9_]*|SIPCODES_[A-Za-z0-9_]+" _found "${_branch}")
    list(LENGTH _found _count)
    math(EXPR _names "${_names} + ${_count}")
    string(REGEX REPLACE "sipcodes::([A-Za-z0-9_]*)([A-Za-z0-9_])" "sipcodes::\\1\\2\\2" _branch "${_branch}")
    string(REGEX REPLACE "(SIPCODES_[A-Za-z0-9_]*)([A-Za-z0-9_])" "\\1\\2\\2" _branch "${_branch}")
    string(APPEND _mutant "${_before}${_branch}")
  endwhile()
  string(APPEND _mutant "${_text}")
  string(SUBSTRING "${_mutant}" 1 -1 _mutant)  # the line break added above
  if(NOT _problem AND _names EQUAL 0)
    set(_problem "no sipcodes:: or SIPCODES_ name in a misuse branch (or no misuse branch) to misspell")
  endif()
  if(_problem)
    message(STATUS "cannot mutate ${_name}: ${_problem}")
    list(APPEND _survivors ${_name})
    math(EXPR _ran "${_ran} + 1")
    continue()
  endif()

  set(_mutant_source "${WORK_DIR}/${_name}.cpp")
  file(WRITE "${_mutant_source}" "${_mutant}")
  execute_process(COMMAND ${CMAKE_COMMAND} "-DCOMPILER=${COMPILER}" "-DCOMPILER_ID=${COMPILER_ID}"
                          "-DSOURCE=${_mutant_source}" "-DINCLUDE_DIRS=${INCLUDE_DIRS}|${_dir}"
                          "-DSTANDARD=${STANDARD}" "-DEXTRA_FLAGS=${EXTRA_FLAGS}" "-DOTHER_VERSION=${OTHER_VERSION}"
                          "-DWORK_DIR=${WORK_DIR}/${_name}" -DSKIP_CONTROL=ON -P "${CHECK}"
                  RESULT_VARIABLE _result OUTPUT_VARIABLE _output ERROR_VARIABLE _output)
  if(_output MATCHES "compile-fail test skipped: [^\n]*lacks ([^\n]*)")
    list(APPEND _not_run "${_name} (${CMAKE_MATCH_1})")
    continue()
  endif()
  math(EXPR _ran "${_ran} + 1")
  if(NOT _result EQUAL 0 AND _output MATCHES "the misuse (compiles|fails to compile)")
    math(EXPR _killed "${_killed} + 1")
    message(STATUS "killed: ${_name}")
  else()
    list(APPEND _survivors ${_name})
    message(STATUS "SURVIVED: ${_name} (${_mutant_source}):\n${_output}")
  endif()
endforeach()

list(LENGTH _not_run _not_run_count)
string(REPLACE ";" ", " _not_run "${_not_run}")
set(_summary "compile-fail mutants: ${_killed} of ${_ran} killed by ${COMPILER}; ${_not_run_count} not run")
if(_not_run_count GREATER 0)
  string(APPEND _summary " (the compiler lacks what they need: ${_not_run})")
endif()
if(_ran EQUAL 0)
  message(FATAL_ERROR "${_summary}: no mutant ran")
endif()
if(NOT _killed EQUAL _ran)
  string(REPLACE ";" ", " _survivors "${_survivors}")
  message(FATAL_ERROR "${_summary}; survived or could not be made: ${_survivors}")
endif()
message(STATUS "${_summary}")
