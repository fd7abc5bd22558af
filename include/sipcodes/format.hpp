// sipcodes add-on: std::formatter for sipcodes::status, where the standard
// library provides <format> (__cpp_lib_format): libc++ 19, libstdc++ 13,
// MSVC 19.29 (Visual Studio 2019 16.10) and later, in C++20. Elsewhere, as
// with Debian 12's libstdc++ 12 or libc++ 14, including it adds nothing, and
// says nothing: std::format("{}", s) then fails to compile for want of a
// formatter. <sipcodes/fmt.hpp> ({fmt}) works with any of them.
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
//   std::format("{:>{}d}", status::busy_here, 6) -> "   486"
//   std::format("{:>{}}", status::ok, 8)       -> "  200 OK"
//   std::format("{0:.{1}r}", status::busy_here, 4) -> "Busy"
// The formatter inherits std::formatter<std::string_view>, so the standard
// fill, alignment, width and precision apply to the text, given as numbers or
// taken from the arguments ("{:>{}}", "{0:.{1}r}": an integer from 0 to
// 2147483647, 0 for no width); a last 'd' or 'r' picks the code or the
// phrase. A code not in the table prints as its number, and with 'r' as
// nothing. A bad spec, "{:sd}" (a type before the letter) among them, is
// reported as the standard library reports its own: a compile error for a
// checked format string, std::format_error at run time (std::abort() when
// exceptions are off).
//
// Works copied next to sipcodes.hpp: it includes its sibling.

#ifndef SIPCODES_FORMAT_HPP
#define SIPCODES_FORMAT_HPP

#include "sipcodes.hpp"

#if SIPCODES_VERSION_MAJOR != 2 || SIPCODES_VERSION_MINOR != 1 || SIPCODES_VERSION_PATCH != 0
#error "sipcodes/format.hpp is sipcodes 2.1.0, and the sipcodes.hpp it found is another version"
#endif

#if __has_include(<version>)
#include <version>
#endif

#if defined(__cpp_lib_format)
#include <cstdlib>
#include <format>

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

// Refuses a presentation type before the part letter ("{:sd}"); the compiler
// names this function when a checked format string has one.
[[noreturn]] inline void format_type_before_d_or_r() {
  bad_format_spec("sipcodes::status: d or r after a presentation type");
}

// C++26 lets a formatter ask the parse context to check that a dynamic width
// or precision is an integer, while a format string is checked at compile
// time; earlier, format() checks it.
template <class ParseContext>
constexpr void check_integral_argument(ParseContext& ctx, std::size_t id) {
  if constexpr (requires { ctx.check_dynamic_spec_integral(id); }) {
    if (constant_evaluation()) ctx.check_dynamic_spec_integral(id);
  }
}

// An argument's value as a width or precision. C++26 visits an argument
// through a member, and deprecates std::visit_format_arg.
template <class Argument>
dynamic_value number_of(const Argument& argument) {
  const auto value = [](const auto& v) noexcept { return dynamic_value_of(v, 0); };
  if constexpr (requires { argument.visit(value); }) {
    return argument.visit(value);
  } else {
    return std::visit_format_arg(value, argument);
  }
}

}  // namespace detail
SIPCODES_NAMESPACE_END

template <>
struct std::formatter<sipcodes::status, char> : std::formatter<std::string_view, char> {
  constexpr std::format_parse_context::iterator parse(std::format_parse_context& ctx) {
    const auto spec = sipcodes::detail::read_format_spec(ctx.begin(), ctx.end());
    part_ = spec.part;
    if (part_ != sipcodes::format_part::full && spec.typed) sipcodes::detail::format_type_before_d_or_r();
    // The ids of a dynamic width or precision, from the format string's own
    // context, which checks them (and, from C++26, their type).
    standard_ =
        sipcodes::detail::rewrite_standard_spec(ctx.begin(), spec.standard_end, [&](auto name, std::size_t size) {
          const long number = sipcodes::detail::arg_id_number(name, size);
          if (number < 0) sipcodes::detail::bad_format_spec("sipcodes::status: invalid arg-id");
          std::size_t id = static_cast<std::size_t>(number);
          if (size == 0) {
            id = ctx.next_arg_id();
          } else {
            ctx.check_arg_id(id);
          }
          sipcodes::detail::check_integral_argument(ctx, id);
          return static_cast<long>(id);
        });
    // A spec without d, r or a nested field is the string formatter's own.
    if (part_ == sipcodes::format_part::full && !standard_.dynamic) {
      return std::formatter<std::string_view, char>::parse(ctx);
    }
    if (standard_.too_long) sipcodes::detail::bad_format_spec("sipcodes::status: format spec too long");
    // The base reads the spec's shape now, so that a bad one is refused while
    // parsing; with a dynamic width or precision, format() gives it the spec
    // again with the numbers in place of the ids.
    const sipcodes::detail::standard_spec shape = standard_.shape();
    std::format_parse_context standard(std::string_view(shape.text, shape.size));
    if (std::formatter<std::string_view, char>::parse(standard) != standard.end()) {
      sipcodes::detail::bad_format_spec("sipcodes::status: invalid format spec");
    }
    return spec.end;
  }

  template <class FormatContext>
  typename FormatContext::iterator format(sipcodes::status s, FormatContext& ctx) const {
    const sipcodes::fixed_text text = sipcodes::format_status(s, part_);
    if (!standard_.dynamic) return std::formatter<std::string_view, char>::format(text.view(), ctx);
    // Each width and precision looked up here and written as a number, so
    // that the string formatter parses a spec that names no argument, and
    // its parse context checks no id at run time.
    const sipcodes::detail::resolved_spec numbers =
        sipcodes::detail::resolve_standard_spec(standard_, [&ctx](const char* name, std::size_t size) {
          const long id = sipcodes::detail::arg_id_number(name, size);  // a name was refused in parse()
          return sipcodes::detail::number_of(ctx.arg(static_cast<std::size_t>(id < 0 ? 0 : id)));
        });
    if (!numbers.usable) {
      sipcodes::detail::bad_format_spec("sipcodes::status: width or precision is not an integer from 0 to 2147483647");
    }
    std::formatter<std::string_view, char> with_numbers;
    std::format_parse_context standard(std::string_view(numbers.text, numbers.size));
    with_numbers.parse(standard);
    return with_numbers.format(text.view(), ctx);
  }

 private:
  sipcodes::format_part part_ = sipcodes::format_part::full;
  sipcodes::detail::standard_spec standard_{};
};

#endif  // __cpp_lib_format
#endif  // SIPCODES_FORMAT_HPP
