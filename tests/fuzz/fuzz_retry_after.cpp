// libFuzzer target: parse_retry_after on arbitrary bytes, then write the value
// back and parse it again; and write_retry_after on a comment made of the
// input, into every buffer size up to what it needs.
#include <sipcodes/sipcodes.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>

#include "fuzz_check.hpp"

namespace {

std::string_view unescape(std::string_view escaped, std::array<char, 4096>& buffer) {
  const auto r = sipcodes::unescape_quoted(buffer.data(), buffer.data() + buffer.size(), escaped);
  SIPCODES_FUZZ_CHECK(r && static_cast<std::size_t>(r.end - buffer.data()) <= escaped.size());
  return {buffer.data(), static_cast<std::size_t>(r.end - buffer.data())};
}

void check_parsed(const sipcodes::retry_after_value& v, std::string_view input) {
  SIPCODES_FUZZ_CHECK(sipcodes_fuzz::is_inside(v.comment, input));
  SIPCODES_FUZZ_CHECK(!sipcodes_fuzz::has_line_break_or_nul(v.comment));
  if (v.comment.size() > 2048) return;
  std::array<char, 4096> plain_buffer{};
  const std::string_view plain = unescape(v.comment, plain_buffer);

  // What was read writes back, and parses to the same value.
  const auto size = sipcodes::retry_after_size(v.seconds, plain, v.duration);
  SIPCODES_FUZZ_CHECK(size && size.size > 0);
  std::array<char, 8192> out{};
  const auto written = sipcodes::write_retry_after(out.data(), out.data() + out.size(), v.seconds, plain, v.duration);
  SIPCODES_FUZZ_CHECK(written && static_cast<std::size_t>(written.end - out.data()) == size.size);
  const std::string_view text(out.data(), size.size);
  SIPCODES_FUZZ_CHECK(!sipcodes_fuzz::has_line_break_or_nul(text));
  const auto again = sipcodes::parse_retry_after(text);
  SIPCODES_FUZZ_CHECK(again && again.value.seconds == v.seconds && again.value.duration == v.duration);
  std::array<char, 4096> plain_again_buffer{};
  SIPCODES_FUZZ_CHECK(unescape(again.value.comment, plain_again_buffer) == plain);

  // One byte short writes nothing and says so.
  const auto short_write =
      sipcodes::write_retry_after(out.data(), out.data() + size.size - 1, v.seconds, plain, v.duration);
  SIPCODES_FUZZ_CHECK(!short_write && short_write.error == sipcodes::write_error::no_room &&
                      short_write.end == out.data());
}

void check_writer(std::string_view comment, std::uint32_t seconds, std::optional<std::uint32_t> duration) {
  const auto size = sipcodes::retry_after_size(seconds, comment, duration);
  std::array<char, 8192> out{};
  const auto written = sipcodes::write_retry_after(out.data(), out.data() + out.size(), seconds, comment, duration);
  if (!size) {
    SIPCODES_FUZZ_CHECK(size.error == sipcodes::write_error::bad_text && written.error == size.error &&
                        written.end == out.data());
    return;
  }
  if (size.size > out.size()) return;
  SIPCODES_FUZZ_CHECK(written && static_cast<std::size_t>(written.end - out.data()) == size.size);
  const std::string_view text(out.data(), size.size);
  SIPCODES_FUZZ_CHECK(!sipcodes_fuzz::has_line_break_or_nul(text));
  const auto parsed = sipcodes::parse_retry_after(text);
  SIPCODES_FUZZ_CHECK(parsed && parsed.value.seconds == seconds && parsed.value.duration == duration);
  if (comment.size() > 2048) return;
  std::array<char, 4096> plain_buffer{};
  SIPCODES_FUZZ_CHECK(unescape(parsed.value.comment, plain_buffer) == comment);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto parsed = sipcodes::parse_retry_after(input);
  if (parsed) check_parsed(parsed.value, input);
  SIPCODES_FUZZ_CHECK(parsed || parsed.error != sipcodes::retry_after_error::none);

  // The first bytes choose the numbers; the rest is a comment to write.
  std::uint32_t seconds = 0;
  for (std::size_t i = 0; i < 4 && i < size; ++i) seconds = (seconds << 8) | data[i];
  const std::optional<std::uint32_t> duration =
      size > 4 && (data[4] & 1) != 0 ? std::optional<std::uint32_t>(seconds / 3) : std::nullopt;
  check_writer(size > 5 ? input.substr(5) : std::string_view{}, seconds, duration);
  return 0;
}
