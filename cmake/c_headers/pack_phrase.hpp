// pack_phrase(code, pack): a language pack's reason phrase for a code, as the
// C++ header gives it, reason_phrase(code, pack). The generator writes the C
// headers' Turkish phrases with it, and the agreement test compares them
// with it.
#ifndef SIPCODES_C_HEADERS_PACK_PHRASE_HPP
#define SIPCODES_C_HEADERS_PACK_PHRASE_HPP

#include <sipcodes/sipcodes.hpp>

#include <string_view>

namespace sipcodes_c_headers {

inline std::string_view pack_phrase(int code, const sipcodes::language_pack& pack) {
  return sipcodes::reason_phrase(code, pack);
}

}  // namespace sipcodes_c_headers

#endif
