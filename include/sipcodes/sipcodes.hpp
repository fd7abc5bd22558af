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

// A string literal as a std::string_view, its length taken by sizeof: the
// constexpr tables below hold some 40 KB of text, and measuring it with
// char_traits::length in constant evaluation would dominate compile time.
#define SIPCODES_DETAIL_LITERAL(text) ::std::string_view(text, sizeof(text) - 1)

// The table, written once. Each row:
//   X(code, enumerator, "Default Reason Phrase", rfc, "section", lifecycle,
//     "description", "Turkish reason phrase", "Turkish description")
// - the phrase is spelled as the IANA registry spells it today;
// - rfc is the reference the registry gives today (RFC 2543 for the three
//   codes RFC 3261 dropped), and section is the section of that RFC whose
//   heading defines the code. Where the RFC spreads the definition over its
//   behaviour sections, the section that registers the code is cited;
// - the enumerator is the phrase in lower snake case (606 excepted, see
//   below), which tests/static_checks.cpp checks.
// The macro is #undef'd at the end of this header.
#define SIPCODES_DETAIL_STATUS_TABLE(X)                                                                               \
  /* 1xx provisional */                                                                                               \
  X(100, trying, "Trying", 3261, "21.1.1", current,                                                                   \
    "The next hop has received the request and is working on it. It stops the client retransmitting an "              \
    "INVITE, and a stateful proxy never forwards it upstream.",                                                       \
    "Deneniyor",                                                                                                      \
    "Bir sonraki atlama isteği aldı ve üzerinde çalışıyor. INVITE isteğinin yeniden gönderilmesini "         \
    "durdurur; durum bilgisi tutan bir vekil sunucu bu yanıtı arayan tarafa iletmez.")                                \
  X(180, ringing, "Ringing", 3261, "21.1.2", current,                                                                 \
    "The user agent has received the INVITE and is alerting the user. The caller may play a local ringback "          \
    "tone until a final response arrives.",                                                                           \
    "Çalıyor",                                                                                                        \
    "Aranan tarafın kullanıcı aracısı INVITE isteğini aldı ve kullanıcıyı uyarıyor. Arayan taraf, son "    \
    "yanıt gelene kadar yerel çalma sesi verebilir.")                                                                 \
  X(181, call_is_being_forwarded, "Call Is Being Forwarded", 3261, "21.1.3", current,                                 \
    "A server is forwarding the call to a different set of destinations. The caller keeps waiting for the "           \
    "final response.",                                                                                                \
    "Çağrı Yönlendiriliyor",                                                                                          \
    "Bir sunucu çağrıyı farklı bir hedef kümesine yönlendiriyor. Arayan taraf son yanıtı beklemeyi "         \
    "sürdürür.")                                                                                                      \
  X(182, queued, "Queued", 3261, "21.1.4", current,                                                                   \
    "The callee is temporarily unavailable and the server has queued the call instead of rejecting it. The "          \
    "final response follows when the callee is free; the phrase may say more, such as the queue position.",           \
    "Sırada",                                                                                                         \
    "Aranan geçici olarak müsait değil ve sunucu çağrıyı reddetmek yerine sıraya aldı. Aranan müsait "      \
    "olunca son yanıt gelir; yanıt metni sıradaki konum gibi ayrıntılar verebilir.")                                  \
  X(183, session_progress, "Session Progress", 3261, "21.1.5", current,                                               \
    "Carries progress information about the call that no other provisional response fits, often with an "             \
    "early-media session description. The caller keeps waiting for the final response.",                              \
    "Oturum İlerliyor",                                                                                               \
    "Başka bir geçici yanıta uymayan çağrı ilerleme bilgisini taşır; çoğu zaman erken medya için bir "     \
    "oturum tanımı içerir. Arayan taraf son yanıtı beklemeyi sürdürür.")                                              \
  X(199, early_dialog_terminated, "Early Dialog Terminated", 6228, "11.1", current,                                   \
    "A forking proxy or the UAS reports that one early dialog has ended before the final response is sent. "          \
    "The client releases what it holds for that early dialog; it is sent only to clients that support 199.",          \
    "Erken Diyalog Sonlandı",                                                                                         \
    "Çatallayan bir vekil sunucu ya da UAS, son yanıt gönderilmeden önce erken diyaloglardan birinin "            \
    "sona erdiğini bildirir. İstemci o erken diyalog için ayırdığı kaynakları serbest bırakır; bu "         \
    "yanıt yalnızca 199 kodunu desteklediğini belirten istemcilere gönderilir.")                                      \
  /* 2xx success */                                                                                                   \
  X(200, ok, "OK", 3261, "21.2.1", current,                                                                           \
    "The request has succeeded. A 2xx to an INVITE establishes the dialog, and the caller acknowledges it "           \
    "with an ACK.",                                                                                                   \
    "Tamam",                                                                                                          \
    "İstek başarıyla tamamlandı. INVITE isteğine verilen 2xx yanıt diyaloğu kurar ve arayan taraf "            \
    "bunu ACK ile onaylar.")                                                                                          \
  X(202, accepted, "Accepted", 6665, "8.3.1", deprecated,                                                             \
    "The request was accepted for processing but not completed; SUBSCRIBE and REFER used it. RFC 6665 "               \
    "deprecates it: send 200 instead, and treat a 202 that arrives as a 200.",                                        \
    "Kabul Edildi",                                                                                                   \
    "İstek işlenmek üzere kabul edildi ama henüz tamamlanmadı; SUBSCRIBE ve REFER için kullanılırdı. "       \
    "RFC 6665 bu kodu kullanımdan kaldırır: yerine 200 gönderilmeli, gelen 202 de 200 gibi "                      \
    "işlenmelidir.")                                                                                                  \
  X(204, no_notification, "No Notification", 5839, "7.1", current,                                                    \
    "A conditional SUBSCRIBE succeeded and no NOTIFY will follow, because the subscriber already holds the "          \
    "current state. The subscriber keeps using the state it has.",                                                    \
    "Bildirim Yok",                                                                                                   \
    "Koşullu bir SUBSCRIBE isteği başarılı oldu ve abone güncel duruma zaten sahip olduğu için NOTIFY "       \
    "gönderilmeyecek. Abone elindeki durum bilgisini kullanmaya devam eder.")                                         \
  /* 3xx redirection */                                                                                               \
  X(300, multiple_choices, "Multiple Choices", 3261, "21.3.1", current,                                               \
    "The address resolved to several locations, listed in Contact header fields. The client or the user "             \
    "picks one or more of them and retries there.",                                                                   \
    "Birden Çok Seçenek",                                                                                             \
    "Adres, Contact başlık alanlarında listelenen birden çok konuma çözüldü. İstemci ya da kullanıcı "     \
    "bunlardan birini veya birkaçını seçip isteği orada yeniden dener.")                                              \
  X(301, moved_permanently, "Moved Permanently", 3261, "21.3.2", current,                                             \
    "The user is no longer at the Request-URI; the new address is in the Contact header field. The caller "           \
    "updates its directories and retries at the new address.",                                                        \
    "Kalıcı Olarak Taşındı",                                                                                          \
    "Kullanıcı artık Request-URI'deki adreste bulunmuyor; yeni adres Contact başlık alanında verilir. "         \
    "Arayan taraf rehberini günceller ve isteği yeni adreste yeniden dener.")                                         \
  X(302, moved_temporarily, "Moved Temporarily", 3261, "21.3.3", current,                                             \
    "The user is temporarily reachable at the address in the Contact header field. The client retries there "         \
    "and may remember it for the time the Expires value gives.",                                                      \
    "Geçici Olarak Taşındı",                                                                                          \
    "Kullanıcıya geçici olarak Contact başlık alanındaki adresten ulaşılabilir. İstemci isteği bu "         \
    "adreste yeniden dener ve adresi Expires değerinin belirttiği süre boyunca saklayabilir.")                        \
  X(303, see_other, "See Other", 2543, "5.1.1", historic,                                                             \
    "Listed among the redirection codes of RFC 2543 but never defined there, and dropped by RFC 3261. A "             \
    "receiver treats it as any unknown 3xx, that is as 300.",                                                         \
    "Diğerine Bakın",                                                                                                 \
    "RFC 2543'te yönlendirme kodları arasında listelenmiş ama orada hiç tanımlanmamıştır ve RFC 3261 "       \
    "bu kodu kaldırmıştır. Alıcı onu bilinmeyen herhangi bir 3xx gibi, yani 300 olarak işler.")                       \
  X(305, use_proxy, "Use Proxy", 3261, "21.3.4", current,                                                             \
    "The resource must be reached through the proxy named in the Contact header field. The client retries "           \
    "the request through that proxy; only a UAS may send this response.",                                             \
    "Vekil Sunucu Kullanın",                                                                                          \
    "Kaynağa yalnızca Contact başlık alanında belirtilen vekil sunucu üzerinden erişilebilir. İstemci "       \
    "isteği o vekil sunucu aracılığıyla yeniden gönderir; bu yanıtı yalnızca bir UAS üretebilir.")                    \
  X(380, alternative_service, "Alternative Service", 3261, "21.3.5", current,                                         \
    "The call failed, but alternative services are possible and are described in the message body. The "              \
    "client may offer them to the user.",                                                                             \
    "Alternatif Hizmet",                                                                                              \
    "Çağrı başarısız oldu, ancak mesaj gövdesinde açıklanan alternatif hizmetler mümkün. İstemci "        \
    "bunları kullanıcıya sunabilir.")                                                                                 \
  /* 4xx client error */                                                                                              \
  X(400, bad_request, "Bad Request", 3261, "21.4.1", current,                                                         \
    "The request could not be understood because of malformed syntax; the phrase should name the problem, "           \
    "such as a missing header field. The client must not resend it unchanged.",                                       \
    "Hatalı İstek",                                                                                                   \
    "İstek, söz dizimi hatalı olduğu için anlaşılamadı; yanıt metni eksik bir başlık alanı gibi "         \
    "sorunu belirtmelidir. İstemci isteği değiştirmeden yeniden göndermemelidir.")                                    \
  X(401, unauthorized, "Unauthorized", 3261, "21.4.2", current,                                                       \
    "The request needs user authentication; user agent servers and registrars send it with a "                        \
    "WWW-Authenticate challenge. The client retries with credentials in an Authorization header field.",              \
    "Yetkisiz",                                                                                                       \
    "İstek kullanıcı kimlik doğrulaması gerektiriyor; kullanıcı aracısı sunucuları ve kayıt "              \
    "sunucuları bu yanıtı bir WWW-Authenticate sınamasıyla gönderir. İstemci isteği Authorization "           \
    "başlık alanında kimlik bilgileriyle yeniden gönderir.")                                                          \
  X(402, payment_required, "Payment Required", 3261, "21.4.3", reserved,                                              \
    "Reserved for future use: RFC 3261 gives it no meaning. A receiver treats it as 400.", "Ödeme Gerekli",           \
    "İleride kullanılmak üzere ayrılmıştır: RFC 3261 bu koda bir anlam vermez. Alıcı onu 400 gibi "          \
    "işler.")                                                                                                         \
  X(403, forbidden, "Forbidden", 3261, "21.4.4", current,                                                             \
    "The server understood the request but refuses to fulfil it, and authorization will not help. The "               \
    "client should not repeat the request.",                                                                          \
    "Yasak",                                                                                                          \
    "Sunucu isteği anladı ama yerine getirmeyi reddediyor; kimlik doğrulama da sonucu değiştirmez. "             \
    "İstemci isteği tekrarlamamalıdır.")                                                                              \
  X(404, not_found, "Not Found", 3261, "21.4.5", current,                                                             \
    "The user does not exist at the domain of the Request-URI, or the domain is not one the server handles. "         \
    "Retrying the same address at this server will not help.",                                                        \
    "Bulunamadı",                                                                                                     \
    "Kullanıcı Request-URI'deki alan adında bulunmuyor ya da alan adı bu sunucunun hizmet verdiği "              \
    "alanlardan biri değil. Aynı adresi bu sunucuda yeniden denemek işe yaramaz.")                                    \
  X(405, method_not_allowed, "Method Not Allowed", 3261, "21.4.6", current,                                           \
    "The method is understood but not allowed for the address in the Request-URI. The response lists the "            \
    "methods that are allowed in an Allow header field.",                                                             \
    "Yönteme İzin Verilmiyor",                                                                                        \
    "Yöntem anlaşıldı ancak Request-URI'deki adres için izin verilmiyor. Yanıt, izin verilen "                  \
    "yöntemleri bir Allow başlık alanında listeler.")                                                                 \
  X(406, not_acceptable, "Not Acceptable", 3261, "21.4.7", current,                                                   \
    "The resource can only produce content that the Accept header fields of the request do not accept. The "          \
    "client may retry accepting more.",                                                                               \
    "Kabul Edilemez",                                                                                                 \
    "Kaynak yalnızca isteğin Accept başlık alanlarının kabul etmediği içerik üretebiliyor. İstemci "        \
    "daha geniş bir kabul listesiyle yeniden deneyebilir.")                                                           \
  X(407, proxy_authentication_required, "Proxy Authentication Required", 3261, "21.4.8", current,                     \
    "As 401, but the client must first authenticate with a proxy, which sends a Proxy-Authenticate "                  \
    "challenge. The client retries with a Proxy-Authorization header field.",                                         \
    "Vekil Sunucu Kimlik Doğrulaması Gerekli",                                                                        \
    "401 gibidir, ancak istemcinin önce bir vekil sunucuda kimliğini doğrulaması gerekir; vekil "                 \
    "sunucu bir Proxy-Authenticate sınaması gönderir. İstemci isteği Proxy-Authorization başlık "              \
    "alanıyla yeniden gönderir.")                                                                                     \
  X(408, request_timeout, "Request Timeout", 3261, "21.4.9", current,                                                 \
    "The server could not produce a final response in time, for example because it could not find the "               \
    "user. The client may repeat the request later.",                                                                 \
    "İstek Zaman Aşımı",                                                                                              \
    "Sunucu zamanında son yanıt üretemedi; örneğin kullanıcının yerini bulamadı. İstemci isteği daha "     \
    "sonra tekrarlayabilir.")                                                                                         \
  X(409, conflict, "Conflict", 2543, "7.4.10", historic,                                                              \
    "RFC 2543: the request could not be completed because it conflicts with the current state of the "                \
    "resource. RFC 3261 dropped it, so a receiver treats it as 400.",                                                 \
    "Çakışma",                                                                                                        \
    "RFC 2543: istek, kaynağın mevcut durumuyla çeliştiği için tamamlanamadı. RFC 3261 bu kodu "               \
    "kaldırmıştır; alıcı onu 400 gibi işler.")                                                                        \
  X(410, gone, "Gone", 3261, "21.4.10", current,                                                                      \
    "The resource is no longer available at the server, no forwarding address is known, and the condition "           \
    "is expected to be permanent. The client should not retry.",                                                      \
    "Artık Yok",                                                                                                      \
    "Kaynak artık bu sunucuda bulunmuyor, bilinen bir yönlendirme adresi yok ve durumun kalıcı olması "          \
    "bekleniyor. İstemci yeniden denememelidir.")                                                                     \
  X(411, length_required, "Length Required", 2543, "7.4.12", historic,                                                \
    "RFC 2543: the server refuses a request that does not give its Content-Length. RFC 3261 dropped it, so "          \
    "a receiver treats it as 400.",                                                                                   \
    "Uzunluk Gerekli",                                                                                                \
    "RFC 2543: sunucu, Content-Length değeri belirtilmeyen bir isteği reddeder. RFC 3261 bu kodu "                  \
    "kaldırmıştır; alıcı onu 400 gibi işler.")                                                                        \
  X(412, conditional_request_failed, "Conditional Request Failed", 3903, "11.2.1", current,                           \
    "The condition of a conditional request failed, for example a PUBLISH whose SIP-If-Match entity-tag "             \
    "matches no publication any more. The client publishes afresh without the entity-tag.",                           \
    "Koşullu İstek Başarısız",                                                                                        \
    "Koşullu bir isteğin koşulu sağlanmadı; örneğin SIP-If-Match varlık etiketi artık hiçbir yayına "      \
    "karşılık gelmeyen bir PUBLISH. İstemci varlık etiketi olmadan yeni bir yayın başlatır.")                         \
  X(413, request_entity_too_large, "Request Entity Too Large", 3261, "21.4.11", current,                              \
    "The request body is larger than the server will process. If the condition is temporary, a Retry-After "          \
    "header field says when the client may retry.",                                                                   \
    "İstek Gövdesi Çok Büyük",                                                                                        \
    "İstek gövdesi sunucunun işleyeceğinden büyük. Durum geçiciyse bir Retry-After başlık alanı "           \
    "istemcinin ne zaman yeniden deneyebileceğini bildirir.")                                                         \
  X(414, request_uri_too_long, "Request-URI Too Long", 3261, "21.4.12", current,                                      \
    "The Request-URI is longer than the server will interpret. The client must not retry with the same "              \
    "URI.",                                                                                                           \
    "İstek URI'si Çok Uzun",                                                                                          \
    "Request-URI, sunucunun yorumlayacağından uzun. İstemci aynı URI ile yeniden denememelidir.")                     \
  X(415, unsupported_media_type, "Unsupported Media Type", 3261, "21.4.13", current,                                  \
    "The message body is in a format the server does not support for this method. The response lists what "           \
    "it accepts in Accept, Accept-Encoding or Accept-Language, and the client may retry with that.",                  \
    "Desteklenmeyen Ortam Türü",                                                                                      \
    "Mesaj gövdesi, sunucunun bu yöntem için desteklemediği bir biçimde. Yanıt kabul ettiklerini "              \
    "Accept, Accept-Encoding veya Accept-Language ile bildirir; istemci bunlara uyarak yeniden "                      \
    "deneyebilir.")                                                                                                   \
  X(416, unsupported_uri_scheme, "Unsupported URI Scheme", 3261, "21.4.14", current,                                  \
    "The server does not support the scheme of the Request-URI. The client must not retry that scheme with "          \
    "this server.",                                                                                                   \
    "Desteklenmeyen URI Şeması",                                                                                      \
    "Sunucu Request-URI'deki şemayı desteklemiyor. İstemci bu sunucuya aynı şemayla yeniden "                    \
    "denememelidir.")                                                                                                 \
  X(417, unknown_resource_priority, "Unknown Resource-Priority", 4412, "12.4", current,                               \
    "The request required resource priority, but the server does not understand its Resource-Priority "               \
    "namespace or value. The response lists what it accepts in Accept-Resource-Priority.",                            \
    "Bilinmeyen Kaynak Önceliği",                                                                                     \
    "İstek kaynak önceliğini zorunlu kıldı, ancak sunucu Resource-Priority ad alanını veya değerini "         \
    "tanımıyor. Yanıt kabul ettiklerini Accept-Resource-Priority başlık alanında listeler.")                          \
  X(420, bad_extension, "Bad Extension", 3261, "21.4.15", current,                                                    \
    "The server does not support an option tag listed in Require or Proxy-Require. It lists them in an "              \
    "Unsupported header field, and the client may retry without those extensions.",                                   \
    "Hatalı Uzantı",                                                                                                  \
    "Sunucu, Require veya Proxy-Require içinde listelenen bir seçenek etiketini desteklemiyor. "                    \
    "Bunları bir Unsupported başlık alanında listeler; istemci bu uzantılar olmadan yeniden "                    \
    "deneyebilir.")                                                                                                   \
  X(421, extension_required, "Extension Required", 3261, "21.4.16", current,                                          \
    "The server needs an extension that the request did not list in Supported. The option tag is in a "               \
    "Require header field, and the client retries supporting it.",                                                    \
    "Uzantı Gerekli",                                                                                                 \
    "Sunucunun, isteğin Supported alanında yer almayan bir uzantıya ihtiyacı var. Seçenek etiketi bir "          \
    "Require başlık alanında verilir; istemci bu uzantıyı destekleyerek yeniden dener.")                              \
  X(422, session_interval_too_small, "Session Interval Too Small", 4028, "6", current,                                \
    "The Session-Expires value of the request is below the minimum the server accepts. The response carries "         \
    "Min-SE, and the client retries with a session interval at least that long.",                                     \
    "Oturum Aralığı Çok Kısa",                                                                                        \
    "İsteğin Session-Expires değeri, sunucunun kabul ettiği en küçük değerden düşük. Yanıt Min-SE "       \
    "taşır; istemci en az o uzunlukta bir oturum aralığıyla yeniden dener.")                                          \
  X(423, interval_too_brief, "Interval Too Brief", 3261, "21.4.17", current,                                          \
    "The expiration time the request asks for, as in REGISTER or SUBSCRIBE, is too short. The response "              \
    "carries Min-Expires, and the client retries with at least that value.",                                          \
    "Süre Çok Kısa",                                                                                                  \
    "İsteğin istediği geçerlilik süresi, örneğin REGISTER veya SUBSCRIBE için, çok kısa. Yanıt "           \
    "Min-Expires taşır; istemci en az bu değerle yeniden dener.")                                                     \
  X(424, bad_location_information, "Bad Location Information", 6442, "4.3", current,                                  \
    "The location information in the request was malformed or not good enough to route on. A "                        \
    "Geolocation-Error header field in the response says what was wrong.",                                            \
    "Hatalı Konum Bilgisi",                                                                                           \
    "İstekteki konum bilgisi hatalı ya da yönlendirme için yetersiz. Yanıttaki Geolocation-Error "               \
    "başlık alanı sorunun ne olduğunu belirtir.")                                                                     \
  X(425, bad_alert_message, "Bad Alert Message", 8876, "5.1", current,                                                \
    "A non-interactive emergency call carried a Common Alerting Protocol message that the recipient found "           \
    "malformed or unacceptable. An AlertMsg-Error header field in the response says why.",                            \
    "Hatalı Uyarı Mesajı",                                                                                            \
    "Etkileşimsiz bir acil durum çağrısı, alıcının hatalı ya da kabul edilemez bulduğu bir Ortak "          \
    "Uyarı Protokolü (CAP) mesajı taşıyordu. Yanıttaki AlertMsg-Error başlık alanı nedenini belirtir.")               \
  X(428, use_identity_header, "Use Identity Header", 8224, "6.2.2", current,                                          \
    "The verification service requires an Identity header field and the request had none. The request "               \
    "should be retried through an authentication service that adds one.",                                             \
    "Kimlik Başlığı Kullanın",                                                                                        \
    "Doğrulama hizmeti bir Identity başlık alanı istiyor ve istekte bu alan yok. İstek, bu alanı "              \
    "ekleyen bir kimlik doğrulama hizmeti üzerinden yeniden gönderilmelidir.")                                        \
  X(429, provide_referrer_identity, "Provide Referrer Identity", 3892, "5", current,                                  \
    "The referee or refer target requires a valid Referred-By token and the request had none or a bad one. "          \
    "The referrer may send the REFER again with a Referred-By token.",                                                \
    "Yönlendirenin Kimliğini Bildirin",                                                                               \
    "Yönlendirilen taraf ya da yönlendirme hedefi geçerli bir Referred-By belirteci istiyor; istekte "             \
    "yok ya da geçersiz. Yönlendiren taraf REFER isteğini Referred-By belirteciyle yeniden "                       \
    "gönderebilir.")                                                                                                  \
  X(430, flow_failed, "Flow Failed", 5626, "11.5", current,                                                           \
    "An edge proxy reports that the SIP Outbound flow to the target user agent has failed. The authoritative "        \
    "proxy drops the binding that used that flow and tries the others.",                                              \
    "Akış Başarısız",                                                                                                 \
    "Bir kenar vekil sunucu, hedef kullanıcı aracısına giden SIP Outbound akışının koptuğunu "               \
    "bildirir. Yetkili vekil sunucu bu akışı kullanan kaydı bırakır ve diğer kayıtları dener.")                       \
  X(433, anonymity_disallowed, "Anonymity Disallowed", 5079, "5", current,                                            \
    "The server refuses the request because the requester is anonymous. The client must not retry without "           \
    "anonymity unless its user agrees to.",                                                                           \
    "Anonimliğe İzin Verilmiyor",                                                                                     \
    "Sunucu, istek sahibi anonim olduğu için isteği reddediyor. İstemci, kullanıcısı onaylamadıkça "         \
    "anonimliği kaldırarak yeniden denememelidir.")                                                                   \
  X(436, bad_identity_info, "Bad Identity Info", 8224, "6.2.2", current,                                              \
    "The verifier could not dereference the info parameter of the Identity header field to fetch the "                \
    "credential. The request is rejected.",                                                                           \
    "Hatalı Kimlik Bilgisi",                                                                                          \
    "Doğrulayıcı, kimlik belgesini almak için Identity başlık alanındaki info parametresine "                  \
    "erişemedi. İstek reddedilir.")                                                                                   \
  X(437, unsupported_credential, "Unsupported Credential", 8224, "6.2.2", current,                                    \
    "The verifier could not validate the credential that signed the Identity header field, for example "              \
    "because it does not trust its issuer. The request is rejected.",                                                 \
    "Desteklenmeyen Kimlik Belgesi",                                                                                  \
    "Doğrulayıcı, Identity başlık alanını imzalayan kimlik belgesini doğrulayamadı; örneğin belgeyi "      \
    "verene güvenmiyor. İstek reddedilir.")                                                                           \
  X(438, invalid_identity_header, "Invalid Identity Header", 8224, "6.2.2", current,                                  \
    "The signature in the Identity header field does not verify against the request. The request is "                 \
    "rejected.",                                                                                                      \
    "Geçersiz Kimlik Başlığı", "Identity başlık alanındaki imza istekle doğrulanamıyor. İstek reddedilir.")           \
  X(439, first_hop_lacks_outbound_support, "First Hop Lacks Outbound Support", 5626, "11.6", current,                 \
    "The registrar supports SIP Outbound but the first-hop proxy does not, so the registration cannot use "           \
    "it. The client may register again without Outbound.",                                                            \
    "İlk Atlamada Outbound Desteği Yok",                                                                              \
    "Kayıt sunucusu SIP Outbound'u destekliyor ama ilk atlamadaki vekil sunucu desteklemiyor; bu "                   \
    "yüzden kayıt bu özelliği kullanamaz. İstemci Outbound olmadan yeniden kaydolabilir.")                            \
  X(440, max_breadth_exceeded, "Max-Breadth Exceeded", 5393, "6.2", current,                                          \
    "A proxy cannot fork the request because its Max-Breadth allowance is used up. The client may retry "             \
    "later or with fewer parallel branches.",                                                                         \
    "Max-Breadth Aşıldı",                                                                                             \
    "Bir vekil sunucu, Max-Breadth hakkı tükendiği için isteği çatallayamıyor. İstemci daha sonra ya "        \
    "da daha az paralel kolla yeniden deneyebilir.")                                                                  \
  X(469, bad_info_package, "Bad Info Package", 6086, "11.6", current,                                                 \
    "An INFO request used an Info Package that the receiver has not said it accepts. The response lists the "         \
    "accepted packages in Recv-Info, and the dialog carries on.",                                                     \
    "Hatalı Bilgi Paketi",                                                                                            \
    "Bir INFO isteği, alıcının kabul ettiğini bildirmediği bir Bilgi Paketi kullandı. Yanıt kabul "           \
    "edilen paketleri Recv-Info içinde listeler ve diyalog sürer.")                                                   \
  X(470, consent_needed, "Consent Needed", 5360, "5.9.2", current,                                                    \
    "A relay refuses to send the request to recipients that have not consented to receive it. The response "          \
    "names them in Permission-Missing, and the client must get their permission first.",                              \
    "Onay Gerekli",                                                                                                   \
    "Bir aktarıcı, isteği onay vermemiş alıcılara göndermeyi reddediyor. Yanıt bu alıcıları "              \
    "Permission-Missing içinde listeler; istemci önce onların iznini almalıdır.")                                     \
  X(480, temporarily_unavailable, "Temporarily Unavailable", 3261, "21.4.18", current,                                \
    "The callee's end system was reached but the callee is unavailable at the moment, for example not logged "        \
    "in. A Retry-After header field may suggest a better time.",                                                      \
    "Geçici Olarak Ulaşılamıyor",                                                                                     \
    "Aranan tarafın uç sistemine ulaşıldı ama aranan şu anda müsait değil; örneğin oturum açmamış. "     \
    "Retry-After başlık alanı daha uygun bir zaman önerebilir.")                                                      \
  X(481, call_transaction_does_not_exist, "Call/Transaction Does Not Exist", 3261, "21.4.19", current,                \
    "The request matches no existing dialog or transaction, as a BYE or CANCEL for an unknown call. The "             \
    "client should not retry it unchanged.",                                                                          \
    "Çağrı veya İşlem Yok",                                                                                           \
    "İstek var olan hiçbir diyaloğa ya da işleme karşılık gelmiyor; bilinmeyen bir çağrı için gelen "      \
    "BYE veya CANCEL gibi. İstemci isteği değiştirmeden yeniden denememelidir.")                                      \
  X(482, loop_detected, "Loop Detected", 3261, "21.4.20", current,                                                    \
    "The server found that the request has looped back to it. The client should not retry it unchanged.",             \
    "Döngü Algılandı",                                                                                                \
    "Sunucu, isteğin bir döngüye girip kendisine geri geldiğini tespit etti. İstemci isteği "                   \
    "değiştirmeden yeniden denememelidir.")                                                                           \
  X(483, too_many_hops, "Too Many Hops", 3261, "21.4.21", current,                                                    \
    "The request reached a server with its Max-Forwards at zero. The client should not retry it unchanged.",          \
    "Çok Fazla Atlama",                                                                                               \
    "İstek, Max-Forwards değeri sıfıra inmiş olarak bir sunucuya ulaştı. İstemci isteği değiştirmeden "    \
    "yeniden denememelidir.")                                                                                         \
  X(484, address_incomplete, "Address Incomplete", 3261, "21.4.22", current,                                          \
    "The Request-URI is incomplete, as when a number is dialled digit by digit. The client may retry once "           \
    "the user has given more of the address.",                                                                        \
    "Eksik Adres",                                                                                                    \
    "Request-URI eksik; örneğin numara hane hane çevriliyor. Kullanıcı adresin devamını verdiğinde "          \
    "istemci yeniden deneyebilir.")                                                                                   \
  X(485, ambiguous, "Ambiguous", 3261, "21.4.23", current,                                                            \
    "The Request-URI matches more than one user; the response may list them in Contact header fields. The "           \
    "client may ask the user to choose one.",                                                                         \
    "Belirsiz",                                                                                                       \
    "Request-URI birden çok kullanıcıyla eşleşiyor; yanıt bunları Contact başlık alanlarında "              \
    "listeleyebilir. İstemci kullanıcıdan birini seçmesini isteyebilir.")                                             \
  X(486, busy_here, "Busy Here", 3261, "21.4.24", current,                                                            \
    "The callee's end system was reached but the callee cannot or will not take another call there now. A "           \
    "Retry-After header field may suggest a better time; the callee may be reachable elsewhere, as through "          \
    "voicemail.",                                                                                                     \
    "Meşgul",                                                                                                         \
    "Aranan tarafın uç sistemine ulaşıldı ama aranan şu anda orada başka bir çağrı alamıyor ya da "        \
    "almak istemiyor. Retry-After daha uygun bir zaman önerebilir; arananın sesli mesaj gibi başka "               \
    "bir yoldan ulaşılabilir olması mümkündür.")                                                                      \
  X(487, request_terminated, "Request Terminated", 3261, "21.4.25", current,                                          \
    "The request was ended by a BYE or CANCEL before it completed. It is the usual final response to a "              \
    "cancelled INVITE.",                                                                                              \
    "İstek Sonlandırıldı",                                                                                            \
    "İstek tamamlanmadan bir BYE veya CANCEL ile sonlandırıldı. İptal edilen bir INVITE isteğine "              \
    "verilen olağan son yanıttır.")                                                                                   \
  X(488, not_acceptable_here, "Not Acceptable Here", 3261, "21.4.26", current,                                        \
    "The session description of the request is not acceptable to this user agent, for example its media or "          \
    "codecs. A Warning header field may say why, and the client may retry with another offer.",                       \
    "Burada Kabul Edilemez",                                                                                          \
    "İsteğin oturum tanımı, örneğin medya türleri veya kodekler, bu kullanıcı aracısı için kabul "        \
    "edilemez. Bir Warning başlık alanı nedenini belirtebilir; istemci başka bir teklifle yeniden "               \
    "deneyebilir.")                                                                                                   \
  X(489, bad_event, "Bad Event", 6665, "8.3.2", current,                                                              \
    "The server does not understand the event package named in the Event header field of a SUBSCRIBE or "             \
    "NOTIFY. The response lists the packages it supports in Allow-Events.",                                           \
    "Hatalı Olay",                                                                                                    \
    "Sunucu, SUBSCRIBE veya NOTIFY isteğinin Event başlık alanındaki olay paketini tanımıyor. Yanıt "          \
    "desteklediği paketleri Allow-Events içinde listeler.")                                                           \
  X(491, request_pending, "Request Pending", 3261, "21.4.27", current,                                                \
    "The server had a request of its own pending in the same dialog, as when two re-INVITEs cross. The "              \
    "client retries after the random wait that RFC 3261 section 14.1 sets.",                                          \
    "Bekleyen İstek Var",                                                                                             \
    "Sunucunun aynı diyalogda kendi bekleyen bir isteği vardı; örneğin iki re-INVITE isteği çakıştı. "      \
    "İstemci, RFC 3261 bölüm 14.1'in belirlediği rastgele bekleme süresinden sonra yeniden dener.")                   \
  X(493, undecipherable, "Undecipherable", 3261, "21.4.28", current,                                                  \
    "The request had an S/MIME body that the server cannot decrypt because it lacks the key. The response "           \
    "may carry the key to use, and the client may retry with it.",                                                    \
    "Çözülemiyor",                                                                                                    \
    "İstek, sunucunun anahtarı olmadığı için çözemediği bir S/MIME gövdesi taşıyordu. Yanıt "            \
    "kullanılacak anahtarı taşıyabilir; istemci bununla yeniden deneyebilir.")                                        \
  X(494, security_agreement_required, "Security Agreement Required", 3329, "6.4", current,                            \
    "The server requires a security agreement before it handles the request. The response lists its "                 \
    "mechanisms in Security-Server header fields, and the client retries using one of them.",                         \
    "Güvenlik Anlaşması Gerekli",                                                                                     \
    "Sunucu, isteği işlemeden önce bir güvenlik anlaşması yapılmasını istiyor. Yanıt mekanizmalarını "    \
    "Security-Server başlık alanlarında listeler; istemci bunlardan birini kullanarak yeniden dener.")                \
  /* 5xx server error */                                                                                              \
  X(500, server_internal_error, "Server Internal Error", 3261, "21.5.1", current,                                     \
    "The server met an unexpected condition that kept it from fulfilling the request. If the condition is "           \
    "temporary, a Retry-After header field says when the client may retry.",                                          \
    "Sunucu İç Hatası",                                                                                               \
    "Sunucu, isteği yerine getirmesini engelleyen beklenmedik bir durumla karşılaştı. Durum geçiciyse "         \
    "Retry-After başlık alanı istemcinin ne zaman yeniden deneyebileceğini bildirir.")                                \
  X(501, not_implemented, "Not Implemented", 3261, "21.5.2", current,                                                 \
    "The server does not support what the request needs, typically its method, for any user. Unlike 405, "            \
    "the method is not recognised at all.",                                                                           \
    "Uygulanmadı",                                                                                                    \
    "Sunucu, isteğin gerektirdiği işlevi, genellikle yöntemi, hiçbir kullanıcı için desteklemiyor. "          \
    "405'ten farklı olarak yöntem hiç tanınmıyor.")                                                                   \
  X(502, bad_gateway, "Bad Gateway", 3261, "21.5.3", current,                                                         \
    "The server, acting as a gateway or proxy, received an invalid response from the server downstream. The "         \
    "client may try another route.",                                                                                  \
    "Hatalı Ağ Geçidi",                                                                                               \
    "Ağ geçidi ya da vekil sunucu olarak çalışan sunucu, sonraki sunucudan geçersiz bir yanıt aldı. "         \
    "İstemci başka bir yol deneyebilir.")                                                                             \
  X(503, service_unavailable, "Service Unavailable", 3261, "21.5.4", current,                                         \
    "The server is temporarily overloaded or down for maintenance. A Retry-After header field says when to "          \
    "come back, and the client may try another server meanwhile.",                                                    \
    "Hizmet Kullanılamıyor",                                                                                          \
    "Sunucu aşırı yük ya da bakım nedeniyle geçici olarak hizmet veremiyor. Retry-After başlık alanı "       \
    "ne zaman yeniden denenebileceğini bildirir; istemci bu arada başka bir sunucu deneyebilir.")                     \
  X(504, server_time_out, "Server Time-out", 3261, "21.5.5", current,                                                 \
    "The server did not get a timely response from a server it contacted, such as a location server. The "            \
    "client may retry later.",                                                                                        \
    "Sunucu Zaman Aşımı",                                                                                             \
    "Sunucu, başvurduğu bir sunucudan, örneğin bir konum sunucusundan, zamanında yanıt alamadı. "              \
    "İstemci daha sonra yeniden deneyebilir.")                                                                        \
  X(505, version_not_supported, "Version Not Supported", 3261, "21.5.6", current,                                     \
    "The server does not support the SIP version the request uses. The client retries with a version the "            \
    "server supports.",                                                                                               \
    "Sürüm Desteklenmiyor",                                                                                           \
    "Sunucu, isteğin kullandığı SIP sürümünü desteklemiyor. İstemci sunucunun desteklediği bir "            \
    "sürümle yeniden dener.")                                                                                         \
  X(513, message_too_large, "Message Too Large", 3261, "21.5.7", current,                                             \
    "The message is longer than the server can process. The client may retry with a smaller message, for "            \
    "example over a stream transport.",                                                                               \
    "Mesaj Çok Büyük",                                                                                                \
    "Mesaj, sunucunun işleyebileceğinden uzun. İstemci daha küçük bir mesajla, örneğin akış tabanlı "      \
    "bir aktarım üzerinden, yeniden deneyebilir.")                                                                    \
  X(555, push_notification_service_not_supported, "Push Notification Service Not Supported", 8599, "8.1", current,    \
    "The proxy does not support the push notification service named in the pn-provider URI parameter of a "           \
    "REGISTER. The client may register without push or with another service.",                                        \
    "Anlık Bildirim Hizmeti Desteklenmiyor",                                                                          \
    "Vekil sunucu, REGISTER isteğinin pn-provider URI parametresinde belirtilen anlık bildirim "                    \
    "hizmetini desteklemiyor. İstemci anlık bildirim olmadan ya da başka bir hizmetle kaydolabilir.")                 \
  X(580, precondition_failure, "Precondition Failure", 3312, "8", current,                                            \
    "The server cannot or will not meet the preconditions of the offer, such as a quality-of-service "                \
    "reservation. The session is not established.",                                                                   \
    "Ön Koşul Sağlanamadı",                                                                                           \
    "Sunucu, teklifteki ön koşulları, örneğin hizmet kalitesi için kaynak ayrılmasını, karşılayamıyor "   \
    "ya da karşılamak istemiyor. Oturum kurulmaz.")                                                                   \
  /* 6xx global failure */                                                                                            \
  X(600, busy_everywhere, "Busy Everywhere", 3261, "21.6.1", current,                                                 \
    "The callee was reached and is busy, and knows that no other end point will answer. A Retry-After header "        \
    "field may suggest a better time.",                                                                               \
    "Her Yerde Meşgul",                                                                                               \
    "Aranana ulaşıldı; aranan meşgul ve çağrıyı başka hiçbir uç noktanın yanıtlamayacağını biliyor. " \
    "Retry-After başlık alanı daha uygun bir zaman önerebilir.")                                                      \
  X(603, decline, "Decline", 3261, "21.6.2", current,                                                                 \
    "The callee was reached but does not wish to, or cannot, take part. A Retry-After header field may "              \
    "suggest a better time.",                                                                                         \
    "Reddedildi",                                                                                                     \
    "Aranana ulaşıldı ama aranan çağrıya katılmak istemiyor ya da katılamıyor. Retry-After başlık "        \
    "alanı daha uygun bir zaman önerebilir.")                                                                         \
  X(604, does_not_exist_anywhere, "Does Not Exist Anywhere", 3261, "21.6.3", current,                                 \
    "The server has authoritative information that the user in the Request-URI exists nowhere. The client "           \
    "should not try the address elsewhere.",                                                                          \
    "Hiçbir Yerde Yok",                                                                                               \
    "Sunucu, Request-URI'deki kullanıcının hiçbir yerde bulunmadığına dair kesin bilgiye sahip. "              \
    "İstemci bu adresi başka yerde denememelidir.")                                                                   \
  X(606, not_acceptable_anywhere, "Not Acceptable", 3261, "21.6.4", current,                                          \
    "The user was reached, but some aspect of the session description, such as media or bandwidth, is not "           \
    "acceptable anywhere. A Warning header field may say why, and the client may retry with another offer.",          \
    "Hiçbir Yerde Kabul Edilemez",                                                                                    \
    "Kullanıcıya ulaşıldı, ancak oturum tanımının medya ya da bant genişliği gibi bir yönü hiçbir "      \
    "yerde kabul edilemez. Bir Warning başlık alanı nedenini belirtebilir; istemci başka bir teklifle "           \
    "yeniden deneyebilir.")                                                                                           \
  X(607, unwanted, "Unwanted", 8197, "4", current,                                                                    \
    "The called party does not want this call or message and marks the caller as unwanted; later attempts "           \
    "are likely to be refused too. Networks may use it to filter calls.",                                             \
    "İstenmeyen Çağrı",                                                                                               \
    "Aranan taraf bu çağrıyı ya da mesajı istemiyor ve arayanı istenmeyen olarak işaretliyor; sonraki "        \
    "denemeler de büyük olasılıkla reddedilecek. Ağlar bunu çağrı süzme için kullanabilir.")                          \
  X(608, rejected, "Rejected", 8688, "5.1", current,                                                                  \
    "An intermediary, not the callee, rejected the call, usually because call analytics judged it unwanted. "         \
    "A Call-Info header field may give a contact for redress.",                                                       \
    "Aracı Tarafından Reddedildi",                                                                                    \
    "Çağrıyı aranan değil bir aracı reddetti; genellikle çağrı analitiği çağrıyı istenmeyen olarak değerlendirdiği için. Bir Call-Info başlık alanı itiraz için bir iletişim adresi verebilir.")

