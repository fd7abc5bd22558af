// The C++ half of fuzz_c_status_line: the C++ header's parser and writer,
// for the C target to compare with.
#include <sipcodes/sipcodes.hpp>

#include <cstddef>
#include <string_view>

#include "fuzz_c_status_line.h"

void sipcodes_fuzz_cpp_parse(const char* input, std::size_t size, sipcodes_fuzz_cpp_line* line) {
  const auto r = sipcodes::parse_status_line(std::string_view(input, size));
  line->error = static_cast<int>(r.error);
  line->code = static_cast<int>(r.value.code);
  line->reason = r.value.reason.data();
  line->reason_length = r.value.reason.size();
  line->version_major = r.value.major;
  line->version_minor = r.value.minor;
  line->rest = r.value.rest.data();
  line->rest_length = r.value.rest.size();
}

int sipcodes_fuzz_cpp_write(char* buffer, std::size_t capacity, int code, const char* reason, std::size_t reason_length,
                            std::size_t* length) {
  char* const last = buffer == nullptr ? nullptr : buffer + capacity;
  const auto r = sipcodes::write_status_line(buffer, last, code, std::string_view(reason, reason_length));
  *length = static_cast<std::size_t>(r.end - buffer);
  return static_cast<int>(r.error);
}
