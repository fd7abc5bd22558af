// The other order: the newer copy, arriving second, names both versions.
// expect: sipcodes 2\.99\.0, and sipcodes 2\.0\.0 was included before it
#include <sipcodes/sipcodes.hpp>
#ifdef SIPCODES_COMPILE_FAIL
#include SIPCODES_OTHER_VERSION
#endif

static_assert(sipcodes::reason_phrase(486) == "Busy Here");