// Former and alternate phrases that still arrive on the wire. Each was the
// default somewhere, or is sent by deployed stacks; the source says where.
//   X(code, "Phrase", "source")
#define SIPCODES_DETAIL_ALIAS_TABLE(X)                                                                    \
  X(412, "Precondition Failed", "HTTP/1.1 (RFC 2616 section 10.4.13) phrase that deployed stacks send")   \
  X(414, "Request-URI Too Large", "RFC 3261 section 25.1 grammar; RFC 2543 section 5.1.1")                \
  X(422, "Session Timer Too Small", "draft session-timer phrase that deployed stacks still send")         \
  X(423, "Interval Too Small", "RFC 3265 (corrected by RFC 6665 Appendix B.13)")                          \
  X(436, "Bad Identity-Info", "RFC 4474")                                                                 \
  X(437, "Unsupported Certificate", "RFC 4474")                                                           \
  X(480, "Temporarily not available", "RFC 3261 section 25.1 grammar; RFC 2543 section 5.1.1")            \
  X(481, "Call Leg/Transaction Does Not Exist", "RFC 2543 section 7.4.18; RFC 3261 section 25.1 grammar") \
  X(500, "Internal Server Error", "RFC 3261 section 25.1 grammar; RFC 2543 section 5.1.1")                \
  X(504, "Gateway Time-out", "RFC 2543 sections 5.1.1 and 7.5.5")                                         \
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

