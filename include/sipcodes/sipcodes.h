/* sipcodes.h: GENERATED, do not edit.
 *
 * cmake/c_headers/generate_c_headers.cpp wrote it from include/sipcodes/sipcodes.hpp
 * (sipcodes 2.1.0) and the template cmake/c_headers/sipcodes.h.in, which holds
 * its C functions. To change it, change one of those and regenerate
 * (from the top of the source tree; any top-level build will do):
 *     cmake -S . -B build && cmake --build build --target sipcodes_c_headers
 * The test c_headers_up_to_date fails while it differs from what the
 * generator writes. */

/*
 * sipcodes.h: every SIP response code in one table, for C (C99 and later)
 * and C++. The table and every answer are those of the C++ header
 * <sipcodes/sipcodes.hpp>; a test compares the two for every int.
 *
 * Copyright (c) 2026 the sipcodes authors.
 * Distributed under the Boost Software License, Version 1.0
 * (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
 *
 * The file is self-contained and pure ASCII: install sipcodes, or copy this
 * one file into a tree. Its data and functions are compiled in the one
 * translation unit of a program that defines SIPCODES_IMPLEMENTATION before
 * including it:
 *
 *     #define SIPCODES_IMPLEMENTATION
 *     #include <sipcodes/sipcodes.h>
 *
 * Every other unit includes it as it is. The one-load lookups
 * (sipcodes_reason_phrase, sipcodes_is_known, sipcodes_fallback, the class
 * tests) are static inline functions over that one copy of the data, so
 * they cost no call. Defining SIPCODES_STATIC before every include of the
 * header in a unit gives that unit a private copy of what it uses instead
 * (docs/choices.md measures both ways); a unit that defines it before some
 * of its sipcodes headers and not before others does not compile.
 *
 * The linker knows the functions and data of the one copy by names that
 * carry the version and what to do when they are missing: a program in
 * which no unit defines SIPCODES_IMPLEMENTATION fails to link on names such
 * as sipcodes_find_v2_1_0_define_SIPCODES_IMPLEMENTATION_in_one_file, and
 * two plugins in one process that each hold a copy of another version stay
 * apart. A shared library or plugin that holds its copy and exports none of
 * it defines SIPCODES_API as __attribute__((visibility("hidden"))) for
 * every unit (docs/c.md, "Plugins and shared libraries").
 *
 * Nothing allocates, nothing writes global state, and every function is
 * total: any int is a code (known or not), any enum value is accepted, and a
 * NULL text is read as the empty text whatever its length.
 *
 * 1. The table
 *   enum sipcodes_status      SIPCODES_STATUS_TRYING = 100 ... SIPCODES_STATUS_REJECTED = 608
 *   enum sipcodes_class       SIPCODES_CLASS_INVALID = 0, _PROVISIONAL, _SUCCESS, _REDIRECTION,
 *                             _CLIENT_ERROR, _SERVER_ERROR, _GLOBAL_FAILURE
 *   enum sipcodes_lifecycle   SIPCODES_LIFECYCLE_CURRENT, _DEPRECATED, _RESERVED, _HISTORIC
 *   struct sipcodes_info      code, name, reason, cls, rfc, section, lifecycle, description,
 *                             aliases, alias_count
 *   struct sipcodes_alias     code, phrase, source
 *   const struct sipcodes_info *sipcodes_all(size_t *count);   ascending by code
 *   struct sipcodes_warn_code_info  code, rfc, text, section, description
 *   const struct sipcodes_warn_code_info *sipcodes_warn_codes(size_t *count);
 *
 * 2. Lookups
 *   const struct sipcodes_info *sipcodes_find(int code);      NULL when not in the table
 *   int sipcodes_is_valid(int code);                          100..699 (RFC 3261 section 7.2)
 *   int sipcodes_is_known(int code);                          in the table
 *   const char *sipcodes_reason_phrase(int code);             "Busy Here"; ""
 *   const char *sipcodes_description(int code);               English; ""
 *   enum sipcodes_class sipcodes_class_of(int code);
 *   int sipcodes_is_provisional(int), sipcodes_is_success(int), sipcodes_is_redirection(int),
 *       sipcodes_is_client_error(int), sipcodes_is_server_error(int),
 *       sipcodes_is_global_failure(int), sipcodes_is_final(int);
 *   int sipcodes_fallback(int code);                          what a UAC acts on; 0 outside 100..699
 *   int sipcodes_from_reason(const char *text, size_t length);   "busy here" -> 486; 0
 *   int sipcodes_from_name(const char *name, size_t length);     "busy_here" -> 486; 0
 *   const struct sipcodes_warn_code_info *sipcodes_find_warn_code(int code);   NULL
 *   const char *sipcodes_warning_text(int code), *sipcodes_warning_description(int code);   ""
 *   const char *sipcodes_class_string(enum sipcodes_class), *sipcodes_lifecycle_string(...),
 *              *sipcodes_write_error_string(...), *sipcodes_line_error_string(...);
 *
 * 3. Status lines (RFC 3261 sections 7.2 and 25.1)
 *   int sipcodes_is_valid_reason_phrase(const char *text, size_t length);
 *   enum sipcodes_write_error  SIPCODES_WRITE_NONE = 0, _BAD_CODE, _BAD_REASON, _NO_ROOM
 *   enum sipcodes_write_error sipcodes_status_line_size(int code, const char *reason,
 *                                                       size_t reason_length, size_t *size);
 *   enum sipcodes_write_error sipcodes_write_status_line(char *buffer, size_t capacity, int code,
 *                                                        const char *reason, size_t reason_length,
 *                                                        size_t *length);
 *   enum sipcodes_line_error   SIPCODES_LINE_NONE = 0, _EMPTY, _BAD_PROTOCOL, ...
 *   struct sipcodes_status_line  code, reason, reason_length, version_major, version_minor,
 *                                rest, rest_length
 *   enum sipcodes_line_error sipcodes_parse_status_line(const char *input, size_t length,
 *                                                       struct sipcodes_status_line *line);
 */

#ifndef SIPCODES_H
#define SIPCODES_H

/* Two different versions of sipcodes must not meet in one translation unit
   (the C++ header says the same from its side). */
#if defined(SIPCODES_VERSION_MAJOR) && \
    (SIPCODES_VERSION_MAJOR != 2 || SIPCODES_VERSION_MINOR != 1 || SIPCODES_VERSION_PATCH != 0)
#error "two versions of sipcodes meet in one translation unit: sipcodes.h is 2.1.0, and another version was included before it"
#endif

/* The version of sipcodes; the same macros, with the same values, as the C++ header's. */
#define SIPCODES_VERSION_MAJOR 2
#define SIPCODES_VERSION_MINOR 1
#define SIPCODES_VERSION_PATCH 0

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* What the functions and the data that the inline lookups read are
   declared with when one unit of the program holds them (the unit that
   defines SIPCODES_IMPLEMENTATION): nothing by default, so that they have
   the build's visibility. A shared library or plugin that holds its own
   copy and must not export it defines SIPCODES_API, in every unit that
   includes the headers, as __attribute__((visibility("hidden"))) (GCC,
   clang) or uses -fvisibility=hidden; a library that exports them from a
   DLL defines it as __declspec(dllexport) there and __declspec(dllimport)
   in its users. Unused under SIPCODES_STATIC, where every unit holds a
   private copy. */
#ifndef SIPCODES_API
#define SIPCODES_API
#endif

/* How the functions and the shared data are declared: once for the program
   (the unit that defines SIPCODES_IMPLEMENTATION holds them), or privately
   in each unit under SIPCODES_STATIC. The rest of the data is private to
   the unit that holds the functions. The choice is made at the unit's
   first sipcodes header and recorded in SIPCODES_DETAIL_MODE_STATIC (1
   under SIPCODES_STATIC), which the later headers, the add-ons' included,
   follow; a later header that finds SIPCODES_STATIC otherwise stops the
   build. */
#if defined(SIPCODES_STATIC)
#define SIPCODES_DETAIL_MODE_STATIC 1
#define SIPCODES_DETAIL_API static inline
#define SIPCODES_DETAIL_SHARED static
#else
#define SIPCODES_DETAIL_MODE_STATIC 0
#define SIPCODES_DETAIL_API extern SIPCODES_API
#define SIPCODES_DETAIL_SHARED SIPCODES_API
#endif

/* The link names. Every function and datum that the program holds once is
   known to the linker by its name, this version and what to do when it is
   missing: sipcodes_find is
   sipcodes_find_v2_1_0_define_SIPCODES_IMPLEMENTATION_in_one_file.
   So two copies of different versions in one process (two plugins that each
   vendor one) never share a symbol, a unit and an implementation of
   different versions do not link together, and a program in which no unit
   defines SIPCODES_IMPLEMENTATION fails to link with a message that says
   what to do. Code uses the short names. Under SIPCODES_STATIC the names
   are the unit's own and stay short. */
#if !SIPCODES_DETAIL_MODE_STATIC
#define SIPCODES_DETAIL_LINK_NAME(name) name##_v2_1_0_define_SIPCODES_IMPLEMENTATION_in_one_file
#define sipcodes_all SIPCODES_DETAIL_LINK_NAME(sipcodes_all)
#define sipcodes_warn_codes SIPCODES_DETAIL_LINK_NAME(sipcodes_warn_codes)
#define sipcodes_find SIPCODES_DETAIL_LINK_NAME(sipcodes_find)
#define sipcodes_description SIPCODES_DETAIL_LINK_NAME(sipcodes_description)
#define sipcodes_from_reason SIPCODES_DETAIL_LINK_NAME(sipcodes_from_reason)
#define sipcodes_from_name SIPCODES_DETAIL_LINK_NAME(sipcodes_from_name)
#define sipcodes_find_warn_code SIPCODES_DETAIL_LINK_NAME(sipcodes_find_warn_code)
#define sipcodes_warning_text SIPCODES_DETAIL_LINK_NAME(sipcodes_warning_text)
#define sipcodes_warning_description SIPCODES_DETAIL_LINK_NAME(sipcodes_warning_description)
#define sipcodes_class_string SIPCODES_DETAIL_LINK_NAME(sipcodes_class_string)
#define sipcodes_lifecycle_string SIPCODES_DETAIL_LINK_NAME(sipcodes_lifecycle_string)
#define sipcodes_is_valid_reason_phrase SIPCODES_DETAIL_LINK_NAME(sipcodes_is_valid_reason_phrase)
#define sipcodes_status_line_size SIPCODES_DETAIL_LINK_NAME(sipcodes_status_line_size)
#define sipcodes_write_status_line SIPCODES_DETAIL_LINK_NAME(sipcodes_write_status_line)
#define sipcodes_parse_status_line SIPCODES_DETAIL_LINK_NAME(sipcodes_parse_status_line)
#define sipcodes_write_error_string SIPCODES_DETAIL_LINK_NAME(sipcodes_write_error_string)
#define sipcodes_line_error_string SIPCODES_DETAIL_LINK_NAME(sipcodes_line_error_string)
#define sipcodes_detail_phrase_text SIPCODES_DETAIL_LINK_NAME(sipcodes_detail_phrase_text)
#define sipcodes_detail_reason_offset SIPCODES_DETAIL_LINK_NAME(sipcodes_detail_reason_offset)
#define sipcodes_detail_row_plus_one SIPCODES_DETAIL_LINK_NAME(sipcodes_detail_row_plus_one)
#define sipcodes_detail_fallback SIPCODES_DETAIL_LINK_NAME(sipcodes_detail_fallback)
#endif

/* A conversion that C++ compilers warning of C casts accept too. */
#ifdef __cplusplus
#define SIPCODES_DETAIL_CAST(type, value) (static_cast<type>(value))
#else
#define SIPCODES_DETAIL_CAST(type, value) ((type)(value))
#endif

/* The null pointer: nullptr in C++11 and later, which C++ compilers that
   warn of NULL and 0 as pointers (-Wzero-as-null-pointer-constant) accept;
   NULL in C. */
#if defined(__cplusplus) && (__cplusplus >= 201103L || (defined(_MSVC_LANG) && _MSVC_LANG >= 201103L))
#define SIPCODES_DETAIL_NULL nullptr
#else
#define SIPCODES_DETAIL_NULL NULL
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ===========================================================================
   1. The table
   =========================================================================== */

/* A code that the table knows, named after its IANA phrase (the C++
   enumerator in capitals). Functions take any int, known or not. */
