// The core compiles on its own, first in a translation unit.
#include <sipcodes/sipcodes.hpp>

static_assert(sipcodes::reason_phrase(486) == "Busy Here");
