// pack_phrase(code, pack, 0): a language pack's reason phrase for a code, as
// the C++ header gives it: reason_phrase(code, pack), or, from a sipcodes
// that does not have it yet, localized_reason(code, pack), its former name.
// The generator writes the C headers' Turkish phrases with it, and the
// agreement test compares them with it.
#ifndef SIPCODES_C_HEADERS_PACK_PHRASE_HPP
#define SIPCODES_C_HEADERS_PACK_PHRASE_HPP

#include <sipcodes/sipcodes.hpp>

#include <string_view>

namespace sipcodes_c_headers {

template <class Pack>
auto pack_phrase(int code, const Pack& pack, int) -> decltype(sipcodes::reason_phrase(code, pack)) {
  return sipcodes::reason_phrase(code, pack);
}
template <class Pack>
std::string_view pack_phrase(int code, const Pack& pack, long) {
  return sipcodes::localized_reason(code, pack);
}

}  // namespace sipcodes_c_headers

#endif
