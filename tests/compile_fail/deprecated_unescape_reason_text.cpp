// The former form of unescape_quoted, with the text first, still works, and warns.
// expect: unescape_reason_text.*deprecated
#include <sipcodes/sipcodes.hpp>

bool use(char* first, char* last) {
#ifdef SIPCODES_COMPILE_FAIL
  return static_cast<bool>(sipcodes::unescape_reason_text("say \\\"hi\\\"", first, last));
#else
  return static_cast<bool>(sipcodes::unescape_quoted(first, last, "say \\\"hi\\\""));
#endif
}
