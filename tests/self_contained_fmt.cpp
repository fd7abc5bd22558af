// The {fmt} add-on compiles on its own, first in a translation unit.
#include <sipcodes/fmt.hpp>

static_assert(sipcodes::reason_phrase(200) == "OK");
