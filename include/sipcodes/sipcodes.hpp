// sipcodes: every SIP response code in one constexpr table.
//
// Copyright (c) 2026 the sipcodes authors.
// Distributed under the Boost Software License, Version 1.0
// (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
//
// This is the core of sipcodes: the protocol facts and the functions over
// them. It is self-contained (copy it into a tree and include it), pure ASCII,
// and includes only light standard headers. It has no static initialisers,
// allocates nothing, throws nothing and holds no mutable state. The add-ons
// include it themselves: <sipcodes/q850.hpp> (RFC 3398 gateway mappings),
// <sipcodes/lang/tr.hpp> (the Turkish language pack), <sipcodes/fmt.hpp>
// ({fmt}) and <sipcodes/format.hpp> (std::format).
//
// Sources of the data: the IANA "Session Initiation Protocol (SIP)
// Parameters" registry, sub-registry "Response Codes"; RFC 3261 sections 21
// and 25.1; RFC 2543 sections 5.1.1 and 7; and each extension RFC that the
// table cites.
//
// ---------------------------------------------------------------------------
// Synopsis. Everything is in namespace sipcodes. Every function is constexpr,
// noexcept and total: any value of its argument types gets a defined answer.
// Two are not, and say so below: operator<< writes to a stream (neither
// constexpr nor noexcept), and row_view's [] takes an index below size().
// Every function that takes a code takes an int or a status. Absence is said
// one way each: std::optional<status> for a status, "" for text, nullptr from
// find, {value, error} from a parser, {end, error} from a writer.
// <sipcodes/fwd.hpp> declares status, status_class and language_pack alone.
//
// 1. The table
//   enum class status : std::uint16_t { trying = 100, ..., rejected = 608 };
//   enum class status_class { invalid, provisional, success, redirection,
//                             client_error, server_error, global_failure };
//   enum class lifecycle { current, deprecated, reserved, historic };
//   struct alias        { status code; std::string_view phrase, source; };
//   struct status_info  { status code; std::uint16_t rfc; status_class cls;
//                         lifecycle state; std::string_view name, reason,
//                         section, description;
//                         row_view<alias> aliases() const; };
//   template <class Row> class row_view;  // begin, end, size, empty; [i] needs i < size()
//                                          // of a named array: a braced list does not compile
//   row_view<status_info> all();           // every row, ascending by code
//   struct warn_code_info { std::uint16_t code, rfc; std::string_view text,
//                           section, description; };  // IANA warn-codes
//
// 2. Lookups
//   const status_info* find(code);         // nullptr when not in the table
//   bool is_valid(code);                   // 100..699 (RFC 3261 section 7.2)
//   bool is_known(code);                   // in the table
//   std::string_view reason_phrase(code);  // "Busy Here"; ""
//   std::string_view description(code);    // English; ""
//   status_class class_of(code);
//   bool is_provisional(code), is_success(code), is_redirection(code),
//        is_client_error(code), is_server_error(code),
//        is_global_failure(code), is_final(code);
//   std::optional<status> to_status(code);
//   std::optional<status> fallback(code);  // RFC 3261 section 8.1.3.2: 499 -> 400, 303 -> 300
//   std::optional<status> from_name(std::string_view);    // "busy_here"
//   std::optional<status> from_reason(std::string_view);  // "busy here"
//   row_view<warn_code_info> warn_codes();
//   const warn_code_info* find_warn_code(int);       // nullptr when not registered
//   std::string_view warning_text(int);              // "Insufficient bandwidth"; ""
//   std::string_view warning_description(int);       // English; ""
//   struct translation   { status code; std::string_view reason, description; };
//   struct warning_translation { std::uint16_t code; std::string_view text, description; };
//   struct text_translation { std::string_view english, translation; };
//   struct language_pack { std::string_view tag, name; row_view<translation> rows;
//                          row_view<warning_translation> warnings;
//                          row_view<text_translation> texts; };  // conditions, sources
//   std::string_view description(code, const language_pack&);
//   std::string_view reason_phrase(code, const language_pack&);  // (localized_reason: deprecated)
//   std::string_view warning_text(int, const language_pack&), warning_description(int, const language_pack&);
//   std::string_view source(const alias&, const language_pack&);  // the pack's, else English
//   bool covers_all(const language_pack&);  // codes, warn-codes, conditions, sources
//
// 3. Text
//   bool is_valid_reason_phrase(std::string_view);  // RFC 3261 Reason-Phrase
//   enum class format_part { full, code, reason };
//   class fixed_text;                      // view(), data(), c_str(), size(), empty(), ==, !=
//   fixed_text format_status(status, format_part = format_part::full);
//   std::ostream& operator<<(std::ostream&, status);  // "486 Busy Here"; may throw, as streams do
//
// 4. Wire (RFC 3261 status lines, Retry-After and Warning values; RFC 3326
//    Reason header field values)
//   enum class write_error { none, bad_code, bad_reason, bad_text, bad_agent, no_room };
//   struct write_result { char* end; write_error error; };
//   struct size_result  { std::size_t size; write_error error; };
//   template <class Value, class Error> struct parse_result { Value value; Error error; };
//   struct status_line { status code; std::string_view reason; std::uint8_t major, minor;
//                        std::string_view rest; };
//   parse_result<status_line, line_error> parse_status_line(std::string_view);  // a line or a buffer
//   size_result  status_line_size(code, std::string_view reason = {});
//   write_result write_status_line(char* first, char* last, code, std::string_view reason = {});
//   fixed_text   make_status_line(status);
//   size_result  escaped_reason_phrase_size(std::string_view text);
//   write_result escape_reason_phrase(char* first, char* last, std::string_view text);  // relay a phrase
//   struct reason_value { std::string_view protocol; std::optional<int> cause;
//                         std::string_view text, rest; };
//   parse_result<reason_value, reason_error> parse_reason(std::string_view);
//   size_result  reason_size(reason_protocol, int cause, std::string_view text = {});
//   write_result write_reason(char* first, char* last, reason_protocol, int cause,
//                             std::string_view text = {});
//   size_result  reason_size(status[, std::string_view text]);   // SIP; no text: the default phrase
//   write_result write_reason(char* first, char* last, status[, std::string_view text]);
//   write_result unescape_quoted(char* first, char* last, std::string_view escaped);
//                // Reason text, warn-text, Retry-After comment (unescape_reason_text: deprecated)
//   size_result  unescaped_size(std::string_view escaped);
//   struct retry_after_value { std::uint32_t seconds; std::string_view comment;
//                              std::optional<std::uint32_t> duration; };
//   parse_result<retry_after_value, retry_after_error> parse_retry_after(std::string_view);
//   size_result  retry_after_size(std::uint32_t seconds, std::string_view comment = {},
//                                 std::optional<std::uint32_t> duration = {});
//   write_result write_retry_after(char* first, char* last, std::uint32_t seconds,
//                                  std::string_view comment = {}, std::optional<std::uint32_t> duration = {});
//   struct warning_value { int code; std::string_view agent, text, rest; };
//   parse_result<warning_value, warning_error> parse_warning(std::string_view);
//   size_result  warning_size(int code, std::string_view agent, std::string_view text = {});
//   write_result write_warning(char* first, char* last, int code, std::string_view agent,
//                              std::string_view text = {});
//   std::string_view to_string(status_class | lifecycle | write_error | line_error |
//                              reason_error | retry_after_error | warning_error | requirement);
//
// 5. Rules (the header rules are the one home; the Retry-After lookups read them)
//   struct header_rule { status code; requirement level; bool one_of; std::uint16_t rfc;
//                        std::string_view header, section, method, condition; };
//   row_view<header_rule> header_rules(), header_rules(code);
//   std::string_view condition(const header_rule&, const language_pack&);  // the pack's, else English
//   bool allows_retry_after(code);         // RFC 3261 section 20.33
//   row_view<retry_after_rule> retry_after_rules();
//   struct retry_advice { bool applies, may_retry; std::optional<std::uint32_t> after; bool try_elsewhere;
//                         std::optional<status> treated_as; std::string_view section; };
//   retry_advice retry_advice_for(code, std::optional<std::uint32_t> retry_after = {});
// ---------------------------------------------------------------------------

// The namespace mode, SIPCODES_NAMESPACE_NO_VERSION (see below), is
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

// Two different versions of sipcodes must not meet in one translation unit:
// the second one to arrive says so, naming both. (Different versions in
// different translation units are fine: see the inline namespace below.)
#if defined(SIPCODES_VERSION_MAJOR) && \
    (SIPCODES_VERSION_MAJOR != 2 || SIPCODES_VERSION_MINOR != 1 || SIPCODES_VERSION_PATCH != 0)
#define SIPCODES_DETAIL_MISMATCH_TEXT(x) #x
#define SIPCODES_DETAIL_MISMATCH(x) SIPCODES_DETAIL_MISMATCH_TEXT(x)
// clang-format off
static_assert(false, "two versions of sipcodes meet in one translation unit: "
              "this header is sipcodes 2.1.0, and sipcodes "
              SIPCODES_DETAIL_MISMATCH(SIPCODES_VERSION_MAJOR) "."
              SIPCODES_DETAIL_MISMATCH(SIPCODES_VERSION_MINOR) "."
              SIPCODES_DETAIL_MISMATCH(SIPCODES_VERSION_PATCH) " was included before it");
// clang-format on
#undef SIPCODES_DETAIL_MISMATCH
#undef SIPCODES_DETAIL_MISMATCH_TEXT
#elif !defined(SIPCODES_SIPCODES_HPP)
#define SIPCODES_SIPCODES_HPP

#define SIPCODES_VERSION_MAJOR 2
#define SIPCODES_VERSION_MINOR 1
#define SIPCODES_VERSION_PATCH 0

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iosfwd>
#include <optional>
#include <string_view>

// Every name lives in an inline namespace named after the version (v2_1_0),
// so that two copies of different versions, vendored into two parts of one
// program, are two sets of symbols and cannot break the one-definition rule.
// Code names sipcodes::status as usual. The add-ons open it with these macros.
//
// A library that exposes sipcodes types in its own ABI, and owns the one copy
// of sipcodes its users see, defines SIPCODES_NAMESPACE_NO_VERSION to 1 (or
// empty) before it first includes any sipcodes header: the names are then
// declared in namespace sipcodes itself, and its symbols stay the same from
// one version to the next. Every later include in the translation unit must
// see the same mode (checked above). <sipcodes/fwd.hpp> declares status, status_class and
// language_pack for headers that only name them, in either mode; these
// definitions are the same, token for token, as the ones there.
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

// ===========================================================================
// 1. The table
// ===========================================================================

/// A SIP response code that the table knows, named after its IANA phrase in
/// lower snake case. The underlying value is the code. Any std::uint16_t may
/// be cast to a status, and every function accepts such unknown values too.
/// A status is not an int: `status s = 486;` and `s == 486` do not compile.
enum class status : std::uint16_t {
  // 1xx provisional
  /// 100 Trying (RFC 3261 section 21.1.1)
  trying = 100,
  /// 180 Ringing (RFC 3261 section 21.1.2)
  ringing = 180,
  /// 181 Call Is Being Forwarded (RFC 3261 section 21.1.3)
  call_is_being_forwarded = 181,
  /// 182 Queued (RFC 3261 section 21.1.4)
  queued = 182,
  /// 183 Session Progress (RFC 3261 section 21.1.5)
  session_progress = 183,
  /// 199 Early Dialog Terminated (RFC 6228 section 11.1)
  early_dialog_terminated = 199,
  // 2xx success
  /// 200 OK (RFC 3261 section 21.2.1)
  ok = 200,
  /// 202 Accepted (RFC 6665 section 8.3.1, deprecated)
  accepted = 202,
  /// 204 No Notification (RFC 5839 section 7.1)
  no_notification = 204,
  // 3xx redirection
  /// 300 Multiple Choices (RFC 3261 section 21.3.1)
  multiple_choices = 300,
  /// 301 Moved Permanently (RFC 3261 section 21.3.2)
  moved_permanently = 301,
  /// 302 Moved Temporarily (RFC 3261 section 21.3.3)
  moved_temporarily = 302,
  /// 303 See Other (RFC 2543 section 5.1.1, historic)
  see_other = 303,
  /// 305 Use Proxy (RFC 3261 section 21.3.4)
  use_proxy = 305,
  /// 380 Alternative Service (RFC 3261 section 21.3.5)
  alternative_service = 380,
  // 4xx client error
  /// 400 Bad Request (RFC 3261 section 21.4.1)
  bad_request = 400,
  /// 401 Unauthorized (RFC 3261 section 21.4.2)
  unauthorized = 401,
  /// 402 Payment Required (RFC 3261 section 21.4.3, reserved)
  payment_required = 402,
  /// 403 Forbidden (RFC 3261 section 21.4.4)
  forbidden = 403,
  /// 404 Not Found (RFC 3261 section 21.4.5)
  not_found = 404,
  /// 405 Method Not Allowed (RFC 3261 section 21.4.6)
  method_not_allowed = 405,
  /// 406 Not Acceptable (RFC 3261 section 21.4.7)
  not_acceptable = 406,
  /// 407 Proxy Authentication Required (RFC 3261 section 21.4.8)
  proxy_authentication_required = 407,
  /// 408 Request Timeout (RFC 3261 section 21.4.9)
  request_timeout = 408,
  /// 409 Conflict (RFC 2543 section 7.4.10, historic)
  conflict = 409,
  /// 410 Gone (RFC 3261 section 21.4.10)
  gone = 410,
  /// 411 Length Required (RFC 2543 section 7.4.12, historic)
  length_required = 411,
  /// 412 Conditional Request Failed (RFC 3903 section 11.2.1)
  conditional_request_failed = 412,
  /// 413 Request Entity Too Large (RFC 3261 section 21.4.11)
  request_entity_too_large = 413,
  /// 414 Request-URI Too Long (RFC 3261 section 21.4.12)
  request_uri_too_long = 414,
  /// 415 Unsupported Media Type (RFC 3261 section 21.4.13)
  unsupported_media_type = 415,
  /// 416 Unsupported URI Scheme (RFC 3261 section 21.4.14)
  unsupported_uri_scheme = 416,
  /// 417 Unknown Resource-Priority (RFC 4412 section 12.4)
  unknown_resource_priority = 417,
  /// 420 Bad Extension (RFC 3261 section 21.4.15)
  bad_extension = 420,
  /// 421 Extension Required (RFC 3261 section 21.4.16)
  extension_required = 421,
  /// 422 Session Interval Too Small (RFC 4028 section 6)
  session_interval_too_small = 422,
  /// 423 Interval Too Brief (RFC 3261 section 21.4.17)
  interval_too_brief = 423,
  /// 424 Bad Location Information (RFC 6442 section 4.3)
  bad_location_information = 424,
  /// 425 Bad Alert Message (RFC 8876 section 5.1)
  bad_alert_message = 425,
  /// 428 Use Identity Header (RFC 8224 section 6.2.2)
  use_identity_header = 428,
  /// 429 Provide Referrer Identity (RFC 3892 section 5)
  provide_referrer_identity = 429,
  /// 430 Flow Failed (RFC 5626 section 11.5)
  flow_failed = 430,
  /// 433 Anonymity Disallowed (RFC 5079 section 5)
  anonymity_disallowed = 433,
  /// 436 Bad Identity Info (RFC 8224 section 6.2.2)
  bad_identity_info = 436,
  /// 437 Unsupported Credential (RFC 8224 section 6.2.2)
  unsupported_credential = 437,
  /// The name of 437 before RFC 8224 renamed it "Unsupported Credential".
  unsupported_certificate [[deprecated("renamed: use status::unsupported_credential (RFC 8224)")]] = 437,
  /// 438 Invalid Identity Header (RFC 8224 section 6.2.2)
  invalid_identity_header = 438,
  /// 439 First Hop Lacks Outbound Support (RFC 5626 section 11.6)
  first_hop_lacks_outbound_support = 439,
  /// 440 Max-Breadth Exceeded (RFC 5393 section 6.2)
  max_breadth_exceeded = 440,
  /// 469 Bad Info Package (RFC 6086 section 11.6)
  bad_info_package = 469,
  /// 470 Consent Needed (RFC 5360 section 5.9.2)
  consent_needed = 470,
  /// 480 Temporarily Unavailable (RFC 3261 section 21.4.18)
  temporarily_unavailable = 480,
  /// 481 Call/Transaction Does Not Exist (RFC 3261 section 21.4.19)
  call_transaction_does_not_exist = 481,
  /// 482 Loop Detected (RFC 3261 section 21.4.20)
  loop_detected = 482,
  /// 483 Too Many Hops (RFC 3261 section 21.4.21)
  too_many_hops = 483,
  /// 484 Address Incomplete (RFC 3261 section 21.4.22)
  address_incomplete = 484,
  /// 485 Ambiguous (RFC 3261 section 21.4.23)
  ambiguous = 485,
  /// 486 Busy Here (RFC 3261 section 21.4.24)
  busy_here = 486,
  /// 487 Request Terminated (RFC 3261 section 21.4.25)
  request_terminated = 487,
  /// 488 Not Acceptable Here (RFC 3261 section 21.4.26)
  not_acceptable_here = 488,
  /// 489 Bad Event (RFC 6665 section 8.3.2)
  bad_event = 489,
  /// 491 Request Pending (RFC 3261 section 21.4.27)
  request_pending = 491,
  /// 493 Undecipherable (RFC 3261 section 21.4.28)
  undecipherable = 493,
  /// 494 Security Agreement Required (RFC 3329 section 6.4)
  security_agreement_required = 494,
  // 5xx server error
  /// 500 Server Internal Error (RFC 3261 section 21.5.1)
  server_internal_error = 500,
  /// 501 Not Implemented (RFC 3261 section 21.5.2)
  not_implemented = 501,
  /// 502 Bad Gateway (RFC 3261 section 21.5.3)
  bad_gateway = 502,
  /// 503 Service Unavailable (RFC 3261 section 21.5.4)
  service_unavailable = 503,
  /// 504 Server Time-out (RFC 3261 section 21.5.5)
  server_time_out = 504,
  /// 505 Version Not Supported (RFC 3261 section 21.5.6)
  version_not_supported = 505,
  /// 513 Message Too Large (RFC 3261 section 21.5.7)
  message_too_large = 513,
  /// 555 Push Notification Service Not Supported (RFC 8599 section 8.1)
  push_notification_service_not_supported = 555,
  /// 580 Precondition Failure (RFC 3312 section 8)
  precondition_failure = 580,
  // 6xx global failure
  /// 600 Busy Everywhere (RFC 3261 section 21.6.1)
  busy_everywhere = 600,
  /// 603 Decline (RFC 3261 section 21.6.2)
  decline = 603,
  /// 604 Does Not Exist Anywhere (RFC 3261 section 21.6.3)
  does_not_exist_anywhere = 604,
  /// 606 Not Acceptable (RFC 3261 section 21.6.4)
  not_acceptable_anywhere = 606,
  /// 607 Unwanted (RFC 8197 section 5.1)
  unwanted = 607,
  /// 608 Rejected (RFC 8688 section 5.1)
  rejected = 608,
};

/// The class of a response: the first digit of its code (RFC 3261 section 7.2).
enum class status_class : std::uint8_t {
  invalid = 0,  ///< not a code: outside 100..699
  provisional = 1,
  success = 2,
  redirection = 3,
  client_error = 4,
  server_error = 5,
  global_failure = 6
};

/// Where a code stands today.
enum class lifecycle : std::uint8_t {
  current,     ///< in use
  deprecated,  ///< registered, but its RFCs say not to send it (202)
  reserved,    ///< registered with no defined meaning (402)
  historic     ///< from RFC 2543, dropped by RFC 3261 and not in the registry
};

/// A contiguous, read-only view of rows of one of the tables.
template <class Row>
class row_view {
 public:
  /// No rows.
  constexpr row_view() noexcept = default;
  /// The `count` rows from `first`.
  constexpr row_view(const Row* first, std::size_t count) noexcept : first_(first), count_(count) {}
  /// Every row of an array, which must outlive the view: a named array, not
  /// a braced list or a temporary.
  template <std::size_t N>
  constexpr row_view(const Row (&rows)[N]) noexcept : first_(rows), count_(N) {}  // NOLINT(google-explicit-constructor)
  /// Refused: the rows of a braced list die at the end of the full
  /// expression, and the view would dangle. Name an array of rows instead.
  row_view(std::initializer_list<Row>) = delete;
  /// Refused: a temporary array dies before the view is read.
  template <std::size_t N>
  row_view(const Row (&&rows)[N]) = delete;

  /// The first row.
  [[nodiscard]] constexpr const Row* begin() const noexcept { return first_; }
  /// One past the last row.
  [[nodiscard]] constexpr const Row* end() const noexcept { return first_ + count_; }
  /// How many rows there are.
  [[nodiscard]] constexpr std::size_t size() const noexcept { return count_; }
  /// True when there are none.
  [[nodiscard]] constexpr bool empty() const noexcept { return count_ == 0; }
  /// The row at `i`, which must be below size(): unchecked, like std::span's
  /// [] (the one function of sipcodes that is not total). Range-for needs no
  /// index.
  [[nodiscard]] constexpr const Row& operator[](std::size_t i) const noexcept { return first_[i]; }

 private:
  const Row* first_ = nullptr;
  std::size_t count_ = 0;
};

/// A phrase other than the default that arrives on the wire for a code: a
/// former default, or one that deployed stacks send. `source` says where it
/// comes from.
struct alias {
  status code;              ///< the code the phrase stands for
  std::string_view phrase;  ///< "Call Leg/Transaction Does Not Exist"
  std::string_view source;  ///< where it comes from: "RFC 2543 section 7.4.18"
};

/// One row of the table.
struct status_info {
  status code;                   ///< the code, status::busy_here
  std::uint16_t rfc;             ///< defining RFC, 3261
  status_class cls;              ///< first digit of the code
  lifecycle state;               ///< current, deprecated, reserved or historic
  std::string_view name;         ///< enumerator name, "busy_here"
  std::string_view reason;       ///< default reason phrase, "Busy Here"
  std::string_view section;      ///< section of that RFC, "21.4.24"
  std::string_view description;  ///< when it is sent and what the receiver does
  /// Former and alternate phrases, with their sources; empty for most codes.
  [[nodiscard]] constexpr row_view<alias> aliases() const noexcept;
};

