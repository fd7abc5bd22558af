// sipcodes add-on: the Turkish language pack, sipcodes::lang::tr: a reason
// phrase and a description in Turkish for every code of the table, and a
// warn-text and a description for every warn-code.
//
// Copyright (c) 2026 the sipcodes authors.
// Distributed under the Boost Software License, Version 1.0
// (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
//
// This file is UTF-8. Every phrase is a valid RFC 3261 Reason-Phrase, so it
// can go on the wire as it is:
//   sipcodes::localized_reason(486, sipcodes::lang::tr)  -> "Meşgul"
//   sipcodes::description(486, sipcodes::lang::tr)       -> "Arananın uç sistemine ..."
//   sipcodes::warning_text(370, sipcodes::lang::tr)      -> "Yetersiz bant genişliği"
//
// One Turkish term per concept: yanıt ifadesi (reason phrase), başlık alanı
// (header field), vekil sunucu (proxy), kayıt sunucusu (registrar), medya
// (media), kimlik bilgileri (credentials), kimlik doğrulama (authentication),
// yetkilendirme (authorization), yönlendirme (call forwarding), yeniden
// yönlendirme (redirection, 3xx), rotalama (routing), REFER gönderen / REFER
// alan / REFER hedefi (referrer / referee / refer target). The RFCs' keywords
// stay in English in parentheses, (MUST), (SHOULD NOT), after the Turkish
// verb that carries them.
//
// Works copied next to sipcodes.hpp in the same layout (lang/tr.hpp beside
// sipcodes.hpp): it includes ../sipcodes.hpp.

#ifndef SIPCODES_LANG_TR_HPP
#define SIPCODES_LANG_TR_HPP

#include "../sipcodes.hpp"

#if SIPCODES_VERSION_MAJOR != 2 || SIPCODES_VERSION_MINOR != 0 || SIPCODES_VERSION_PATCH != 0
#error "sipcodes/lang/tr.hpp is sipcodes 2.0.0, and the sipcodes.hpp it found is another version"
#endif

SIPCODES_NAMESPACE_BEGIN

