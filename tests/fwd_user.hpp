// A user's header that names sipcodes' types through <sipcodes/fwd.hpp> only:
// it does not see the table. fwd_user.cpp includes it before the core.
#ifndef SIPCODES_TESTS_FWD_USER_HPP
#define SIPCODES_TESTS_FWD_USER_HPP

#include <sipcodes/fwd.hpp>

#include <string_view>

namespace user_code {

struct call_end {
  sipcodes::status code;  // an opaque enum is complete: it can be a member
  std::string_view reason;
};

call_end ended_with(sipcodes::status code, const sipcodes::language_pack& pack);
sipcodes::status_class class_of_end(const call_end& end);

}  // namespace user_code

#endif  // SIPCODES_TESTS_FWD_USER_HPP
