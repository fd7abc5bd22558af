// libFuzzer target: write_status_line with an arbitrary code, range and reason.
#include <sipcodes/sipcodes.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 4) return 0;
  // Bytes 0-1: the code, as a signed 16-bit number (negatives included).
  // Byte 2: the room (0-255). Byte 3: whether the range is null. The rest: the reason.
  std::int16_t raw_code = 0;
  std::memcpy(&raw_code, data, sizeof raw_code);
  const int code = raw_code;
  const std::size_t room = data[2];
  const bool null_range = (data[3] & 1) != 0;
  const std::string_view reason(reinterpret_cast<const char*>(data + 4), size - 4);

  constexpr char canary = '\x5A';
  std::array<char, 512> buffer{};
  buffer.fill(canary);
  char* const first = null_range ? nullptr : buffer.data();
  char* const last = null_range ? nullptr : buffer.data() + room;
  const auto written = sipcodes::write_status_line(first, last, code, reason);
  const sipcodes::size_result needed = sipcodes::status_line_size(code, reason);

  // The error is exactly the one the input calls for: bad input first, then
  // a range too small; and a refused write ends where it began.
  if (!needed) {
    SIPCODES_FUZZ_CHECK(written.error == needed.error && needed.size == 0);
  } else if (needed.size > (null_range ? 0 : room)) {
    SIPCODES_FUZZ_CHECK(written.error == sipcodes::write_error::no_room);
  } else {
    SIPCODES_FUZZ_CHECK(written);
  }
  if (!written) SIPCODES_FUZZ_CHECK(written.end == first);
  const std::size_t n = written ? static_cast<std::size_t>(written.end - buffer.data()) : 0;

  // Never past the range; nothing at all when refused.
  SIPCODES_FUZZ_CHECK(n <= room);
  for (std::size_t i = n; i < buffer.size(); ++i) SIPCODES_FUZZ_CHECK(buffer[i] == canary);
  if (!written) return 0;
  SIPCODES_FUZZ_CHECK(n == needed.size);

  // The line ends with its one CRLF and has no CR or LF before it.
  const std::string_view line(buffer.data(), n);
  SIPCODES_FUZZ_CHECK(line.size() >= 2 && line.substr(n - 2) == "\r\n");
  SIPCODES_FUZZ_CHECK(line.substr(0, n - 2).find_first_of("\r\n") == std::string_view::npos);

  // It parses back to the same code and reason.
  const auto parsed = sipcodes::parse_status_line(line);
  SIPCODES_FUZZ_CHECK(parsed);
  SIPCODES_FUZZ_CHECK(static_cast<int>(parsed.value.code) == code);
  SIPCODES_FUZZ_CHECK(parsed.value.reason == (reason.empty() ? sipcodes::reason_phrase(code) : reason));
  SIPCODES_FUZZ_CHECK(parsed.value.rest.empty() && parsed.value.rest.data() == line.data() + line.size());
  return 0;
}
