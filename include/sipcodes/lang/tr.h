/* lang/tr.h: GENERATED, do not edit.
 *
 * cmake/c_headers/generate_c_headers.cpp wrote it from include/sipcodes/lang/tr.hpp
 * (sipcodes 2.1.0) and the template cmake/c_headers/tr.h.in, which holds
 * its C functions. To change it, change one of those and regenerate
 * (from the top of the source tree; any top-level build will do):
 *     cmake -S . -B build && cmake --build build --target sipcodes_c_headers
 * The test c_headers_up_to_date fails while it differs from what the
 * generator writes. */

/*
 * lang/tr.h: the Turkish texts of sipcodes, for C and C++: a reason phrase
 * and a description for every code of the table, a warn-text and a
 * description for every warn-code. They are the C++ pack
 * sipcodes::lang::tr's (<sipcodes/lang/tr.hpp>); a test compares the two.
 *
 * Copyright (c) 2026 the sipcodes authors.
 * Distributed under the Boost Software License, Version 1.0
 * (see LICENSE or https://www.boost.org/LICENSE_1_0.txt).
 *
 * This file is UTF-8, and so are its texts (compile it as UTF-8: MSVC needs
 * /utf-8). Every phrase is a valid RFC 3261 Reason-Phrase, so it can go on
 * the wire as it is:
 *   sipcodes_tr_reason_phrase(486)  -> "Meşgul"
 *   sipcodes_tr_warning_text(370)   -> "Yetersiz bant genişliği"
 *
 * It includes ../sipcodes.h and follows its rules: its functions are
 * compiled in the unit that defines SIPCODES_IMPLEMENTATION (include this
 * header there too), or privately in each unit under SIPCODES_STATIC.
 */

#ifndef SIPCODES_LANG_TR_H
#define SIPCODES_LANG_TR_H

#include "../sipcodes.h"

#if SIPCODES_VERSION_MAJOR != 2 || SIPCODES_VERSION_MINOR != 1 || SIPCODES_VERSION_PATCH != 0
#error "sipcodes/lang/tr.h is sipcodes 2.1.0, and the sipcodes.h it found is another version"
#endif

/* The language's BCP 47 tag, and its name in itself. */
#define SIPCODES_TR_TAG "tr"
#define SIPCODES_TR_NAME "Türkçe"

/* The link names, versioned as sipcodes.h's whenever its are (the mode of
   the unit's first sipcodes header). */
#if !SIPCODES_DETAIL_MODE_STATIC
#define sipcodes_tr_reason_phrase SIPCODES_DETAIL_LINK_NAME(sipcodes_tr_reason_phrase)
#define sipcodes_tr_description SIPCODES_DETAIL_LINK_NAME(sipcodes_tr_description)
#define sipcodes_tr_warning_text SIPCODES_DETAIL_LINK_NAME(sipcodes_tr_warning_text)
#define sipcodes_tr_warning_description SIPCODES_DETAIL_LINK_NAME(sipcodes_tr_warning_description)
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* The Turkish reason phrase of a code ("Meşgul"); "" when the code is not in
   the table. */
SIPCODES_DETAIL_API const char *sipcodes_tr_reason_phrase(int code);

/* The Turkish description of a code; "" when the code is not in the table. */
SIPCODES_DETAIL_API const char *sipcodes_tr_description(int code);

/* The Turkish warn-text of a warn-code, and what it reports; "" when the
   registry does not have the code. */
SIPCODES_DETAIL_API const char *sipcodes_tr_warning_text(int code);
SIPCODES_DETAIL_API const char *sipcodes_tr_warning_description(int code);

#ifdef __cplusplus
}
#endif

#endif /* SIPCODES_LANG_TR_H */

/* ===========================================================================
   The data and the functions: in the one unit that defines
   SIPCODES_IMPLEMENTATION, or in every unit under SIPCODES_STATIC.
   =========================================================================== */
#if (SIPCODES_DETAIL_MODE_STATIC || defined(SIPCODES_IMPLEMENTATION)) && !defined(SIPCODES_LANG_TR_H_FUNCTIONS)
#define SIPCODES_LANG_TR_H_FUNCTIONS

