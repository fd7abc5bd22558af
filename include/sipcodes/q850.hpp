// sipcodes add-on: the RFC 3398 mappings between SIP status codes and ISUP
// (Q.850) cause values that a gateway or B2BUA needs, and the Q.850 names of
// the causes they use. Each row carries its source.
//
// Copyright (c) 2026 the sipcodes authors.
// Distributed under the Boost Software License, Version 1.0
// (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
//
//   sipcodes::to_q850_cause(486)        -> 17 "User busy"  (RFC 3398 section 8.2.6.1)
//   sipcodes::to_q850_cause(488, 305)   -> 65, by the Warning's warn-code
//   sipcodes::from_q850_cause(17)       -> status::busy_here (RFC 3398 section 7.2.4.1)
//   sipcodes::q850_cause_name(17)       -> "User busy"
//
// Works copied next to sipcodes.hpp: it includes its sibling.

#ifndef SIPCODES_Q850_HPP
#define SIPCODES_Q850_HPP

#include "sipcodes.hpp"

#if SIPCODES_VERSION_MAJOR != 2 || SIPCODES_VERSION_MINOR != 1 || SIPCODES_VERSION_PATCH != 0
#error "sipcodes/q850.hpp is sipcodes 2.1.0, and the sipcodes.hpp it found is another version"
#endif

SIPCODES_NAMESPACE_BEGIN

/// A Q.850 cause value that RFC 3398's tables use, with its Q.850 name.
struct q850_cause {
  int value;              ///< 17
  std::string_view name;  ///< "User busy"
};

/// One row of RFC 3398 section 8.2.6.1: the cause a gateway puts in the ISUP
/// REL when it receives the SIP response `sip`.
struct sip_to_q850_row {
  status sip;                ///< the response received
  std::optional<int> cause;  ///< nullopt where the RFC gives none (487)
  std::string_view source;   ///< RFC and section
  std::string_view note;     ///< the RFC's qualification of the row, if any
};

/// One row of RFC 3398 section 7.2.4.1: the SIP response a gateway sends when
/// it receives an ISUP REL with `cause`.
struct q850_to_sip_row {
  int cause;                  ///< the cause received
  std::optional<status> sip;  ///< nullopt where the RFC sends no response (16)
  std::string_view source;    ///< RFC and section
  std::string_view note;      ///< the RFC's qualification of the row, if any
};

/// Where the Q.850 cause location of a REL points.
enum class cause_location : std::uint8_t { network, user };

/// Whether the REL's cause carries a diagnostic field.
enum class cause_diagnostic : std::uint8_t { absent, present };

