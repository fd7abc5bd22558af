// A translation unit built as a library that exposes sipcodes in its own ABI
// builds it: SIPCODES_NAMESPACE_NO_VERSION, then the forward declarations,
// the add-ons and the core. test_odr.cpp checks what it hands out.
#define SIPCODES_NAMESPACE_NO_VERSION 1
#include <sipcodes/fwd.hpp>
#include <sipcodes/lang/tr.hpp>
#include <sipcodes/q850.hpp>
#include <sipcodes/sipcodes.hpp>

#include <string_view>
#include <typeinfo>

// Without the inline namespace the names are sipcodes' own, so declaring
// them again in namespace sipcodes, as a user might, names the same entities.
// (With it, this declaration would make sipcodes::status ambiguous; see
// compile_fail/own_forward_declaration.cpp.)
namespace sipcodes {
enum class status : std::uint16_t;
struct language_pack;
}  // namespace sipcodes

static_assert(sipcodes::reason_phrase(sipcodes::status::busy_here, sipcodes::lang::tr) == "Meşgul");
static_assert(sipcodes::to_q850_cause(486) == 17);

std::string_view no_version_reason(int code) { return sipcodes::reason_phrase(code); }
const void* no_version_table() { return &sipcodes::all()[0]; }
const char* no_version_type_name() { return typeid(sipcodes::status).name(); }
