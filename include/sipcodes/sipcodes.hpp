// sipcodes: every SIP response code in one constexpr table.
//
// Copyright (c) 2026 the sipcodes authors.
// Distributed under the Boost Software License, Version 1.0
// (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
//
// This header is the whole library. It is self-contained: copy it into a tree
// and include it. It includes only light standard headers, has no static
// initialisers, allocates nothing, throws nothing and holds no mutable state.
//
// Sources of the data: the IANA "Session Initiation Protocol (SIP)
// Parameters" registry, sub-registry "Response Codes"; RFC 3261 §21 and §25.1;
// RFC 2543 §5.1.1 and §7; and each extension RFC cited in the table.

#ifndef SIPCODES_SIPCODES_HPP
#define SIPCODES_SIPCODES_HPP

#define SIPCODES_VERSION_MAJOR 1
#define SIPCODES_VERSION_MINOR 0
#define SIPCODES_VERSION_PATCH 0

#include <array>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string_view>

// The table, written once. Each row:
//   X(code, enumerator, "Default Reason Phrase", rfc, "section", lifecycle,
//     "description")
// - the phrase is spelled as the IANA registry spells it today;
// - rfc is the reference the registry gives today (RFC 2543 for the three
//   codes RFC 3261 dropped), and section is the section of that RFC whose
//   heading defines the code. Where the RFC spreads the definition over its
//   behaviour sections, the section that registers the code is cited;
// - the enumerator is the phrase in lower snake case (606 excepted, see
//   below), which a static_assert checks.
// The macro is #undef'd at the end of this header.
#define SIPCODES_DETAIL_STATUS_TABLE(X)                                                                       \
  /* 1xx provisional */                                                                                       \
  X(100, trying, "Trying", 3261, "21.1.1", current,                                                           \
    "The next hop has received the request and is working on it. It stops the client retransmitting an "      \
    "INVITE, and a stateful proxy never forwards it upstream.")                                               \
  X(180, ringing, "Ringing", 3261, "21.1.2", current,                                                         \
    "The user agent has received the INVITE and is alerting the user. The caller may play a local ringback "  \
    "tone until a final response arrives.")                                                                   \
  X(181, call_is_being_forwarded, "Call Is Being Forwarded", 3261, "21.1.3", current,                         \
    "A server is forwarding the call to a different set of destinations. The caller keeps waiting for the "   \
    "final response.")                                                                                        \
  X(182, queued, "Queued", 3261, "21.1.4", current,                                                           \
    "The callee is temporarily unavailable and the server has queued the call instead of rejecting it. The "  \
    "final response follows when the callee is free; the phrase may say more, such as the queue position.")   \
  X(183, session_progress, "Session Progress", 3261, "21.1.5", current,                                       \
    "Carries progress information about the call that no other provisional response fits, often with an "    \
    "early-media session description. The caller keeps waiting for the final response.")                    \
  X(199, early_dialog_terminated, "Early Dialog Terminated", 6228, "11.1", current,                           \
    "A forking proxy or the UAS reports that one early dialog has ended before the final response is sent. "  \
    "The client releases what it holds for that early dialog; it is sent only to clients that support 199.") \
  /* 2xx success */                                                                                           \
  X(200, ok, "OK", 3261, "21.2.1", current,                                                                   \
    "The request has succeeded. A 2xx to an INVITE establishes the dialog, and the caller acknowledges it "   \
    "with an ACK.")                                                                                           \
  X(202, accepted, "Accepted", 6665, "8.3.1", deprecated,                                                     \
    "The request was accepted for processing but not completed; SUBSCRIBE and REFER used it. RFC 6665 "       \
    "deprecates it: send 200 instead, and treat a 202 that arrives as a 200.")                                \
  X(204, no_notification, "No Notification", 5839, "7.1", current,                                            \
    "A conditional SUBSCRIBE succeeded and no NOTIFY will follow, because the subscriber already holds the "  \
    "current state. The subscriber keeps using the state it has.")                                           \
  /* 3xx redirection */                                                                                       \
  X(300, multiple_choices, "Multiple Choices", 3261, "21.3.1", current,                                       \
    "The address resolved to several locations, listed in Contact header fields. The client or the user "     \
    "picks one or more of them and retries there.")                                                           \
  X(301, moved_permanently, "Moved Permanently", 3261, "21.3.2", current,                                     \
    "The user is no longer at the Request-URI; the new address is in the Contact header field. The caller "   \
    "updates its directories and retries at the new address.")                                               \
  X(302, moved_temporarily, "Moved Temporarily", 3261, "21.3.3", current,                                     \
    "The user is temporarily reachable at the address in the Contact header field. The client retries there " \
    "and may remember it for the time the Expires value gives.")                                              \
  X(303, see_other, "See Other", 2543, "5.1.1", historic,                                                     \
    "Listed among the redirection codes of RFC 2543 but never defined there, and dropped by RFC 3261. A "     \
    "receiver treats it as any unknown 3xx, that is as 300.")                                                 \
  X(305, use_proxy, "Use Proxy", 3261, "21.3.4", current,                                                     \
    "The resource must be reached through the proxy named in the Contact header field. The client retries "   \
    "the request through that proxy; only a UAS may send this response.")                                   \
  X(380, alternative_service, "Alternative Service", 3261, "21.3.5", current,                                 \
    "The call failed, but alternative services are possible and are described in the message body. The "      \
    "client may offer them to the user.")                                                                     \
  /* 4xx client error */                                                                                      \
  X(400, bad_request, "Bad Request", 3261, "21.4.1", current,                                                 \
    "The request could not be understood because of malformed syntax; the phrase should name the problem, "   \
    "such as a missing header field. The client must not resend it unchanged.")                              \
  X(401, unauthorized, "Unauthorized", 3261, "21.4.2", current,                                               \
    "The request needs user authentication; user agent servers and registrars send it with a "                \
    "WWW-Authenticate challenge. The client retries with credentials in an Authorization header field.")     \
  X(402, payment_required, "Payment Required", 3261, "21.4.3", reserved,                                      \
    "Reserved for future use: RFC 3261 gives it no meaning. A receiver treats it as 400.")                    \
  X(403, forbidden, "Forbidden", 3261, "21.4.4", current,                                                     \
    "The server understood the request but refuses to fulfil it, and authorization will not help. The "       \
    "client should not repeat the request.")                                                                  \
  X(404, not_found, "Not Found", 3261, "21.4.5", current,                                                     \
    "The user does not exist at the domain of the Request-URI, or the domain is not one the server handles. " \
    "Retrying the same address at this server will not help.")                                                \
  X(405, method_not_allowed, "Method Not Allowed", 3261, "21.4.6", current,                                   \
    "The method is understood but not allowed for the address in the Request-URI. The response lists the "    \
    "methods that are allowed in an Allow header field.")                                                     \
  X(406, not_acceptable, "Not Acceptable", 3261, "21.4.7", current,                                           \
    "The resource can only produce content that the Accept header fields of the request do not accept. The "  \
    "client may retry accepting more.")                                                                       \
  X(407, proxy_authentication_required, "Proxy Authentication Required", 3261, "21.4.8", current,             \
    "As 401, but the client must first authenticate with a proxy, which sends a Proxy-Authenticate "          \
    "challenge. The client retries with a Proxy-Authorization header field.")                                 \
  X(408, request_timeout, "Request Timeout", 3261, "21.4.9", current,                                         \
    "The server could not produce a final response in time, for example because it could not find the "      \
    "user. The client may repeat the request later.")                                                         \
  X(409, conflict, "Conflict", 2543, "7.4.10", historic,                                                      \
    "RFC 2543: the request could not be completed because it conflicts with the current state of the "       \
    "resource. RFC 3261 dropped it, so a receiver treats it as 400.")                                         \
  X(410, gone, "Gone", 3261, "21.4.10", current,                                                              \
    "The resource is no longer available at the server, no forwarding address is known, and the condition "   \
    "is expected to be permanent. The client should not retry.")                                              \
  X(411, length_required, "Length Required", 2543, "7.4.12", historic,                                        \
    "RFC 2543: the server refuses a request that does not give its Content-Length. RFC 3261 dropped it, so "  \
    "a receiver treats it as 400.")                                                                           \
  X(412, conditional_request_failed, "Conditional Request Failed", 3903, "11.2.1", current,                   \
    "The condition of a conditional request failed, for example a PUBLISH whose SIP-If-Match entity-tag "     \
    "matches no publication any more. The client publishes afresh without the entity-tag.")                   \
  X(413, request_entity_too_large, "Request Entity Too Large", 3261, "21.4.11", current,                      \
    "The request body is larger than the server will process. If the condition is temporary, a Retry-After " \
    "header field says when the client may retry.")                                                           \
  X(414, request_uri_too_long, "Request-URI Too Long", 3261, "21.4.12", current,                              \
    "The Request-URI is longer than the server will interpret. The client must not retry with the same "      \
    "URI.")                                                                                                   \
  X(415, unsupported_media_type, "Unsupported Media Type", 3261, "21.4.13", current,                          \
    "The message body is in a format the server does not support for this method. The response lists what "  \
    "it accepts in Accept, Accept-Encoding or Accept-Language, and the client may retry with that.")         \
  X(416, unsupported_uri_scheme, "Unsupported URI Scheme", 3261, "21.4.14", current,                          \
    "The server does not support the scheme of the Request-URI. The client must not retry that scheme with "  \
    "this server.")                                                                                           \
  X(417, unknown_resource_priority, "Unknown Resource-Priority", 4412, "12.4", current,                       \
    "The request required resource priority, but the server does not understand its Resource-Priority "      \
    "namespace or value. The response lists what it accepts in Accept-Resource-Priority.")                    \
  X(420, bad_extension, "Bad Extension", 3261, "21.4.15", current,                                            \
    "The server does not support an option tag listed in Require or Proxy-Require. It lists them in an "      \
    "Unsupported header field, and the client may retry without those extensions.")                          \
  X(421, extension_required, "Extension Required", 3261, "21.4.16", current,                                  \
    "The server needs an extension that the request did not list in Supported. The option tag is in a "       \
    "Require header field, and the client retries supporting it.")                                            \
  X(422, session_interval_too_small, "Session Interval Too Small", 4028, "6", current,                        \
    "The Session-Expires value of the request is below the minimum the server accepts. The response carries " \
    "Min-SE, and the client retries with a session interval at least that long.")                             \
  X(423, interval_too_brief, "Interval Too Brief", 3261, "21.4.17", current,                                  \
    "The expiration time the request asks for, as in REGISTER or SUBSCRIBE, is too short. The response "      \
    "carries Min-Expires, and the client retries with at least that value.")                                  \
  X(424, bad_location_information, "Bad Location Information", 6442, "4.3", current,                          \
    "The location information in the request was malformed or not good enough to route on. A "                \
    "Geolocation-Error header field in the response says what was wrong.")                                    \
  X(425, bad_alert_message, "Bad Alert Message", 8876, "5.1", current,                                        \
    "A non-interactive emergency call carried a Common Alerting Protocol message that the recipient found "    \
    "malformed or unacceptable. An AlertMsg-Error header field in the response says why.")                    \
  X(428, use_identity_header, "Use Identity Header", 8224, "6.2.2", current,                                  \
    "The verification service requires an Identity header field and the request had none. The request "       \
    "should be retried through an authentication service that adds one.")                                    \
  X(429, provide_referrer_identity, "Provide Referrer Identity", 3892, "5", current,                          \
    "The referee or refer target requires a valid Referred-By token and the request had none or a bad one. "   \
    "The referrer may send the REFER again with a Referred-By token.")                                        \
  X(430, flow_failed, "Flow Failed", 5626, "11.5", current,                                                   \
    "An edge proxy reports that the SIP Outbound flow to the target user agent has failed. The authoritative " \
    "proxy drops the binding that used that flow and tries the others.")                                      \
  X(433, anonymity_disallowed, "Anonymity Disallowed", 5079, "5", current,                                    \
    "The server refuses the request because the requester is anonymous. The client must not retry without "   \
    "anonymity unless its user agrees to.")                                                                   \
  X(436, bad_identity_info, "Bad Identity Info", 8224, "6.2.2", current,                                      \
    "The verifier could not dereference the info parameter of the Identity header field to fetch the "        \
    "credential. The request is rejected.")                                                                   \
  X(437, unsupported_credential, "Unsupported Credential", 8224, "6.2.2", current,                            \
    "The verifier could not validate the credential that signed the Identity header field, for example "      \
    "because it does not trust its issuer. The request is rejected.")                                         \
  X(438, invalid_identity_header, "Invalid Identity Header", 8224, "6.2.2", current,                          \
    "The signature in the Identity header field does not verify against the request. The request is "         \
    "rejected.")                                                                                              \
  X(439, first_hop_lacks_outbound_support, "First Hop Lacks Outbound Support", 5626, "11.6", current,         \
    "The registrar supports SIP Outbound but the first-hop proxy does not, so the registration cannot use "    \
    "it. The client may register again without Outbound.")                                                    \
  X(440, max_breadth_exceeded, "Max-Breadth Exceeded", 5393, "6.2", current,                                  \
    "A proxy cannot fork the request because its Max-Breadth allowance is used up. The client may retry "     \
    "later or with fewer parallel branches.")                                                                 \
  X(469, bad_info_package, "Bad Info Package", 6086, "11.6", current,                                         \
    "An INFO request used an Info Package that the receiver has not said it accepts. The response lists the " \
    "accepted packages in Recv-Info, and the dialog carries on.")                                             \
  X(470, consent_needed, "Consent Needed", 5360, "5.9.2", current,                                            \
    "A relay refuses to send the request to recipients that have not consented to receive it. The response "  \
    "names them in Permission-Missing, and the client must get their permission first.")                     \
  X(480, temporarily_unavailable, "Temporarily Unavailable", 3261, "21.4.18", current,                        \
    "The callee's end system was reached but the callee is unavailable at the moment, for example not logged " \
    "in. A Retry-After header field may suggest a better time.")                                              \
  X(481, call_transaction_does_not_exist, "Call/Transaction Does Not Exist", 3261, "21.4.19", current,        \
    "The request matches no existing dialog or transaction, as a BYE or CANCEL for an unknown call. The "     \
    "client should not retry it unchanged.")                                                                  \
  X(482, loop_detected, "Loop Detected", 3261, "21.4.20", current,                                            \
    "The server found that the request has looped back to it. The client should not retry it unchanged.")     \
  X(483, too_many_hops, "Too Many Hops", 3261, "21.4.21", current,                                            \
    "The request reached a server with its Max-Forwards at zero. The client should not retry it unchanged.")  \
  X(484, address_incomplete, "Address Incomplete", 3261, "21.4.22", current,                                  \
    "The Request-URI is incomplete, as when a number is dialled digit by digit. The client may retry once "   \
    "the user has given more of the address.")                                                                \
  X(485, ambiguous, "Ambiguous", 3261, "21.4.23", current,                                                    \
    "The Request-URI matches more than one user; the response may list them in Contact header fields. The "   \
    "client may ask the user to choose one.")                                                                 \
  X(486, busy_here, "Busy Here", 3261, "21.4.24", current,                                                    \
    "The callee's end system was reached but the callee cannot or will not take another call there now. A "    \
    "Retry-After header field may suggest a better time; the callee may be reachable elsewhere, as through "  \
    "voicemail.")                                                                                             \
  X(487, request_terminated, "Request Terminated", 3261, "21.4.25", current,                                  \
    "The request was ended by a BYE or CANCEL before it completed. It is the usual final response to a "      \
    "cancelled INVITE.")                                                                                      \
  X(488, not_acceptable_here, "Not Acceptable Here", 3261, "21.4.26", current,                                \
    "The session description of the request is not acceptable to this user agent, for example its media or " \
    "codecs. A Warning header field may say why, and the client may retry with another offer.")              \
  X(489, bad_event, "Bad Event", 6665, "8.3.2", current,                                                      \
    "The server does not understand the event package named in the Event header field of a SUBSCRIBE or "     \
    "NOTIFY. The response lists the packages it supports in Allow-Events.")                                    \
  X(491, request_pending, "Request Pending", 3261, "21.4.27", current,                                        \
    "The server had a request of its own pending in the same dialog, as when two re-INVITEs cross. The "       \
    "client retries after the random wait that RFC 3261 section 14.1 sets.")                                   \
  X(493, undecipherable, "Undecipherable", 3261, "21.4.28", current,                                          \
    "The request had an S/MIME body that the server cannot decrypt because it lacks the key. The response "    \
    "may carry the key to use, and the client may retry with it.")                                             \
  X(494, security_agreement_required, "Security Agreement Required", 3329, "6.4", current,                    \
    "The server requires a security agreement before it handles the request. The response lists its "         \
    "mechanisms in Security-Server header fields, and the client retries using one of them.")                 \
  /* 5xx server error */                                                                                      \
  X(500, server_internal_error, "Server Internal Error", 3261, "21.5.1", current,                             \
    "The server met an unexpected condition that kept it from fulfilling the request. If the condition is "   \
    "temporary, a Retry-After header field says when the client may retry.")                                  \
  X(501, not_implemented, "Not Implemented", 3261, "21.5.2", current,                                         \
    "The server does not support what the request needs, typically its method, for any user. Unlike 405, "    \
    "the method is not recognised at all.")                                                                   \
  X(502, bad_gateway, "Bad Gateway", 3261, "21.5.3", current,                                                 \
    "The server, acting as a gateway or proxy, received an invalid response from the server downstream. The " \
    "client may try another route.")                                                                          \
  X(503, service_unavailable, "Service Unavailable", 3261, "21.5.4", current,                                 \
    "The server is temporarily overloaded or down for maintenance. A Retry-After header field says when to "  \
    "come back, and the client may try another server meanwhile.")                                            \
  X(504, server_time_out, "Server Time-out", 3261, "21.5.5", current,                                         \
    "The server did not get a timely response from a server it contacted, such as a location server. The "    \
    "client may retry later.")                                                                                \
  X(505, version_not_supported, "Version Not Supported", 3261, "21.5.6", current,                             \
    "The server does not support the SIP version the request uses. The client retries with a version the "    \
    "server supports.")                                                                                       \
  X(513, message_too_large, "Message Too Large", 3261, "21.5.7", current,                                     \
    "The message is longer than the server can process. The client may retry with a smaller message, for "    \
    "example over a stream transport.")                                                                       \
  X(555, push_notification_service_not_supported, "Push Notification Service Not Supported", 8599, "8.1",     \
    current,                                                                                                  \
    "The proxy does not support the push notification service named in the pn-provider URI parameter of a "    \
    "REGISTER. The client may register without push or with another service.")                                \
  X(580, precondition_failure, "Precondition Failure", 3312, "8", current,                                    \
    "The server cannot or will not meet the preconditions of the offer, such as a quality-of-service "        \
    "reservation. The session is not established.")                                                           \
  /* 6xx global failure */                                                                                    \
  X(600, busy_everywhere, "Busy Everywhere", 3261, "21.6.1", current,                                         \
    "The callee was reached and is busy, and knows that no other end point will answer. A Retry-After header " \
    "field may suggest a better time.")                                                                       \
  X(603, decline, "Decline", 3261, "21.6.2", current,                                                         \
    "The callee was reached but does not wish to, or cannot, take part. A Retry-After header field may "      \
    "suggest a better time.")                                                                                 \
  X(604, does_not_exist_anywhere, "Does Not Exist Anywhere", 3261, "21.6.3", current,                         \
    "The server has authoritative information that the user in the Request-URI exists nowhere. The client "   \
    "should not try the address elsewhere.")                                                                  \
  X(606, not_acceptable_anywhere, "Not Acceptable", 3261, "21.6.4", current,                                  \
    "The user was reached, but some aspect of the session description, such as media or bandwidth, is not "   \
    "acceptable anywhere. A Warning header field may say why, and the client may retry with another offer.")  \
  X(607, unwanted, "Unwanted", 8197, "4", current,                                                            \
    "The called party does not want this call or message and marks the caller as unwanted; later attempts "   \
    "are likely to be refused too. Networks may use it to filter calls.")                                     \
  X(608, rejected, "Rejected", 8688, "5.1", current,                                                          \
    "An intermediary, not the callee, rejected the call, usually because call analytics judged it unwanted. " \
    "A Call-Info header field may give a contact for redress.")

