// sipcodes add-on: std::formatter for sipcodes::status, where the standard
// library provides <format> (__cpp_lib_format). Elsewhere it adds nothing.
//
// Copyright (c) 2026 the sipcodes authors.
// Distributed under the Boost Software License, Version 1.0
// (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
//
//   std::format("{}", status::busy_here)       -> "486 Busy Here"
//   std::format("{:d}", status::busy_here)     -> "486"
//   std::format("{:r}", status::busy_here)     -> "Busy Here"
//   std::format("{:*^17}", status::busy_here)  -> "**486 Busy Here**"
//   std::format("{:.3}", status::busy_here)    -> "486"
// The formatter inherits std::formatter<std::string_view>, so the standard
// fill, alignment, width and precision apply to the text; a last 'd' or 'r'
// picks the code or the phrase. A code not in the table prints as its number,
// and with 'r' as nothing. With 'd' or 'r', give width and precision as
// numbers: "{:>{}d}" is refused. A bad spec is reported as the standard
// library reports its own: a compile error for a checked format string,
// std::format_error at run time (std::abort() when exceptions are off).
//
// Works copied next to sipcodes.hpp: it includes its sibling.

#ifndef SIPCODES_FORMAT_HPP
#define SIPCODES_FORMAT_HPP

#include "sipcodes.hpp"

#if SIPCODES_VERSION_MAJOR != 2 || SIPCODES_VERSION_MINOR != 0 || SIPCODES_VERSION_PATCH != 0
#error "sipcodes/format.hpp is sipcodes 2.0.0, and the sipcodes.hpp it found is another version"
#endif

#if __has_include(<version>)
#include <version>
#endif

#if defined(__cpp_lib_format)
#include <cstdlib>
#include <format>
#include <memory>

SIPCODES_NAMESPACE_BEGIN
namespace detail {

[[noreturn]] inline void bad_format_spec(const char* what) {
#if defined(__cpp_exceptions)
  throw std::format_error(what);
#else
  (void)what;
  std::abort();
#endif
}

}  // namespace detail
SIPCODES_NAMESPACE_END

template <>
struct std::formatter<sipcodes::status, char> : std::formatter<std::string_view, char> {
  constexpr std::format_parse_context::iterator parse(std::format_parse_context& ctx) {
    const auto spec = sipcodes::detail::read_format_spec(ctx.begin(), ctx.end());
    part_ = spec.part;
    if (part_ == sipcodes::format_part::full) return std::formatter<std::string_view, char>::parse(ctx);
    if (spec.nested)
      sipcodes::detail::bad_format_spec("sipcodes::status: with d or r, give width and precision as numbers");
    // The standard part of the spec, without the part letter, for the base.
    std::format_parse_context standard(
        std::string_view(std::to_address(ctx.begin()), static_cast<std::size_t>(spec.standard_end - ctx.begin())));
    if (std::formatter<std::string_view, char>::parse(standard) != standard.end()) {
      sipcodes::detail::bad_format_spec("sipcodes::status: invalid format spec");
    }
    return spec.end;
  }

  template <class FormatContext>
  typename FormatContext::iterator format(sipcodes::status s, FormatContext& ctx) const {
    const sipcodes::fixed_text text = sipcodes::format_status(s, part_);
    return std::formatter<std::string_view, char>::format(text.view(), ctx);
  }

 private:
  sipcodes::format_part part_ = sipcodes::format_part::full;
};

#endif  // __cpp_lib_format
#endif  // SIPCODES_FORMAT_HPP
