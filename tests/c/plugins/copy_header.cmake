# Writes a copy of sipcodes.h for the plugin test, changed as a vendored copy
# of another release, or another build of this one, would be: the phrase of
# 486 ends in "x" instead of "e" (same length, so every offset stays), and,
# with OTHER_VERSION, the version is another one (the macros and the
# version in the link names). Fails when the header no longer holds what
# it replaces, so that the test cannot silently compare two equal copies.
# Usage: cmake -DIN=sipcodes.h -DOUT=copy/sipcodes/sipcodes.h -DVERSION=2.1.0 [-DOTHER_VERSION=2.1.1] -P copy_header.cmake
file(READ "${IN}" header)

function(replace_all from to)
  string(FIND "${header}" "${from}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${IN} holds no '${from}' to change")
  endif()
  string(REPLACE "${from}" "${to}" changed "${header}")
  set(header "${changed}" PARENT_SCOPE)
endfunction()

replace_all("\"Busy Here\"" "\"Busy Herx\"")
replace_all("Busy Here\\0" "Busy Herx\\0")
if(OTHER_VERSION)
  string(REPLACE "." ";" from "${VERSION}")
  string(REPLACE "." ";" to "${OTHER_VERSION}")
  set(i 0)
  foreach(part MAJOR MINOR PATCH)
    list(GET from ${i} from_part)
    list(GET to ${i} to_part)
    replace_all("#define SIPCODES_VERSION_${part} ${from_part}\n" "#define SIPCODES_VERSION_${part} ${to_part}\n")
    math(EXPR i "${i} + 1")
  endforeach()
  string(REPLACE "." "_" from_name "${VERSION}")
  string(REPLACE "." "_" to_name "${OTHER_VERSION}")
  replace_all("_v${from_name}" "_v${to_name}")
endif()
file(WRITE "${OUT}" "${header}")