#ifdef __cplusplus
extern "C" {
#endif

struct sipcodes_detail_tr_text {
  const char *text;
  const char *description;
};

/* By row of the table (sipcodes_all): the phrase and the description. */
static const struct sipcodes_detail_tr_text sipcodes_detail_tr_rows[SIPCODES_ROW_COUNT] = {
  {/* 100 */ "Deneniyor",
   "İstek bir sonraki atlamaya ulaştı ve orada işleniyor; örneğin bir veritabanı "
   "sorgulanıyor. Her geçici yanıt gibi UAC'nin INVITE yeniden iletimini durdurur; ama öbür "
   "geçici yanıtlardan farklı olarak durum tutan bir vekil sunucu bu yanıtı hiçbir zaman "
   "UAC'ye doğru iletmez."},
  {/* 180 */ "Çalıyor",
   "INVITE'ı alan kullanıcı aracısı gelen çağrıyı kullanıcısına bildiriyor. Arayan "
   "taraf bu yanıt üzerine kendi tarafında çalma sesi üretebilir (MAY)."},
  {/* 181 */ "Çağrı Yönlendiriliyor",
   "Sunucu, çağrının başka bir hedef kümesine yönlendirildiğini bu yanıtla bildirebilir "
   "(MAY). Arayan taraf son yanıtı beklemeye devam eder."},
  {/* 182 */ "Sırada",
   "Aranan geçici olarak müsait değil; sunucu çağrıyı geri çevirmek yerine kuyruğa aldı "
   "ve aranan müsait olduğunda son yanıtı gönderecek. Yanıt ifadesi kuyruktaki sıra gibi "
   "ayrıntılar taşıyabilir (MAY); sunucu arayanı güncel tutmak için birden çok 182 "
   "gönderebilir (MAY)."},
  {/* 183 */ "Oturum İlerliyor",
   "Çağrının ilerleyişine dair, başka hiçbir geçici yanıtın karşılamadığı bilgiyi "
   "taşır. Ayrıntılar yanıt ifadesinde, başlık alanlarında ya da gövdede yer alabilir "
   "(MAY); gövde çoğu zaman erken medya için bir oturum tanımıdır."},
  {/* 199 */ "Erken Diyalog Sonlandı",
   "Çatallama yapan bir vekil sunucu ya da UAS, son yanıt gitmeden önce erken diyaloglardan "
   "birinin bittiğini bildirir; diyaloğu hangi kodun bitirdiğini bir Reason başlık alanı "
   "söyler. İstemci o erken diyalog için ayırdığı kaynakları serbest bırakabilir; 199'u "
   "kabul ettikten sonra o diyalog üzerinden medya göndermesi yasaktır (MUST NOT; RFC 6228 "
   "bölüm 4). Bu yanıt yalnızca Supported içinde 199 seçenek etiketini bildirmiş istemcilere "
   "gönderilir."},
  {/* 200 */ "Tamam",
   "İstek başarıyla sonuçlandı. INVITE'a gelen bir 2xx yanıtı diyalog kurar; UAC, aldığı "
   "her 2xx için ayrı bir ACK göndermek zorundadır (MUST; RFC 3261 bölüm 13.2.2.4)."},
  {/* 202 */ "Kabul Edildi",
   "İstek işlenmek üzere alındı ama henüz sonuçlanmadı; RFC 3265 bu kodu SUBSCRIBE, RFC "
   "3515 de REFER için kullanıyordu. RFC 6665 bölüm 8.3.1 (SUBSCRIBE ve NOTIFY) ve RFC 7647 "
   "bölüm 5 (REFER) kodu kullanımdan kaldırdı: bir öğenin bu isteklere 202 göndermesi "
   "yasaktır (MUST NOT), gelen bir 202'yi 200 gibi işlemesi ise zorunludur (MUST)."},
  {/* 204 */ "Bildirim Yok",
   "Koşullu bir SUBSCRIBE (Suppress-If-Match) başarılı oldu ve tetikleyeceği NOTIFY "
   "gönderilmeyecek, çünkü abonenin elindeki durum zaten günceldir. Bu yanıt yalnızca kurulu "
   "bir diyalog içinde gönderilmiş bir SUBSCRIBE'a verilebilir; abone hem olay durumunu hem "
   "abonelik durumunu değişmemiş saymak zorundadır (MUST; RFC 5839 bölüm 5.2, 7.1)."},
  {/* 300 */ "Birden Çok Seçenek",
   "Adres birden çok konuma çözümlendi; kullanıcı ya da kullanıcı aracısı bunlardan "
   "birini seçer ve isteği oraya yöneltir. Yanıt hangi yönteme verilmiş olursa olsun "
   "seçenekler Contact başlık alanlarında da listelenmelidir (SHOULD; RFC 3261 bölüm 21.3.1); "
   "gövde de onları tarif edebilir (MAY)."},
  {/* 301 */ "Kalıcı Olarak Taşındı",
   "Kullanıcı artık Request-URI'deki adreste bulunmuyor; yeni adresini Contact başlık alanı "
   "verir. İstemci isteği bu adrese yeniden göndermeli (SHOULD), rehberindeki, adres "
   "defterindeki ve konum önbelleğindeki eski kaydı da bu adresle değiştirmelidir (SHOULD)."},
  {/* 302 */ "Geçici Olarak Taşındı",
   "Kullanıcıya şimdilik Contact başlık alanındaki adresten ulaşılıyor; istemci isteği o "
   "adrese yeniden göndermelidir (SHOULD). Adresin ne kadar geçerli kalacağını bir Expires "
   "başlık alanı ya da expires parametresi söylüyorsa istemci adresi o süre boyunca "
   "önbellekte tutabilir (MAY); süre verilmemişse adres yalnızca bu yeniden gönderim için "
   "kullanılır ve önbelleğe alınması yasaktır (MUST NOT)."},
  {/* 303 */ "Başka Adrese Bakın",
   "RFC 2543 bu kodu yeniden yönlendirme kodları arasında saymış ama anlamını hiç "
   "tanımlamamıştı; RFC 3261 de onu listeden çıkardı. Alan taraf onu tanımadığı herhangi "
   "bir 3xx gibi, yani 300 olarak ele alır."},
  {/* 305 */ "Vekil Sunucu Kullanın",
   "İstemci kaynağa, URI'si Contact başlık alanında verilen vekil sunucu üzerinden erişmek "
   "zorundadır (MUST); alıcının bu tek isteği o vekil sunucu üzerinden yeniden göndermesi "
   "beklenir. 305 yanıtını yalnızca UAS'lerin üretmesi zorunludur (MUST)."},
  {/* 380 */ "Alternatif Hizmet",
   "Çağrı kurulamadı; yine de başka hizmet seçenekleri sunulabiliyor ve mesaj gövdesi "
   "bunları anlatıyor (gövde biçimi RFC 3261'de belirlenmemiştir)."},
  {/* 400 */ "Hatalı İstek",
   "Söz dizimi bozuk olduğundan istek anlaşılamadı; yanıt ifadesi sorunu adıyla "
   "belirtmelidir (SHOULD), örneğin \"Missing Call-ID header field\". Her 4xx yanıtından sonra "
   "olduğu gibi istemci aynı isteği değiştirmeden yeniden göndermemelidir (SHOULD NOT)."},
  {/* 401 */ "Yetkisiz",
   "Bu isteğin işlenmesi için kullanıcının kimliğinin doğrulanması gerekiyor. Sınamayı "
   "WWW-Authenticate başlık alanıyla UAS ya da kayıt sunucusu gönderir (vekil sunucular bunun "
   "yerine 407 kullanır); istemci kimlik bilgilerini bir Authorization başlık alanına koyup "
   "isteği yeniden gönderir."},
  {/* 402 */ "Ödeme Gerekli",
   "RFC 3261'de bir anlamı olmayan, ileriki kullanım için ayrılmış bir kod; alan taraf onu "
   "400 gibi ele alır."},
  {/* 403 */ "İzin Verilmedi",
   "Sunucu isteği anladı ama yerine getirmeyi reddediyor; yetkilendirme bilgisi eklemek bu "
   "kararı değiştirmez. İstek yeniden gönderilmemelidir (SHOULD NOT)."},
  {/* 404 */ "Bulunamadı",
   "Sunucu, kullanıcının Request-URI'deki alan adında bulunmadığını kesin olarak biliyor ya "
   "da bu alan adı sunucunun sorumlu olduğu alan adlarından değil. Kullanıcının ne zaman "
   "müsait olacağı bir Retry-After başlık alanıyla bildirilebilir."},
  {/* 405 */ "Yönteme İzin Verilmiyor",
   "Sunucu yöntemi tanıyor, ancak Request-URI'deki adres için bu yönteme izin vermiyor. "
   "Yanıtın, o adreste kullanılabilecek yöntemleri sayan bir Allow başlık alanı içermesi "
   "zorunludur (MUST)."},
  {/* 406 */ "Kabul Edilemez",
   "Kaynağın üretebildiği yanıt içerikleri, isteğin Accept başlık alanlarında kabul "
   "edilenler arasında değil."},
  {/* 407 */ "Vekil Sunucu Kimlik İstiyor",
   "401'e benzer, ancak burada istemci kimliğini önce bir vekil sunucuya kanıtlamak zorundadır "
   "(MUST): vekil sunucu Proxy-Authenticate ile bir sınama gönderir, istemci isteği "
   "Proxy-Authorization ile yeniden gönderir. Telefon ağ geçidi gibi kimlik doğrulama isteyen "
   "bir kanala erişimde de kullanılır."},
  {/* 408 */ "İstek Zaman Aşımı",
   "Sunucu son yanıtı zamanında üretemedi; örneğin kullanıcının nerede olduğunu "
   "bulamadığı için. İstemci aynı isteği değiştirmeden, daha sonra herhangi bir zamanda "
   "yeniden gönderebilir (MAY)."},
  {/* 409 */ "Çakışma",
   "RFC 2543'e göre istek, kaynağın o anki durumuyla çeliştiği için tamamlanamadı. RFC 3261 "
   "kodu kaldırdı; alan taraf onu 400 gibi ele alır."},
  {/* 410 */ "Artık Yok",
   "Kaynak bu sunucuda artık yok, bilinen bir yönlendirme adresi de yok ve durumun kalıcı "
   "olması bekleniyor. Durumun kalıcı olup olmadığını bilemeyen bir sunucu bunun yerine 404 "
   "göndermelidir (SHOULD)."},
  {/* 411 */ "Uzunluk Gerekli",
   "RFC 2543'e göre sunucu, Content-Length değeri belirtilmemiş bir isteği kabul etmez. RFC "
   "3261 kodu kaldırdı; alan taraf onu 400 gibi ele alır."},
  {/* 412 */ "Koşullu İstek Başarısız",
   "Koşullu bir isteğin ön koşulu tutmadı; örneğin bir PUBLISH isteğindeki SIP-If-Match "
   "varlık etiketi sunucudaki hiçbir yayıma karşılık gelmiyor. Yayımcı, SIP-If-Match "
   "içermeyen yeni bir PUBLISH ile baştan başlar."},
  {/* 413 */ "İstek Gövdesi Çok Büyük",
   "İstek gövdesi sunucunun işlemeye razı olduğu boyutu aşıyor; sunucu bağlantıyı "
   "kapatabilir (MAY). Durum geçiciyse sunucu, istemcinin isteği ne kadar süre sonra yeniden "
   "gönderebileceğini (MAY) bildiren bir Retry-After başlık alanı eklemelidir (SHOULD)."},
  {/* 414 */ "İstek URI'si Çok Uzun",
   "Request-URI, sunucunun yorumlamayı kabul ettiği uzunluğu aşıyor. Her 4xx yanıtından "
   "sonra olduğu gibi istemci aynı isteği değiştirmeden yeniden göndermemelidir (SHOULD NOT)."},
  {/* 415 */ "Desteklenmeyen Medya Türü",
   "Mesaj gövdesi, sunucunun bu yöntem için desteklemediği bir biçimde. Sunucu, sorunun "
   "türüne göre kabul ettiklerini bir Accept, Accept-Encoding ya da Accept-Language başlık "
   "alanında listelemek zorundadır (MUST); UAC isteği yalnızca bu listelerdekileri kullanarak "
   "yeniden göndermelidir (SHOULD; RFC 3261 bölüm 8.1.3.5)."},
  {/* 416 */ "Desteklenmeyen URI Şeması",
   "Sunucu, Request-URI'nin şemasını desteklemiyor. İstemci isteği bir SIP URI'siyle yeniden "
   "göndermelidir (SHOULD); ama istek bir SIPS URI'si kullanmışsa isteği kendiliğinden yeniden "
   "göndermesi yasaktır (MUST NOT; RFC 5630 Ek A, RFC 3261 bölüm 8.1.3.5'i günceller)."},
  {/* 417 */ "Bilinmeyen Kaynak Önceliği",
   "İstek Require: resource-priority ile kaynak önceliğini şart koştu, ancak sunucu "
   "Resource-Priority değerlerinin hiçbirini tanımıyor. Yerel politika öngörüyorsa yanıt, "
   "kabul edilen değerleri Accept-Resource-Priority içinde listeleyebilir (MAY); istemci isteği "
   "yeniden gönderebilir (MAY) ve böyle bir liste varsa değerleri ondan seçmelidir (SHOULD)."},
  {/* 420 */ "Hatalı Uzantı",
   "Sunucu, Proxy-Require ya da Require başlık alanındaki bir seçenek etiketini tanımıyor ve "
   "desteklemediklerini bir Unsupported başlık alanında listelemek zorundadır (MUST). İstemci "
   "isteği bu etiketler olmadan yeniden göndermelidir (SHOULD; RFC 3261 bölüm 8.1.3.5)."},
  {/* 421 */ "Uzantı Gerekli",
   "Bu isteği karşılamak için UAS'nin bir uzantıya ihtiyacı var, ama istemci o uzantıyı "
   "Supported başlık alanında bildirmemiş. Yanıtın, gereken uzantıyı sayan bir Require "
   "başlık alanı taşıması zorunludur (MUST). UAS, uzantı olmadan da istemciye gerçekten "
   "hizmet verebiliyorsa bu yanıtı göndermemelidir (SHOULD NOT)."},
  {/* 422 */ "Oturum Aralığı Çok Kısa",
   "İsteğin Session-Expires değeri, UAS'nin ya da vekil sunucunun kabul ettiği en küçük "
   "değerin altında. Yanıtın bir Min-SE başlık alanı taşıması zorunludur (MUST); istemci "
   "isteği en az bu uzunlukta bir oturum aralığıyla yeniden gönderebilir."},
  {/* 423 */ "Süre Çok Kısa",
   "İsteğin yenilediği kaynağın geçerlilik süresi çok kısa. Kayıt sunucusunun REGISTER'a "
   "verdiği 423'ün bir Min-Expires başlık alanı taşıması zorunludur (MUST; RFC 3261 bölüm "
   "10.3). Bir bildirici, Expires değeri sıfırdan büyük, bir saatten kısa ve "
   "yapılandırılmış en küçük değerinin altında olan bir SUBSCRIBE'a, yalnızca bu "
   "durumda, Min-Expires içeren bir 423 verebilir (MAY; RFC 6665 bölüm 4.2.1.1); abonelik "
   "yenileyen bir SUBSCRIBE'ın süresi kabul edilemeyecek kadar kısaysa 423 ile yanıt vermelidir "
   "(SHOULD; bölüm 4.2.1.4). Olay durumu birleştiricisi (ESC), süresi sıfırdan büyük ve "
   "kendi en küçük değerinin altında olan bir PUBLISH isteğine, yalnızca bu durumda, 423 "
   "verebilir (MAY); bu 423'ün Min-Expires taşıması zorunludur (MUST; RFC 3903 bölüm 6). "
   "İstemci isteği en az bu süreyle yeniden gönderir."},
  {/* 424 */ "Hatalı Konum Bilgisi",
   "İstekteki konum bilgisi bozuk, alıcının amacına yetmiyor ya da gösterdiği adresten "
   "alınamadı. Yanıtın bir Geolocation-Error başlık alanı taşıması zorunludur (MUST); "
   "daha doğru bir konum bilen ara öğe, bunu bir sonraki istek için URI olarak değil gövde "
   "içinde geri vermelidir (SHOULD)."},
  {/* 425 */ "Hatalı Acil Uyarı Mesajı",
   "Etkileşimsiz bir acil durum çağrısı (bir MESSAGE), alıcının makul bir acil durum "
   "müdahalesi belirleyemeyeceği kadar bozuk bir Ortak Uyarı Protokolü (CAP) acil uyarısı "
   "taşıyordu; bozuk bir acil uyarıyı bir ara öğe de aynı yolla reddedebilir. Yanıtın, "
   "sorunun ne olduğunu söyleyen bir AlertMsg-Error başlık alanı taşıması zorunludur "
   "(MUST). Acil uyarı taşımayan bir isteğe 425 ile yanıt verilmesi yasaktır (MUST NOT); bir "
   "işlemin son yanıtı olarak 425'in de var olan bir diyaloğu sonlandırması yasaktır (MUST "
   "NOT; RFC 8876 bölüm 5.1)."},
  {/* 428 */ "Kimlik Başlığı Kullanın",
   "Doğrulama hizmetinin yerel politikası bir Identity başlık alanı istiyor, ama istekte "
   "kullanabileceği bir tane yok: ya hiç Identity başlık alanı yok ya da hepsinin ppt "
   "parametresi desteklenmiyor. Doğrulama hizmeti bu durumda 428 göndermek zorundadır (MUST; RFC "
   "8224 bölüm 6.2); ppt desteklenmiyorsa yanıt ifadesi \"Use Supported PASSporT Format\" olabilir."},
  {/* 429 */ "REFER Gönderen Kimliği Gerekli",
   "REFER alan taraf (referee) ya da REFER hedefi geçerli bir Referred-By belirteci istiyor; "
   "istekte ya hiç yoktu ya da geçersizdi. REFER gönderen taraf (referrer), REFER isteğini bir "
   "Referred-By belirteciyle yeniden gönderebilir."},
  {/* 430 */ "Akış Başarısız",
   "Bir kenar vekil sunucu, hedef kullanıcı aracısına giden SIP Outbound akışının "
   "koptuğunu bildirir. Yetkili vekil sunucu bu akışı kullanan kaydı siler ve diğer "
   "kayıtları dener."},
  {/* 433 */ "Gizli Kimliğe İzin Yok",
   "Sunucu, isteği gönderen anonim olduğu için isteği geri çeviriyor. Kullanıcısı bunu "
   "istediğini onaylamadıkça UAC'nin isteği anonimliği kaldırarak yeniden göndermesi "
   "yasaktır (MUST NOT)."},
  {/* 436 */ "Kimlik Bilgisi Alınamadı",
   "Doğrulama hizmeti, Identity başlık alanlarından hiçbirinin imzasını doğrulamak için "
   "gereken kimlik bilgisini edinemedi; örneğin info parametresinin gösterdiği adrese "
   "erişemedi. Sorun giderilebilir: imzalama hizmeti isteği, doğrulayıcının erişebileceği "
   "bir kimlik bilgisini gösteren bir info parametresiyle yeniden gönderebilir."},
  {/* 437 */ "Desteklenmeyen Kimlik Bilgisi",
   "Doğrulama hizmeti, info parametresinin gösterdiği kimlik bilgisine sahip ya da onu "
   "edinebiliyor, ama bu kimlik bilgisini desteklemiyor; örneğin onu veren sertifika otoritesine "
   "ya da imza algoritmasına güvenmiyor."},
  {/* 438 */ "Geçersiz Kimlik Başlığı",
   "İstekteki Identity başlık alanlarının hiçbiri geçerli ve desteklenen bir PASSporT "
   "taşımıyor ve yerel politika bunu ret nedeni sayıyor. Kısa biçimi göndermiş olan "
   "imzalama hizmeti isteği bir kez, tam biçimle yeniden göndermelidir (SHOULD; RFC 8224 bölüm "
   "6.1.1)."},
  {/* 439 */ "İlk Atlamada Outbound Yok",
   "Kayıt sunucusu SIP Outbound'u destekliyor ama ilk atlamadaki vekil sunucu desteklemiyor; bu "
   "yüzden kayıt bu özelliği kullanamıyor. İstemci Outbound olmadan yeniden kaydolabilir."},
  {/* 440 */ "Max-Breadth Aşıldı",
   "Bir vekil sunucunun istediği paralel çatallama için Max-Breadth değeri yetmedi; bu yüzden "
   "istek olası hedeflerin hepsine ulaşmadı. 483'ten sonra olduğu gibi istemci hedef kümesini "
   "daraltabilir: rotalamayı daha dar bir kümeye yöneltebilir ya da isteği daha belirgin hâle "
   "getirebilir."},
  {/* 469 */ "Hatalı Bilgi Paketi",
   "Bir INFO isteği, alıcının kabul ettiğini bildirmediği bir bilgi paketi (Info Package) "
   "kullandı. Yanıtın kabul edilen paketleri bir Recv-Info başlık alanında listelemesi "
   "zorunludur (MUST); diyalog sürer."},
  {/* 470 */ "Onay Gerekli",
   "Bir aktarıcı, en az bir alıcısı için izni olmadığı bir URI listesi aldı. Yanıt bu "
   "alıcıları Permission-Missing başlık alanında belirtmelidir (SHOULD); istemci onları "
   "aktarıcının listesine ekler (örneğin XCAP ile), izinleri ise aktarıcı alır."},
  {/* 480 */ "Geçici Olarak Müsait Değil",
   "Arananın uç sistemine ulaşıldı, ama aranan şu an müsait değil; örneğin oturum "
   "açmamış ya da \"rahatsız etmeyin\" konumunda. Bir vekil sunucu da tanıdığı ama şu an "
   "geçerli bir konumu olmayan bir kullanıcı için bu yanıtı verir. Yanıt, Retry-After ile "
   "daha uygun bir zaman önerebilir (MAY); yanıt ifadesi nedeni belirtmelidir (SHOULD)."},
  {/* 481 */ "Çağrı veya İşlem Yok",
   "Gelen istek var olan hiçbir diyaloğa ya da işleme (transaction) uymuyor; bilinmeyen bir "
   "çağrı için gelen BYE ya da bilinmeyen bir işlem için gelen CANCEL gibi. Hiçbir "
   "aboneliğe uymayan bir NOTIFY alan abone, daha uygun bir 4xx ya da 5xx yoksa bu yanıtı vermek "
   "zorundadır (MUST; RFC 6665 bölüm 4.1.3)."},
  {/* 482 */ "Döngü Algılandı",
   "İstek dolaşıp aynı sunucuya geri geldi ve sunucu bunu bir döngü olarak saptadı (RFC 3261 "
   "bölüm 16.3, RFC 5393'ün güncellediği hâliyle). Her 4xx yanıtından sonra olduğu gibi "
   "istemci aynı isteği değiştirmeden yeniden göndermemelidir (SHOULD NOT)."},
  {/* 483 */ "Atlama Sınırı Aşıldı",
   "İstek bir sunucuya Max-Forwards değeri sıfıra inmiş olarak ulaştı. Her 4xx yanıtından "
   "sonra olduğu gibi istemci aynı isteği değiştirmeden yeniden göndermemelidir (SHOULD NOT)."},
  {/* 484 */ "Eksik Adres",
   "Request-URI eksikti; yanıt ifadesi ayrıntı vermelidir (SHOULD). Kod, örtüşmeli numara "
   "gönderimine (overlap dialling) hizmet eder: istemci kullanıcıdan yeni haneler alıp her "
   "seferinde daha uzun bir numara gönderir ve 484 gelmeyinceye kadar bunu sürdürür."},
  {/* 485 */ "Belirsiz Adres",
   "Request-URI belirsiz: tek bir hedefe indirgenemiyor. Yanıt, belirsiz olmayan adres "
   "seçeneklerini Contact başlık alanlarında sunabilir (MAY); hedef kümesini belirleyemeyen "
   "bir vekil sunucu bu seçenekleri listelemelidir (SHOULD; bölüm 16.5). Liste gizliliği "
   "zedeleyebileceği için sunucunun, 404 gönderecek ya da listeyi vermeyecek biçimde "
   "yapılandırılabilmesi zorunludur (MUST)."},
  {/* 486 */ "Meşgul",
   "Arananın uç sistemine ulaşıldı ama aranan şu an orada yeni bir çağrı almak istemiyor "
   "ya da alamıyor. Yanıt, Retry-After ile daha uygun bir zaman önerebilir (MAY); aranana başka "
   "bir yoldan, örneğin sesli mesaj üzerinden ulaşılabilir. Çağrıyı başka hiçbir uç "
   "sistemin kabul etmeyeceği biliniyorsa bunun yerine 600 gönderilmelidir (SHOULD)."},
  {/* 487 */ "İstek Sonlandırıldı",
   "Bir BYE ya da CANCEL isteği bu isteği yarıda kesti. UAS, son yanıtını vermeden önce bir "
   "CANCEL ile iptal edilen INVITE'a bu kodu göndermelidir (SHOULD; RFC 3261 bölüm 9.2). "
   "CANCEL'ın kendisi hiçbir zaman bu yanıtı almaz."},
  {/* 488 */ "Burada Kabul Edilemez",
   "606 gibidir ama yalnızca bu kaynak için geçerlidir: istek başka bir yerde başarılı "
   "olabilir. INVITE'taki teklifi reddeden UAS bu yanıtı, nedenini açıklayan bir Warning "
   "başlık alanıyla göndermelidir (SHOULD; bölüm 13.3.1.3); gövde, UAS'nin desteklediği "
   "medyayı tarif edebilir (MAY)."},
  {/* 489 */ "Hatalı Olay",
   "Sunucu, Event başlık alanında adı geçen olay paketini tanımıyor. Paketini anlamadığı "
   "bir SUBSCRIBE alan bildirici bu kodla yanıt vermelidir (SHOULD; RFC 6665 bölüm 4.2.1.1); "
   "paketini desteklemediği bir NOTIFY alan abone de aynı kodu döndürür (bölüm 4.1.3)."},
  {/* 491 */ "Bekleyen İstek Var",
   "UAS bu isteği, aynı diyalogda kendi gönderdiği bir istek henüz sonuçlanmamışken aldı; "
   "örneğin iki re-INVITE birbiriyle çakıştı. UAC, RFC 3261 bölüm 14.1'deki rastgele süre "
   "kadar bekleyip isteği bir kez daha göndermelidir (SHOULD); RFC 3311 bölüm 5.3 aynısını "
   "UPDATE için söyler."},
  {/* 493 */ "Şifresi Çözülemiyor",
   "İstekteki şifreli MIME gövdesi açılamadı: UAS'de bunun için gereken anahtar yok ya da "
   "UAS anahtarı vermek istemiyor. Yanıt, bu kullanıcı aracısına gidecek gövdelerin "
   "şifrelenmesinde kullanılacak açık anahtarı içeren tek bir gövde taşıyabilir (MAY; "
   "bölüm 23.2)."},
  {/* 494 */ "Güvenlik Anlaşması Gerekli",
   "Sunucu isteği işlemeden önce bir güvenlik anlaşması istiyor. Yanıtın, sunucunun "
   "mekanizmalarını Security-Server başlık alanlarında listelemesi zorunludur (MUST; "
   "anlaşmayı sunucu başlattıysa Require: sec-agree de eklenir); istemci, tanıdığı "
   "mekanizmalardan q değeri en yüksek olanı başlatmak zorundadır (MUST)."},
  {/* 500 */ "Sunucu İç Hatası",
   "Sunucu, beklenmedik bir durum yüzünden isteği yerine getiremedi. İstemci isteği birkaç "
   "saniye sonra yeniden gönderebilir (MAY); durum geçiciyse sunucu, isteğin ne zaman yeniden "
   "gönderilebileceğini bir Retry-After başlık alanında bildirebilir (MAY)."},
  {/* 501 */ "İşlev Desteklenmiyor",
   "Sunucu, isteğin gerektirdiği işlevi desteklemiyor; örneğin UAS yöntemi hiçbir "
   "kullanıcı için tanımıyor. 405'ten farkı, yöntemin hiç tanınmamasıdır."},
  {/* 502 */ "Hatalı Ağ Geçidi",
   "Bu sunucu isteği ağ geçidi ya da vekil sunucu olarak bir sonraki sunucuya iletti; oradan "
   "dönen yanıt geçersiz olduğu için isteği karşılayamadı."},
  {/* 503 */ "Hizmet Kullanılamıyor",
   "Sunucu aşırı yük ya da bakım nedeniyle geçici olarak hizmet veremiyor. İsteğin ne zaman "
   "yeniden gönderilebileceğini Retry-After ile bildirebilir (MAY); Retry-After yoksa istemci 500 "
   "almış gibi davranmak zorundadır (MUST). İstemci başka bir sunucu denemeli (SHOULD), "
   "Retry-After süresi boyunca bu sunucuya başka istek göndermemelidir (SHOULD NOT)."},
  {/* 504 */ "Sunucu Zaman Aşımı",
   "Sunucu, başvurduğu dış bir sunucudan (örneğin bir konum sunucusundan) zamanında yanıt "
   "alamadı. İsteğin Expires başlık alanındaki süre dolduğu için yanıt verilemiyorsa "
   "bunun yerine 408 gönderilir."},
  {/* 505 */ "Sürüm Desteklenmiyor",
   "Sunucu, istekteki SIP sürümünü desteklemiyor ya da desteklemeyi geri çeviriyor. "
   "İstemcinin ana sürümüyle isteği sonuçlandıramaz ya da sonuçlandırmak istemez; o ana "
   "sürümle verebileceği tek yanıt bu hatadır."},
  {/* 513 */ "Mesaj Çok Büyük",
   "Mesaj, sunucunun işleyebileceği uzunluğu aştığı için istek işlenemedi."},
  {/* 555 */ "Anlık Bildirim Desteklenmiyor",
   "Bir vekil sunucu, Contact içindeki pn-provider URI parametresinin adını verdiği anlık "
   "bildirim (push) hizmeti türünü desteklemiyorsa REGISTER isteğini iletmek yerine bu yanıtı "
   "gönderebilir (MAY). Bunu, kayıt sunucusuna giden yolda bu türü destekleyen başka bir vekil "
   "sunucu olmadığını yerel yapılandırmasından bildiğinde yapar (RFC 8599 bölüm 5.6.1). "
   "Yalnızca ağı sorgulayan bir REGISTER'a (pn-prid olmadan pn-provider) verildiğinde, ağın "
   "adı verilen türü, tür verilmemişse hiçbir türü desteklemediğini bildirir (bölüm "
   "4.1.5)."},
  {/* 580 */ "Ön Koşul Sağlanamadı",
   "Cevaplayan (answerer) olarak UAS, bir INVITE ya da UPDATE ile gelen teklifin ön "
   "koşullarını, örneğin hizmet kalitesi için kaynak ayrılmasını, karşılayamıyor ya da "
   "karşılamak istemiyor; teklifi 580 ile reddetmelidir (SHOULD). 580 yanıtı, "
   "başarısızlığın hangi istenen durum (desired status) satırından kaynaklandığını "
   "gösteren bir oturum tanımı (SDP) taşımalıdır (SHOULD); bu tanım ne teklif ne de "
   "cevaptır (RFC 3312 bölüm 8). Ret hiçbir şeyi değiştirmez: ilk INVITE reddedildiyse "
   "oturum kurulmaz, reddedilen bir re-INVITE ya da UPDATE'ten sonra ise oturum eski "
   "parametreleriyle sürer (RFC 3261 bölüm 14.1, RFC 3311 bölüm 5.3)."},
  {/* 600 */ "Her Yerde Meşgul",
   "Aranana ulaşıldı, aranan meşgul ve sesli mesaj gibi başka hiçbir uç nokta çağrıyı "
   "yanıtlamayacak; böyle bir uç nokta varsa 486 gönderilir. Yanıt, yeni bir çağrı için "
   "daha uygun bir zamanı Retry-After başlık alanıyla önerebilir (MAY)."},
  {/* 603 */ "Reddedildi",
   "Aranana ulaşıldı; aranan bu çağrıya katılmayı açıkça istemiyor ya da katılamıyor "
   "ve başka hiçbir uç nokta yanıt vermeyecek. Yanıt, yeni bir çağrı için daha uygun bir "
   "zamanı Retry-After başlık alanıyla önerebilir (MAY)."},
  {/* 604 */ "Hiçbir Yerde Yok",
   "Sunucunun bu kullanıcı hakkında kesin bilgisi var: Request-URI'deki kullanıcı yalnızca bu "
   "adreste değil, hiçbir yerde bulunmuyor. Adresi başka bir yerde denemenin yararı yok."},
  {/* 606 */ "Hiçbir Yerde Kabul Edilemez",
   "Kullanıcıya ulaşıldı ve kullanıcı iletişim kurmak istiyor, ama tarif edilen oturumu "
   "destekleyemiyor: medya, bant genişliği ya da adresleme biçimi kabul edilemez. Yanıt, "
   "nedenleri bir Warning başlık alanında listeleyebilir (MAY; bölüm 20.43'teki uyarı "
   "kodları)."},
  {/* 607 */ "İstenmiyor",
   "Aranan taraf, arayanın kim olduğu yüzünden bu çağrıyı ya da mesajı istemiyor. INVITE, "
   "MESSAGE, SUBSCRIBE ya da diyalog dışı başka bir isteğe yanıt olarak verilebilir (MAY); "
   "alıcıların herhangi bir 6xx için gerekenin ötesinde bir yükümlülüğü yoktur, hizmet "
   "sağlayıcılar ise bu bilgiyi çağrı filtrelemede kullanabilir (MAY; RFC 8197 bölüm 4)."},
  {/* 608 */ "Ağ Tarafından Reddedildi",
   "Aranan değil, ağdaki bir ara öğe, örneğin bir çağrı analitiği motorunun kararıyla, "
   "bir INVITE, MESSAGE, SUBSCRIBE ya da diyalog dışı başka bir isteği kullanıcının "
   "istemediği bir iletişim sayıp reddetti. Arayanın bu bilgiyi kötüye kullanacağına dair "
   "bir belirti yoksa ara öğe, yanıta purpose=jwscard parametreli bir Call-Info başlık alanı "
   "eklemek zorundadır (MUST); bu alan, arayanın itiraz için başvurabileceği yeri bildiren "
   "imzalı bir jCard'ı gösterir (RFC 8688 bölüm 3.1). UAC, 608'i herhangi bir 6xx gibi işler."}
};

/* By row of the warn-code registry (sipcodes_warn_codes): the warn-text and the description. */
static const struct sipcodes_detail_tr_text sipcodes_detail_tr_warnings[SIPCODES_WARN_CODE_COUNT] = {
  {/* 300 */ "Uyumsuz ağ protokolü",
   "Oturum tanımındaki ağ protokollerinden biri ya da birkaçı kullanılamıyor."},
  {/* 301 */ "Uyumsuz ağ adresi biçimleri",
   "Oturum tanımındaki ağ adresi biçimlerinden biri ya da birkaçı kullanılamıyor."},
  {/* 302 */ "Uyumsuz aktarım protokolü",
   "Oturum tanımındaki aktarım protokollerinden biri ya da birkaçı kullanılamıyor."},
  {/* 303 */ "Uyumsuz bant genişliği birimleri",
   "Oturum tanımındaki bant genişliği ölçü birimlerinden biri ya da birkaçı "
   "anlaşılamadı."},
  {/* 304 */ "Medya türü kullanılamıyor",
   "Oturum tanımındaki medya türlerinden biri ya da birkaçı kullanılamıyor."},
  {/* 305 */ "Uyumsuz medya biçimi",
   "Oturum tanımındaki medya biçimlerinden biri ya da birkaçı kullanılamıyor."},
  {/* 306 */ "Öznitelik anlaşılamadı",
   "Oturum tanımındaki medya özniteliklerinden biri ya da birkaçı desteklenmiyor."},
  {/* 307 */ "Oturum tanımı parametresi anlaşılamadı",
   "Oturum tanımının yukarıdakiler dışındaki bir parametresi anlaşılamadı."},
  {/* 308 */ "Uyumsuz dil belirtimi",
   "Oturum tanımının istediği dillerin hiçbiri desteklenmiyor; uyarı metni desteklenen "
   "dilleri ve medyayı listeler."},
  {/* 330 */ "Çoklu yayın kullanılamıyor",
   "Kullanıcının bulunduğu yer çoklu yayını (multicast) desteklemiyor."},
  {/* 331 */ "Tekli yayın kullanılamıyor",
   "Kullanıcının bulunduğu yer tekli yayın (unicast) iletişimini desteklemiyor; bunun nedeni "
   "genellikle bir güvenlik duvarıdır."},
  {/* 370 */ "Yetersiz bant genişliği",
   "Oturum tanımının verdiği ya da medyanın gerektirdiği bant genişliği, kullanılabilir "
   "olduğu bilinen bant genişliğini aşıyor."},
  {/* 380 */ "SIPS'e izin verilmiyor",
   "UAS ya da vekil sunucu, SIPS şemasına izin verilmediği için isteği işleyemiyor; örneğin "
   "kayıtlı hiçbir SIPS adresi yok."},
  {/* 381 */ "SIPS gerekli",
   "UAS ya da vekil sunucu, SIPS şeması gerektiği için isteği işleyemiyor."},
  {/* 399 */ "Çeşitli uyarı",
   "Bir kişinin okuması ya da günlüğe yazılması için başka herhangi bir bilgi; bu "
   "uyarıyı alan bir sistemin kendiliğinden herhangi bir eylemde bulunması yasaktır (MUST NOT)."}
};

/* A code's row of the table, or NULL. */
static inline const struct sipcodes_detail_tr_text *sipcodes_detail_tr_row(int code) {
  const struct sipcodes_info *row = sipcodes_find(code);
  return row == SIPCODES_DETAIL_NULL ? SIPCODES_DETAIL_NULL : &sipcodes_detail_tr_rows[row - sipcodes_all(SIPCODES_DETAIL_NULL)];
}

/* A warn-code's row of the registry, or NULL. */
static inline const struct sipcodes_detail_tr_text *sipcodes_detail_tr_warning(int code) {
  const struct sipcodes_warn_code_info *row = sipcodes_find_warn_code(code);
  return row == SIPCODES_DETAIL_NULL ? SIPCODES_DETAIL_NULL : &sipcodes_detail_tr_warnings[row - sipcodes_warn_codes(SIPCODES_DETAIL_NULL)];
}

SIPCODES_DETAIL_API const char *sipcodes_tr_reason_phrase(int code) {
  const struct sipcodes_detail_tr_text *row = sipcodes_detail_tr_row(code);
  return row == SIPCODES_DETAIL_NULL ? "" : row->text;
}

SIPCODES_DETAIL_API const char *sipcodes_tr_description(int code) {
  const struct sipcodes_detail_tr_text *row = sipcodes_detail_tr_row(code);
  return row == SIPCODES_DETAIL_NULL ? "" : row->description;
}

SIPCODES_DETAIL_API const char *sipcodes_tr_warning_text(int code) {
  const struct sipcodes_detail_tr_text *row = sipcodes_detail_tr_warning(code);
  return row == SIPCODES_DETAIL_NULL ? "" : row->text;
}

SIPCODES_DETAIL_API const char *sipcodes_tr_warning_description(int code) {
  const struct sipcodes_detail_tr_text *row = sipcodes_detail_tr_warning(code);
  return row == SIPCODES_DETAIL_NULL ? "" : row->description;
}

#ifdef __cplusplus
}
#endif

#endif /* the data and the functions */