/// One warn-code of the IANA "Warning Codes (warn-codes)" sub-registry of the
/// SIP parameters: the three digits that open a Warning header field value
/// and say what a 488 or 606 (or another response) is warning about.
struct warn_code_info {
  std::uint16_t code;            ///< 370
  std::uint16_t rfc;             ///< defining RFC, 3261
  std::string_view text;         ///< the recommended warn-text, "Insufficient bandwidth"
  std::string_view section;      ///< section of that RFC, "20.43"
  std::string_view description;  ///< what the warning reports
};

namespace detail {

using namespace std::string_view_literals;  // "..."sv: a literal's length without measuring it

// The name of an enumerator, from the names of all of them in the order of
// their values 0, 1, 2 ...; "invalid" for any other value of the type. (The
// to_string functions: a table rather than a switch, which clang's
// -Wswitch-default and -Wcovered-switch-default cannot both accept.)
template <std::size_t N>
constexpr std::string_view name_at(const std::string_view (&names)[N], std::size_t value) noexcept {
  return value < N ? names[value] : std::string_view("invalid");
}

// The table, written once. Each row:
//   X(enumerator, "Default Reason Phrase", rfc, "section", lifecycle, "description")
// - the phrase is spelled as the IANA registry spells it today;
// - rfc is the reference the registry gives today (RFC 2543 for the three
//   codes RFC 3261 dropped), and section is the section of that RFC whose
//   heading defines the code; where the RFC spreads the definition over its
//   behaviour sections, the section that registers the code is cited;
// - the description says when the code is sent and what its receiver does,
//   with the RFC's own keywords.
// Rows are in ascending order of code; the enumerators above give the codes.
// tests/static_checks.cpp proves the rows sorted, the names derived from the
// phrases, and every phrase a valid Reason-Phrase.
#define SIPCODES_DETAIL_STATUS_TABLE(X)                                                                       \
  /* 1xx provisional */                                                                                       \
  X(trying, "Trying", 3261, "21.1.1", current,                                                                \
    "The request has reached the next hop, which is working on it (for example, consulting a database). "     \
    "Like every provisional response it stops a UAC retransmitting an INVITE; unlike the others, a "          \
    "stateful proxy never forwards it upstream.")                                                             \
  X(ringing, "Ringing", 3261, "21.1.2", current,                                                              \
    "The user agent that received the INVITE is alerting its user. The response MAY be used to start "        \
    "local ringback at the caller.")                                                                          \
  X(call_is_being_forwarded, "Call Is Being Forwarded", 3261, "21.1.3", current,                              \
    "A server MAY send it to say that the call is being forwarded to a different set of destinations. "       \
    "The caller keeps waiting for the final response.")                                                       \
  X(queued, "Queued", 3261, "21.1.4", current,                                                                \
    "The callee is temporarily unavailable and the server has queued the call instead of rejecting it; "      \
    "the final response follows when the callee becomes available. The phrase MAY give details, such as "     \
    "the queue position, and the server MAY send several 182s to update the caller.")                         \
  X(session_progress, "Session Progress", 3261, "21.1.5", current,                                            \
    "Conveys information about the progress of the call that no other provisional response classifies. "      \
    "The phrase, header fields or body MAY carry the details, often an early-media session description.")     \
  X(early_dialog_terminated, "Early Dialog Terminated", 6228, "11.1", current,                                \
    "A forking proxy or the UAS reports that one early dialog has ended before the final response is "        \
    "sent; a Reason header field gives the code that ended it. The client might release the resources it "    \
    "holds for that early dialog, and once it has accepted the 199 it MUST NOT send media on it (RFC 6228 "   \
    "section 4). It is sent only to clients that listed the 199 option tag in Supported.")                    \
  /* 2xx success */                                                                                           \
  X(ok, "OK", 3261, "21.2.1", current,                                                                        \
    "The request has succeeded. A 2xx to an INVITE establishes a dialog, and the UAC MUST send an ACK "       \
    "for each such 2xx it receives (RFC 3261 section 13.2.2.4).")                                             \
  X(accepted, "Accepted", 6665, "8.3.1", deprecated,                                                          \
    "Accepted for processing but not completed; RFC 3265 used it for SUBSCRIBE and RFC 3515 for REFER. "      \
    "Deprecated by RFC 6665 section 8.3.1 for SUBSCRIBE and NOTIFY and by RFC 7647 section 5 for REFER: "     \
    "an element MUST NOT send it to them and MUST treat a 202 that arrives as a 200.")                        \
  X(no_notification, "No Notification", 5839, "7.1", current,                                                 \
    "A conditional SUBSCRIBE (Suppress-If-Match) succeeded and the NOTIFY it would trigger is suppressed, "   \
    "because the subscriber already holds the current state. It is valid only in response to a SUBSCRIBE "    \
    "sent within an established dialog, and the subscriber MUST consider the event state and the "            \
    "subscription state unchanged (RFC 5839 section 5.2).")                                                   \
  /* 3xx redirection */                                                                                       \
  X(multiple_choices, "Multiple Choices", 3261, "21.3.1", current,                                            \
    "The address resolved to several locations; the user or user agent picks one and redirects the "          \
    "request there. Whatever the method, the choices SHOULD also be listed in Contact header fields, and a "  \
    "body MAY describe them.")                                                                                \
  X(moved_permanently, "Moved Permanently", 3261, "21.3.2", current,                                          \
    "The user can no longer be found at the Request-URI. The client SHOULD retry at the new address the "     \
    "Contact header field gives, and SHOULD update its directories, address books and location caches.")      \
  X(moved_temporarily, "Moved Temporarily", 3261, "21.3.3", current,                                          \
    "The client SHOULD retry the request at the address the Contact header field gives. It MAY cache "        \
    "that address for the time an Expires header field or expires parameter states; without one the "         \
    "address is good for this retry only and MUST NOT be cached.")                                            \
  X(see_other, "See Other", 2543, "5.1.1", historic,                                                          \
    "Listed among the redirection codes of RFC 2543 but never defined there, and dropped by RFC 3261. A "     \
    "receiver treats it as any unknown 3xx, that is as 300.")                                                 \
  X(use_proxy, "Use Proxy", 3261, "21.3.4", current,                                                          \
    "The resource MUST be accessed through the proxy whose URI the Contact header field gives; the "          \
    "recipient is expected to repeat this one request through it. 305 responses MUST only be generated "      \
    "by UASs.")                                                                                               \
  X(alternative_service, "Alternative Service", 3261, "21.3.5", current,                                      \
    "The call failed, but alternative services are possible; the message body describes them, in a "          \
    "format RFC 3261 leaves undefined.")                                                                      \
  /* 4xx client error */                                                                                      \
  X(bad_request, "Bad Request", 3261, "21.4.1", current,                                                      \
    "The request could not be understood because of malformed syntax; the phrase SHOULD name the "            \
    "problem, such as \"Missing Call-ID header field\". As after any 4xx, the client SHOULD NOT retry the "   \
    "same request without modification.")                                                                     \
  X(unauthorized, "Unauthorized", 3261, "21.4.2", current,                                                    \
    "The request requires user authentication; UASs and registrars send it with a WWW-Authenticate "          \
    "challenge (proxies send 407). The client retries with credentials in an Authorization header field.")    \
  X(payment_required, "Payment Required", 3261, "21.4.3", reserved,                                           \
    "Reserved for future use: RFC 3261 gives it no meaning. A receiver treats it as 400.")                    \
  X(forbidden, "Forbidden", 3261, "21.4.4", current,                                                          \
    "The server understood the request and refuses it, and authorization would not change that. The "         \
    "request SHOULD NOT be repeated.")                                                                        \
  X(not_found, "Not Found", 3261, "21.4.5", current,                                                          \
    "The server has definitive information that the user does not exist at the domain of the "                \
    "Request-URI, or that domain is not one it handles. A Retry-After header field may say when the user "    \
    "will be available.")                                                                                     \
  X(method_not_allowed, "Method Not Allowed", 3261, "21.4.6", current,                                        \
    "The method is understood but not allowed for the address in the Request-URI. The response MUST "         \
    "include an Allow header field listing the methods that are.")                                            \
  X(not_acceptable, "Not Acceptable", 3261, "21.4.7", current,                                                \
    "The resource can only produce responses whose content the Accept header fields of the request do "       \
    "not accept.")                                                                                            \
  X(proxy_authentication_required, "Proxy Authentication Required", 3261, "21.4.8", current,                  \
    "As 401, but the client MUST first authenticate itself with a proxy, which sends a "                      \
    "Proxy-Authenticate challenge; the client retries with Proxy-Authorization. It also serves where a "      \
    "channel, such as a telephony gateway, needs authentication.")                                            \
  X(request_timeout, "Request Timeout", 3261, "21.4.9", current,                                              \
    "The server could not produce a final response in time, for example because it could not find the "       \
    "user. The client MAY repeat the request without modification at any later time.")                        \
  X(conflict, "Conflict", 2543, "7.4.10", historic,                                                           \
    "RFC 2543: the request could not be completed because it conflicts with the current state of the "        \
    "resource. RFC 3261 dropped it, so a receiver treats it as 400.")                                         \
  X(gone, "Gone", 3261, "21.4.10", current,                                                                   \
    "The resource is no longer available at the server, no forwarding address is known, and the "             \
    "condition is expected to be permanent. A server that cannot tell whether it is permanent SHOULD "        \
    "send 404 instead.")                                                                                      \
  X(length_required, "Length Required", 2543, "7.4.12", historic,                                             \
    "RFC 2543: the server refuses a request that does not give its Content-Length. RFC 3261 dropped it, "     \
    "so a receiver treats it as 400.")                                                                        \
  X(conditional_request_failed, "Conditional Request Failed", 3903, "11.2.1", current,                        \
    "The precondition of a conditional request failed, as when the SIP-If-Match entity-tag of a PUBLISH "     \
    "matches no publication the server holds. The publisher starts again with a PUBLISH without "             \
    "SIP-If-Match.")                                                                                          \
  X(request_entity_too_large, "Request Entity Too Large", 3261, "21.4.11", current,                           \
    "The request body is larger than the server will process; the server MAY close the connection. If "       \
    "the condition is temporary, the server SHOULD include a Retry-After header field saying after what "     \
    "time the client MAY try again.")                                                                         \
  X(request_uri_too_long, "Request-URI Too Long", 3261, "21.4.12", current,                                   \
    "The Request-URI is longer than the server is willing to interpret. As after any 4xx, the client "        \
    "SHOULD NOT retry the same request without modification.")                                                \
  X(unsupported_media_type, "Unsupported Media Type", 3261, "21.4.13", current,                               \
    "The message body is in a format the server does not support for this method. The server MUST list "      \
    "what it accepts in an Accept, Accept-Encoding or Accept-Language header field, as the problem "          \
    "requires; the UAC SHOULD retry using only what those list (RFC 3261 section 8.1.3.5).")                  \
  X(unsupported_uri_scheme, "Unsupported URI Scheme", 3261, "21.4.14", current,                               \
    "The server does not support the scheme of the Request-URI. The client SHOULD retry with a SIP URI; "     \
    "when the request used a SIPS URI it MUST NOT retry automatically (RFC 5630 Appendix A, updating RFC "    \
    "3261 section 8.1.3.5).")                                                                                 \
  X(unknown_resource_priority, "Unknown Resource-Priority", 4412, "12.4", current,                            \
    "The request required resource priority (Require: resource-priority) and the server understands none "    \
    "of its Resource-Priority values. By local policy the response MAY list acceptable values in "            \
    "Accept-Resource-Priority; the client MAY retry, and SHOULD choose values from that list when there "     \
    "is one.")                                                                                                \
  X(bad_extension, "Bad Extension", 3261, "21.4.15", current,                                                 \
    "The server does not understand an option tag in Proxy-Require or Require, and MUST list those it "       \
    "does not support in an Unsupported header field. The client SHOULD retry without them (RFC 3261 "        \
    "section 8.1.3.5).")                                                                                      \
  X(extension_required, "Extension Required", 3261, "21.4.16", current,                                       \
    "The UAS needs an extension that the request did not list in Supported; the response MUST carry a "       \
    "Require header field listing it. A UAS SHOULD NOT send it unless it truly cannot serve the client "      \
    "otherwise.")                                                                                             \
  X(session_interval_too_small, "Session Interval Too Small", 4028, "6", current,                             \
    "The Session-Expires value of the request is below the minimum the UAS or proxy accepts. The "            \
    "response MUST carry Min-SE, and the client can retry with a session interval at least that long.")       \
  X(interval_too_brief, "Interval Too Brief", 3261, "21.4.17", current,                                       \
    "The expiration time of the resource the request refreshes is too short. A registrar's 423 to a "         \
    "REGISTER MUST carry Min-Expires (RFC 3261 section 10.3). A notifier MAY send one, with Min-Expires, "    \
    "to a SUBSCRIBE whose Expires is greater than zero, smaller than one hour and less than the minimum it "  \
    "is configured with, and only then (RFC 6665 section 4.2.1.1); it SHOULD send one to a refreshing "       \
    "SUBSCRIBE whose duration is unacceptably short (RFC 6665 section 4.2.1.4). An event state compositor "   \
    "MAY send one to a PUBLISH whose expiration is greater than zero and less than its minimum, only then, "  \
    "and it MUST carry Min-Expires (RFC 3903 section 6). The client retries with at least that interval.")    \
  X(bad_location_information, "Bad Location Information", 6442, "4.3", current,                               \
    "The location information of the request was malformed, not satisfactory for the recipient's "            \
    "purpose, or could not be dereferenced. The response MUST carry a Geolocation-Error header field; an "    \
    "intermediary that knows a better location returns it, in a body rather than as a URI (SHOULD), for "     \
    "the next request.")                                                                                      \
  X(bad_alert_message, "Bad Alert Message", 8876, "5.1", current,                                             \
    "A non-interactive emergency call (a MESSAGE) carried a Common Alerting Protocol alert malformed "        \
    "enough that no reasonable emergency response to it can be determined; an intermediary may "              \
    "reject a malformed alert the same way. The response MUST carry an AlertMsg-Error header field saying "   \
    "what was wrong. A 425 MUST NOT answer a request that carries no alert, and as a final response within "  \
    "a transaction it MUST NOT terminate an existing dialog (RFC 8876 section 5.1).")                         \
  X(use_identity_header, "Use Identity Header", 8224, "6.2.2", current,                                       \
    "Local policy of the verification service requires an Identity header field, and the request had "        \
    "none it could use: none at all, or only ones with an unsupported ppt parameter. The service MUST then "  \
    "send a 428 back (RFC 8224 section 6.2); for unsupported ppt values the phrase \"Use Supported "          \
    "PASSporT Format\" can be sent.")                                                                         \
  X(provide_referrer_identity, "Provide Referrer Identity", 3892, "5", current,                               \
    "The referee or refer target requires a valid Referred-By token and the request had none or a bad "       \
    "one. The referrer may send the REFER again with a Referred-By token.")                                   \
  X(flow_failed, "Flow Failed", 5626, "11.5", current,                                                        \
    "An edge proxy reports that the SIP Outbound flow to the target user agent has failed. The "              \
    "authoritative proxy drops the binding that used that flow and tries the others.")                        \
  X(anonymity_disallowed, "Anonymity Disallowed", 5079, "5", current,                                         \
    "The server refuses the request because the requester is anonymous. The UAC MUST NOT retry without "      \
    "anonymity unless its user confirms that this is desired.")                                               \
  X(bad_identity_info, "Bad Identity Info", 8224, "6.2.2", current,                                           \
    "The verification service could not acquire the credential needed to validate the signature of any "      \
    "Identity header field, as by dereferencing its info parameter. It is repairable: the authentication "    \
    "service can resend with an info parameter pointing to a credential the verifier can reach.")             \
  X(unsupported_credential, "Unsupported Credential", 8224, "6.2.2", current,                                 \
    "The verification service holds, or can acquire, the credential that the info parameter names but "       \
    "does not support it, for example because it does not trust the issuing certification authority or "      \
    "the signing algorithm.")                                                                                 \
  X(invalid_identity_header, "Invalid Identity Header", 8224, "6.2.2", current,                               \
    "No Identity header field of the request carries a valid and supported PASSporT, and local policy "       \
    "makes that grounds for rejection. An authentication service that sent the compact form SHOULD retry "    \
    "once with the full form (RFC 8224 section 6.1.1).")                                                      \
  X(first_hop_lacks_outbound_support, "First Hop Lacks Outbound Support", 5626, "11.6", current,              \
    "The registrar supports SIP Outbound but the first-hop proxy does not, so the registration cannot "       \
    "use it. The client may register again without Outbound.")                                                \
  X(max_breadth_exceeded, "Max-Breadth Exceeded", 5393, "6.2", current,                                       \
    "A proxy lacked the Max-Breadth for the parallel fork it wanted, so the request did not reach every "     \
    "possible destination. As after a 483, the client can narrow the search: steer routing to a less "        \
    "broad one, or refine the request.")                                                                      \
  X(bad_info_package, "Bad Info Package", 6086, "11.6", current,                                              \
    "An INFO request used an Info Package that the receiver has not said it accepts. The response MUST "      \
    "list the accepted packages in Recv-Info, and the dialog carries on.")                                    \
  X(consent_needed, "Consent Needed", 5360, "5.9.2", current,                                                 \
    "A relay received a URI list with at least one recipient it has no permission for. The response "         \
    "SHOULD name them in Permission-Missing; the client adds them to the relay's list (with XCAP, for "       \
    "example), and the relay obtains the permissions.")                                                       \
  X(temporarily_unavailable, "Temporarily Unavailable", 3261, "21.4.18", current,                             \
    "The callee's end system was reached but the callee is unavailable now, for example not logged in or "    \
    "in do-not-disturb; a proxy also sends it for a known user with no current location. It MAY give a "      \
    "better time in Retry-After, and the phrase SHOULD say why.")                                             \
  X(call_transaction_does_not_exist, "Call/Transaction Does Not Exist", 3261, "21.4.19", current,             \
    "The UAS received a request that matches no existing dialog or transaction, such as a BYE for an "        \
    "unknown call or a CANCEL for an unknown transaction. A subscriber MUST send it to a NOTIFY that "        \
    "matches no subscription unless another 4xx or 5xx fits better (RFC 6665 section 4.1.3).")                \
  X(loop_detected, "Loop Detected", 3261, "21.4.20", current,                                                 \
    "The server has detected a loop: the request has come back to it (RFC 3261 section 16.3, as RFC 5393 "    \
    "updates it). As after any 4xx, the client SHOULD NOT retry the same request without modification.")      \
  X(too_many_hops, "Too Many Hops", 3261, "21.4.21", current,                                                 \
    "The request reached a server with its Max-Forwards at zero. As after any 4xx, the client SHOULD NOT "    \
    "retry the same request without modification.")                                                           \
  X(address_incomplete, "Address Incomplete", 3261, "21.4.22", current,                                       \
    "The Request-URI was incomplete; the phrase SHOULD say more. It serves overlapped dialling: the "         \
    "client sends ever longer digit strings, asking the user for more, until no 484 comes back.")             \
  X(ambiguous, "Ambiguous", 3261, "21.4.23", current,                                                         \
    "The Request-URI was ambiguous. The response MAY list unambiguous addresses in Contact header fields "    \
    "(a proxy SHOULD, section 16.5); since that can breach privacy, a server MUST be configurable to "        \
    "send 404 or to leave the list out.")                                                                     \
  X(busy_here, "Busy Here", 3261, "21.4.24", current,                                                         \
    "The callee's end system was reached but the callee is not willing or able to take another call "         \
    "there now. It MAY give a better time in Retry-After; the callee may be reachable elsewhere, as "         \
    "through voicemail. 600 SHOULD be sent instead when no other end system will accept the call.")           \
  X(request_terminated, "Request Terminated", 3261, "21.4.25", current,                                       \
    "The request was ended by a BYE or CANCEL; a UAS SHOULD send it to an INVITE that a CANCEL ends "         \
    "before its final response (RFC 3261 section 9.2). It is never the response to the CANCEL itself.")       \
  X(not_acceptable_here, "Not Acceptable Here", 3261, "21.4.26", current,                                     \
    "As 606, but for this resource only: the request may succeed elsewhere. A UAS rejecting the offer of "    \
    "an INVITE SHOULD send it, with a Warning header field saying why (section 13.3.1.3); a body MAY "        \
    "describe the media the UAS supports.")                                                                   \
  X(bad_event, "Bad Event", 6665, "8.3.2", current,                                                           \
    "The server did not understand the event package named in the Event header field. A notifier SHOULD "     \
    "send it to a SUBSCRIBE whose package it does not understand (RFC 6665 section 4.2.1.1); a "              \
    "subscriber sends it to a NOTIFY whose package it does not support (section 4.1.3).")                     \
  X(request_pending, "Request Pending", 3261, "21.4.27", current,                                             \
    "A UAS received the request while a request of its own was pending in the same dialog, as when two "      \
    "re-INVITEs cross. A UAC SHOULD wait the random time of RFC 3261 section 14.1 and then try once "         \
    "more; RFC 3311 section 5.3 says the same of an UPDATE.")                                                 \
  X(undecipherable, "Undecipherable", 3261, "21.4.28", current,                                               \
    "The request carried an encrypted MIME body for which the UAS does not have, or will not provide, "       \
    "the key. The response MAY carry a single body with the public key to encrypt bodies for this UA "        \
    "(section 23.2).")                                                                                        \
  X(security_agreement_required, "Security Agreement Required", 3329, "6.4", current,                         \
    "The server requires a security agreement before it handles the request. The response MUST list its "     \
    "mechanisms in Security-Server header fields (and Require: sec-agree when the server initiated it); "     \
    "the client MUST start the one with the highest q value it knows.")                                       \
  /* 5xx server error */                                                                                      \
  X(server_internal_error, "Server Internal Error", 3261, "21.5.1", current,                                  \
    "The server met an unexpected condition that kept it from fulfilling the request. The client MAY "        \
    "retry after several seconds; if the condition is temporary, the server MAY say when in a "               \
    "Retry-After header field.")                                                                              \
  X(not_implemented, "Not Implemented", 3261, "21.5.2", current,                                              \
    "The server does not support the functionality the request needs, as when a UAS does not recognise "      \
    "the method for any user. Unlike 405, the method is not recognised at all.")                              \
  X(bad_gateway, "Bad Gateway", 3261, "21.5.3", current,                                                      \
    "The server, acting as a gateway or proxy, received an invalid response from the server downstream "      \
    "that it accessed to fulfil the request.")                                                                \
  X(service_unavailable, "Service Unavailable", 3261, "21.5.4", current,                                      \
    "The server is temporarily overloaded or down for maintenance. It MAY say when to retry in "              \
    "Retry-After; without one the client MUST act as for a 500. The client SHOULD try an alternate "          \
    "server, and SHOULD NOT send this one other requests for the Retry-After time.")                          \
  X(server_time_out, "Server Time-out", 3261, "21.5.5", current,                                              \
    "The server did not get a timely response from an external server it accessed, such as a location "       \
    "server. 408 is sent instead when the time the request's Expires header field set ran out.")              \
  X(version_not_supported, "Version Not Supported", 3261, "21.5.6", current,                                  \
    "The server does not support, or refuses to support, the SIP version of the request, and will not "       \
    "complete it with the client's major version except with this error.")                                    \
  X(message_too_large, "Message Too Large", 3261, "21.5.7", current,                                          \
    "The server could not process the request because its length exceeds what the server can handle.")        \
  X(push_notification_service_not_supported, "Push Notification Service Not Supported", 8599, "8.1", current, \
    "A proxy MAY send it, instead of forwarding a REGISTER, when it does not support the type of push "       \
    "notification service that the pn-provider URI parameter of the Contact names and knows by local "        \
    "configuration that no other proxy on the way to the registrar does (RFC 8599 section 5.6.1). To a "      \
    "REGISTER that only queries the network (pn-provider without pn-prid) it says that the network does "     \
    "not support the type named, or any type when none was named (section 4.1.5).")                           \
  X(precondition_failure, "Precondition Failure", 3312, "8", current,                                         \
    "A UAS, as answerer, cannot or will not meet the preconditions, such as a quality-of-service "            \
    "reservation, of an offer that came in an INVITE or an UPDATE, and SHOULD reject the offer with it. The " \
    "580 SHOULD carry an SDP description showing which desired status caused the failure, which is neither "  \
    "an offer nor an answer (RFC 3312 section 8). The refusal changes nothing: an initial INVITE sets up no " \
    "session, and after a refused re-INVITE or UPDATE the session keeps its parameters (RFC 3261 section "    \
    "14.1, RFC 3311 section 5.3).")                                                                           \
  /* 6xx global failure */                                                                                    \
  X(busy_everywhere, "Busy Everywhere", 3261, "21.6.1", current,                                              \
    "The callee was reached and is busy, and no other end point, such as voicemail, will answer; "            \
    "otherwise 486 is sent. It MAY give a better time to call in a Retry-After header field.")                \
  X(decline, "Decline", 3261, "21.6.2", current,                                                              \
    "The callee was reached but explicitly does not wish to, or cannot, take part, and no other end "         \
    "point will answer. It MAY give a better time to call in a Retry-After header field.")                    \
  X(does_not_exist_anywhere, "Does Not Exist Anywhere", 3261, "21.6.3", current,                              \
    "Authoritative information at the server says that the user named in the Request-URI exists nowhere, "    \
    "not just at this address; trying the address elsewhere is pointless.")                                   \
  X(not_acceptable_anywhere, "Not Acceptable", 3261, "21.6.4", current,                                       \
    "The user was reached and wishes to communicate, but cannot support the session described: its "          \
    "media, bandwidth or addressing style is not acceptable. The response MAY list the reasons in a "         \
    "Warning header field (warn-codes of section 20.43).")                                                    \
  X(unwanted, "Unwanted", 8197, "5.1", current,                                                               \
    "The called party does not want this call or message, because of who the caller is. It MAY answer an "    \
    "INVITE, MESSAGE, SUBSCRIBE or other out-of-dialog request; receivers owe it nothing beyond any 6xx, "    \
    "and providers MAY feed it to call filtering (RFC 8197 section 4).")                                      \
  X(rejected, "Rejected", 8688, "5.1", current,                                                               \
    "An intermediary, not the callee, rejected an INVITE, MESSAGE, SUBSCRIBE or other out-of-dialog request " \
    "as unwanted by the user, on the verdict of, for example, a call analytics engine. Unless there are "     \
    "signs that the caller would misuse it, the intermediary MUST include a Call-Info header field with "     \
    "purpose=jwscard, referring to a signed jCard through which the caller can seek redress (RFC 8688 "       \
    "section 3.1); the UAC handles the 608 as any 6xx.")

// Former and alternate phrases, in ascending order of code (each code's are
// one run), with where each comes from:
//   X(enumerator, "Phrase", "source")
#define SIPCODES_DETAIL_ALIAS_TABLE(X)                                                                              \
  X(accepted, "Accepted (Deprecated)", "the IANA registry's phrase for 202 since RFC 6665")                         \
  X(forbidden, "Stale Date", "RFC 8224 section 6.2.2: a verification service's 403 for a stale Date")               \
  X(conditional_request_failed, "Precondition Failed",                                                              \
    "HTTP/1.1 (RFC 2616 section 10.4.13) phrase that deployed stacks send")                                         \
  X(request_uri_too_long, "Request-URI Too Large", "RFC 3261 section 25.1 grammar; RFC 2543 section 5.1.1")         \
  X(session_interval_too_small, "Session Timer Too Small",                                                          \
    "draft session-timer phrase that deployed stacks still send")                                                   \
  X(interval_too_brief, "Interval Too Small", "RFC 3265 (corrected by RFC 6665 Appendix B.13)")                     \
  X(interval_too_brief, "Subscription Too Brief", "RFC 3265 section 3.1.6.4")                                       \
  X(use_identity_header, "Use Supported PASSporT Format", "RFC 8224 section 6.2.2")                                 \
  X(bad_identity_info, "Bad Identity-Info", "RFC 4474")                                                             \
  X(unsupported_credential, "Unsupported Certificate", "RFC 4474")                                                  \
  X(invalid_identity_header, "Invalid PASSporT", "RFC 8224 section 6.2.2")                                          \
  X(temporarily_unavailable, "Temporarily not available", "RFC 3261 section 25.1 grammar; RFC 2543 section 5.1.1")  \
  X(call_transaction_does_not_exist, "Call Leg/Transaction Does Not Exist",                                         \
    "RFC 2543 section 7.4.18; RFC 3261 section 25.1 grammar")                                                       \
  X(call_transaction_does_not_exist, "Transaction Does Not Exist", "RFC 2543 section 4.2.5")                        \
  X(call_transaction_does_not_exist, "Subscription does not exist", "RFC 3265 section 3.2; RFC 6665 section 4.1.3") \
  X(server_internal_error, "Internal Server Error", "RFC 3261 section 25.1 grammar; RFC 2543 section 5.1.1")        \
  X(server_time_out, "Gateway Time-out", "RFC 2543 sections 5.1.1 and 7.5.5")                                       \
  X(version_not_supported, "SIP Version not supported", "RFC 3261 section 25.1 grammar; RFC 2543 section 5.1.1")

constexpr int to_int(status s) noexcept { return static_cast<int>(s); }

// A row of the table as an initializer: the class is the code's first digit,
// and every text a literal whose length the compiler already knows.
// clang-format off
#define SIPCODES_DETAIL_ROW(name, reason, rfc, section, state, description)                       \
  {status::name, rfc, static_cast<status_class>(static_cast<int>(status::name) / 100), lifecycle::state, \
   #name ""sv, reason ""sv, section ""sv, description ""sv},
// clang-format on
inline constexpr status_info table[] = {SIPCODES_DETAIL_STATUS_TABLE(SIPCODES_DETAIL_ROW)};
#undef SIPCODES_DETAIL_ROW

#define SIPCODES_DETAIL_ALIAS(name, phrase, source) {status::name, phrase ""sv, source ""sv},
inline constexpr alias alias_rows[] = {SIPCODES_DETAIL_ALIAS_TABLE(SIPCODES_DETAIL_ALIAS)};
#undef SIPCODES_DETAIL_ALIAS

inline constexpr std::size_t row_count = std::size(table);
static_assert(row_count < 255, "row numbers plus one are stored in one byte");

// The warn-code registry, ascending by code. The texts are spelled as the
// RFCs recommend them (RFC 3261 section 20.43 for 300-307, 330, 331, 370 and
// 399; RFC 8373 section 6.2 for 308; RFC 5630 section 9 for 380 and 381). In
// RFC 3261's ranges 300-329 are problems with keywords of the session
// description, 330-339 basic network services it asks for, 370-379 its
// quantitative quality-of-service parameters, and 380-399 miscellaneous
// SIP-related warnings (390-399 "miscellaneous warnings" until RFC 5630
// Appendix A amended section 20.43).
inline constexpr warn_code_info warn_code_rows[] = {
    {300, 3261, "Incompatible network protocol"sv, "20.43"sv,
     "One or more network protocols in the session description are not available."sv},
    {301, 3261, "Incompatible network address formats"sv, "20.43"sv,
     "One or more network address formats in the session description are not available."sv},
    {302, 3261, "Incompatible transport protocol"sv, "20.43"sv,
     "One or more transport protocols in the session description are not available."sv},
    {303, 3261, "Incompatible bandwidth units"sv, "20.43"sv,
     "One or more bandwidth measurement units in the session description were not understood."sv},
    {304, 3261, "Media type not available"sv, "20.43"sv,
     "One or more media types in the session description are not available."sv},
    {305, 3261, "Incompatible media format"sv, "20.43"sv,
     "One or more media formats in the session description are not available."sv},
    {306, 3261, "Attribute not understood"sv, "20.43"sv,
     "One or more media attributes in the session description are not supported."sv},
    {307, 3261, "Session description parameter not understood"sv, "20.43"sv,
     "A parameter of the session description other than those above was not understood."sv},
    {308, 8373, "Incompatible language specification"sv, "6.2"sv,
     "None of the languages the session description asks for is supported; the warn-text lists the "
     "languages and media that are."sv},
    {330, 3261, "Multicast not available"sv, "20.43"sv,
     "The site where the user is located does not support multicast."sv},
    {331, 3261, "Unicast not available"sv, "20.43"sv,
     "The site where the user is located does not support unicast communication, usually because of a "
     "firewall."sv},
    {370, 3261, "Insufficient bandwidth"sv, "20.43"sv,
     "The bandwidth the session description gives, or the media need, exceeds what is known to be "
     "available."sv},
    {380, 5630, "SIPS Not Allowed"sv, "9"sv,
     "The UAS or proxy cannot process the request because the SIPS scheme is not allowed, for example as "
     "no SIPS contact is registered."sv},
    {381, 5630, "SIPS Required"sv, "9"sv,
     "The UAS or proxy cannot process the request because the SIPS scheme is required."sv},
    {399, 3261, "Miscellaneous warning"sv, "20.43"sv,
     "Any other information, for a person to read or for a log; a system receiving it MUST NOT take any "
     "automated action."sv},
};

// Where the rows of `code` stand in a table sorted by code, each code's rows
// being one run: [first, last), empty when it has none.
struct run {
  std::size_t first = 0;
  std::size_t last = 0;
};
template <class Row, std::size_t N>
constexpr run run_of(const Row (&rows)[N], status code) noexcept {
  run r{};
  while (r.first < N && rows[r.first].code != code) ++r.first;
  r.last = r.first;
  while (r.last < N && rows[r.last].code == code) ++r.last;
  return r;
}

}  // namespace detail

constexpr row_view<alias> status_info::aliases() const noexcept {
  const detail::run r = detail::run_of(detail::alias_rows, code);
  return {detail::alias_rows + r.first, r.last - r.first};
}

/// Every row of the table, ascending by code; usable in range-for.
[[nodiscard]] constexpr row_view<status_info> all() noexcept { return detail::table; }

/// The name of a class as written in code: "client_error".
[[nodiscard]] constexpr std::string_view to_string(status_class c) noexcept {
  constexpr std::string_view names[] = {"invalid",      "provisional",  "success",       "redirection",
                                        "client_error", "server_error", "global_failure"};
  return detail::name_at(names, static_cast<std::size_t>(c));
}

/// The name of a lifecycle as written in code: "deprecated".
[[nodiscard]] constexpr std::string_view to_string(lifecycle l) noexcept {
  constexpr std::string_view names[] = {"current", "deprecated", "reserved", "historic"};
  return detail::name_at(names, static_cast<std::size_t>(l));
}

// ===========================================================================
// 2. Lookups
// ===========================================================================

/// The text of a code in another language: a row of a language_pack.
struct translation {
  status code;                   ///< the code the row translates
  std::string_view reason;       ///< the phrase in that language; "" to keep the default
  std::string_view description;  ///< the description in that language; "" to keep English
};

/// The text of a warn-code in another language: a row of a language_pack.
struct warning_translation {
  std::uint16_t code;            ///< 370
  std::string_view text;         ///< the warn-text in that language; "" to keep English
  std::string_view description;  ///< the description in that language; "" to keep English
};

/// Another language's wording of a text of the core that no code or
/// warn-code owns: a header rule's condition (header_rule::condition) or
/// where a former phrase was seen (alias::source). It is keyed by the
/// English text itself, so that a row whose English the core no longer has
/// is found out (covers_all), and a change of the English asks for a new
/// translation.
struct text_translation {
  std::string_view english;      ///< the core's text, exactly: "when the condition is temporary"
  std::string_view translation;  ///< the same in that language; "" to keep English
};

/// The texts of one language, keyed by code. A pack may leave codes out:
/// lookups fall back to English for them. Write one in your own header:
///   inline constexpr sipcodes::translation german_rows[] = {
///       {sipcodes::status::busy_here, "Besetzt", "..."}, ...};
///   inline constexpr sipcodes::language_pack german{"de", "Deutsch", german_rows};
/// and, to translate the warn-codes and the texts of the rules too, arrays
/// of warning_translation and text_translation after the rows.
struct language_pack {
  std::string_view tag;                         ///< BCP 47 language tag, "tr"
  std::string_view name;                        ///< the language's name in itself, UTF-8
  row_view<translation> rows;                   ///< in any order; fastest in the table's order
  row_view<warning_translation> warnings = {};  ///< warn-codes, in any order; may be left out
  row_view<text_translation> texts = {};        ///< conditions and sources, in any order; may be left out
};

namespace detail {

// True for 100..699. Written as two comparisons, with no arithmetic that
// could wrap or overflow for any int (integer sanitizers, Android's IntSan
// among them, trap on a wrap even where it is intended); compilers fold the
// two into one subtraction and one unsigned comparison.
constexpr bool in_valid_range(int code) noexcept { return code >= 100 && code <= 699; }

// Lookups by code go through slots: slots 0..599 are the codes 100..699, and
// slot 600 is where every other int lands. The subtraction happens only in
// range; computing the slot is still a conditional move, not a branch.
inline constexpr std::size_t invalid_slot = 600;
constexpr std::size_t code_slot(int code) noexcept {
  const unsigned offset = in_valid_range(code) ? static_cast<unsigned>(code - 100) : unsigned{invalid_slot};
  return offset;
}

// The phrases from_reason knows, numbered: each row's default phrase in table
// order, then the aliases in their order (so that 406 comes before 606, whose
// phrase is the same). Phrase k < row_count is row k's.
inline constexpr std::size_t phrase_count = row_count + std::size(alias_rows);

// Those phrases in one block of text, in that order, each after a NUL (so
// that every phrase's data() is NUL-terminated, and offset 0 is ""). The
// lookups hold offsets into the block and sizes, not string_views: a
// program that calls only reason_phrase carries the phrases' text and the
// lookups, not the table, and no pointer to relocate when it is loaded.
// clang-format off
#define SIPCODES_DETAIL_ROW_PHRASE(name, reason, rfc, section, state, description) reason "\0"
#define SIPCODES_DETAIL_ALIAS_PHRASE(name, phrase, source) phrase "\0"
inline constexpr char phrase_block[] = "\0" SIPCODES_DETAIL_STATUS_TABLE(SIPCODES_DETAIL_ROW_PHRASE)
                                             SIPCODES_DETAIL_ALIAS_TABLE(SIPCODES_DETAIL_ALIAS_PHRASE);
#undef SIPCODES_DETAIL_ALIAS_PHRASE
#undef SIPCODES_DETAIL_ROW_PHRASE
// clang-format on
static_assert(sizeof phrase_block <= 65535, "offsets into the phrases are 16 bits");

// from_reason finds a phrase through an open-addressed hash table: 256 slots,
// each 0 (empty) or a phrase number plus one. The hash reads only the length
// and the first and last bytes, folded with 0x20 so that ASCII case does not
// change it (other bytes that differ only in 0x20 collide harmlessly: a match
// is always confirmed by iequals). With these constants no known phrase is more
// than 3 probes from its hash (tests/static_checks.cpp asserts it).
inline constexpr std::size_t phrase_slot_count = 256;
static_assert(phrase_count < phrase_slot_count / 2, "keep the hash table at most half full");

constexpr std::size_t phrase_hash(std::string_view nonempty) noexcept {
  const std::size_t n = nonempty.size();
  const std::size_t first = static_cast<unsigned char>(nonempty[0]) | 0x20U;
  const std::size_t last = static_cast<unsigned char>(nonempty[n - 1]) | 0x20U;
  return (n * 31 + first * 28 + last) % phrase_slot_count;
}
constexpr std::size_t next_slot(std::size_t slot) noexcept { return (slot + 1) % phrase_slot_count; }

// Everything the lookups derive from the table, computed once at compile
// time. It holds no pointer, so a position-independent program has nothing
// of it to relocate when it is loaded.
struct lookup_tables {
  // By slot: the row number plus one, or 0 for a code not in the table.
  std::uint8_t row_plus_one[invalid_slot + 1];
  // By slot: the default phrase's offset in the block and its size, 0 and 0
  // (an empty phrase, NUL-terminated) for a code not in the table.
  // reason_phrase reads both without a branch: as fast as a flat array of
  // string_views, in a quarter of its size.
  std::uint16_t reason_offset[invalid_slot + 1];
  std::uint8_t reason_size[invalid_slot + 1];
  // By phrase number plus one, after "" for none: the phrase's offset in the
  // block, its size and the status it names.
  std::uint16_t phrase_offset[phrase_count + 1];
  std::uint8_t phrase_size[phrase_count + 1];
  status phrase_status[phrase_count + 1];
  // The hash table of the phrases, filled by phrase number.
  std::uint8_t phrase_slots[phrase_slot_count];
  // By slot: the code fallback answers, 0 for no code (see fallback_of).
  std::uint16_t fallback[invalid_slot + 1];
};

// What a receiver acts on (RFC 3261 section 8.1.3.2): a code in current use
// as itself; a final code xyz it does not know, or that is historic, reserved
// or deprecated, as x00; such a provisional code as 183. Read from the row's
// lifecycle (`row` is the row number plus one, 0 for none), so that the table
// alone decides.
constexpr std::uint16_t fallback_of(int valid_code, std::size_t row) noexcept {
  if (row != 0 && table[row - 1].state == lifecycle::current) return static_cast<std::uint16_t>(valid_code);
  return static_cast<std::uint16_t>(valid_code < 200 ? 183 : valid_code / 100 * 100);
}

constexpr lookup_tables make_lookup_tables() noexcept {
  lookup_tables t{};
  std::size_t at = 1;  // after the block's first NUL
  for (std::size_t k = 0; k < phrase_count; ++k) {
    const bool is_row = k < row_count;
    const std::string_view text = is_row ? table[k].reason : alias_rows[k - row_count].phrase;
    const auto offset = static_cast<std::uint16_t>(at);
    const auto size = static_cast<std::uint8_t>(text.size());
    t.phrase_offset[k + 1] = offset;
    t.phrase_size[k + 1] = size;
    t.phrase_status[k + 1] = is_row ? table[k].code : alias_rows[k - row_count].code;
    if (is_row) {
      const std::size_t slot = code_slot(to_int(table[k].code));
      t.row_plus_one[slot] = static_cast<std::uint8_t>(k + 1);
      t.reason_offset[slot] = offset;
      t.reason_size[slot] = size;
    }
    at += size + 1U;
    // By phrase number, so that a phrase two rows share (406 and 606's "Not
    // Acceptable") is found for the earlier one: its slot comes first in the
    // probe sequence they share.
    std::size_t slot = phrase_hash(text);
    while (t.phrase_slots[slot] != 0) slot = next_slot(slot);
    t.phrase_slots[slot] = static_cast<std::uint8_t>(k + 1);
  }
  for (std::size_t slot = 0; slot < invalid_slot; ++slot) {
    t.fallback[slot] = fallback_of(static_cast<int>(slot) + 100, t.row_plus_one[slot]);
  }
  return t;
}
inline constexpr lookup_tables lookup = make_lookup_tables();

// Phrase number k (plus one) as a view into the block.
constexpr std::string_view phrase_text(std::size_t plus_one) noexcept {
  return {phrase_block + lookup.phrase_offset[plus_one], lookup.phrase_size[plus_one]};
}

// The row number plus one of a code, 0 when it is not in the table. Code that
// must stay a constant expression asks this rather than comparing find()'s
// pointer with nullptr: GCC does not fold the address of a table element
// compared with null when sanitizers are on.
constexpr std::size_t row_plus_one(int code) noexcept { return lookup.row_plus_one[code_slot(code)]; }

// ASCII case-insensitive equality, eight bytes at a time (SWAR). Every string
// the library compares this way against input is its own ASCII text (a
// phrase, a token, a parameter name), so only that side's letters need finding.

// Bytes of a string packed into a word, the first byte lowest. Written byte by
// byte so that it stays a constant expression; GCC and Clang emit one load.
constexpr std::uint64_t byte_at(const char* p, std::size_t i, unsigned shift) noexcept {
  return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])) << shift;
}
constexpr std::uint64_t load4(const char* p) noexcept {
  return byte_at(p, 0, 0) | byte_at(p, 1, 8) | byte_at(p, 2, 16) | byte_at(p, 3, 24);
}
constexpr std::uint64_t load8(const char* p) noexcept { return load4(p) | (load4(p + 4) << 32); }