enum sipcodes_status {
  SIPCODES_STATUS_TRYING = 100,  /* Trying */
  SIPCODES_STATUS_RINGING = 180,  /* Ringing */
  SIPCODES_STATUS_CALL_IS_BEING_FORWARDED = 181,  /* Call Is Being Forwarded */
  SIPCODES_STATUS_QUEUED = 182,  /* Queued */
  SIPCODES_STATUS_SESSION_PROGRESS = 183,  /* Session Progress */
  SIPCODES_STATUS_EARLY_DIALOG_TERMINATED = 199,  /* Early Dialog Terminated */
  SIPCODES_STATUS_OK = 200,  /* OK */
  SIPCODES_STATUS_ACCEPTED = 202,  /* Accepted */
  SIPCODES_STATUS_NO_NOTIFICATION = 204,  /* No Notification */
  SIPCODES_STATUS_MULTIPLE_CHOICES = 300,  /* Multiple Choices */
  SIPCODES_STATUS_MOVED_PERMANENTLY = 301,  /* Moved Permanently */
  SIPCODES_STATUS_MOVED_TEMPORARILY = 302,  /* Moved Temporarily */
  SIPCODES_STATUS_SEE_OTHER = 303,  /* See Other */
  SIPCODES_STATUS_USE_PROXY = 305,  /* Use Proxy */
  SIPCODES_STATUS_ALTERNATIVE_SERVICE = 380,  /* Alternative Service */
  SIPCODES_STATUS_BAD_REQUEST = 400,  /* Bad Request */
  SIPCODES_STATUS_UNAUTHORIZED = 401,  /* Unauthorized */
  SIPCODES_STATUS_PAYMENT_REQUIRED = 402,  /* Payment Required */
  SIPCODES_STATUS_FORBIDDEN = 403,  /* Forbidden */
  SIPCODES_STATUS_NOT_FOUND = 404,  /* Not Found */
  SIPCODES_STATUS_METHOD_NOT_ALLOWED = 405,  /* Method Not Allowed */
  SIPCODES_STATUS_NOT_ACCEPTABLE = 406,  /* Not Acceptable */
  SIPCODES_STATUS_PROXY_AUTHENTICATION_REQUIRED = 407,  /* Proxy Authentication Required */
  SIPCODES_STATUS_REQUEST_TIMEOUT = 408,  /* Request Timeout */
  SIPCODES_STATUS_CONFLICT = 409,  /* Conflict */
  SIPCODES_STATUS_GONE = 410,  /* Gone */
  SIPCODES_STATUS_LENGTH_REQUIRED = 411,  /* Length Required */
  SIPCODES_STATUS_CONDITIONAL_REQUEST_FAILED = 412,  /* Conditional Request Failed */
  SIPCODES_STATUS_REQUEST_ENTITY_TOO_LARGE = 413,  /* Request Entity Too Large */
  SIPCODES_STATUS_REQUEST_URI_TOO_LONG = 414,  /* Request-URI Too Long */
  SIPCODES_STATUS_UNSUPPORTED_MEDIA_TYPE = 415,  /* Unsupported Media Type */
  SIPCODES_STATUS_UNSUPPORTED_URI_SCHEME = 416,  /* Unsupported URI Scheme */
  SIPCODES_STATUS_UNKNOWN_RESOURCE_PRIORITY = 417,  /* Unknown Resource-Priority */
  SIPCODES_STATUS_BAD_EXTENSION = 420,  /* Bad Extension */
  SIPCODES_STATUS_EXTENSION_REQUIRED = 421,  /* Extension Required */
  SIPCODES_STATUS_SESSION_INTERVAL_TOO_SMALL = 422,  /* Session Interval Too Small */
  SIPCODES_STATUS_INTERVAL_TOO_BRIEF = 423,  /* Interval Too Brief */
  SIPCODES_STATUS_BAD_LOCATION_INFORMATION = 424,  /* Bad Location Information */
  SIPCODES_STATUS_BAD_ALERT_MESSAGE = 425,  /* Bad Alert Message */
  SIPCODES_STATUS_USE_IDENTITY_HEADER = 428,  /* Use Identity Header */
  SIPCODES_STATUS_PROVIDE_REFERRER_IDENTITY = 429,  /* Provide Referrer Identity */
  SIPCODES_STATUS_FLOW_FAILED = 430,  /* Flow Failed */
  SIPCODES_STATUS_ANONYMITY_DISALLOWED = 433,  /* Anonymity Disallowed */
  SIPCODES_STATUS_BAD_IDENTITY_INFO = 436,  /* Bad Identity Info */
  SIPCODES_STATUS_UNSUPPORTED_CREDENTIAL = 437,  /* Unsupported Credential */
  SIPCODES_STATUS_INVALID_IDENTITY_HEADER = 438,  /* Invalid Identity Header */
  SIPCODES_STATUS_FIRST_HOP_LACKS_OUTBOUND_SUPPORT = 439,  /* First Hop Lacks Outbound Support */
  SIPCODES_STATUS_MAX_BREADTH_EXCEEDED = 440,  /* Max-Breadth Exceeded */
  SIPCODES_STATUS_BAD_INFO_PACKAGE = 469,  /* Bad Info Package */
  SIPCODES_STATUS_CONSENT_NEEDED = 470,  /* Consent Needed */
  SIPCODES_STATUS_TEMPORARILY_UNAVAILABLE = 480,  /* Temporarily Unavailable */
  SIPCODES_STATUS_CALL_TRANSACTION_DOES_NOT_EXIST = 481,  /* Call/Transaction Does Not Exist */
  SIPCODES_STATUS_LOOP_DETECTED = 482,  /* Loop Detected */
  SIPCODES_STATUS_TOO_MANY_HOPS = 483,  /* Too Many Hops */
  SIPCODES_STATUS_ADDRESS_INCOMPLETE = 484,  /* Address Incomplete */
  SIPCODES_STATUS_AMBIGUOUS = 485,  /* Ambiguous */
  SIPCODES_STATUS_BUSY_HERE = 486,  /* Busy Here */
  SIPCODES_STATUS_REQUEST_TERMINATED = 487,  /* Request Terminated */
  SIPCODES_STATUS_NOT_ACCEPTABLE_HERE = 488,  /* Not Acceptable Here */
  SIPCODES_STATUS_BAD_EVENT = 489,  /* Bad Event */
  SIPCODES_STATUS_REQUEST_PENDING = 491,  /* Request Pending */
  SIPCODES_STATUS_UNDECIPHERABLE = 493,  /* Undecipherable */
  SIPCODES_STATUS_SECURITY_AGREEMENT_REQUIRED = 494,  /* Security Agreement Required */
  SIPCODES_STATUS_SERVER_INTERNAL_ERROR = 500,  /* Server Internal Error */
  SIPCODES_STATUS_NOT_IMPLEMENTED = 501,  /* Not Implemented */
  SIPCODES_STATUS_BAD_GATEWAY = 502,  /* Bad Gateway */
  SIPCODES_STATUS_SERVICE_UNAVAILABLE = 503,  /* Service Unavailable */
  SIPCODES_STATUS_SERVER_TIME_OUT = 504,  /* Server Time-out */
  SIPCODES_STATUS_VERSION_NOT_SUPPORTED = 505,  /* Version Not Supported */
  SIPCODES_STATUS_MESSAGE_TOO_LARGE = 513,  /* Message Too Large */
  SIPCODES_STATUS_PUSH_NOTIFICATION_SERVICE_NOT_SUPPORTED = 555,  /* Push Notification Service Not Supported */
  SIPCODES_STATUS_PRECONDITION_FAILURE = 580,  /* Precondition Failure */
  SIPCODES_STATUS_BUSY_EVERYWHERE = 600,  /* Busy Everywhere */
  SIPCODES_STATUS_DECLINE = 603,  /* Decline */
  SIPCODES_STATUS_DOES_NOT_EXIST_ANYWHERE = 604,  /* Does Not Exist Anywhere */
  SIPCODES_STATUS_NOT_ACCEPTABLE_ANYWHERE = 606,  /* Not Acceptable */
  SIPCODES_STATUS_UNWANTED = 607,  /* Unwanted */
  SIPCODES_STATUS_REJECTED = 608  /* Rejected */
};

/* The class of a response: the first digit of its code (RFC 3261 section
   7.2); numbered as the C++ status_class. */
enum sipcodes_class {
  SIPCODES_CLASS_INVALID = 0,
  SIPCODES_CLASS_PROVISIONAL = 1,
  SIPCODES_CLASS_SUCCESS = 2,
  SIPCODES_CLASS_REDIRECTION = 3,
  SIPCODES_CLASS_CLIENT_ERROR = 4,
  SIPCODES_CLASS_SERVER_ERROR = 5,
  SIPCODES_CLASS_GLOBAL_FAILURE = 6
};

/* Where a code stands today: in use; registered, but its RFCs say not to
   send it (202); registered with no defined meaning (402); from RFC 2543,
   dropped by RFC 3261 and not in the registry. */
enum sipcodes_lifecycle {
  SIPCODES_LIFECYCLE_CURRENT = 0,
  SIPCODES_LIFECYCLE_DEPRECATED = 1,
  SIPCODES_LIFECYCLE_RESERVED = 2,
  SIPCODES_LIFECYCLE_HISTORIC = 3
};

/* A phrase other than the default that arrives on the wire for a code. */
struct sipcodes_alias {
  int code;           /* the code it stands for: 481 */
  const char *phrase; /* "Call Leg/Transaction Does Not Exist" */
  const char *source; /* where it comes from: "RFC 2543 section 7.4.18; ..." */
};

/* One row of the table. */
struct sipcodes_info {
  int code;                             /* 486 */
  const char *name;                     /* "busy_here": the C++ enumerator */
  const char *reason;                   /* the default reason phrase, "Busy Here" */
  enum sipcodes_class cls;              /* SIPCODES_CLASS_CLIENT_ERROR */
  int rfc;                              /* the defining RFC, 3261 */
  const char *section;                  /* its section, "21.4.24" */
  enum sipcodes_lifecycle lifecycle;    /* SIPCODES_LIFECYCLE_CURRENT */
  const char *description;              /* when it is sent and what its receiver does */
  const struct sipcodes_alias *aliases; /* former and alternate phrases; NULL when none */
  size_t alias_count;                   /* how many */
};

/* One warn-code of the IANA registry: the three digits that open a Warning
   header field value (RFC 3261 section 20.43). */
struct sipcodes_warn_code_info {
  int code;                /* 370 */
  int rfc;                 /* the defining RFC, 3261 */
  const char *text;        /* the recommended warn-text, "Insufficient bandwidth" */
  const char *section;     /* its section, "20.43" */
  const char *description; /* what the warning reports */
};

/* Rows of the table and of the warn-code registry. */
#define SIPCODES_ROW_COUNT 78
#define SIPCODES_WARN_CODE_COUNT 15

/* Every row of the table, ascending by code; *count (when count is not
   NULL) is set to SIPCODES_ROW_COUNT. */
SIPCODES_DETAIL_API const struct sipcodes_info *sipcodes_all(size_t *count);

/* Every warn-code of the registry, ascending. */
SIPCODES_DETAIL_API const struct sipcodes_warn_code_info *sipcodes_warn_codes(size_t *count);

/* ===========================================================================
   2. Lookups
   =========================================================================== */

/* The row of a code; NULL when the code is not in the table. */
SIPCODES_DETAIL_API const struct sipcodes_info *sipcodes_find(int code);

/* The English description: when the code is sent and what its receiver
   does; "" when the code is not in the table. */
SIPCODES_DETAIL_API const char *sipcodes_description(int code);

/* The code whose default or former phrase is text[0..length), ignoring ASCII
   case and surrounding spaces and tabs ("busy here", "Internal Server
   Error"); 0 when none is. */
SIPCODES_DETAIL_API int sipcodes_from_reason(const char *text, size_t length);

/* The code whose C++ enumerator name is exactly name[0..length)
   ("busy_here"); 0 when none is. */
SIPCODES_DETAIL_API int sipcodes_from_name(const char *name, size_t length);

/* The registry's row of a warn-code; NULL when the registry has none. */
SIPCODES_DETAIL_API const struct sipcodes_warn_code_info *sipcodes_find_warn_code(int code);

/* The recommended warn-text of a warn-code ("Insufficient bandwidth"), and
   what it reports; "" when the registry does not have it. */
SIPCODES_DETAIL_API const char *sipcodes_warning_text(int code);
SIPCODES_DETAIL_API const char *sipcodes_warning_description(int code);

/* Names for logs, as the C++ to_string gives them: "client_error",
   "deprecated", "no_room", "bad_code"; "invalid" for a value the enum does not
   have. */
SIPCODES_DETAIL_API const char *sipcodes_class_string(enum sipcodes_class value);
SIPCODES_DETAIL_API const char *sipcodes_lifecycle_string(enum sipcodes_lifecycle value);

/* sipcodes_is_valid, sipcodes_is_known, sipcodes_reason_phrase,
   sipcodes_class_of, the class tests and sipcodes_fallback follow below, as
   static inline functions. */

/* ===========================================================================
   3. Status lines (RFC 3261 sections 7.2 and 25.1)
   =========================================================================== */

/* Why a writer wrote nothing; numbered as the C++ write_error. */
enum sipcodes_write_error {
  SIPCODES_WRITE_NONE = 0,
  SIPCODES_WRITE_BAD_CODE = 1,
  SIPCODES_WRITE_BAD_REASON = 2,
  SIPCODES_WRITE_NO_ROOM = 5
};

/* Why sipcodes_parse_status_line refused a line; numbered as the C++
   line_error. */