// Former and alternate phrases that still arrive on the wire. Each was the
// default somewhere, or is sent by deployed stacks; the source says where.
//   X(code, "Phrase", "source")
#define SIPCODES_DETAIL_ALIAS_TABLE(X)                                                                        \
  X(412, "Precondition Failed", "HTTP/1.1 (RFC 2616 section 10.4.13) phrase that deployed stacks send")       \
  X(414, "Request-URI Too Large", "RFC 3261 section 25.1 grammar; RFC 2543 section 5.1.1")                    \
  X(422, "Session Timer Too Small", "draft session-timer phrase that deployed stacks still send")            \
  X(423, "Interval Too Small", "RFC 3265 (corrected by RFC 6665 Appendix B.13)")                              \
  X(436, "Bad Identity-Info", "RFC 4474")                                                                     \
  X(437, "Unsupported Certificate", "RFC 4474")                                                               \
  X(480, "Temporarily not available", "RFC 3261 section 25.1 grammar; RFC 2543 section 5.1.1")                \
  X(481, "Call Leg/Transaction Does Not Exist", "RFC 2543 section 7.4.18; RFC 3261 section 25.1 grammar")    \
  X(500, "Internal Server Error", "RFC 3261 section 25.1 grammar; RFC 2543 section 5.1.1")                    \
  X(504, "Gateway Time-out", "RFC 2543 sections 5.1.1 and 7.5.5")                                             \
  X(505, "SIP Version not supported", "RFC 3261 section 25.1 grammar; RFC 2543 section 5.1.1")