// Every byte of a string shorter than 8 in one word: two overlapping 4-byte
// windows for 4..7 bytes; the first, middle and last byte for 1..3. Two
// strings of the same length packed alike give equal words exactly when they
// are equal.
constexpr std::uint64_t load_short(const char* p, std::size_t n) noexcept {
  if (n >= 4) return load4(p) | (load4(p + n - 4) << 32);
  if (n == 0) return 0;
  return byte_at(p, 0, 0) | byte_at(p, n / 2, 8) | byte_at(p, n - 1, 16);
}

// 0x20, the bit in which the two cases differ, in each byte of an ASCII word
// that is a letter. Each byte is below 0x80, so the additions never carry from
// one byte into the next.
constexpr std::uint64_t case_bits(std::uint64_t ascii) noexcept {
  constexpr std::uint64_t each_byte = 0x0101010101010101U;
  const std::uint64_t lower = ascii | (0x20 * each_byte);
  const std::uint64_t from_a = lower + ((0x80 - 'a') * each_byte);       // top bit set from 'a' up
  const std::uint64_t after_z = lower + ((0x80 - 'z' - 1) * each_byte);  // top bit set past 'z'
  return (from_a & ~after_z & (0x80 * each_byte)) >> 2;
}

// The bits in which a word of text differs from a word of ASCII `known`,
// letter case aside. A text byte of 0x80 or more always differs.
constexpr std::uint64_t difference(std::uint64_t text, std::uint64_t known) noexcept {
  return (text ^ known) & ~case_bits(known);
}

