// sipcodes add-on: the Turkish language pack, sipcodes::lang::tr: a reason
// phrase and a description in Turkish for every code of the table, a
// warn-text and a description for every warn-code, and the Turkish of every
// header rule's condition and of where each former phrase was seen.
//
// Copyright (c) 2026 the sipcodes authors.
// Distributed under the Boost Software License, Version 1.0
// (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
//
// This file is UTF-8. Every phrase is a valid RFC 3261 Reason-Phrase, so it
// can go on the wire as it is:
//   sipcodes::reason_phrase(486, sipcodes::lang::tr)     -> "Meşgul"
//   sipcodes::description(486, sipcodes::lang::tr)       -> "Arananın uç sistemine ..."
//   sipcodes::warning_text(370, sipcodes::lang::tr)      -> "Yetersiz bant genişliği"
//
// Glossary. The texts are written from the RFCs in the words a Turkish
// telecom engineer uses, and hold to it (tests/test_language.cpp checks it).
//
// The RFC 2119 keywords: each has one Turkish verb form, and the keyword
// itself follows that verb in parentheses, in English, as the English
// descriptions carry it: "göndermek zorundadır (MUST; RFC 3261 bölüm 10.3)".
//   MUST        -mek/-mak zorundadır when the one bound is a party that acts
//               (UAC, UAS, istemci, sunucu, vekil sunucu, ara öğe, abone,
//               doğrulama hizmeti: "UAC ... göndermek zorundadır"); -mesi/-ması
//               zorunludur for anything else, a message or a part of one
//               ("Yanıtın bir Min-SE başlık alanı taşıması zorunludur")
//   MUST NOT    -mesi/-ması yasaktır
//   SHOULD      -meli/-malı(dır)
//   SHOULD NOT  -memeli/-mamalı(dır)
//   MAY         -ebilir/-abilir
// The forms of MUST, MUST NOT, SHOULD and SHOULD NOT appear nowhere else:
// a plain "must" is said with "gerekir", never with "zorunda" or "-meli".
// "-ebilir" also says a plain "can" or "may", without a keyword after it.
//
// One term per concept:
//   yanıt ifadesi      reason phrase
//   başlık alanı       header field, in every description; a reason phrase
//                      says "başlık" where the English phrase says "Header"
//   açıklama / yorum   a code's description / a comment in Retry-After
//   yeniden göndermek  retry, resend, repeat a request (a new transaction);
//                      yeniden iletim is a retransmission of the same one;
//                      denemek is to try another server or target
//   müsait değil       unavailable (a user); a service is kullanılamıyor
//   ulaşmak            reach ("arananın uç sistemine ulaşıldı")
//   çağrı              call; arayan / aranan caller / callee; "arama" is
//                      not used, for it reads as a call, a dial or a search
//   hedef kümesi       target set (the set a proxy forks to)
//   örtüşmeli numara gönderimi   overlap dialling
//   vekil sunucu       proxy; kayıt sunucusu registrar; bildirici / abone
//                      notifier / subscriber; aktarıcı relay
//   kullanıcı aracısı  user agent; ara öğe intermediary (a proxy or a B2BUA
//                      between the two ends); "aracı" alone is not used
//   işlem              transaction
//   teklif / cevap     offer / answer (SDP); cevaplayan answerer; yanıt is
//                      only a SIP response; oturum tanımı session description
//   medya              media
//   kimlik bilgisi     credential; kimlik doğrulama authentication (of a
//                      user, 401/407); yetkilendirme authorization
//   imzalama hizmeti   authentication service (RFC 8224, STIR: the one that
//                      signs the Identity header field); doğrulama hizmeti
//                      verification service (the one that checks it)
//   acil uyarı         an emergency alert (RFC 8876, CAP); uyarı alone is a
//                      warning (uyarı kodu, warn-code)
//   anlık bildirim     push notification (RFC 8599); bildirim alone is a
//                      NOTIFY's notification
//   olay durumu birleştiricisi   event state compositor (ESC, RFC 3903)
//   yönlendirme        call forwarding; yeniden yönlendirme redirection (3xx);
//                      rotalama routing
//   yayım / yayımcı    publication / publisher (PUBLISH); yayın is only
//                      casting, in çoklu yayın (multicast), tekli yayın (unicast)
//   REFER gönderen / REFER alan / REFER hedefi   referrer / referee / refer target
//   the classes        1xx geçici yanıt, 2xx başarılı yanıt, 3xx yeniden
//                      yönlendirme, 4xx istemci hatası, 5xx sunucu hatası,
//                      6xx her yerde başarısızlık: noun phrases, "hata" for
//                      RFC 3261's Error and "başarısızlık" for its Failure;
//                      6xx is a failure wherever the request goes (section
//                      21.6: definitive information about the user), not a
//                      genel hata (generic error) nor küresel (worldwide)
//
// A reason phrase is short enough for a handset's display, at most 32
// characters, and says what the user is told: 608 "Ağ Tarafından Reddedildi"
// (an intermediary in the network, not the callee, rejected the call).
//
// Works copied next to sipcodes.hpp in the same layout (lang/tr.hpp beside
// sipcodes.hpp): it includes ../sipcodes.hpp.

#ifndef SIPCODES_LANG_TR_HPP
#define SIPCODES_LANG_TR_HPP

#include "../sipcodes.hpp"

#if SIPCODES_VERSION_MAJOR != 2 || SIPCODES_VERSION_MINOR != 1 || SIPCODES_VERSION_PATCH != 0
#error "sipcodes/lang/tr.hpp is sipcodes 2.1.0, and the sipcodes.hpp it found is another version"
#endif

SIPCODES_NAMESPACE_BEGIN