/// A contiguous, iterable view of rows of one of the constexpr tables.
template <class Row>
struct row_view {
  const Row* first = nullptr;
  std::size_t count = 0;
  constexpr const Row* begin() const noexcept { return first; }
  constexpr const Row* end() const noexcept { return first + count; }
  constexpr std::size_t size() const noexcept { return count; }
  constexpr bool empty() const noexcept { return count == 0; }
  constexpr const Row& operator[](std::size_t i) const noexcept { return first[i]; }
};

/// The aliases of one code.
using alias_list = row_view<alias>;

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

#define SIPCODES_DETAIL_ALIAS_ROW(code, phrase, source) \
  alias_row{static_cast<status>(code), {SIPCODES_DETAIL_LITERAL(phrase), SIPCODES_DETAIL_LITERAL(source)}},
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

// Where the rows of `code` stand in a table of rows sorted by code (each
// code's rows are one run): [first, last).
struct index_range {
  std::size_t first = 0;
  std::size_t last = 0;
};
template <class Row, std::size_t N>
constexpr index_range run_of(const Row (&rows)[N], status code) noexcept {
  index_range run{};
  while (run.first < N && rows[run.first].code != code) ++run.first;
  run.last = run.first;
  while (run.last < N && rows[run.last].code == code) ++run.last;
  return run;
}

