// sipcodes add-on: fmt::formatter for sipcodes::status. Includes
// <fmt/format.h> itself.
//
// Copyright (c) 2026 the sipcodes authors.
// Distributed under the Boost Software License, Version 1.0
// (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
//
//   fmt::format("{}", status::busy_here)       -> "486 Busy Here"
//   fmt::format("{:d}", status::busy_here)     -> "486"
//   fmt::format("{:r}", status::busy_here)     -> "Busy Here"
//   fmt::format("{:*^17}", status::busy_here)  -> "**486 Busy Here**"
//   fmt::format("{:>6d}", status::busy_here)   -> "   486"
// The formatter inherits {fmt}'s string formatter, so the standard fill,
// alignment, width and precision apply to the text; a last 'd' or 'r' picks
// the code or the phrase. A code not in the table prints as its number, and
// with 'r' as nothing. With 'd' or 'r', give width and precision as numbers:
// "{:>{}d}" is refused. A bad spec is reported as {fmt} reports its own: a
// compile error for a checked format string, fmt::format_error at run time.
//
// Works copied next to sipcodes.hpp: it includes its sibling.

#ifndef SIPCODES_FMT_HPP
#define SIPCODES_FMT_HPP

#include <fmt/format.h>

#include "sipcodes.hpp"

#if SIPCODES_VERSION_MAJOR != 2 || SIPCODES_VERSION_MINOR != 0 || SIPCODES_VERSION_PATCH != 0
#error "sipcodes/fmt.hpp is sipcodes 2.0.0, and the sipcodes.hpp it found is another version"
#endif

template <>
struct fmt::formatter<sipcodes::status> : fmt::formatter<fmt::string_view> {
  template <class ParseContext>
  constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
    const auto spec = sipcodes::detail::read_format_spec(ctx.begin(), ctx.end());
    part_ = spec.part;
    if (part_ == sipcodes::format_part::full) return formatter<fmt::string_view>::parse(ctx);
    if (spec.nested) FMT_THROW(fmt::format_error("sipcodes::status: with d or r, give width and precision as numbers"));
    // The standard part of the spec, without the part letter, for the base.
    fmt::format_parse_context standard(
        fmt::string_view(ctx.begin(), static_cast<std::size_t>(spec.standard_end - ctx.begin())));
    if (formatter<fmt::string_view>::parse(standard) != standard.end()) {
      FMT_THROW(fmt::format_error("sipcodes::status: invalid format spec"));
    }
    return spec.end;
  }

  template <class FormatContext>
  auto format(sipcodes::status s, FormatContext& ctx) const -> decltype(ctx.out()) {
    const sipcodes::fixed_text text = sipcodes::format_status(s, part_);
    return formatter<fmt::string_view>::format(fmt::string_view(text.data(), text.size()), ctx);
  }

 private:
  sipcodes::format_part part_ = sipcodes::format_part::full;
};

#endif  // SIPCODES_FMT_HPP
