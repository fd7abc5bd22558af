# Run at install time by the install component `commands` (examples/): the
# commands, their manual pages and completions are installed when they have
# been built, and an install says which it skips and why, creating no
# directory for them.

# sipcodes_install_built(STRIP BUILD_DIR FILE...): installs each FILE, given
# as SOURCE|DESTINATION|NAME|TYPE (TYPE EXECUTABLE, whose NAME is SOURCE's,
# or FILE), whose
# SOURCE is built, stripping executables when the install asks to with STRIP;
# then names the ones it skipped. The first FILE is the sipcodes command.
function(sipcodes_install_built strip build_dir)
  set(skipped "")
  set(command_built TRUE)
  foreach(file IN LISTS ARGN)
    string(REPLACE "|" ";" parts "${file}")
    list(GET parts 0 source)
    list(GET parts 1 destination)
    list(GET parts 2 name)
    list(GET parts 3 type)
    if(NOT EXISTS "${source}")
      list(APPEND skipped "${destination}/${name}")
      if(file STREQUAL ARGV2)
        set(command_built FALSE)
      endif()
      continue()
    endif()
    if(IS_ABSOLUTE "${destination}")
      set(to "${destination}")
    else()
      set(to "${CMAKE_INSTALL_PREFIX}/${destination}")
    endif()
    if(type STREQUAL "EXECUTABLE")  # under its own name, which file(INSTALL) does not let it change
      file(INSTALL DESTINATION "${to}" TYPE EXECUTABLE FILES "${source}")
      if(CMAKE_INSTALL_DO_STRIP AND strip)
        execute_process(COMMAND "${strip}" "$ENV{DESTDIR}${to}/${name}")
      endif()
    else()
      file(INSTALL DESTINATION "${to}" TYPE ${type} RENAME "${name}" FILES "${source}")
    endif()
  endforeach()
  if(NOT skipped)
    return()
  endif()
  list(JOIN skipped ", " skipped)
  if(command_built)
    message(WARNING "sipcodes: not installed, because they are not built: ${skipped}. "
                    "Build everything (cmake --build ${build_dir}) and install again to have them.")
  else()
    message(WARNING "sipcodes: the commands are not built, so only the headers are installed; not installed: "
                    "${skipped}. Build first (cmake --build ${build_dir}) to install the commands too.")
  endif()
endfunction()
