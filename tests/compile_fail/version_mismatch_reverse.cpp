// The other order: the newer copy, arriving second, names both versions.
// expect: in one translation unit: this header is sipcodes 2\.99\.0, and sipcodes [0-9.]+ was included before it
#include <sipcodes/sipcodes.hpp>
#ifdef SIPCODES_COMPILE_FAIL
#include SIPCODES_OTHER_VERSION
#endif

static_assert(sipcodes::reason_phrase(486) == "Busy Here");
