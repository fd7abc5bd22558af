// libFuzzer target: parse_reason on arbitrary bytes, then write_reason back.
#include <sipcodes/sipcodes.hpp>

#include <array>
#include <cstddef>
#include <cstdint>

#include "fuzz_check.hpp"

namespace {

// The invariants of one parsed reason-value taken from `input`.
void check_value(const sipcodes::reason_value& v, std::string_view input) {
  SIPCODES_FUZZ_CHECK(!v.protocol.empty() && sipcodes_fuzz::is_inside(v.protocol, input));
  SIPCODES_FUZZ_CHECK(sipcodes_fuzz::is_inside(v.text, input));
  SIPCODES_FUZZ_CHECK(sipcodes_fuzz::is_inside(v.rest, input));
  SIPCODES_FUZZ_CHECK(v.rest.size() < input.size());
  SIPCODES_FUZZ_CHECK(v.cause >= -1 && v.cause <= 99999);
  SIPCODES_FUZZ_CHECK(v.has_text || v.text.empty());
  SIPCODES_FUZZ_CHECK(!sipcodes_fuzz::has_line_break_or_nul(v.text));

  // The text unescapes into a buffer its own size, and for a known protocol
  // it writes back and parses to the same cause and text.
  std::array<char, 4096> text{};
  if (v.text.size() > text.size()) return;
  const auto n = sipcodes::unescape_reason_text(v.text, text.data(), text.size());
  SIPCODES_FUZZ_CHECK(n && n.size <= v.text.size());
  const std::string_view plain(text.data(), n.size);
  if (v.cause < 0) return;
  sipcodes::reason_protocol protocol{};
  if (v.is_protocol(sipcodes::reason_protocol::sip)) {
    protocol = sipcodes::reason_protocol::sip;
  } else if (v.is_protocol(sipcodes::reason_protocol::q850)) {
    protocol = sipcodes::reason_protocol::q850;
  } else {
    return;
  }
  std::array<char, 8192> out{};
  const std::size_t written = sipcodes::write_reason(out.data(), out.size(), protocol, v.cause, plain);
  if (written == 0) return;  // a cause outside the protocol's range
  const auto again = sipcodes::parse_reason(std::string_view(out.data(), written));
  SIPCODES_FUZZ_CHECK(again && again.value.cause == v.cause && again.value.rest.empty());
  std::array<char, 4096> text_again{};
  const auto m = sipcodes::unescape_reason_text(again.value.text, text_again.data(), text_again.size());
  SIPCODES_FUZZ_CHECK(m && std::string_view(text_again.data(), m.size) == plain);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Walk every reason-value of the header; each step consumes input.
  std::string_view remaining(reinterpret_cast<const char*>(data), size);
  while (!remaining.empty()) {
    const sipcodes::reason_result result = sipcodes::parse_reason(remaining);
    if (!result) break;
    check_value(result.value, remaining);
    remaining = result.value.rest;
  }
  return 0;
}
