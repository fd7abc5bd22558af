// The core included with SIPCODES_NAMESPACE_NO_VERSION, then the forward
// declarations without it: they would declare status in the versioned
// namespace, beside the core's. A compile error that names the macro.
// expect: SIPCODES_NAMESPACE_NO_VERSION must be defined the same way before the first sipcodes include
#define SIPCODES_NAMESPACE_NO_VERSION 1
#include <sipcodes/sipcodes.hpp>
#ifdef SIPCODES_COMPILE_FAIL
#undef SIPCODES_NAMESPACE_NO_VERSION
#endif
#include <sipcodes/fwd.hpp>

static_assert(sipcodes::reason_phrase(sipcodes::status::busy_here) == "Busy Here");
