# SIPCODES_STATIC decides, at a unit's first sipcodes header, whether the
# unit uses the program's one copy or holds a private one. A unit that
# defines it before some of its sipcodes headers and not before others does
# not compile, whichever comes first and whichever header follows, and the
# only error is the one that names SIPCODES_STATIC: the same unit without
# the define (or without the #undef) compiles cleanly. A unit that defines
# SIPCODES_IMPLEMENTATION after a first plain include compiles, and every
# name it gives the linker, the add-ons' included, is versioned.
# Usage: cmake -DCOMPILER=... -DNM=... -DINCLUDE_DIR=... -DVERSION=2.1.0 -DWORK_DIR=...
#              -P check_mode_mismatch.cmake
file(MAKE_DIRECTORY "${WORK_DIR}")
set(expected "define SIPCODES_STATIC before every sipcodes header a unit includes, or before none")
set(flags -std=c99 -Wall -Wextra -Wpedantic -Werror "-I${INCLUDE_DIR}")

set(q850_use "sipcodes_to_q850_cause(486, 0)")
set(tr_use "(sipcodes_tr_reason_phrase(486)[0] != 0)")
set(core_use "(sipcodes_find(486) != NULL)")
set(q850_header "sipcodes/q850.h")
set(tr_header "sipcodes/lang/tr.h")
set(core_header "sipcodes/sipcodes.h")

set(cases 0)
foreach(order plain_then_static static_then_plain)
  foreach(second core q850 tr)
    set(name "${order}_${second}")
    if(order STREQUAL "plain_then_static")
      set(first_lines "#include <sipcodes/sipcodes.h>\n")
      set(switch_line "#define SIPCODES_STATIC\n")
    else()
      set(first_lines "#define SIPCODES_STATIC\n#include <sipcodes/sipcodes.h>\n")
      set(switch_line "#undef SIPCODES_STATIC\n")
    endif()
    set(rest "#include <${${second}_header}>\nint f(void);\nint f(void) { return sipcodes_is_known(486) + ${${second}_use}; }\n")

    # Without the switch, the unit compiles cleanly.
    file(WRITE "${WORK_DIR}/${name}_control.c" "${first_lines}${rest}")
    execute_process(COMMAND ${COMPILER} ${flags} -c "${WORK_DIR}/${name}_control.c" -o "${WORK_DIR}/${name}_control.o"
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result EQUAL 0)
      message(FATAL_ERROR "${name}: the unit without the switch does not compile:\n${out}${err}")
    endif()

    # With it, the unit fails, and each error is the one that names SIPCODES_STATIC.
    file(WRITE "${WORK_DIR}/${name}.c" "${first_lines}${switch_line}${rest}")
    execute_process(COMMAND ${COMPILER} ${flags} -c "${WORK_DIR}/${name}.c" -o "${WORK_DIR}/${name}.o"
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(result EQUAL 0)
      message(FATAL_ERROR "${name}: a unit that switches SIPCODES_STATIC between its sipcodes headers compiled")
    endif()
    string(FIND "${out}${err}" "${expected}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "${name}: the compiler's message does not say \"${expected}\":\n${out}${err}")
    endif()
    string(REPLACE "\n" ";" lines "${out}${err}")
    foreach(line IN LISTS lines)
      if(line MATCHES "error:" AND NOT line MATCHES "SIPCODES_STATIC before every sipcodes header")
        message(FATAL_ERROR "${name}: an error other than the one expected:\n${out}${err}")
      endif()
    endforeach()
    math(EXPR cases "${cases} + 1")
  endforeach()
endforeach()

# SIPCODES_IMPLEMENTATION after a first plain include: one copy for the
# program, every name versioned.
string(REPLACE "." "_" version "${VERSION}")
set(suffix "_v${version}_define_SIPCODES_IMPLEMENTATION_in_one_file")
file(WRITE "${WORK_DIR}/late_implementation.c"
     "#include <sipcodes/sipcodes.h>\n#define SIPCODES_IMPLEMENTATION\n#include <sipcodes/q850.h>\n#include <sipcodes/lang/tr.h>\n")
execute_process(COMMAND ${COMPILER} ${flags} -c "${WORK_DIR}/late_implementation.c" -o "${WORK_DIR}/late_implementation.o"
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "SIPCODES_IMPLEMENTATION after a first plain include does not compile:\n${out}${err}")
endif()
execute_process(COMMAND ${NM} -g --defined-only "${WORK_DIR}/late_implementation.o"
                RESULT_VARIABLE result OUTPUT_VARIABLE symbols ERROR_VARIABLE err)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cannot list the unit's names:\n${err}")
endif()
foreach(name sipcodes_find sipcodes_detail_phrase_text sipcodes_to_q850_cause sipcodes_q850_to_sip_mappings
             sipcodes_tr_reason_phrase sipcodes_tr_warning_description)
  if(NOT symbols MATCHES "${name}${suffix}")
    message(FATAL_ERROR "SIPCODES_IMPLEMENTATION after a first plain include: ${name}${suffix} is not defined:\n${symbols}")
  endif()
endforeach()
string(REGEX REPLACE "\n$" "" symbols "${symbols}")
string(REPLACE "\n" ";" symbols "${symbols}")
foreach(line IN LISTS symbols)
  string(REGEX REPLACE ".* " "" name "${line}")
  string(REGEX REPLACE "^_" "" name "${name}")  # Mach-O's leading underscore
  if(NOT name MATCHES "^sipcodes_[a-z0-9_]+${suffix}$")
    message(FATAL_ERROR "SIPCODES_IMPLEMENTATION after a first plain include defines '${name}', which is not versioned")
  endif()
endforeach()
message(STATUS "${cases} units that switch SIPCODES_STATIC fail, each with \"${expected}\" alone")
