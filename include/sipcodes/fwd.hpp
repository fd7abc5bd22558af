// sipcodes: forward declarations of status, status_class and language_pack,
// for a header of yours that only names them (a parameter, a member, a
// return type) and should not pull in the table. Include
// <sipcodes/sipcodes.hpp> where the values are used.
//
// Copyright (c) 2026 the sipcodes authors.
// Distributed under the Boost Software License, Version 1.0
// (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
//
//   #include <sipcodes/fwd.hpp>
//   struct call_end { sipcodes::status code; };  // complete: the enum's size is known
//   std::string_view phrase(sipcodes::status code, const sipcodes::language_pack& pack);
//
// sipcodes' names live in an inline namespace named after the version, which
// a user's own `namespace sipcodes { enum class status : std::uint16_t; }`
// would miss; this header declares them where the core defines them, in
// either namespace mode (SIPCODES_NAMESPACE_NO_VERSION, see sipcodes.hpp).
// Works copied next to sipcodes.hpp; it includes <cstdint> only.

// The namespace mode, SIPCODES_NAMESPACE_NO_VERSION (see sipcodes.hpp), is
// read at the first sipcodes include of a translation unit and kept: a later
// include that sees the other mode is an error, since it would declare its
// names in another namespace. Defined empty, the macro is on, as 1 is.
#if !defined(SIPCODES_NAMESPACE_NO_VERSION)
#define SIPCODES_DETAIL_NO_VERSION_HERE 0
#elif ~(~SIPCODES_NAMESPACE_NO_VERSION + 0) == 0 && ~(~SIPCODES_NAMESPACE_NO_VERSION + 1) == 1
#define SIPCODES_DETAIL_NO_VERSION_HERE 1  // defined empty
#elif SIPCODES_NAMESPACE_NO_VERSION
#define SIPCODES_DETAIL_NO_VERSION_HERE 1
#else
#define SIPCODES_DETAIL_NO_VERSION_HERE 0
#endif
#if !defined(SIPCODES_DETAIL_NO_VERSION) && SIPCODES_DETAIL_NO_VERSION_HERE
#define SIPCODES_DETAIL_NO_VERSION 1
#elif !defined(SIPCODES_DETAIL_NO_VERSION)
#define SIPCODES_DETAIL_NO_VERSION 0
#elif SIPCODES_DETAIL_NO_VERSION != SIPCODES_DETAIL_NO_VERSION_HERE
#error "SIPCODES_NAMESPACE_NO_VERSION must be defined the same way before the first sipcodes include"
#endif
#undef SIPCODES_DETAIL_NO_VERSION_HERE

#ifndef SIPCODES_FWD_HPP
#define SIPCODES_FWD_HPP

#include <cstdint>

// Another version of sipcodes in this translation unit is an error that
// names both, as in the core.
#if defined(SIPCODES_VERSION_MAJOR) && \
    (SIPCODES_VERSION_MAJOR != 2 || SIPCODES_VERSION_MINOR != 1 || SIPCODES_VERSION_PATCH != 0)
#define SIPCODES_DETAIL_MISMATCH_TEXT(x) #x
#define SIPCODES_DETAIL_MISMATCH(x) SIPCODES_DETAIL_MISMATCH_TEXT(x)
// clang-format off
static_assert(false, "two versions of sipcodes meet in one translation unit: "
              "sipcodes/fwd.hpp is sipcodes 2.1.0, and sipcodes "
              SIPCODES_DETAIL_MISMATCH(SIPCODES_VERSION_MAJOR) "."
              SIPCODES_DETAIL_MISMATCH(SIPCODES_VERSION_MINOR) "."
              SIPCODES_DETAIL_MISMATCH(SIPCODES_VERSION_PATCH) " was included before it");
// clang-format on
#undef SIPCODES_DETAIL_MISMATCH
#undef SIPCODES_DETAIL_MISMATCH_TEXT
#else

// The same definitions as in sipcodes.hpp, token for token, so that either
// header may come first.
#define SIPCODES_VERSION_MAJOR 2
#define SIPCODES_VERSION_MINOR 1
#define SIPCODES_VERSION_PATCH 0
#define SIPCODES_DETAIL_ABI_NAME(major, minor, patch) v##major##_##minor##_##patch
#define SIPCODES_DETAIL_ABI(major, minor, patch) SIPCODES_DETAIL_ABI_NAME(major, minor, patch)
#if SIPCODES_DETAIL_NO_VERSION
#define SIPCODES_NAMESPACE_BEGIN namespace sipcodes {
#define SIPCODES_NAMESPACE_END }
#else
#define SIPCODES_NAMESPACE_BEGIN \
  namespace sipcodes {           \
  inline namespace SIPCODES_DETAIL_ABI(SIPCODES_VERSION_MAJOR, SIPCODES_VERSION_MINOR, SIPCODES_VERSION_PATCH) {
#define SIPCODES_NAMESPACE_END \
  }                            \
  }
#endif

SIPCODES_NAMESPACE_BEGIN

/// A SIP response code; its enumerators are in <sipcodes/sipcodes.hpp>.
enum class status : std::uint16_t;
/// The class of a response, the first digit of its code.
enum class status_class : std::uint8_t;
/// The texts of one language, keyed by code.
struct language_pack;

SIPCODES_NAMESPACE_END

#endif  // the version check
#endif  // SIPCODES_FWD_HPP
