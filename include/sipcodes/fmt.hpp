// sipcodes add-on: fmt::formatter for sipcodes::status. Includes
// <fmt/format.h> itself.
//
// Copyright (c) 2026 the sipcodes authors.
// Distributed under the Boost Software License, Version 1.0
// (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
//
//   fmt::format("{}", status::busy_here)        -> "486 Busy Here"
//   fmt::format("{:d}", status::busy_here)      -> "486"
//   fmt::format("{:r}", status::busy_here)      -> "Busy Here"
//   fmt::format("{:*^17}", status::busy_here)   -> "**486 Busy Here**"
//   fmt::format("{:>6d}", status::busy_here)    -> "   486"
//   fmt::format("{:>{}d}", status::busy_here, 6) -> "   486"
//   fmt::format("{:>{}}", status::ok, 8)        -> "  200 OK"
//   fmt::format("{0:.{1}r}", status::busy_here, 4) -> "Busy"
//   fmt::format("{:>{w}d}", status::ok, fmt::arg("w", 5)) -> "  200"
// The formatter inherits {fmt}'s string formatter, so the standard fill,
// alignment, width and precision apply to the text, given as numbers or
// taken from the arguments ("{:>{}}", "{0:.{1}r}", "{:>{w}d}": an integer
// from 0 to 2147483647, 0 for no width); a last 'd' or 'r' picks the code or
// the phrase. A code not in the table prints as its number, and with 'r' as
// nothing. A bad spec, "{:sd}" (a type before the letter) among them, is
// reported as {fmt} reports its own: a compile error for a checked format
// string, fmt::format_error at run time. Written for {fmt} 9 to 12, whose
// parse contexts give argument ids the same way.
//
// Works copied next to sipcodes.hpp: it includes its sibling.

#ifndef SIPCODES_FMT_HPP
#define SIPCODES_FMT_HPP

#include <fmt/format.h>

#include "sipcodes.hpp"

#if SIPCODES_VERSION_MAJOR != 2 || SIPCODES_VERSION_MINOR != 1 || SIPCODES_VERSION_PATCH != 0
#error "sipcodes/fmt.hpp is sipcodes 2.1.0, and the sipcodes.hpp it found is another version"
#endif

SIPCODES_NAMESPACE_BEGIN
namespace detail {

// Refuses a presentation type before the part letter ("{:sd}"). Not
// constexpr, so a format string checked at compile time that has one does
// not compile, and the compiler names this function. (It returns when
// exceptions are off and FMT_THROW only asserts, as {fmt}'s own checks do;
// with them on it never returns, and says so, as clang's -Wmissing-noreturn
// asks.)
#if FMT_EXCEPTIONS
#define SIPCODES_DETAIL_FMT_NORETURN [[noreturn]]
#else
#define SIPCODES_DETAIL_FMT_NORETURN
#endif
SIPCODES_DETAIL_FMT_NORETURN inline void fmt_type_before_d_or_r() {
  FMT_THROW(fmt::format_error("sipcodes::status: d or r after a presentation type"));
}
#undef SIPCODES_DETAIL_FMT_NORETURN

}  // namespace detail
SIPCODES_NAMESPACE_END

template <>
struct fmt::formatter<sipcodes::status> : fmt::formatter<fmt::string_view> {
  template <class ParseContext>
  constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
    const auto spec = sipcodes::detail::read_format_spec(ctx.begin(), ctx.end());
    part_ = spec.part;
    if (part_ != sipcodes::format_part::full && spec.typed) sipcodes::detail::fmt_type_before_d_or_r();
    // The ids of a dynamic width or precision, from the format string's own
    // context, which checks them; a name is kept as it is. {fmt} 9.1 and
    // later check the argument's type too, but only while a format string is
    // checked at compile time: {fmt} 9 asks std::is_constant_evaluated, which
    // clang 14 gets wrong at run time in C++23.
    standard_ =
        sipcodes::detail::rewrite_standard_spec(ctx.begin(), spec.standard_end, [&](auto name, std::size_t size) {
          long id = sipcodes::detail::arg_id_number(name, size);
          if (id < 0) {
            ctx.check_arg_id(fmt::basic_string_view<typename ParseContext::char_type>(name, size));
            return id;
          }
          if (size == 0) {
            id = ctx.next_arg_id();
          } else {
            ctx.check_arg_id(static_cast<int>(id));
          }
#if FMT_VERSION >= 90100
          if (sipcodes::detail::constant_evaluation()) ctx.check_dynamic_spec(static_cast<int>(id));
#endif
          return id;
        });
    // A spec without d, r or a nested field is the string formatter's own.
    if (part_ == sipcodes::format_part::full && !standard_.dynamic) return formatter<fmt::string_view>::parse(ctx);
    if (standard_.too_long) FMT_THROW(fmt::format_error("sipcodes::status: format spec too long"));
    // The base reads the spec's shape now, so that a bad one is refused while
    // parsing; with a dynamic width or precision, format() gives it the spec
    // again with the numbers in place of the ids.
    const sipcodes::detail::standard_spec shape = standard_.shape();
    fmt::format_parse_context standard(fmt::string_view(shape.text, shape.size));
    if (formatter<fmt::string_view>::parse(standard) != standard.end()) {
      FMT_THROW(fmt::format_error("sipcodes::status: invalid format spec"));
    }
    return spec.end;
  }

  template <class FormatContext>
  auto format(sipcodes::status s, FormatContext& ctx) const -> decltype(ctx.out()) {
    const sipcodes::fixed_text text = sipcodes::format_status(s, part_);
    const fmt::string_view view(text.data(), text.size());
    if (!standard_.dynamic) return formatter<fmt::string_view>::format(view, ctx);
    // Each width and precision looked up here and written as a number, so
    // that the string formatter parses a spec that names no argument.
    const sipcodes::detail::resolved_spec numbers =
        sipcodes::detail::resolve_standard_spec(standard_, [&ctx](const char* name, std::size_t size) {
          const long id = sipcodes::detail::arg_id_number(name, size);
          return number_of(id < 0 ? ctx.arg(fmt::string_view(name, size)) : ctx.arg(static_cast<int>(id)));
        });
    if (!numbers.usable) {
      FMT_THROW(fmt::format_error("sipcodes::status: width or precision is not an integer from 0 to 2147483647"));
    }
    formatter<fmt::string_view> with_numbers;
    fmt::format_parse_context standard(fmt::string_view(numbers.text, numbers.size));
    with_numbers.parse(standard);
    return with_numbers.format(view, ctx);
  }

 private:
  // An argument's value as a width or precision. {fmt} 11 visits an
  // argument through a member, and deprecates fmt::visit_format_arg.
  template <class Argument>
  static sipcodes::detail::dynamic_value number_of(const Argument& argument) {
    const auto value = [](const auto& v) noexcept { return sipcodes::detail::dynamic_value_of(v, 0); };
#if FMT_VERSION >= 110000
    return argument.visit(value);
#else
    return fmt::visit_format_arg(value, argument);
#endif
  }

  sipcodes::format_part part_ = sipcodes::format_part::full;
  sipcodes::detail::standard_spec standard_{};
};

#endif  // SIPCODES_FMT_HPP