// `text` equals `known` ignoring ASCII case; `known` must be ASCII. Strings of
// 8 bytes or more go by words at 0, 8, 16, ... and a last word that ends at
// the end (overlapping the one before it), with no branch per byte.
constexpr bool iequals(std::string_view text, std::string_view known) noexcept {
  const std::size_t n = known.size();
  if (text.size() != n) return false;
  if (n < 8) return difference(load_short(text.data(), n), load_short(known.data(), n)) == 0;
  std::uint64_t differences = difference(load8(text.data() + n - 8), load8(known.data() + n - 8));
  for (std::size_t at = 0; at < n - 8; at += 8) {
    differences |= difference(load8(text.data() + at), load8(known.data() + at));
  }
  return differences == 0;
}

// The phrase number plus one of a known phrase, matched ignoring ASCII case;
// 0 for any other. The hash table is at most half full, so the probe always
// reaches an empty slot, whose 0 is the answer for an unknown phrase.
constexpr std::size_t phrase_plus_one(std::string_view nonempty) noexcept {
  std::size_t slot = phrase_hash(nonempty);
  while (lookup.phrase_slots[slot] != 0 && !iequals(nonempty, phrase_text(lookup.phrase_slots[slot]))) {
    slot = next_slot(slot);
  }
  return lookup.phrase_slots[slot];
}

constexpr bool is_blank(char c) noexcept { return c == ' ' || c == '\t'; }

constexpr std::string_view trim_blanks(std::string_view s) noexcept {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

// The pack's texts for the table's row `row`, whose code is `code`; empty
// texts when the pack has none. A pack in the table's order answers at once;
// any other is searched. (A copy, not a pointer: code that must stay a
// constant expression compares no table address with null.)
constexpr translation translation_of(const language_pack& pack, std::size_t row, status code) noexcept {
  if (row < pack.rows.size() && pack.rows[row].code == code) return pack.rows[row];
  for (const translation& t : pack.rows) {
    if (t.code == code) return t;
  }
  return {code, {}, {}};
}

}  // namespace detail

/// The row of a code, or nullptr when the code is not in the table.
[[nodiscard]] constexpr const status_info* find(int code) noexcept {
  const std::size_t row = detail::row_plus_one(code);
  return row == 0 ? nullptr : &detail::table[row - 1];
}
[[nodiscard]] constexpr const status_info* find(status s) noexcept { return find(detail::to_int(s)); }

/// True for 100..699, the codes RFC 3261 section 7.2 allows on the wire.
[[nodiscard]] constexpr bool is_valid(int code) noexcept { return detail::in_valid_range(code); }
[[nodiscard]] constexpr bool is_valid(status s) noexcept { return is_valid(detail::to_int(s)); }

/// True when the code is in the table.
[[nodiscard]] constexpr bool is_known(int code) noexcept { return detail::row_plus_one(code) != 0; }
[[nodiscard]] constexpr bool is_known(status s) noexcept { return is_known(detail::to_int(s)); }

/// The default reason phrase, "Busy Here"; "" when the code is not in the
/// table. Its data() is NUL-terminated either way.
[[nodiscard]] constexpr std::string_view reason_phrase(int code) noexcept {
  const std::size_t slot = detail::code_slot(code);
  return {detail::phrase_block + detail::lookup.reason_offset[slot], detail::lookup.reason_size[slot]};
}
[[nodiscard]] constexpr std::string_view reason_phrase(status s) noexcept { return reason_phrase(detail::to_int(s)); }

/// The English description: when the code is sent and what its receiver
/// does; "" when the code is not in the table.
[[nodiscard]] constexpr std::string_view description(int code) noexcept {
  const std::size_t row = detail::row_plus_one(code);
  return row == 0 ? std::string_view{} : detail::table[row - 1].description;
}
[[nodiscard]] constexpr std::string_view description(status s) noexcept { return description(detail::to_int(s)); }

/// The class (first digit) of any valid code, known or not; invalid outside 100..699.
[[nodiscard]] constexpr status_class class_of(int code) noexcept {
  return detail::in_valid_range(code) ? static_cast<status_class>(code / 100) : status_class::invalid;
}
[[nodiscard]] constexpr status_class class_of(status s) noexcept { return class_of(detail::to_int(s)); }

// The class predicates: all false outside 100..699.
[[nodiscard]] constexpr bool is_provisional(int code) noexcept { return class_of(code) == status_class::provisional; }
[[nodiscard]] constexpr bool is_success(int code) noexcept { return class_of(code) == status_class::success; }
[[nodiscard]] constexpr bool is_redirection(int code) noexcept { return class_of(code) == status_class::redirection; }
[[nodiscard]] constexpr bool is_client_error(int code) noexcept { return class_of(code) == status_class::client_error; }
[[nodiscard]] constexpr bool is_server_error(int code) noexcept { return class_of(code) == status_class::server_error; }
[[nodiscard]] constexpr bool is_global_failure(int code) noexcept {
  return class_of(code) == status_class::global_failure;
}
/// A final response: 200..699.
[[nodiscard]] constexpr bool is_final(int code) noexcept { return is_valid(code) && !is_provisional(code); }
[[nodiscard]] constexpr bool is_provisional(status s) noexcept { return is_provisional(detail::to_int(s)); }
[[nodiscard]] constexpr bool is_success(status s) noexcept { return is_success(detail::to_int(s)); }
[[nodiscard]] constexpr bool is_redirection(status s) noexcept { return is_redirection(detail::to_int(s)); }
[[nodiscard]] constexpr bool is_client_error(status s) noexcept { return is_client_error(detail::to_int(s)); }
[[nodiscard]] constexpr bool is_server_error(status s) noexcept { return is_server_error(detail::to_int(s)); }
[[nodiscard]] constexpr bool is_global_failure(status s) noexcept { return is_global_failure(detail::to_int(s)); }
[[nodiscard]] constexpr bool is_final(status s) noexcept { return is_final(detail::to_int(s)); }

/// The status of a code in the table; nullopt for any other value.
[[nodiscard]] constexpr std::optional<status> to_status(int code) noexcept {
  if (detail::row_plus_one(code) == 0) return std::nullopt;
  return static_cast<status>(code);
}
[[nodiscard]] constexpr std::optional<status> to_status(status s) noexcept { return to_status(detail::to_int(s)); }

/// What a receiver acts on when a response carries this code (RFC 3261
/// section 8.1.3.2): a code in current use as itself; an unknown final code
/// xyz as x00, and so a code the table keeps but nobody sends: the historic
/// 303 as 300, the reserved 402 and the historic 409 and 411 as 400, the
/// deprecated 202 as 200 (which RFC 6665 section 8.3.1 requires in so many
/// words); an unknown provisional code as 183; nullopt outside 100..699.
[[nodiscard]] constexpr std::optional<status> fallback(int code) noexcept {
  const std::uint16_t answer = detail::lookup.fallback[detail::code_slot(code)];
  if (answer == 0) return std::nullopt;
  return static_cast<status>(answer);
}
[[nodiscard]] constexpr std::optional<status> fallback(status s) noexcept { return fallback(detail::to_int(s)); }

/// The status whose enumerator name is exactly `name` ("busy_here").
[[nodiscard]] constexpr std::optional<status> from_name(std::string_view name) noexcept {
  std::size_t row = 0;
  while (row < detail::row_count && detail::table[row].name != name) ++row;
  if (row == detail::row_count) return std::nullopt;
  return detail::table[row].code;
}

/// The status whose default or former phrase is `phrase`, ignoring ASCII case
/// and surrounding spaces and tabs ("busy here", "Internal Server Error").
/// Empty or blank input finds nothing.
[[nodiscard]] constexpr std::optional<status> from_reason(std::string_view phrase) noexcept {
  phrase = detail::trim_blanks(phrase);
  const std::size_t number = phrase.empty() ? 0 : detail::phrase_plus_one(phrase);
  if (number == 0) return std::nullopt;
  return detail::lookup.phrase_status[number];
}

/// The description of a code in a language: the pack's, else English; "" when
/// the code is not in the table.
[[nodiscard]] constexpr std::string_view description(int code, const language_pack& pack) noexcept {
  const std::size_t row = detail::row_plus_one(code);
  if (row == 0) return {};
  const std::string_view own = detail::translation_of(pack, row - 1, static_cast<status>(code)).description;
  return own.empty() ? detail::table[row - 1].description : own;
}
[[nodiscard]] constexpr std::string_view description(status s, const language_pack& pack) noexcept {
  return description(detail::to_int(s), pack);
}

/// The reason phrase of a code in a language: the pack's, else the default
/// phrase; "" when the code is not in the table.
[[nodiscard]] constexpr std::string_view reason_phrase(int code, const language_pack& pack) noexcept {
  const std::size_t row = detail::row_plus_one(code);
  if (row == 0) return {};
  const std::string_view own = detail::translation_of(pack, row - 1, static_cast<status>(code)).reason;
  return own.empty() ? detail::table[row - 1].reason : own;
}
[[nodiscard]] constexpr std::string_view reason_phrase(status s, const language_pack& pack) noexcept {
  return reason_phrase(detail::to_int(s), pack);
}

/// The former name of reason_phrase(code, pack), kept for one minor release.
[[deprecated("use sipcodes::reason_phrase(code, pack)")]] [[nodiscard]] constexpr std::string_view localized_reason(
    int code, const language_pack& pack) noexcept {
  return reason_phrase(code, pack);
}
/// The former name of reason_phrase(code, pack), kept for one minor release.
[[deprecated("use sipcodes::reason_phrase(code, pack)")]] [[nodiscard]] constexpr std::string_view localized_reason(
    status s, const language_pack& pack) noexcept {
  return reason_phrase(s, pack);
}

/// Every warn-code of the registry, ascending.
[[nodiscard]] constexpr row_view<warn_code_info> warn_codes() noexcept { return detail::warn_code_rows; }

namespace detail {

// The position of a warn-code's row plus one; 0 when the registry has none.
// Positions, not pointers, because some compilers (GCC with -fsanitize)
// refuse to compare the address of a table row with nullptr in a constant
// expression.
constexpr std::size_t warn_code_plus_one(int code) noexcept {
  for (std::size_t i = 0; i < std::size(warn_code_rows); ++i) {
    if (warn_code_rows[i].code == code) return i + 1;
  }
  return 0;
}

}  // namespace detail

/// The registry's row for a warn-code; nullptr when the registry has none.
[[nodiscard]] constexpr const warn_code_info* find_warn_code(int code) noexcept {
  const std::size_t row = detail::warn_code_plus_one(code);
  return row == 0 ? nullptr : &detail::warn_code_rows[row - 1];
}

/// The recommended warn-text of a warn-code ("Insufficient bandwidth"); ""
/// when the registry does not have the code.
[[nodiscard]] constexpr std::string_view warning_text(int code) noexcept {
  const std::size_t row = detail::warn_code_plus_one(code);
  return row == 0 ? std::string_view{} : detail::warn_code_rows[row - 1].text;
}

/// What a warn-code reports, in English; "" when the registry does not have it.
[[nodiscard]] constexpr std::string_view warning_description(int code) noexcept {
  const std::size_t row = detail::warn_code_plus_one(code);
  return row == 0 ? std::string_view{} : detail::warn_code_rows[row - 1].description;
}

namespace detail {

constexpr warning_translation warning_translation_of(const language_pack& pack, int code) noexcept {
  for (const warning_translation& t : pack.warnings) {
    if (t.code == code) return t;
  }
  return {};
}

}  // namespace detail

/// The warn-text of a warn-code in a language: the pack's, else English; ""
/// when the registry does not have the code.
[[nodiscard]] constexpr std::string_view warning_text(int code, const language_pack& pack) noexcept {
  if (detail::warn_code_plus_one(code) == 0) return {};
  const std::string_view own = detail::warning_translation_of(pack, code).text;
  return own.empty() ? warning_text(code) : own;
}

/// What a warn-code reports, in a language: the pack's, else English; ""
/// when the registry does not have the code.
[[nodiscard]] constexpr std::string_view warning_description(int code, const language_pack& pack) noexcept {
  if (detail::warn_code_plus_one(code) == 0) return {};
  const std::string_view own = detail::warning_translation_of(pack, code).description;
  return own.empty() ? warning_description(code) : own;
}

namespace detail {

// The pack's wording of one of the core's English texts; the English itself
// when the pack has none, or leaves it "".
constexpr std::string_view in_pack(std::string_view english, const language_pack& pack) noexcept {
  for (const text_translation& t : pack.texts) {
    if (t.english == english) return t.translation.empty() ? english : t.translation;
  }
  return english;
}

}  // namespace detail

/// Where a former or alternate phrase was seen (alias::source), in a
/// language: the pack's, else English.
[[nodiscard]] constexpr std::string_view source(const alias& a, const language_pack& pack) noexcept {
  return detail::in_pack(a.source, pack);
}

/// True when the pack has exactly one row for every code of the table and no
/// row for any other code, likewise one warning row for every warn-code of
/// the registry, and one text row for every header rule's condition and
/// every alias's source and no other text: a pack of which it holds shows no
/// English anywhere. Defined with the rules (section 5), whose conditions it
/// reads.
[[nodiscard]] constexpr bool covers_all(const language_pack& pack) noexcept;

// ===========================================================================
// 3. Text
// ===========================================================================

/// Which part of a status format_status writes.
enum class format_part : std::uint8_t {
  full,   ///< "486 Busy Here"
  code,   ///< "486"
  reason  ///< "Busy Here"
};