enum sipcodes_line_error {
  SIPCODES_LINE_NONE = 0,
  SIPCODES_LINE_EMPTY = 1,
  SIPCODES_LINE_BAD_PROTOCOL = 2,
  SIPCODES_LINE_BAD_VERSION = 3,
  SIPCODES_LINE_BAD_SEPARATOR = 4,
  SIPCODES_LINE_BAD_CODE = 5,
  SIPCODES_LINE_BAD_REASON = 6,
  SIPCODES_LINE_BAD_UTF8 = 7,
  SIPCODES_LINE_BAD_LINE_END = 8,
  SIPCODES_LINE_UNSUPPORTED_VERSION = 9
};

/* The parts of a status line. reason and rest point into the parsed input. */
struct sipcodes_status_line {
  int code;             /* 100..699, known or not; 0 until read */
  const char *reason;   /* the Reason-Phrase, without the CRLF; NULL until read */
  size_t reason_length; /* its length in bytes */
  int version_major;    /* 2 in SIP/2.0 */
  int version_minor;    /* 0 in SIP/2.0 */
  const char *rest;     /* what follows the line's CRLF or bare LF: the header
                           fields and the body; the end of the input when
                           nothing does; NULL until the line's end is read */
  size_t rest_length;   /* its length in bytes */
};

/* True when text[0..length) matches RFC 3261's Reason-Phrase grammar
   exactly; the empty phrase is valid. "50%25 off" and UTF-8 text are valid;
   "50% off", a '"' and anything holding CR or LF are not. */
SIPCODES_DETAIL_API int sipcodes_is_valid_reason_phrase(const char *text, size_t length);

/* The bytes sipcodes_write_status_line writes for this code and reason (an
   empty or NULL reason meaning the default phrase), CRLF included, in *size
   (0 on failure; size may be NULL). Returns SIPCODES_WRITE_BAD_CODE outside
   100..699, SIPCODES_WRITE_BAD_REASON when the reason is not a valid
   Reason-Phrase, else SIPCODES_WRITE_NONE. */
SIPCODES_DETAIL_API enum sipcodes_write_error sipcodes_status_line_size(int code, const char *reason,
                                                                        size_t reason_length, size_t *size);

/* Writes "SIP/2.0 486 Busy Here\r\n" into buffer[0..capacity), without a
   terminating NUL, and its length in *length (length may be NULL). An empty
   or NULL reason means the default phrase. Writes nothing, sets *length to
   0 and says why: SIPCODES_WRITE_BAD_CODE outside 100..699,
   SIPCODES_WRITE_BAD_REASON when the reason is not a valid Reason-Phrase (so
   no CR or LF can be injected), SIPCODES_WRITE_NO_ROOM when the line does
   not fit (a NULL buffer has no room). Bad input is told before room. */
SIPCODES_DETAIL_API enum sipcodes_write_error sipcodes_write_status_line(char *buffer, size_t capacity, int code,
                                                                         const char *reason, size_t reason_length,
                                                                         size_t *length);

/* Parses the first line of the input, `SIP-Version SP Status-Code SP
   Reason-Phrase`, as the C++ parse_status_line does: the line ends at the
   first CRLF, at a bare LF or at the end of the input, and what follows is
   not read (a whole receive buffer may be passed); "SIP" in any case;
   exactly one SP on each side of a three-digit code 100..699. The phrase
   refuses the ASCII control characters but HTAB (0x00-0x08, 0x0A-0x1F,
   0x7F), a CR not followed by LF and malformed UTF-8; any well-formed UTF-8
   text passes, the C1 controls (U+0080-U+009F) and U+2028 among them, as
   RFC 3261's UTF8-NONASCII allows. line->rest is what follows the line's end, as
   the C++ status_line::rest, so that the header fields can be read from it.
   A well-formed line of another version than 2.0 gives
   SIPCODES_LINE_UNSUPPORTED_VERSION with every field filled in; after any
   other error the fields hold what was read before it (rest is NULL). line
   may be NULL. */
SIPCODES_DETAIL_API enum sipcodes_line_error sipcodes_parse_status_line(const char *input, size_t length,
                                                                        struct sipcodes_status_line *line);

SIPCODES_DETAIL_API const char *sipcodes_write_error_string(enum sipcodes_write_error value);
SIPCODES_DETAIL_API const char *sipcodes_line_error_string(enum sipcodes_line_error value);

/* The data the inline lookups read, defined once in the program. Not for
   direct use: the names may change in any release. */
#define SIPCODES_DETAIL_SLOT_COUNT 601
#define SIPCODES_DETAIL_ALIAS_COUNT 18
#define SIPCODES_DETAIL_PHRASE_COUNT 95
#define SIPCODES_DETAIL_PHRASE_TEXT_SIZE 1775
#define SIPCODES_DETAIL_PHRASE_SLOT_COUNT 256
#if !SIPCODES_DETAIL_MODE_STATIC
extern SIPCODES_API const char sipcodes_detail_phrase_text[SIPCODES_DETAIL_PHRASE_TEXT_SIZE];
extern SIPCODES_API const unsigned short sipcodes_detail_reason_offset[SIPCODES_DETAIL_SLOT_COUNT];
extern SIPCODES_API const unsigned char sipcodes_detail_row_plus_one[SIPCODES_DETAIL_SLOT_COUNT];
extern SIPCODES_API const unsigned short sipcodes_detail_fallback[SIPCODES_DETAIL_SLOT_COUNT];
#endif

#ifdef __cplusplus
}
#endif

#endif /* SIPCODES_H */

/* A unit uses the program's copy or holds its own: SIPCODES_STATIC is
   defined before all of its sipcodes headers or before none. */
#if (defined(SIPCODES_STATIC) && !SIPCODES_DETAIL_MODE_STATIC) || \
    (!defined(SIPCODES_STATIC) && SIPCODES_DETAIL_MODE_STATIC)
#error "define SIPCODES_STATIC before every sipcodes header a unit includes, or before none"
#endif

/* ===========================================================================
   The data: in the one unit that defines SIPCODES_IMPLEMENTATION, or in
   every unit under SIPCODES_STATIC.
   =========================================================================== */
#if (SIPCODES_DETAIL_MODE_STATIC || defined(SIPCODES_IMPLEMENTATION)) && !defined(SIPCODES_H_DATA)
#define SIPCODES_H_DATA

