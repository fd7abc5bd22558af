// libFuzzer target: parse_reason on arbitrary bytes, then write_reason back;
// and unescape_quoted with unescaped_size on the bytes themselves.
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
  SIPCODES_FUZZ_CHECK(!v.cause || (*v.cause >= 0 && *v.cause <= 99999));
  SIPCODES_FUZZ_CHECK(!sipcodes_fuzz::has_line_break_or_nul(v.text));
  if (const auto s = v.sip_status()) SIPCODES_FUZZ_CHECK(v.cause == static_cast<int>(*s) && sipcodes::is_valid(*s));

  // The text unescapes into a buffer its own size, and for a known protocol
  // it writes back and parses to the same cause and text.
  std::array<char, 4096> text{};
  if (v.text.size() > text.size()) return;
  const auto unescaped = sipcodes::unescape_quoted(text.data(), text.data() + text.size(), v.text);
  SIPCODES_FUZZ_CHECK(unescaped && static_cast<std::size_t>(unescaped.end - text.data()) <= v.text.size());
  const std::string_view plain(text.data(), static_cast<std::size_t>(unescaped.end - text.data()));
  if (!v.cause) return;
  sipcodes::reason_protocol protocol{};
  if (v.is_protocol(sipcodes::reason_protocol::sip)) {
    protocol = sipcodes::reason_protocol::sip;
  } else if (v.is_protocol(sipcodes::reason_protocol::q850)) {
    protocol = sipcodes::reason_protocol::q850;
  } else {
    return;
  }
  std::array<char, 8192> out{};
  const auto written = sipcodes::write_reason(out.data(), out.data() + out.size(), protocol, *v.cause, plain);
  if (!written) {  // a cause outside the protocol's range: never for want of room here
    SIPCODES_FUZZ_CHECK(written.error == sipcodes::write_error::bad_code);
    return;
  }
  const auto again =
      sipcodes::parse_reason(std::string_view(out.data(), static_cast<std::size_t>(written.end - out.data())));
  SIPCODES_FUZZ_CHECK(again && again.value.cause == v.cause && again.value.rest.empty());
  std::array<char, 4096> text_again{};
  const auto unescaped_again =
      sipcodes::unescape_quoted(text_again.data(), text_again.data() + text_again.size(), again.value.text);
  SIPCODES_FUZZ_CHECK(
      unescaped_again &&
      std::string_view(text_again.data(), static_cast<std::size_t>(unescaped_again.end - text_again.data())) == plain);
}

// unescape_quoted on any bytes: it writes what unescaped_size says, never CR,
// LF or NUL, and refuses bad input before a short buffer, writing nothing.
void check_unescape(std::string_view escaped) {
  if (escaped.size() > 4096) return;
  const auto size = sipcodes::unescaped_size(escaped);
  SIPCODES_FUZZ_CHECK(size.error == sipcodes::write_error::none || size.error == sipcodes::write_error::bad_text);
  SIPCODES_FUZZ_CHECK(size || size.size == 0);
  std::array<char, 4096> buffer{};
  buffer.fill('#');
  const auto r = sipcodes::unescape_quoted(buffer.data(), buffer.data() + buffer.size(), escaped);
  SIPCODES_FUZZ_CHECK(r.error == size.error);
  if (!r) {
    SIPCODES_FUZZ_CHECK(r.end == buffer.data() && buffer[0] == '#');
    SIPCODES_FUZZ_CHECK(sipcodes::unescape_quoted(nullptr, nullptr, escaped).error == r.error);
    return;
  }
  const std::string_view plain(buffer.data(), static_cast<std::size_t>(r.end - buffer.data()));
  SIPCODES_FUZZ_CHECK(plain.size() == size.size && plain.size() <= escaped.size());
  SIPCODES_FUZZ_CHECK(!sipcodes_fuzz::has_line_break_or_nul(plain));
  if (!plain.empty()) {
    const auto short_by_one = sipcodes::unescape_quoted(buffer.data(), buffer.data() + plain.size() - 1, escaped);
    SIPCODES_FUZZ_CHECK(short_by_one.error == sipcodes::write_error::no_room && short_by_one.end == buffer.data());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  check_unescape(std::string_view(reinterpret_cast<const char*>(data), size));
  // Walk every reason-value of the header; each step consumes input.
  std::string_view remaining(reinterpret_cast<const char*>(data), size);
  while (!remaining.empty()) {
    const auto result = sipcodes::parse_reason(remaining);
    if (!result) break;
    check_value(result.value, remaining);
    remaining = result.value.rest;
  }
  return 0;
}