namespace detail {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_alnum(char c) noexcept { return is_alpha(c) || is_digit(c); }
constexpr bool is_hex(char c) noexcept { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Reason-Phrase (RFC 3261 section 25.1):
//   Reason-Phrase = *(reserved / unreserved / escaped / UTF8-NONASCII /
//                     UTF8-CONT / SP / HTAB)
//   reserved = ";" / "/" / "?" / ":" / "@" / "&" / "=" / "+" / "$" / ","
//   unreserved = alphanum / mark; mark = "-" / "_" / "." / "!" / "~" / "*" / "'" / "(" / ")"
// The bytes it allows without escaping, by value: '1' for alphanumerics,
// reserved, mark, SP and HTAB; '0' for every other byte, the bytes of UTF-8
// included, which are checked as sequences. One load per byte, where
// searching the list would take a dozen comparisons.
inline constexpr char reason_raw[] =
    "0000000001000000"  // 0x00: HTAB
    "0000000000000000"  // 0x10
    "1100101111111111"  // 0x20: SP ! $ & ' ( ) * + , - . /, not " # %
    "1111111111110101"  // 0x30: 0-9 : ; = ?, not < >
    "1111111111111111"  // 0x40: @ A-O
    "1111111111100001"  // 0x50: P-Z _, not [ \ ] ^
    "0111111111111111"  // 0x60: a-o, not `
    "1111111111100010"  // 0x70: p-z ~, not { | } DEL
    "0000000000000000"  // 0x80 to 0xFF: not ASCII
    "0000000000000000"
    "0000000000000000"
    "0000000000000000"
    "0000000000000000"
    "0000000000000000"
    "0000000000000000"
    "0000000000000000";
static_assert(sizeof reason_raw == 257, "one entry for each byte");

constexpr char raw_class(std::string_view s, std::size_t i) noexcept {
  return reason_raw[static_cast<unsigned char>(s[i])];
}

// Where the run of bytes allowed raw that starts at `i` ends. Eight bytes at
// a time while they last: their classes ANDed are '1' only when each is '1'.
// (A loop of eight, which optimisers unroll, compiles faster than eight calls.)
constexpr std::size_t raw_run_end(std::string_view s, std::size_t i) noexcept {
  const std::size_t n = s.size();
  const char* p = s.data();
  for (; n - i >= 8; i += 8) {
    unsigned all = '1';
    for (std::size_t k = 0; k < 8; ++k)
      all &= static_cast<unsigned char>(reason_raw[static_cast<unsigned char>(p[i + k])]);
    if (all != '1') break;
  }
  while (i < n && raw_class(s, i) == '1') ++i;
  return i;
}

// The length of the well-formed UTF-8 sequence (RFC 3629) at the start of a
// non-empty `s`, or 0: no overlong forms, no surrogates, nothing above
// U+10FFFF. (RFC 3261's ABNF predates RFC 3629 and would let some of those
// through; no receiver wants them.)
constexpr unsigned char byte_of(std::string_view s, std::size_t i) noexcept { return static_cast<unsigned char>(s[i]); }

constexpr std::size_t utf8_sequence_length(std::string_view s) noexcept {
  const unsigned char lead = byte_of(s, 0);
  std::size_t length = 0;
  unsigned char low = 0x80;  // bounds of the second byte
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // no overlong forms
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;   // no overlong forms
    if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  if (s.size() < length || byte_of(s, 1) < low || byte_of(s, 1) > high) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    if (byte_of(s, i) < 0x80 || byte_of(s, i) > 0xBF) return 0;
  }
  return length;
}

// The length of what a Reason-Phrase may hold at `i` of `text`: 1 for an
// ASCII character allowed raw, 3 for an escape ("%" HEXDIG HEXDIG), 2 to 4
// for a UTF-8 character; 0 when the bytes at `i` are none of these.
constexpr std::size_t reason_unit_at(std::string_view text, std::size_t i) noexcept {
  const unsigned char byte = byte_of(text, i);
  if (raw_class(text, i) == '1') return 1;
  if (byte >= 0x80) return utf8_sequence_length(text.substr(i));
  const bool escape = byte == '%' && text.size() - i > 2 && is_hex(text[i + 1]) && is_hex(text[i + 2]);
  return escape ? 3 : 0;
}

constexpr std::size_t longest_reason() noexcept {
  std::size_t longest = 0;
  for (const status_info& row : table) longest = row.reason.size() > longest ? row.reason.size() : longest;
  return longest;
}

// "SIP/2.0 " "486" " " reason "\r\n"
inline constexpr std::string_view sip_version_prefix = "SIP/2.0 ";
constexpr std::size_t status_line_length(std::size_t reason_length) noexcept {
  return sip_version_prefix.size() + 3 + 1 + reason_length + 2;
}

// The decimal digits of `value`, most significant first, into `out`; returns
// the position after them.
constexpr char* put_number(char* out, std::uint32_t value) noexcept {
  char digits[10] = {};
  std::size_t n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  while (n > 0) *out++ = digits[--n];
  return out;
}

// The low `bytes` bytes of `word` into `out`, the lowest first. Written byte
// by byte so that it stays a constant expression; GCC and Clang emit one
// store.
constexpr void store(char* out, std::uint64_t word, std::size_t bytes) noexcept {
  for (std::size_t i = 0; i < bytes; ++i) out[i] = static_cast<char>(static_cast<unsigned char>(word >> (8 * i)));
}

// "100 101 102 ... 699 ": each code of 100..699 and a space, four bytes at
// 4 * (code - 100), ready to copy, then "??? " at the slot of every other
// int (which no writer reaches: each refuses such a code first). Computing a
// code's digits (three divisions) cost a status line more than copying all of
// its other bytes. One literal, so that no compiler evaluates a loop to make
// it; the 2.4 KB are in a program only if it writes status lines.
// clang-format off
#define SIPCODES_DETAIL_TENS(h, t) \
  h t "0 " h t "1 " h t "2 " h t "3 " h t "4 " h t "5 " h t "6 " h t "7 " h t "8 " h t "9 "
#define SIPCODES_DETAIL_HUNDRED(h)                                                                          \
  SIPCODES_DETAIL_TENS(h, "0") SIPCODES_DETAIL_TENS(h, "1") SIPCODES_DETAIL_TENS(h, "2")                  \
  SIPCODES_DETAIL_TENS(h, "3") SIPCODES_DETAIL_TENS(h, "4") SIPCODES_DETAIL_TENS(h, "5")                  \
  SIPCODES_DETAIL_TENS(h, "6") SIPCODES_DETAIL_TENS(h, "7") SIPCODES_DETAIL_TENS(h, "8")                  \
  SIPCODES_DETAIL_TENS(h, "9")
inline constexpr char code_texts[] = SIPCODES_DETAIL_HUNDRED("1") SIPCODES_DETAIL_HUNDRED("2")
    SIPCODES_DETAIL_HUNDRED("3") SIPCODES_DETAIL_HUNDRED("4") SIPCODES_DETAIL_HUNDRED("5") SIPCODES_DETAIL_HUNDRED("6")
    "??? ";
#undef SIPCODES_DETAIL_HUNDRED
#undef SIPCODES_DETAIL_TENS
// clang-format on
static_assert(sizeof code_texts == 4 * (invalid_slot + 1) + 1, "four bytes for each slot");

// A code of 100..699 and a space: "486 ".
constexpr char* put_code_and_space(char* out, int valid_code) noexcept {
  store(out, load4(code_texts + 4 * code_slot(valid_code)), 4);
  return out + 4;
}

// Copies `text` to `out` and returns the position after it. By words: eight
// bytes at a time, then a last word that ends at the end (overlapping the one
// before it); text shorter than eight bytes as two overlapping 4-byte words,
// or its first, middle and last byte. Texts here are a few dozen bytes: a
// call to memcpy, which a byte loop may become, costs more than the copy.
constexpr char* put(char* out, std::string_view text) noexcept {
  const char* from = text.data();
  const std::size_t n = text.size();
  if (n >= 8) {
    for (std::size_t at = 0; at + 8 < n; at += 8) store(out + at, load8(from + at), 8);
    store(out + n - 8, load8(from + n - 8), 8);
  } else if (n >= 4) {
    store(out, load4(from), 4);
    store(out + n - 4, load4(from + n - 4), 4);
  } else if (n > 0) {
    out[0] = from[0];
    out[n / 2] = from[n / 2];
    out[n - 1] = from[n - 1];
  }
  return out + n;
}

// What the {fmt} and std::format add-ons need to know of a format spec such as
// "*^20.3r": where it ends (its closing brace), which part of the status it
// asks for (a last 'd' or 'r'), and whether a presentation type or another
// letter comes before that letter ("{:sd}", which is refused). The rest is
// the standard string spec, which the formatter they inherit from reads.
template <class Iterator>
struct format_spec {
  Iterator end;           // the closing '}', or the end of the input
  Iterator standard_end;  // end, or the part letter before it
  format_part part = format_part::full;
  bool typed = false;  // a letter or '?' before the part letter: no standard spec ends so
};

template <class Iterator>
constexpr format_spec<Iterator> read_format_spec(Iterator first, Iterator last) noexcept {
  format_spec<Iterator> spec{first, first};
  int depth = 0;
  while (spec.end != last && (*spec.end != '}' || depth > 0)) {
    if (*spec.end == '{') ++depth;
    if (*spec.end == '}') --depth;
    ++spec.end;
  }
  spec.standard_end = spec.end;
  if (spec.end != first) {
    Iterator letter = spec.end;
    --letter;
    if (*letter == 'd' || *letter == 'r') {
      spec.part = *letter == 'd' ? format_part::code : format_part::reason;
      spec.standard_end = letter;
      if (letter != first) {
        const char before = *--letter;
        spec.typed = (before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z') || before == '?';
      }
    }
  }
  return spec;
}

// The standard part of a spec with 'd' or 'r', as the add-ons hand it to the
// string formatter they inherit from, which cannot read the part letter.
// Each nested replacement field ("{}", "{2}", "{name}") is written "{id}",
// with the id that `arg_id(first, size)` gives for what is between its braces
// (taken from the format string's own parse context, which checks it as it
// checks its own), or as it is when `arg_id` gives -1 (a name).
struct standard_spec {
  static constexpr std::size_t capacity = 48;
  char text[capacity] = {};
  std::size_t size = 0;
  bool dynamic = false;   // it has a nested field: a width or precision from the arguments
  bool too_long = false;  // it did not fit, and is refused

  constexpr void append(char c) noexcept {
    if (size == capacity) too_long = true;
    if (!too_long) text[size++] = c;
  }
  // The same spec with each nested field written as 1: its shape, to check
  // where no argument can be looked up (a constant expression).
  constexpr standard_spec shape() const noexcept {
    standard_spec out;
    for (std::size_t i = 0; i < size; ++i) {
      if (text[i] != '{') {
        out.append(text[i]);
        continue;
      }
      while (i < size && text[i] != '}') ++i;
      out.append('1');
    }
    return out;
  }
};

// The number an arg-id's digits spell ("2" in "{2}"), kept at most 100000
// (past any argument); -1 for a name, which is not all digits.
template <class Iterator>
constexpr long arg_id_number(Iterator name, std::size_t size) noexcept {
  long id = 0;
  for (std::size_t i = 0; i < size; ++i, ++name) {
    if (*name < '0' || *name > '9') return -1;
    id = id < 100000 ? id * 10 + (*name - '0') : id;
  }
  return id;
}

template <class Iterator, class ArgId>
constexpr standard_spec rewrite_standard_spec(Iterator first, Iterator last, ArgId arg_id) {
  standard_spec spec;
  while (first != last) {
    const char c = *first++;
    spec.append(c);
    if (c != '{') continue;
    spec.dynamic = true;
    const Iterator name = first;
    std::size_t size = 0;
    while (first != last && *first != '}') {
      ++first;
      ++size;
    }
    const long id = arg_id(name, size);
    if (id < 0) {
      for (Iterator at = name; at != first; ++at) spec.append(*at);
    } else {
      char digits[12] = {};
      const char* end = put_number(digits, static_cast<std::uint32_t>(id));
      for (const char* at = digits; at != end; ++at) spec.append(*at);
    }
  }
  return spec;
}

// True while the compiler evaluates a constant expression, where it can
// tell; false elsewhere. The builtin, not std::is_constant_evaluated: clang
// 14 in C++23 with libstdc++ 12, whose std::is_constant_evaluated is an `if
// consteval`, answers true at run time in `if (std::is_constant_evaluated())`
// within a template, and {fmt} 9's parse context asks that way.
constexpr bool constant_evaluation() noexcept {
#if defined(__has_builtin)
#if __has_builtin(__builtin_is_constant_evaluated)
#define SIPCODES_DETAIL_HAS_CONSTANT_EVALUATION
#endif
#endif
#if defined(SIPCODES_DETAIL_HAS_CONSTANT_EVALUATION) || (defined(_MSC_VER) && _MSC_VER >= 1925) || \
    (defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 9)
#undef SIPCODES_DETAIL_HAS_CONSTANT_EVALUATION
  return __builtin_is_constant_evaluated();
#else
  return false;
#endif
}

// A width or precision taken from an argument, as the add-ons write it into
// a spec: the decimal digits of an integer from 0 to INT_MAX, as {fmt} and
// std::format take one. `usable` is false for any other value or argument.
struct dynamic_value {
  char digits[10] = {};
  std::size_t size = 0;
  bool usable = false;
};

// Defined as `type` where an argument's type is an integer: the type of its
// remainder by 10 is its own (bool, the character types and unscoped enums
// become int; floating-point numbers, pointers and classes have none).
template <class Remainder, class Integer>
struct if_integer {};
template <class Integer>
struct if_integer<Integer, Integer> {
  using type = dynamic_value;
};

// The dynamic_value of a formatting argument of any other type: not usable.
// (The second argument is 0: an int picks the overload below where it is
// viable.)
template <class Argument>
constexpr dynamic_value dynamic_value_of(const Argument& /*argument*/, long /*rank*/) noexcept {
  return {};
}

// The dynamic_value of an integer argument. Its digits are counted, not
// compared with a bound, so that no type needs a cast to its own type.
template <class Integer>
constexpr auto dynamic_value_of(Integer value, int /*rank*/) noexcept ->
    typename if_integer<decltype(Integer{} % 10), Integer>::type {
  dynamic_value out;
  if constexpr (Integer{} - 1 < Integer{}) {  // a signed type
    if (value < Integer{}) return out;
  }
  char reversed[10] = {};
  std::size_t size = 0;
  do {
    if (size == sizeof reversed) return out;  // 11 digits or more
    reversed[size++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != Integer{});
  if (size == sizeof reversed) {  // 10 digits: no more than 2147483647
    const char* const most = "2147483647";
    std::size_t i = 0;
    while (i < size && reversed[size - 1 - i] == most[i]) ++i;
    if (i < size && reversed[size - 1 - i] > most[i]) return out;
  }
  for (std::size_t i = 0; i < size; ++i) out.digits[i] = reversed[size - 1 - i];
  out.size = size;
  out.usable = true;
  return out;
}

// The standard spec with each nested field written as the number it names,
// which `value(name, size)` gives as a dynamic_value; what the add-ons'
// format() hands the string formatter, so that it looks no argument up. A
// width of 0 is left out, as no width (a leading 0 would be the zero flag).
struct resolved_spec {
  static constexpr std::size_t capacity = standard_spec::capacity + 2 * sizeof(dynamic_value{}.digits);
  char text[capacity] = {};
  std::size_t size = 0;
  bool usable = true;  // every value was, and it fits

  constexpr void append(char c) noexcept {
    if (size == capacity) usable = false;
    if (usable) text[size++] = c;
  }
};

template <class Value>
constexpr resolved_spec resolve_standard_spec(const standard_spec& spec, Value value) {
  resolved_spec out;
  for (std::size_t i = 0; i < spec.size && out.usable; ++i) {
    if (spec.text[i] != '{') {
      out.append(spec.text[i]);
      continue;
    }
    const bool precision = i > 0 && spec.text[i - 1] == '.';
    const std::size_t name = ++i;
    while (i < spec.size && spec.text[i] != '}') ++i;
    const dynamic_value number = value(spec.text + name, i - name);
    if (!number.usable) out.usable = false;
    if (!precision && number.size == 1 && number.digits[0] == '0') continue;
    for (std::size_t d = 0; d < number.size; ++d) out.append(number.digits[d]);
  }
  return out;
}

}  // namespace detail

/// True when `text` matches RFC 3261's Reason-Phrase grammar exactly; the
/// empty phrase is valid. "50%25 off" and "Me\xC5\x9Fgul" (UTF-8) are valid;
/// "50% off", `say "hi"` and anything holding CR or LF are not.
[[nodiscard]] constexpr bool is_valid_reason_phrase(std::string_view text) noexcept {
  std::size_t i = 0;
  for (;;) {
    i = detail::raw_run_end(text, i);
    if (i == text.size()) return true;
    const std::size_t length = detail::reason_unit_at(text, i);  // an escape or UTF-8
    if (length == 0) return false;
    i += length;
  }
}

/// Text of a bounded size held by value: a formatted status or a whole status
/// line, made without allocating, at compile time if need be. Its text can be
/// viewed only while it lives: view(), data(), c_str() and the conversion to
/// std::string_view are refused on a temporary, so that
/// `std::string_view v = sipcodes::make_status_line(s);` does not compile.
/// `std::string(text)` copies it out; == and != compare it with any text,
/// a temporary included.
class fixed_text {
 public:
  /// The most it holds: the longest status line, "SIP/2.0 555 Push ...\r\n".
  static constexpr std::size_t capacity = detail::status_line_length(detail::longest_reason());

  /// Empty text.
  constexpr fixed_text() noexcept = default;

  /// The text, valid while this object lives.
  [[nodiscard]] constexpr std::string_view view() const& noexcept { return {chars_, size_}; }
  std::string_view view() const&& = delete;
  /// The text's first byte; a NUL follows the text, as with c_str().
  [[nodiscard]] constexpr const char* data() const& noexcept { return chars_; }
  const char* data() const&& = delete;
  /// The text, NUL-terminated, for APIs that take a C string, such as
  /// sofia-sip's sip_status_create for a phrase (format_part::reason).
  [[nodiscard]] constexpr const char* c_str() const& noexcept { return chars_; }
  const char* c_str() const&& = delete;
  /// The text's length in bytes.
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  /// True for no text (a code outside 100..699).
  [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
  /// view(), for code that takes a std::string_view.
  constexpr operator std::string_view() const& noexcept { return view(); }  // NOLINT(google-explicit-constructor)
  operator std::string_view() const&& = delete;

  /// Equal when the texts are: `sipcodes::format_status(s) == "486 Busy Here"`.
  friend constexpr bool operator==(const fixed_text& a, const fixed_text& b) noexcept { return a.view() == b.view(); }
  /// Unequal when the texts are.
  friend constexpr bool operator!=(const fixed_text& a, const fixed_text& b) noexcept { return a.view() != b.view(); }
  /// Equal when the texts are, a temporary fixed_text included.
  friend constexpr bool operator==(const fixed_text& a, std::string_view b) noexcept { return a.view() == b; }
  /// Equal when the texts are, a temporary fixed_text included.
  friend constexpr bool operator==(std::string_view a, const fixed_text& b) noexcept { return a == b.view(); }
  /// Unequal when the texts are.
  friend constexpr bool operator!=(const fixed_text& a, std::string_view b) noexcept { return a.view() != b; }
  /// Unequal when the texts are.
  friend constexpr bool operator!=(std::string_view a, const fixed_text& b) noexcept { return a != b.view(); }

 private:
  // The two functions that make one, writing into it directly.
  friend constexpr fixed_text format_status(status s, format_part part) noexcept;
  friend constexpr fixed_text make_status_line(status s) noexcept;

  char chars_[capacity + 1] = {};  // the text, then NULs: no writer goes past capacity
  std::size_t size_ = 0;
};

/// The text of a status: full "486 Busy Here", code "486", reason "Busy Here".
/// A code not in the table prints as its number alone, and with `reason` as
/// nothing.
[[nodiscard]] constexpr fixed_text format_status(status s, format_part part = format_part::full) noexcept {
  fixed_text out;
  char* at = out.chars_;
  const std::string_view reason = reason_phrase(s);
  if (part != format_part::reason) {
    at = detail::put_number(at, static_cast<std::uint32_t>(s));
    if (part == format_part::full && !reason.empty()) *at++ = ' ';
  }
  if (part != format_part::code) at = detail::put(at, reason);
  out.size_ = static_cast<std::size_t>(at - out.chars_);
  return out;
}

/// Writes "486 Busy Here" (a code not in the table as its number alone). The
/// field width, if any, applies to the whole text. A template on the stream,
/// so that <iosfwd> is all this header needs. Unlike the rest of sipcodes it
/// is neither constexpr nor noexcept: it is the stream's operator<< that
/// writes, and a stream with exceptions() set throws.
template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, status s) {
  const fixed_text text = format_status(s);
  CharT wide[fixed_text::capacity] = {};
  for (std::size_t i = 0; i < text.size(); ++i) wide[i] = os.widen(text.view()[i]);
  return os << std::basic_string_view<CharT, Traits>(wide, text.size());
}

// ===========================================================================
// 4. Wire: status lines (RFC 3261 sections 7.2 and 25.1) and Reason header
//    field values (RFC 3326; RFC 6432 allows them in responses)
// ===========================================================================
// A writer writes into [first, last) and returns where it stopped and why; on
// any error it has written nothing. A *_size function gives the exact size
// the writer needs. A parser returns {value, error}; every view in the value
// points into the parsed input, so a parser does not take a std::string
// rvalue, whose bytes would be gone before the view is read.

/// Why a writer wrote nothing.
enum class write_error : std::uint8_t {
  none,        ///< written
  bad_code,    ///< the code or cause is outside its range
  bad_reason,  ///< the reason is not a valid RFC 3261 Reason-Phrase
  bad_text,    ///< the text cannot go in a quoted-string or comment (a control character, malformed UTF-8)
  bad_agent,   ///< the warn-agent is neither host[":"port] nor a token
  no_room      ///< [first, last) is too small
};

/// A name for logs: "no_room".
[[nodiscard]] constexpr std::string_view to_string(write_error e) noexcept {
  constexpr std::string_view names[] = {"none", "bad_code", "bad_reason", "bad_text", "bad_agent", "no_room"};
  return detail::name_at(names, static_cast<std::size_t>(e));
}

/// What a writer did: `end` is one past the last byte written (`first` when
/// `error` is set, as nothing was written).
struct write_result {
  char* end = nullptr;                    ///< one past the last byte written; `first` on failure
  write_error error = write_error::none;  ///< why nothing was written, or `none`
  /// True when it was written.
  [[nodiscard]] constexpr explicit operator bool() const noexcept { return error == write_error::none; }
};

/// The bytes a writer needs for its input, or why it would refuse the input
/// (`size` is then 0). Never `no_room`.
struct size_result {
  std::size_t size = 0;                   ///< the bytes the writer needs; 0 on failure
  write_error error = write_error::none;  ///< why the writer would refuse, or `none`
  /// True when the input can be written.
  [[nodiscard]] constexpr explicit operator bool() const noexcept { return error == write_error::none; }
};

/// What a parser found: `value`, complete when `error` is `none`.
template <class Value, class Error>
struct parse_result {
  Value value{};  ///< what was read (up to the error, when there is one)
  Error error{};  ///< why the input was refused, or `none`
  /// True when the input was well-formed.
  [[nodiscard]] constexpr explicit operator bool() const noexcept { return error == Error{}; }
};

/// Why parse_status_line refused a line; `none` when it did not.
enum class line_error : std::uint8_t {
  none,                ///< a well-formed SIP/2.0 status line
  empty,               ///< the input is empty
  bad_protocol,        ///< it does not start with "SIP/": a request line, "HTTP/1.1", leading white space
  bad_version,         ///< "SIP/" is not followed by 1*DIGIT "." 1*DIGIT, each part at most 255
  bad_separator,       ///< not exactly one SP after the version, or after the code
  bad_code,            ///< the code is not exactly three digits with the first one 1 to 6
  bad_reason,          ///< the reason holds a control character other than HTAB (NUL, ESC, DEL ...)
  bad_utf8,            ///< the reason holds bytes that are not well-formed UTF-8
  bad_line_end,        ///< a CR not followed by LF: in the line, or ending it
  unsupported_version  ///< well-formed, but not SIP/2.0; the line's fields are filled in
};

/// A name for logs: "bad_code".
[[nodiscard]] constexpr std::string_view to_string(line_error e) noexcept {
  constexpr std::string_view names[] = {
      "none",     "empty",      "bad_protocol", "bad_version",  "bad_separator",
      "bad_code", "bad_reason", "bad_utf8",     "bad_line_end", "unsupported_version"};
  return detail::name_at(names, static_cast<std::size_t>(e));
}

/// The parts of a status line. `reason` is a view into the parsed input.
struct status_line {
  status code{};            ///< 100..699, known or not: compare it with an enumerator
  std::string_view reason;  ///< the Reason-Phrase, without the CRLF
  std::uint8_t major = 0;   ///< the SIP version, 2 in SIP/2.0
  std::uint8_t minor = 0;   ///< 0 in SIP/2.0
  /// What follows the line's CRLF (or bare LF): the header fields and the
  /// rest of the message. Empty, at the end of the input, when nothing does.
  std::string_view rest;
};

/// The two protocols whose causes sipcodes knows.
enum class reason_protocol : std::uint8_t { sip, q850 };

/// Why parse_reason refused a value; `none` when it did not.
enum class reason_error : std::uint8_t {
  none,           ///< a well-formed reason-value
  empty,          ///< nothing but white space
  bad_protocol,   ///< the protocol is not a token
  bad_parameter,  ///< a parameter is malformed or repeated, or a ';' has no parameter
  bad_cause,      ///< cause is not 1 to 5 digits
  bad_text,       ///< text is not a well-formed quoted-string, or escapes a control character
  bad_separator   ///< not ';' or ',' after a parameter (CR and LF included), or nothing after a ','
};

/// A name for logs: "bad_cause".
[[nodiscard]] constexpr std::string_view to_string(reason_error e) noexcept {
  constexpr std::string_view names[] = {"none",      "empty",    "bad_protocol", "bad_parameter",
                                        "bad_cause", "bad_text", "bad_separator"};
  return detail::name_at(names, static_cast<std::size_t>(e));
}

namespace detail {

constexpr std::string_view protocol_token(reason_protocol p) noexcept {
  return p == reason_protocol::sip ? "SIP" : "Q.850";
}

// A read position in a string; every read is bounds-checked.
struct cursor {
  std::string_view text;
  std::size_t at = 0;
  constexpr bool done() const noexcept { return at >= text.size(); }
  constexpr bool next_is(char c) const noexcept { return !done() && text[at] == c; }
  constexpr bool next_is_digit() const noexcept { return !done() && is_digit(text[at]); }
  constexpr bool take(char c) noexcept {
    if (!next_is(c)) return false;
    ++at;
    return true;
  }
  constexpr std::string_view rest() const noexcept { return done() ? std::string_view{} : text.substr(at); }
};

constexpr int digit_value(char c) noexcept { return c - '0'; }

// 1*DIGIT with a value of at most 255. False (and the cursor past the digits)
// when there is no digit or the number is larger.
constexpr bool read_version_number(cursor& c, std::uint8_t& out) noexcept {
  if (!c.next_is_digit()) return false;
  int value = 0;
  bool fits = true;
  while (c.next_is_digit()) {
    value = value * 10 + digit_value(c.text[c.at++]);
    if (value > 255) {
      fits = false;
      value = 255;  // keep reading the digits without overflowing
    }
  }
  out = static_cast<std::uint8_t>(value);
  return fits;
}

// Checks the reason from the cursor to the end of the line, which is a CRLF,
// a bare LF or the end of the input; on success sets `reason` to the phrase
// and `rest` to what follows the line end. A CR not followed by LF is an error.
constexpr line_error read_reason(cursor& c, std::string_view& reason, std::string_view& rest) noexcept {
  const std::size_t start = c.at;
  std::size_t line_end = 0;  // the length of the line end: 0 (none), 1 (LF) or 2 (CRLF)
  while (!c.done()) {
    const char ch = c.text[c.at];
    const auto byte = static_cast<unsigned char>(ch);
    if (ch == '\n') {
      line_end = 1;
      break;
    }
    if (ch == '\r') {
      if (c.at + 1 == c.text.size() || c.text[c.at + 1] != '\n') return line_error::bad_line_end;
      line_end = 2;
      break;
    }
    if (byte >= 0x80) {
      const std::size_t length = utf8_sequence_length(c.text.substr(c.at));
      if (length == 0) return line_error::bad_utf8;
      c.at += length;
      continue;
    }
    if ((byte < 0x20 && ch != '\t') || byte == 0x7F) return line_error::bad_reason;
    ++c.at;
  }
  reason = c.text.substr(start, c.at - start);
  rest = c.text.substr(c.at + line_end);
  return line_error::none;
}

// The room in [first, last): none for a null or reversed range.
constexpr std::size_t room(const char* first, const char* last) noexcept {
  return first == nullptr || last == nullptr || last < first ? 0 : static_cast<std::size_t>(last - first);
}

// Checks a size against the room a writer has; the result to return when it
// cannot write, or an empty optional-like `none` when it can.
constexpr write_error check_room(const size_result& size, char* first, char* last) noexcept {
  if (!size) return size.error;
  // Every value these writers write has at least one byte, so a null range
  // never fits; saying so outright also keeps GCC from warning of a write
  // through null on a path it cannot see is never taken.
  return first == nullptr || room(first, last) < size.size ? write_error::no_room : write_error::none;
}

// Causes each protocol defines: SIP status codes, Q.850 cause values.
constexpr bool is_cause_of(reason_protocol p, int cause) noexcept {
  return p == reason_protocol::sip ? in_valid_range(cause) : (cause >= 1 && cause <= 127);
}

// Text that can go inside a quoted-string once '"' and '\' are escaped:
// well-formed UTF-8 without the ASCII control characters but HTAB (0x00-0x08,
// 0x0A-0x1F, 0x7F). Characters above ASCII all pass, the C1 controls
// (U+0080-U+009F) and U+2028 among them, as RFC 3261's UTF8-NONASCII allows.
constexpr bool is_quotable(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x80) {
      const std::size_t length = utf8_sequence_length(text.substr(i));
      if (length == 0) return false;
      i += length;
    } else if ((byte < 0x20 && byte != '\t') || byte == 0x7F) {
      return false;
    } else {
      ++i;
    }
  }
  return true;
}

constexpr std::size_t escaped_size(std::string_view text) noexcept {
  std::size_t size = text.size();
  for (char c : text) size += (c == '"' || c == '\\') ? 1 : 0;
  return size;
}

constexpr std::size_t decimal_digits(std::uint32_t value) noexcept {
  std::size_t n = 1;
  while (value >= 10) {
    value /= 10;
    ++n;
  }
  return n;
}

// token = 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~")
constexpr bool is_token_char(char c) noexcept {
  return is_alnum(c) || std::string_view("-.!%*_+`'~").find(c) != std::string_view::npos;
}

constexpr std::string_view read_token(cursor& c) noexcept {
  const std::size_t start = c.at;
  while (!c.done() && is_token_char(c.text[c.at])) ++c.at;
  return c.text.substr(start, c.at - start);
}

constexpr void skip_blanks(cursor& c) noexcept {
  while (!c.done() && is_blank(c.text[c.at])) ++c.at;
}

// host (RFC 3261 section 25.1), with IPv4address and IPv6address as RFC 5954
// section 4.1 replaced them by RFC 3986 Appendix A's rules:
//   hostname    = *( domainlabel "." ) toplabel [ "." ]
//   domainlabel = alphanum / alphanum *( alphanum / "-" ) alphanum
//   toplabel    = ALPHA / ALPHA *( alphanum / "-" ) alphanum
//   IPv4address = dec-octet "." dec-octet "." dec-octet "." dec-octet
//   dec-octet   = 0 to 255 in decimal, without a leading zero
//   IPv6address = eight h16 separated by ":", the last two of which may be an
//                 IPv4address; one "::" may stand for one or more of them
//   h16         = 1*4HEXDIG

// A domainlabel: alphanumeric at both ends, '-' only inside.
constexpr bool is_domainlabel(std::string_view label) noexcept {
  if (label.empty() || !is_alnum(label.front()) || !is_alnum(label.back())) return false;
  for (char c : label) {
    if (!is_alnum(c) && c != '-') return false;
  }
  return true;
}

constexpr bool is_hostname(std::string_view name) noexcept {
  if (!name.empty() && name.back() == '.') name.remove_suffix(1);  // [ "." ]
  if (name.empty()) return false;
  const std::size_t last_dot = name.rfind('.');
  const std::string_view top = last_dot == std::string_view::npos ? name : name.substr(last_dot + 1);
  if (!is_domainlabel(top) || !is_alpha(top.front())) return false;  // toplabel starts with ALPHA
  for (std::size_t start = 0; last_dot != std::string_view::npos && start <= last_dot;) {
    const std::size_t dot = name.find('.', start);
    if (!is_domainlabel(name.substr(start, dot - start))) return false;
    start = dot + 1;
  }
  return true;
}

constexpr bool is_dec_octet(std::string_view digits) noexcept {
  if (digits.empty() || digits.size() > 3 || (digits.size() > 1 && digits.front() == '0')) return false;
  int value = 0;
  for (char c : digits) {
    if (!is_digit(c)) return false;
    value = value * 10 + (c - '0');
  }
  return value <= 255;
}

constexpr bool is_ipv4_address(std::string_view address) noexcept {
  for (int octet = 0; octet < 4; ++octet) {
    const std::size_t dot = address.find('.');
    if ((dot == std::string_view::npos) != (octet == 3)) return false;
    if (!is_dec_octet(address.substr(0, dot))) return false;
    address.remove_prefix(dot == std::string_view::npos ? address.size() : dot + 1);
  }
  return true;
}

constexpr bool is_h16(std::string_view group) noexcept {
  if (group.empty() || group.size() > 4) return false;
  for (char c : group) {
    if (!is_hex(c)) return false;
  }
  return true;
}

// Counts the 16-bit groups of `list`, h16 *( ":" h16 ), empty for none; when
// `may_end_in_ipv4`, its last element may be an IPv4address, which counts
// two. False when an element is malformed or there are more than eight.
constexpr bool count_h16_groups(std::string_view list, bool may_end_in_ipv4, std::size_t& groups) noexcept {
  groups = 0;
  while (!list.empty() && groups <= 8) {
    const std::size_t colon = list.find(':');
    const std::string_view element = list.substr(0, colon);
    if (colon == std::string_view::npos && may_end_in_ipv4 && element.find('.') != std::string_view::npos) {
      if (!is_ipv4_address(element)) return false;
      groups += 2;
      return groups <= 8;
    }
    if (!is_h16(element)) return false;
    ++groups;
    if (colon == std::string_view::npos) return groups <= 8;
    list.remove_prefix(colon + 1);
    if (list.empty()) return false;  // a ':' that ends the list
  }
  return list.empty() && groups <= 8;
}

// RFC 3986 Appendix A's nine forms of IPv6address, counted: without "::",
// exactly eight groups; with one "::", at most seven beside it.
constexpr bool is_ipv6_address(std::string_view address) noexcept {
  const std::size_t gap = address.find("::");
  std::size_t before = 0;
  if (gap == std::string_view::npos) return count_h16_groups(address, true, before) && before == 8;
  const std::string_view tail = address.substr(gap + 2);
  if (tail.find("::") != std::string_view::npos) return false;
  std::size_t after = 0;
  return count_h16_groups(address.substr(0, gap), false, before) && count_h16_groups(tail, true, after) &&
         before + after <= 7;
}

// IPv6reference = "[" IPv6address "]"
constexpr bool is_ipv6_reference(std::string_view reference) noexcept {
  return reference.size() > 2 && reference.front() == '[' && reference.back() == ']' &&
         is_ipv6_address(reference.substr(1, reference.size() - 2));
}

// A quoted-string from its opening DQUOTE; sets `content` to what is between
// the quotes. quoted-pair may escape any character but a control character
// other than HTAB (RFC 3261 allows more; no Reason text needs it).
constexpr bool read_quoted_string(cursor& c, std::string_view& content) noexcept {
  if (!c.take('"')) return false;
  const std::size_t start = c.at;
  while (!c.done()) {
    const char ch = c.text[c.at];
    const auto byte = static_cast<unsigned char>(ch);
    if (ch == '"') {
      content = c.text.substr(start, c.at - start);
      ++c.at;
      return true;
    }
    if (ch == '\\') {
      if (c.at + 1 >= c.text.size()) return false;
      const auto escaped = static_cast<unsigned char>(c.text[c.at + 1]);
      if (escaped >= 0x80 || (escaped < 0x20 && escaped != '\t') || escaped == 0x7F) return false;
      c.at += 2;
    } else if (byte >= 0x80) {
      const std::size_t length = utf8_sequence_length(c.text.substr(c.at));
      if (length == 0) return false;
      c.at += length;
    } else if ((byte < 0x20 && ch != '\t') || byte == 0x7F) {
      return false;
    } else {
      ++c.at;
    }
  }
  return false;  // no closing quote
}

// gen-value = token / host / quoted-string (RFC 3261 section 25.1). A
// hostname and an IPv4address are runs of token characters, so the forms to
// read are a quoted-string, an IPv6reference and a token. What follows the
// value is for the caller to check.
constexpr bool read_generic_value(cursor& c) noexcept {
  if (c.next_is('"')) {
    std::string_view ignored;
    return read_quoted_string(c, ignored);
  }
  if (c.next_is('[')) {
    const std::size_t close = c.text.find(']', c.at);
    if (close == std::string_view::npos || !is_ipv6_reference(c.text.substr(c.at, close + 1 - c.at))) return false;
    c.at = close + 1;
    return true;
  }
  return !read_token(c).empty();
}

// True when `params`, parameters already read and found well-formed
// (*( SEMI generic-param )), holds one named `name`, in any case: RFC 3261
// section 7.3.1 says a parameter name MUST NOT appear more than once.
constexpr bool has_parameter(std::string_view params, std::string_view name) noexcept {
  cursor c{params, 0};
  while (!c.done()) {
    if (!c.take(';')) {
      ++c.at;  // white space, or a value's ']'
      continue;
    }
    skip_blanks(c);
    if (iequals(read_token(c), name)) return true;
    skip_blanks(c);
    if (c.take('=')) {
      skip_blanks(c);
      if (!read_generic_value(c)) return false;  // not reached for what a parser accepted
    }
  }
  return false;
}

// A parse result that stops at `error`, with what was read so far.
template <class Value, class Error>
constexpr parse_result<Value, Error> failed(parse_result<Value, Error> r, Error error) noexcept {
  r.error = error;
  return r;
}

// Reads cause's 1*DIGIT, at most 5 digits.
constexpr bool read_cause(cursor& c, int& cause) noexcept {
  const std::size_t start = c.at;
  cause = 0;
  while (c.next_is_digit() && c.at - start < 6) cause = cause * 10 + digit_value(c.text[c.at++]);
  const std::size_t digits = c.at - start;
  return digits != 0 && digits <= 5;
}

}  // namespace detail

