/* q850.h: GENERATED, do not edit.
 *
 * cmake/c_headers/generate_c_headers.cpp wrote it from include/sipcodes/q850.hpp
 * (sipcodes 2.1.0) and the template cmake/c_headers/q850.h.in, which holds
 * its C functions. To change it, change one of those and regenerate
 * (from the top of the source tree; any top-level build will do):
 *     cmake -S . -B build && cmake --build build --target sipcodes_c_headers
 * The test c_headers_up_to_date fails while it differs from what the
 * generator writes. */

/*
 * q850.h: the RFC 3398 mappings between SIP status codes and ISUP (Q.850)
 * cause values that a gateway or B2BUA needs, and the Q.850 names of the
 * causes they use, for C and C++. Every answer is the C++ add-on
 * <sipcodes/q850.hpp>'s; a test compares the two.
 *
 * Copyright (c) 2026 the sipcodes authors.
 * Distributed under the Boost Software License, Version 1.0
 * (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
 *
 *   sipcodes_to_q850_cause(486, 0)    -> 17 "User busy"  (RFC 3398 section 8.2.6.1)
 *   sipcodes_to_q850_cause(488, 305)  -> 65, by the Warning's warn-code
 *   sipcodes_from_q850_cause(17, SIPCODES_CAUSE_LOCATION_NETWORK, SIPCODES_CAUSE_DIAGNOSTIC_ABSENT)
 *                                     -> 486 (RFC 3398 section 7.2.4.1)
 *   sipcodes_q850_cause_name(17)      -> "User busy"
 *
 * It includes sipcodes.h, its sibling, and follows its rules: its functions
 * are compiled in the unit that defines SIPCODES_IMPLEMENTATION (include
 * this header there too), or privately in each unit under SIPCODES_STATIC.
 */

#ifndef SIPCODES_Q850_H
#define SIPCODES_Q850_H

#include "sipcodes.h"

#if SIPCODES_VERSION_MAJOR != 2 || SIPCODES_VERSION_MINOR != 1 || SIPCODES_VERSION_PATCH != 0
#error "sipcodes/q850.h is sipcodes 2.1.0, and the sipcodes.h it found is another version"
#endif

/* The link names, versioned as sipcodes.h's whenever its are (the mode of
   the unit's first sipcodes header). */
#if !SIPCODES_DETAIL_MODE_STATIC
#define sipcodes_to_q850_cause SIPCODES_DETAIL_LINK_NAME(sipcodes_to_q850_cause)
#define sipcodes_from_q850_cause SIPCODES_DETAIL_LINK_NAME(sipcodes_from_q850_cause)
#define sipcodes_q850_cause_name SIPCODES_DETAIL_LINK_NAME(sipcodes_q850_cause_name)
#define sipcodes_speaks_of_bearer_capability SIPCODES_DETAIL_LINK_NAME(sipcodes_speaks_of_bearer_capability)
#define sipcodes_q850_causes SIPCODES_DETAIL_LINK_NAME(sipcodes_q850_causes)
#define sipcodes_sip_to_q850_mappings SIPCODES_DETAIL_LINK_NAME(sipcodes_sip_to_q850_mappings)
#define sipcodes_q850_to_sip_mappings SIPCODES_DETAIL_LINK_NAME(sipcodes_q850_to_sip_mappings)
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Where the Q.850 cause location of a REL points; numbered as the C++ cause_location. */
enum sipcodes_cause_location { SIPCODES_CAUSE_LOCATION_NETWORK = 0, SIPCODES_CAUSE_LOCATION_USER = 1 };

/* Whether the REL's cause carries a diagnostic field; numbered as the C++ cause_diagnostic. */
enum sipcodes_cause_diagnostic { SIPCODES_CAUSE_DIAGNOSTIC_ABSENT = 0, SIPCODES_CAUSE_DIAGNOSTIC_PRESENT = 1 };

