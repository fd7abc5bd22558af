// The core included without SIPCODES_NAMESPACE_NO_VERSION, then again with
// it: the second include would silently keep the versioned names the first
// one declared. A compile error that names the macro.
// expect: SIPCODES_NAMESPACE_NO_VERSION must be defined the same way before the first sipcodes include
#include <sipcodes/sipcodes.hpp>
#ifdef SIPCODES_COMPILE_FAIL
#define SIPCODES_NAMESPACE_NO_VERSION 1
#endif
#include <sipcodes/sipcodes.hpp>

static_assert(sipcodes::reason_phrase(486) == "Busy Here");