/// One reason-value. Views point into the parsed input.
struct reason_value {
  std::string_view protocol;  ///< "SIP", "Q.850" or another token, as written
  std::optional<int> cause;   ///< the cause parameter, 0..99999, when there is one
  /// The content of the text parameter as written, escapes intact ("" when
  /// there is none); unescape_quoted copies it out unescaped.
  std::string_view text;
  std::string_view rest;  ///< what follows a ',': the next reason-value, else ""

  /// True when the protocol is `p` ("SIP", "Q.850", in any case).
  [[nodiscard]] constexpr bool is_protocol(reason_protocol p) const noexcept {
    return detail::iequals(protocol, detail::protocol_token(p));
  }
  /// The cause as a status, when the protocol is SIP and the cause is a code
  /// of 100..699 (known or not); nullopt otherwise. The name is declared in
  /// parentheses because sofia-sip's headers define a function-like macro
  /// sip_status(sip); after them, call it as `(value.sip_status)()`.
  [[nodiscard]] constexpr std::optional<status>(sip_status)() const noexcept {
    if (!is_protocol(reason_protocol::sip) || !cause || !detail::in_valid_range(*cause)) return std::nullopt;
    return static_cast<status>(*cause);
  }
};

/// Parses the first line of `input`, `SIP-Version SP Status-Code SP
/// Reason-Phrase` (RFC 3261 sections 7.2 and 25.1). The line ends at the first
/// CRLF, at a bare LF (which some deployed stacks send), or at the end of the
/// input; `rest` is what follows its line end, so a whole receive buffer can
/// be passed and its header fields read from `rest`. "SIP" is matched without
/// regard to case. Strict on structure: exactly one SP on each side of a
/// three-digit code 100..699. Lenient on the phrase's content (any UTF-8 text
/// and HTAB; it may be empty) but strict on safety: the ASCII control
/// characters but HTAB, a CR not followed by LF and malformed UTF-8 are
/// errors (the C1 controls and U+2028, which RFC 3261's UTF8-NONASCII allows,
/// pass). Nothing after the line end is read. A well-formed line of another
/// version reports `unsupported_version` with every field filled in; after any
/// other error the fields hold what was read before it.
[[nodiscard]] constexpr parse_result<status_line, line_error> parse_status_line(std::string_view input) noexcept {
  parse_result<status_line, line_error> r{};
  status_line& line = r.value;
  if (input.empty()) return detail::failed(r, line_error::empty);
  if (input.size() < 4 || !detail::iequals(input.substr(0, 4), "SIP/"))
    return detail::failed(r, line_error::bad_protocol);

  detail::cursor c{input, 4};
  if (!detail::read_version_number(c, line.major) || !c.take('.') || !detail::read_version_number(c, line.minor)) {
    return detail::failed(r, line_error::bad_version);
  }
  if (!c.done() && !detail::is_blank(c.text[c.at]) && !c.next_is('\r') && !c.next_is('\n')) {
    return detail::failed(r, line_error::bad_version);  // "SIP/2.0x"
  }
  if (!c.take(' ') || c.next_is(' ') || c.next_is('\t')) return detail::failed(r, line_error::bad_separator);

  const std::size_t code_start = c.at;
  int code = 0;
  while (c.next_is_digit() && c.at - code_start < 4) code = code * 10 + detail::digit_value(c.text[c.at++]);
  if (c.at - code_start != 3 || c.next_is_digit() || !detail::in_valid_range(code))
    return detail::failed(r, line_error::bad_code);
  line.code = static_cast<status>(code);
  if (!c.take(' ')) return detail::failed(r, line_error::bad_separator);

  const line_error reason_error = detail::read_reason(c, line.reason, line.rest);
  if (reason_error != line_error::none) return detail::failed(r, reason_error);
  if (line.major != 2 || line.minor != 0) return detail::failed(r, line_error::unsupported_version);
  return r;
}
/// Refused for a temporary std::string (or any string type with c_str()): the
/// result would view bytes destroyed at the end of the statement.
template <class String, class = decltype(static_cast<const String*>(nullptr)->c_str())>
void parse_status_line(const String&&) = delete;

/// The bytes write_status_line writes for this code and reason (an empty
/// reason meaning the default phrase), CRLF included; `bad_code` outside
/// 100..699, `bad_reason` when the reason is not a valid Reason-Phrase.
[[nodiscard]] constexpr size_result status_line_size(int code, std::string_view reason = {}) noexcept {
  if (!is_valid(code)) return {0, write_error::bad_code};
  // The table's phrases are valid (tests/static_checks.cpp proves each one):
  // only the caller's text needs checking.
  if (reason.empty()) return {detail::status_line_length(reason_phrase(code).size()), write_error::none};
  if (!is_valid_reason_phrase(reason)) return {0, write_error::bad_reason};
  return {detail::status_line_length(reason.size()), write_error::none};
}
[[nodiscard]] constexpr size_result status_line_size(status s, std::string_view reason = {}) noexcept {
  return status_line_size(detail::to_int(s), reason);
}

/// Writes "SIP/2.0 486 Busy Here\r\n" (no terminating NUL) into [first, last).
/// An empty reason means the default phrase. Writes nothing, and says why,
/// when the code is outside 100..699, when the reason is not a valid
/// Reason-Phrase (so no CR or LF can be injected), or when there is no room.
[[nodiscard]] constexpr write_result write_status_line(char* first, char* last, int code,
                                                       std::string_view reason = {}) noexcept {
  const write_error error = detail::check_room(status_line_size(code, reason), first, last);
  if (error != write_error::none) return {first, error};
  if (reason.empty()) reason = reason_phrase(code);
  char* at = detail::put(first, "SIP/2.0 ");  // a literal: no object of its own to point to
  at = detail::put_code_and_space(at, code);
  at = detail::put(at, reason);
  return {detail::put(at, "\r\n"), write_error::none};
}
[[nodiscard]] constexpr write_result write_status_line(char* first, char* last, status s,
                                                       std::string_view reason = {}) noexcept {
  return write_status_line(first, last, detail::to_int(s), reason);
}

/// The status line of `s` with its default phrase, held by value; empty when
/// the code is outside 100..699. Made at compile time if need be:
///   constexpr auto line = sipcodes::make_status_line(status::busy_here);
///   send(line.view());  // "SIP/2.0 486 Busy Here\r\n"
[[nodiscard]] constexpr fixed_text make_status_line(status s) noexcept {
  fixed_text line;
  const write_result r = write_status_line(line.chars_, line.chars_ + fixed_text::capacity, s);
  line.size_ = static_cast<std::size_t>(r.end - line.chars_);
  return line;
}

/// The bytes escape_reason_phrase writes for `text`. No text is bad input
/// (every byte has an escaped form), so `error` is always `none`.
[[nodiscard]] constexpr size_result escaped_reason_phrase_size(std::string_view text) noexcept {
  std::size_t size = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = detail::reason_unit_at(text, i);
    size += length == 0 ? 3 : length;
    i += length == 0 ? 1 : length;
  }
  return {size, write_error::none};
}

/// Writes `text` into [first, last) as a valid Reason-Phrase (RFC 3261
/// section 25.1), to relay a phrase received on the wire, which
/// parse_status_line accepts more leniently than write_status_line. Each
/// byte the grammar does not allow raw becomes an escape, "%" and two
/// upper-case hex digits: CR, LF, NUL and the other control characters,
/// `"` `#` `<` `>` `[` `\` `]` `^` `` ` `` `{` `|` `}`, and each byte of
/// malformed UTF-8. What is valid already stays as it is, escapes included:
/// "50%25" stays, while a '%' not followed by two hex digits becomes "%25".
/// So a valid phrase passes unchanged, escaping twice changes nothing, and
/// the result always satisfies is_valid_reason_phrase; give it to
/// write_status_line. Writes nothing, and says `no_room`, when [first, last)
/// is too small.
[[nodiscard]] constexpr write_result escape_reason_phrase(char* first, char* last, std::string_view text) noexcept {
  const size_result size = escaped_reason_phrase_size(text);
  if (size.size == 0) return {first, write_error::none};
  const write_error error = detail::check_room(size, first, last);
  if (error != write_error::none) return {first, error};
  char* at = first;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = detail::reason_unit_at(text, i);
    if (length == 0) {
      constexpr std::string_view hex = "0123456789ABCDEF";
      const unsigned char byte = detail::byte_of(text, i++);
      at[0] = '%';
      at[1] = hex[byte >> 4];
      at[2] = hex[byte & 0xFU];
      at += 3;
    } else {
      at = detail::put(at, text.substr(i, length));
      i += length;
    }
  }
  return {at, write_error::none};
}

/// Parses the first reason-value of a Reason header field value (RFC 3326),
/// such as `SIP ;cause=486 ;text="Busy Here"` or `Q.850;cause=16`:
///   reason-value  = protocol *(SEMI reason-params)
///   protocol      = "SIP" / "Q.850" / token
///   reason-params = "cause" EQUAL 1*DIGIT / "text" EQUAL quoted-string / generic-param
/// White space (SP, HTAB) around ';', '=' and ',' is allowed; CR and LF are
/// not (unfold the header first). A parameter name comes once, in any case
/// (RFC 3261 section 7.3.1), and another parameter's value is a token, an
/// IPv6 reference or a quoted-string. When a ',' follows, `value.rest` is the
/// remainder, the next reason-value, which is never empty and never starts
/// with another ',' (`SIP;cause=200, ,` is bad_separator).
[[nodiscard]] constexpr parse_result<reason_value, reason_error> parse_reason(std::string_view input) noexcept {
  parse_result<reason_value, reason_error> r{};
  reason_value& value = r.value;
  detail::cursor c{input, 0};
  detail::skip_blanks(c);
  if (c.done()) return detail::failed(r, reason_error::empty);
  value.protocol = detail::read_token(c);
  if (value.protocol.empty()) return detail::failed(r, reason_error::bad_protocol);

  bool has_text = false;
  const std::size_t params_start = c.at;
  for (;;) {
    detail::skip_blanks(c);
    if (c.done()) break;
    if (c.take(',')) {
      detail::skip_blanks(c);
      if (c.done() || c.next_is(','))  // no value after the ',', or an empty one before the next
        return detail::failed(r, reason_error::bad_separator);
      value.rest = c.rest();
      break;
    }
    if (!c.take(';')) return detail::failed(r, reason_error::bad_separator);
    detail::skip_blanks(c);
    const std::size_t name_start = c.at;
    const std::string_view name = detail::read_token(c);
    if (name.empty() || detail::has_parameter(c.text.substr(params_start, name_start - params_start), name))
      return detail::failed(r, reason_error::bad_parameter);
    detail::skip_blanks(c);
    const bool has_value = c.take('=');
    detail::skip_blanks(c);

    if (detail::iequals(name, "cause")) {
      if (!has_value || value.cause) return detail::failed(r, reason_error::bad_parameter);
      int cause = 0;
      if (!detail::read_cause(c, cause)) return detail::failed(r, reason_error::bad_cause);
      value.cause = cause;
    } else if (detail::iequals(name, "text")) {
      if (!has_value || has_text) return detail::failed(r, reason_error::bad_parameter);
      if (!detail::read_quoted_string(c, value.text)) return detail::failed(r, reason_error::bad_text);
      has_text = true;
    } else if (has_value && !detail::read_generic_value(c)) {
      return detail::failed(r, reason_error::bad_parameter);
    }
  }
  return r;
}
/// Refused for a temporary std::string: see parse_status_line.
template <class String, class = decltype(static_cast<const String*>(nullptr)->c_str())>
void parse_reason(const String&&) = delete;

