// Shared by the fuzz targets: an invariant that must hold, or the run stops.
#ifndef SIPCODES_FUZZ_CHECK_HPP
#define SIPCODES_FUZZ_CHECK_HPP

#include <cstdio>
#include <cstdlib>
#include <string_view>

#define SIPCODES_FUZZ_CHECK(condition)                                                       \
  do {                                                                                       \
    if (!(condition)) {                                                                      \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                          \
    }                                                                                        \
  } while (false)

namespace sipcodes_fuzz {

// True when `part` lies within `whole` (views into the same buffer).
inline bool is_inside(std::string_view part, std::string_view whole) {
  if (part.empty()) return true;
  const char* begin = whole.data();
  const char* end = whole.data() + whole.size();
  return part.data() >= begin && part.data() + part.size() <= end;
}

inline bool has_line_break_or_nul(std::string_view text) {
  return text.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos;
}

}  // namespace sipcodes_fuzz

#endif