namespace detail {

inline constexpr q850_cause q850_cause_rows[] = {
    {1, "Unallocated (unassigned) number"sv},
    {2, "No route to specified transit network"sv},
    {3, "No route to destination"sv},
    {16, "Normal call clearing"sv},
    {17, "User busy"sv},
    {18, "No user responding"sv},
    {19, "No answer from user (user alerted)"sv},
    {20, "Subscriber absent"sv},
    {21, "Call rejected"sv},
    {22, "Number changed"sv},
    {23, "Redirection to new destination"sv},
    {25, "Exchange routing error"sv},
    {26, "Non-selected user clearing"sv},
    {27, "Destination out of order"sv},
    {28, "Invalid number format (address incomplete)"sv},
    {29, "Facility rejected"sv},
    {31, "Normal, unspecified"sv},
    {34, "No circuit/channel available"sv},
    {38, "Network out of order"sv},
    {41, "Temporary failure"sv},
    {42, "Switching equipment congestion"sv},
    {44, "Requested circuit/channel not available"sv},
    {47, "Resource unavailable, unspecified"sv},
    {55, "Incoming calls barred within CUG"sv},
    {57, "Bearer capability not authorized"sv},
    {58, "Bearer capability not presently available"sv},
    {63, "Service or option not available, unspecified"sv},
    {65, "Bearer capability not implemented"sv},
    {70, "Only restricted digital information bearer capability is available"sv},
    {79, "Service or option not implemented, unspecified"sv},
    {87, "User not member of CUG"sv},
    {88, "Incompatible destination"sv},
    {102, "Recovery on timer expiry"sv},
    {111, "Protocol error, unspecified"sv},
    {127, "Interworking, unspecified"sv},
};

inline constexpr std::string_view rfc3398_sip_to_q850 = "RFC 3398 section 8.2.6.1"sv;
inline constexpr std::string_view rfc3398_q850_to_sip = "RFC 3398 section 7.2.4.1"sv;
inline constexpr std::string_view remedy_first = "try to remedy and re-originate first"sv;
inline constexpr std::string_view no_note = ""sv;

// RFC 3398 section 8.2.6.1, "Response received / Cause value in the REL", in its order.
inline constexpr sip_to_q850_row sip_to_q850_rows[] = {
    {status::bad_request, 41, rfc3398_sip_to_q850, no_note},
    {status::unauthorized, 21, rfc3398_sip_to_q850, "only when the gateway cannot authenticate itself"sv},
    {status::payment_required, 21, rfc3398_sip_to_q850, no_note},
    {status::forbidden, 21, rfc3398_sip_to_q850, no_note},
    {status::not_found, 1, rfc3398_sip_to_q850, no_note},
    {status::method_not_allowed, 63, rfc3398_sip_to_q850, no_note},
    {status::not_acceptable, 79, rfc3398_sip_to_q850, remedy_first},
    {status::proxy_authentication_required, 21, rfc3398_sip_to_q850,
     "only when the gateway cannot authenticate itself"sv},
    {status::request_timeout, 102, rfc3398_sip_to_q850, no_note},
    {status::gone, 22, rfc3398_sip_to_q850, "without diagnostic"sv},
    {status::request_entity_too_large, 127, rfc3398_sip_to_q850, remedy_first},
    {status::request_uri_too_long, 127, rfc3398_sip_to_q850, remedy_first},
    {status::unsupported_media_type, 79, rfc3398_sip_to_q850, remedy_first},
    {status::unsupported_uri_scheme, 127, rfc3398_sip_to_q850, remedy_first},
    {status::bad_extension, 127, rfc3398_sip_to_q850, remedy_first},
    {status::extension_required, 127, rfc3398_sip_to_q850, remedy_first},
    {status::interval_too_brief, 127, rfc3398_sip_to_q850, remedy_first},
    {status::temporarily_unavailable, 18, rfc3398_sip_to_q850, no_note},
    {status::call_transaction_does_not_exist, 41, rfc3398_sip_to_q850, no_note},
    {status::loop_detected, 25, rfc3398_sip_to_q850, no_note},
    {status::too_many_hops, 25, rfc3398_sip_to_q850, no_note},
    {status::address_incomplete, 28, rfc3398_sip_to_q850, remedy_first},
    {status::ambiguous, 1, rfc3398_sip_to_q850, no_note},
    {status::busy_here, 17, rfc3398_sip_to_q850, no_note},
    {status::request_terminated, std::nullopt, rfc3398_sip_to_q850, "no mapping"sv},
    {status::not_acceptable_here, 31, rfc3398_sip_to_q850,
     "by Warning header: 65 when the warn-code speaks of bearer capability (304, 305)"sv},
    {status::server_internal_error, 41, rfc3398_sip_to_q850, no_note},
    {status::not_implemented, 79, rfc3398_sip_to_q850, no_note},
    {status::bad_gateway, 38, rfc3398_sip_to_q850, no_note},
    {status::service_unavailable, 41, rfc3398_sip_to_q850, no_note},
    {status::server_time_out, 102, rfc3398_sip_to_q850, no_note},
    // The RFC prints this row as "504 Version Not Supported"; the phrase is
    // 505's, and 504 already has its own row above, so it means 505.
    {status::version_not_supported, 127, rfc3398_sip_to_q850,
     "printed as 504 in the RFC; try to remedy and re-originate first"sv},
    {status::message_too_large, 127, rfc3398_sip_to_q850, remedy_first},
    {status::busy_everywhere, 17, rfc3398_sip_to_q850, no_note},
    {status::decline, 21, rfc3398_sip_to_q850, no_note},
    {status::does_not_exist_anywhere, 1, rfc3398_sip_to_q850, no_note},
    {status::not_acceptable_anywhere, 31, rfc3398_sip_to_q850,
     "by Warning header: 65 when the warn-code speaks of bearer capability (304, 305)"sv},
};

// RFC 3398 section 7.2.4.1, "ISUP Cause value / SIP response", in its order,
// with cause 44 from the text below the table.
inline constexpr q850_to_sip_row q850_to_sip_rows[] = {
    {1, status::not_found, rfc3398_q850_to_sip, no_note},
    {2, status::not_found, rfc3398_q850_to_sip, no_note},
    {3, status::not_found, rfc3398_q850_to_sip, no_note},
    {16, std::nullopt, rfc3398_q850_to_sip, "usually a BYE or CANCEL, not a response"sv},
    {17, status::busy_here, rfc3398_q850_to_sip, no_note},
    {18, status::request_timeout, rfc3398_q850_to_sip, no_note},
    {19, status::temporarily_unavailable, rfc3398_q850_to_sip, no_note},
    {20, status::temporarily_unavailable, rfc3398_q850_to_sip, no_note},
    {21, status::forbidden, rfc3398_q850_to_sip, "603 when the cause location is user"sv},
    {22, status::gone, rfc3398_q850_to_sip, "301 Moved Permanently with a diagnostic"sv},
    {23, status::gone, rfc3398_q850_to_sip, no_note},
    {26, status::not_found, rfc3398_q850_to_sip, "ANSI: misrouted ported number"sv},
    {27, status::bad_gateway, rfc3398_q850_to_sip, no_note},
    {28, status::address_incomplete, rfc3398_q850_to_sip, no_note},
    {29, status::not_implemented, rfc3398_q850_to_sip, no_note},
    {31, status::temporarily_unavailable, rfc3398_q850_to_sip, no_note},
    {34, status::service_unavailable, rfc3398_q850_to_sip, no_note},
    {38, status::service_unavailable, rfc3398_q850_to_sip, no_note},
    {41, status::service_unavailable, rfc3398_q850_to_sip, no_note},
    {42, status::service_unavailable, rfc3398_q850_to_sip, no_note},
    // Not in the table: the text below it says that cause 44 "should not
    // result in any SIP status code being sent" (untranslatable).
    {44, std::nullopt, rfc3398_q850_to_sip, "untranslatable: no SIP response is sent"sv},
    {47, status::service_unavailable, rfc3398_q850_to_sip, no_note},
    {55, status::forbidden, rfc3398_q850_to_sip, no_note},
    {57, status::forbidden, rfc3398_q850_to_sip, no_note},
    {58, status::service_unavailable, rfc3398_q850_to_sip, no_note},
    {65, status::not_acceptable_here, rfc3398_q850_to_sip, no_note},
    {70, status::not_acceptable_here, rfc3398_q850_to_sip, no_note},
    {79, status::not_implemented, rfc3398_q850_to_sip, no_note},
    {87, status::forbidden, rfc3398_q850_to_sip, no_note},
    {88, status::service_unavailable, rfc3398_q850_to_sip, no_note},
    {102, status::server_time_out, rfc3398_q850_to_sip, no_note},
    {111, status::server_internal_error, rfc3398_q850_to_sip, no_note},
    {127, status::server_internal_error, rfc3398_q850_to_sip, no_note},
};

// Lookup indexes: the row number plus one by SIP code slot and by cause
// (0..127), 0 where the RFC lists nothing.
struct q850_indexes {
  std::uint8_t sip_row_plus_one[invalid_slot + 1];
  std::uint8_t cause_row_plus_one[128];
};

constexpr q850_indexes make_q850_indexes() noexcept {
  q850_indexes index{};
  for (std::size_t i = 0; i < std::size(sip_to_q850_rows); ++i) {
    index.sip_row_plus_one[code_slot(to_int(sip_to_q850_rows[i].sip))] = static_cast<std::uint8_t>(i + 1);
  }
  for (std::size_t i = 0; i < std::size(q850_to_sip_rows); ++i) {
    index.cause_row_plus_one[q850_to_sip_rows[i].cause] = static_cast<std::uint8_t>(i + 1);
  }
  return index;
}
inline constexpr q850_indexes q850_index = make_q850_indexes();

// RFC 3398 section 8.2.6.1: "If the SIP response code is not listed above, the
// ISUP cause value should be 31" (the default for 4xx to 6xx it does not list).
inline constexpr int default_q850_cause = 31;

}  // namespace detail