constexpr alias_list aliases_of(status code) noexcept {
  const index_range run = run_of(alias_rows, code);
  return {alias_entries.data() + run.first, run.last - run.first};
}

constexpr status_class class_of_code(int code) noexcept {
  return in_valid_range(code) ? static_cast<status_class>(code / 100) : status_class::invalid;
}

#define SIPCODES_DETAIL_ROW(code, name, reason, rfc, section, state, description, tr_reason, tr_description) \
  status_info{status::name,                                                                                  \
              SIPCODES_DETAIL_LITERAL(#name),                                                                \
              SIPCODES_DETAIL_LITERAL(reason),                                                               \
              class_of_code(code),                                                                           \
              rfc,                                                                                           \
              SIPCODES_DETAIL_LITERAL(section),                                                              \
              lifecycle::state,                                                                              \
              SIPCODES_DETAIL_LITERAL(description),                                                          \
              aliases_of(status::name)},
// Each row expands to "+1"; parentheses would make the sum a call.
#define SIPCODES_DETAIL_COUNT(...) +1  // NOLINT(bugprone-macro-parentheses)
inline constexpr std::size_t row_count = 0 SIPCODES_DETAIL_STATUS_TABLE(SIPCODES_DETAIL_COUNT);
#undef SIPCODES_DETAIL_COUNT
inline constexpr std::array<status_info, row_count> table{{SIPCODES_DETAIL_STATUS_TABLE(SIPCODES_DETAIL_ROW)}};
#undef SIPCODES_DETAIL_ROW

static_assert(row_count < 255, "row numbers are stored in one byte");

// Lookups by code go through slots: slots 0..599 are the codes 100..699, and
// slot 600 is where every other int lands. Computing the slot is a conditional
// move, not a branch.
constexpr std::size_t code_slot(int code) noexcept {
  const unsigned offset = static_cast<unsigned>(code) - 100U;
  return offset < 600U ? offset : 600U;
}

// Dense index over the slots: the row number plus one, or 0 for a code that is
// not in the table (and for slot 600).
constexpr std::array<std::uint8_t, 601> make_index() noexcept {
  std::array<std::uint8_t, 601> index{};
  for (std::size_t row = 0; row < row_count; ++row) {
    index[code_slot(to_int(table[row].code))] = static_cast<std::uint8_t>(row + 1);
  }
  return index;
}
inline constexpr std::array<std::uint8_t, 601> row_of_code = make_index();

// The phrases from_reason knows, by number: the default phrase of each row in
// table order, then the former phrases in alias order (so that 406 comes
// before 606, whose phrase is the same). Phrase k < row_count is row k's.
inline constexpr std::size_t phrase_count = row_count + std::size(alias_rows);

// The phrases by number plus one, after an empty one for "none". Rows come
// first, so reason_phrase is two loads and no branch (row number plus one,
// then this), and from_reason reads its candidates here without a branch on
// whether the phrase is a row's or an alias's.
constexpr std::array<std::string_view, phrase_count + 1> make_phrase_texts() noexcept {
  std::array<std::string_view, phrase_count + 1> texts{};
  for (std::size_t row = 0; row < row_count; ++row) texts[row + 1] = table[row].reason;
  for (std::size_t a = 0; a < std::size(alias_rows); ++a) texts[row_count + a + 1] = alias_rows[a].entry.phrase;
  return texts;
}
inline constexpr std::array<std::string_view, phrase_count + 1> phrase_text = make_phrase_texts();

// The row number plus one of a code, 0 when it is not in the table. Code that
// must stay a constant expression asks this rather than comparing find()'s
// pointer with nullptr: GCC does not fold the address of a table element
// compared with null when sanitizers are on.
constexpr std::size_t row_plus_one(int code) noexcept { return row_of_code[code_slot(code)]; }

constexpr char ascii_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// ASCII case-insensitive equality, eight bytes at a time (SWAR). Every
// string the library compares this way against input is its own ASCII text (a
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
// windows for 4..7 bytes; the first, middle and last byte for 1..3. Two strings
// of the same length packed alike give equal words exactly when they are equal.
constexpr std::uint64_t load_short(const char* p, std::size_t n) noexcept {
  if (n >= 4) return load4(p) | (load4(p + n - 4) << 32);
  if (n == 0) return 0;
  return byte_at(p, 0, 0) | byte_at(p, n / 2, 8) | byte_at(p, n - 1, 16);
}

// 0x20, the bit in which the two cases differ, in each byte of an ASCII word
// that is a letter. Each byte is below 0x80, so the additions never carry
// from one byte into the next.
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
  const std::size_t row = detail::row_plus_one(code);
  return row == 0 ? nullptr : &detail::table[row - 1];
}
constexpr const status_info* find(status s) noexcept { return find(detail::to_int(s)); }