/* A Q.850 cause value that RFC 3398's tables use, with its Q.850 name. */
struct sipcodes_q850_cause {
  int value;        /* 17 */
  const char *name; /* "User busy" */
};

/* One row of RFC 3398 section 8.2.6.1: the cause a gateway puts in the ISUP
   REL when it receives the SIP response `sip`. */
struct sipcodes_sip_to_q850_row {
  int sip;            /* the response received */
  int cause;          /* 0 where the RFC gives none (487) */
  const char *source; /* RFC and section */
  const char *note;   /* the RFC's qualification of the row, "" if none */
};

/* One row of RFC 3398 section 7.2.4.1: the SIP response a gateway sends when
   it receives an ISUP REL with `cause`. */
struct sipcodes_q850_to_sip_row {
  int cause;          /* the cause received */
  int sip;            /* 0 where the RFC sends no response (16, 44) */
  const char *source; /* RFC and section */
  const char *note;   /* the RFC's qualification of the row, "" if none */
};

#define SIPCODES_Q850_CAUSE_COUNT 35
#define SIPCODES_SIP_TO_Q850_COUNT 37
#define SIPCODES_Q850_TO_SIP_COUNT 33

/* The Q.850 cause a gateway puts in the ISUP REL for a SIP failure response
   (RFC 3398 section 8.2.6.1); 0 for none. A listed code maps as the RFC's
   table says. 488 and 606 map "by Warning header": pass the warn-code of the
   Warning that came with the response, or 0 when none did; a warn-code that
   speaks of bearer capability gives 65, any other 31. Any other code of
   400..699 gives the RFC's default, 31 "Normal, unspecified". 487, for which
   the RFC gives no cause, codes below 400 and invalid codes give 0. */
SIPCODES_DETAIL_API int sipcodes_to_q850_cause(int sip_code, int warn_code);

/* The SIP response a gateway sends for an ISUP REL's cause (RFC 3398
   section 7.2.4.1); 0 for none. A listed cause maps as the RFC's table says,
   with its two variants: cause 21 at location user gives 603, cause 22 with
   a diagnostic gives 301. Cause 16 (normal clearing), which ends a call with
   a BYE or CANCEL rather than a response, and cause 44, which the RFC calls
   untranslatable, give 0 ("no response"). Any other cause of 1..127 gives
   the RFC's default, 500; a value outside 1..127 is no cause and gives 0. */
SIPCODES_DETAIL_API int sipcodes_from_q850_cause(int cause, enum sipcodes_cause_location location,
                                                 enum sipcodes_cause_diagnostic diagnostic);

/* The Q.850 name of a cause that RFC 3398's tables use ("User busy"); ""
   for any other value. */
SIPCODES_DETAIL_API const char *sipcodes_q850_cause_name(int cause);

/* True for the warn-codes that speak of a bearer capability that is not
   available (304 "Media type not available", 305 "Incompatible media
   format"), for which RFC 3398 section 8.2.6.1 recommends cause 65. */
SIPCODES_DETAIL_API int sipcodes_speaks_of_bearer_capability(int warn_code);

/* The tables as data, in the RFC's order; *count (when count is not NULL)
   is set to the number of rows. */
SIPCODES_DETAIL_API const struct sipcodes_q850_cause *sipcodes_q850_causes(size_t *count);
SIPCODES_DETAIL_API const struct sipcodes_sip_to_q850_row *sipcodes_sip_to_q850_mappings(size_t *count);
SIPCODES_DETAIL_API const struct sipcodes_q850_to_sip_row *sipcodes_q850_to_sip_mappings(size_t *count);

#ifdef __cplusplus
}
#endif

#endif /* SIPCODES_Q850_H */

/* ===========================================================================
   The data and the functions: in the one unit that defines
   SIPCODES_IMPLEMENTATION, or in every unit under SIPCODES_STATIC.
   =========================================================================== */
