// libFuzzer target: parse_warning on arbitrary bytes (every warning-value of a
// Warning header field), then write each value back and parse it again;
// write_warning with an agent and a text cut from the input; and the whole
// input as a warn-agent, held to properties of RFC 3261's grammar (with RFC
// 5954's IPv4address and IPv6address) that do not restate the parser.
#include <sipcodes/sipcodes.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_check.hpp"

namespace {

void check_value(const sipcodes::warning_value& v, std::string_view input) {
  SIPCODES_FUZZ_CHECK(v.code >= 0 && v.code <= 999);
  SIPCODES_FUZZ_CHECK(!v.agent.empty() && sipcodes_fuzz::is_inside(v.agent, input));
  SIPCODES_FUZZ_CHECK(sipcodes_fuzz::is_inside(v.text, input) && sipcodes_fuzz::is_inside(v.rest, input));
  SIPCODES_FUZZ_CHECK(v.rest.size() < input.size());
  SIPCODES_FUZZ_CHECK(!sipcodes_fuzz::has_line_break_or_nul(v.agent) && !sipcodes_fuzz::has_line_break_or_nul(v.text));
  if (v.code < 300 || v.text.size() > 2048) return;  // the writer takes 300..999 (RFC 3261 section 20.43)

  std::array<char, 4096> plain_buffer{};
  const auto unescaped = sipcodes::unescape_quoted(plain_buffer.data(), plain_buffer.data() + 4096, v.text);
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

bool is_agent(std::string_view agent) { return static_cast<bool>(sipcodes::warning_size(399, agent)); }

bool only_of(std::string_view text, std::string_view allowed) {
  for (char c : text) {
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!alnum && allowed.find(c) == std::string_view::npos) return false;
  }
  return true;
}

// What any warn-agent the library takes must satisfy, and what follows from
// taking it: a host alone, or with another port, is taken too.
void check_agent(std::string_view agent) {
  if (agent.size() > 512 || !is_agent(agent)) return;
  constexpr std::string_view token_marks = "-.!%*_+`'~";
  if (only_of(agent, token_marks)) return;  // a pseudonym: any token
  // Otherwise a hostport: host [":" port], port 1 to 5 digits up to 65535.
  std::string_view host = agent;
  const std::size_t close = agent.rfind(']');
  const std::size_t colon = agent.rfind(':');
  if (colon != std::string_view::npos && (close == std::string_view::npos || colon > close)) {
    const std::string_view port = agent.substr(colon + 1);
    SIPCODES_FUZZ_CHECK(!port.empty() && port.size() <= 5 &&
                        port.find_first_not_of("0123456789") == std::string_view::npos);
    SIPCODES_FUZZ_CHECK(std::stoul(std::string(port)) <= 65535);
    host = agent.substr(0, colon);
    SIPCODES_FUZZ_CHECK(is_agent(host));
    SIPCODES_FUZZ_CHECK(is_agent(std::string(host) + ":5060"));
  }
  SIPCODES_FUZZ_CHECK(!host.empty());
  if (host.front() == '[') {
    // IPv6reference: hex digits, ':' and the '.' of a final IPv4address; one "::" at most.
    SIPCODES_FUZZ_CHECK(host.back() == ']' && host.size() >= 4);
    const std::string_view address = host.substr(1, host.size() - 2);
    SIPCODES_FUZZ_CHECK(address.find_first_not_of("0123456789abcdefABCDEF:.") == std::string_view::npos);
    const std::size_t gap = address.find("::");
    SIPCODES_FUZZ_CHECK(gap == std::string_view::npos || address.find("::", gap + 1) == std::string_view::npos);
    SIPCODES_FUZZ_CHECK(address.find(":::") == std::string_view::npos);
  } else {
    // hostname or IPv4address: labels of alphanumerics and inner '-', no empty one.
    SIPCODES_FUZZ_CHECK(only_of(host, "-."));
    SIPCODES_FUZZ_CHECK(host.front() != '.' && host.front() != '-' && host.back() != '-' &&
                        host.find("..") == std::string_view::npos);
    SIPCODES_FUZZ_CHECK(host.find("-.") == std::string_view::npos && host.find(".-") == std::string_view::npos);
  }
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
  check_agent(input);
  // The first two bytes choose the code, the third where the agent ends.
  if (size < 3) return 0;
  const int code = (data[0] << 8 | data[1]) % 1100 - 50;
  const std::size_t agent_end = 3 + (size - 3 > 0 ? data[2] % (size - 3 + 1) : 0);
  check_writer(code, input.substr(3, agent_end - 3), input.substr(agent_end));
  return 0;
}
