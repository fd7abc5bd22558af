// Two versions of sipcodes in one translation unit: a compile error naming both.
// expect: in one translation unit: this header is sipcodes [0-9.]+, and sipcodes 2\.99\.0 was included before it
#ifdef SIPCODES_COMPILE_FAIL
#include SIPCODES_OTHER_VERSION
#endif
#include <sipcodes/sipcodes.hpp>

static_assert(sipcodes::reason_phrase(486) == "Busy Here");