/// The Q.850 causes RFC 3398's tables use, ascending.
[[nodiscard]] constexpr row_view<q850_cause> q850_causes() noexcept { return detail::q850_cause_rows; }

/// The Q.850 name of a cause that RFC 3398's tables use ("User busy"); "" for
/// any other value.
[[nodiscard]] constexpr std::string_view q850_cause_name(int cause) noexcept {
  for (const q850_cause& c : detail::q850_cause_rows) {
    if (c.value == cause) return c.name;
  }
  return {};
}

/// RFC 3398 section 8.2.6.1 as data, in the RFC's order.
[[nodiscard]] constexpr row_view<sip_to_q850_row> sip_to_q850_mappings() noexcept { return detail::sip_to_q850_rows; }

/// RFC 3398 section 7.2.4.1 as data, in the RFC's order.
[[nodiscard]] constexpr row_view<q850_to_sip_row> q850_to_sip_mappings() noexcept { return detail::q850_to_sip_rows; }

/// True for the warn-codes that speak of a bearer capability that is not
/// available, for which RFC 3398 section 8.2.6.1 recommends cause 65: 304
/// "Media type not available" and 305 "Incompatible media format", whose
/// media types and formats are what an ISDN bearer capability describes.
/// Every other warn-code maps to 31 (the RFC's default "for most currently
/// assigned Warning codes").
[[nodiscard]] constexpr bool speaks_of_bearer_capability(int warn_code) noexcept {
  return warn_code == 304 || warn_code == 305;
}

