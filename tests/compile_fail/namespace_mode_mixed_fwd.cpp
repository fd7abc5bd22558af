// The forward declarations included without SIPCODES_NAMESPACE_NO_VERSION,
// then the core with it: the core would declare its names in another
// namespace than the forward declarations. A compile error that names the
// macro.
// expect: SIPCODES_NAMESPACE_NO_VERSION must be defined the same way before the first sipcodes include
#include <sipcodes/fwd.hpp>
#ifdef SIPCODES_COMPILE_FAIL
#define SIPCODES_NAMESPACE_NO_VERSION 1
#endif
#include <sipcodes/sipcodes.hpp>

static_assert(sipcodes::reason_phrase(sipcodes::status::busy_here) == "Busy Here");