#ifdef __cplusplus
extern "C" {
#endif

/* Every phrase the lookups know, NUL-terminated one after the other: the
   empty text first (what a code not in the table gets), then each row's
   default phrase in table order, then the former and alternate phrases. */
SIPCODES_DETAIL_SHARED const char sipcodes_detail_phrase_text[SIPCODES_DETAIL_PHRASE_TEXT_SIZE] =
  "\0"
  "Trying\0"
  "Ringing\0"
  "Call Is Being Forwarded\0"
  "Queued\0"
  "Session Progress\0"
  "Early Dialog Terminated\0"
  "OK\0"
  "Accepted\0"
  "No Notification\0"
  "Multiple Choices\0"
  "Moved Permanently\0"
  "Moved Temporarily\0"
  "See Other\0"
  "Use Proxy\0"
  "Alternative Service\0"
  "Bad Request\0"
  "Unauthorized\0"
  "Payment Required\0"
  "Forbidden\0"
  "Not Found\0"
  "Method Not Allowed\0"
  "Not Acceptable\0"
  "Proxy Authentication Required\0"
  "Request Timeout\0"
  "Conflict\0"
  "Gone\0"
  "Length Required\0"
  "Conditional Request Failed\0"
  "Request Entity Too Large\0"
  "Request-URI Too Long\0"
  "Unsupported Media Type\0"
  "Unsupported URI Scheme\0"
  "Unknown Resource-Priority\0"
  "Bad Extension\0"
  "Extension Required\0"
  "Session Interval Too Small\0"
  "Interval Too Brief\0"
  "Bad Location Information\0"
  "Bad Alert Message\0"
  "Use Identity Header\0"
  "Provide Referrer Identity\0"
  "Flow Failed\0"
  "Anonymity Disallowed\0"
  "Bad Identity Info\0"
  "Unsupported Credential\0"
  "Invalid Identity Header\0"
  "First Hop Lacks Outbound Support\0"
  "Max-Breadth Exceeded\0"
  "Bad Info Package\0"
  "Consent Needed\0"
  "Temporarily Unavailable\0"
  "Call/Transaction Does Not Exist\0"
  "Loop Detected\0"
  "Too Many Hops\0"
  "Address Incomplete\0"
  "Ambiguous\0"
  "Busy Here\0"
  "Request Terminated\0"
  "Not Acceptable Here\0"
  "Bad Event\0"
  "Request Pending\0"
  "Undecipherable\0"
  "Security Agreement Required\0"
  "Server Internal Error\0"
  "Not Implemented\0"
  "Bad Gateway\0"
  "Service Unavailable\0"
  "Server Time-out\0"
  "Version Not Supported\0"
  "Message Too Large\0"
  "Push Notification Service Not Supported\0"
  "Precondition Failure\0"
  "Busy Everywhere\0"
  "Decline\0"
  "Does Not Exist Anywhere\0"
  "Unwanted\0"
  "Rejected\0"
  "Accepted (Deprecated)\0"
  "Stale Date\0"
  "Precondition Failed\0"
  "Request-URI Too Large\0"
  "Session Timer Too Small\0"
  "Interval Too Small\0"
  "Subscription Too Brief\0"
  "Use Supported PASSporT Format\0"
  "Bad Identity-Info\0"
  "Unsupported Certificate\0"
  "Invalid PASSporT\0"
  "Temporarily not available\0"
  "Call Leg/Transaction Does Not Exist\0"
  "Transaction Does Not Exist\0"
  "Subscription does not exist\0"
  "Internal Server Error\0"
  "Gateway Time-out\0"
  "SIP Version not supported\0";

/* By slot (the code less 100 for 100..699; slot 600 for every other int):
   where the code's default phrase starts in the block above, 0 ("") for a
   code not in the table. */
SIPCODES_DETAIL_SHARED const unsigned short sipcodes_detail_reason_offset[SIPCODES_DETAIL_SLOT_COUNT] = {
  1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  8, 16, 40, 47, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 64, 88, 0, 91, 0, 100, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 116, 133, 151, 169, 0, 179, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 189, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 209, 221, 234, 251,
  261, 271, 290, 305, 335, 351, 360, 365, 381, 408, 433, 454, 477, 500, 0, 0,
  526, 540, 559, 586, 605, 630, 0, 0, 648, 668, 694, 0, 0, 706, 0, 0,
  727, 745, 768, 792, 825, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 846, 863, 0, 0, 0, 0, 0, 0, 0, 0, 0, 878, 902, 934, 948,
  962, 981, 991, 1001, 1020, 1040, 0, 1050, 0, 1066, 1081, 0, 0, 0, 0, 0,
  1109, 1131, 1147, 1159, 1179, 1195, 0, 0, 0, 0, 0, 0, 0, 1217, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 1235, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  1275, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 1296, 0, 0, 1312, 1320, 0, 290, 1344, 1353, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0};

/* By slot: the code's row in the table plus one; 0 for a code not in it. */
SIPCODES_DETAIL_SHARED const unsigned char sipcodes_detail_row_plus_one[SIPCODES_DETAIL_SLOT_COUNT] = {
  1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  2, 3, 4, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6,
  7, 0, 8, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  10, 11, 12, 13, 0, 14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 0, 0,
  34, 35, 36, 37, 38, 39, 0, 0, 40, 41, 42, 0, 0, 43, 0, 0, 44, 45, 46, 47,
  48, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 49, 50, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 0, 61, 0, 62, 63, 0, 0, 0, 0, 0,
  64, 65, 66, 67, 68, 69, 0, 0, 0, 0, 0, 0, 0, 70, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 71, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  72, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  73, 0, 0, 74, 75, 0, 76, 77, 78, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0};

/* By slot: what the C++ fallback() answers for the code; 0 for no code. */
SIPCODES_DETAIL_SHARED const unsigned short sipcodes_detail_fallback[SIPCODES_DETAIL_SLOT_COUNT] = {
  100, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183,
  183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183,
  183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183,
  183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183,
  183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183,
  180, 181, 182, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183, 183,
  183, 183, 183, 199, 200, 200, 200, 200, 204, 200, 200, 200, 200, 200, 200, 200,
  200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200,
  200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200,
  200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200,
  200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200,
  200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200,
  200, 200, 200, 200, 200, 200, 200, 200, 300, 301, 302, 300, 300, 305, 300, 300,
  300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300,
  300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300,
  300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300,
  300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300,
  300, 300, 300, 300, 300, 300, 300, 300, 380, 300, 300, 300, 300, 300, 300, 300,
  300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 400, 401, 400, 403,
  404, 405, 406, 407, 408, 400, 410, 400, 412, 413, 414, 415, 416, 417, 400, 400,
  420, 421, 422, 423, 424, 425, 400, 400, 428, 429, 430, 400, 400, 433, 400, 400,
  436, 437, 438, 439, 440, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
  400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
  400, 469, 470, 400, 400, 400, 400, 400, 400, 400, 400, 400, 480, 481, 482, 483,
  484, 485, 486, 487, 488, 489, 400, 491, 400, 493, 494, 400, 400, 400, 400, 400,
  500, 501, 502, 503, 504, 505, 500, 500, 500, 500, 500, 500, 500, 513, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 555, 500, 500, 500, 500, 500, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500,
  580, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500,
  500, 500, 500, 500, 600, 600, 600, 603, 604, 600, 606, 607, 608, 600, 600, 600,
  600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600,
  600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600,
  600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600,
  600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600,
  600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600,
  600, 600, 600, 600, 600, 600, 600, 600, 0};

/* from_reason's phrases, by number (phrase 0 is the empty text): where each
   starts in the block, its length, and the code the C++ from_reason gives
   for it. */
static const unsigned short sipcodes_detail_phrase_offset[SIPCODES_DETAIL_PHRASE_COUNT + 1] = {
  0, 1, 8, 16, 40, 47, 64, 88, 91, 100, 116, 133, 151, 169, 179, 189,
  209, 221, 234, 251, 261, 271, 290, 305, 335, 351, 360, 365, 381, 408, 433, 454,
  477, 500, 526, 540, 559, 586, 605, 630, 648, 668, 694, 706, 727, 745, 768, 792,
  825, 846, 863, 878, 902, 934, 948, 962, 981, 991, 1001, 1020, 1040, 1050, 1066, 1081,
  1109, 1131, 1147, 1159, 1179, 1195, 1217, 1235, 1275, 1296, 1312, 1320, 1344, 1353, 1362, 1384,
  1395, 1415, 1437, 1461, 1480, 1503, 1533, 1551, 1575, 1592, 1618, 1654, 1681, 1709, 1731, 1748};
static const unsigned char sipcodes_detail_phrase_length[SIPCODES_DETAIL_PHRASE_COUNT + 1] = {
  0, 6, 7, 23, 6, 16, 23, 2, 8, 15, 16, 17, 17, 9, 9, 19, 11, 12, 16, 9,
  9, 18, 14, 29, 15, 8, 4, 15, 26, 24, 20, 22, 22, 25, 13, 18, 26, 18, 24, 17,
  19, 25, 11, 20, 17, 22, 23, 32, 20, 16, 14, 23, 31, 13, 13, 18, 9, 9, 18, 19,
  9, 15, 14, 27, 21, 15, 11, 19, 15, 21, 17, 39, 20, 15, 7, 23, 8, 8, 21, 10,
  19, 21, 23, 18, 22, 29, 17, 23, 16, 25, 35, 26, 27, 21, 16, 25};
static const unsigned short sipcodes_detail_phrase_code[SIPCODES_DETAIL_PHRASE_COUNT + 1] = {
  0, 100, 180, 181, 182, 183, 199, 200, 202, 204, 300, 301, 302, 303, 305, 380,
  400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415,
  416, 417, 420, 421, 422, 423, 424, 425, 428, 429, 430, 433, 436, 437, 438, 439,
  440, 469, 470, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 491, 493, 494,
  500, 501, 502, 503, 504, 505, 513, 555, 580, 600, 603, 604, 607, 608, 202, 403,
  412, 414, 422, 423, 423, 428, 436, 437, 438, 480, 481, 481, 481, 500, 504, 505};

/* from_reason's open-addressed hash table (sipcodes_detail_phrase_hash): by
   slot, a phrase number, 0 for an empty slot. No phrase is more than
   3 probes from its hash. */
static const unsigned char sipcodes_detail_phrase_slot[SIPCODES_DETAIL_PHRASE_SLOT_COUNT] = {
  0, 3, 0, 0, 0, 27, 0, 0, 0, 52, 58, 0, 0, 49, 38, 0, 37, 72, 0, 0,
  0, 0, 83, 0, 0, 0, 0, 0, 89, 13, 75, 22, 0, 0, 0, 0, 0, 26, 36, 23,
  56, 76, 0, 0, 39, 0, 74, 55, 79, 0, 0, 0, 57, 0, 44, 86, 0, 6, 0, 0,
  0, 63, 65, 0, 25, 0, 0, 60, 0, 0, 67, 9, 0, 0, 91, 30, 33, 92, 15, 10,
  78, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 14, 71, 28, 0, 70, 0, 0, 0,
  0, 0, 0, 0, 81, 0, 0, 0, 43, 0, 0, 0, 0, 0, 0, 0, 11, 12, 0, 0,
  0, 93, 4, 0, 47, 0, 21, 0, 0, 16, 0, 20, 0, 90, 66, 0, 0, 0, 0, 40,
  0, 0, 0, 0, 0, 64, 0, 0, 18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 35, 0,
  0, 0, 0, 0, 17, 84, 0, 0, 94, 0, 0, 0, 0, 19, 0, 0, 61, 0, 0, 0,
  0, 0, 54, 46, 2, 34, 59, 0, 48, 24, 0, 0, 41, 0, 0, 85, 0, 29, 0, 53,
  0, 82, 0, 0, 0, 7, 0, 0, 0, 1, 0, 0, 77, 0, 0, 69, 0, 68, 0, 31,
  32, 0, 51, 0, 88, 42, 45, 62, 0, 0, 0, 0, 0, 0, 50, 0, 0, 0, 73, 0,
  0, 80, 0, 0, 0, 0, 0, 5, 8, 0, 87, 0, 0, 0, 0, 95};

/* The former and alternate phrases, by code; each row of the table points
   at its own. */
static const struct sipcodes_alias sipcodes_detail_aliases[SIPCODES_DETAIL_ALIAS_COUNT] = {
  {202, "Accepted (Deprecated)",
   "the IANA registry's phrase for 202 since RFC 6665"},
  {403, "Stale Date",
   "RFC 8224 section 6.2.2: a verification service's 403 for a stale Date"},
  {412, "Precondition Failed",
   "HTTP/1.1 (RFC 2616 section 10.4.13) phrase that deployed stacks send"},
  {414, "Request-URI Too Large",
   "RFC 3261 section 25.1 grammar; RFC 2543 section 5.1.1"},
  {422, "Session Timer Too Small",
   "draft session-timer phrase that deployed stacks still send"},
  {423, "Interval Too Small",
   "RFC 3265 (corrected by RFC 6665 Appendix B.13)"},
  {423, "Subscription Too Brief",
   "RFC 3265 section 3.1.6.4"},
  {428, "Use Supported PASSporT Format",
   "RFC 8224 section 6.2.2"},
  {436, "Bad Identity-Info",
   "RFC 4474"},
  {437, "Unsupported Certificate",
   "RFC 4474"},
  {438, "Invalid PASSporT",
   "RFC 8224 section 6.2.2"},
  {480, "Temporarily not available",
   "RFC 3261 section 25.1 grammar; RFC 2543 section 5.1.1"},
  {481, "Call Leg/Transaction Does Not Exist",
   "RFC 2543 section 7.4.18; RFC 3261 section 25.1 grammar"},
  {481, "Transaction Does Not Exist",
   "RFC 2543 section 4.2.5"},
  {481, "Subscription does not exist",
   "RFC 3265 section 3.2; RFC 6665 section 4.1.3"},
  {500, "Internal Server Error",
   "RFC 3261 section 25.1 grammar; RFC 2543 section 5.1.1"},
  {504, "Gateway Time-out",
   "RFC 2543 sections 5.1.1 and 7.5.5"},
  {505, "SIP Version not supported",
   "RFC 3261 section 25.1 grammar; RFC 2543 section 5.1.1"}
};

/* The table, ascending by code. */
static const struct sipcodes_info sipcodes_detail_table[SIPCODES_ROW_COUNT] = {
  {100, "trying", "Trying",
   SIPCODES_CLASS_PROVISIONAL, 3261, "21.1.1", SIPCODES_LIFECYCLE_CURRENT,
   "The request has reached the next hop, which is working on it (for example, consulting a "
   "database). Like every provisional response it stops a UAC retransmitting an INVITE; unlike the "
   "others, a stateful proxy never forwards it upstream.",
   SIPCODES_DETAIL_NULL, 0},
  {180, "ringing", "Ringing",
   SIPCODES_CLASS_PROVISIONAL, 3261, "21.1.2", SIPCODES_LIFECYCLE_CURRENT,
   "The user agent that received the INVITE is alerting its user. The response MAY be used to start "
   "local ringback at the caller.",
   SIPCODES_DETAIL_NULL, 0},
  {181, "call_is_being_forwarded", "Call Is Being Forwarded",
   SIPCODES_CLASS_PROVISIONAL, 3261, "21.1.3", SIPCODES_LIFECYCLE_CURRENT,
   "A server MAY send it to say that the call is being forwarded to a different set of "
   "destinations. The caller keeps waiting for the final response.",
   SIPCODES_DETAIL_NULL, 0},
  {182, "queued", "Queued",
   SIPCODES_CLASS_PROVISIONAL, 3261, "21.1.4", SIPCODES_LIFECYCLE_CURRENT,
   "The callee is temporarily unavailable and the server has queued the call instead of rejecting "
   "it; the final response follows when the callee becomes available. The phrase MAY give details, "
   "such as the queue position, and the server MAY send several 182s to update the caller.",
   SIPCODES_DETAIL_NULL, 0},
  {183, "session_progress", "Session Progress",
   SIPCODES_CLASS_PROVISIONAL, 3261, "21.1.5", SIPCODES_LIFECYCLE_CURRENT,
   "Conveys information about the progress of the call that no other provisional response "
   "classifies. The phrase, header fields or body MAY carry the details, often an early-media "
   "session description.",
   SIPCODES_DETAIL_NULL, 0},
  {199, "early_dialog_terminated", "Early Dialog Terminated",
   SIPCODES_CLASS_PROVISIONAL, 6228, "11.1", SIPCODES_LIFECYCLE_CURRENT,
   "A forking proxy or the UAS reports that one early dialog has ended before the final response is "
   "sent; a Reason header field gives the code that ended it. The client might release the "
   "resources it holds for that early dialog, and once it has accepted the 199 it MUST NOT send "
   "media on it (RFC 6228 section 4). It is sent only to clients that listed the 199 option tag in "
   "Supported.",
   SIPCODES_DETAIL_NULL, 0},
  {200, "ok", "OK",
   SIPCODES_CLASS_SUCCESS, 3261, "21.2.1", SIPCODES_LIFECYCLE_CURRENT,
   "The request has succeeded. A 2xx to an INVITE establishes a dialog, and the UAC MUST send an "
   "ACK for each such 2xx it receives (RFC 3261 section 13.2.2.4).",
   SIPCODES_DETAIL_NULL, 0},
  {202, "accepted", "Accepted",
   SIPCODES_CLASS_SUCCESS, 6665, "8.3.1", SIPCODES_LIFECYCLE_DEPRECATED,
   "Accepted for processing but not completed; RFC 3265 used it for SUBSCRIBE and RFC 3515 for "
   "REFER. Deprecated by RFC 6665 section 8.3.1 for SUBSCRIBE and NOTIFY and by RFC 7647 section 5 "
   "for REFER: an element MUST NOT send it to them and MUST treat a 202 that arrives as a 200.",
   sipcodes_detail_aliases + 0, 1},
  {204, "no_notification", "No Notification",
   SIPCODES_CLASS_SUCCESS, 5839, "7.1", SIPCODES_LIFECYCLE_CURRENT,
   "A conditional SUBSCRIBE (Suppress-If-Match) succeeded and the NOTIFY it would trigger is "
   "suppressed, because the subscriber already holds the current state. It is valid only in "
   "response to a SUBSCRIBE sent within an established dialog, and the subscriber MUST consider the "
   "event state and the subscription state unchanged (RFC 5839 section 5.2).",
   SIPCODES_DETAIL_NULL, 0},
  {300, "multiple_choices", "Multiple Choices",
   SIPCODES_CLASS_REDIRECTION, 3261, "21.3.1", SIPCODES_LIFECYCLE_CURRENT,
   "The address resolved to several locations; the user or user agent picks one and redirects the "
   "request there. Whatever the method, the choices SHOULD also be listed in Contact header fields, "
   "and a body MAY describe them.",
   SIPCODES_DETAIL_NULL, 0},
  {301, "moved_permanently", "Moved Permanently",
   SIPCODES_CLASS_REDIRECTION, 3261, "21.3.2", SIPCODES_LIFECYCLE_CURRENT,
   "The user can no longer be found at the Request-URI. The client SHOULD retry at the new address "
   "the Contact header field gives, and SHOULD update its directories, address books and location "
   "caches.",
   SIPCODES_DETAIL_NULL, 0},
  {302, "moved_temporarily", "Moved Temporarily",
   SIPCODES_CLASS_REDIRECTION, 3261, "21.3.3", SIPCODES_LIFECYCLE_CURRENT,
   "The client SHOULD retry the request at the address the Contact header field gives. It MAY cache "
   "that address for the time an Expires header field or expires parameter states; without one the "
   "address is good for this retry only and MUST NOT be cached.",
   SIPCODES_DETAIL_NULL, 0},
  {303, "see_other", "See Other",
   SIPCODES_CLASS_REDIRECTION, 2543, "5.1.1", SIPCODES_LIFECYCLE_HISTORIC,
   "Listed among the redirection codes of RFC 2543 but never defined there, and dropped by RFC "
   "3261. A receiver treats it as any unknown 3xx, that is as 300.",
   SIPCODES_DETAIL_NULL, 0},
  {305, "use_proxy", "Use Proxy",
   SIPCODES_CLASS_REDIRECTION, 3261, "21.3.4", SIPCODES_LIFECYCLE_CURRENT,
   "The resource MUST be accessed through the proxy whose URI the Contact header field gives; the "
   "recipient is expected to repeat this one request through it. 305 responses MUST only be "
   "generated by UASs.",
   SIPCODES_DETAIL_NULL, 0},
  {380, "alternative_service", "Alternative Service",
   SIPCODES_CLASS_REDIRECTION, 3261, "21.3.5", SIPCODES_LIFECYCLE_CURRENT,
   "The call failed, but alternative services are possible; the message body describes them, in a "
   "format RFC 3261 leaves undefined.",
   SIPCODES_DETAIL_NULL, 0},
  {400, "bad_request", "Bad Request",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.1", SIPCODES_LIFECYCLE_CURRENT,
   "The request could not be understood because of malformed syntax; the phrase SHOULD name the "
   "problem, such as \"Missing Call-ID header field\". As after any 4xx, the client SHOULD NOT retry "
   "the same request without modification.",
   SIPCODES_DETAIL_NULL, 0},
  {401, "unauthorized", "Unauthorized",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.2", SIPCODES_LIFECYCLE_CURRENT,
   "The request requires user authentication; UASs and registrars send it with a WWW-Authenticate "
   "challenge (proxies send 407). The client retries with credentials in an Authorization header "
   "field.",
   SIPCODES_DETAIL_NULL, 0},
  {402, "payment_required", "Payment Required",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.3", SIPCODES_LIFECYCLE_RESERVED,
   "Reserved for future use: RFC 3261 gives it no meaning. A receiver treats it as 400.",
   SIPCODES_DETAIL_NULL, 0},
  {403, "forbidden", "Forbidden",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.4", SIPCODES_LIFECYCLE_CURRENT,
   "The server understood the request and refuses it, and authorization would not change that. The "
   "request SHOULD NOT be repeated.",
   sipcodes_detail_aliases + 1, 1},
  {404, "not_found", "Not Found",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.5", SIPCODES_LIFECYCLE_CURRENT,
   "The server has definitive information that the user does not exist at the domain of the "
   "Request-URI, or that domain is not one it handles. A Retry-After header field may say when the "
   "user will be available.",
   SIPCODES_DETAIL_NULL, 0},
  {405, "method_not_allowed", "Method Not Allowed",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.6", SIPCODES_LIFECYCLE_CURRENT,
   "The method is understood but not allowed for the address in the Request-URI. The response MUST "
   "include an Allow header field listing the methods that are.",
   SIPCODES_DETAIL_NULL, 0},
  {406, "not_acceptable", "Not Acceptable",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.7", SIPCODES_LIFECYCLE_CURRENT,
   "The resource can only produce responses whose content the Accept header fields of the request "
   "do not accept.",
   SIPCODES_DETAIL_NULL, 0},
  {407, "proxy_authentication_required", "Proxy Authentication Required",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.8", SIPCODES_LIFECYCLE_CURRENT,
   "As 401, but the client MUST first authenticate itself with a proxy, which sends a "
   "Proxy-Authenticate challenge; the client retries with Proxy-Authorization. It also serves where "
   "a channel, such as a telephony gateway, needs authentication.",
   SIPCODES_DETAIL_NULL, 0},
  {408, "request_timeout", "Request Timeout",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.9", SIPCODES_LIFECYCLE_CURRENT,
   "The server could not produce a final response in time, for example because it could not find "
   "the user. The client MAY repeat the request without modification at any later time.",
   SIPCODES_DETAIL_NULL, 0},
  {409, "conflict", "Conflict",
   SIPCODES_CLASS_CLIENT_ERROR, 2543, "7.4.10", SIPCODES_LIFECYCLE_HISTORIC,
   "RFC 2543: the request could not be completed because it conflicts with the current state of the "
   "resource. RFC 3261 dropped it, so a receiver treats it as 400.",
   SIPCODES_DETAIL_NULL, 0},
  {410, "gone", "Gone",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.10", SIPCODES_LIFECYCLE_CURRENT,
   "The resource is no longer available at the server, no forwarding address is known, and the "
   "condition is expected to be permanent. A server that cannot tell whether it is permanent SHOULD "
   "send 404 instead.",
   SIPCODES_DETAIL_NULL, 0},
  {411, "length_required", "Length Required",
   SIPCODES_CLASS_CLIENT_ERROR, 2543, "7.4.12", SIPCODES_LIFECYCLE_HISTORIC,
   "RFC 2543: the server refuses a request that does not give its Content-Length. RFC 3261 dropped "
   "it, so a receiver treats it as 400.",
   SIPCODES_DETAIL_NULL, 0},
  {412, "conditional_request_failed", "Conditional Request Failed",
   SIPCODES_CLASS_CLIENT_ERROR, 3903, "11.2.1", SIPCODES_LIFECYCLE_CURRENT,
   "The precondition of a conditional request failed, as when the SIP-If-Match entity-tag of a "
   "PUBLISH matches no publication the server holds. The publisher starts again with a PUBLISH "
   "without SIP-If-Match.",
   sipcodes_detail_aliases + 2, 1},
  {413, "request_entity_too_large", "Request Entity Too Large",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.11", SIPCODES_LIFECYCLE_CURRENT,
   "The request body is larger than the server will process; the server MAY close the connection. "
   "If the condition is temporary, the server SHOULD include a Retry-After header field saying "
   "after what time the client MAY try again.",
   SIPCODES_DETAIL_NULL, 0},
  {414, "request_uri_too_long", "Request-URI Too Long",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.12", SIPCODES_LIFECYCLE_CURRENT,
   "The Request-URI is longer than the server is willing to interpret. As after any 4xx, the client "
   "SHOULD NOT retry the same request without modification.",
   sipcodes_detail_aliases + 3, 1},
  {415, "unsupported_media_type", "Unsupported Media Type",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.13", SIPCODES_LIFECYCLE_CURRENT,
   "The message body is in a format the server does not support for this method. The server MUST "
   "list what it accepts in an Accept, Accept-Encoding or Accept-Language header field, as the "
   "problem requires; the UAC SHOULD retry using only what those list (RFC 3261 section 8.1.3.5).",
   SIPCODES_DETAIL_NULL, 0},
  {416, "unsupported_uri_scheme", "Unsupported URI Scheme",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.14", SIPCODES_LIFECYCLE_CURRENT,
   "The server does not support the scheme of the Request-URI. The client SHOULD retry with a SIP "
   "URI; when the request used a SIPS URI it MUST NOT retry automatically (RFC 5630 Appendix A, "
   "updating RFC 3261 section 8.1.3.5).",
   SIPCODES_DETAIL_NULL, 0},
  {417, "unknown_resource_priority", "Unknown Resource-Priority",
   SIPCODES_CLASS_CLIENT_ERROR, 4412, "12.4", SIPCODES_LIFECYCLE_CURRENT,
   "The request required resource priority (Require: resource-priority) and the server understands "
   "none of its Resource-Priority values. By local policy the response MAY list acceptable values "
   "in Accept-Resource-Priority; the client MAY retry, and SHOULD choose values from that list when "
   "there is one.",
   SIPCODES_DETAIL_NULL, 0},
  {420, "bad_extension", "Bad Extension",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.15", SIPCODES_LIFECYCLE_CURRENT,
   "The server does not understand an option tag in Proxy-Require or Require, and MUST list those "
   "it does not support in an Unsupported header field. The client SHOULD retry without them (RFC "
   "3261 section 8.1.3.5).",
   SIPCODES_DETAIL_NULL, 0},
  {421, "extension_required", "Extension Required",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.16", SIPCODES_LIFECYCLE_CURRENT,
   "The UAS needs an extension that the request did not list in Supported; the response MUST carry "
   "a Require header field listing it. A UAS SHOULD NOT send it unless it truly cannot serve the "
   "client otherwise.",
   SIPCODES_DETAIL_NULL, 0},
  {422, "session_interval_too_small", "Session Interval Too Small",
   SIPCODES_CLASS_CLIENT_ERROR, 4028, "6", SIPCODES_LIFECYCLE_CURRENT,
   "The Session-Expires value of the request is below the minimum the UAS or proxy accepts. The "
   "response MUST carry Min-SE, and the client can retry with a session interval at least that long.",
   sipcodes_detail_aliases + 4, 1},
  {423, "interval_too_brief", "Interval Too Brief",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.17", SIPCODES_LIFECYCLE_CURRENT,
   "The expiration time of the resource the request refreshes is too short. A registrar's 423 to a "
   "REGISTER MUST carry Min-Expires (RFC 3261 section 10.3). A notifier MAY send one, with "
   "Min-Expires, to a SUBSCRIBE whose Expires is greater than zero, smaller than one hour and less "
   "than the minimum it is configured with, and only then (RFC 6665 section 4.2.1.1); it SHOULD "
   "send one to a refreshing SUBSCRIBE whose duration is unacceptably short (RFC 6665 section "
   "4.2.1.4). An event state compositor MAY send one to a PUBLISH whose expiration is greater than "
   "zero and less than its minimum, only then, and it MUST carry Min-Expires (RFC 3903 section 6). "
   "The client retries with at least that interval.",
   sipcodes_detail_aliases + 5, 2},
  {424, "bad_location_information", "Bad Location Information",
   SIPCODES_CLASS_CLIENT_ERROR, 6442, "4.3", SIPCODES_LIFECYCLE_CURRENT,
   "The location information of the request was malformed, not satisfactory for the recipient's "
   "purpose, or could not be dereferenced. The response MUST carry a Geolocation-Error header "
   "field; an intermediary that knows a better location returns it, in a body rather than as a URI "
   "(SHOULD), for the next request.",
   SIPCODES_DETAIL_NULL, 0},
  {425, "bad_alert_message", "Bad Alert Message",
   SIPCODES_CLASS_CLIENT_ERROR, 8876, "5.1", SIPCODES_LIFECYCLE_CURRENT,
   "A non-interactive emergency call (a MESSAGE) carried a Common Alerting Protocol alert malformed "
   "enough that no reasonable emergency response to it can be determined; an intermediary may "
   "reject a malformed alert the same way. The response MUST carry an AlertMsg-Error header field "
   "saying what was wrong. A 425 MUST NOT answer a request that carries no alert, and as a final "
   "response within a transaction it MUST NOT terminate an existing dialog (RFC 8876 section 5.1).",
   SIPCODES_DETAIL_NULL, 0},
  {428, "use_identity_header", "Use Identity Header",
   SIPCODES_CLASS_CLIENT_ERROR, 8224, "6.2.2", SIPCODES_LIFECYCLE_CURRENT,
   "Local policy of the verification service requires an Identity header field, and the request had "
   "none it could use: none at all, or only ones with an unsupported ppt parameter. The service "
   "MUST then send a 428 back (RFC 8224 section 6.2); for unsupported ppt values the phrase \"Use "
   "Supported PASSporT Format\" can be sent.",
   sipcodes_detail_aliases + 7, 1},
  {429, "provide_referrer_identity", "Provide Referrer Identity",
   SIPCODES_CLASS_CLIENT_ERROR, 3892, "5", SIPCODES_LIFECYCLE_CURRENT,
   "The referee or refer target requires a valid Referred-By token and the request had none or a "
   "bad one. The referrer may send the REFER again with a Referred-By token.",
   SIPCODES_DETAIL_NULL, 0},
  {430, "flow_failed", "Flow Failed",
   SIPCODES_CLASS_CLIENT_ERROR, 5626, "11.5", SIPCODES_LIFECYCLE_CURRENT,
   "An edge proxy reports that the SIP Outbound flow to the target user agent has failed. The "
   "authoritative proxy drops the binding that used that flow and tries the others.",
   SIPCODES_DETAIL_NULL, 0},
  {433, "anonymity_disallowed", "Anonymity Disallowed",
   SIPCODES_CLASS_CLIENT_ERROR, 5079, "5", SIPCODES_LIFECYCLE_CURRENT,
   "The server refuses the request because the requester is anonymous. The UAC MUST NOT retry "
   "without anonymity unless its user confirms that this is desired.",
   SIPCODES_DETAIL_NULL, 0},
  {436, "bad_identity_info", "Bad Identity Info",
   SIPCODES_CLASS_CLIENT_ERROR, 8224, "6.2.2", SIPCODES_LIFECYCLE_CURRENT,
   "The verification service could not acquire the credential needed to validate the signature of "
   "any Identity header field, as by dereferencing its info parameter. It is repairable: the "
   "authentication service can resend with an info parameter pointing to a credential the verifier "
   "can reach.",
   sipcodes_detail_aliases + 8, 1},
  {437, "unsupported_credential", "Unsupported Credential",
   SIPCODES_CLASS_CLIENT_ERROR, 8224, "6.2.2", SIPCODES_LIFECYCLE_CURRENT,
   "The verification service holds, or can acquire, the credential that the info parameter names "
   "but does not support it, for example because it does not trust the issuing certification "
   "authority or the signing algorithm.",
   sipcodes_detail_aliases + 9, 1},
  {438, "invalid_identity_header", "Invalid Identity Header",
   SIPCODES_CLASS_CLIENT_ERROR, 8224, "6.2.2", SIPCODES_LIFECYCLE_CURRENT,
   "No Identity header field of the request carries a valid and supported PASSporT, and local "
   "policy makes that grounds for rejection. An authentication service that sent the compact form "
   "SHOULD retry once with the full form (RFC 8224 section 6.1.1).",
   sipcodes_detail_aliases + 10, 1},
  {439, "first_hop_lacks_outbound_support", "First Hop Lacks Outbound Support",
   SIPCODES_CLASS_CLIENT_ERROR, 5626, "11.6", SIPCODES_LIFECYCLE_CURRENT,
   "The registrar supports SIP Outbound but the first-hop proxy does not, so the registration "
   "cannot use it. The client may register again without Outbound.",
   SIPCODES_DETAIL_NULL, 0},
  {440, "max_breadth_exceeded", "Max-Breadth Exceeded",
   SIPCODES_CLASS_CLIENT_ERROR, 5393, "6.2", SIPCODES_LIFECYCLE_CURRENT,
   "A proxy lacked the Max-Breadth for the parallel fork it wanted, so the request did not reach "
   "every possible destination. As after a 483, the client can narrow the search: steer routing to "
   "a less broad one, or refine the request.",
   SIPCODES_DETAIL_NULL, 0},
  {469, "bad_info_package", "Bad Info Package",
   SIPCODES_CLASS_CLIENT_ERROR, 6086, "11.6", SIPCODES_LIFECYCLE_CURRENT,
   "An INFO request used an Info Package that the receiver has not said it accepts. The response "
   "MUST list the accepted packages in Recv-Info, and the dialog carries on.",
   SIPCODES_DETAIL_NULL, 0},
  {470, "consent_needed", "Consent Needed",
   SIPCODES_CLASS_CLIENT_ERROR, 5360, "5.9.2", SIPCODES_LIFECYCLE_CURRENT,
   "A relay received a URI list with at least one recipient it has no permission for. The response "
   "SHOULD name them in Permission-Missing; the client adds them to the relay's list (with XCAP, "
   "for example), and the relay obtains the permissions.",
   SIPCODES_DETAIL_NULL, 0},
  {480, "temporarily_unavailable", "Temporarily Unavailable",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.18", SIPCODES_LIFECYCLE_CURRENT,
   "The callee's end system was reached but the callee is unavailable now, for example not logged "
   "in or in do-not-disturb; a proxy also sends it for a known user with no current location. It "
   "MAY give a better time in Retry-After, and the phrase SHOULD say why.",
   sipcodes_detail_aliases + 11, 1},
  {481, "call_transaction_does_not_exist", "Call/Transaction Does Not Exist",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.19", SIPCODES_LIFECYCLE_CURRENT,
   "The UAS received a request that matches no existing dialog or transaction, such as a BYE for an "
   "unknown call or a CANCEL for an unknown transaction. A subscriber MUST send it to a NOTIFY that "
   "matches no subscription unless another 4xx or 5xx fits better (RFC 6665 section 4.1.3).",
   sipcodes_detail_aliases + 12, 3},
  {482, "loop_detected", "Loop Detected",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.20", SIPCODES_LIFECYCLE_CURRENT,
   "The server has detected a loop: the request has come back to it (RFC 3261 section 16.3, as RFC "
   "5393 updates it). As after any 4xx, the client SHOULD NOT retry the same request without "
   "modification.",
   SIPCODES_DETAIL_NULL, 0},
  {483, "too_many_hops", "Too Many Hops",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.21", SIPCODES_LIFECYCLE_CURRENT,
   "The request reached a server with its Max-Forwards at zero. As after any 4xx, the client SHOULD "
   "NOT retry the same request without modification.",
   SIPCODES_DETAIL_NULL, 0},
  {484, "address_incomplete", "Address Incomplete",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.22", SIPCODES_LIFECYCLE_CURRENT,
   "The Request-URI was incomplete; the phrase SHOULD say more. It serves overlapped dialling: the "
   "client sends ever longer digit strings, asking the user for more, until no 484 comes back.",
   SIPCODES_DETAIL_NULL, 0},
  {485, "ambiguous", "Ambiguous",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.23", SIPCODES_LIFECYCLE_CURRENT,
   "The Request-URI was ambiguous. The response MAY list unambiguous addresses in Contact header "
   "fields (a proxy SHOULD, section 16.5); since that can breach privacy, a server MUST be "
   "configurable to send 404 or to leave the list out.",
   SIPCODES_DETAIL_NULL, 0},
  {486, "busy_here", "Busy Here",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.24", SIPCODES_LIFECYCLE_CURRENT,
   "The callee's end system was reached but the callee is not willing or able to take another call "
   "there now. It MAY give a better time in Retry-After; the callee may be reachable elsewhere, as "
   "through voicemail. 600 SHOULD be sent instead when no other end system will accept the call.",
   SIPCODES_DETAIL_NULL, 0},
  {487, "request_terminated", "Request Terminated",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.25", SIPCODES_LIFECYCLE_CURRENT,
   "The request was ended by a BYE or CANCEL; a UAS SHOULD send it to an INVITE that a CANCEL ends "
   "before its final response (RFC 3261 section 9.2). It is never the response to the CANCEL itself.",
   SIPCODES_DETAIL_NULL, 0},
  {488, "not_acceptable_here", "Not Acceptable Here",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.26", SIPCODES_LIFECYCLE_CURRENT,
   "As 606, but for this resource only: the request may succeed elsewhere. A UAS rejecting the "
   "offer of an INVITE SHOULD send it, with a Warning header field saying why (section 13.3.1.3); a "
   "body MAY describe the media the UAS supports.",
   SIPCODES_DETAIL_NULL, 0},
  {489, "bad_event", "Bad Event",
   SIPCODES_CLASS_CLIENT_ERROR, 6665, "8.3.2", SIPCODES_LIFECYCLE_CURRENT,
   "The server did not understand the event package named in the Event header field. A notifier "
   "SHOULD send it to a SUBSCRIBE whose package it does not understand (RFC 6665 section 4.2.1.1); "
   "a subscriber sends it to a NOTIFY whose package it does not support (section 4.1.3).",
   SIPCODES_DETAIL_NULL, 0},
  {491, "request_pending", "Request Pending",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.27", SIPCODES_LIFECYCLE_CURRENT,
   "A UAS received the request while a request of its own was pending in the same dialog, as when "
   "two re-INVITEs cross. A UAC SHOULD wait the random time of RFC 3261 section 14.1 and then try "
   "once more; RFC 3311 section 5.3 says the same of an UPDATE.",
   SIPCODES_DETAIL_NULL, 0},
  {493, "undecipherable", "Undecipherable",
   SIPCODES_CLASS_CLIENT_ERROR, 3261, "21.4.28", SIPCODES_LIFECYCLE_CURRENT,
   "The request carried an encrypted MIME body for which the UAS does not have, or will not "
   "provide, the key. The response MAY carry a single body with the public key to encrypt bodies "
   "for this UA (section 23.2).",
   SIPCODES_DETAIL_NULL, 0},
  {494, "security_agreement_required", "Security Agreement Required",
   SIPCODES_CLASS_CLIENT_ERROR, 3329, "6.4", SIPCODES_LIFECYCLE_CURRENT,
   "The server requires a security agreement before it handles the request. The response MUST list "
   "its mechanisms in Security-Server header fields (and Require: sec-agree when the server "
   "initiated it); the client MUST start the one with the highest q value it knows.",
   SIPCODES_DETAIL_NULL, 0},
  {500, "server_internal_error", "Server Internal Error",
   SIPCODES_CLASS_SERVER_ERROR, 3261, "21.5.1", SIPCODES_LIFECYCLE_CURRENT,
   "The server met an unexpected condition that kept it from fulfilling the request. The client MAY "
   "retry after several seconds; if the condition is temporary, the server MAY say when in a "
   "Retry-After header field.",
   sipcodes_detail_aliases + 15, 1},
  {501, "not_implemented", "Not Implemented",
   SIPCODES_CLASS_SERVER_ERROR, 3261, "21.5.2", SIPCODES_LIFECYCLE_CURRENT,
   "The server does not support the functionality the request needs, as when a UAS does not "
   "recognise the method for any user. Unlike 405, the method is not recognised at all.",
   SIPCODES_DETAIL_NULL, 0},
  {502, "bad_gateway", "Bad Gateway",
   SIPCODES_CLASS_SERVER_ERROR, 3261, "21.5.3", SIPCODES_LIFECYCLE_CURRENT,
   "The server, acting as a gateway or proxy, received an invalid response from the server "
   "downstream that it accessed to fulfil the request.",
   SIPCODES_DETAIL_NULL, 0},
  {503, "service_unavailable", "Service Unavailable",
   SIPCODES_CLASS_SERVER_ERROR, 3261, "21.5.4", SIPCODES_LIFECYCLE_CURRENT,
   "The server is temporarily overloaded or down for maintenance. It MAY say when to retry in "
   "Retry-After; without one the client MUST act as for a 500. The client SHOULD try an alternate "
   "server, and SHOULD NOT send this one other requests for the Retry-After time.",
   SIPCODES_DETAIL_NULL, 0},
  {504, "server_time_out", "Server Time-out",
   SIPCODES_CLASS_SERVER_ERROR, 3261, "21.5.5", SIPCODES_LIFECYCLE_CURRENT,
   "The server did not get a timely response from an external server it accessed, such as a "
   "location server. 408 is sent instead when the time the request's Expires header field set ran "
   "out.",
   sipcodes_detail_aliases + 16, 1},
  {505, "version_not_supported", "Version Not Supported",
   SIPCODES_CLASS_SERVER_ERROR, 3261, "21.5.6", SIPCODES_LIFECYCLE_CURRENT,
   "The server does not support, or refuses to support, the SIP version of the request, and will "
   "not complete it with the client's major version except with this error.",
   sipcodes_detail_aliases + 17, 1},
  {513, "message_too_large", "Message Too Large",
   SIPCODES_CLASS_SERVER_ERROR, 3261, "21.5.7", SIPCODES_LIFECYCLE_CURRENT,
   "The server could not process the request because its length exceeds what the server can handle.",
   SIPCODES_DETAIL_NULL, 0},
  {555, "push_notification_service_not_supported", "Push Notification Service Not Supported",
   SIPCODES_CLASS_SERVER_ERROR, 8599, "8.1", SIPCODES_LIFECYCLE_CURRENT,
   "A proxy MAY send it, instead of forwarding a REGISTER, when it does not support the type of "
   "push notification service that the pn-provider URI parameter of the Contact names and knows by "
   "local configuration that no other proxy on the way to the registrar does (RFC 8599 section "
   "5.6.1). To a REGISTER that only queries the network (pn-provider without pn-prid) it says that "
   "the network does not support the type named, or any type when none was named (section 4.1.5).",
   SIPCODES_DETAIL_NULL, 0},
  {580, "precondition_failure", "Precondition Failure",
   SIPCODES_CLASS_SERVER_ERROR, 3312, "8", SIPCODES_LIFECYCLE_CURRENT,
   "A UAS, as answerer, cannot or will not meet the preconditions, such as a quality-of-service "
   "reservation, of an offer that came in an INVITE or an UPDATE, and SHOULD reject the offer with "
   "it. The 580 SHOULD carry an SDP description showing which desired status caused the failure, "
   "which is neither an offer nor an answer (RFC 3312 section 8). The refusal changes nothing: an "
   "initial INVITE sets up no session, and after a refused re-INVITE or UPDATE the session keeps "
   "its parameters (RFC 3261 section 14.1, RFC 3311 section 5.3).",
   SIPCODES_DETAIL_NULL, 0},
  {600, "busy_everywhere", "Busy Everywhere",
   SIPCODES_CLASS_GLOBAL_FAILURE, 3261, "21.6.1", SIPCODES_LIFECYCLE_CURRENT,
   "The callee was reached and is busy, and no other end point, such as voicemail, will answer; "
   "otherwise 486 is sent. It MAY give a better time to call in a Retry-After header field.",
   SIPCODES_DETAIL_NULL, 0},
  {603, "decline", "Decline",
   SIPCODES_CLASS_GLOBAL_FAILURE, 3261, "21.6.2", SIPCODES_LIFECYCLE_CURRENT,
   "The callee was reached but explicitly does not wish to, or cannot, take part, and no other end "
   "point will answer. It MAY give a better time to call in a Retry-After header field.",
   SIPCODES_DETAIL_NULL, 0},
  {604, "does_not_exist_anywhere", "Does Not Exist Anywhere",
   SIPCODES_CLASS_GLOBAL_FAILURE, 3261, "21.6.3", SIPCODES_LIFECYCLE_CURRENT,
   "Authoritative information at the server says that the user named in the Request-URI exists "
   "nowhere, not just at this address; trying the address elsewhere is pointless.",
   SIPCODES_DETAIL_NULL, 0},
  {606, "not_acceptable_anywhere", "Not Acceptable",
   SIPCODES_CLASS_GLOBAL_FAILURE, 3261, "21.6.4", SIPCODES_LIFECYCLE_CURRENT,
   "The user was reached and wishes to communicate, but cannot support the session described: its "
   "media, bandwidth or addressing style is not acceptable. The response MAY list the reasons in a "
   "Warning header field (warn-codes of section 20.43).",
   SIPCODES_DETAIL_NULL, 0},
  {607, "unwanted", "Unwanted",
   SIPCODES_CLASS_GLOBAL_FAILURE, 8197, "5.1", SIPCODES_LIFECYCLE_CURRENT,
   "The called party does not want this call or message, because of who the caller is. It MAY "
   "answer an INVITE, MESSAGE, SUBSCRIBE or other out-of-dialog request; receivers owe it nothing "
   "beyond any 6xx, and providers MAY feed it to call filtering (RFC 8197 section 4).",
   SIPCODES_DETAIL_NULL, 0},
  {608, "rejected", "Rejected",
   SIPCODES_CLASS_GLOBAL_FAILURE, 8688, "5.1", SIPCODES_LIFECYCLE_CURRENT,
   "An intermediary, not the callee, rejected an INVITE, MESSAGE, SUBSCRIBE or other out-of-dialog "
   "request as unwanted by the user, on the verdict of, for example, a call analytics engine. "
   "Unless there are signs that the caller would misuse it, the intermediary MUST include a "
   "Call-Info header field with purpose=jwscard, referring to a signed jCard through which the "
   "caller can seek redress (RFC 8688 section 3.1); the UAC handles the 608 as any 6xx.",
   SIPCODES_DETAIL_NULL, 0}
};

/* The warn-code registry, ascending by code. */
static const struct sipcodes_warn_code_info sipcodes_detail_warn_codes[SIPCODES_WARN_CODE_COUNT] = {
  {300, 3261, "Incompatible network protocol", "20.43",
   "One or more network protocols in the session description are not available."},
  {301, 3261, "Incompatible network address formats", "20.43",
   "One or more network address formats in the session description are not available."},
  {302, 3261, "Incompatible transport protocol", "20.43",
   "One or more transport protocols in the session description are not available."},
  {303, 3261, "Incompatible bandwidth units", "20.43",
   "One or more bandwidth measurement units in the session description were not understood."},
  {304, 3261, "Media type not available", "20.43",
   "One or more media types in the session description are not available."},
  {305, 3261, "Incompatible media format", "20.43",
   "One or more media formats in the session description are not available."},
  {306, 3261, "Attribute not understood", "20.43",
   "One or more media attributes in the session description are not supported."},
  {307, 3261, "Session description parameter not understood", "20.43",
   "A parameter of the session description other than those above was not understood."},
  {308, 8373, "Incompatible language specification", "6.2",
   "None of the languages the session description asks for is supported; the warn-text lists the "
   "languages and media that are."},
  {330, 3261, "Multicast not available", "20.43",
   "The site where the user is located does not support multicast."},
  {331, 3261, "Unicast not available", "20.43",
   "The site where the user is located does not support unicast communication, usually because of a "
   "firewall."},
  {370, 3261, "Insufficient bandwidth", "20.43",
   "The bandwidth the session description gives, or the media need, exceeds what is known to be "
   "available."},
  {380, 5630, "SIPS Not Allowed", "9",
   "The UAS or proxy cannot process the request because the SIPS scheme is not allowed, for example "
   "as no SIPS contact is registered."},
  {381, 5630, "SIPS Required", "9",
   "The UAS or proxy cannot process the request because the SIPS scheme is required."},
  {399, 3261, "Miscellaneous warning", "20.43",
   "Any other information, for a person to read or for a log; a system receiving it MUST NOT take "
   "any automated action."}
};

/* By byte below 0x80: 1 when a Reason-Phrase may carry it as it is ('%'
   opens an escape and is checked apart). */
static const unsigned char sipcodes_detail_reason_ascii[128] = {
  0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  1, 1, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0};

/* The names of the enums' values, by value. */
static const char *const sipcodes_detail_class_names[7] = {
  "invalid",
  "provisional",
  "success",
  "redirection",
  "client_error",
  "server_error",
  "global_failure"};
static const char *const sipcodes_detail_lifecycle_names[4] = {
  "current",
  "deprecated",
  "reserved",
  "historic"};
static const char *const sipcodes_detail_write_error_names[6] = {
  "none",
  "bad_code",
  "bad_reason",
  "invalid",
  "invalid",
  "no_room"};
static const char *const sipcodes_detail_line_error_names[10] = {
  "none",
  "empty",
  "bad_protocol",
  "bad_version",
  "bad_separator",
  "bad_code",
  "bad_reason",
  "bad_utf8",
  "bad_line_end",
  "unsupported_version"};
#define SIPCODES_DETAIL_UNNAMED "invalid"

#ifdef __cplusplus
}
#endif

