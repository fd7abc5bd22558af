// sipcodes add-on: the Turkish language pack, sipcodes::lang::tr: a reason
// phrase and a description in Turkish for every code of the table.
//
// Copyright (c) 2026 the sipcodes authors.
// Distributed under the Boost Software License, Version 1.0
// (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
//
// This file is UTF-8. Every phrase is a valid RFC 3261 Reason-Phrase, so it
// can go on the wire as it is:
//   sipcodes::localized_reason(486, sipcodes::lang::tr)  -> "Meşgul"
//   sipcodes::description(486, sipcodes::lang::tr)       -> "Aranan tarafın ..."
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
     "Bir sonraki atlama isteği aldı ve üzerinde çalışıyor. INVITE isteğinin yeniden gönderilmesini "
     "durdurur; durum bilgisi tutan bir vekil sunucu bu yanıtı arayan tarafa iletmez."sv},
    {status::ringing, "Çalıyor"sv,
     "Aranan tarafın kullanıcı aracısı INVITE isteğini aldı ve kullanıcıyı uyarıyor. Arayan taraf, son "
     "yanıt gelene kadar yerel çalma sesi verebilir."sv},
    {status::call_is_being_forwarded, "Çağrı Yönlendiriliyor"sv,
     "Bir sunucu çağrıyı farklı bir hedef kümesine yönlendiriyor. Arayan taraf son yanıtı beklemeyi "
     "sürdürür."sv},
    {status::queued, "Sırada"sv,
     "Aranan geçici olarak müsait değil ve sunucu çağrıyı reddetmek yerine sıraya aldı. Aranan müsait "
     "olunca son yanıt gelir; yanıt metni sıradaki konum gibi ayrıntılar verebilir."sv},
    {status::session_progress, "Oturum İlerliyor"sv,
     "Başka bir geçici yanıta uymayan çağrı ilerleme bilgisini taşır; çoğu zaman erken medya için bir "
     "oturum tanımı içerir. Arayan taraf son yanıtı beklemeyi sürdürür."sv},
    {status::early_dialog_terminated, "Erken Diyalog Sonlandı"sv,
     "Çatallayan bir vekil sunucu ya da UAS, son yanıt gönderilmeden önce erken diyaloglardan birinin sona "
     "erdiğini bildirir. İstemci o erken diyalog için ayırdığı kaynakları serbest bırakır; bu yanıt "
     "yalnızca 199 kodunu desteklediğini belirten istemcilere gönderilir."sv},
    {status::ok, "Tamam"sv,
     "İstek başarıyla tamamlandı. INVITE isteğine verilen 2xx yanıt diyaloğu kurar ve arayan taraf bunu "
     "ACK ile onaylar."sv},
    {status::accepted, "Kabul Edildi"sv,
     "İstek işlenmek üzere kabul edildi ama henüz tamamlanmadı; SUBSCRIBE ve REFER için kullanılırdı. RFC "
     "6665 bu kodu kullanımdan kaldırır: yerine 200 gönderilmeli, gelen 202 de 200 gibi işlenmelidir."sv},
    {status::no_notification, "Bildirim Yok"sv,
     "Koşullu bir SUBSCRIBE isteği başarılı oldu ve abone güncel duruma zaten sahip olduğu için NOTIFY "
     "gönderilmeyecek. Abone elindeki durum bilgisini kullanmaya devam eder."sv},
    {status::multiple_choices, "Birden Çok Seçenek"sv,
     "Adres, Contact başlık alanlarında listelenen birden çok konuma çözüldü. İstemci ya da kullanıcı "
     "bunlardan birini veya birkaçını seçip isteği orada yeniden dener."sv},
    {status::moved_permanently, "Kalıcı Olarak Taşındı"sv,
     "Kullanıcı artık Request-URI'deki adreste bulunmuyor; yeni adres Contact başlık alanında verilir. "
     "Arayan taraf rehberini günceller ve isteği yeni adreste yeniden dener."sv},
    {status::moved_temporarily, "Geçici Olarak Taşındı"sv,
     "Kullanıcıya geçici olarak Contact başlık alanındaki adresten ulaşılabilir. İstemci isteği bu adreste "
     "yeniden dener ve adresi Expires değerinin belirttiği süre boyunca saklayabilir."sv},
    {status::see_other, "Diğerine Bakın"sv,
     "RFC 2543'te yönlendirme kodları arasında listelenmiş ama orada hiç tanımlanmamıştır ve RFC 3261 bu "
     "kodu kaldırmıştır. Alıcı onu bilinmeyen herhangi bir 3xx gibi, yani 300 olarak işler."sv},
    {status::use_proxy, "Vekil Sunucu Kullanın"sv,
     "Kaynağa yalnızca Contact başlık alanında belirtilen vekil sunucu üzerinden erişilebilir. İstemci "
     "isteği o vekil sunucu aracılığıyla yeniden gönderir; bu yanıtı yalnızca bir UAS üretebilir."sv},
    {status::alternative_service, "Alternatif Hizmet"sv,
     "Çağrı başarısız oldu, ancak mesaj gövdesinde açıklanan alternatif hizmetler mümkün. İstemci bunları "
     "kullanıcıya sunabilir."sv},
    {status::bad_request, "Hatalı İstek"sv,
     "İstek, söz dizimi hatalı olduğu için anlaşılamadı; yanıt metni eksik bir başlık alanı gibi sorunu "
     "belirtmelidir. İstemci isteği değiştirmeden yeniden göndermemelidir."sv},
    {status::unauthorized, "Yetkisiz"sv,
     "İstek kullanıcı kimlik doğrulaması gerektiriyor; kullanıcı aracısı sunucuları ve kayıt sunucuları bu "
     "yanıtı bir WWW-Authenticate sınamasıyla gönderir. İstemci isteği Authorization başlık alanında "
     "kimlik bilgileriyle yeniden gönderir."sv},
    {status::payment_required, "Ödeme Gerekli"sv,
     "İleride kullanılmak üzere ayrılmıştır: RFC 3261 bu koda bir anlam vermez. Alıcı onu 400 gibi işler."sv},
    {status::forbidden, "Yasak"sv,
     "Sunucu isteği anladı ama yerine getirmeyi reddediyor; kimlik doğrulama da sonucu değiştirmez. "
     "İstemci isteği tekrarlamamalıdır."sv},
    {status::not_found, "Bulunamadı"sv,
     "Kullanıcı Request-URI'deki alan adında bulunmuyor ya da alan adı bu sunucunun hizmet verdiği "
     "alanlardan biri değil. Aynı adresi bu sunucuda yeniden denemek işe yaramaz."sv},
    {status::method_not_allowed, "Yönteme İzin Verilmiyor"sv,
     "Yöntem anlaşıldı ancak Request-URI'deki adres için izin verilmiyor. Yanıt, izin verilen yöntemleri "
     "bir Allow başlık alanında listeler."sv},
    {status::not_acceptable, "Kabul Edilemez"sv,
     "Kaynak yalnızca isteğin Accept başlık alanlarının kabul etmediği içerik üretebiliyor. İstemci daha "
     "geniş bir kabul listesiyle yeniden deneyebilir."sv},
    {status::proxy_authentication_required, "Vekil Sunucu Kimlik Doğrulaması Gerekli"sv,
     "401 gibidir, ancak istemcinin önce bir vekil sunucuda kimliğini doğrulaması gerekir; vekil sunucu "
     "bir Proxy-Authenticate sınaması gönderir. İstemci isteği Proxy-Authorization başlık alanıyla yeniden "
     "gönderir."sv},
    {status::request_timeout, "İstek Zaman Aşımı"sv,
     "Sunucu zamanında son yanıt üretemedi; örneğin kullanıcının yerini bulamadı. İstemci isteği daha "
     "sonra tekrarlayabilir."sv},
    {status::conflict, "Çakışma"sv,
     "RFC 2543: istek, kaynağın mevcut durumuyla çeliştiği için tamamlanamadı. RFC 3261 bu kodu "
     "kaldırmıştır; alıcı onu 400 gibi işler."sv},
    {status::gone, "Artık Yok"sv,
     "Kaynak artık bu sunucuda bulunmuyor, bilinen bir yönlendirme adresi yok ve durumun kalıcı olması "
     "bekleniyor. İstemci yeniden denememelidir."sv},
    {status::length_required, "Uzunluk Gerekli"sv,
     "RFC 2543: sunucu, Content-Length değeri belirtilmeyen bir isteği reddeder. RFC 3261 bu kodu "
     "kaldırmıştır; alıcı onu 400 gibi işler."sv},
    {status::conditional_request_failed, "Koşullu İstek Başarısız"sv,
     "Koşullu bir isteğin koşulu sağlanmadı; örneğin SIP-If-Match varlık etiketi artık hiçbir yayına "
     "karşılık gelmeyen bir PUBLISH. İstemci varlık etiketi olmadan yeni bir yayın başlatır."sv},
    {status::request_entity_too_large, "İstek Gövdesi Çok Büyük"sv,
     "İstek gövdesi sunucunun işleyeceğinden büyük. Durum geçiciyse bir Retry-After başlık alanı "
     "istemcinin ne zaman yeniden deneyebileceğini bildirir."sv},
    {status::request_uri_too_long, "İstek URI'si Çok Uzun"sv,
     "Request-URI, sunucunun yorumlayacağından uzun. İstemci aynı URI ile yeniden denememelidir."sv},
    {status::unsupported_media_type, "Desteklenmeyen Ortam Türü"sv,
     "Mesaj gövdesi, sunucunun bu yöntem için desteklemediği bir biçimde. Yanıt kabul ettiklerini Accept, "
     "Accept-Encoding veya Accept-Language ile bildirir; istemci bunlara uyarak yeniden deneyebilir."sv},
    {status::unsupported_uri_scheme, "Desteklenmeyen URI Şeması"sv,
     "Sunucu Request-URI'deki şemayı desteklemiyor. İstemci bu sunucuya aynı şemayla yeniden "
     "denememelidir."sv},
    {status::unknown_resource_priority, "Bilinmeyen Kaynak Önceliği"sv,
     "İstek kaynak önceliğini zorunlu kıldı, ancak sunucu Resource-Priority ad alanını veya değerini "
     "tanımıyor. Yanıt kabul ettiklerini Accept-Resource-Priority başlık alanında listeler."sv},
    {status::bad_extension, "Hatalı Uzantı"sv,
     "Sunucu, Require veya Proxy-Require içinde listelenen bir seçenek etiketini desteklemiyor. Bunları "
     "bir Unsupported başlık alanında listeler; istemci bu uzantılar olmadan yeniden deneyebilir."sv},
    {status::extension_required, "Uzantı Gerekli"sv,
     "Sunucunun, isteğin Supported alanında yer almayan bir uzantıya ihtiyacı var. Seçenek etiketi bir "
     "Require başlık alanında verilir; istemci bu uzantıyı destekleyerek yeniden dener."sv},
    {status::session_interval_too_small, "Oturum Aralığı Çok Kısa"sv,
     "İsteğin Session-Expires değeri, sunucunun kabul ettiği en küçük değerden düşük. Yanıt Min-SE taşır; "
     "istemci en az o uzunlukta bir oturum aralığıyla yeniden dener."sv},
    {status::interval_too_brief, "Süre Çok Kısa"sv,
     "İsteğin istediği geçerlilik süresi, örneğin REGISTER veya SUBSCRIBE için, çok kısa. Yanıt "
     "Min-Expires taşır; istemci en az bu değerle yeniden dener."sv},
    {status::bad_location_information, "Hatalı Konum Bilgisi"sv,
     "İstekteki konum bilgisi hatalı ya da yönlendirme için yetersiz. Yanıttaki Geolocation-Error başlık "
     "alanı sorunun ne olduğunu belirtir."sv},
    {status::bad_alert_message, "Hatalı Uyarı Mesajı"sv,
     "Etkileşimsiz bir acil durum çağrısı, alıcının hatalı ya da kabul edilemez bulduğu bir Ortak Uyarı "
     "Protokolü (CAP) mesajı taşıyordu. Yanıttaki AlertMsg-Error başlık alanı nedenini belirtir."sv},
    {status::use_identity_header, "Kimlik Başlığı Kullanın"sv,
     "Doğrulama hizmeti bir Identity başlık alanı istiyor ve istekte bu alan yok. İstek, bu alanı ekleyen "
     "bir kimlik doğrulama hizmeti üzerinden yeniden gönderilmelidir."sv},
    {status::provide_referrer_identity, "Yönlendirenin Kimliğini Bildirin"sv,
     "Yönlendirilen taraf ya da yönlendirme hedefi geçerli bir Referred-By belirteci istiyor; istekte yok "
     "ya da geçersiz. Yönlendiren taraf REFER isteğini Referred-By belirteciyle yeniden gönderebilir."sv},
    {status::flow_failed, "Akış Başarısız"sv,
     "Bir kenar vekil sunucu, hedef kullanıcı aracısına giden SIP Outbound akışının koptuğunu bildirir. "
     "Yetkili vekil sunucu bu akışı kullanan kaydı bırakır ve diğer kayıtları dener."sv},
    {status::anonymity_disallowed, "Anonimliğe İzin Verilmiyor"sv,
     "Sunucu, istek sahibi anonim olduğu için isteği reddediyor. İstemci, kullanıcısı onaylamadıkça "
     "anonimliği kaldırarak yeniden denememelidir."sv},
    {status::bad_identity_info, "Hatalı Kimlik Bilgisi"sv,
     "Doğrulayıcı, kimlik belgesini almak için Identity başlık alanındaki info parametresine erişemedi. "
     "İstek reddedilir."sv},
    {status::unsupported_credential, "Desteklenmeyen Kimlik Belgesi"sv,
     "Doğrulayıcı, Identity başlık alanını imzalayan kimlik belgesini doğrulayamadı; örneğin belgeyi "
     "verene güvenmiyor. İstek reddedilir."sv},
    {status::invalid_identity_header, "Geçersiz Kimlik Başlığı"sv,
     "Identity başlık alanındaki imza istekle doğrulanamıyor. İstek reddedilir."sv},
    {status::first_hop_lacks_outbound_support, "İlk Atlamada Outbound Desteği Yok"sv,
     "Kayıt sunucusu SIP Outbound'u destekliyor ama ilk atlamadaki vekil sunucu desteklemiyor; bu yüzden "
     "kayıt bu özelliği kullanamaz. İstemci Outbound olmadan yeniden kaydolabilir."sv},
    {status::max_breadth_exceeded, "Max-Breadth Aşıldı"sv,
     "Bir vekil sunucu, Max-Breadth hakkı tükendiği için isteği çatallayamıyor. İstemci daha sonra ya da "
     "daha az paralel kolla yeniden deneyebilir."sv},
    {status::bad_info_package, "Hatalı Bilgi Paketi"sv,
     "Bir INFO isteği, alıcının kabul ettiğini bildirmediği bir Bilgi Paketi kullandı. Yanıt kabul edilen "
     "paketleri Recv-Info içinde listeler ve diyalog sürer."sv},
    {status::consent_needed, "Onay Gerekli"sv,
     "Bir aktarıcı, isteği onay vermemiş alıcılara göndermeyi reddediyor. Yanıt bu alıcıları "
     "Permission-Missing içinde listeler; istemci önce onların iznini almalıdır."sv},
    {status::temporarily_unavailable, "Geçici Olarak Ulaşılamıyor"sv,
     "Aranan tarafın uç sistemine ulaşıldı ama aranan şu anda müsait değil; örneğin oturum açmamış. "
     "Retry-After başlık alanı daha uygun bir zaman önerebilir."sv},
    {status::call_transaction_does_not_exist, "Çağrı veya İşlem Yok"sv,
     "İstek var olan hiçbir diyaloğa ya da işleme karşılık gelmiyor; bilinmeyen bir çağrı için gelen BYE "
     "veya CANCEL gibi. İstemci isteği değiştirmeden yeniden denememelidir."sv},
    {status::loop_detected, "Döngü Algılandı"sv,
     "Sunucu, isteğin bir döngüye girip kendisine geri geldiğini tespit etti. İstemci isteği değiştirmeden "
     "yeniden denememelidir."sv},
    {status::too_many_hops, "Çok Fazla Atlama"sv,
     "İstek, Max-Forwards değeri sıfıra inmiş olarak bir sunucuya ulaştı. İstemci isteği değiştirmeden "
     "yeniden denememelidir."sv},
    {status::address_incomplete, "Eksik Adres"sv,
     "Request-URI eksik; örneğin numara hane hane çevriliyor. Kullanıcı adresin devamını verdiğinde "
     "istemci yeniden deneyebilir."sv},
    {status::ambiguous, "Belirsiz"sv,
     "Request-URI birden çok kullanıcıyla eşleşiyor; yanıt bunları Contact başlık alanlarında "
     "listeleyebilir. İstemci kullanıcıdan birini seçmesini isteyebilir."sv},
    {status::busy_here, "Meşgul"sv,
     "Aranan tarafın uç sistemine ulaşıldı ama aranan şu anda orada başka bir çağrı alamıyor ya da almak "
     "istemiyor. Retry-After daha uygun bir zaman önerebilir; arananın sesli mesaj gibi başka bir yoldan "
     "ulaşılabilir olması mümkündür."sv},
    {status::request_terminated, "İstek Sonlandırıldı"sv,
     "İstek tamamlanmadan bir BYE veya CANCEL ile sonlandırıldı. İptal edilen bir INVITE isteğine verilen "
     "olağan son yanıttır."sv},
    {status::not_acceptable_here, "Burada Kabul Edilemez"sv,
     "İsteğin oturum tanımı, örneğin medya türleri veya kodekler, bu kullanıcı aracısı için kabul "
     "edilemez. Bir Warning başlık alanı nedenini belirtebilir; istemci başka bir teklifle yeniden "
     "deneyebilir."sv},
    {status::bad_event, "Hatalı Olay"sv,
     "Sunucu, SUBSCRIBE veya NOTIFY isteğinin Event başlık alanındaki olay paketini tanımıyor. Yanıt "
     "desteklediği paketleri Allow-Events içinde listeler."sv},
    {status::request_pending, "Bekleyen İstek Var"sv,
     "Sunucunun aynı diyalogda kendi bekleyen bir isteği vardı; örneğin iki re-INVITE isteği çakıştı. "
     "İstemci, RFC 3261 bölüm 14.1'in belirlediği rastgele bekleme süresinden sonra yeniden dener."sv},
    {status::undecipherable, "Çözülemiyor"sv,
     "İstek, sunucunun anahtarı olmadığı için çözemediği bir S/MIME gövdesi taşıyordu. Yanıt kullanılacak "
     "anahtarı taşıyabilir; istemci bununla yeniden deneyebilir."sv},
    {status::security_agreement_required, "Güvenlik Anlaşması Gerekli"sv,
     "Sunucu, isteği işlemeden önce bir güvenlik anlaşması yapılmasını istiyor. Yanıt mekanizmalarını "
     "Security-Server başlık alanlarında listeler; istemci bunlardan birini kullanarak yeniden dener."sv},
    {status::server_internal_error, "Sunucu İç Hatası"sv,
     "Sunucu, isteği yerine getirmesini engelleyen beklenmedik bir durumla karşılaştı. Durum geçiciyse "
     "Retry-After başlık alanı istemcinin ne zaman yeniden deneyebileceğini bildirir."sv},
    {status::not_implemented, "Uygulanmadı"sv,
     "Sunucu, isteğin gerektirdiği işlevi, genellikle yöntemi, hiçbir kullanıcı için desteklemiyor. "
     "405'ten farklı olarak yöntem hiç tanınmıyor."sv},
    {status::bad_gateway, "Hatalı Ağ Geçidi"sv,
     "Ağ geçidi ya da vekil sunucu olarak çalışan sunucu, sonraki sunucudan geçersiz bir yanıt aldı. "
     "İstemci başka bir yol deneyebilir."sv},
    {status::service_unavailable, "Hizmet Kullanılamıyor"sv,
     "Sunucu aşırı yük ya da bakım nedeniyle geçici olarak hizmet veremiyor. Retry-After başlık alanı ne "
     "zaman yeniden denenebileceğini bildirir; istemci bu arada başka bir sunucu deneyebilir."sv},
    {status::server_time_out, "Sunucu Zaman Aşımı"sv,
     "Sunucu, başvurduğu bir sunucudan, örneğin bir konum sunucusundan, zamanında yanıt alamadı. İstemci "
     "daha sonra yeniden deneyebilir."sv},
    {status::version_not_supported, "Sürüm Desteklenmiyor"sv,
     "Sunucu, isteğin kullandığı SIP sürümünü desteklemiyor. İstemci sunucunun desteklediği bir sürümle "
     "yeniden dener."sv},
    {status::message_too_large, "Mesaj Çok Büyük"sv,
     "Mesaj, sunucunun işleyebileceğinden uzun. İstemci daha küçük bir mesajla, örneğin akış tabanlı bir "
     "aktarım üzerinden, yeniden deneyebilir."sv},
    {status::push_notification_service_not_supported, "Anlık Bildirim Hizmeti Desteklenmiyor"sv,
     "Vekil sunucu, REGISTER isteğinin pn-provider URI parametresinde belirtilen anlık bildirim hizmetini "
     "desteklemiyor. İstemci anlık bildirim olmadan ya da başka bir hizmetle kaydolabilir."sv},
    {status::precondition_failure, "Ön Koşul Sağlanamadı"sv,
     "Sunucu, teklifteki ön koşulları, örneğin hizmet kalitesi için kaynak ayrılmasını, karşılayamıyor ya "
     "da karşılamak istemiyor. Oturum kurulmaz."sv},
    {status::busy_everywhere, "Her Yerde Meşgul"sv,
     "Aranana ulaşıldı; aranan meşgul ve çağrıyı başka hiçbir uç noktanın yanıtlamayacağını biliyor. "
     "Retry-After başlık alanı daha uygun bir zaman önerebilir."sv},
    {status::decline, "Reddedildi"sv,
     "Aranana ulaşıldı ama aranan çağrıya katılmak istemiyor ya da katılamıyor. Retry-After başlık alanı "
     "daha uygun bir zaman önerebilir."sv},
    {status::does_not_exist_anywhere, "Hiçbir Yerde Yok"sv,
     "Sunucu, Request-URI'deki kullanıcının hiçbir yerde bulunmadığına dair kesin bilgiye sahip. İstemci "
     "bu adresi başka yerde denememelidir."sv},
    {status::not_acceptable_anywhere, "Hiçbir Yerde Kabul Edilemez"sv,
     "Kullanıcıya ulaşıldı, ancak oturum tanımının medya ya da bant genişliği gibi bir yönü hiçbir yerde "
     "kabul edilemez. Bir Warning başlık alanı nedenini belirtebilir; istemci başka bir teklifle yeniden "
     "deneyebilir."sv},
    {status::unwanted, "İstenmeyen Çağrı"sv,
     "Aranan taraf bu çağrıyı ya da mesajı istemiyor ve arayanı istenmeyen olarak işaretliyor; sonraki "
     "denemeler de büyük olasılıkla reddedilecek. Ağlar bunu çağrı süzme için kullanabilir."sv},
    {status::rejected, "Aracı Tarafından Reddedildi"sv,
     "Çağrıyı aranan değil bir aracı reddetti; genellikle çağrı analitiği çağrıyı istenmeyen olarak "
     "değerlendirdiği için. Bir Call-Info başlık alanı itiraz için bir iletişim adresi verebilir."sv},
};

}  // namespace detail

namespace lang {

/// Turkish: every code of the table, in Turkish words a telecom engineer uses.
inline constexpr language_pack tr{detail::turkish_tag, detail::turkish_name, detail::turkish_rows};
static_assert(covers_all(tr), "the Turkish pack has one row for every code of the table");

}  // namespace lang

SIPCODES_NAMESPACE_END

#endif  // SIPCODES_LANG_TR_HPP