// ---------------------------------------------------------------------------
// Languages. Each row's Turkish phrase and description sit next to its English
// ones in the table above; here they are gathered in row order.

/// The languages the descriptions and phrases are written in.
enum class language : std::uint8_t { en, tr };

/// The language's tag: "en", "tr".
constexpr std::string_view to_string(language l) noexcept { return l == language::tr ? "tr" : "en"; }

namespace detail {

struct translation {
  std::string_view reason;
  std::string_view description;
};

#define SIPCODES_DETAIL_TURKISH(code, name, reason, rfc, section, state, description, tr_reason, tr_description) \
  translation{SIPCODES_DETAIL_LITERAL(tr_reason), SIPCODES_DETAIL_LITERAL(tr_description)},
inline constexpr std::array<translation, row_count> turkish{{SIPCODES_DETAIL_STATUS_TABLE(SIPCODES_DETAIL_TURKISH)}};
#undef SIPCODES_DETAIL_TURKISH

}  // namespace detail

/// The description of a code in a language; "" when the code is not in the
/// table. A language value outside the enumeration gives English.
constexpr std::string_view description(int code, language lang = language::en) noexcept {
  const std::size_t row = detail::row_plus_one(code);
  if (row == 0) return {};
  return lang == language::tr ? detail::turkish[row - 1].description : detail::table[row - 1].description;
}
constexpr std::string_view description(status s, language lang = language::en) noexcept {
  return description(detail::to_int(s), lang);
}

/// The reason phrase of a code in a language (for `en`, the default phrase);
/// "" when the code is not in the table. Every phrase is a valid RFC 3261
/// Reason-Phrase, so it can be sent with write_status_line. A language value
/// outside the enumeration gives English.
constexpr std::string_view localized_reason(int code, language lang) noexcept {
  const std::size_t row = detail::row_plus_one(code);
  if (row == 0) return {};
  return lang == language::tr ? detail::turkish[row - 1].reason : detail::table[row - 1].reason;
}
constexpr std::string_view localized_reason(status s, language lang) noexcept {
  return localized_reason(detail::to_int(s), lang);
}

/// True for 100..699, the codes RFC 3261 §7.2 allows on the wire.
constexpr bool is_valid(int code) noexcept { return detail::in_valid_range(code); }
constexpr bool is_valid(status s) noexcept { return is_valid(detail::to_int(s)); }

/// True when the code is in the table.
constexpr bool is_known(int code) noexcept { return detail::row_plus_one(code) != 0; }
constexpr bool is_known(status s) noexcept { return is_known(detail::to_int(s)); }

/// The default reason phrase, or "" when the code is not in the table.
constexpr std::string_view reason_phrase(int code) noexcept {
  return detail::phrase_text[detail::row_of_code[detail::code_slot(code)]];
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

namespace detail {

// The answers of to_status, from_name and from_reason, ready made: entry 0 is
// nullopt, entry k + 1 the status of phrase k (so entry r + 1 is row r's).
// Returning a copy of an entry is one 4-byte load. Building the optional in
// the function instead makes GCC 12 store its two members separately and
// reload them as one word: a failed store-to-load forward on every call.
// (Written out rather than filled in by a loop: GCC 12 cannot copy, in a
// constant expression, a nullopt that a constexpr function value-initialised.
// Each entry comes from found(), so that the compiler resolves optional's
// converting constructor once rather than once per entry: 1.5 ms less.)
constexpr std::optional<status> found(status s) noexcept { return s; }
#define SIPCODES_DETAIL_FOUND_ROW(code, name, ...) found(status::name),
#define SIPCODES_DETAIL_FOUND_ALIAS(code, ...) found(static_cast<status>(code)),
inline constexpr std::optional<status> found_status[] = {std::nullopt,
                                                         SIPCODES_DETAIL_STATUS_TABLE(SIPCODES_DETAIL_FOUND_ROW)
                                                             SIPCODES_DETAIL_ALIAS_TABLE(SIPCODES_DETAIL_FOUND_ALIAS)};
#undef SIPCODES_DETAIL_FOUND_ROW
#undef SIPCODES_DETAIL_FOUND_ALIAS
static_assert(std::size(found_status) == phrase_count + 1, "one answer per phrase, and nullopt");

}  // namespace detail

/// The status for a code in the table; nullopt for any other int.
constexpr std::optional<status> to_status(int code) noexcept {
  return detail::found_status[detail::row_plus_one(code)];
}

/// The status whose enumerator name is exactly `name` ("busy_here").
constexpr std::optional<status> from_name(std::string_view name) noexcept {
  std::size_t row = 0;
  while (row < detail::row_count && detail::table[row].name != name) ++row;
  return detail::found_status[row < detail::row_count ? row + 1 : 0];
}

namespace detail {

// from_reason finds a phrase through an open-addressed hash table built at
// compile time: 256 one-byte slots, each 0 (empty) or a phrase number + 1.
// The hash reads only the length and the first and last bytes, folded with
// 0x20 so that ASCII case does not change it (other bytes that differ only in
// 0x20 collide harmlessly: a match is always confirmed by iequals). With
// these constants no known phrase is more than 3 probes from its hash
// (tests/static_checks.cpp asserts it).
inline constexpr std::size_t phrase_slot_count = 256;
static_assert(phrase_count < phrase_slot_count / 2, "keep the hash table at most half full");

constexpr std::size_t phrase_hash(std::string_view nonempty) noexcept {
  const auto fold = [](char c) { return static_cast<std::size_t>(static_cast<unsigned char>(c) | 0x20U); };
  return (nonempty.size() * 31 + fold(nonempty.front()) * 28 + fold(nonempty.back())) % phrase_slot_count;
}
constexpr std::size_t next_slot(std::size_t slot) noexcept { return (slot + 1) % phrase_slot_count; }

// Phrases go in by number, so a phrase that two rows share (406 and 606's
// "Not Acceptable") is found first for the earlier one: its slot comes first
// in the probe sequence they share.
constexpr std::array<std::uint8_t, phrase_slot_count> make_phrase_slots() noexcept {
  std::array<std::uint8_t, phrase_slot_count> slots{};
  for (std::size_t k = 0; k < phrase_count; ++k) {
    std::size_t slot = phrase_hash(phrase_text[k + 1]);
    while (slots[slot] != 0) slot = next_slot(slot);
    slots[slot] = static_cast<std::uint8_t>(k + 1);
  }
  return slots;
}
inline constexpr std::array<std::uint8_t, phrase_slot_count> phrase_slots = make_phrase_slots();

// The phrase number plus one of a known phrase, matched ignoring ASCII case;
// 0 for any other. The table is at most half full, so the probe always
// reaches an empty slot, whose 0 is the answer for an unknown phrase.
constexpr std::size_t phrase_plus_one(std::string_view nonempty) noexcept {
  std::size_t slot = phrase_hash(nonempty);
  while (phrase_slots[slot] != 0 && !iequals(nonempty, phrase_text[phrase_slots[slot]])) slot = next_slot(slot);
  return phrase_slots[slot];
}

}  // namespace detail

/// The status whose default or former phrase matches `phrase`, ignoring ASCII
/// case and surrounding spaces and tabs ("busy here", "Internal Server Error").
/// Empty or blank input finds nothing.
constexpr std::optional<status> from_reason(std::string_view phrase) noexcept {
  phrase = detail::trim_blanks(phrase);
  // One copy out of found_status on every path: a nullopt built on its own
  // path would make GCC merge the paths through memory again.
  return detail::found_status[phrase.empty() ? 0 : detail::phrase_plus_one(phrase)];
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

constexpr std::size_t longest_reason() noexcept {
  std::size_t longest = 0;
  for (const status_info& row : table) longest = row.reason.size() > longest ? row.reason.size() : longest;
  return longest;
}
inline constexpr std::size_t longest_reason_length = longest_reason();

/// Longest text format_status writes: "65535 " and the longest phrase.
inline constexpr std::size_t format_buffer_size = 6 + longest_reason_length;

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

// The table's own invariants. tests/static_checks.cpp asserts them at compile
// time; they are not asserted here, so that users do not pay for the checks
// every time they compile.
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
    const translation& tr = turkish[row];
    if (tr.reason.empty() || !is_valid_reason_phrase(tr.reason) || tr.description.empty()) return false;
    for (const alias& a : r.aliases) {
      if (a.phrase.empty() || a.source.empty() || !is_valid_reason_phrase(a.phrase)) return false;
    }
  }
  for (std::size_t i = 1; i < std::size(alias_rows); ++i) {
    if (to_int(alias_rows[i - 1].code) > to_int(alias_rows[i].code)) return false;  // one run per code
  }
  for (const alias_row& a : alias_rows) {
    if (!is_known(a.code)) return false;  // an alias belongs to a row
  }
  return true;
}

}  // namespace detail