#endif /* the data */

/* ===========================================================================
   The one-load lookups, inline in every unit.
   =========================================================================== */
#ifndef SIPCODES_H_INLINE
#define SIPCODES_H_INLINE

#ifdef __cplusplus
extern "C" {
#endif

/* True for 100..699, the codes RFC 3261 section 7.2 allows on the wire. */
static inline int sipcodes_is_valid(int code) { return code >= 100 && code <= 699; }

/* The slot of a code: code - 100 for 100..699, 600 for every other int
   (computed without any arithmetic that could overflow). */
static inline size_t sipcodes_detail_slot(int code) {
  return sipcodes_is_valid(code) ? SIPCODES_DETAIL_CAST(size_t, code - 100) : 600U;
}

/* True when the code is in the table. */
static inline int sipcodes_is_known(int code) { return sipcodes_detail_row_plus_one[sipcodes_detail_slot(code)] != 0; }

/* The default reason phrase, "Busy Here"; "" when the code is not in the
   table. The text lives as long as the program. */
static inline const char *sipcodes_reason_phrase(int code) {
  return sipcodes_detail_phrase_text + sipcodes_detail_reason_offset[sipcodes_detail_slot(code)];
}

/* The class (first digit) of any valid code, known or not;
   SIPCODES_CLASS_INVALID outside 100..699. */
static inline enum sipcodes_class sipcodes_class_of(int code) {
  return sipcodes_is_valid(code) ? SIPCODES_DETAIL_CAST(enum sipcodes_class, code / 100) : SIPCODES_CLASS_INVALID;
}

/* The class tests: all false outside 100..699. A final response is 200..699. */
static inline int sipcodes_is_provisional(int code) { return sipcodes_class_of(code) == SIPCODES_CLASS_PROVISIONAL; }
static inline int sipcodes_is_success(int code) { return sipcodes_class_of(code) == SIPCODES_CLASS_SUCCESS; }
static inline int sipcodes_is_redirection(int code) { return sipcodes_class_of(code) == SIPCODES_CLASS_REDIRECTION; }
static inline int sipcodes_is_client_error(int code) { return sipcodes_class_of(code) == SIPCODES_CLASS_CLIENT_ERROR; }
static inline int sipcodes_is_server_error(int code) { return sipcodes_class_of(code) == SIPCODES_CLASS_SERVER_ERROR; }
static inline int sipcodes_is_global_failure(int code) {
  return sipcodes_class_of(code) == SIPCODES_CLASS_GLOBAL_FAILURE;
}
static inline int sipcodes_is_final(int code) { return sipcodes_is_valid(code) && !sipcodes_is_provisional(code); }

/* The code a receiver acts on (RFC 3261 section 8.1.3.2): the C++
   fallback()'s answer, from a table of its answers. An unknown final code
   xyz is treated as x00, an unknown provisional code as 183; 0 outside
   100..699. */
static inline int sipcodes_fallback(int code) { return sipcodes_detail_fallback[sipcodes_detail_slot(code)]; }

#ifdef __cplusplus
}
#endif

