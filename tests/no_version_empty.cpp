// SIPCODES_NAMESPACE_NO_VERSION defined empty, as `#define NAME` sets a
// switch, turns the mode on as 1 does: the names are sipcodes' own, so a
// user's declaration of them in namespace sipcodes names the same entities.
// (With the versioned names it would make sipcodes::status ambiguous.)
#define SIPCODES_NAMESPACE_NO_VERSION
#include <sipcodes/fwd.hpp>
#include <sipcodes/sipcodes.hpp>

namespace sipcodes {
enum class status : std::uint16_t;
}  // namespace sipcodes

static_assert(sipcodes::reason_phrase(sipcodes::status::busy_here) == "Busy Here");