// ---------------------------------------------------------------------------
// Wire layer: status lines (RFC 3261 §7.2 and §25.1) and Reason header field
// values (RFC 3326, RFC 6432). Nothing here allocates; every view a parser
// returns points into its input.

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
  bad_line_end,        ///< a CR or LF that is not one CRLF ending the input, or bytes after it
  unsupported_version  ///< well-formed, but not SIP/2.0; the line's fields are filled in
};

/// A name for logs: "bad_code".
constexpr std::string_view to_string(line_error e) noexcept {
  switch (e) {
    case line_error::none: return "none";
    case line_error::empty: return "empty";
    case line_error::bad_protocol: return "bad_protocol";
    case line_error::bad_version: return "bad_version";
    case line_error::bad_separator: return "bad_separator";
    case line_error::bad_code: return "bad_code";
    case line_error::bad_reason: return "bad_reason";
    case line_error::bad_utf8: return "bad_utf8";
    case line_error::bad_line_end: return "bad_line_end";
    case line_error::unsupported_version: return "unsupported_version";
  }
  return "invalid";
}

/// The parts of a status line. `reason` is a view into the parsed input.
struct status_line {
  std::uint16_t code = 0;
  std::string_view reason;
  std::uint8_t major = 0;
  std::uint8_t minor = 0;
};

/// What parse_status_line found. The line is complete when `error` is `none`
/// or `unsupported_version`; after any other error its fields hold only what
/// was read before the error.
struct parse_result {
  status_line line;
  line_error error = line_error::empty;
  constexpr explicit operator bool() const noexcept { return error == line_error::none; }
};