/// The bytes write_reason writes; `bad_code` when the cause does not belong
/// to the protocol (SIP: 100..699; Q.850: 1..127), `bad_text` when the text
/// holds control characters or malformed UTF-8.
[[nodiscard]] constexpr size_result reason_size(reason_protocol protocol, int cause,
                                                std::string_view text = {}) noexcept {
  if (!detail::is_cause_of(protocol, cause)) return {0, write_error::bad_code};
  if (!detail::is_quotable(text)) return {0, write_error::bad_text};
  std::size_t size = detail::protocol_token(protocol).size() + 8 +
                     detail::decimal_digits(static_cast<std::uint32_t>(cause));  // " ;cause="
  if (!text.empty()) size += 8 + detail::escaped_size(text) + 1;                 // ` ;text="` text `"`
  return {size, write_error::none};
}
/// The bytes write_reason(first, last, s, text) writes: a status is a SIP
/// cause (a Q.850 cause is an int).
[[nodiscard]] constexpr size_result reason_size(status s, std::string_view text) noexcept {
  return reason_size(reason_protocol::sip, detail::to_int(s), text);
}
/// The bytes write_reason(first, last, s) writes: the SIP Reason of a status
/// with its default phrase as the text.
[[nodiscard]] constexpr size_result reason_size(status s) noexcept { return reason_size(s, reason_phrase(s)); }

/// Writes a Reason header field value into [first, last):
/// `SIP ;cause=486 ;text="Busy Here"` or `Q.850 ;cause=17 ;text="User busy"`,
/// escaping '"' and '\' in the text as a quoted-string requires; an empty
/// text leaves the text parameter out. No CRLF, no NUL. Writes nothing, and
/// says why, when reason_size refuses the input or there is no room.
[[nodiscard]] constexpr write_result write_reason(char* first, char* last, reason_protocol protocol, int cause,
                                                  std::string_view text = {}) noexcept {
  const write_error error = detail::check_room(reason_size(protocol, cause, text), first, last);
  if (error != write_error::none) return {first, error};
  char* at = detail::put(first, detail::protocol_token(protocol));
  at = detail::put(at, " ;cause=");
  at = detail::put_number(at, static_cast<std::uint32_t>(cause));
  if (text.empty()) return {at, write_error::none};
  at = detail::put(at, " ;text=\"");
  for (char c : text) {
    if (c == '"' || c == '\\') *at++ = '\\';
    *at++ = c;
  }
  *at++ = '"';
  return {at, write_error::none};
}
/// `SIP ;cause=603 ;text="Call rejected"`: the SIP Reason for a status,
/// with `text` (none when it is empty). A status is a SIP cause only; a
/// Q.850 cause is an int, given with reason_protocol::q850.
[[nodiscard]] constexpr write_result write_reason(char* first, char* last, status s, std::string_view text) noexcept {
  return write_reason(first, last, reason_protocol::sip, detail::to_int(s), text);
}

/// `SIP ;cause=486 ;text="Busy Here"`: the SIP Reason for a status, its
/// default phrase as the text (none for a code not in the table).
[[nodiscard]] constexpr write_result write_reason(char* first, char* last, status s) noexcept {
  return write_reason(first, last, s, reason_phrase(s));
}

/// The bytes unescape_quoted writes for `escaped`: `bad_text` when it is no
/// quoted-string or comment content, holding CR, LF or NUL (raw or after a
/// backslash) or ending in a lone backslash.
[[nodiscard]] constexpr size_result unescaped_size(std::string_view escaped) noexcept {
  std::size_t size = 0;
  for (std::size_t i = 0; i < escaped.size(); ++i, ++size) {
    if (escaped[i] == '\\' && ++i == escaped.size()) return {0, write_error::bad_text};
    if (escaped[i] == '\r' || escaped[i] == '\n' || escaped[i] == '\0') return {0, write_error::bad_text};
  }
  return {size, write_error::none};
}

/// Copies into [first, last) the content of a quoted-string or a comment as
/// a parser gives it, escapes intact (reason_value::text, warning_value::text,
/// retry_after_value::comment), with each quoted-pair undone: `\"` becomes
/// `"`, `\\` becomes `\`. Writes nothing, and says why: `bad_text` for what
/// no such content holds (CR, LF or NUL, raw or after a backslash, or a
/// lone backslash at the end; no parser gives one), else `no_room` when it
/// does not fit.
[[nodiscard]] constexpr write_result unescape_quoted(char* first, char* last, std::string_view escaped) noexcept {
  const size_result size = unescaped_size(escaped);
  if (size.size == 0) return {first, size.error};  // nothing to write, or bad input
  const write_error error = detail::check_room(size, first, last);
  if (error != write_error::none) return {first, error};
  char* at = first;
  for (std::size_t i = 0; i < escaped.size(); ++i) {
    if (escaped[i] == '\\') ++i;
    *at++ = escaped[i];
  }
  return {at, write_error::none};
}

/// The former form of unescape_quoted, with the text first; kept for one
/// minor release.
[[deprecated("use sipcodes::unescape_quoted(first, last, escaped)")]] [[nodiscard]] constexpr write_result
unescape_reason_text(std::string_view escaped, char* first, char* last) noexcept {
  return unescape_quoted(first, last, escaped);
}

// ---------------------------------------------------------------------------
// Retry-After field values (RFC 3261 sections 20.33 and 25.1):
//   Retry-After = delta-seconds [ comment ] *( SEMI retry-param )
//   retry-param = ("duration" EQUAL delta-seconds) / generic-param
//   comment     = LPAREN *(ctext / quoted-pair / comment) RPAREN
// and Warning field values (RFC 3261 sections 20.43 and 25.1):
//   warning-value = warn-code SP warn-agent SP warn-text
//   warn-code = 3DIGIT; warn-agent = hostport / pseudonym; warn-text = quoted-string

/// The largest delta-seconds sipcodes reads or writes, 2^32 - 1 (about 136
/// years); a longer one reads as this.
inline constexpr std::uint32_t max_delta_seconds = 4294967295U;

/// Why parse_retry_after refused a value; `none` when it did not.
enum class retry_after_error : std::uint8_t {
  none,           ///< a well-formed Retry-After value
  empty,          ///< nothing but white space
  bad_seconds,    ///< it does not start with delta-seconds (1*DIGIT)
  bad_comment,    ///< a comment is unbalanced, or holds a control character or malformed UTF-8
  bad_parameter,  ///< a parameter is malformed or comes twice, or duration is not delta-seconds
  bad_separator   ///< something other than a comment or ';' follows; CR, LF and ',' included
};

/// A name for logs: "bad_comment".
[[nodiscard]] constexpr std::string_view to_string(retry_after_error e) noexcept {
  constexpr std::string_view names[] = {"none",        "empty",         "bad_seconds",
                                        "bad_comment", "bad_parameter", "bad_separator"};
  return detail::name_at(names, static_cast<std::size_t>(e));
}

/// One Retry-After value. Views point into the parsed input.
struct retry_after_value {
  std::uint32_t seconds = 0;  ///< delta-seconds: retry after this long
  /// The comment without its outer parentheses and surrounding white space,
  /// escapes and nested comments intact ("" when there is none).
  std::string_view comment;
  /// How long the callee will stay available from then (the duration
  /// parameter); nullopt when absent, which RFC 3261 reads as indefinitely.
  std::optional<std::uint32_t> duration;
};

/// Why parse_warning refused a value; `none` when it did not.
enum class warning_error : std::uint8_t {
  none,          ///< a well-formed warning-value
  empty,         ///< nothing but white space
  bad_code,      ///< it does not start with exactly three digits
  bad_agent,     ///< the warn-agent is missing, or neither host[":"port] nor a token
  bad_text,      ///< the warn-text is not a well-formed quoted-string, or escapes a control character
  bad_separator  ///< not one SP after the code or the agent; something other than ',' follows; no value after a ','
};

/// A name for logs: "bad_agent".
[[nodiscard]] constexpr std::string_view to_string(warning_error e) noexcept {
  constexpr std::string_view names[] = {"none", "empty", "bad_code", "bad_agent", "bad_text", "bad_separator"};
  return detail::name_at(names, static_cast<std::size_t>(e));
}

/// One warning-value. Views point into the parsed input.
struct warning_value {
  int code = 0;            ///< the warn-code, 0..999 as written; warning_text(code) names it
  std::string_view agent;  ///< the warn-agent, host[":"port] or pseudonym, as written
  /// The content of the warn-text, escapes intact; unescape_quoted
  /// copies it out unescaped.
  std::string_view text;
  std::string_view rest;  ///< what follows a ',': the next warning-value, else ""
};

namespace detail {

// delta-seconds = 1*DIGIT, read up to max_delta_seconds. False when there is
// no digit.
constexpr bool read_delta_seconds(cursor& c, std::uint32_t& out) noexcept {
  if (!c.next_is_digit()) return false;
  std::uint64_t value = 0;
  while (c.next_is_digit()) {
    value = value * 10 + static_cast<std::uint64_t>(digit_value(c.text[c.at++]));
    if (value > max_delta_seconds) value = max_delta_seconds + std::uint64_t{1};  // keep reading, no overflow
  }
  out = value > max_delta_seconds ? max_delta_seconds : static_cast<std::uint32_t>(value);
  return true;
}

// A character that may stand in a comment as it is: ctext or white space.
// '(' and ')' open and close nested comments; '\' starts a quoted-pair.
constexpr bool is_comment_ascii(unsigned char byte) noexcept { return (byte >= 0x20 && byte < 0x7F) || byte == '\t'; }

// What lies between a comment's outer parentheses, without the white space
// next to them, which LPAREN and RPAREN take in (RFC 3261 section 25.1); a
// blank escaped with '\' stays, being content.
constexpr std::string_view comment_content(std::string_view raw) noexcept {
  std::size_t first = 0;
  while (first < raw.size() && is_blank(raw[first])) ++first;
  std::size_t last = raw.size();
  while (last > first && is_blank(raw[last - 1])) {
    std::size_t backslashes = 0;
    while (last - 1 - backslashes > first && raw[last - 2 - backslashes] == '\\') ++backslashes;
    if (backslashes % 2 == 1) break;  // "\ ": an escaped blank
    --last;
  }
  return raw.substr(first, last - first);
}

// A comment from its '('; sets `content` to what lies between the outer
// parentheses. Nested comments are followed to any depth.
constexpr bool read_comment(cursor& c, std::string_view& content) noexcept {
  if (!c.take('(')) return false;
  const std::size_t start = c.at;
  std::size_t depth = 1;
  while (!c.done()) {
    const char ch = c.text[c.at];
    const auto byte = static_cast<unsigned char>(ch);
    if (ch == '(') {
      ++depth;
    } else if (ch == ')') {
      if (--depth == 0) {
        content = comment_content(c.text.substr(start, c.at - start));
        ++c.at;
        return true;
      }
    } else if (ch == '\\') {
      if (c.at + 1 >= c.text.size() || !is_comment_ascii(byte_of(c.text, c.at + 1))) return false;
      ++c.at;
    } else if (byte >= 0x80) {
      const std::size_t length = utf8_sequence_length(c.text.substr(c.at));
      if (length == 0) return false;
      c.at += length;
      continue;
    } else if (!is_comment_ascii(byte)) {
      return false;
    }
    ++c.at;
  }
  return false;  // unbalanced
}

// In a comment the writer escapes '(', ')' and '\', and a blank at either
// end, which a reader would otherwise take as part of the parentheses.
constexpr bool escaped_in_comment(std::string_view text, std::size_t i) noexcept {
  const char c = text[i];
  return c == '(' || c == ')' || c == '\\' || (is_blank(c) && (i == 0 || i + 1 == text.size()));
}

constexpr std::size_t comment_escaped_size(std::string_view text) noexcept {
  std::size_t size = text.size();
  for (std::size_t i = 0; i < text.size(); ++i) size += escaped_in_comment(text, i) ? 1U : 0U;
  return size;
}

// port = 1*DIGIT (RFC 3261 section 25.1); sipcodes takes at most 5 digits
// and a value of at most 65535, the ports a transport has (docs/choices.md).
constexpr bool is_port(std::string_view port) noexcept {
  if (port.empty() || port.size() > 5) return false;
  std::uint32_t value = 0;
  for (char c : port) {
    if (!is_digit(c)) return false;
    value = value * 10 + static_cast<std::uint32_t>(c - '0');
  }
  return value <= 65535;
}

// warn-agent = hostport / pseudonym; pseudonym = token; hostport = host
// [ ":" port ]. Every hostname and IPv4address is a token too, so an agent of
// token characters is a warn-agent whatever it looks like ("a..b" is a
// pseudonym); one with ':', '[' or ']' must be a host and a port by the
// grammar ("a..b:5060" is not).
constexpr bool is_warn_agent(std::string_view agent) noexcept {
  if (agent.empty()) return false;
  bool token = true;
  for (char c : agent) token = token && is_token_char(c);
  if (token) return true;
  std::size_t port_colon = std::string_view::npos;
  if (agent.front() == '[') {
    const std::size_t close = agent.find(']');
    if (close == std::string_view::npos || !is_ipv6_reference(agent.substr(0, close + 1))) return false;
    if (close + 1 == agent.size()) return true;
    if (agent[close + 1] != ':') return false;
    port_colon = close + 1;
  } else {
    port_colon = agent.find(':');
    if (port_colon == std::string_view::npos) return false;  // neither a token nor a hostport
    const std::string_view host = agent.substr(0, port_colon);
    if (!is_hostname(host) && !is_ipv4_address(host)) return false;
  }
  return is_port(agent.substr(port_colon + 1));
}

}  // namespace detail

/// Parses a Retry-After field value: `18000;duration=3600`, `120 (I'm in a
/// meeting)`. White space (SP, HTAB) may stand around the comment, ';' and
/// '='; CR and LF may not (unfold the header first). Other parameters are
/// checked for form (a value is a token, an IPv6 reference or a
/// quoted-string) and skipped; no name may come twice, in any case (RFC 3261
/// section 7.3.1). After an error `value` holds what was read before it.
[[nodiscard]] constexpr parse_result<retry_after_value, retry_after_error> parse_retry_after(
    std::string_view input) noexcept {
  parse_result<retry_after_value, retry_after_error> r{};
  retry_after_value& value = r.value;
  detail::cursor c{input, 0};
  detail::skip_blanks(c);
  if (c.done()) return detail::failed(r, retry_after_error::empty);
  if (!detail::read_delta_seconds(c, value.seconds)) return detail::failed(r, retry_after_error::bad_seconds);
  if (!c.done() && !detail::is_blank(c.text[c.at]) && !c.next_is('(') && !c.next_is(';'))
    return detail::failed(r, retry_after_error::bad_seconds);  // "120s"
  detail::skip_blanks(c);
  if (c.next_is('(') && !detail::read_comment(c, value.comment))
    return detail::failed(r, retry_after_error::bad_comment);

  const std::size_t params_start = c.at;
  for (;;) {
    detail::skip_blanks(c);
    if (c.done()) break;
    if (!c.take(';')) return detail::failed(r, retry_after_error::bad_separator);
    detail::skip_blanks(c);
    const std::size_t name_start = c.at;
    const std::string_view name = detail::read_token(c);
    if (name.empty() || detail::has_parameter(c.text.substr(params_start, name_start - params_start), name))
      return detail::failed(r, retry_after_error::bad_parameter);
    detail::skip_blanks(c);
    const bool has_value = c.take('=');
    detail::skip_blanks(c);
    if (detail::iequals(name, "duration")) {
      std::uint32_t duration = 0;
      if (!has_value || value.duration || !detail::read_delta_seconds(c, duration))
        return detail::failed(r, retry_after_error::bad_parameter);
      value.duration = duration;
    } else if (has_value && !detail::read_generic_value(c)) {
      return detail::failed(r, retry_after_error::bad_parameter);
    }
  }
  return r;
}
/// Refused for a temporary std::string: see parse_status_line.
template <class String, class = decltype(static_cast<const String*>(nullptr)->c_str())>
void parse_retry_after(const String&&) = delete;

/// The bytes write_retry_after writes; `bad_text` when the comment holds a
/// control character other than HTAB, or malformed UTF-8.
[[nodiscard]] constexpr size_result retry_after_size(std::uint32_t seconds, std::string_view comment = {},
                                                     std::optional<std::uint32_t> duration = std::nullopt) noexcept {
  if (!detail::is_quotable(comment)) return {0, write_error::bad_text};
  std::size_t size = detail::decimal_digits(seconds);
  if (!comment.empty()) size += 3 + detail::comment_escaped_size(comment);  // ` (` comment `)`
  if (duration) size += 10 + detail::decimal_digits(*duration);             // ";duration="
  return {size, write_error::none};
}

/// Writes a Retry-After field value into [first, last): `120`, `120 (I'm in
/// a meeting)`, `18000;duration=3600`, escaping '(', ')' and '\' in the
/// comment, and a blank at its ends; an empty comment is left out. No CRLF,
/// no NUL. Writes nothing, and says why, when retry_after_size refuses the
/// input or there is no room.
[[nodiscard]] constexpr write_result write_retry_after(char* first, char* last, std::uint32_t seconds,
                                                       std::string_view comment = {},
                                                       std::optional<std::uint32_t> duration = std::nullopt) noexcept {
  const write_error error = detail::check_room(retry_after_size(seconds, comment, duration), first, last);
  if (error != write_error::none) return {first, error};
  char* at = detail::put_number(first, seconds);
  if (!comment.empty()) {
    at = detail::put(at, " (");
    for (std::size_t i = 0; i < comment.size(); ++i) {
      if (detail::escaped_in_comment(comment, i)) *at++ = '\\';
      *at++ = comment[i];
    }
    *at++ = ')';
  }
  if (duration) at = detail::put_number(detail::put(at, ";duration="), *duration);
  return {at, write_error::none};
}

/// Parses the first warning-value of a Warning field value, such as
/// `370 pbx.example.com "Insufficient bandwidth"`, by RFC 3261's grammar:
///   warning-value = warn-code SP warn-agent SP warn-text
/// The warn-code is any three digits (warning_text names those the registry
/// has); the warn-agent a host with an optional port, or a token. Exactly one
/// SP follows the code and the agent; the warn-text, a quoted-string, may
/// have more white space before it. White space may stand before the value
/// and before a ','; CR and LF are refused (unfold the header first). When a
/// ',' follows, `value.rest` is the remainder, the next value, which is never
/// empty and never starts with another ',' (*(COMMA warning-value) wants a
/// value after each ',').
[[nodiscard]] constexpr parse_result<warning_value, warning_error> parse_warning(std::string_view input) noexcept {
  parse_result<warning_value, warning_error> r{};
  warning_value& value = r.value;
  detail::cursor c{input, 0};
  detail::skip_blanks(c);
  if (c.done()) return detail::failed(r, warning_error::empty);
  const std::size_t code_start = c.at;
  while (c.next_is_digit() && c.at - code_start < 4) value.code = value.code * 10 + detail::digit_value(c.text[c.at++]);
  if (c.at - code_start != 3 || c.next_is_digit()) return detail::failed(r, warning_error::bad_code);
  if (!c.take(' ') || c.done() || detail::is_blank(c.text[c.at]))
    return detail::failed(r, warning_error::bad_separator);  // warn-code SP warn-agent

  const std::size_t agent_start = c.at;
  while (!c.done() && !detail::is_blank(c.text[c.at]) && !c.next_is('"')) ++c.at;
  value.agent = c.text.substr(agent_start, c.at - agent_start);
  if (!detail::is_warn_agent(value.agent)) return detail::failed(r, warning_error::bad_agent);
  if (!c.take(' ')) return detail::failed(r, warning_error::bad_separator);  // warn-agent SP warn-text
  detail::skip_blanks(c);                                                    // quoted-string = SWS DQUOTE ...

  if (!detail::read_quoted_string(c, value.text)) return detail::failed(r, warning_error::bad_text);
  detail::skip_blanks(c);
  if (c.done()) return r;
  if (!c.take(',')) return detail::failed(r, warning_error::bad_separator);
  detail::skip_blanks(c);
  if (c.done() || c.next_is(','))  // a ',' with no value after it, or an empty one before the next
    return detail::failed(r, warning_error::bad_separator);
  value.rest = c.rest();
  return r;
}
/// Refused for a temporary std::string: see parse_status_line.
template <class String, class = decltype(static_cast<const String*>(nullptr)->c_str())>
void parse_warning(const String&&) = delete;

/// The bytes write_warning writes; `bad_code` outside 300..999 (1xx and 2xx
/// "have been taken by HTTP/1.1", RFC 3261 section 20.43), `bad_agent` for an
/// agent that is neither host[":"port] nor a token by the grammar, `bad_text`
/// for a text with control characters or malformed UTF-8. An empty text
/// means the registry's warn-text for the code ("" for a code it does not
/// have).
[[nodiscard]] constexpr size_result warning_size(int code, std::string_view agent,
                                                 std::string_view text = {}) noexcept {
  if (code < 300 || code > 999) return {0, write_error::bad_code};
  if (!detail::is_warn_agent(agent)) return {0, write_error::bad_agent};
  if (text.empty()) text = warning_text(code);
  if (!detail::is_quotable(text)) return {0, write_error::bad_text};
  return {3 + 1 + agent.size() + 1 + 2 + detail::escaped_size(text), write_error::none};
}

/// Writes a warning-value into [first, last): `370 pbx.example.com
/// "Insufficient bandwidth"`, escaping '"' and '\' in the text as a
/// quoted-string requires. An empty text writes the registry's warn-text.
/// No CRLF, no NUL. Writes nothing, and says why, when warning_size refuses
/// the input or there is no room.
[[nodiscard]] constexpr write_result write_warning(char* first, char* last, int code, std::string_view agent,
                                                   std::string_view text = {}) noexcept {
  const write_error error = detail::check_room(warning_size(code, agent, text), first, last);
  if (error != write_error::none) return {first, error};
  if (text.empty()) text = warning_text(code);
  char* at = detail::put_number(first, static_cast<std::uint32_t>(code));
  *at++ = ' ';
  at = detail::put(at, agent);
  at = detail::put(at, " \"");
  for (char c : text) {
    if (c == '"' || c == '\\') *at++ = '\\';
    *at++ = c;
  }
  *at++ = '"';
  return {at, write_error::none};
}

