// sipcodes: std::formatter for sipcodes::status, where the standard library
// provides <format> (__cpp_lib_format). Elsewhere this header adds nothing.
//
// Distributed under the Boost Software License, Version 1.0.
//
//   std::format("{}", status::busy_here)    -> "486 Busy Here"
//   std::format("{:d}", status::busy_here)  -> "486"
//   std::format("{:r}", status::busy_here)  -> "Busy Here"
// An unknown code prints as its number ("{:r}" prints nothing for it).

#ifndef SIPCODES_FORMAT_HPP
#define SIPCODES_FORMAT_HPP

#include <sipcodes/sipcodes.hpp>

#if __has_include(<version>)
#include <version>
#endif

#if defined(__cpp_lib_format)
#include <format>

template <>
struct std::formatter<sipcodes::status, char> {
  sipcodes::format_part part = sipcodes::format_part::full;

  constexpr auto parse(std::format_parse_context& ctx) {
    return sipcodes::detail::parse_format_part(ctx.begin(), ctx.end(), part, [] {
#if defined(__cpp_exceptions)
      throw std::format_error("sipcodes::status takes {}, {:d} or {:r}");
#else
      __builtin_trap();
#endif
    });
  }

  template <class FormatContext>
  auto format(sipcodes::status s, FormatContext& ctx) const {
    const auto text = sipcodes::format_status(s, part);  // must outlive the loop below
    auto out = ctx.out();
    for (char c : text.view()) *out++ = c;
    return out;
  }
};

#endif  // __cpp_lib_format
#endif  // SIPCODES_FORMAT_HPP
