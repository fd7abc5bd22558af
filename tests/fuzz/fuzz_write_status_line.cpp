// libFuzzer target: write_status_line with an arbitrary code, capacity and reason.
#include <sipcodes/sipcodes.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 4) return 0;
  // Bytes 0-1: the code, as a signed 16-bit number (negatives included).
  // Byte 2: the capacity (0-255). Byte 3: whether `out` is null. The rest: the reason.
  std::int16_t raw_code = 0;
  std::memcpy(&raw_code, data, sizeof raw_code);
  const int code = raw_code;
  const std::size_t capacity = data[2];
  const bool null_out = (data[3] & 1) != 0;
  const std::string_view reason(reinterpret_cast<const char*>(data + 4), size - 4);

  constexpr char canary = '\x5A';
  std::array<char, 512> buffer{};
  buffer.fill(canary);
  const std::size_t n = sipcodes::write_status_line(null_out ? nullptr : buffer.data(), capacity, code, reason);

  // Never past the capacity; nothing at all when refused.
  SIPCODES_FUZZ_CHECK(n <= capacity);
  for (std::size_t i = n; i < buffer.size(); ++i) SIPCODES_FUZZ_CHECK(buffer[i] == canary);
  if (n == 0) return 0;
  SIPCODES_FUZZ_CHECK(!null_out);

  // The line ends with its one CRLF and has no CR or LF before it.
  const std::string_view line(buffer.data(), n);
  SIPCODES_FUZZ_CHECK(line.size() >= 2 && line.substr(n - 2) == "\r\n");
  SIPCODES_FUZZ_CHECK(line.substr(0, n - 2).find_first_of("\r\n") == std::string_view::npos);

  // It parses back to the same code and reason.
  const auto parsed = sipcodes::parse_status_line(line);
  SIPCODES_FUZZ_CHECK(parsed);
  SIPCODES_FUZZ_CHECK(parsed.line.code == code);
  SIPCODES_FUZZ_CHECK(parsed.line.reason == (reason.empty() ? sipcodes::reason_phrase(code) : reason));
  return 0;
}