#if (SIPCODES_DETAIL_MODE_STATIC || defined(SIPCODES_IMPLEMENTATION)) && !defined(SIPCODES_Q850_H_FUNCTIONS)
#define SIPCODES_Q850_H_FUNCTIONS

#ifdef __cplusplus
extern "C" {
#endif

static const struct sipcodes_q850_cause sipcodes_detail_q850_causes[SIPCODES_Q850_CAUSE_COUNT] = {
  {1, "Unallocated (unassigned) number"},
  {2, "No route to specified transit network"},
  {3, "No route to destination"},
  {16, "Normal call clearing"},
  {17, "User busy"},
  {18, "No user responding"},
  {19, "No answer from user (user alerted)"},
  {20, "Subscriber absent"},
  {21, "Call rejected"},
  {22, "Number changed"},
  {23, "Redirection to new destination"},
  {25, "Exchange routing error"},
  {26, "Non-selected user clearing"},
  {27, "Destination out of order"},
  {28, "Invalid number format (address incomplete)"},
  {29, "Facility rejected"},
  {31, "Normal, unspecified"},
  {34, "No circuit/channel available"},
  {38, "Network out of order"},
  {41, "Temporary failure"},
  {42, "Switching equipment congestion"},
  {44, "Requested circuit/channel not available"},
  {47, "Resource unavailable, unspecified"},
  {55, "Incoming calls barred within CUG"},
  {57, "Bearer capability not authorized"},
  {58, "Bearer capability not presently available"},
  {63, "Service or option not available, unspecified"},
  {65, "Bearer capability not implemented"},
  {70, "Only restricted digital information bearer capability is available"},
  {79, "Service or option not implemented, unspecified"},
  {87, "User not member of CUG"},
  {88, "Incompatible destination"},
  {102, "Recovery on timer expiry"},
  {111, "Protocol error, unspecified"},
  {127, "Interworking, unspecified"}
};

/* RFC 3398 section 8.2.6.1, in its order. */
static const struct sipcodes_sip_to_q850_row sipcodes_detail_sip_to_q850[SIPCODES_SIP_TO_Q850_COUNT] = {
  {400, 41, "RFC 3398 section 8.2.6.1",
   ""},
  {401, 21, "RFC 3398 section 8.2.6.1",
   "only when the gateway cannot authenticate itself"},
  {402, 21, "RFC 3398 section 8.2.6.1",
   ""},
  {403, 21, "RFC 3398 section 8.2.6.1",
   ""},
  {404, 1, "RFC 3398 section 8.2.6.1",
   ""},
  {405, 63, "RFC 3398 section 8.2.6.1",
   ""},
  {406, 79, "RFC 3398 section 8.2.6.1",
   "try to remedy and re-originate first"},
  {407, 21, "RFC 3398 section 8.2.6.1",
   "only when the gateway cannot authenticate itself"},
  {408, 102, "RFC 3398 section 8.2.6.1",
   ""},
  {410, 22, "RFC 3398 section 8.2.6.1",
   "without diagnostic"},
  {413, 127, "RFC 3398 section 8.2.6.1",
   "try to remedy and re-originate first"},
  {414, 127, "RFC 3398 section 8.2.6.1",
   "try to remedy and re-originate first"},
  {415, 79, "RFC 3398 section 8.2.6.1",
   "try to remedy and re-originate first"},
  {416, 127, "RFC 3398 section 8.2.6.1",
   "try to remedy and re-originate first"},
  {420, 127, "RFC 3398 section 8.2.6.1",
   "try to remedy and re-originate first"},
  {421, 127, "RFC 3398 section 8.2.6.1",
   "try to remedy and re-originate first"},
  {423, 127, "RFC 3398 section 8.2.6.1",
   "try to remedy and re-originate first"},
  {480, 18, "RFC 3398 section 8.2.6.1",
   ""},
  {481, 41, "RFC 3398 section 8.2.6.1",
   ""},
  {482, 25, "RFC 3398 section 8.2.6.1",
   ""},
  {483, 25, "RFC 3398 section 8.2.6.1",
   ""},
  {484, 28, "RFC 3398 section 8.2.6.1",
   "try to remedy and re-originate first"},
  {485, 1, "RFC 3398 section 8.2.6.1",
   ""},
  {486, 17, "RFC 3398 section 8.2.6.1",
   ""},
  {487, 0, "RFC 3398 section 8.2.6.1",
   "no mapping"},
  {488, 31, "RFC 3398 section 8.2.6.1",
   "by Warning header: 65 when the warn-code speaks of bearer capability (304, 305)"},
  {500, 41, "RFC 3398 section 8.2.6.1",
   ""},
  {501, 79, "RFC 3398 section 8.2.6.1",
   ""},
  {502, 38, "RFC 3398 section 8.2.6.1",
   ""},
  {503, 41, "RFC 3398 section 8.2.6.1",
   ""},
  {504, 102, "RFC 3398 section 8.2.6.1",
   ""},
  {505, 127, "RFC 3398 section 8.2.6.1",
   "printed as 504 in the RFC; try to remedy and re-originate first"},
  {513, 127, "RFC 3398 section 8.2.6.1",
   "try to remedy and re-originate first"},
  {600, 17, "RFC 3398 section 8.2.6.1",
   ""},
  {603, 21, "RFC 3398 section 8.2.6.1",
   ""},
  {604, 1, "RFC 3398 section 8.2.6.1",
   ""},
  {606, 31, "RFC 3398 section 8.2.6.1",
   "by Warning header: 65 when the warn-code speaks of bearer capability (304, 305)"}
};

/* RFC 3398 section 7.2.4.1, in its order, with cause 44 from the text below the table. */
static const struct sipcodes_q850_to_sip_row sipcodes_detail_q850_to_sip[SIPCODES_Q850_TO_SIP_COUNT] = {
  {1, 404, "RFC 3398 section 7.2.4.1",
   ""},
  {2, 404, "RFC 3398 section 7.2.4.1",
   ""},
  {3, 404, "RFC 3398 section 7.2.4.1",
   ""},
  {16, 0, "RFC 3398 section 7.2.4.1",
   "usually a BYE or CANCEL, not a response"},
  {17, 486, "RFC 3398 section 7.2.4.1",
   ""},
  {18, 408, "RFC 3398 section 7.2.4.1",
   ""},
  {19, 480, "RFC 3398 section 7.2.4.1",
   ""},
  {20, 480, "RFC 3398 section 7.2.4.1",
   ""},
  {21, 403, "RFC 3398 section 7.2.4.1",
   "603 when the cause location is user"},
  {22, 410, "RFC 3398 section 7.2.4.1",
   "301 Moved Permanently with a diagnostic"},
  {23, 410, "RFC 3398 section 7.2.4.1",
   ""},
  {26, 404, "RFC 3398 section 7.2.4.1",
   "ANSI: misrouted ported number"},
  {27, 502, "RFC 3398 section 7.2.4.1",
   ""},
  {28, 484, "RFC 3398 section 7.2.4.1",
   ""},
  {29, 501, "RFC 3398 section 7.2.4.1",
   ""},
  {31, 480, "RFC 3398 section 7.2.4.1",
   ""},
  {34, 503, "RFC 3398 section 7.2.4.1",
   ""},
  {38, 503, "RFC 3398 section 7.2.4.1",
   ""},
  {41, 503, "RFC 3398 section 7.2.4.1",
   ""},
  {42, 503, "RFC 3398 section 7.2.4.1",
   ""},
  {44, 0, "RFC 3398 section 7.2.4.1",
   "untranslatable: no SIP response is sent"},
  {47, 503, "RFC 3398 section 7.2.4.1",
   ""},
  {55, 403, "RFC 3398 section 7.2.4.1",
   ""},
  {57, 403, "RFC 3398 section 7.2.4.1",
   ""},
  {58, 503, "RFC 3398 section 7.2.4.1",
   ""},
  {65, 488, "RFC 3398 section 7.2.4.1",
   ""},
  {70, 488, "RFC 3398 section 7.2.4.1",
   ""},
  {79, 501, "RFC 3398 section 7.2.4.1",
   ""},
  {87, 403, "RFC 3398 section 7.2.4.1",
   ""},
  {88, 503, "RFC 3398 section 7.2.4.1",
   ""},
  {102, 504, "RFC 3398 section 7.2.4.1",
   ""},
  {111, 500, "RFC 3398 section 7.2.4.1",
   ""},
  {127, 500, "RFC 3398 section 7.2.4.1",
   ""}
};

/* The warn-codes that speak of bearer capability. */
static const short sipcodes_detail_bearer_warn_codes[2] = {
  304, 305};

/* By slot of the SIP code (sipcodes_detail_slot): the C++ to_q850_cause's
   answer, without such a warn-code [0] and with one [1]; 0 for none. */
static const unsigned char sipcodes_detail_cause_by_slot[2][SIPCODES_DETAIL_SLOT_COUNT] = {
  {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    41, 21, 21, 21, 1, 63, 79, 21, 102, 31, 22, 31, 31, 127, 127, 79, 127, 31, 31, 31,
    127, 127, 31, 127, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    18, 41, 25, 25, 28, 1, 17, 0, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    41, 79, 38, 41, 102, 127, 31, 31, 31, 31, 31, 31, 31, 127, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    17, 31, 31, 21, 1, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    0},
  {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    41, 21, 21, 21, 1, 63, 79, 21, 102, 31, 22, 31, 31, 127, 127, 79, 127, 31, 31, 31,
    127, 127, 31, 127, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    18, 41, 25, 25, 28, 1, 17, 0, 65, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    41, 79, 38, 41, 102, 127, 31, 31, 31, 31, 31, 31, 31, 127, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    17, 31, 31, 21, 1, 31, 65, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    0}
};

/* By location * 2 + diagnostic, then by cause 0..127: the C++
   from_q850_cause's answer; 0 for none. */
static const unsigned short sipcodes_detail_sip_by_cause[4][128] = {
  {/* location 0, diagnostic 0 */
    0, 404, 404, 404, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500,
    0, 486, 408, 480, 480, 403, 410, 410, 500, 500, 404, 502, 484, 501, 500, 480,
    500, 500, 503, 500, 500, 500, 503, 500, 500, 503, 503, 500, 0, 500, 500, 503,
    500, 500, 500, 500, 500, 500, 500, 403, 500, 403, 503, 500, 500, 500, 500, 500,
    500, 488, 500, 500, 500, 500, 488, 500, 500, 500, 500, 500, 500, 500, 500, 501,
    500, 500, 500, 500, 500, 500, 500, 403, 503, 500, 500, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 500, 500, 504, 500, 500, 500, 500, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500},
  {/* location 0, diagnostic 1 */
    0, 404, 404, 404, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500,
    0, 486, 408, 480, 480, 403, 301, 410, 500, 500, 404, 502, 484, 501, 500, 480,
    500, 500, 503, 500, 500, 500, 503, 500, 500, 503, 503, 500, 0, 500, 500, 503,
    500, 500, 500, 500, 500, 500, 500, 403, 500, 403, 503, 500, 500, 500, 500, 500,
    500, 488, 500, 500, 500, 500, 488, 500, 500, 500, 500, 500, 500, 500, 500, 501,
    500, 500, 500, 500, 500, 500, 500, 403, 503, 500, 500, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 500, 500, 504, 500, 500, 500, 500, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500},
  {/* location 1, diagnostic 0 */
    0, 404, 404, 404, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500,
    0, 486, 408, 480, 480, 603, 410, 410, 500, 500, 404, 502, 484, 501, 500, 480,
    500, 500, 503, 500, 500, 500, 503, 500, 500, 503, 503, 500, 0, 500, 500, 503,
    500, 500, 500, 500, 500, 500, 500, 403, 500, 403, 503, 500, 500, 500, 500, 500,
    500, 488, 500, 500, 500, 500, 488, 500, 500, 500, 500, 500, 500, 500, 500, 501,
    500, 500, 500, 500, 500, 500, 500, 403, 503, 500, 500, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 500, 500, 504, 500, 500, 500, 500, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500},
  {/* location 1, diagnostic 1 */
    0, 404, 404, 404, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500,
    0, 486, 408, 480, 480, 603, 301, 410, 500, 500, 404, 502, 484, 501, 500, 480,
    500, 500, 503, 500, 500, 500, 503, 500, 500, 503, 503, 500, 0, 500, 500, 503,
    500, 500, 500, 500, 500, 500, 500, 403, 500, 403, 503, 500, 500, 500, 500, 500,
    500, 488, 500, 500, 500, 500, 488, 500, 500, 500, 500, 500, 500, 500, 500, 501,
    500, 500, 500, 500, 500, 500, 500, 403, 503, 500, 500, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 500, 500, 504, 500, 500, 500, 500, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500}};

SIPCODES_DETAIL_API int sipcodes_speaks_of_bearer_capability(int warn_code) {
  size_t i;
  for (i = 0; i < 2; ++i) {
    if (sipcodes_detail_bearer_warn_codes[i] == warn_code) return 1;
  }
  return 0;
}

SIPCODES_DETAIL_API int sipcodes_to_q850_cause(int sip_code, int warn_code) {
  const int bearer = sipcodes_speaks_of_bearer_capability(warn_code);
  return sipcodes_detail_cause_by_slot[bearer][sipcodes_detail_slot(sip_code)];
}

SIPCODES_DETAIL_API int sipcodes_from_q850_cause(int cause, enum sipcodes_cause_location location,
                                                 enum sipcodes_cause_diagnostic diagnostic) {
  const int user = location == SIPCODES_CAUSE_LOCATION_USER;
  const int present = diagnostic == SIPCODES_CAUSE_DIAGNOSTIC_PRESENT;
  if (cause < 0 || cause > 127) return 0;
  return sipcodes_detail_sip_by_cause[user * 2 + present][cause];
}

SIPCODES_DETAIL_API const char *sipcodes_q850_cause_name(int cause) {
  size_t i;
  for (i = 0; i < SIPCODES_Q850_CAUSE_COUNT; ++i) {
    if (sipcodes_detail_q850_causes[i].value == cause) return sipcodes_detail_q850_causes[i].name;
  }
  return "";
}

SIPCODES_DETAIL_API const struct sipcodes_q850_cause *sipcodes_q850_causes(size_t *count) {
  if (count != SIPCODES_DETAIL_NULL) *count = SIPCODES_Q850_CAUSE_COUNT;
  return sipcodes_detail_q850_causes;
}

SIPCODES_DETAIL_API const struct sipcodes_sip_to_q850_row *sipcodes_sip_to_q850_mappings(size_t *count) {
  if (count != SIPCODES_DETAIL_NULL) *count = SIPCODES_SIP_TO_Q850_COUNT;
  return sipcodes_detail_sip_to_q850;
}

SIPCODES_DETAIL_API const struct sipcodes_q850_to_sip_row *sipcodes_q850_to_sip_mappings(size_t *count) {
  if (count != SIPCODES_DETAIL_NULL) *count = SIPCODES_Q850_TO_SIP_COUNT;
  return sipcodes_detail_q850_to_sip;
}

#ifdef __cplusplus
}
#endif

#endif /* the data and the functions */