namespace detail {

inline constexpr std::string_view turkish_tag = "tr"sv;
inline constexpr std::string_view turkish_name = "Türkçe"sv;

// In the table's order, so that every lookup finds its row at once.
inline constexpr translation turkish_rows[] = {
    {status::trying, "Deneniyor"sv,
     "İstek bir sonraki atlamaya ulaştı ve orada işleniyor; örneğin bir veritabanı sorgulanıyor. Her geçici "
     "yanıt gibi UAC'nin INVITE yeniden iletimini durdurur; ama öbür geçici yanıtlardan farklı olarak durum "
     "tutan bir vekil sunucu bu yanıtı hiçbir zaman UAC'ye doğru iletmez."sv},
    {status::ringing, "Çalıyor"sv,
     "INVITE'ı alan kullanıcı aracısı gelen çağrıyı kullanıcısına bildiriyor. Arayan taraf bu yanıt üzerine "
     "kendi tarafında çalma sesi üretebilir (MAY)."sv},
    {status::call_is_being_forwarded, "Çağrı Yönlendiriliyor"sv,
     "Sunucu, çağrının başka bir hedef kümesine yönlendirildiğini bu yanıtla bildirebilir (MAY). Arayan taraf "
     "son yanıtı beklemeye devam eder."sv},
    {status::queued, "Sırada"sv,
     "Aranan geçici olarak müsait değil; sunucu çağrıyı geri çevirmek yerine kuyruğa aldı ve aranan müsait "
     "olduğunda son yanıtı gönderecek. Yanıt ifadesi kuyruktaki sıra gibi ayrıntılar taşıyabilir (MAY); "
     "sunucu arayanı güncel tutmak için birden çok 182 gönderebilir (MAY)."sv},
    {status::session_progress, "Oturum İlerliyor"sv,
     "Çağrının ilerleyişine dair, başka hiçbir geçici yanıtın karşılamadığı bilgiyi taşır. Ayrıntılar yanıt "
     "ifadesinde, başlık alanlarında ya da gövdede yer alabilir (MAY); gövde çoğu zaman erken medya için bir "
     "oturum tanımıdır."sv},
    {status::early_dialog_terminated, "Erken Diyalog Sonlandı"sv,
     "Çatallama yapan bir vekil sunucu ya da UAS, son yanıt gitmeden önce erken diyaloglardan birinin bittiğini "
     "bildirir; diyaloğu hangi kodun bitirdiğini bir Reason başlık alanı söyler. İstemci o erken diyalog için "
     "ayırdığı kaynakları serbest bırakabilir; 199'u kabul ettikten sonra o diyalog üzerinden medya göndermesi "
     "yasaktır (MUST NOT; RFC 6228 bölüm 4). Bu yanıt yalnızca Supported içinde 199 seçenek etiketini bildirmiş "
     "istemcilere gönderilir."sv},
    {status::ok, "Tamam"sv,
     "İstek başarıyla sonuçlandı. INVITE'a gelen bir 2xx yanıtı diyalog kurar; UAC, aldığı her 2xx için ayrı bir "
     "ACK göndermek zorundadır (MUST; RFC 3261 bölüm 13.2.2.4)."sv},
    {status::accepted, "Kabul Edildi"sv,
     "İstek işlenmek üzere alındı ama henüz sonuçlanmadı; RFC 3265 bu kodu SUBSCRIBE, RFC 3515 de REFER için "
     "kullanıyordu. RFC 6665 bölüm 8.3.1 (SUBSCRIBE ve NOTIFY) ve RFC 7647 bölüm 5 (REFER) kodu kullanımdan "
     "kaldırdı: bir öğenin bu isteklere 202 göndermesi yasaktır (MUST NOT), gelen bir 202'yi 200 gibi işlemesi "
     "ise zorunludur (MUST)."sv},
    {status::no_notification, "Bildirim Yok"sv,
     "Koşullu bir SUBSCRIBE (Suppress-If-Match) başarılı oldu ve tetikleyeceği NOTIFY gönderilmeyecek, "
     "çünkü abonenin elindeki durum zaten günceldir. Bu yanıt yalnızca kurulu bir diyalog içinde "
     "gönderilmiş bir SUBSCRIBE'a verilebilir; abone hem olay durumunu hem abonelik durumunu değişmemiş "
     "saymak zorundadır (MUST; RFC 5839 bölüm 5.2, 7.1)."sv},
    {status::multiple_choices, "Birden Çok Seçenek"sv,
     "Adres birden çok konuma çözümlendi; kullanıcı ya da kullanıcı aracısı bunlardan birini seçer ve isteği "
     "oraya yöneltir. Yanıt hangi yönteme verilmiş olursa olsun seçenekler Contact başlık alanlarında da "
     "listelenmelidir (SHOULD; RFC 3261 bölüm 21.3.1); gövde de onları tarif edebilir (MAY)."sv},
    {status::moved_permanently, "Kalıcı Olarak Taşındı"sv,
     "Kullanıcı artık Request-URI'deki adreste bulunmuyor; yeni adresini Contact başlık alanı verir. "
     "İstemci isteği bu adrese yeniden göndermeli (SHOULD), rehberindeki, adres defterindeki ve konum "
     "önbelleğindeki eski kaydı da bu adresle değiştirmelidir (SHOULD)."sv},
    {status::moved_temporarily, "Geçici Olarak Taşındı"sv,
     "Kullanıcıya şimdilik Contact başlık alanındaki adresten ulaşılıyor; istemci isteği o adrese yeniden "
     "göndermelidir (SHOULD). Adresin ne kadar geçerli kalacağını bir Expires başlık alanı ya da expires "
     "parametresi söylüyorsa istemci adresi o süre boyunca önbellekte tutabilir (MAY); süre verilmemişse adres "
     "yalnızca bu yeniden gönderim için kullanılır ve önbelleğe alınması yasaktır (MUST NOT)."sv},
    {status::see_other, "Başka Adrese Bakın"sv,
     "RFC 2543 bu kodu yeniden yönlendirme kodları arasında saymış ama anlamını hiç tanımlamamıştı; RFC 3261 de "
     "onu listeden çıkardı. Alan taraf onu tanımadığı herhangi bir 3xx gibi, yani 300 olarak ele alır."sv},
    {status::use_proxy, "Vekil Sunucu Kullanın"sv,
     "İstemci kaynağa, URI'si Contact başlık alanında verilen vekil sunucu üzerinden erişmek zorundadır (MUST); "
     "alıcının bu tek isteği o vekil sunucu üzerinden yeniden göndermesi beklenir. 305 yanıtını yalnızca "
     "UAS'lerin üretmesi zorunludur (MUST)."sv},
    {status::alternative_service, "Alternatif Hizmet"sv,
     "Çağrı kurulamadı; yine de başka hizmet seçenekleri sunulabiliyor ve mesaj gövdesi bunları anlatıyor (gövde "
     "biçimi RFC 3261'de belirlenmemiştir)."sv},
    {status::bad_request, "Hatalı İstek"sv,
     "Söz dizimi bozuk olduğundan istek anlaşılamadı; yanıt ifadesi sorunu adıyla belirtmelidir (SHOULD), "
     "örneğin \"Missing Call-ID header field\". Her 4xx yanıtından sonra olduğu gibi istemci aynı isteği "
     "değiştirmeden yeniden göndermemelidir (SHOULD NOT)."sv},
    {status::unauthorized, "Yetkisiz"sv,
     "Bu isteğin işlenmesi için kullanıcının kimliğinin doğrulanması gerekiyor. Sınamayı WWW-Authenticate başlık "
     "alanıyla UAS ya da kayıt sunucusu gönderir (vekil sunucular bunun yerine 407 kullanır); istemci kimlik "
     "bilgilerini bir Authorization başlık alanına koyup isteği yeniden gönderir."sv},
    {status::payment_required, "Ödeme Gerekli"sv,
     "RFC 3261'de bir anlamı olmayan, ileriki kullanım için ayrılmış bir kod; alan taraf onu 400 gibi ele alır."sv},
    {status::forbidden, "İzin Verilmedi"sv,
     "Sunucu isteği anladı ama yerine getirmeyi reddediyor; yetkilendirme bilgisi eklemek bu kararı değiştirmez. "
     "İstek yeniden gönderilmemelidir (SHOULD NOT)."sv},
    {status::not_found, "Bulunamadı"sv,
     "Sunucu, kullanıcının Request-URI'deki alan adında bulunmadığını kesin olarak biliyor ya da bu alan adı "
     "sunucunun sorumlu olduğu alan adlarından değil. Kullanıcının ne zaman müsait olacağı bir Retry-After "
     "başlık alanıyla bildirilebilir."sv},
    {status::method_not_allowed, "Yönteme İzin Verilmiyor"sv,
     "Sunucu yöntemi tanıyor, ancak Request-URI'deki adres için bu yönteme izin vermiyor. Yanıtın, o adreste "
     "kullanılabilecek yöntemleri sayan bir Allow başlık alanı içermesi zorunludur (MUST)."sv},
    {status::not_acceptable, "Kabul Edilemez"sv,
     "Kaynağın üretebildiği yanıt içerikleri, isteğin Accept başlık alanlarında kabul edilenler arasında değil."sv},
    {status::proxy_authentication_required, "Vekil Sunucu Kimlik İstiyor"sv,
     "401'e benzer, ancak burada istemci kimliğini önce bir vekil sunucuya kanıtlamak zorundadır (MUST): vekil "
     "sunucu Proxy-Authenticate ile bir sınama gönderir, istemci isteği Proxy-Authorization ile yeniden "
     "gönderir. Telefon ağ geçidi gibi kimlik doğrulama isteyen bir kanala erişimde de kullanılır."sv},
    {status::request_timeout, "İstek Zaman Aşımı"sv,
     "Sunucu son yanıtı zamanında üretemedi; örneğin kullanıcının nerede olduğunu bulamadığı için. İstemci "
     "aynı isteği değiştirmeden, daha sonra herhangi bir zamanda yeniden gönderebilir (MAY)."sv},
    {status::conflict, "Çakışma"sv,
     "RFC 2543'e göre istek, kaynağın o anki durumuyla çeliştiği için tamamlanamadı. RFC 3261 kodu kaldırdı; "
     "alan taraf onu 400 gibi ele alır."sv},
    {status::gone, "Artık Yok"sv,
     "Kaynak bu sunucuda artık yok, bilinen bir yönlendirme adresi de yok ve durumun kalıcı olması bekleniyor. "
     "Durumun kalıcı olup olmadığını bilemeyen bir sunucu bunun yerine 404 göndermelidir (SHOULD)."sv},
    {status::length_required, "Uzunluk Gerekli"sv,
     "RFC 2543'e göre sunucu, Content-Length değeri belirtilmemiş bir isteği kabul etmez. RFC 3261 kodu "
     "kaldırdı; alan taraf onu 400 gibi ele alır."sv},
    {status::conditional_request_failed, "Koşullu İstek Başarısız"sv,
     "Koşullu bir isteğin ön koşulu tutmadı; örneğin bir PUBLISH isteğindeki SIP-If-Match varlık etiketi "
     "sunucudaki hiçbir yayıma karşılık gelmiyor. Yayımcı, SIP-If-Match içermeyen yeni bir PUBLISH ile baştan "
     "başlar."sv},
    {status::request_entity_too_large, "İstek Gövdesi Çok Büyük"sv,
     "İstek gövdesi sunucunun işlemeye razı olduğu boyutu aşıyor; sunucu bağlantıyı kapatabilir (MAY). Durum "
     "geçiciyse sunucu, istemcinin isteği ne kadar süre sonra yeniden gönderebileceğini (MAY) bildiren bir "
     "Retry-After başlık alanı eklemelidir (SHOULD)."sv},
    {status::request_uri_too_long, "İstek URI'si Çok Uzun"sv,
     "Request-URI, sunucunun yorumlamayı kabul ettiği uzunluğu aşıyor. Her 4xx yanıtından sonra olduğu gibi "
     "istemci aynı isteği değiştirmeden yeniden göndermemelidir (SHOULD NOT)."sv},
    {status::unsupported_media_type, "Desteklenmeyen Medya Türü"sv,
     "Mesaj gövdesi, sunucunun bu yöntem için desteklemediği bir biçimde. Sunucu, sorunun türüne göre kabul "
     "ettiklerini bir Accept, Accept-Encoding ya da Accept-Language başlık alanında listelemek zorundadır "
     "(MUST); UAC isteği yalnızca bu listelerdekileri kullanarak yeniden göndermelidir (SHOULD; RFC 3261 bölüm "
     "8.1.3.5)."sv},
    {status::unsupported_uri_scheme, "Desteklenmeyen URI Şeması"sv,
     "Sunucu, Request-URI'nin şemasını desteklemiyor. İstemci isteği bir SIP URI'siyle yeniden göndermelidir "
     "(SHOULD); ama istek bir SIPS URI'si kullanmışsa isteği kendiliğinden yeniden göndermesi yasaktır (MUST "
     "NOT; RFC 5630 Ek A, RFC 3261 bölüm 8.1.3.5'i günceller)."sv},
    {status::unknown_resource_priority, "Bilinmeyen Kaynak Önceliği"sv,
     "İstek Require: resource-priority ile kaynak önceliğini şart koştu, ancak sunucu Resource-Priority "
     "değerlerinin hiçbirini tanımıyor. Yerel politika öngörüyorsa yanıt, kabul edilen değerleri "
     "Accept-Resource-Priority içinde listeleyebilir (MAY); istemci isteği yeniden gönderebilir (MAY) ve böyle "
     "bir liste varsa değerleri ondan seçmelidir (SHOULD)."sv},
    {status::bad_extension, "Hatalı Uzantı"sv,
     "Sunucu, Proxy-Require ya da Require başlık alanındaki bir seçenek etiketini tanımıyor ve "
     "desteklemediklerini bir Unsupported başlık alanında listelemek zorundadır (MUST). İstemci isteği bu "
     "etiketler olmadan yeniden göndermelidir (SHOULD; RFC 3261 bölüm 8.1.3.5)."sv},
    {status::extension_required, "Uzantı Gerekli"sv,
     "Bu isteği karşılamak için UAS'nin bir uzantıya ihtiyacı var, ama istemci o uzantıyı Supported başlık "
     "alanında bildirmemiş. Yanıtın, gereken uzantıyı sayan bir Require başlık alanı taşıması zorunludur "
     "(MUST). UAS, uzantı olmadan da istemciye gerçekten hizmet verebiliyorsa bu yanıtı göndermemelidir "
     "(SHOULD NOT)."sv},
    {status::session_interval_too_small, "Oturum Aralığı Çok Kısa"sv,
     "İsteğin Session-Expires değeri, UAS'nin ya da vekil sunucunun kabul ettiği en küçük değerin altında. "
     "Yanıtın bir Min-SE başlık alanı taşıması zorunludur (MUST); istemci isteği en az bu uzunlukta bir "
     "oturum aralığıyla yeniden gönderebilir."sv},
    {status::interval_too_brief, "Süre Çok Kısa"sv,
     "İsteğin yenilediği kaynağın geçerlilik süresi çok kısa. Kayıt sunucusunun REGISTER'a verdiği 423'ün "
     "bir Min-Expires başlık alanı taşıması zorunludur (MUST; RFC 3261 bölüm 10.3). Bir bildirici, Expires "
     "değeri sıfırdan büyük, bir saatten kısa ve yapılandırılmış en küçük değerinin altında olan bir "
     "SUBSCRIBE'a, yalnızca bu durumda, Min-Expires içeren bir 423 verebilir (MAY; RFC 6665 bölüm 4.2.1.1); "
     "abonelik yenileyen bir SUBSCRIBE'ın süresi kabul edilemeyecek kadar kısaysa 423 ile yanıt vermelidir "
     "(SHOULD; bölüm 4.2.1.4). Olay durumu birleştiricisi (ESC), süresi sıfırdan büyük ve kendi en küçük "
     "değerinin altında olan bir PUBLISH isteğine, yalnızca bu durumda, 423 verebilir (MAY); bu 423'ün "
     "Min-Expires taşıması zorunludur (MUST; RFC 3903 bölüm 6). İstemci isteği en az bu süreyle yeniden "
     "gönderir."sv},
    {status::bad_location_information, "Hatalı Konum Bilgisi"sv,
     "İstekteki konum bilgisi bozuk, alıcının amacına yetmiyor ya da gösterdiği adresten alınamadı. Yanıtın "
     "bir Geolocation-Error başlık alanı taşıması zorunludur (MUST); daha doğru bir konum bilen ara öğe, "
     "bunu bir sonraki istek için URI olarak değil gövde içinde geri vermelidir (SHOULD)."sv},
    {status::bad_alert_message, "Hatalı Acil Uyarı Mesajı"sv,
     "Etkileşimsiz bir acil durum çağrısı (bir MESSAGE), alıcının makul bir acil durum müdahalesi "
     "belirleyemeyeceği kadar bozuk bir Ortak Uyarı Protokolü (CAP) acil uyarısı taşıyordu; bozuk bir acil "
     "uyarıyı bir ara öğe de aynı yolla reddedebilir. Yanıtın, sorunun ne olduğunu söyleyen bir "
     "AlertMsg-Error başlık alanı taşıması zorunludur (MUST). Acil uyarı taşımayan bir isteğe 425 ile yanıt "
     "verilmesi yasaktır (MUST NOT); bir işlemin son yanıtı olarak 425'in de var olan bir diyaloğu "
     "sonlandırması yasaktır (MUST NOT; RFC 8876 bölüm 5.1)."sv},
    {status::use_identity_header, "Kimlik Başlığı Kullanın"sv,
     "Doğrulama hizmetinin yerel politikası bir Identity başlık alanı istiyor, ama istekte kullanabileceği "
     "bir tane yok: ya hiç Identity başlık alanı yok ya da hepsinin ppt parametresi desteklenmiyor. "
     "Doğrulama hizmeti bu durumda 428 göndermek zorundadır (MUST; RFC 8224 bölüm 6.2); ppt "
     "desteklenmiyorsa yanıt ifadesi \"Use Supported PASSporT Format\" olabilir."sv},
    {status::provide_referrer_identity, "REFER Gönderen Kimliği Gerekli"sv,
     "REFER alan taraf (referee) ya da REFER hedefi geçerli bir Referred-By belirteci istiyor; istekte ya hiç "
     "yoktu ya da geçersizdi. REFER gönderen taraf (referrer), REFER isteğini bir Referred-By belirteciyle "
     "yeniden gönderebilir."sv},
    {status::flow_failed, "Akış Başarısız"sv,
     "Bir kenar vekil sunucu, hedef kullanıcı aracısına giden SIP Outbound akışının koptuğunu bildirir. Yetkili "
     "vekil sunucu bu akışı kullanan kaydı siler ve diğer kayıtları dener."sv},
    {status::anonymity_disallowed, "Gizli Kimliğe İzin Yok"sv,
     "Sunucu, isteği gönderen anonim olduğu için isteği geri çeviriyor. Kullanıcısı bunu istediğini "
     "onaylamadıkça UAC'nin isteği anonimliği kaldırarak yeniden göndermesi yasaktır (MUST NOT)."sv},
    {status::bad_identity_info, "Kimlik Bilgisi Alınamadı"sv,
     "Doğrulama hizmeti, Identity başlık alanlarından hiçbirinin imzasını doğrulamak için gereken kimlik "
     "bilgisini edinemedi; örneğin info parametresinin gösterdiği adrese erişemedi. Sorun giderilebilir: "
     "imzalama hizmeti isteği, doğrulayıcının erişebileceği bir kimlik bilgisini gösteren bir info "
     "parametresiyle yeniden gönderebilir."sv},
    {status::unsupported_credential, "Desteklenmeyen Kimlik Bilgisi"sv,
     "Doğrulama hizmeti, info parametresinin gösterdiği kimlik bilgisine sahip ya da onu edinebiliyor, ama bu "
     "kimlik bilgisini desteklemiyor; örneğin onu veren sertifika otoritesine ya da imza algoritmasına "
     "güvenmiyor."sv},
    {status::invalid_identity_header, "Geçersiz Kimlik Başlığı"sv,
     "İstekteki Identity başlık alanlarının hiçbiri geçerli ve desteklenen bir PASSporT taşımıyor ve yerel "
     "politika bunu ret nedeni sayıyor. Kısa biçimi göndermiş olan imzalama hizmeti isteği bir kez, tam "
     "biçimle yeniden göndermelidir (SHOULD; RFC 8224 bölüm 6.1.1)."sv},
    {status::first_hop_lacks_outbound_support, "İlk Atlamada Outbound Yok"sv,
     "Kayıt sunucusu SIP Outbound'u destekliyor ama ilk atlamadaki vekil sunucu desteklemiyor; bu yüzden kayıt "
     "bu özelliği kullanamıyor. İstemci Outbound olmadan yeniden kaydolabilir."sv},
    {status::max_breadth_exceeded, "Max-Breadth Aşıldı"sv,
     "Bir vekil sunucunun istediği paralel çatallama için Max-Breadth değeri yetmedi; bu yüzden istek olası "
     "hedeflerin hepsine ulaşmadı. 483'ten sonra olduğu gibi istemci hedef kümesini daraltabilir: rotalamayı "
     "daha dar bir kümeye yöneltebilir ya da isteği daha belirgin hâle getirebilir."sv},
    {status::bad_info_package, "Hatalı Bilgi Paketi"sv,
     "Bir INFO isteği, alıcının kabul ettiğini bildirmediği bir bilgi paketi (Info Package) kullandı. "
     "Yanıtın kabul edilen paketleri bir Recv-Info başlık alanında listelemesi zorunludur (MUST); diyalog "
     "sürer."sv},
    {status::consent_needed, "Onay Gerekli"sv,
     "Bir aktarıcı, en az bir alıcısı için izni olmadığı bir URI listesi aldı. Yanıt bu alıcıları "
     "Permission-Missing başlık alanında belirtmelidir (SHOULD); istemci onları aktarıcının listesine ekler "
     "(örneğin XCAP ile), izinleri ise aktarıcı alır."sv},
    {status::temporarily_unavailable, "Geçici Olarak Müsait Değil"sv,
     "Arananın uç sistemine ulaşıldı, ama aranan şu an müsait değil; örneğin oturum açmamış ya da \"rahatsız "
     "etmeyin\" konumunda. Bir vekil sunucu da tanıdığı ama şu an geçerli bir konumu olmayan bir kullanıcı için "
     "bu yanıtı verir. Yanıt, Retry-After ile daha uygun bir zaman önerebilir (MAY); yanıt ifadesi nedeni "
     "belirtmelidir (SHOULD)."sv},
    {status::call_transaction_does_not_exist, "Çağrı veya İşlem Yok"sv,
     "Gelen istek var olan hiçbir diyaloğa ya da işleme (transaction) uymuyor; bilinmeyen bir çağrı için gelen "
     "BYE ya da bilinmeyen bir işlem için gelen CANCEL gibi. Hiçbir aboneliğe uymayan bir NOTIFY alan abone, "
     "daha uygun bir 4xx ya da 5xx yoksa bu yanıtı vermek zorundadır (MUST; RFC 6665 bölüm 4.1.3)."sv},
    {status::loop_detected, "Döngü Algılandı"sv,
     "İstek dolaşıp aynı sunucuya geri geldi ve sunucu bunu bir döngü olarak saptadı (RFC 3261 bölüm 16.3, RFC "
     "5393'ün güncellediği hâliyle). Her 4xx yanıtından sonra olduğu gibi istemci aynı isteği değiştirmeden "
     "yeniden göndermemelidir (SHOULD NOT)."sv},
    {status::too_many_hops, "Atlama Sınırı Aşıldı"sv,
     "İstek bir sunucuya Max-Forwards değeri sıfıra inmiş olarak ulaştı. Her 4xx yanıtından sonra olduğu gibi "
     "istemci aynı isteği değiştirmeden yeniden göndermemelidir (SHOULD NOT)."sv},
    {status::address_incomplete, "Eksik Adres"sv,
     "Request-URI eksikti; yanıt ifadesi ayrıntı vermelidir (SHOULD). Kod, örtüşmeli numara gönderimine (overlap "
     "dialling) hizmet eder: istemci kullanıcıdan yeni haneler alıp her seferinde daha uzun bir numara gönderir "
     "ve 484 gelmeyinceye kadar bunu sürdürür."sv},
    {status::ambiguous, "Belirsiz Adres"sv,
     "Request-URI belirsiz: tek bir hedefe indirgenemiyor. Yanıt, belirsiz olmayan adres seçeneklerini Contact "
     "başlık alanlarında sunabilir (MAY); hedef kümesini belirleyemeyen bir vekil sunucu bu seçenekleri "
     "listelemelidir (SHOULD; bölüm 16.5). Liste gizliliği zedeleyebileceği için sunucunun, 404 gönderecek ya da "
     "listeyi vermeyecek biçimde yapılandırılabilmesi zorunludur (MUST)."sv},
    {status::busy_here, "Meşgul"sv,
     "Arananın uç sistemine ulaşıldı ama aranan şu an orada yeni bir çağrı almak istemiyor ya da alamıyor. "
     "Yanıt, Retry-After ile daha uygun bir zaman önerebilir (MAY); aranana başka bir yoldan, örneğin sesli "
     "mesaj üzerinden ulaşılabilir. Çağrıyı başka hiçbir uç sistemin kabul etmeyeceği biliniyorsa bunun "
     "yerine 600 gönderilmelidir (SHOULD)."sv},
    {status::request_terminated, "İstek Sonlandırıldı"sv,
     "Bir BYE ya da CANCEL isteği bu isteği yarıda kesti. UAS, son yanıtını vermeden önce bir CANCEL ile iptal "
     "edilen INVITE'a bu kodu göndermelidir (SHOULD; RFC 3261 bölüm 9.2). CANCEL'ın kendisi hiçbir zaman bu "
     "yanıtı almaz."sv},
    {status::not_acceptable_here, "Burada Kabul Edilemez"sv,
     "606 gibidir ama yalnızca bu kaynak için geçerlidir: istek başka bir yerde başarılı olabilir. INVITE'taki "
     "teklifi reddeden UAS bu yanıtı, nedenini açıklayan bir Warning başlık alanıyla göndermelidir (SHOULD; "
     "bölüm 13.3.1.3); gövde, UAS'nin desteklediği medyayı tarif edebilir (MAY)."sv},
    {status::bad_event, "Hatalı Olay"sv,
     "Sunucu, Event başlık alanında adı geçen olay paketini tanımıyor. Paketini anlamadığı bir SUBSCRIBE "
     "alan bildirici bu kodla yanıt vermelidir (SHOULD; RFC 6665 bölüm 4.2.1.1); paketini desteklemediği "
     "bir NOTIFY alan abone de aynı kodu döndürür (bölüm 4.1.3)."sv},
    {status::request_pending, "Bekleyen İstek Var"sv,
     "UAS bu isteği, aynı diyalogda kendi gönderdiği bir istek henüz sonuçlanmamışken aldı; örneğin iki "
     "re-INVITE birbiriyle çakıştı. UAC, RFC 3261 bölüm 14.1'deki rastgele süre kadar bekleyip isteği bir "
     "kez daha göndermelidir (SHOULD); RFC 3311 bölüm 5.3 aynısını UPDATE için söyler."sv},
    {status::undecipherable, "Şifresi Çözülemiyor"sv,
     "İstekteki şifreli MIME gövdesi açılamadı: UAS'de bunun için gereken anahtar yok ya da UAS anahtarı vermek "
     "istemiyor. Yanıt, bu kullanıcı aracısına gidecek gövdelerin şifrelenmesinde kullanılacak açık anahtarı "
     "içeren tek bir gövde taşıyabilir (MAY; bölüm 23.2)."sv},
    {status::security_agreement_required, "Güvenlik Anlaşması Gerekli"sv,
     "Sunucu isteği işlemeden önce bir güvenlik anlaşması istiyor. Yanıtın, sunucunun mekanizmalarını "
     "Security-Server başlık alanlarında listelemesi zorunludur (MUST; anlaşmayı sunucu başlattıysa "
     "Require: sec-agree de eklenir); istemci, tanıdığı mekanizmalardan q değeri en yüksek olanı başlatmak "
     "zorundadır (MUST)."sv},
    {status::server_internal_error, "Sunucu İç Hatası"sv,
     "Sunucu, beklenmedik bir durum yüzünden isteği yerine getiremedi. İstemci isteği birkaç saniye sonra "
     "yeniden gönderebilir (MAY); durum geçiciyse sunucu, isteğin ne zaman yeniden gönderilebileceğini bir "
     "Retry-After başlık alanında bildirebilir (MAY)."sv},
    {status::not_implemented, "İşlev Desteklenmiyor"sv,
     "Sunucu, isteğin gerektirdiği işlevi desteklemiyor; örneğin UAS yöntemi hiçbir kullanıcı için tanımıyor. "
     "405'ten farkı, yöntemin hiç tanınmamasıdır."sv},
    {status::bad_gateway, "Hatalı Ağ Geçidi"sv,
     "Bu sunucu isteği ağ geçidi ya da vekil sunucu olarak bir sonraki sunucuya iletti; oradan dönen yanıt "
     "geçersiz olduğu için isteği karşılayamadı."sv},
    {status::service_unavailable, "Hizmet Kullanılamıyor"sv,
     "Sunucu aşırı yük ya da bakım nedeniyle geçici olarak hizmet veremiyor. İsteğin ne zaman yeniden "
     "gönderilebileceğini Retry-After ile bildirebilir (MAY); Retry-After yoksa istemci 500 almış gibi davranmak "
     "zorundadır (MUST). İstemci başka bir sunucu denemeli (SHOULD), Retry-After süresi boyunca bu sunucuya "
     "başka istek göndermemelidir (SHOULD NOT)."sv},
    {status::server_time_out, "Sunucu Zaman Aşımı"sv,
     "Sunucu, başvurduğu dış bir sunucudan (örneğin bir konum sunucusundan) zamanında yanıt alamadı. İsteğin "
     "Expires başlık alanındaki süre dolduğu için yanıt verilemiyorsa bunun yerine 408 gönderilir."sv},
    {status::version_not_supported, "Sürüm Desteklenmiyor"sv,
     "Sunucu, istekteki SIP sürümünü desteklemiyor ya da desteklemeyi geri çeviriyor. İstemcinin ana "
     "sürümüyle isteği sonuçlandıramaz ya da sonuçlandırmak istemez; o ana sürümle verebileceği tek yanıt "
     "bu hatadır."sv},
    {status::message_too_large, "Mesaj Çok Büyük"sv,
     "Mesaj, sunucunun işleyebileceği uzunluğu aştığı için istek işlenemedi."sv},
    {status::push_notification_service_not_supported, "Anlık Bildirim Desteklenmiyor"sv,
     "Bir vekil sunucu, Contact içindeki pn-provider URI parametresinin adını verdiği anlık bildirim (push) "
     "hizmeti türünü desteklemiyorsa REGISTER isteğini iletmek yerine bu yanıtı gönderebilir (MAY). Bunu, "
     "kayıt sunucusuna giden yolda bu türü destekleyen başka bir vekil sunucu olmadığını yerel "
     "yapılandırmasından bildiğinde yapar (RFC 8599 bölüm 5.6.1). Yalnızca ağı sorgulayan bir REGISTER'a "
     "(pn-prid olmadan pn-provider) verildiğinde, ağın adı verilen türü, tür verilmemişse hiçbir türü "
     "desteklemediğini bildirir (bölüm 4.1.5)."sv},
    {status::precondition_failure, "Ön Koşul Sağlanamadı"sv,
     "Cevaplayan (answerer) olarak UAS, bir INVITE ya da UPDATE ile gelen teklifin ön koşullarını, örneğin "
     "hizmet kalitesi için kaynak ayrılmasını, karşılayamıyor ya da karşılamak istemiyor; teklifi 580 ile "
     "reddetmelidir (SHOULD). 580 yanıtı, başarısızlığın hangi istenen durum (desired status) satırından "
     "kaynaklandığını gösteren bir oturum tanımı (SDP) taşımalıdır (SHOULD); bu tanım ne teklif ne de "
     "cevaptır (RFC 3312 bölüm 8). Ret hiçbir şeyi değiştirmez: ilk INVITE reddedildiyse oturum kurulmaz, "
     "reddedilen bir re-INVITE ya da UPDATE'ten sonra ise oturum eski parametreleriyle sürer (RFC 3261 "
     "bölüm 14.1, RFC 3311 bölüm 5.3)."sv},
    {status::busy_everywhere, "Her Yerde Meşgul"sv,
     "Aranana ulaşıldı, aranan meşgul ve sesli mesaj gibi başka hiçbir uç nokta çağrıyı yanıtlamayacak; böyle "
     "bir uç nokta varsa 486 gönderilir. Yanıt, yeni bir çağrı için daha uygun bir zamanı Retry-After başlık "
     "alanıyla önerebilir (MAY)."sv},
    {status::decline, "Reddedildi"sv,
     "Aranana ulaşıldı; aranan bu çağrıya katılmayı açıkça istemiyor ya da katılamıyor ve başka hiçbir uç nokta "
     "yanıt vermeyecek. Yanıt, yeni bir çağrı için daha uygun bir zamanı Retry-After başlık alanıyla önerebilir "
     "(MAY)."sv},
    {status::does_not_exist_anywhere, "Hiçbir Yerde Yok"sv,
     "Sunucunun bu kullanıcı hakkında kesin bilgisi var: Request-URI'deki kullanıcı yalnızca bu adreste değil, "
     "hiçbir yerde bulunmuyor. Adresi başka bir yerde denemenin yararı yok."sv},
    {status::not_acceptable_anywhere, "Hiçbir Yerde Kabul Edilemez"sv,
     "Kullanıcıya ulaşıldı ve kullanıcı iletişim kurmak istiyor, ama tarif edilen oturumu destekleyemiyor: "
     "medya, bant genişliği ya da adresleme biçimi kabul edilemez. Yanıt, nedenleri bir Warning başlık alanında "
     "listeleyebilir (MAY; bölüm 20.43'teki uyarı kodları)."sv},
    {status::unwanted, "İstenmiyor"sv,
     "Aranan taraf, arayanın kim olduğu yüzünden bu çağrıyı ya da mesajı istemiyor. INVITE, MESSAGE, SUBSCRIBE "
     "ya da diyalog dışı başka bir isteğe yanıt olarak verilebilir (MAY); alıcıların herhangi bir 6xx için "
     "gerekenin ötesinde bir yükümlülüğü yoktur, hizmet sağlayıcılar ise bu bilgiyi çağrı filtrelemede "
     "kullanabilir (MAY; RFC 8197 bölüm 4)."sv},
    {status::rejected, "Ağ Tarafından Reddedildi"sv,
     "Aranan değil, ağdaki bir ara öğe, örneğin bir çağrı analitiği motorunun kararıyla, bir INVITE, "
     "MESSAGE, SUBSCRIBE ya da diyalog dışı başka bir isteği kullanıcının istemediği bir iletişim sayıp "
     "reddetti. Arayanın bu bilgiyi kötüye kullanacağına dair bir belirti yoksa ara öğe, yanıta "
     "purpose=jwscard parametreli bir Call-Info başlık alanı eklemek zorundadır (MUST); bu alan, arayanın "
     "itiraz için başvurabileceği yeri bildiren imzalı bir jCard'ı gösterir (RFC 8688 bölüm 3.1). UAC, "
     "608'i herhangi bir 6xx gibi işler."sv},
};

// The warn-codes, in the registry's order.
inline constexpr warning_translation turkish_warnings[] = {
    {300, "Uyumsuz ağ protokolü"sv, "Oturum tanımındaki ağ protokollerinden biri ya da birkaçı kullanılamıyor."sv},
    {301, "Uyumsuz ağ adresi biçimleri"sv,
     "Oturum tanımındaki ağ adresi biçimlerinden biri ya da birkaçı kullanılamıyor."sv},
    {302, "Uyumsuz aktarım protokolü"sv,
     "Oturum tanımındaki aktarım protokollerinden biri ya da birkaçı kullanılamıyor."sv},
    {303, "Uyumsuz bant genişliği birimleri"sv,
     "Oturum tanımındaki bant genişliği ölçü birimlerinden biri ya da birkaçı anlaşılamadı."sv},
    {304, "Medya türü kullanılamıyor"sv, "Oturum tanımındaki medya türlerinden biri ya da birkaçı kullanılamıyor."sv},
    {305, "Uyumsuz medya biçimi"sv, "Oturum tanımındaki medya biçimlerinden biri ya da birkaçı kullanılamıyor."sv},
    {306, "Öznitelik anlaşılamadı"sv,
     "Oturum tanımındaki medya özniteliklerinden biri ya da birkaçı desteklenmiyor."sv},
    {307, "Oturum tanımı parametresi anlaşılamadı"sv,
     "Oturum tanımının yukarıdakiler dışındaki bir parametresi anlaşılamadı."sv},
    {308, "Uyumsuz dil belirtimi"sv,
     "Oturum tanımının istediği dillerin hiçbiri desteklenmiyor; uyarı metni desteklenen dilleri ve medyayı "
     "listeler."sv},
    {330, "Çoklu yayın kullanılamıyor"sv, "Kullanıcının bulunduğu yer çoklu yayını (multicast) desteklemiyor."sv},
    {331, "Tekli yayın kullanılamıyor"sv,
     "Kullanıcının bulunduğu yer tekli yayın (unicast) iletişimini desteklemiyor; bunun nedeni genellikle bir "
     "güvenlik duvarıdır."sv},
    {370, "Yetersiz bant genişliği"sv,
     "Oturum tanımının verdiği ya da medyanın gerektirdiği bant genişliği, kullanılabilir olduğu bilinen bant "
     "genişliğini aşıyor."sv},
    {380, "SIPS'e izin verilmiyor"sv,
     "UAS ya da vekil sunucu, SIPS şemasına izin verilmediği için isteği işleyemiyor; örneğin kayıtlı hiçbir "
     "SIPS adresi yok."sv},
    {381, "SIPS gerekli"sv, "UAS ya da vekil sunucu, SIPS şeması gerektiği için isteği işleyemiyor."sv},
    {399, "Çeşitli uyarı"sv,
     "Bir kişinin okuması ya da günlüğe yazılması için başka herhangi bir bilgi; bu uyarıyı alan bir sistemin "
     "kendiliğinden herhangi bir eylemde bulunması yasaktır (MUST NOT)."sv},
};

// The core's other English texts in Turkish: each header rule's condition,
// read after "(MUST): ", and where each former phrase was seen.
inline constexpr text_translation turkish_texts[] = {
    {"when the response carries a To tag, establishing an early dialog"sv,
     "yanıt bir To etiketi taşıyor ve böylece erken bir diyalog kuruyorsa"sv},
    {"when the condition is temporary; the value says after what time the client MAY try again"sv,
     "durum geçiciyse; değer, istemcinin isteği ne kadar süre sonra yeniden gönderebileceğini (MAY) bildirir"sv},
    {"as local policy decides"sv, "yerel politika öyle öngörüyorsa"sv},
    {"when a server whose policy requires the security agreement gets a request without sec-agree"sv,
     "politikası güvenlik anlaşması gerektiren bir sunucu sec-agree içermeyen bir istek aldıysa"sv},
    {"if and only if the Expires interval is greater than zero, smaller than one hour and less than the "
     "notifier's configured minimum"sv,
     "ancak ve ancak Expires süresi sıfırdan büyük, bir saatten kısa ve bildiricide yapılandırılmış en küçük "
     "değerin altındaysa"sv},
    {"when a proxy that cannot determine the target set sends the 485"sv,
     "485'i hedef kümesini belirleyemeyen bir vekil sunucu gönderiyorsa"sv},
    {"when a UAS rejects the offer of an INVITE"sv, "UAS bir INVITE'ın teklifini reddediyorsa"sv},
    {"when a UAS rejects the session description of an UPDATE"sv, "UAS bir UPDATE'in oturum tanımını reddediyorsa"sv},
    {"when the server initiated the agreement (sec-agree only in Supported); the Require carries sec-agree"sv,
     "anlaşmayı sunucu başlattıysa (sec-agree yalnızca Supported içindeyse); Require, sec-agree taşır"sv},
    {"when the condition is temporary"sv, "durum geçiciyse"sv},
    {"when a UAS gets a second INVITE on a dialog before it has sent the final response to a first one with a "
     "lower CSeq; the value is chosen at random, 0 to 10 seconds"sv,
     "UAS, bir diyalogda CSeq'i daha küçük olan ilk INVITE'a son yanıtı vermeden ikinci bir INVITE aldıysa; "
     "değer 0 ile 10 saniye arasında rastgele seçilir"sv},
    {"when a UAS gets an UPDATE before it has sent the final response to a previous UPDATE on the same dialog; "
     "the value is chosen at random, 0 to 10 seconds"sv,
     "UAS, aynı diyalogdaki önceki bir UPDATE'e son yanıtı vermeden yeni bir UPDATE aldıysa; değer 0 ile 10 "
     "saniye arasında rastgele seçilir"sv},
    {"when an UPDATE with an offer arrives while an offer the UAS received (in an UPDATE, PRACK or INVITE) is "
     "not yet answered; the value is chosen at random, 0 to 10 seconds"sv,
     "UAS'nin aldığı bir teklif (bir UPDATE, PRACK ya da INVITE içinde) henüz cevaplanmamışken teklif içeren "
     "bir UPDATE geldiyse; değer 0 ile 10 saniye arasında rastgele seçilir"sv},
    {"when it answers an INVITE, MESSAGE, SUBSCRIBE or other out-of-dialog request, unless there are signs that "
     "the caller would misuse it; with purpose=jwscard, referring to a signed jCard"sv,
     "yanıt bir INVITE, MESSAGE, SUBSCRIBE ya da diyalog dışı başka bir isteğe veriliyorsa ve arayanın bunu "
     "kötüye kullanacağına dair bir belirti yoksa; purpose=jwscard parametresiyle imzalı bir jCard'ı gösterir"sv},
    {"the IANA registry's phrase for 202 since RFC 6665"sv, "RFC 6665'ten beri IANA kaydının 202 için yazdığı ifade"sv},
    {"RFC 8224 section 6.2.2: a verification service's 403 for a stale Date"sv,
     "RFC 8224 bölüm 6.2.2: doğrulama hizmetinin eskimiş bir Date için verdiği 403"sv},
    {"HTTP/1.1 (RFC 2616 section 10.4.13) phrase that deployed stacks send"sv,
     "sahadaki SIP yığınlarının gönderdiği HTTP/1.1 ifadesi (RFC 2616 bölüm 10.4.13)"sv},
    {"RFC 3261 section 25.1 grammar; RFC 2543 section 5.1.1"sv,
     "RFC 3261 bölüm 25.1'deki söz dizimi; RFC 2543 bölüm 5.1.1"sv},
    {"draft session-timer phrase that deployed stacks still send"sv,
     "session-timer taslağındaki, sahadaki SIP yığınlarının hâlâ gönderdiği ifade"sv},
    {"RFC 3265 (corrected by RFC 6665 Appendix B.13)"sv, "RFC 3265 (RFC 6665 Ek B.13 ile düzeltildi)"sv},
    {"RFC 3265 section 3.1.6.4"sv, "RFC 3265 bölüm 3.1.6.4"sv},
    {"RFC 8224 section 6.2.2"sv, "RFC 8224 bölüm 6.2.2"sv},
    {"RFC 4474"sv, "RFC 4474"sv},
    {"RFC 2543 section 7.4.18; RFC 3261 section 25.1 grammar"sv,
     "RFC 2543 bölüm 7.4.18; RFC 3261 bölüm 25.1'deki söz dizimi"sv},
    {"RFC 2543 section 4.2.5"sv, "RFC 2543 bölüm 4.2.5"sv},
    {"RFC 3265 section 3.2; RFC 6665 section 4.1.3"sv, "RFC 3265 bölüm 3.2; RFC 6665 bölüm 4.1.3"sv},
    {"RFC 2543 sections 5.1.1 and 7.5.5"sv, "RFC 2543 bölüm 5.1.1 ve 7.5.5"sv},
};

}  // namespace detail

