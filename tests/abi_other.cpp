// Built against another version of the core (2.99.0, with 486's phrase
// changed; see compile_fail/other_version.cmake), as a vendored copy in
// another part of a program would be. test_odr.cpp checks that this
// translation unit keeps its own table while the others keep theirs.
#include SIPCODES_OTHER_VERSION

#include <string_view>

std::string_view other_version_reason(int code) { return sipcodes::reason_phrase(code); }
const void* other_version_table() { return &sipcodes::all()[0]; }
int other_version_minor() { return SIPCODES_VERSION_MINOR; }
