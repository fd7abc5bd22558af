// A user's own forward declaration in namespace sipcodes misses the versioned
// inline namespace, and sipcodes::status becomes ambiguous: <sipcodes/fwd.hpp>
// declares it where the core defines it.
// expect: reference to [^ ]*status[^ ]* is ambiguous
#include <cstdint>

#ifdef SIPCODES_COMPILE_FAIL
namespace sipcodes {
enum class status : std::uint16_t;
}  // namespace sipcodes
#include <sipcodes/sipcodes.hpp>
int use() { return static_cast<int>(sipcodes::status::busy_here); }
#else
#include <sipcodes/fwd.hpp>
#include <sipcodes/sipcodes.hpp>
int use() { return static_cast<int>(sipcodes::status::busy_here); }
#endif
