// The forward declarations compile on their own, first in a translation unit,
// and are enough to name the types: a complete status member, a reference to
// a pack.
#include <sipcodes/fwd.hpp>

struct call_end {
  sipcodes::status code;
  sipcodes::status_class cls;
};
const sipcodes::language_pack* preferred_language(const call_end& end);

static_assert(sizeof(sipcodes::status) == 2 && sizeof(sipcodes::status_class) == 1, "both enums are complete");