// ===========================================================================
// 5. Rules: the header fields a response with a given code carries,
//    Retry-After among them (RFC 3261 section 20.33 and Table 3), and when a
//    client may send the same request again
// ===========================================================================
// The header rules are the one home of these facts: every sentence of RFC
// 3261, of RFC 3311 (UPDATE) and of the RFCs that define the table's codes
// that ties a header field a response adds to a code is a header_rule,
// Retry-After's included, and allows_retry_after and retry_after_rules are
// read from those rows. What every response copies from its request (Via,
// From, To, Call-ID and CSeq, RFC 3261 section 8.2.6.2; Record-Route into a
// response that establishes a dialog, section 12.1.1) is no code's rule.

/// The keyword of the RFC sentence that ties a header field to a response.
enum class requirement : std::uint8_t { must, should, may };

/// A name for display: "MUST".
[[nodiscard]] constexpr std::string_view to_string(requirement r) noexcept {
  constexpr std::string_view names[] = {"MUST", "SHOULD", "MAY"};
  return detail::name_at(names, static_cast<std::size_t>(r));
}

/// A header field that a response with `code` carries, at `level`, as the
/// section says. Where `one_of` is set, the level applies to the group of the
/// code's `one_of` rows: the response carries whichever of them fits the
/// problem (415: Accept, Accept-Encoding or Accept-Language). A rule holds
/// for responses to every method unless `method` names one, and always
/// unless `condition` says when. A condition opens with the word that ties it
/// to the rule ("when", "unless", "if", "as"), so that it reads after a comma:
/// "Retry-After MAY, when the condition is temporary".
struct header_rule {
  status code;                 ///< the response, status::method_not_allowed
  requirement level;           ///< the sentence's keyword: MUST, SHOULD or MAY
  bool one_of;                 ///< the keyword covers one of the code's one_of rows, not each
  std::uint16_t rfc;           ///< the RFC of the sentence, 3261
  std::string_view header;     ///< the header field, "Allow"
  std::string_view section;    ///< the section of the sentence, "21.4.6"
  std::string_view method;     ///< the request method the rule is for, "REGISTER"; "" for any
  std::string_view condition;  ///< when the rule applies, in words, "when ..."; "" for always
};

/// A code on which a Retry-After header field is meaningful, with the
/// section of RFC 3261 that lists it; header_rules(code) has the sentences.
struct retry_after_rule {
  status code;               ///< status::busy_here
  std::uint16_t rfc;         ///< 3261
  std::string_view section;  ///< "20.33"
};

/// What RFC 3261 lets a client do after a final response, given the
/// Retry-After seconds that came with it, if any: whether it may send the
/// same request again unchanged, and when. `applies` is set for the codes
/// whose retry RFC 3261 speaks of: the eight that may carry Retry-After
/// (404, 413, 480, 486, 500, 503, 600, 603), 408 and 491; for every other
/// value nothing is set (`treated_as` is nullopt), which says nothing of a
/// changed request (after a 401 with credentials, say): see the code's
/// description.
struct retry_advice {
  bool applies = false;  ///< RFC 3261 says whether, and when, the same request may go again
  /// The same request may go again, unchanged, to the same server; after a
  /// 491, the re-INVITE (or the UPDATE) once more.
  bool may_retry = false;
  /// Not before this many seconds: the Retry-After value. nullopt with
  /// `may_retry` means no Retry-After time: 500 "after several seconds", 408
  /// "at any later time", 491 after a random wait (`section` says which).
  std::optional<std::uint32_t> after;
  bool try_elsewhere = false;  ///< 503: SHOULD try an alternate server meanwhile
  /// Whose rules apply: the code itself, or 500 for a 503 without
  /// Retry-After; nullopt when `applies` is not set.
  std::optional<status> treated_as;
  std::string_view section;  ///< the RFC 3261 section the advice comes from
};

namespace detail {

inline constexpr std::string_view any_method = ""sv;
inline constexpr std::string_view always = ""sv;

// Sorted by code; each code's rows are one run. A code with no row is one
// that no sentence of those RFCs ties a header field to, with two kinds of
// rule left out on purpose: what a 2xx carries by the method it answers (the
// Contact of a 2xx that establishes a dialog, RFC 3261 section 12.1.1; the
// bindings of a 2xx to REGISTER, section 10.3; section 13.3.1.4 for an
// INVITE), and what every response copies from its request (see above).
// 180 to 183 carry Contact (MUST) when, answering an INVITE with a To tag,
// they establish an early dialog (sections 12.1 and 12.1.1); 100 establishes
// none (section 12.1 names 101-199), nor does 199, which RFC 6228 section 5
// sends on an early dialog an earlier response established, to end it.
// 300's Contact is section 21.3.1's SHOULD, for any request; 301 and 302
// have section 13.3.1.2's, for an INVITE: sections 21.3.2 to 21.3.4 bind the
// client's retry (301, 302) or access (305) to the Contact, not the
// response's inclusion of it. 404's Retry-After is section 20.33's "can be
// used with" (Table 3: optional), read as MAY. RFC 3311 section 5.2 gives
// UPDATE what RFC 3261 sections 13.3.1.3 and 14.2 give INVITE: a 488 with
// Warning, and a 500 with Retry-After.
// RFC 3261 section 12.1: a 101-199 response with a To tag to an INVITE
// establishes an early dialog; section 12.1.1: its Contact.
inline constexpr std::string_view early_dialog = "when the response carries a To tag, establishing an early dialog"sv;

inline constexpr header_rule header_rule_rows[] = {
    {status::ringing, requirement::must, false, 3261, "Contact"sv, "12.1.1"sv, "INVITE"sv, early_dialog},
    {status::call_is_being_forwarded, requirement::must, false, 3261, "Contact"sv, "12.1.1"sv, "INVITE"sv,
     early_dialog},
    {status::queued, requirement::must, false, 3261, "Contact"sv, "12.1.1"sv, "INVITE"sv, early_dialog},
    {status::session_progress, requirement::must, false, 3261, "Contact"sv, "12.1.1"sv, "INVITE"sv, early_dialog},
    {status::early_dialog_terminated, requirement::must, false, 6228, "Reason"sv, "5"sv, any_method, always},
    {status::multiple_choices, requirement::should, false, 3261, "Contact"sv, "21.3.1"sv, any_method, always},
    {status::moved_permanently, requirement::should, false, 3261, "Contact"sv, "13.3.1.2"sv, "INVITE"sv, always},
    {status::moved_temporarily, requirement::should, false, 3261, "Contact"sv, "13.3.1.2"sv, "INVITE"sv, always},
    {status::unauthorized, requirement::must, false, 3261, "WWW-Authenticate"sv, "22.2"sv, any_method, always},
    {status::not_found, requirement::may, false, 3261, "Retry-After"sv, "20.33"sv, any_method, always},
    {status::method_not_allowed, requirement::must, false, 3261, "Allow"sv, "21.4.6"sv, any_method, always},
    {status::proxy_authentication_required, requirement::must, false, 3261, "Proxy-Authenticate"sv, "22.3"sv,
     any_method, always},
    {status::request_entity_too_large, requirement::should, false, 3261, "Retry-After"sv, "21.4.11"sv, any_method,
     "when the condition is temporary; the value says after what time the client MAY try again"sv},
    {status::unsupported_media_type, requirement::must, true, 3261, "Accept"sv, "21.4.13"sv, any_method, always},
    {status::unsupported_media_type, requirement::must, true, 3261, "Accept-Encoding"sv, "21.4.13"sv, any_method,
     always},
    {status::unsupported_media_type, requirement::must, true, 3261, "Accept-Language"sv, "21.4.13"sv, any_method,
     always},
    {status::unknown_resource_priority, requirement::may, false, 4412, "Accept-Resource-Priority"sv, "4.6.2"sv,
     any_method, "as local policy decides"sv},
    {status::bad_extension, requirement::must, false, 3261, "Unsupported"sv, "21.4.15"sv, any_method, always},
    {status::extension_required, requirement::must, false, 3261, "Require"sv, "21.4.16"sv, any_method, always},
    {status::extension_required, requirement::must, false, 3329, "Security-Server"sv, "2.3.2"sv, any_method,
     "when a server whose policy requires the security agreement gets a request without sec-agree"sv},
    {status::session_interval_too_small, requirement::must, false, 4028, "Min-SE"sv, "6"sv, any_method, always},
    {status::interval_too_brief, requirement::must, false, 3261, "Min-Expires"sv, "10.3"sv, "REGISTER"sv, always},
    {status::interval_too_brief, requirement::must, false, 3903, "Min-Expires"sv, "6"sv, "PUBLISH"sv, always},
    {status::interval_too_brief, requirement::may, false, 6665, "Min-Expires"sv, "4.2.1.1"sv, "SUBSCRIBE"sv,
     "if and only if the Expires interval is greater than zero, smaller than one hour and less than the "
     "notifier's configured minimum"sv},
    {status::bad_location_information, requirement::must, false, 6442, "Geolocation-Error"sv, "4.3"sv, any_method,
     always},
    {status::bad_alert_message, requirement::must, false, 8876, "AlertMsg-Error"sv, "5.1"sv, any_method, always},
    {status::bad_info_package, requirement::must, false, 6086, "Recv-Info"sv, "4.2.2"sv, any_method, always},
    {status::consent_needed, requirement::should, false, 5360, "Permission-Missing"sv, "5.9.2"sv, any_method, always},
    {status::temporarily_unavailable, requirement::may, false, 3261, "Retry-After"sv, "21.4.18"sv, any_method, always},
    {status::ambiguous, requirement::may, false, 3261, "Contact"sv, "21.4.23"sv, any_method, always},
    {status::ambiguous, requirement::should, false, 3261, "Contact"sv, "16.5"sv, any_method,
     "when a proxy that cannot determine the target set sends the 485"sv},
    {status::busy_here, requirement::may, false, 3261, "Retry-After"sv, "21.4.24"sv, any_method, always},
    {status::not_acceptable_here, requirement::should, false, 3261, "Warning"sv, "13.3.1.3"sv, "INVITE"sv,
     "when a UAS rejects the offer of an INVITE"sv},
    {status::not_acceptable_here, requirement::should, false, 3311, "Warning"sv, "5.2"sv, "UPDATE"sv,
     "when a UAS rejects the session description of an UPDATE"sv},
    {status::security_agreement_required, requirement::must, false, 3329, "Security-Server"sv, "2.3.1"sv, any_method,
     always},
    {status::security_agreement_required, requirement::must, false, 3329, "Require"sv, "2.3.2"sv, any_method,
     "when the server initiated the agreement (sec-agree only in Supported); the Require carries sec-agree"sv},
    {status::server_internal_error, requirement::may, false, 3261, "Retry-After"sv, "21.5.1"sv, any_method,
     "when the condition is temporary"sv},
    {status::server_internal_error, requirement::must, false, 3261, "Retry-After"sv, "14.2"sv, "INVITE"sv,
     "when a UAS gets a second INVITE on a dialog before it has sent the final response to a first one with a "
     "lower CSeq; the value is chosen at random, 0 to 10 seconds"sv},
    {status::server_internal_error, requirement::must, false, 3311, "Retry-After"sv, "5.2"sv, "UPDATE"sv,
     "when a UAS gets an UPDATE before it has sent the final response to a previous UPDATE on the same dialog; "
     "the value is chosen at random, 0 to 10 seconds"sv},
    {status::server_internal_error, requirement::must, false, 3311, "Retry-After"sv, "5.2"sv, "UPDATE"sv,
     "when an UPDATE with an offer arrives while an offer the UAS received (in an UPDATE, PRACK or INVITE) is "
     "not yet answered; the value is chosen at random, 0 to 10 seconds"sv},
    {status::service_unavailable, requirement::may, false, 3261, "Retry-After"sv, "21.5.4"sv, any_method, always},
    {status::busy_everywhere, requirement::may, false, 3261, "Retry-After"sv, "21.6.1"sv, any_method, always},
    {status::decline, requirement::may, false, 3261, "Retry-After"sv, "21.6.2"sv, any_method, always},
    {status::not_acceptable_anywhere, requirement::may, false, 3261, "Warning"sv, "21.6.4"sv, any_method, always},
    {status::rejected, requirement::must, false, 8688, "Call-Info"sv, "3.1"sv, any_method,
     "when it answers an INVITE, MESSAGE, SUBSCRIBE or other out-of-dialog request, unless there are signs that "
     "the caller would misuse it; with purpose=jwscard, referring to a signed jCard"sv},
};

constexpr bool is_retry_after_rule(const header_rule& rule) noexcept { return rule.header == "Retry-After"sv; }

// Row i is the first Retry-After row of its code.
constexpr bool opens_retry_after_code(std::size_t i) noexcept {
  if (!is_retry_after_rule(header_rule_rows[i])) return false;
  for (std::size_t j = 0; j < i; ++j) {
    if (header_rule_rows[j].code == header_rule_rows[i].code && is_retry_after_rule(header_rule_rows[j])) return false;
  }
  return true;
}

constexpr std::size_t count_retry_after_codes() noexcept {
  std::size_t n = 0;
  for (std::size_t i = 0; i < std::size(header_rule_rows); ++i) n += opens_retry_after_code(i) ? 1U : 0U;
  return n;
}

// The codes of the Retry-After header rules, ascending, each citing section
// 20.33, where RFC 3261 lists them; made from header_rule_rows at compile time.
struct retry_after_table {
  retry_after_rule rows[count_retry_after_codes()];
};

constexpr retry_after_table make_retry_after_table() noexcept {
  retry_after_table out{};
  std::size_t n = 0;
  for (std::size_t i = 0; i < std::size(header_rule_rows); ++i) {
    if (opens_retry_after_code(i)) out.rows[n++] = {header_rule_rows[i].code, 3261, "20.33"sv};
  }
  return out;
}

inline constexpr retry_after_table retry_after_rows = make_retry_after_table();

constexpr retry_advice retry_at(status code, std::optional<std::uint32_t> after, std::string_view section) noexcept {
  retry_advice advice{};
  advice.applies = true;
  advice.may_retry = true;
  advice.after = after;
  advice.treated_as = code;
  advice.section = section;
  return advice;
}

constexpr retry_advice no_retry(status code, std::string_view section) noexcept {
  retry_advice advice{};
  advice.applies = true;
  advice.treated_as = code;
  advice.section = section;
  return advice;
}

}  // namespace detail

/// Every header rule, ascending by code.
[[nodiscard]] constexpr row_view<header_rule> header_rules() noexcept { return detail::header_rule_rows; }

/// The header rules of one code: the header fields a response with it adds,
/// by the sentences of RFC 3261, RFC 3311 and the RFCs that define the
/// table's codes. Empty for a code those give none (a 2xx: its header fields
/// follow the method it answers; see header_rule), and for any value that is
/// not a code of the table.
[[nodiscard]] constexpr row_view<header_rule> header_rules(int code) noexcept {
  if (!is_known(code)) return {};
  const detail::run r = detail::run_of(detail::header_rule_rows, static_cast<status>(code));
  return {detail::header_rule_rows + r.first, r.last - r.first};
}
[[nodiscard]] constexpr row_view<header_rule> header_rules(status s) noexcept {
  return header_rules(detail::to_int(s));
}

/// The codes that may carry Retry-After, ascending, each citing RFC 3261
/// section 20.33: the codes of the Retry-After header rules.
[[nodiscard]] constexpr row_view<retry_after_rule> retry_after_rules() noexcept {
  return detail::retry_after_rows.rows;
}

/// True when a response with this code may carry Retry-After, that is when a
/// header rule of the code names it: 404, 413, 480, 486, 500, 503, 600 and
/// 603 (RFC 3261 section 20.33 and Table 3).
[[nodiscard]] constexpr bool allows_retry_after(int code) noexcept {
  for (const header_rule& rule : header_rules(code)) {
    if (detail::is_retry_after_rule(rule)) return true;
  }
  return false;
}
[[nodiscard]] constexpr bool allows_retry_after(status s) noexcept { return allows_retry_after(detail::to_int(s)); }

/// When the client may send the same request again after a final response
/// `code` that came with `retry_after` seconds (parse_retry_after(...).value
/// .seconds), or without Retry-After (nullopt). From RFC 3261:
/// - 404, 413, 480, 486, 600, 603: with Retry-After, again after that time
///   (sections 20.33, 21.4.11, 21.4.18, 21.4.24, 21.6.1, 21.6.2); without it,
///   not unchanged (4xx: section 21.4; 6xx: definitive, section 21.6).
/// - 500: again, after Retry-After or "after several seconds" (21.5.1).
/// - 503: with Retry-After, again after it; without it, as after a 500
///   (MUST); either way SHOULD try an alternate server meanwhile (21.5.4).
/// - 408: again, unchanged, "at any later time" (MAY, 21.4.9).
/// - 491: the re-INVITE once more after a random time, 2.1 to 4 seconds
///   when the client owns the dialog's Call-ID, else 0 to 2 (SHOULD, 14.1);
///   RFC 3311 section 5.3 says the same of an UPDATE, so the advice, which
///   cites RFC 3261, holds for either.
/// A Retry-After on 408 or 491, which section 20.33 does not list, is not
/// read. `applies` says RFC 3261 speaks of a retry of the same request
/// unchanged; a changed request (credentials after a 401, say) is the
/// code's description's matter.
[[nodiscard]] constexpr retry_advice retry_advice_for(
    int code, std::optional<std::uint32_t> retry_after = std::nullopt) noexcept {
  if (code == detail::to_int(status::request_timeout)) return detail::retry_at(status::request_timeout, {}, "21.4.9");
  if (code == detail::to_int(status::request_pending)) return detail::retry_at(status::request_pending, {}, "14.1");
  if (!allows_retry_after(code)) return {};
  // One test per code, not a switch over status, which would have to name
  // every enumerator (-Wswitch-enum).
  const auto s = static_cast<status>(code);
  if (s == status::server_internal_error) return detail::retry_at(s, retry_after, "21.5.1");
  if (s == status::service_unavailable) {
    retry_advice advice = detail::retry_at(retry_after ? s : status::server_internal_error, retry_after, "21.5.4");
    advice.try_elsewhere = true;
    return advice;
  }
  if (s == status::not_found)
    return retry_after ? detail::retry_at(s, retry_after, "20.33") : detail::no_retry(s, "21.4");
  if (s == status::request_entity_too_large)
    return retry_after ? detail::retry_at(s, retry_after, "21.4.11") : detail::no_retry(s, "21.4");
  if (s == status::temporarily_unavailable)
    return retry_after ? detail::retry_at(s, retry_after, "21.4.18") : detail::no_retry(s, "21.4");
  if (s == status::busy_here)
    return retry_after ? detail::retry_at(s, retry_after, "21.4.24") : detail::no_retry(s, "21.4");
  if (s == status::busy_everywhere)
    return retry_after ? detail::retry_at(s, retry_after, "21.6.1") : detail::no_retry(s, "21.6");
  // decline, the last of the eight
  return retry_after ? detail::retry_at(s, retry_after, "21.6.2") : detail::no_retry(s, "21.6");
}
[[nodiscard]] constexpr retry_advice retry_advice_for(
    status s, std::optional<std::uint32_t> retry_after = std::nullopt) noexcept {
  return retry_advice_for(detail::to_int(s), retry_after);
}

/// A header rule's condition in a language: the pack's, else English; ""
/// for a rule that always holds.
[[nodiscard]] constexpr std::string_view condition(const header_rule& rule, const language_pack& pack) noexcept {
  return rule.condition.empty() ? rule.condition : detail::in_pack(rule.condition, pack);
}

namespace detail {

constexpr bool has_text(const language_pack& pack, std::string_view english) noexcept {
  for (const text_translation& t : pack.texts) {
    if (t.english == english) return true;
  }
  return false;
}

// A text of the core that a pack translates: a condition or a source.
constexpr bool is_core_text(std::string_view text) noexcept {
  for (const header_rule& rule : header_rule_rows) {
    if (!rule.condition.empty() && rule.condition == text) return true;
  }
  for (const alias& a : alias_rows) {
    if (a.source == text) return true;
  }
  return false;
}

// Every condition and source has a row, and every row is one of them, once.
constexpr bool covers_texts(const language_pack& pack) noexcept {
  for (const header_rule& rule : header_rule_rows) {
    if (!rule.condition.empty() && !has_text(pack, rule.condition)) return false;
  }
  for (const alias& a : alias_rows) {
    if (!has_text(pack, a.source)) return false;
  }
  for (std::size_t i = 0; i < pack.texts.size(); ++i) {
    if (!is_core_text(pack.texts[i].english)) return false;
    for (std::size_t j = 0; j < i; ++j) {
      if (pack.texts[j].english == pack.texts[i].english) return false;
    }
  }
  return true;
}

}  // namespace detail

// Declared with the other lookups of a pack (section 2).
[[nodiscard]] constexpr bool covers_all(const language_pack& pack) noexcept {
  if (pack.rows.size() != detail::row_count) return false;
  bool seen[detail::row_count] = {};
  for (const translation& t : pack.rows) {
    const std::size_t row = detail::row_plus_one(detail::to_int(t.code));
    if (row == 0 || seen[row - 1]) return false;
    seen[row - 1] = true;
  }
  constexpr std::size_t warn_count = std::size(detail::warn_code_rows);
  if (pack.warnings.size() != warn_count) return false;
  bool warned[warn_count] = {};
  for (const warning_translation& t : pack.warnings) {
    const std::size_t row = detail::warn_code_plus_one(t.code);
    if (row == 0 || warned[row - 1]) return false;
    warned[row - 1] = true;
  }
  return detail::covers_texts(pack);
}

SIPCODES_NAMESPACE_END

#undef SIPCODES_DETAIL_STATUS_TABLE
#undef SIPCODES_DETAIL_ALIAS_TABLE

#endif  // SIPCODES_SIPCODES_HPP