namespace sipcodes {

#define SIPCODES_DETAIL_ENUMERATOR(code, name, ...) name = code,
/// A SIP response code that the table knows. The underlying value is the
/// code; any std::uint16_t may be cast to it, and every function below
/// accepts such unknown values too.
enum class status : std::uint16_t { SIPCODES_DETAIL_STATUS_TABLE(SIPCODES_DETAIL_ENUMERATOR) };
#undef SIPCODES_DETAIL_ENUMERATOR

/// The class of a response: the first digit of its code (RFC 3261 §7.2).
enum class status_class : std::uint8_t {
  invalid = 0,
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
  deprecated,  ///< registered, but its RFC says not to send it (202)
  reserved,    ///< registered with no defined meaning (402)
  historic     ///< from RFC 2543, dropped by RFC 3261 and not in the registry
};

/// The name of a class as written in code: "client_error".
constexpr std::string_view to_string(status_class c) noexcept {
  switch (c) {
    case status_class::provisional: return "provisional";
    case status_class::success: return "success";
    case status_class::redirection: return "redirection";
    case status_class::client_error: return "client_error";
    case status_class::server_error: return "server_error";
    case status_class::global_failure: return "global_failure";
    case status_class::invalid: break;
  }
  return "invalid";
}

/// The name of a lifecycle as written in code: "deprecated".
constexpr std::string_view to_string(lifecycle l) noexcept {
  switch (l) {
    case lifecycle::current: return "current";
    case lifecycle::deprecated: return "deprecated";
    case lifecycle::reserved: return "reserved";
    case lifecycle::historic: return "historic";
  }
  return "invalid";
}

/// A phrase other than the default that is seen on the wire for a code.
struct alias {
  std::string_view phrase;
  std::string_view source;
};

/// The aliases of one code: a contiguous, iterable view.
struct alias_list {
  const alias* first = nullptr;
  std::size_t count = 0;
  constexpr const alias* begin() const noexcept { return first; }
  constexpr const alias* end() const noexcept { return first + count; }
  constexpr std::size_t size() const noexcept { return count; }
  constexpr bool empty() const noexcept { return count == 0; }
};

/// One row of the table.
struct status_info {
  status code;
  std::string_view name;         ///< enumerator name, "busy_here"
  std::string_view reason;       ///< default reason phrase, "Busy Here"
  status_class cls;              ///< first digit of the code
  std::uint16_t rfc;             ///< defining RFC, 3261
  std::string_view section;      ///< section of that RFC, "21.4.24"
  lifecycle state;               ///< current, deprecated, reserved or historic
  std::string_view description;  ///< when it is sent and what the receiver does
  alias_list aliases;            ///< former and alternate phrases, with sources
};

namespace detail {

constexpr int to_int(status s) noexcept { return static_cast<int>(s); }

// True for 100..699 without signed overflow for any int.
constexpr bool in_valid_range(int code) noexcept { return static_cast<unsigned>(code) - 100U < 600U; }

#define SIPCODES_DETAIL_ALIAS_ROW(code, phrase, source) alias_row{static_cast<status>(code), {phrase, source}},
struct alias_row {
  status code;
  alias entry;
};
inline constexpr alias_row alias_rows[] = {SIPCODES_DETAIL_ALIAS_TABLE(SIPCODES_DETAIL_ALIAS_ROW)};
#undef SIPCODES_DETAIL_ALIAS_ROW

// Aliases are stored flat, in code order, so each code's aliases are one run.
constexpr std::array<alias, std::size(alias_rows)> flatten_aliases() noexcept {
  std::array<alias, std::size(alias_rows)> entries{};
  for (std::size_t i = 0; i < entries.size(); ++i) entries[i] = alias_rows[i].entry;
  return entries;
}
inline constexpr auto alias_entries = flatten_aliases();

constexpr alias_list aliases_of(status code) noexcept {
  std::size_t first = 0;
  while (first < std::size(alias_rows) && alias_rows[first].code != code) ++first;
  std::size_t last = first;
  while (last < std::size(alias_rows) && alias_rows[last].code == code) ++last;
  return {alias_entries.data() + first, last - first};
}

constexpr status_class class_of_code(int code) noexcept {
  return in_valid_range(code) ? static_cast<status_class>(code / 100) : status_class::invalid;
}

#define SIPCODES_DETAIL_ROW(code, name, reason, rfc, section, state, description)                           \
  status_info{status::name,       #name, reason, class_of_code(code), rfc, section, lifecycle::state, \
              description, aliases_of(status::name)},
#define SIPCODES_DETAIL_COUNT(...) +1
inline constexpr std::size_t row_count = 0 SIPCODES_DETAIL_STATUS_TABLE(SIPCODES_DETAIL_COUNT);
#undef SIPCODES_DETAIL_COUNT
inline constexpr std::array<status_info, row_count> table{{SIPCODES_DETAIL_STATUS_TABLE(SIPCODES_DETAIL_ROW)}};
#undef SIPCODES_DETAIL_ROW

static_assert(row_count < 255, "row numbers are stored in one byte");

// Dense index over 100..699: the row number plus one, or 0 for an unknown code.
constexpr std::array<std::uint8_t, 600> make_index() noexcept {
  std::array<std::uint8_t, 600> index{};
  for (std::size_t row = 0; row < row_count; ++row) {
    index[static_cast<std::size_t>(to_int(table[row].code) - 100)] = static_cast<std::uint8_t>(row + 1);
  }
  return index;
}
inline constexpr std::array<std::uint8_t, 600> index = make_index();

constexpr char ascii_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

constexpr bool is_blank(char c) noexcept { return c == ' ' || c == '\t'; }

constexpr std::string_view trim_blanks(std::string_view s) noexcept {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace detail

// ---------------------------------------------------------------------------
// Lookups. Every function is total: any int, and any status value, gives a
// defined answer.

/// The whole table, ascending by code; usable in range-for.
constexpr const auto& all() noexcept { return detail::table; }

/// The row of a code, or nullptr when the code is not in the table.
constexpr const status_info* find(int code) noexcept {
  if (!detail::in_valid_range(code)) return nullptr;
  const std::uint8_t slot = detail::index[static_cast<std::size_t>(code - 100)];
  return slot == 0 ? nullptr : &detail::table[slot - 1];
}
constexpr const status_info* find(status s) noexcept { return find(detail::to_int(s)); }

/// True for 100..699, the codes RFC 3261 §7.2 allows on the wire.
constexpr bool is_valid(int code) noexcept { return detail::in_valid_range(code); }
constexpr bool is_valid(status s) noexcept { return is_valid(detail::to_int(s)); }

/// True when the code is in the table.
constexpr bool is_known(int code) noexcept { return find(code) != nullptr; }
constexpr bool is_known(status s) noexcept { return is_known(detail::to_int(s)); }

/// The default reason phrase, or "" when the code is not in the table.
constexpr std::string_view reason_phrase(int code) noexcept {
  const status_info* row = find(code);
  return row == nullptr ? std::string_view{} : row->reason;
}
constexpr std::string_view reason_phrase(status s) noexcept { return reason_phrase(detail::to_int(s)); }

/// The class (first digit) of any valid code, known or not; invalid outside 100..699.
constexpr status_class class_of(int code) noexcept { return detail::class_of_code(code); }
constexpr status_class class_of(status s) noexcept { return class_of(detail::to_int(s)); }

// Class predicates: all false outside 100..699.
constexpr bool is_provisional(int code) noexcept { return class_of(code) == status_class::provisional; }
constexpr bool is_success(int code) noexcept { return class_of(code) == status_class::success; }
constexpr bool is_redirection(int code) noexcept { return class_of(code) == status_class::redirection; }
constexpr bool is_client_error(int code) noexcept { return class_of(code) == status_class::client_error; }
constexpr bool is_server_error(int code) noexcept { return class_of(code) == status_class::server_error; }
constexpr bool is_global_failure(int code) noexcept { return class_of(code) == status_class::global_failure; }
/// A final response: 200..699.
constexpr bool is_final(int code) noexcept { return is_valid(code) && !is_provisional(code); }
constexpr bool is_provisional(status s) noexcept { return is_provisional(detail::to_int(s)); }
constexpr bool is_success(status s) noexcept { return is_success(detail::to_int(s)); }
constexpr bool is_redirection(status s) noexcept { return is_redirection(detail::to_int(s)); }
constexpr bool is_client_error(status s) noexcept { return is_client_error(detail::to_int(s)); }
constexpr bool is_server_error(status s) noexcept { return is_server_error(detail::to_int(s)); }
constexpr bool is_global_failure(status s) noexcept { return is_global_failure(detail::to_int(s)); }
constexpr bool is_final(status s) noexcept { return is_final(detail::to_int(s)); }

/// How a receiver treats a code (RFC 3261 §8.1.3.2): a known code is itself;
/// an unknown final code xyz is x00; an unknown provisional code is 183;
/// an invalid code is 0.
constexpr int fallback(int code) noexcept {
  if (!is_valid(code)) return 0;
  if (is_known(code)) return code;
  if (is_provisional(code)) return 183;
  return code / 100 * 100;
}
constexpr int fallback(status s) noexcept { return fallback(detail::to_int(s)); }

/// The status for a code in the table; nullopt for any other int.
constexpr std::optional<status> to_status(int code) noexcept {
  const status_info* row = find(code);
  return row == nullptr ? std::nullopt : std::optional<status>{row->code};
}

/// The status whose enumerator name is exactly `name` ("busy_here").
constexpr std::optional<status> from_name(std::string_view name) noexcept {
  for (const status_info& row : detail::table) {
    if (row.name == name) return row.code;
  }
  return std::nullopt;
}

/// The status whose default or former phrase matches `phrase`, ignoring ASCII
/// case and surrounding spaces and tabs ("busy here", "Internal Server Error").
/// Empty or blank input finds nothing.
constexpr std::optional<status> from_reason(std::string_view phrase) noexcept {
  phrase = detail::trim_blanks(phrase);
  if (phrase.empty()) return std::nullopt;
  for (const status_info& row : detail::table) {
    if (detail::iequals(row.reason, phrase)) return row.code;
  }
  for (const detail::alias_row& row : detail::alias_rows) {
    if (detail::iequals(row.entry.phrase, phrase)) return row.code;
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------
// Reason-Phrase grammar (RFC 3261 §25.1):
//   Reason-Phrase = *(reserved / unreserved / escaped / UTF8-NONASCII /
//                     UTF8-CONT / SP / HTAB)
// Non-ASCII text must be well-formed UTF-8 in the sense of RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF. (The RFC 3261 ABNF
// predates RFC 3629 and would let some of those through; no receiver wants them.)

namespace detail {

constexpr bool is_alnum(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
constexpr bool is_hex(char c) noexcept {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
constexpr bool is_reason_ascii(char c) noexcept {
  if (is_alnum(c)) return true;
  constexpr std::string_view allowed = ";/?:@&=+$,-_.!~*'() \t";  // reserved, mark, SP, HTAB
  return allowed.find(c) != std::string_view::npos;
}

// Length of the well-formed UTF-8 sequence at the start of `s`, or 0.
constexpr std::size_t utf8_sequence_length(std::string_view s) noexcept {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char lead = byte(0);
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // bounds of the second byte
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
  if (s.size() < length || byte(1) < low || byte(1) > high) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    if (byte(i) < 0x80 || byte(i) > 0xBF) return 0;
  }
  return length;
}

}  // namespace detail

/// True when `text` matches RFC 3261's Reason-Phrase grammar exactly; the
/// empty phrase is valid. "50%25 off" and "Meşgul" are valid; "50% off",
/// `say "hi"` and anything holding CR or LF are not.
constexpr bool is_valid_reason_phrase(std::string_view text) noexcept {
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (static_cast<unsigned char>(c) >= 0x80) {
      const std::size_t length = detail::utf8_sequence_length(text.substr(i));
      if (length == 0) return false;
      i += length;
    } else if (c == '%') {
      if (i + 2 >= text.size() || !detail::is_hex(text[i + 1]) || !detail::is_hex(text[i + 2])) return false;
      i += 3;
    } else if (detail::is_reason_ascii(c)) {
      ++i;
    } else {
      return false;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------
// Formatting. One routine writes "486 Busy Here" (or "499" for an unknown
// code, or only the phrase); ostream, {fmt} and std::format all use it.

enum class format_part : std::uint8_t { full, code, reason };

namespace detail {

/// Longest text format_status writes: "65535 " and the longest phrase.
constexpr std::size_t longest_reason() noexcept {
  std::size_t longest = 0;
  for (const status_info& row : table) longest = row.reason.size() > longest ? row.reason.size() : longest;
  return longest;
}
inline constexpr std::size_t format_buffer_size = 6 + longest_reason();

struct formatted {
  std::array<char, format_buffer_size> text{};
  std::size_t size = 0;
  constexpr std::string_view view() const noexcept { return {text.data(), size}; }
};

}  // namespace detail

/// The text of a status: full "486 Busy Here", code "486", reason "Busy Here".
/// An unknown code prints as its number alone, in every part but `reason`,
/// where it prints nothing.
constexpr detail::formatted format_status(status s, format_part part = format_part::full) noexcept {
  detail::formatted out{};
  const auto code = static_cast<unsigned>(detail::to_int(s));
  const std::string_view reason = reason_phrase(s);
  if (part != format_part::reason) {
    char digits[5] = {};
    std::size_t n = 0;
    unsigned rest = code;
    do {
      digits[n++] = static_cast<char>('0' + rest % 10);
      rest /= 10;
    } while (rest != 0);
    while (n > 0) out.text[out.size++] = digits[--n];
    if (part == format_part::code || reason.empty()) return out;
    out.text[out.size++] = ' ';
  }
  for (char c : reason) out.text[out.size++] = c;
  return out;
}

namespace detail {

/// Reads the presentation type of a format spec: "" is the full text, "d" the
/// code, "r" the reason phrase. Anything else is rejected; `reject` is only
/// called for a bad spec, which makes a compile-time checked format string fail
/// to compile.
template <class Iterator, class Reject>
constexpr Iterator parse_format_part(Iterator it, Iterator end, format_part& part, Reject reject) {
  part = format_part::full;
  if (it != end && *it != '}') {
    if (*it == 'd') {
      part = format_part::code;
    } else if (*it == 'r') {
      part = format_part::reason;
    } else {
      reject();
    }
    ++it;
  }
  if (it != end && *it != '}') reject();
  return it;
}

}  // namespace detail

/// Writes "486 Busy Here" (an unknown code as its number alone). Templated on
/// the stream so that only <iosfwd> is needed here; the field width, if any,
/// applies to the whole text.
template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, status s) {
  const detail::formatted text = format_status(s);
  std::array<CharT, detail::format_buffer_size> wide{};
  for (std::size_t i = 0; i < text.size; ++i) wide[i] = os.widen(text.text[i]);
  return os << std::basic_string_view<CharT, Traits>(wide.data(), text.size);
}

namespace detail {

// The enumerator name rule of DESIGN.md: the phrase in lower snake case.
constexpr bool name_follows_phrase(std::string_view name, std::string_view phrase) noexcept {
  std::size_t n = 0;
  bool pending_separator = false;
  for (char c : phrase) {
    if (is_alnum(c)) {
      if (pending_separator && n != 0) {
        if (n >= name.size() || name[n++] != '_') return false;
      }
      pending_separator = false;
      if (n >= name.size() || name[n++] != ascii_lower(c)) return false;
    } else {
      pending_separator = true;
    }
  }
  return n == name.size();
}

// The table's own invariants; a violation stops compilation of any user.
constexpr bool table_is_well_formed() noexcept {
  for (std::size_t row = 0; row < row_count; ++row) {
    const status_info& r = table[row];
    const int code = to_int(r.code);
    if (!in_valid_range(code)) return false;
    if (row > 0 && to_int(table[row - 1].code) >= code) return false;  // sorted and unique
    if (static_cast<int>(r.cls) != code / 100) return false;
    if (r.reason.empty() || !is_valid_reason_phrase(r.reason)) return false;
    if (r.rfc == 0 || r.section.empty() || r.description.empty()) return false;
    // 606 shares its phrase with 406, so it takes the name DESIGN.md gives it.
    if (r.code != status::not_acceptable_anywhere && !name_follows_phrase(r.name, r.reason)) return false;
    for (const alias& a : r.aliases) {
      if (a.phrase.empty() || a.source.empty() || !is_valid_reason_phrase(a.phrase)) return false;
    }
  }
  for (std::size_t i = 1; i < std::size(alias_rows); ++i) {
    if (to_int(alias_rows[i - 1].code) > to_int(alias_rows[i].code)) return false;  // one run per code
  }
  for (const alias_row& a : alias_rows) {
    if (find(a.code) == nullptr) return false;  // an alias belongs to a row
  }
  return true;
}
static_assert(table_is_well_formed(), "the sipcodes table breaks one of its invariants");

}  // namespace detail
}  // namespace sipcodes

#undef SIPCODES_DETAIL_STATUS_TABLE
#undef SIPCODES_DETAIL_ALIAS_TABLE

#endif  // SIPCODES_SIPCODES_HPP