namespace detail {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr int digit_value(char c) noexcept { return c - '0'; }

// A read position in a string; all reads are bounds-checked.
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

// Checks the reason from the cursor to the end of the input; on success sets
// `reason` to the phrase without the final CRLF.
constexpr line_error read_reason(cursor& c, std::string_view& reason) noexcept {
  const std::size_t start = c.at;
  while (!c.done()) {
    const char ch = c.text[c.at];
    const auto byte = static_cast<unsigned char>(ch);
    if (ch == '\r' || ch == '\n') {
      const bool final_crlf = ch == '\r' && c.at + 2 == c.text.size() && c.text[c.at + 1] == '\n';
      if (!final_crlf) return line_error::bad_line_end;
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
  return line_error::none;
}

constexpr parse_result fail(const status_line& line, line_error error) noexcept { return {line, error}; }

}  // namespace detail

/// Parses `SIP-Version SP Status-Code SP Reason-Phrase`, optionally followed
/// by one CRLF that ends the input (RFC 3261 §7.2, §25.1). "SIP" is matched
/// without regard to case. Strict on structure: exactly one SP on each side of
/// a three-digit code 100..699. Lenient on the phrase's content (any UTF-8
/// text and HTAB; it may be empty) but strict on safety: control characters,
/// bare CR or LF and malformed UTF-8 are errors. A well-formed line of another
/// version reports `unsupported_version` with every field filled in.
constexpr parse_result parse_status_line(std::string_view input) noexcept {
  status_line line{};
  if (input.empty()) return detail::fail(line, line_error::empty);
  if (input.size() < 4 || !detail::iequals(input.substr(0, 4), "SIP/")) {
    return detail::fail(line, line_error::bad_protocol);
  }

  detail::cursor c{input, 4};
  if (!detail::read_version_number(c, line.major) || !c.take('.') || !detail::read_version_number(c, line.minor)) {
    return detail::fail(line, line_error::bad_version);
  }
  if (!c.done() && !detail::is_blank(c.text[c.at]) && !c.next_is('\r') && !c.next_is('\n')) {
    return detail::fail(line, line_error::bad_version);  // "SIP/2.0x"
  }
  if (!c.take(' ') || c.next_is(' ') || c.next_is('\t')) return detail::fail(line, line_error::bad_separator);

  const std::size_t code_start = c.at;
  int code = 0;
  while (c.next_is_digit() && c.at - code_start < 4) code = code * 10 + detail::digit_value(c.text[c.at++]);
  if (c.at - code_start != 3 || c.next_is_digit() || !detail::in_valid_range(code)) {
    return detail::fail(line, line_error::bad_code);
  }
  line.code = static_cast<std::uint16_t>(code);
  if (!c.take(' ')) return detail::fail(line, line_error::bad_separator);

  const line_error reason_error = detail::read_reason(c, line.reason);
  if (reason_error != line_error::none) return detail::fail(line, reason_error);
  if (line.major != 2 || line.minor != 0) return detail::fail(line, line_error::unsupported_version);
  return {line, line_error::none};
}

namespace detail {

inline constexpr std::string_view sip_version_prefix = "SIP/2.0 ";

// "SIP/2.0 " "486" " " reason "\r\n"
constexpr std::size_t status_line_length(std::size_t reason_length) noexcept {
  return sip_version_prefix.size() + 3 + 1 + reason_length + 2;
}

// Copies `text` to out[at...] and returns the position after it.
constexpr std::size_t put(char* out, std::size_t at, std::string_view text) noexcept {
  for (char c : text) out[at++] = c;
  return at;
}

constexpr std::size_t put_number(char* out, std::size_t at, int value) noexcept {
  char digits[10] = {};
  std::size_t n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  while (n > 0) out[at++] = digits[--n];
  return at;
}

}  // namespace detail

/// The number of bytes write_status_line writes for this code and reason (an
/// empty reason meaning the default phrase), CRLF included; 0 when the code is
/// outside 100..699 or the reason is not a valid RFC 3261 Reason-Phrase.
constexpr std::size_t status_line_size(int code, std::string_view reason = {}) noexcept {
  if (!is_valid(code)) return 0;
  if (reason.empty()) reason = reason_phrase(code);
  if (!is_valid_reason_phrase(reason)) return 0;
  return detail::status_line_length(reason.size());
}
constexpr std::size_t status_line_size(status s, std::string_view reason = {}) noexcept {
  return status_line_size(detail::to_int(s), reason);
}

/// Writes "SIP/2.0 486 Busy Here\r\n" (no terminating NUL) and returns the
/// bytes written. An empty reason means the default phrase. Returns 0, having
/// written nothing, when the code is outside 100..699, when the reason is not
/// a valid Reason-Phrase (so no CR or LF can be injected), when `out` is null
/// or when `capacity` is too small. Never writes past `capacity`.
constexpr std::size_t write_status_line(char* out, std::size_t capacity, int code,
                                        std::string_view reason = {}) noexcept {
  const std::size_t size = status_line_size(code, reason);
  if (size == 0 || out == nullptr || capacity < size) return 0;
  if (reason.empty()) reason = reason_phrase(code);
  std::size_t at = detail::put(out, 0, detail::sip_version_prefix);
  at = detail::put_number(out, at, code);
  at = detail::put(out, at, " ");
  at = detail::put(out, at, reason);
  return detail::put(out, at, "\r\n");
}
constexpr std::size_t write_status_line(char* out, std::size_t capacity, status s,
                                        std::string_view reason = {}) noexcept {
  return write_status_line(out, capacity, detail::to_int(s), reason);
}

/// A whole status line held by value, made at compile time:
///   constexpr auto line = sipcodes::make_status_line(status::busy_here);
///   socket.send(line.view());   // "SIP/2.0 486 Busy Here\r\n"
struct status_line_text {
  std::array<char, detail::status_line_length(detail::longest_reason_length)> data{};
  std::size_t size = 0;
  constexpr std::string_view view() const noexcept { return {data.data(), size}; }
  constexpr operator std::string_view() const noexcept { return view(); }
  constexpr bool empty() const noexcept { return size == 0; }
};

/// The status line of `s` with its default phrase; empty when the code is
/// outside 100..699.
constexpr status_line_text make_status_line(status s) noexcept {
  status_line_text line{};
  line.size = write_status_line(line.data.data(), line.data.size(), s);
  return line;
}

// ---------------------------------------------------------------------------
// Reason header field values (RFC 3326; RFC 6432 allows them in responses):
//   reason-value = protocol *(SEMI reason-params)
//   protocol     = "SIP" / "Q.850" / token
//   reason-params = "cause" EQUAL 1*DIGIT / "text" EQUAL quoted-string / generic-param

/// The two protocols whose causes sipcodes knows.
enum class reason_protocol : std::uint8_t { sip, q850 };

namespace detail {

constexpr std::string_view protocol_token(reason_protocol p) noexcept {
  return p == reason_protocol::sip ? "SIP" : "Q.850";
}

// Causes each protocol defines: SIP status codes, Q.850 cause values.
constexpr bool is_cause_of(reason_protocol p, int cause) noexcept {
  return p == reason_protocol::sip ? in_valid_range(cause) : (cause >= 1 && cause <= 127);
}

// Text that can go inside a quoted-string once '"' and '\' are escaped: UTF-8,
// no control characters but HTAB.
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

constexpr std::size_t decimal_digits(int value) noexcept {
  std::size_t n = 1;
  while (value >= 10) {
    value /= 10;
    ++n;
  }
  return n;
}

}  // namespace detail

/// The size of the value write_reason writes, or 0 when the cause does not
/// belong to the protocol (SIP: 100..699; Q.850: 1..127) or the text holds
/// control characters or malformed UTF-8.
constexpr std::size_t reason_size(reason_protocol protocol, int cause, std::string_view text = {}) noexcept {
  if (!detail::is_cause_of(protocol, cause) || !detail::is_quotable(text)) return 0;
  std::size_t size = detail::protocol_token(protocol).size() + 8 + detail::decimal_digits(cause);  // " ;cause="
  if (!text.empty()) size += 8 + detail::escaped_size(text) + 1;  // ` ;text="` text `"`
  return size;
}

/// Writes a Reason header field value: `SIP ;cause=486 ;text="Busy Here"` or
/// `Q.850 ;cause=17 ;text="User busy"`, escaping '"' and '\' in the text as a
/// quoted-string requires; an empty text leaves the text parameter out.
/// Returns the bytes written (no CRLF, no NUL), or 0 having written nothing
/// when reason_size is 0, `out` is null or `capacity` is too small.
constexpr std::size_t write_reason(char* out, std::size_t capacity, reason_protocol protocol, int cause,
                                   std::string_view text = {}) noexcept {
  const std::size_t size = reason_size(protocol, cause, text);
  if (size == 0 || out == nullptr || capacity < size) return 0;
  std::size_t at = detail::put(out, 0, detail::protocol_token(protocol));
  at = detail::put(out, at, " ;cause=");
  at = detail::put_number(out, at, cause);
  if (text.empty()) return at;
  at = detail::put(out, at, " ;text=\"");
  for (char c : text) {
    if (c == '"' || c == '\\') out[at++] = '\\';
    out[at++] = c;
  }
  return detail::put(out, at, "\"");
}

/// `SIP ;cause=486 ;text="Busy Here"`: the SIP Reason for a status, with its
/// default phrase as the text (none for a code not in the table).
constexpr std::size_t write_reason(char* out, std::size_t capacity, status s) noexcept {
  return write_reason(out, capacity, reason_protocol::sip, detail::to_int(s), reason_phrase(s));
}

/// Why parse_reason refused a value; `none` when it did not.
enum class reason_error : std::uint8_t {
  none,           ///< a well-formed reason-value
  empty,          ///< nothing but white space
  bad_protocol,   ///< the protocol is not a token
  bad_parameter,  ///< a parameter is malformed or repeated, or a ';' has no parameter
  bad_cause,      ///< cause is not 1 to 5 digits
  bad_text,       ///< text is not a well-formed quoted-string, or escapes a control character
  bad_separator   ///< something other than ';' or ',' follows a parameter; CR and LF included
};

/// A name for logs: "bad_cause".
constexpr std::string_view to_string(reason_error e) noexcept {
  switch (e) {
    case reason_error::none: return "none";
    case reason_error::empty: return "empty";
    case reason_error::bad_protocol: return "bad_protocol";
    case reason_error::bad_parameter: return "bad_parameter";
    case reason_error::bad_cause: return "bad_cause";
    case reason_error::bad_text: return "bad_text";
    case reason_error::bad_separator: return "bad_separator";
  }
  return "invalid";
}

/// One reason-value. Views point into the parsed input. `text` is the content
/// of the quoted-string as written, escapes intact: unescape_reason_text copies
/// it out unescaped, into a buffer of the caller's.
struct reason_value {
  std::string_view protocol;  ///< "SIP", "Q.850" or another token, as written
  int cause = -1;             ///< -1 when there is no cause parameter
  std::string_view text;      ///< escaped content of the text parameter
  bool has_text = false;
  std::string_view rest;  ///< what follows a ',' (the next reason-value), else empty
  /// True when the protocol is `p` ("SIP", "Q.850", in any case).
  constexpr bool is_protocol(reason_protocol p) const noexcept {
    return detail::iequals(protocol, detail::protocol_token(p));
  }
};

struct reason_result {
  reason_value value;
  reason_error error = reason_error::empty;
  constexpr explicit operator bool() const noexcept { return error == reason_error::none; }
};

namespace detail {

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

// gen-value = token / host / quoted-string; host is read as token characters
// plus ':' '[' ']' so that IPv6 references pass.
constexpr bool read_generic_value(cursor& c) noexcept {
  if (c.next_is('"')) {
    std::string_view ignored;
    return read_quoted_string(c, ignored);
  }
  const std::size_t start = c.at;
  while (!c.done() &&
         (is_token_char(c.text[c.at]) || c.text[c.at] == ':' || c.text[c.at] == '[' || c.text[c.at] == ']')) {
    ++c.at;
  }
  return c.at > start;
}

constexpr reason_result reason_fail(const reason_value& value, reason_error error) noexcept { return {value, error}; }

}  // namespace detail

/// Parses the first reason-value of a Reason header field value (RFC 3326),
/// such as `SIP ;cause=486 ;text="Busy Here"` or `Q.850;cause=16`. White space
/// (SP, HTAB) around ';', '=' and ',' is allowed; CR and LF are not (unfold the
/// header first). When a ',' follows, `value.rest` is the remainder, to parse
/// the next reason-value.
constexpr reason_result parse_reason(std::string_view input) noexcept {
  reason_value value{};
  detail::cursor c{input, 0};
  detail::skip_blanks(c);
  if (c.done()) return detail::reason_fail(value, reason_error::empty);
  value.protocol = detail::read_token(c);
  if (value.protocol.empty()) return detail::reason_fail(value, reason_error::bad_protocol);

  for (;;) {
    detail::skip_blanks(c);
    if (c.done()) break;
    if (c.take(',')) {
      detail::skip_blanks(c);
      value.rest = c.rest();
      break;
    }
    if (!c.take(';')) return detail::reason_fail(value, reason_error::bad_separator);
    detail::skip_blanks(c);
    const std::string_view name = detail::read_token(c);
    if (name.empty()) return detail::reason_fail(value, reason_error::bad_parameter);
    detail::skip_blanks(c);
    const bool has_value = c.take('=');
    detail::skip_blanks(c);

    if (detail::iequals(name, "cause")) {
      if (!has_value || value.cause >= 0) return detail::reason_fail(value, reason_error::bad_parameter);
      const std::size_t start = c.at;
      int cause = 0;
      while (c.next_is_digit() && c.at - start < 6) cause = cause * 10 + detail::digit_value(c.text[c.at++]);
      const std::size_t digits = c.at - start;
      if (digits == 0 || digits > 5) return detail::reason_fail(value, reason_error::bad_cause);
      value.cause = cause;
    } else if (detail::iequals(name, "text")) {
      if (!has_value || value.has_text) return detail::reason_fail(value, reason_error::bad_parameter);
      if (!detail::read_quoted_string(c, value.text)) return detail::reason_fail(value, reason_error::bad_text);
      value.has_text = true;
    } else if (has_value && !detail::read_generic_value(c)) {
      return detail::reason_fail(value, reason_error::bad_parameter);
    }
  }
  return {value, reason_error::none};
}

/// What unescape_reason_text did: `size` bytes written, and whether the whole
/// text was (it is not when `out` is null or too small; then nothing is written).
struct unescape_result {
  std::size_t size = 0;
  bool complete = false;
  constexpr explicit operator bool() const noexcept { return complete; }
};

/// Copies the escaped content of a quoted-string (reason_value::text) to
/// `out` with its quoted-pairs undone.
constexpr unescape_result unescape_reason_text(std::string_view escaped, char* out, std::size_t capacity) noexcept {
  std::size_t size = 0;
  for (std::size_t i = 0; i < escaped.size(); ++i, ++size) {
    if (escaped[i] == '\\' && i + 1 < escaped.size()) ++i;
  }
  if (size > capacity || (out == nullptr && size != 0)) return {};
  std::size_t at = 0;
  for (std::size_t i = 0; i < escaped.size(); ++i) {
    if (escaped[i] == '\\' && i + 1 < escaped.size()) ++i;
    out[at++] = escaped[i];
  }
  return {at, true};
}

// ---------------------------------------------------------------------------
// Protocol knowledge for gateways and B2BUAs: RFC 3398's mappings between SIP
// status codes and Q.850 (ISUP) cause values, which responses may carry
// Retry-After, and which header fields a response must or should carry. Each
// row carries its source.

/// A Q.850 cause value that RFC 3398's tables use, with its Q.850 name.
struct q850_cause {
  std::uint8_t cause;
  std::string_view name;
};

/// One row of an RFC 3398 mapping table.
struct q850_mapping {
  std::uint16_t sip;        ///< SIP status code
  std::uint8_t cause;       ///< Q.850 cause value; 0 where the RFC gives none
  std::string_view source;  ///< RFC and section
  std::string_view note;    ///< the RFC's qualification of the row, if any
};

namespace detail {

using namespace std::string_view_literals;  // "..."sv: lengths known without measuring

inline constexpr q850_cause q850_causes[] = {
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

// RFC 3398 §8.2.6.1, "Response received / Cause value in the REL"sv, in its order.
inline constexpr q850_mapping sip_to_q850_rows[] = {
    {400, 41, rfc3398_sip_to_q850, ""sv},
    {401, 21, rfc3398_sip_to_q850, "only when the gateway cannot authenticate itself"sv},
    {402, 21, rfc3398_sip_to_q850, ""sv},
    {403, 21, rfc3398_sip_to_q850, ""sv},
    {404, 1, rfc3398_sip_to_q850, ""sv},
    {405, 63, rfc3398_sip_to_q850, ""sv},
    {406, 79, rfc3398_sip_to_q850, "try to remedy and re-originate first"sv},
    {407, 21, rfc3398_sip_to_q850, "only when the gateway cannot authenticate itself"sv},
    {408, 102, rfc3398_sip_to_q850, ""sv},
    {410, 22, rfc3398_sip_to_q850, "without diagnostic"sv},
    {413, 127, rfc3398_sip_to_q850, "try to remedy and re-originate first"sv},
    {414, 127, rfc3398_sip_to_q850, "try to remedy and re-originate first"sv},
    {415, 79, rfc3398_sip_to_q850, "try to remedy and re-originate first"sv},
    {416, 127, rfc3398_sip_to_q850, "try to remedy and re-originate first"sv},
    {420, 127, rfc3398_sip_to_q850, "try to remedy and re-originate first"sv},
    {421, 127, rfc3398_sip_to_q850, "try to remedy and re-originate first"sv},
    {423, 127, rfc3398_sip_to_q850, "try to remedy and re-originate first"sv},
    {480, 18, rfc3398_sip_to_q850, ""sv},
    {481, 41, rfc3398_sip_to_q850, ""sv},
    {482, 25, rfc3398_sip_to_q850, ""sv},
    {483, 25, rfc3398_sip_to_q850, ""sv},
    {484, 28, rfc3398_sip_to_q850, "try to remedy and re-originate first"sv},
    {485, 1, rfc3398_sip_to_q850, ""sv},
    {486, 17, rfc3398_sip_to_q850, ""sv},
    {487, 0, rfc3398_sip_to_q850, "no mapping"sv},
    {488, 31, rfc3398_sip_to_q850, "by Warning header: 65 when it speaks of bearer capability"sv},
    {500, 41, rfc3398_sip_to_q850, ""sv},
    {501, 79, rfc3398_sip_to_q850, ""sv},
    {502, 38, rfc3398_sip_to_q850, ""sv},
    {503, 41, rfc3398_sip_to_q850, ""sv},
    {504, 102, rfc3398_sip_to_q850, ""sv},
    // The RFC prints this row as "504 Version Not Supported"sv; the phrase is
    // 505's, and 504 already has its own row above, so it means 505.
    {505, 127, rfc3398_sip_to_q850, "printed as 504 in the RFC; try to remedy and re-originate first"sv},
    {513, 127, rfc3398_sip_to_q850, "try to remedy and re-originate first"sv},
    {600, 17, rfc3398_sip_to_q850, ""sv},
    {603, 21, rfc3398_sip_to_q850, ""sv},
    {604, 1, rfc3398_sip_to_q850, ""sv},
    {606, 31, rfc3398_sip_to_q850, "by Warning header: 65 when it speaks of bearer capability"sv},
};

// RFC 3398 §7.2.4.1, "ISUP Cause value / SIP response"sv, in its order.
inline constexpr q850_mapping q850_to_sip_rows[] = {
    {404, 1, rfc3398_q850_to_sip, ""sv},
    {404, 2, rfc3398_q850_to_sip, ""sv},
    {404, 3, rfc3398_q850_to_sip, ""sv},
    {0, 16, rfc3398_q850_to_sip, "usually a BYE or CANCEL, not a response"sv},
    {486, 17, rfc3398_q850_to_sip, ""sv},
    {408, 18, rfc3398_q850_to_sip, ""sv},
    {480, 19, rfc3398_q850_to_sip, ""sv},
    {480, 20, rfc3398_q850_to_sip, ""sv},
    {403, 21, rfc3398_q850_to_sip, "603 when the cause location is user"sv},
    {410, 22, rfc3398_q850_to_sip, "301 Moved Permanently with a diagnostic"sv},
    {410, 23, rfc3398_q850_to_sip, ""sv},
    {404, 26, rfc3398_q850_to_sip, "ANSI: misrouted ported number"sv},
    {502, 27, rfc3398_q850_to_sip, ""sv},
    {484, 28, rfc3398_q850_to_sip, ""sv},
    {501, 29, rfc3398_q850_to_sip, ""sv},
    {480, 31, rfc3398_q850_to_sip, ""sv},
    {503, 34, rfc3398_q850_to_sip, ""sv},
    {503, 38, rfc3398_q850_to_sip, ""sv},
    {503, 41, rfc3398_q850_to_sip, ""sv},
    {503, 42, rfc3398_q850_to_sip, ""sv},
    {503, 47, rfc3398_q850_to_sip, ""sv},
    {403, 55, rfc3398_q850_to_sip, ""sv},
    {403, 57, rfc3398_q850_to_sip, ""sv},
    {503, 58, rfc3398_q850_to_sip, ""sv},
    {488, 65, rfc3398_q850_to_sip, ""sv},
    {488, 70, rfc3398_q850_to_sip, ""sv},
    {501, 79, rfc3398_q850_to_sip, ""sv},
    {403, 87, rfc3398_q850_to_sip, ""sv},
    {503, 88, rfc3398_q850_to_sip, ""sv},
    {504, 102, rfc3398_q850_to_sip, ""sv},
    {500, 111, rfc3398_q850_to_sip, ""sv},
    {500, 127, rfc3398_q850_to_sip, ""sv},
};

// The lookup tables hold a listed value plus one, and 0 for a key the RFC does
// not list (a listed value may itself be 0: 487 has no cause, cause 16 no
// response). Zero is what value-initialisation gives, so building an index
// writes only the listed keys: filling 600 slots with a marker one by one in
// constant evaluation cost every user's compile about 2 ms.
constexpr std::array<std::uint8_t, 600> make_sip_to_q850_index() noexcept {
  std::array<std::uint8_t, 600> index{};
  for (const q850_mapping& row : sip_to_q850_rows) index[row.sip - 100U] = static_cast<std::uint8_t>(row.cause + 1);
  return index;
}
inline constexpr auto sip_to_q850_index = make_sip_to_q850_index();

constexpr std::array<std::uint16_t, 128> make_q850_to_sip_index() noexcept {
  std::array<std::uint16_t, 128> index{};
  for (const q850_mapping& row : q850_to_sip_rows) index[row.cause] = static_cast<std::uint16_t>(row.sip + 1);
  return index;
}
inline constexpr auto q850_to_sip_index = make_q850_to_sip_index();

}  // namespace detail

/// The Q.850 causes RFC 3398's tables use, ascending.
constexpr row_view<q850_cause> q850_causes() noexcept { return {detail::q850_causes, std::size(detail::q850_causes)}; }

/// The Q.850 name of a cause that RFC 3398's tables use ("User busy"); "" for
/// any other int.
constexpr std::string_view q850_cause_name(int cause) noexcept {
  for (const q850_cause& c : detail::q850_causes) {
    if (c.cause == cause) return c.name;
  }
  return {};
}

/// RFC 3398 §8.2.6.1 as data, in the RFC's order.
constexpr row_view<q850_mapping> sip_to_q850_mappings() noexcept {
  return {detail::sip_to_q850_rows, std::size(detail::sip_to_q850_rows)};
}

/// RFC 3398 §7.2.4.1 as data, in the RFC's order.
constexpr row_view<q850_mapping> q850_to_sip_mappings() noexcept {
  return {detail::q850_to_sip_rows, std::size(detail::q850_to_sip_rows)};
}

/// What a 488 or 606 response's Warning header field speaks of (RFC 3398
/// §8.2.6.1 maps those two codes by it).
enum class warning_hint : std::uint8_t {
  none,              ///< no Warning, or one about anything else: cause 31
  bearer_capability  ///< the Warning speaks of an unavailable bearer capability: cause 65
};

/// The Q.850 cause a gateway puts in the ISUP REL for a SIP failure response
/// (RFC 3398 §8.2.6.1). A listed code maps as the RFC's table says; 488 and
/// 606 give 31, or 65 with warning_hint::bearer_capability; any other code of
/// 400..699 gives the RFC's default, 31 "Normal, unspecified"; 487, for which
/// the RFC gives no cause, codes below 400 and invalid codes give 0.
constexpr int to_q850_cause(int sip_code, warning_hint hint = warning_hint::none) noexcept {
  if (!is_valid(sip_code) || sip_code < 400) return 0;
  const int listed_plus_one = detail::sip_to_q850_index[static_cast<std::size_t>(sip_code - 100)];
  if (listed_plus_one == 0) return 31;
  if ((sip_code == 488 || sip_code == 606) && hint == warning_hint::bearer_capability) return 65;
  return listed_plus_one - 1;
}
constexpr int to_q850_cause(status s, warning_hint hint = warning_hint::none) noexcept {
  return to_q850_cause(detail::to_int(s), hint);
}

/// Where the Q.850 cause location of a REL points.
enum class cause_location : std::uint8_t { network, user };

/// Whether the REL's cause carries a diagnostic field.
enum class cause_diagnostic : std::uint8_t { absent, present };

/// The SIP response a gateway sends for an ISUP REL's cause (RFC 3398
/// §7.2.4.1). A listed cause maps as the RFC's table says, with its two
/// variants: cause 21 at location `user` gives 603, and cause 22 with a
/// diagnostic gives 301. Cause 16 (normal clearing), which ends a call with a
/// BYE or CANCEL rather than a response, gives 0. Any other cause of 1..127
/// gives the RFC's default, 500; an int outside 1..127 is no cause and gives 0.
constexpr int from_q850_cause(int cause, cause_location location = cause_location::network,
                              cause_diagnostic diagnostic = cause_diagnostic::absent) noexcept {
  if (cause < 1 || cause > 127) return 0;
  if (cause == 21 && location == cause_location::user) return 603;
  if (cause == 22 && diagnostic == cause_diagnostic::present) return 301;
  const int listed_plus_one = detail::q850_to_sip_index[static_cast<std::size_t>(cause)];
  return listed_plus_one == 0 ? 500 : listed_plus_one - 1;
}

// ---------------------------------------------------------------------------
// Retry-After (RFC 3261 §20.33 and Table 3).

/// A code on which a Retry-After header field is meaningful, with its source.
struct retry_after_rule {
  status code;
  std::uint16_t rfc;
  std::string_view section;
};

namespace detail {

inline constexpr retry_after_rule retry_after_rows[] = {
    {status::not_found, 3261, "20.33"sv},
    {status::request_entity_too_large, 3261, "20.33"sv},
    {status::temporarily_unavailable, 3261, "20.33"sv},
    {status::busy_here, 3261, "20.33"sv},
    {status::server_internal_error, 3261, "20.33"sv},
    {status::service_unavailable, 3261, "20.33"sv},
    {status::busy_everywhere, 3261, "20.33"sv},
    {status::decline, 3261, "20.33"sv},
};

}  // namespace detail

/// The codes that may carry Retry-After, with their sources, ascending.
constexpr row_view<retry_after_rule> retry_after_rules() noexcept {
  return {detail::retry_after_rows, std::size(detail::retry_after_rows)};
}

/// True when a response with this code may carry Retry-After: 404, 413, 480,
/// 486, 500, 503, 600 and 603 (RFC 3261 §20.33 and Table 3).
constexpr bool allows_retry_after(int code) noexcept {
  for (const retry_after_rule& rule : detail::retry_after_rows) {
    if (detail::to_int(rule.code) == code) return true;
  }
  return false;
}
constexpr bool allows_retry_after(status s) noexcept { return allows_retry_after(detail::to_int(s)); }

// ---------------------------------------------------------------------------
// Header fields that a response with a given code carries.

/// The keyword of the RFC sentence that ties a header field to a response.
enum class requirement : std::uint8_t { must, should, may };

/// A name for display: "MUST".
constexpr std::string_view to_string(requirement r) noexcept {
  switch (r) {
    case requirement::must: return "MUST";
    case requirement::should: return "SHOULD";
    case requirement::may: return "MAY";
  }
  return "invalid";
}

/// A header field that a response with `code` carries, at `level`, as the
/// section says. Where `one_of` is set, the level applies to the group of the
/// code's `one_of` rows: the response carries whichever of them fits the
/// problem (415: Accept, Accept-Encoding or Accept-Language).
struct header_rule {
  status code;
  requirement level;
  bool one_of;
  std::uint16_t rfc;
  std::string_view header;
  std::string_view section;
};

namespace detail {

// Sorted by code; each code's rows are one run.
inline constexpr header_rule header_rule_rows[] = {
    {status::early_dialog_terminated, requirement::must, false, 6228, "Reason"sv, "5"sv},
    {status::multiple_choices, requirement::should, false, 3261, "Contact"sv, "21.3.1"sv},
    {status::moved_permanently, requirement::should, false, 3261, "Contact"sv, "21.3.2"sv},
    {status::moved_temporarily, requirement::should, false, 3261, "Contact"sv, "21.3.3"sv},
    {status::use_proxy, requirement::must, false, 3261, "Contact"sv, "21.3.4"sv},
    {status::unauthorized, requirement::must, false, 3261, "WWW-Authenticate"sv, "22.2"sv},
    {status::method_not_allowed, requirement::must, false, 3261, "Allow"sv, "21.4.6"sv},
    {status::proxy_authentication_required, requirement::must, false, 3261, "Proxy-Authenticate"sv, "22.3"sv},
    {status::unsupported_media_type, requirement::must, true, 3261, "Accept"sv, "21.4.13"sv},
    {status::unsupported_media_type, requirement::must, true, 3261, "Accept-Encoding"sv, "21.4.13"sv},
    {status::unsupported_media_type, requirement::must, true, 3261, "Accept-Language"sv, "21.4.13"sv},
    {status::bad_extension, requirement::must, false, 3261, "Unsupported"sv, "21.4.15"sv},
    {status::extension_required, requirement::must, false, 3261, "Require"sv, "21.4.16"sv},
    {status::session_interval_too_small, requirement::must, false, 4028, "Min-SE"sv, "6"sv},
    {status::interval_too_brief, requirement::must, false, 3261, "Min-Expires"sv, "10.3"sv},
    {status::bad_location_information, requirement::must, false, 6442, "Geolocation-Error"sv, "4.3"sv},
    {status::bad_alert_message, requirement::must, false, 8876, "AlertMsg-Error"sv, "5.1"sv},
    {status::bad_info_package, requirement::must, false, 6086, "Recv-Info"sv, "4.2.2"sv},
    {status::consent_needed, requirement::should, false, 5360, "Permission-Missing"sv, "5.9.2"sv},
    {status::ambiguous, requirement::may, false, 3261, "Contact"sv, "21.4.23"sv},
    {status::security_agreement_required, requirement::must, false, 3329, "Security-Server"sv, "2.3.1"sv},
};

}  // namespace detail

/// Every header rule, ascending by code.
constexpr row_view<header_rule> header_rules() noexcept {
  return {detail::header_rule_rows, std::size(detail::header_rule_rows)};
}

/// The header rules of one code; empty for a code without any, or for any
/// int that is not a code.
constexpr row_view<header_rule> header_rules(int code) noexcept {
  if (!is_known(code)) return {};
  const detail::index_range run = detail::run_of(detail::header_rule_rows, static_cast<status>(code));
  return {detail::header_rule_rows + run.first, run.last - run.first};
}
constexpr row_view<header_rule> header_rules(status s) noexcept { return header_rules(detail::to_int(s)); }

namespace detail {

// The invariants of the protocol tables, asserted in tests/static_checks.cpp.
constexpr bool protocol_tables_are_well_formed() noexcept {
  for (std::size_t i = 0; i < std::size(sip_to_q850_rows); ++i) {
    const q850_mapping& row = sip_to_q850_rows[i];
    if (row.sip < 400 || row.sip > 699 || !is_known(row.sip) || row.cause > 127) return false;
    if (row.cause != 0 && q850_cause_name(row.cause).empty()) return false;
    for (std::size_t j = 0; j < i; ++j) {
      if (sip_to_q850_rows[j].sip == row.sip) return false;  // one row per code
    }
  }
  for (std::size_t i = 0; i < std::size(q850_to_sip_rows); ++i) {
    const q850_mapping& row = q850_to_sip_rows[i];
    if (row.cause < 1 || row.cause > 127 || q850_cause_name(row.cause).empty()) return false;
    if (row.sip != 0 && !is_known(row.sip)) return false;
    for (std::size_t j = 0; j < i; ++j) {
      if (q850_to_sip_rows[j].cause == row.cause) return false;  // one row per cause
    }
  }
  for (std::size_t i = 1; i < std::size(q850_causes); ++i) {
    if (q850_causes[i - 1].cause >= q850_causes[i].cause) return false;
  }
  for (std::size_t i = 1; i < std::size(header_rule_rows); ++i) {
    if (to_int(header_rule_rows[i - 1].code) > to_int(header_rule_rows[i].code)) return false;
  }
  for (std::size_t i = 1; i < std::size(retry_after_rows); ++i) {
    if (to_int(retry_after_rows[i - 1].code) >= to_int(retry_after_rows[i].code)) return false;
  }
  return true;
}

}  // namespace detail
}  // namespace sipcodes

#undef SIPCODES_DETAIL_STATUS_TABLE
#undef SIPCODES_DETAIL_ALIAS_TABLE
#undef SIPCODES_DETAIL_LITERAL

#endif  // SIPCODES_SIPCODES_HPP
