# The generator of the C headers (cmake/c_headers/generate_c_headers.cpp, a
# C++ program over the C++ headers) and the target that runs it over the
# source tree:
#   cmake --build build --target sipcodes_c_headers
# rewrites include/sipcodes/sipcodes.h, q850.h and lang/tr.h after a change
# of the C++ headers or of the templates. Defined in every top-level build
# that has a C++ compiler, whatever its options; the test
# c_headers_up_to_date runs the same generator into the build tree.
include(${CMAKE_CURRENT_LIST_DIR}/sipcodesWarnings.cmake)
add_executable(sipcodes_c_headers_generator ${CMAKE_CURRENT_LIST_DIR}/c_headers/generate_c_headers.cpp)
target_link_libraries(sipcodes_c_headers_generator PRIVATE sipcodes::sipcodes)
sipcodes_strict_warnings(sipcodes_c_headers_generator)
add_custom_target(sipcodes_c_headers
                  COMMAND sipcodes_c_headers_generator ${PROJECT_SOURCE_DIR}/cmake/c_headers
                          ${PROJECT_SOURCE_DIR}/include/sipcodes
                  COMMENT "Writing include/sipcodes/sipcodes.h, q850.h and lang/tr.h from the C++ headers" VERBATIM)
# Built with the rest only when the tests, which run it, are.
if(NOT SIPCODES_BUILD_TESTS)
  set_target_properties(sipcodes_c_headers_generator PROPERTIES EXCLUDE_FROM_ALL ON)
endif()
