// The std::format add-on compiles on its own, first in a translation unit
// (where the standard library has no <format>, it adds nothing).
#include <sipcodes/format.hpp>

static_assert(sipcodes::reason_phrase(603) == "Decline");
