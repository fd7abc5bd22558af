// sipcodes: {fmt} formatter for sipcodes::status, and the std::formatter of
// <sipcodes/format.hpp> where the standard library has <format>.
//
// Distributed under the Boost Software License, Version 1.0.
//
//   fmt::format("{}", status::busy_here)    -> "486 Busy Here"
//   fmt::format("{:d}", status::busy_here)  -> "486"
//   fmt::format("{:r}", status::busy_here)  -> "Busy Here"
// An unknown code prints as its number ("{:r}" prints nothing for it).

#ifndef SIPCODES_FMT_HPP
#define SIPCODES_FMT_HPP

#include <fmt/format.h>
#include <sipcodes/format.hpp>
#include <sipcodes/sipcodes.hpp>

template <>
struct fmt::formatter<sipcodes::status> {
  sipcodes::format_part part = sipcodes::format_part::full;

  constexpr auto parse(fmt::format_parse_context& ctx) -> fmt::format_parse_context::iterator {
    return sipcodes::detail::parse_format_part(
        ctx.begin(), ctx.end(), part, [] { FMT_THROW(fmt::format_error("sipcodes::status takes {}, {:d} or {:r}")); });
  }

  template <class FormatContext>
  auto format(sipcodes::status s, FormatContext& ctx) const -> decltype(ctx.out()) {
    const auto text = sipcodes::format_status(s, part);  // must outlive the loop below
    auto out = ctx.out();
    for (char c : text.view()) *out++ = c;
    return out;
  }
};

#endif  // SIPCODES_FMT_HPP