#endif /* the inline lookups */

/* ===========================================================================
   The functions: in the one unit that defines SIPCODES_IMPLEMENTATION, or
   in every unit under SIPCODES_STATIC.
   =========================================================================== */
#if (SIPCODES_DETAIL_MODE_STATIC || defined(SIPCODES_IMPLEMENTATION)) && !defined(SIPCODES_H_FUNCTIONS)
#define SIPCODES_H_FUNCTIONS

#ifdef __cplusplus
extern "C" {
#endif

SIPCODES_DETAIL_API const struct sipcodes_info *sipcodes_all(size_t *count) {
  if (count != SIPCODES_DETAIL_NULL) *count = SIPCODES_ROW_COUNT;
  return sipcodes_detail_table;
}

SIPCODES_DETAIL_API const struct sipcodes_warn_code_info *sipcodes_warn_codes(size_t *count) {
  if (count != SIPCODES_DETAIL_NULL) *count = SIPCODES_WARN_CODE_COUNT;
  return sipcodes_detail_warn_codes;
}

SIPCODES_DETAIL_API const struct sipcodes_info *sipcodes_find(int code) {
  const unsigned row = sipcodes_detail_row_plus_one[sipcodes_detail_slot(code)];
  return row == 0 ? SIPCODES_DETAIL_NULL : &sipcodes_detail_table[row - 1];
}

SIPCODES_DETAIL_API const char *sipcodes_description(int code) {
  const struct sipcodes_info *row = sipcodes_find(code);
  return row == SIPCODES_DETAIL_NULL ? "" : row->description;
}

/* ASCII case-insensitive equality, eight bytes at a time: the bytes of a
   text packed into a word (first byte lowest, on any machine), compared
   with a known ASCII text's word, letter case aside. */
static inline uint64_t sipcodes_detail_byte_at(const char *p, size_t i, unsigned shift) {
  return SIPCODES_DETAIL_CAST(uint64_t, SIPCODES_DETAIL_CAST(unsigned char, p[i])) << shift;
}
static inline uint64_t sipcodes_detail_load4(const char *p) {
  return sipcodes_detail_byte_at(p, 0, 0) | sipcodes_detail_byte_at(p, 1, 8) | sipcodes_detail_byte_at(p, 2, 16) |
         sipcodes_detail_byte_at(p, 3, 24);
}
static inline uint64_t sipcodes_detail_load8(const char *p) {
  return sipcodes_detail_load4(p) | (sipcodes_detail_load4(p + 4) << 32);
}
/* Every byte of a text shorter than 8 in one word: two overlapping 4-byte
   windows for 4..7 bytes; the first, middle and last byte for 1..3. */
static inline uint64_t sipcodes_detail_load_short(const char *p, size_t n) {
  if (n >= 4) return sipcodes_detail_load4(p) | (sipcodes_detail_load4(p + n - 4) << 32);
  if (n == 0) return 0;
  return sipcodes_detail_byte_at(p, 0, 0) | sipcodes_detail_byte_at(p, n / 2, 8) | sipcodes_detail_byte_at(p, n - 1, 16);
}
/* 0x20 in each byte of an ASCII word that is a letter. No byte is 0x80 or
   more, so no addition carries into the next byte. */
static inline uint64_t sipcodes_detail_case_bits(uint64_t ascii) {
  const uint64_t each_byte = UINT64_C(0x0101010101010101);
  const uint64_t lower = ascii | (0x20 * each_byte);
  const uint64_t from_a = lower + ((0x80 - 'a') * each_byte);
  const uint64_t after_z = lower + ((0x80 - 'z' - 1) * each_byte);
  return (from_a & ~after_z & (0x80 * each_byte)) >> 2;
}
static inline uint64_t sipcodes_detail_difference(uint64_t text, uint64_t known) {
  return (text ^ known) & ~sipcodes_detail_case_bits(known);
}
/* text[0..n) equals the ASCII known[0..n), ignoring ASCII case. */
static inline int sipcodes_detail_iequals(const char *text, const char *known, size_t n) {
  uint64_t differences;
  size_t at;
  if (n < 8) {
    return sipcodes_detail_difference(sipcodes_detail_load_short(text, n), sipcodes_detail_load_short(known, n)) == 0;
  }
  differences = sipcodes_detail_difference(sipcodes_detail_load8(text + n - 8), sipcodes_detail_load8(known + n - 8));
  for (at = 0; at < n - 8; at += 8) {
    differences |= sipcodes_detail_difference(sipcodes_detail_load8(text + at), sipcodes_detail_load8(known + at));
  }
  return differences == 0;
}

static inline int sipcodes_detail_is_blank(char c) { return c == ' ' || c == '\t'; }

/* The hash of a non-empty phrase: its length and its first and last bytes,
   with ASCII case folded. The generator computes the same to fill
   sipcodes_detail_phrase_slot. */
static inline size_t sipcodes_detail_phrase_hash(const char *text, size_t n) {
  const size_t first = SIPCODES_DETAIL_CAST(unsigned char, text[0]) | 0x20U;
  const size_t last = SIPCODES_DETAIL_CAST(unsigned char, text[n - 1]) | 0x20U;
  return (n * 31 + first * 28 + last) % SIPCODES_DETAIL_PHRASE_SLOT_COUNT;
}

SIPCODES_DETAIL_API int sipcodes_from_reason(const char *text, size_t length) {
  size_t slot;
  unsigned phrase;
  if (text == SIPCODES_DETAIL_NULL) return 0;
  while (length > 0 && sipcodes_detail_is_blank(text[0])) {
    ++text;
    --length;
  }
  while (length > 0 && sipcodes_detail_is_blank(text[length - 1])) --length;
  if (length == 0) return 0;
  /* The table is at most half full: the probe always reaches an empty slot. */
  slot = sipcodes_detail_phrase_hash(text, length);
  while ((phrase = sipcodes_detail_phrase_slot[slot]) != 0) {
    if (sipcodes_detail_phrase_length[phrase] == length &&
        sipcodes_detail_iequals(text, sipcodes_detail_phrase_text + sipcodes_detail_phrase_offset[phrase], length)) {
      return sipcodes_detail_phrase_code[phrase];
    }
    slot = (slot + 1) % SIPCODES_DETAIL_PHRASE_SLOT_COUNT;
  }
  return 0;
}

SIPCODES_DETAIL_API int sipcodes_from_name(const char *name, size_t length) {
  size_t row;
  size_t i;
  if (name == SIPCODES_DETAIL_NULL) return 0;
  for (row = 0; row < SIPCODES_ROW_COUNT; ++row) {
    const char *known = sipcodes_detail_table[row].name;
    for (i = 0; i < length && known[i] != '\0' && known[i] == name[i]; ++i) {
    }
    if (i == length && known[i] == '\0') return sipcodes_detail_table[row].code;
  }
  return 0;
}

SIPCODES_DETAIL_API const struct sipcodes_warn_code_info *sipcodes_find_warn_code(int code) {
  size_t i;
  for (i = 0; i < SIPCODES_WARN_CODE_COUNT; ++i) {
    if (sipcodes_detail_warn_codes[i].code == code) return &sipcodes_detail_warn_codes[i];
  }
  return SIPCODES_DETAIL_NULL;
}

SIPCODES_DETAIL_API const char *sipcodes_warning_text(int code) {
  const struct sipcodes_warn_code_info *row = sipcodes_find_warn_code(code);
  return row == SIPCODES_DETAIL_NULL ? "" : row->text;
}

SIPCODES_DETAIL_API const char *sipcodes_warning_description(int code) {
  const struct sipcodes_warn_code_info *row = sipcodes_find_warn_code(code);
  return row == SIPCODES_DETAIL_NULL ? "" : row->description;
}

/* The name of an enum's value from a table of `count` names by value. */
static inline const char *sipcodes_detail_name(const char *const *names, int count, int value) {
  return value >= 0 && value < count ? names[value] : SIPCODES_DETAIL_UNNAMED;
}

SIPCODES_DETAIL_API const char *sipcodes_class_string(enum sipcodes_class value) {
  return sipcodes_detail_name(sipcodes_detail_class_names, 7, SIPCODES_DETAIL_CAST(int, value));
}

SIPCODES_DETAIL_API const char *sipcodes_lifecycle_string(enum sipcodes_lifecycle value) {
  return sipcodes_detail_name(sipcodes_detail_lifecycle_names, 4, SIPCODES_DETAIL_CAST(int, value));
}

SIPCODES_DETAIL_API const char *sipcodes_write_error_string(enum sipcodes_write_error value) {
  return sipcodes_detail_name(sipcodes_detail_write_error_names, 6,
                              SIPCODES_DETAIL_CAST(int, value));
}

SIPCODES_DETAIL_API const char *sipcodes_line_error_string(enum sipcodes_line_error value) {
  return sipcodes_detail_name(sipcodes_detail_line_error_names, 10,
                              SIPCODES_DETAIL_CAST(int, value));
}

static inline unsigned sipcodes_detail_byte(const char *text, size_t i) {
  return SIPCODES_DETAIL_CAST(unsigned char, text[i]);
}
static inline int sipcodes_detail_is_digit(char c) { return c >= '0' && c <= '9'; }
static inline int sipcodes_detail_is_hex(char c) {
  return sipcodes_detail_is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* The length of the well-formed UTF-8 sequence (RFC 3629) that starts
   text[0..n), n > 0: 2 to 4, or 0 when there is none (no overlong forms, no
   surrogates, nothing above U+10FFFF). */
static inline size_t sipcodes_detail_utf8_length(const char *text, size_t n) {
  const unsigned lead = sipcodes_detail_byte(text, 0);
  unsigned low = 0x80; /* the bounds of the second byte */
  unsigned high = 0xBF;
  size_t length;
  size_t i;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;  /* no overlong forms */
    if (lead == 0xED) high = 0x9F; /* no surrogates */
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;  /* no overlong forms */
    if (lead == 0xF4) high = 0x8F; /* nothing above U+10FFFF */
  } else {
    return 0;
  }
  if (n < length || sipcodes_detail_byte(text, 1) < low || sipcodes_detail_byte(text, 1) > high) return 0;
  for (i = 2; i < length; ++i) {
    if (sipcodes_detail_byte(text, i) < 0x80 || sipcodes_detail_byte(text, i) > 0xBF) return 0;
  }
  return length;
}

SIPCODES_DETAIL_API int sipcodes_is_valid_reason_phrase(const char *text, size_t length) {
  size_t i = 0;
  if (text == SIPCODES_DETAIL_NULL) return 1;
  while (i < length) {
    const unsigned byte = sipcodes_detail_byte(text, i);
    if (byte >= 0x80) {
      const size_t n = sipcodes_detail_utf8_length(text + i, length - i);
      if (n == 0) return 0;
      i += n;
    } else if (text[i] == '%') {
      if (i + 2 >= length || !sipcodes_detail_is_hex(text[i + 1]) || !sipcodes_detail_is_hex(text[i + 2])) return 0;
      i += 3;
    } else if (sipcodes_detail_reason_ascii[byte]) {
      ++i;
    } else {
      return 0;
    }
  }
  return 1;
}

/* "SIP/2.0 " "486" " " reason "\r\n" */
#define SIPCODES_DETAIL_STATUS_LINE_SIZE(reason_length) (8 + 3 + 1 + (reason_length) + 2)

SIPCODES_DETAIL_API enum sipcodes_write_error sipcodes_status_line_size(int code, const char *reason,
                                                                        size_t reason_length, size_t *size) {
  if (size != SIPCODES_DETAIL_NULL) *size = 0;
  if (!sipcodes_is_valid(code)) return SIPCODES_WRITE_BAD_CODE;
  if (reason == SIPCODES_DETAIL_NULL || reason_length == 0) {
    /* The table's phrases are valid Reason-Phrases: the generator checks. */
    reason_length = strlen(sipcodes_reason_phrase(code));
  } else if (!sipcodes_is_valid_reason_phrase(reason, reason_length)) {
    return SIPCODES_WRITE_BAD_REASON;
  }
  if (size != SIPCODES_DETAIL_NULL) *size = SIPCODES_DETAIL_STATUS_LINE_SIZE(reason_length);
  return SIPCODES_WRITE_NONE;
}

SIPCODES_DETAIL_API enum sipcodes_write_error sipcodes_write_status_line(char *buffer, size_t capacity, int code,
                                                                         const char *reason, size_t reason_length,
                                                                         size_t *length) {
  size_t size;
  const enum sipcodes_write_error error = sipcodes_status_line_size(code, reason, reason_length, &size);
  if (length != SIPCODES_DETAIL_NULL) *length = 0;
  if (error != SIPCODES_WRITE_NONE) return error;
  if (buffer == SIPCODES_DETAIL_NULL || capacity < size) return SIPCODES_WRITE_NO_ROOM;
  if (reason == SIPCODES_DETAIL_NULL || reason_length == 0) {
    reason = sipcodes_reason_phrase(code);
    reason_length = size - SIPCODES_DETAIL_STATUS_LINE_SIZE(0);
  }
  memcpy(buffer, "SIP/2.0 ", 8);
  buffer[8] = SIPCODES_DETAIL_CAST(char, '0' + code / 100);
  buffer[9] = SIPCODES_DETAIL_CAST(char, '0' + code / 10 % 10);
  buffer[10] = SIPCODES_DETAIL_CAST(char, '0' + code % 10);
  buffer[11] = ' ';
  if (reason_length != 0) memcpy(buffer + 12, reason, reason_length);
  buffer[12 + reason_length] = '\r';
  buffer[13 + reason_length] = '\n';
  if (length != SIPCODES_DETAIL_NULL) *length = size;
  return SIPCODES_WRITE_NONE;
}

/* 1*DIGIT with a value of at most 255, from text[*at]; false (and *at past
   the digits, *out 255) when the number is larger, false (nothing read)
   when there is no digit. */
static inline int sipcodes_detail_read_version(const char *text, size_t length, size_t *at, int *out) {
  int value = 0;
  int fits = 1;
  if (*at >= length || !sipcodes_detail_is_digit(text[*at])) return 0;
  while (*at < length && sipcodes_detail_is_digit(text[*at])) {
    value = value * 10 + (text[*at] - '0');
    ++*at;
    if (value > 255) {
      fits = 0;
      value = 255; /* keep reading the digits without overflowing */
    }
  }
  *out = value;
  return fits;
}

SIPCODES_DETAIL_API enum sipcodes_line_error sipcodes_parse_status_line(const char *input, size_t length,
                                                                        struct sipcodes_status_line *line) {
  struct sipcodes_status_line ignored;
  size_t at = 4;
  size_t start;
  size_t line_end = 0; /* the length of the line's end: 0 (none), 1 (LF) or 2 (CRLF) */
  int code = 0;
  if (line == SIPCODES_DETAIL_NULL) line = &ignored;
  line->code = 0;
  line->reason = SIPCODES_DETAIL_NULL;
  line->reason_length = 0;
  line->version_major = 0;
  line->version_minor = 0;
  line->rest = SIPCODES_DETAIL_NULL;
  line->rest_length = 0;
  if (input == SIPCODES_DETAIL_NULL || length == 0) return SIPCODES_LINE_EMPTY;
  if (length < 4 || !sipcodes_detail_iequals(input, "SIP/", 4)) return SIPCODES_LINE_BAD_PROTOCOL;

  if (!sipcodes_detail_read_version(input, length, &at, &line->version_major)) return SIPCODES_LINE_BAD_VERSION;
  if (at >= length || input[at] != '.') return SIPCODES_LINE_BAD_VERSION;
  ++at;
  if (!sipcodes_detail_read_version(input, length, &at, &line->version_minor)) return SIPCODES_LINE_BAD_VERSION;
  if (at < length && !sipcodes_detail_is_blank(input[at]) && input[at] != '\r' && input[at] != '\n') {
    return SIPCODES_LINE_BAD_VERSION; /* "SIP/2.0x" */
  }
  if (at >= length || input[at] != ' ') return SIPCODES_LINE_BAD_SEPARATOR;
  ++at;
  if (at < length && sipcodes_detail_is_blank(input[at])) return SIPCODES_LINE_BAD_SEPARATOR;

  start = at;
  while (at < length && sipcodes_detail_is_digit(input[at]) && at - start < 4) {
    code = code * 10 + (input[at] - '0');
    ++at;
  }
  if (at - start != 3 || (at < length && sipcodes_detail_is_digit(input[at])) || !sipcodes_is_valid(code)) {
    return SIPCODES_LINE_BAD_CODE;
  }
  line->code = code;
  if (at >= length || input[at] != ' ') return SIPCODES_LINE_BAD_SEPARATOR;
  ++at;

  start = at;
  while (at < length) {
    const char c = input[at];
    const unsigned byte = sipcodes_detail_byte(input, at);
    if (c == '\n') { /* a bare LF ends the line */
      line_end = 1;
      break;
    }
    if (c == '\r') {
      if (at + 1 == length || input[at + 1] != '\n') return SIPCODES_LINE_BAD_LINE_END;
      line_end = 2;
      break;
    }
    if (byte >= 0x80) {
      const size_t n = sipcodes_detail_utf8_length(input + at, length - at);
      if (n == 0) return SIPCODES_LINE_BAD_UTF8;
      at += n;
    } else if ((byte < 0x20 && c != '\t') || byte == 0x7F) {
      return SIPCODES_LINE_BAD_REASON;
    } else {
      ++at;
    }
  }
  line->reason = input + start;
  line->reason_length = at - start;
  line->rest = input + at + line_end;
  line->rest_length = length - at - line_end;
  if (line->version_major != 2 || line->version_minor != 0) return SIPCODES_LINE_UNSUPPORTED_VERSION;
  return SIPCODES_LINE_NONE;
}

#ifdef __cplusplus
}
#endif

#endif /* the functions */