namespace lang {

/// Turkish: every code of the table, in Turkish words a telecom engineer uses.
inline constexpr language_pack tr{detail::turkish_tag, detail::turkish_name, detail::turkish_rows,
                                  detail::turkish_warnings, detail::turkish_texts};
static_assert(covers_all(tr),
              "the Turkish pack has one row for every code of the table, every warn-code, and every header rule's "
              "condition and former phrase's source the core has (a changed English text needs its Turkish)");

}  // namespace lang

namespace detail {

// The texts as the compiler encoded them: UTF-8 only if string literals are
// UTF-8 (GCC's and clang's default; MSVC needs /utf-8). Any other execution
// character set (-fexec-charset=ISO-8859-9, a Windows code page) turns "ş"
// into bytes that are not UTF-8, which no Reason-Phrase or quoted-string may
// carry: better a compile error here than bad_reason from every writer. The
// short texts only: one character set encodes every literal of a translation
// unit, and the descriptions (20 KB; the suite checks each one, with the
// translated texts, at run time) would cost each unit that includes the pack
// a billion compiler instructions of constant evaluation, more than the core
// and the rest of the pack take.
constexpr bool turkish_texts_are_utf8() noexcept {
  for (const translation& row : turkish_rows) {
    if (!is_valid_reason_phrase(row.reason)) return false;
  }
  for (const warning_translation& row : turkish_warnings) {
    if (!is_quotable(row.text)) return false;
  }
  return is_quotable(turkish_name);
}

}  // namespace detail

namespace lang {

static_assert(detail::turkish_texts_are_utf8(),
              "every Turkish phrase must be a valid Reason-Phrase as compiled: build with UTF-8 string literals "
              "(/utf-8 on MSVC; no -fexec-charset other than UTF-8)");

}  // namespace lang

SIPCODES_NAMESPACE_END

#endif  // SIPCODES_LANG_TR_HPP