namespace detail {

inline constexpr std::string_view turkish_tag = "tr"sv;
inline constexpr std::string_view turkish_name = "Türkçe"sv;

// In the table's order, so that every lookup finds its row at once.
inline constexpr translation turkish_rows[] = {
    {status::trying, "Deneniyor"sv,
     "İstek bir sonraki SIP öğesine (sonraki atlamaya) ulaştı ve orada işleniyor; örneğin bir "
     "veritabanına bakılıyor. Her geçici yanıt gibi UAC'nin INVITE isteğini yeniden göndermesini "
     "durdurur; diğerlerinden farklı olarak durum bilgisi tutan bir vekil sunucu bu yanıtı asla geri "
     "iletmez."sv},
    {status::ringing, "Çalıyor"sv,
     "INVITE isteğini alan kullanıcı aracısı, kullanıcısına çağrıyı bildiriyor. Bu yanıt, arayan "
     "tarafta yerel çalma sesini başlatmak için kullanılabilir (MAY)."sv},
    {status::call_is_being_forwarded, "Çağrı Yönlendiriliyor"sv,
     "Bir sunucu, çağrının farklı bir hedef kümesine yönlendirildiğini bildirmek için bu kodu "
     "gönderebilir (MAY). Arayan taraf son yanıtı beklemeyi sürdürür."sv},
    {status::queued, "Sırada"sv,
     "Aranan geçici olarak müsait değil; sunucu çağrıyı reddetmek yerine sıraya aldı ve aranan müsait "
     "olunca son yanıt gelir. Yanıt ifadesi sıradaki konum gibi ayrıntılar verebilir (MAY); sunucu "
     "arayanı bilgilendirmek için birkaç 182 gönderebilir (MAY)."sv},
    {status::session_progress, "Oturum İlerliyor"sv,
     "Başka hiçbir geçici yanıtın kapsamadığı çağrı ilerleme bilgisini taşır. Ayrıntılar yanıt "
     "ifadesinde, başlık alanlarında ya da gövdede verilebilir (MAY); bu çoğu zaman erken medya için "
     "bir oturum tanımıdır."sv},
    {status::early_dialog_terminated, "Erken Diyalog Sonlandı"sv,
     "Çatallayan bir vekil sunucu ya da UAS, son yanıt gönderilmeden önce erken diyaloglardan birinin "
     "sona erdiğini bildirir. İstemci o erken diyalog için ayırdığı kaynakları serbest bırakır; bu "
     "yanıt yalnızca 199 desteğini bildiren istemcilere gönderilir."sv},
    {status::ok, "Tamam"sv,
     "İstek başarılı oldu. INVITE isteğine verilen 2xx yanıt bir diyalog kurar; UAC aldığı her böyle "
     "2xx yanıtı için bir ACK göndermek zorundadır (MUST; RFC 3261 bölüm 13.2.2.4)."sv},
    {status::accepted, "Kabul Edildi"sv,
     "İstek işlenmek üzere kabul edildi ama henüz tamamlanmadı; RFC 3265 bunu SUBSCRIBE, RFC 3515 ise "
     "REFER için kullanıyordu. RFC 6665 bölüm 8.3.1 (SUBSCRIBE ve NOTIFY) ve RFC 7647 bölüm 5 (REFER) "
     "bu kodu kullanımdan kaldırmıştır: bir öğe bu isteklere 202 göndermemeli (MUST NOT), gelen bir "
     "202'yi de 200 gibi işlemelidir (MUST)."sv},
    {status::no_notification, "Bildirim Yok"sv,
     "Koşullu bir SUBSCRIBE isteği başarılı oldu; abone güncel duruma zaten sahip olduğu için NOTIFY "
     "gönderilmeyecek. Abone elindeki durum bilgisini kullanmayı sürdürür."sv},
    {status::multiple_choices, "Birden Çok Seçenek"sv,
     "Adres birden çok konuma çözümlendi; kullanıcı ya da kullanıcı aracısı bunlardan birini seçip "
     "isteği oraya yöneltir. Seçenekler Contact başlık alanlarında listelenmelidir (SHOULD); gövde de "
     "onları tanımlayabilir (MAY)."sv},
    {status::moved_permanently, "Kalıcı Olarak Taşındı"sv,
     "Kullanıcıya artık Request-URI'deki adresten ulaşılamıyor. İstemci isteği Contact başlık "
     "alanındaki yeni adreste yeniden denemeli (SHOULD); rehberlerini, adres defterlerini ve konum "
     "önbelleklerini bu adresle güncellemelidir (SHOULD)."sv},
    {status::moved_temporarily, "Geçici Olarak Taşındı"sv,
     "İstemci isteği Contact başlık alanındaki adreste yeniden denemelidir (SHOULD). Bu adresi bir "
     "Expires başlık alanının ya da expires parametresinin belirttiği süre boyunca önbellekte tutabilir "
     "(MAY); böyle bir süre yoksa adres yalnızca bu deneme için geçerlidir ve önbelleğe alınmamalıdır "
     "(MUST NOT)."sv},
    {status::see_other, "Diğerine Bakın"sv,
     "RFC 2543'te yeniden yönlendirme kodları arasında listelenmiş ama orada hiç tanımlanmamıştır; RFC "
     "3261 bu kodu kaldırmıştır. Alıcı onu bilinmeyen herhangi bir 3xx gibi, yani 300 olarak işler."sv},
    {status::use_proxy, "Vekil Sunucu Kullanın"sv,
     "Kaynağa, URI'si Contact başlık alanında verilen vekil sunucu üzerinden erişilmek zorundadır "
     "(MUST); alıcının bu tek isteği o vekil sunucu üzerinden tekrarlaması beklenir. 305 yanıtlarını "
     "yalnızca UAS'ler üretebilir (MUST)."sv},
    {status::alternative_service, "Alternatif Hizmet"sv,
     "Çağrı başarısız oldu, ancak alternatif hizmetler mümkün; mesaj gövdesi bunları açıklar. Gövdenin "
     "biçimini RFC 3261 tanımlamaz."sv},
    {status::bad_request, "Hatalı İstek"sv,
     "İstek, söz dizimi hatalı olduğu için anlaşılamadı; yanıt ifadesi sorunu adlandırmalıdır (SHOULD), "
     "örneğin \"Missing Call-ID header field\". Her 4xx yanıtında olduğu gibi istemci aynı isteği "
     "değiştirmeden yeniden göndermemelidir (SHOULD NOT)."sv},
    {status::unauthorized, "Yetkisiz"sv,
     "İstek kullanıcı kimlik doğrulaması gerektiriyor; UAS'ler ve kayıt sunucuları bu yanıtı bir "
     "WWW-Authenticate sınamasıyla gönderir (vekil sunucular 407 gönderir). İstemci isteği, kimlik "
     "bilgilerini bir Authorization başlık alanına koyarak yeniden gönderir."sv},
    {status::payment_required, "Ödeme Gerekli"sv,
     "İleride kullanılmak üzere ayrılmıştır: RFC 3261 bu koda bir anlam vermez. Alıcı onu 400 gibi "
     "işler."sv},
    {status::forbidden, "Yasak"sv,
     "Sunucu isteği anlamış olmasına rağmen geri çeviriyor ve yetkilendirme bu kararı değiştirmez. Aynı "
     "istek yinelenmemelidir (SHOULD NOT)."sv},
    {status::not_found, "Bulunamadı"sv,
     "Sunucu, kullanıcının Request-URI'deki alan adında bulunmadığını kesin olarak biliyor ya da o alan "
     "adı sunucunun hizmet verdiği alanlardan biri değil. Bir Retry-After başlık alanı kullanıcıya ne "
     "zaman ulaşılabileceğini bildirebilir."sv},
    {status::method_not_allowed, "Yönteme İzin Verilmiyor"sv,
     "Yöntem anlaşıldı ancak Request-URI'deki adres için izin verilmiyor. Yanıt, izin verilen "
     "yöntemleri listeleyen bir Allow başlık alanı içermek zorundadır (MUST)."sv},
    {status::not_acceptable, "Kabul Edilemez"sv,
     "Kaynak yalnızca, isteğin Accept başlık alanlarının kabul etmediği içerikte yanıtlar üretebiliyor."sv},
    {status::proxy_authentication_required, "Vekil Sunucu Kimlik Doğrulaması Gerekli"sv,
     "401 gibidir, ancak istemci önce bir vekil sunucuda kimliğini doğrulamak zorundadır (MUST); vekil "
     "sunucu bir Proxy-Authenticate sınaması gönderir, istemci isteği Proxy-Authorization ile yeniden "
     "gönderir. Telefon ağ geçidi gibi bir kanala erişimin kimlik doğrulaması istediği yerlerde de "
     "kullanılır."sv},
    {status::request_timeout, "İstek Zaman Aşımı"sv,
     "Sunucu zamanında son yanıt üretemedi; örneğin kullanıcının yerini bulamadı. İstemci isteği daha "
     "sonra, istediği zaman değiştirmeden tekrarlayabilir (MAY)."sv},
    {status::conflict, "Çakışma"sv,
     "RFC 2543: istek, kaynağın mevcut durumuyla çeliştiği için tamamlanamadı. RFC 3261 bu kodu "
     "kaldırmıştır; alıcı onu 400 gibi işler."sv},
    {status::gone, "Artık Yok"sv,
     "Kaynak artık sunucuda bulunmuyor, bilinen yeni bir adres yok ve durumun kalıcı olması bekleniyor. "
     "Durumun kalıcı olup olmadığını bilemeyen bir sunucu bunun yerine 404 göndermelidir (SHOULD)."sv},
    {status::length_required, "Uzunluk Gerekli"sv,
     "RFC 2543: sunucu, Content-Length değeri belirtilmeyen bir isteği reddeder. RFC 3261 bu kodu "
     "kaldırmıştır; alıcı onu 400 gibi işler."sv},
    {status::conditional_request_failed, "Koşullu İstek Başarısız"sv,
     "Koşullu bir isteğin ön koşulu sağlanmadı; örneğin bir PUBLISH isteğinin SIP-If-Match varlık "
     "etiketi, sunucunun tuttuğu hiçbir yayına karşılık gelmiyor. Yayıncı, SIP-If-Match olmadan yeni "
     "bir PUBLISH ile baştan başlar."sv},
    {status::request_entity_too_large, "İstek Gövdesi Çok Büyük"sv,
     "İstek gövdesi, sunucunun işlemeye razı olduğundan büyük; sunucu bağlantıyı kapatabilir (MAY). "
     "Durum geçiciyse sunucu, istemcinin hangi süreden sonra yeniden deneyebileceğini (MAY) bildiren "
     "bir Retry-After başlık alanı eklemelidir (SHOULD)."sv},
    {status::request_uri_too_long, "İstek URI'si Çok Uzun"sv,
     "Request-URI, sunucunun yorumlamaya razı olduğundan uzun. Her 4xx yanıtında olduğu gibi istemci "
     "aynı isteği değiştirmeden yeniden göndermemelidir (SHOULD NOT)."sv},
    {status::unsupported_media_type, "Desteklenmeyen Medya Türü"sv,
     "Mesaj gövdesi, sunucunun bu yöntem için desteklemediği bir biçimde. Sunucu kabul ettiklerini, "
     "sorunun türüne göre bir Accept, Accept-Encoding veya Accept-Language başlık alanında listelemek "
     "zorundadır (MUST); UAC yalnızca bu listelerdekileri kullanarak yeniden denemelidir (SHOULD; RFC "
     "3261 bölüm 8.1.3.5)."sv},
    {status::unsupported_uri_scheme, "Desteklenmeyen URI Şeması"sv,
     "Sunucu Request-URI'deki şemayı desteklemiyor. İstemci isteği bir SIP URI'si ile yeniden "
     "denemelidir (SHOULD); istek bir SIPS URI'si kullandıysa kendiliğinden yeniden denememelidir (MUST "
     "NOT; RFC 5630 Ek A, RFC 3261 bölüm 8.1.3.5'i günceller)."sv},
    {status::unknown_resource_priority, "Bilinmeyen Kaynak Önceliği"sv,
     "İstek kaynak önceliğini zorunlu kıldı (Require: resource-priority), ancak sunucu "
     "Resource-Priority değerlerinden hiçbirini tanımıyor. Yanıt, yerel politikaya göre kabul edilen "
     "değerleri Accept-Resource-Priority içinde listeleyebilir (MAY); istemci yeniden deneyebilir (MAY) "
     "ve böyle bir liste varsa değerleri ondan seçmelidir (SHOULD)."sv},
    {status::bad_extension, "Hatalı Uzantı"sv,
     "Sunucu, Proxy-Require ya da Require içindeki bir seçenek etiketini tanımıyor ve "
     "desteklemediklerini bir Unsupported başlık alanında listelemek zorundadır (MUST). İstemci isteği "
     "bunlar olmadan yeniden denemelidir (SHOULD; RFC 3261 bölüm 8.1.3.5)."sv},
    {status::extension_required, "Uzantı Gerekli"sv,
     "UAS'nin, isteğin Supported alanında listelenmeyen bir uzantıya ihtiyacı var; yanıt bu uzantıyı "
     "listeleyen bir Require başlık alanı içermek zorundadır (MUST). Bir UAS, uzantı olmadan istemciye "
     "gerçekten hiçbir yararlı hizmet veremediği durumlar dışında bu yanıtı kullanmamalıdır (SHOULD "
     "NOT)."sv},
    {status::session_interval_too_small, "Oturum Aralığı Çok Kısa"sv,
     "İsteğin Session-Expires değeri, UAS'nin ya da vekil sunucunun kabul ettiği en küçük değerin "
     "altında. Yanıt Min-SE taşımak zorundadır (MUST); istemci en az o uzunlukta bir oturum aralığıyla "
     "yeniden deneyebilir."sv},
    {status::interval_too_brief, "Süre Çok Kısa"sv,
     "İsteğin yenilediği kaynağın geçerlilik süresi çok kısa. Bir kayıt sunucusunun REGISTER isteğine "
     "verdiği 423 yanıtı Min-Expires taşımak zorundadır (MUST; RFC 3261 bölüm 10.3); bir bildirici de "
     "SUBSCRIBE isteğine Min-Expires içeren bir 423 gönderebilir (MAY; RFC 6665 bölüm 4.2.1.1). İstemci "
     "en az bu süreyle yeniden dener."sv},
    {status::bad_location_information, "Hatalı Konum Bilgisi"sv,
     "İstekteki konum bilgisi hatalı, alıcının amacı için yetersiz ya da gösterdiği adresten alınamadı. "
     "Yanıt bir Geolocation-Error başlık alanı taşımak zorundadır (MUST); daha doğru konumu bilen bir "
     "aracı, sonraki istek için onu yanıta URI olarak değil gövde olarak eklemelidir (SHOULD)."sv},
    {status::bad_alert_message, "Hatalı Uyarı Mesajı"sv,
     "Etkileşimsiz bir acil durum çağrısı, alıcının hatalı ya da kabul edilemez bulduğu bir Ortak Uyarı "
     "Protokolü (CAP) mesajı taşıyordu. Yanıt, nedenini belirten bir AlertMsg-Error başlık alanı "
     "taşımak zorundadır (MUST)."sv},
    {status::use_identity_header, "Kimlik Başlığı Kullanın"sv,
     "Doğrulama hizmetinin yerel politikası bir Identity başlık alanı istiyor ve istekte "
     "kullanabileceği bir tane yok: ya hiç yok ya da yalnızca desteklenmeyen ppt parametreli olanlar "
     "var (bu durumda \"Use Supported PASSporT Format\" ifadesi gönderilebilir)."sv},
    {status::provide_referrer_identity, "REFER Gönderenin Kimliğini Bildirin"sv,
     "REFER alan taraf (referee) ya da REFER hedefi geçerli bir Referred-By belirteci istiyor; istekte "
     "yok ya da geçersiz. REFER gönderen taraf (referrer), REFER isteğini bir Referred-By belirteciyle "
     "yeniden gönderebilir."sv},
    {status::flow_failed, "Akış Başarısız"sv,
     "Bir kenar vekil sunucu, hedef kullanıcı aracısına giden SIP Outbound akışının koptuğunu bildirir. "
     "Yetkili vekil sunucu bu akışı kullanan kaydı siler ve diğer kayıtları dener."sv},
    {status::anonymity_disallowed, "Anonimliğe İzin Verilmiyor"sv,
     "Sunucu, istek sahibi anonim olduğu için isteği reddediyor. UAC, kullanıcısı bunu istediğini "
     "onaylamadıkça isteği anonimliği kaldırarak yeniden denememelidir (MUST NOT)."sv},
    {status::bad_identity_info, "Hatalı Kimlik Başlığı Bilgisi"sv,
     "Doğrulama hizmeti, hiçbir Identity başlık alanının imzasını doğrulamak için gereken kimlik "
     "bilgisini (genellikle bir sertifika) alamadı; örneğin info parametresindeki adrese erişemedi. "
     "Düzeltilebilir: kimlik doğrulama hizmeti isteği, doğrulayıcının erişebileceği bir kimlik "
     "bilgisini gösteren info parametresiyle yeniden gönderebilir."sv},
    {status::unsupported_credential, "Desteklenmeyen Kimlik Bilgisi"sv,
     "Doğrulama hizmeti, info parametresinin gösterdiği kimlik bilgisine sahip ya da onu alabiliyor, "
     "ama bu kimlik bilgisini desteklemiyor; örneğin onu veren sertifika otoritesine ya da imza "
     "algoritmasına güvenmiyor."sv},
    {status::invalid_identity_header, "Geçersiz Kimlik Başlığı"sv,
     "İstekteki hiçbir Identity başlık alanı geçerli ve desteklenen bir PASSporT taşımıyor ve yerel "
     "politika bunu ret nedeni sayıyor. Kısa biçimi göndermiş olan kimlik doğrulama hizmeti isteği bir "
     "kez tam biçimle yeniden denemelidir (SHOULD; RFC 8224 bölüm 6.1.1)."sv},
    {status::first_hop_lacks_outbound_support, "İlk Atlamada Outbound Desteği Yok"sv,
     "Kayıt sunucusu SIP Outbound'u destekliyor ama ilk atlamadaki vekil sunucu desteklemiyor; bu "
     "yüzden kayıt bu özelliği kullanamaz. İstemci Outbound olmadan yeniden kaydolabilir."sv},
    {status::max_breadth_exceeded, "Max-Breadth Aşıldı"sv,
     "Bir vekil sunucunun, istediği paralel çatallama için yeterli Max-Breadth değeri yoktu; bu yüzden "
     "istek olası tüm hedeflere ulaşmadı. 483 yanıtından sonra olduğu gibi istemci aramayı "
     "daraltabilir: rotalamayı daha dar bir aramaya yöneltebilir ya da isteği daha belirgin hâle "
     "getirebilir."sv},
    {status::bad_info_package, "Hatalı Bilgi Paketi"sv,
     "Bir INFO isteği, alıcının kabul ettiğini bildirmediği bir bilgi paketi (Info Package) kullandı. "
     "Yanıt kabul edilen paketleri Recv-Info içinde listelemek zorundadır (MUST); diyalog sürer."sv},
    {status::consent_needed, "Onay Gerekli"sv,
     "Bir aktarıcı, en az bir alıcısı için izni olmadığı bir URI listesi aldı. Yanıt bu alıcıları "
     "Permission-Missing içinde belirtmelidir (SHOULD); istemci onları aktarıcının listesine ekler "
     "(örneğin XCAP ile), izinleri ise aktarıcı alır."sv},
    {status::temporarily_unavailable, "Geçici Olarak Ulaşılamıyor"sv,
     "Arananın uç sistemine ulaşıldı ama aranan şu anda müsait değil; örneğin oturum açmamış ya da "
     "\"rahatsız etmeyin\" durumunda. Bir vekil sunucu da tanıdığı ama şu an geçerli bir konumu olmayan "
     "bir kullanıcı için gönderir. Retry-After ile daha uygun bir zaman önerebilir (MAY); yanıt ifadesi "
     "nedeni belirtmelidir (SHOULD)."sv},
    {status::call_transaction_does_not_exist, "Çağrı veya İşlem Yok"sv,
     "UAS, var olan hiçbir diyaloğa ya da işleme karşılık gelmeyen bir istek aldı; örneğin bilinmeyen "
     "bir çağrı için BYE ya da bilinmeyen bir işlem için CANCEL. Bir abone, hiçbir aboneliğe karşılık "
     "gelmeyen bir NOTIFY isteğine, daha uygun bir 4xx ya da 5xx yoksa bu yanıtı vermek zorundadır "
     "(MUST; RFC 6665 bölüm 4.1.3)."sv},
    {status::loop_detected, "Döngü Algılandı"sv,
     "Sunucu bir döngü algıladı: istek kendisine geri geldi (RFC 3261 bölüm 16.3, RFC 5393'ün "
     "güncellediği biçimiyle). Her 4xx yanıtında olduğu gibi istemci aynı isteği değiştirmeden yeniden "
     "göndermemelidir (SHOULD NOT)."sv},
    {status::too_many_hops, "Çok Fazla Atlama"sv,
     "İstek, Max-Forwards değeri sıfıra inmiş olarak bir sunucuya ulaştı. Her 4xx yanıtında olduğu gibi "
     "istemci aynı isteği değiştirmeden yeniden göndermemelidir (SHOULD NOT)."sv},
    {status::address_incomplete, "Eksik Adres"sv,
     "Request-URI eksikti; yanıt ifadesi ayrıntı vermelidir (SHOULD). Bu kod örtüşen aramaya "
     "(overlapped dialling) hizmet eder: istemci kullanıcıdan yeni haneler isteyerek giderek uzayan "
     "numaralar gönderir, ta ki 484 gelmeyene dek."sv},
    {status::ambiguous, "Belirsiz"sv,
     "Request-URI belirsizdi. Yanıt, belirsiz olmayan adresleri Contact başlık alanlarında "
     "listeleyebilir (MAY; bir vekil sunucu için SHOULD, bölüm 16.5). Bu liste gizliliği "
     "zedeleyebileceğinden bir sunucunun 404 gönderecek ya da listeyi vermeyecek biçimde "
     "yapılandırılabilmesi zorunludur (MUST)."sv},
    {status::busy_here, "Meşgul"sv,
     "Arananın uç sistemine ulaşıldı ama aranan şu anda orada başka bir çağrı almaya istekli ya da "
     "uygun değil. Retry-After ile daha uygun bir zaman önerebilir (MAY); arananın sesli mesaj gibi "
     "başka bir yoldan ulaşılabilir olması mümkündür. Çağrıyı başka hiçbir uç sistemin kabul etmeyeceği "
     "biliniyorsa bunun yerine 600 gönderilmelidir (SHOULD)."sv},
    {status::request_terminated, "İstek Sonlandırıldı"sv,
     "İstek bir BYE ya da CANCEL ile sonlandırıldı; bir UAS, son yanıtından önce bir CANCEL ile "
     "sonlandırılan INVITE isteğine bu yanıtı göndermelidir (SHOULD; RFC 3261 bölüm 9.2). CANCEL "
     "isteğinin kendisine asla bu yanıt verilmez."sv},
    {status::not_acceptable_here, "Burada Kabul Edilemez"sv,
     "606 gibidir ama yalnızca bu kaynak için: istek başka yerde başarılı olabilir. INVITE isteğindeki "
     "teklifi reddeden bir UAS bu yanıtı, nedenini belirten bir Warning başlık alanıyla göndermelidir "
     "(SHOULD; bölüm 13.3.1.3); gövde, UAS'nin desteklediği medyayı tanımlayabilir (MAY)."sv},
    {status::bad_event, "Hatalı Olay"sv,
     "Sunucu, Event başlık alanındaki olay paketini tanımadı. Bir bildirici, paketini tanımadığı bir "
     "SUBSCRIBE isteğine bu yanıtı vermelidir (SHOULD; RFC 6665 bölüm 4.2.1.1); bir abone de paketini "
     "desteklemediği bir NOTIFY isteğine bu yanıtı verir (bölüm 4.1.3)."sv},
    {status::request_pending, "Bekleyen İstek Var"sv,
     "Bir UAS, aynı diyalogda kendi bekleyen isteği varken bu isteği aldı; örneğin iki re-INVITE isteği "
     "çakıştı. UAC, RFC 3261 bölüm 14.1'deki rastgele süre kadar bekleyip bir kez daha denemelidir "
     "(SHOULD)."sv},
    {status::undecipherable, "Şifresi Çözülemiyor"sv,
     "İstek, UAS'nin anahtarına sahip olmadığı ya da anahtarını vermeyeceği için şifresini çözemediği "
     "şifreli bir MIME gövdesi taşıyordu. Yanıt, bu kullanıcı aracısına gidecek gövdeleri şifrelemek "
     "için kullanılacak açık anahtarı içeren tek bir gövde taşıyabilir (MAY; bölüm 23.2)."sv},
    {status::security_agreement_required, "Güvenlik Anlaşması Gerekli"sv,
     "Sunucu, isteği işlemeden önce bir güvenlik anlaşması istiyor. Yanıt mekanizmalarını "
     "Security-Server başlık alanlarında listelemek zorundadır (MUST; anlaşmayı sunucu başlattıysa "
     "Require: sec-agree de eklenir); istemci, tanıdığı mekanizmalar içinde q değeri en yüksek olanı "
     "başlatmak zorundadır (MUST)."sv},
    {status::server_internal_error, "Sunucu İç Hatası"sv,
     "Sunucu, isteği yerine getirmesini engelleyen beklenmedik bir durumla karşılaştı. İstemci birkaç "
     "saniye sonra yeniden deneyebilir (MAY); durum geçiciyse sunucu bunun ne zaman olabileceğini bir "
     "Retry-After başlık alanıyla bildirebilir (MAY)."sv},
    {status::not_implemented, "Uygulanmadı"sv,
     "Sunucu, isteğin gerektirdiği işlevi desteklemiyor; örneğin bir UAS yöntemi hiçbir kullanıcı için "
     "tanımıyor. 405'ten farklı olarak yöntem hiç tanınmıyor."sv},
    {status::bad_gateway, "Hatalı Ağ Geçidi"sv,
     "Ağ geçidi ya da vekil sunucu olarak çalışan sunucu, isteği karşılamak için başvurduğu sonraki "
     "sunucudan geçersiz bir yanıt aldı."sv},
    {status::service_unavailable, "Hizmet Kullanılamıyor"sv,
     "Sunucu aşırı yük ya da bakım nedeniyle geçici olarak hizmet veremiyor. Ne zaman yeniden "
     "denenebileceğini Retry-After ile bildirebilir (MAY); bildirmezse istemci 500 almış gibi davranmak "
     "zorundadır (MUST). İstemci başka bir sunucu denemeli (SHOULD), Retry-After süresince bu sunucuya "
     "başka istek göndermemelidir (SHOULD NOT)."sv},
    {status::server_time_out, "Sunucu Zaman Aşımı"sv,
     "Sunucu, başvurduğu dış bir sunucudan, örneğin bir konum sunucusundan, zamanında yanıt alamadı. "
     "İsteğin Expires başlık alanının verdiği süre dolduysa bunun yerine 408 gönderilir."sv},
    {status::version_not_supported, "Sürüm Desteklenmiyor"sv,
     "Sunucu, isteğin SIP sürümünü desteklemiyor ya da desteklemeyi reddediyor; isteği istemcinin ana "
     "sürümüyle, bu hata dışında, tamamlamayacak."sv},
    {status::message_too_large, "Mesaj Çok Büyük"sv,
     "Mesajın uzunluğu sunucunun kapasitesini aştığı için sunucu isteği işleyemedi."sv},
    {status::push_notification_service_not_supported, "Anlık Bildirim Hizmeti Desteklenmiyor"sv,
     "Vekil sunucu, REGISTER isteğinin pn-provider URI parametresinde belirtilen anlık bildirim "
     "hizmetini desteklemiyor. İstemci anlık bildirim olmadan ya da başka bir hizmetle kaydolabilir."sv},
    {status::precondition_failure, "Ön Koşul Sağlanamadı"sv,
     "Sunucu, teklifteki ön koşulları, örneğin hizmet kalitesi için kaynak ayrılmasını, karşılayamıyor "
     "ya da karşılamak istemiyor. Oturum kurulmaz."sv},
    {status::busy_everywhere, "Her Yerde Meşgul"sv,
     "Aranana ulaşıldı, aranan meşgul ve sesli mesaj gibi başka hiçbir uç nokta çağrıyı yanıtlamayacak; "
     "öyle değilse 486 gönderilir. Retry-After başlık alanıyla aramak için daha uygun bir zaman "
     "önerebilir (MAY)."sv},
    {status::decline, "Reddedildi"sv,
     "Aranana ulaşıldı ama aranan açıkça katılmak istemiyor ya da katılamıyor ve başka hiçbir uç nokta "
     "yanıtlamayacak. Retry-After başlık alanıyla daha uygun bir zaman önerebilir (MAY)."sv},
    {status::does_not_exist_anywhere, "Hiçbir Yerde Yok"sv,
     "Sunucunun elindeki yetkili bilgiye göre Request-URI'de adı geçen kullanıcı yalnızca bu adreste "
     "değil, hiçbir yerde yok; adresi başka bir yerde denemenin anlamı yoktur."sv},
    {status::not_acceptable_anywhere, "Hiçbir Yerde Kabul Edilemez"sv,
     "Kullanıcıya ulaşıldı ve kullanıcı iletişim kurmak istiyor, ama tanımlanan oturumu "
     "destekleyemiyor: medyası, bant genişliği ya da adresleme biçimi kabul edilemez. Yanıt nedenleri "
     "bir Warning başlık alanında listeleyebilir (MAY; bölüm 20.43'teki uyarı kodları)."sv},
    {status::unwanted, "İstenmeyen Çağrı"sv,
     "Aranan taraf, arayanın kim olduğu yüzünden bu çağrıyı ya da mesajı istemiyor. INVITE, MESSAGE, "
     "SUBSCRIBE ya da diyalog dışı başka bir isteğe verilebilir (MAY); alıcılar herhangi bir 6xx için "
     "gerekenin ötesinde bir şey yapmak zorunda değildir, hizmet sağlayıcılar ise bu bilgiyi çağrı "
     "filtrelemede kullanabilir (MAY; RFC 8197 bölüm 4)."sv},
    {status::rejected, "Aracı Tarafından Reddedildi"sv,
     "Çağrıyı aranan değil bir aracı reddetti; genellikle çağrı analitiği çağrıyı istenmeyen olarak "
     "değerlendirdiği için. Bir Call-Info başlık alanı itiraz için bir iletişim adresi verebilir."sv},
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
     "Oturum tanımının istediği dillerin hiçbiri desteklenmiyor; uyarı metni desteklenen dilleri ve "
     "medyayı listeler."sv},
    {330, "Çoklu yayın kullanılamıyor"sv, "Kullanıcının bulunduğu yer çoklu yayını (multicast) desteklemiyor."sv},
    {331, "Tekli yayın kullanılamıyor"sv,
     "Kullanıcının bulunduğu yer tekli yayın (unicast) iletişimini desteklemiyor; bunun nedeni "
     "genellikle bir güvenlik duvarıdır."sv},
    {370, "Yetersiz bant genişliği"sv,
     "Oturum tanımının verdiği ya da medyanın gerektirdiği bant genişliği, kullanılabilir olduğu "
     "bilinen bant genişliğini aşıyor."sv},
    {380, "SIPS'e izin verilmiyor"sv,
     "UAS ya da vekil sunucu, SIPS şemasına izin verilmediği için isteği işleyemiyor; örneğin kayıtlı "
     "hiçbir SIPS adresi yok."sv},
    {381, "SIPS gerekli"sv, "UAS ya da vekil sunucu, SIPS şeması gerektiği için isteği işleyemiyor."sv},
    {399, "Çeşitli uyarı"sv,
     "Bir kişinin okuması ya da günlüğe yazılması için başka herhangi bir bilgi; bu uyarıyı alan bir "
     "sistem hiçbir otomatik işlem yapmamalıdır (MUST NOT)."sv},
};

}  // namespace detail

namespace lang {

/// Turkish: every code of the table, in Turkish words a telecom engineer uses.
inline constexpr language_pack tr{detail::turkish_tag, detail::turkish_name, detail::turkish_rows,
                                  detail::turkish_warnings};
static_assert(covers_all(tr), "the Turkish pack has one row for every code of the table and every warn-code");

}  // namespace lang

SIPCODES_NAMESPACE_END

#endif  // SIPCODES_LANG_TR_HPP
