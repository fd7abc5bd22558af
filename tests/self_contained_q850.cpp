// The Q.850 add-on compiles on its own, first in a translation unit.
#include <sipcodes/q850.hpp>

static_assert(sipcodes::to_q850_cause(486) == 17);
