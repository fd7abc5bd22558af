// The user's header first, then the core: the forward declarations and the
// definitions are the same entities, so the functions declared with the
// former are defined, and called, with the latter.
#include "fwd_user.hpp"

#include <sipcodes/lang/tr.hpp>
#include <sipcodes/sipcodes.hpp>

#include <doctest/doctest.h>

#include <type_traits>

namespace user_code {

call_end ended_with(sipcodes::status code, const sipcodes::language_pack& pack) {
  return {code, sipcodes::reason_phrase(code, pack)};
}

sipcodes::status_class class_of_end(const call_end& end) { return sipcodes::class_of(end.code); }

}  // namespace user_code

TEST_CASE("a header that names sipcodes' types through <sipcodes/fwd.hpp> works with the core") {
  const user_code::call_end end = user_code::ended_with(sipcodes::status::busy_here, sipcodes::lang::tr);
  CHECK(end.code == sipcodes::status::busy_here);
  CHECK(end.reason == "Meşgul");
  CHECK(user_code::class_of_end(end) == sipcodes::status_class::client_error);
  static_assert(std::is_same_v<std::underlying_type_t<sipcodes::status>, std::uint16_t>);
}
