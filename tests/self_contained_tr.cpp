// The Turkish pack compiles on its own, first in a translation unit.
#include <sipcodes/lang/tr.hpp>

static_assert(sipcodes::covers_all(sipcodes::lang::tr));