/// The Q.850 cause a gateway puts in the ISUP REL for a SIP failure response
/// (RFC 3398 section 8.2.6.1). A listed code maps as the RFC's table says.
/// 488 and 606 map "by Warning header": pass the warn-code of the Warning
/// that came with the response (parse_warning(...).value.code); a code that
/// speaks of bearer capability gives 65, any other and no Warning give 31.
/// Any other code of 400..699 gives the RFC's default, 31 "Normal,
/// unspecified". 487, for which the RFC gives no cause, codes below 400 and
/// invalid codes give nullopt.
[[nodiscard]] constexpr std::optional<int> to_q850_cause(int sip_code,
                                                         std::optional<int> warn_code = std::nullopt) noexcept {
  if (!is_valid(sip_code) || sip_code < 400) return std::nullopt;
  const std::size_t row = detail::q850_index.sip_row_plus_one[detail::code_slot(sip_code)];
  if (row == 0) return detail::default_q850_cause;
  if ((sip_code == 488 || sip_code == 606) && warn_code && speaks_of_bearer_capability(*warn_code)) return 65;
  return detail::sip_to_q850_rows[row - 1].cause;
}
[[nodiscard]] constexpr std::optional<int> to_q850_cause(status s,
                                                         std::optional<int> warn_code = std::nullopt) noexcept {
  return to_q850_cause(detail::to_int(s), warn_code);
}

/// The SIP response a gateway sends for an ISUP REL's cause (RFC 3398 section
/// 7.2.4.1). A listed cause maps as the RFC's table says, with its two
/// variants: cause 21 at location `user` gives 603, and cause 22 with a
/// diagnostic gives 301. Cause 16 (normal clearing), which ends a call with a
/// BYE or CANCEL rather than a response, and cause 44, which the RFC calls
/// untranslatable, give nullopt. Any other cause of 1..127 gives the RFC's
/// default, 500; a value outside 1..127 is no cause and gives nullopt.
[[nodiscard]] constexpr std::optional<status> from_q850_cause(
    int cause, cause_location location = cause_location::network,
    cause_diagnostic diagnostic = cause_diagnostic::absent) noexcept {
  if (cause < 1 || cause > 127) return std::nullopt;
  if (cause == 21 && location == cause_location::user) return status::decline;
  if (cause == 22 && diagnostic == cause_diagnostic::present) return status::moved_permanently;
  const std::size_t row = detail::q850_index.cause_row_plus_one[cause];
  if (row == 0) return status::server_internal_error;
  return detail::q850_to_sip_rows[row - 1].sip;
}

SIPCODES_NAMESPACE_END

#endif  // SIPCODES_Q850_HPP
