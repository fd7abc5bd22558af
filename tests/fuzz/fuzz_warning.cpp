// libFuzzer target: parse_warning on arbitrary bytes (every warning-value of a
// Warning header field), then write each value back and parse it again; and
// write_warning with an agent and a text cut from the input.
#include <sipcodes/sipcodes.hpp>

#include <array>
#include <cstddef>
#include <cstdint>

#include "fuzz_check.hpp"

namespace {

void check_value(const sipcodes::warning_value& v, std::string_view input) {
  SIPCODES_FUZZ_CHECK(v.code >= 0 && v.code <= 999);
  SIPCODES_FUZZ_CHECK(!v.agent.empty() && sipcodes_fuzz::is_inside(v.agent, input));
  SIPCODES_FUZZ_CHECK(sipcodes_fuzz::is_inside(v.text, input) && sipcodes_fuzz::is_inside(v.rest, input));
  SIPCODES_FUZZ_CHECK(v.rest.size() < input.size());
  SIPCODES_FUZZ_CHECK(!sipcodes_fuzz::has_line_break_or_nul(v.agent) && !sipcodes_fuzz::has_line_break_or_nul(v.text));
  if (v.code < 100 || v.text.size() > 2048) return;

  std::array<char, 4096> plain_buffer{};
  const auto unescaped = sipcodes::unescape_reason_text(v.text, plain_buffer.data(), plain_buffer.data() + 4096);
  SIPCODES_FUZZ_CHECK(unescaped);
  const std::string_view plain(plain_buffer.data(), static_cast<std::size_t>(unescaped.end - plain_buffer.data()));
  if (plain.empty()) return;  // an empty text means the registry's text to the writer

  const auto size = sipcodes::warning_size(v.code, v.agent, plain);
  SIPCODES_FUZZ_CHECK(size);
  std::array<char, 8192> out{};
  const auto written = sipcodes::write_warning(out.data(), out.data() + out.size(), v.code, v.agent, plain);
  SIPCODES_FUZZ_CHECK(written && static_cast<std::size_t>(written.end - out.data()) == size.size);
  const std::string_view text(out.data(), size.size);
  SIPCODES_FUZZ_CHECK(!sipcodes_fuzz::has_line_break_or_nul(text));
  const auto again = sipcodes::parse_warning(text);
  SIPCODES_FUZZ_CHECK(again && again.value.code == v.code && again.value.agent == v.agent && again.value.rest.empty());
  const auto short_write = sipcodes::write_warning(out.data(), out.data() + size.size - 1, v.code, v.agent, plain);
  SIPCODES_FUZZ_CHECK(!short_write && short_write.error == sipcodes::write_error::no_room);
}

void check_writer(int code, std::string_view agent, std::string_view text) {
  const auto size = sipcodes::warning_size(code, agent, text);
  std::array<char, 8192> out{};
  const auto written = sipcodes::write_warning(out.data(), out.data() + out.size(), code, agent, text);
  if (!size) {
    SIPCODES_FUZZ_CHECK(size.error != sipcodes::write_error::no_room && written.error == size.error &&
                        written.end == out.data());
    return;
  }
  if (size.size > out.size()) return;
  SIPCODES_FUZZ_CHECK(written && static_cast<std::size_t>(written.end - out.data()) == size.size);
  const std::string_view value(out.data(), size.size);
  SIPCODES_FUZZ_CHECK(!sipcodes_fuzz::has_line_break_or_nul(value));
  const auto parsed = sipcodes::parse_warning(value);
  SIPCODES_FUZZ_CHECK(parsed && parsed.value.code == code && parsed.value.agent == agent && parsed.value.rest.empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string_view remaining = input;
  while (!remaining.empty()) {
    const auto result = sipcodes::parse_warning(remaining);
    if (!result) break;
    check_value(result.value, remaining);
    remaining = result.value.rest;
  }
  // The first two bytes choose the code, the third where the agent ends.
  if (size < 3) return 0;
  const int code = (data[0] << 8 | data[1]) % 1100 - 50;
  const std::size_t agent_end = 3 + (size - 3 > 0 ? data[2] % (size - 3 + 1) : 0);
  check_writer(code, input.substr(3, agent_end - 3), input.substr(agent_end));
  return 0;
}
