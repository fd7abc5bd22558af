/* lang/tr.h: GENERATED, do not edit.
 *
 * cmake/c_headers/generate_c_headers.cpp wrote it from include/sipcodes/lang/tr.hpp
 * (sipcodes 2.0.0) and the template cmake/c_headers/tr.h.in, which holds
 * its C functions. To change it, change one of those and regenerate:
 *     cmake --build build --target sipcodes_c_headers
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

#if SIPCODES_VERSION_MAJOR != 2 || SIPCODES_VERSION_MINOR != 0 || SIPCODES_VERSION_PATCH != 0
#error "sipcodes/lang/tr.h is sipcodes 2.0.0, and the sipcodes.h it found is another version"
#endif

/* The language's BCP 47 tag, and its name in itself. */
#define SIPCODES_TR_TAG "tr"
#define SIPCODES_TR_NAME "Türkçe"

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
#if (defined(SIPCODES_STATIC) || defined(SIPCODES_IMPLEMENTATION)) && !defined(SIPCODES_LANG_TR_H_FUNCTIONS)
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
   "İstek bir sonraki SIP öğesine (sonraki atlamaya) ulaştı ve orada işleniyor; örneğin bir "
   "veritabanına bakılıyor. Her geçici yanıt gibi UAC'nin INVITE isteğini yeniden "
   "göndermesini durdurur; diğerlerinden farklı olarak durum bilgisi tutan bir vekil sunucu bu "
   "yanıtı asla geri iletmez."},
  {/* 180 */ "Çalıyor",
   "INVITE isteğini alan kullanıcı aracısı, kullanıcısına çağrıyı bildiriyor. Bu "
   "yanıt, arayan tarafta yerel çalma sesini başlatmak için kullanılabilir (MAY)."},
  {/* 181 */ "Çağrı Yönlendiriliyor",
   "Bir sunucu, çağrının farklı bir hedef kümesine yönlendirildiğini bildirmek için bu "
   "kodu gönderebilir (MAY). Arayan taraf son yanıtı beklemeyi sürdürür."},
  {/* 182 */ "Sırada",
   "Aranan geçici olarak müsait değil; sunucu çağrıyı reddetmek yerine sıraya aldı ve "
   "aranan müsait olunca son yanıt gelir. Yanıt ifadesi sıradaki konum gibi ayrıntılar "
   "verebilir (MAY); sunucu arayanı bilgilendirmek için birkaç 182 gönderebilir (MAY)."},
  {/* 183 */ "Oturum İlerliyor",
   "Başka hiçbir geçici yanıtın kapsamadığı çağrı ilerleme bilgisini taşır. "
   "Ayrıntılar yanıt ifadesinde, başlık alanlarında ya da gövdede verilebilir (MAY); bu "
   "çoğu zaman erken medya için bir oturum tanımıdır."},
  {/* 199 */ "Erken Diyalog Sonlandı",
   "Çatallayan bir vekil sunucu ya da UAS, son yanıt gönderilmeden önce erken diyaloglardan "
   "birinin sona erdiğini bildirir. İstemci o erken diyalog için ayırdığı kaynakları "
   "serbest bırakır; bu yanıt yalnızca 199 desteğini bildiren istemcilere gönderilir."},
  {/* 200 */ "Tamam",
   "İstek başarılı oldu. INVITE isteğine verilen 2xx yanıt bir diyalog kurar; UAC aldığı "
   "her böyle 2xx yanıtı için bir ACK göndermek zorundadır (MUST; RFC 3261 bölüm 13.2.2.4)."},
  {/* 202 */ "Kabul Edildi",
   "İstek işlenmek üzere kabul edildi ama henüz tamamlanmadı; RFC 3265 bunu SUBSCRIBE, RFC "
   "3515 ise REFER için kullanıyordu. RFC 6665 bölüm 8.3.1 (SUBSCRIBE ve NOTIFY) ve RFC 7647 "
   "bölüm 5 (REFER) bu kodu kullanımdan kaldırmıştır: bir öğe bu isteklere 202 "
   "göndermemeli (MUST NOT), gelen bir 202'yi de 200 gibi işlemelidir (MUST)."},
  {/* 204 */ "Bildirim Yok",
   "Koşullu bir SUBSCRIBE isteği başarılı oldu; abone güncel duruma zaten sahip olduğu için "
   "NOTIFY gönderilmeyecek. Abone elindeki durum bilgisini kullanmayı sürdürür."},
  {/* 300 */ "Birden Çok Seçenek",
   "Adres birden çok konuma çözümlendi; kullanıcı ya da kullanıcı aracısı bunlardan "
   "birini seçip isteği oraya yöneltir. Seçenekler Contact başlık alanlarında "
   "listelenmelidir (SHOULD); gövde de onları tanımlayabilir (MAY)."},
  {/* 301 */ "Kalıcı Olarak Taşındı",
   "Kullanıcıya artık Request-URI'deki adresten ulaşılamıyor. İstemci isteği Contact "
   "başlık alanındaki yeni adreste yeniden denemeli (SHOULD); rehberlerini, adres defterlerini "
   "ve konum önbelleklerini bu adresle güncellemelidir (SHOULD)."},
  {/* 302 */ "Geçici Olarak Taşındı",
   "İstemci isteği Contact başlık alanındaki adreste yeniden denemelidir (SHOULD). Bu adresi "
   "bir Expires başlık alanının ya da expires parametresinin belirttiği süre boyunca "
   "önbellekte tutabilir (MAY); böyle bir süre yoksa adres yalnızca bu deneme için geçerlidir "
   "ve önbelleğe alınmamalıdır (MUST NOT)."},
  {/* 303 */ "Diğerine Bakın",
   "RFC 2543'te yeniden yönlendirme kodları arasında listelenmiş ama orada hiç "
   "tanımlanmamıştır; RFC 3261 bu kodu kaldırmıştır. Alıcı onu bilinmeyen herhangi bir "
   "3xx gibi, yani 300 olarak işler."},
  {/* 305 */ "Vekil Sunucu Kullanın",
   "Kaynağa, URI'si Contact başlık alanında verilen vekil sunucu üzerinden erişilmek "
   "zorundadır (MUST); alıcının bu tek isteği o vekil sunucu üzerinden tekrarlaması "
   "beklenir. 305 yanıtlarını yalnızca UAS'ler üretebilir (MUST)."},
  {/* 380 */ "Alternatif Hizmet",
   "Çağrı başarısız oldu, ancak alternatif hizmetler mümkün; mesaj gövdesi bunları "
   "açıklar. Gövdenin biçimini RFC 3261 tanımlamaz."},
  {/* 400 */ "Hatalı İstek",
   "İstek, söz dizimi hatalı olduğu için anlaşılamadı; yanıt ifadesi sorunu "
   "adlandırmalıdır (SHOULD), örneğin \"Missing Call-ID header field\". Her 4xx yanıtında "
   "olduğu gibi istemci aynı isteği değiştirmeden yeniden göndermemelidir (SHOULD NOT)."},
  {/* 401 */ "Yetkisiz",
   "İstek kullanıcı kimlik doğrulaması gerektiriyor; UAS'ler ve kayıt sunucuları bu yanıtı "
   "bir WWW-Authenticate sınamasıyla gönderir (vekil sunucular 407 gönderir). İstemci isteği, "
   "kimlik bilgilerini bir Authorization başlık alanına koyarak yeniden gönderir."},
  {/* 402 */ "Ödeme Gerekli",
   "İleride kullanılmak üzere ayrılmıştır: RFC 3261 bu koda bir anlam vermez. Alıcı onu "
   "400 gibi işler."},
  {/* 403 */ "Yasak",
   "Sunucu isteği anlamış olmasına rağmen geri çeviriyor ve yetkilendirme bu kararı "
   "değiştirmez. Aynı istek yinelenmemelidir (SHOULD NOT)."},
  {/* 404 */ "Bulunamadı",
   "Sunucu, kullanıcının Request-URI'deki alan adında bulunmadığını kesin olarak biliyor ya "
   "da o alan adı sunucunun hizmet verdiği alanlardan biri değil. Bir Retry-After başlık "
   "alanı kullanıcıya ne zaman ulaşılabileceğini bildirebilir."},
  {/* 405 */ "Yönteme İzin Verilmiyor",
   "Yöntem anlaşıldı ancak Request-URI'deki adres için izin verilmiyor. Yanıt, izin verilen "
   "yöntemleri listeleyen bir Allow başlık alanı içermek zorundadır (MUST)."},
  {/* 406 */ "Kabul Edilemez",
   "Kaynak yalnızca, isteğin Accept başlık alanlarının kabul etmediği içerikte yanıtlar "
   "üretebiliyor."},
  {/* 407 */ "Vekil Sunucu Kimlik Doğrulaması Gerekli",
   "401 gibidir, ancak istemci önce bir vekil sunucuda kimliğini doğrulamak zorundadır (MUST); "
   "vekil sunucu bir Proxy-Authenticate sınaması gönderir, istemci isteği Proxy-Authorization "
   "ile yeniden gönderir. Telefon ağ geçidi gibi bir kanala erişimin kimlik doğrulaması "
   "istediği yerlerde de kullanılır."},
  {/* 408 */ "İstek Zaman Aşımı",
   "Sunucu zamanında son yanıt üretemedi; örneğin kullanıcının yerini bulamadı. İstemci "
   "isteği daha sonra, istediği zaman değiştirmeden tekrarlayabilir (MAY)."},
  {/* 409 */ "Çakışma",
   "RFC 2543: istek, kaynağın mevcut durumuyla çeliştiği için tamamlanamadı. RFC 3261 bu "
   "kodu kaldırmıştır; alıcı onu 400 gibi işler."},
  {/* 410 */ "Artık Yok",
   "Kaynak artık sunucuda bulunmuyor, bilinen yeni bir adres yok ve durumun kalıcı olması "
   "bekleniyor. Durumun kalıcı olup olmadığını bilemeyen bir sunucu bunun yerine 404 "
   "göndermelidir (SHOULD)."},
  {/* 411 */ "Uzunluk Gerekli",
   "RFC 2543: sunucu, Content-Length değeri belirtilmeyen bir isteği reddeder. RFC 3261 bu kodu "
   "kaldırmıştır; alıcı onu 400 gibi işler."},
  {/* 412 */ "Koşullu İstek Başarısız",
   "Koşullu bir isteğin ön koşulu sağlanmadı; örneğin bir PUBLISH isteğinin SIP-If-Match "
   "varlık etiketi, sunucunun tuttuğu hiçbir yayına karşılık gelmiyor. Yayıncı, "
   "SIP-If-Match olmadan yeni bir PUBLISH ile baştan başlar."},
  {/* 413 */ "İstek Gövdesi Çok Büyük",
   "İstek gövdesi, sunucunun işlemeye razı olduğundan büyük; sunucu bağlantıyı "
   "kapatabilir (MAY). Durum geçiciyse sunucu, istemcinin hangi süreden sonra yeniden "
   "deneyebileceğini (MAY) bildiren bir Retry-After başlık alanı eklemelidir (SHOULD)."},
  {/* 414 */ "İstek URI'si Çok Uzun",
   "Request-URI, sunucunun yorumlamaya razı olduğundan uzun. Her 4xx yanıtında olduğu gibi "
   "istemci aynı isteği değiştirmeden yeniden göndermemelidir (SHOULD NOT)."},
  {/* 415 */ "Desteklenmeyen Medya Türü",
   "Mesaj gövdesi, sunucunun bu yöntem için desteklemediği bir biçimde. Sunucu kabul "
   "ettiklerini, sorunun türüne göre bir Accept, Accept-Encoding veya Accept-Language başlık "
   "alanında listelemek zorundadır (MUST); UAC yalnızca bu listelerdekileri kullanarak yeniden "
   "denemelidir (SHOULD; RFC 3261 bölüm 8.1.3.5)."},
  {/* 416 */ "Desteklenmeyen URI Şeması",
   "Sunucu Request-URI'deki şemayı desteklemiyor. İstemci isteği bir SIP URI'si ile yeniden "
   "denemelidir (SHOULD); istek bir SIPS URI'si kullandıysa kendiliğinden yeniden denememelidir "
   "(MUST NOT; RFC 5630 Ek A, RFC 3261 bölüm 8.1.3.5'i günceller)."},
  {/* 417 */ "Bilinmeyen Kaynak Önceliği",
   "İstek kaynak önceliğini zorunlu kıldı (Require: resource-priority), ancak sunucu "
   "Resource-Priority değerlerinden hiçbirini tanımıyor. Yanıt, yerel politikaya göre kabul "
   "edilen değerleri Accept-Resource-Priority içinde listeleyebilir (MAY); istemci yeniden "
   "deneyebilir (MAY) ve böyle bir liste varsa değerleri ondan seçmelidir (SHOULD)."},
  {/* 420 */ "Hatalı Uzantı",
   "Sunucu, Proxy-Require ya da Require içindeki bir seçenek etiketini tanımıyor ve "
   "desteklemediklerini bir Unsupported başlık alanında listelemek zorundadır (MUST). İstemci "
   "isteği bunlar olmadan yeniden denemelidir (SHOULD; RFC 3261 bölüm 8.1.3.5)."},
  {/* 421 */ "Uzantı Gerekli",
   "UAS'nin, isteğin Supported alanında listelenmeyen bir uzantıya ihtiyacı var; yanıt bu "
   "uzantıyı listeleyen bir Require başlık alanı içermek zorundadır (MUST). Bir UAS, uzantı "
   "olmadan istemciye gerçekten hiçbir yararlı hizmet veremediği durumlar dışında bu "
   "yanıtı kullanmamalıdır (SHOULD NOT)."},
  {/* 422 */ "Oturum Aralığı Çok Kısa",
   "İsteğin Session-Expires değeri, UAS'nin ya da vekil sunucunun kabul ettiği en küçük "
   "değerin altında. Yanıt Min-SE taşımak zorundadır (MUST); istemci en az o uzunlukta bir "
   "oturum aralığıyla yeniden deneyebilir."},
  {/* 423 */ "Süre Çok Kısa",
   "İsteğin yenilediği kaynağın geçerlilik süresi çok kısa. Bir kayıt sunucusunun "
   "REGISTER isteğine verdiği 423 yanıtı Min-Expires taşımak zorundadır (MUST; RFC 3261 "
   "bölüm 10.3); bir bildirici de SUBSCRIBE isteğine Min-Expires içeren bir 423 gönderebilir "
   "(MAY; RFC 6665 bölüm 4.2.1.1). İstemci en az bu süreyle yeniden dener."},
  {/* 424 */ "Hatalı Konum Bilgisi",
   "İstekteki konum bilgisi hatalı, alıcının amacı için yetersiz ya da gösterdiği adresten "
   "alınamadı. Yanıt bir Geolocation-Error başlık alanı taşımak zorundadır (MUST); daha "
   "doğru konumu bilen bir aracı, sonraki istek için onu yanıta URI olarak değil gövde olarak "
   "eklemelidir (SHOULD)."},
  {/* 425 */ "Hatalı Uyarı Mesajı",
   "Etkileşimsiz bir acil durum çağrısı, alıcının hatalı ya da kabul edilemez bulduğu bir "
   "Ortak Uyarı Protokolü (CAP) mesajı taşıyordu. Yanıt, nedenini belirten bir AlertMsg-Error "
   "başlık alanı taşımak zorundadır (MUST)."},
  {/* 428 */ "Kimlik Başlığı Kullanın",
   "Doğrulama hizmetinin yerel politikası bir Identity başlık alanı istiyor ve istekte "
   "kullanabileceği bir tane yok: ya hiç yok ya da yalnızca desteklenmeyen ppt parametreli "
   "olanlar var (bu durumda \"Use Supported PASSporT Format\" ifadesi gönderilebilir)."},
  {/* 429 */ "REFER Gönderenin Kimliğini Bildirin",
   "REFER alan taraf (referee) ya da REFER hedefi geçerli bir Referred-By belirteci istiyor; "
   "istekte yok ya da geçersiz. REFER gönderen taraf (referrer), REFER isteğini bir Referred-By "
   "belirteciyle yeniden gönderebilir."},
  {/* 430 */ "Akış Başarısız",
   "Bir kenar vekil sunucu, hedef kullanıcı aracısına giden SIP Outbound akışının "
   "koptuğunu bildirir. Yetkili vekil sunucu bu akışı kullanan kaydı siler ve diğer "
   "kayıtları dener."},
  {/* 433 */ "Anonimliğe İzin Verilmiyor",
   "Sunucu, istek sahibi anonim olduğu için isteği reddediyor. UAC, kullanıcısı bunu "
   "istediğini onaylamadıkça isteği anonimliği kaldırarak yeniden denememelidir (MUST NOT)."},
  {/* 436 */ "Hatalı Kimlik Başlığı Bilgisi",
   "Doğrulama hizmeti, hiçbir Identity başlık alanının imzasını doğrulamak için gereken "
   "kimlik bilgisini (genellikle bir sertifika) alamadı; örneğin info parametresindeki adrese "
   "erişemedi. Düzeltilebilir: kimlik doğrulama hizmeti isteği, doğrulayıcının "
   "erişebileceği bir kimlik bilgisini gösteren info parametresiyle yeniden gönderebilir."},
  {/* 437 */ "Desteklenmeyen Kimlik Bilgisi",
   "Doğrulama hizmeti, info parametresinin gösterdiği kimlik bilgisine sahip ya da onu "
   "alabiliyor, ama bu kimlik bilgisini desteklemiyor; örneğin onu veren sertifika otoritesine ya "
   "da imza algoritmasına güvenmiyor."},
  {/* 438 */ "Geçersiz Kimlik Başlığı",
   "İstekteki hiçbir Identity başlık alanı geçerli ve desteklenen bir PASSporT taşımıyor "
   "ve yerel politika bunu ret nedeni sayıyor. Kısa biçimi göndermiş olan kimlik doğrulama "
   "hizmeti isteği bir kez tam biçimle yeniden denemelidir (SHOULD; RFC 8224 bölüm 6.1.1)."},
  {/* 439 */ "İlk Atlamada Outbound Desteği Yok",
   "Kayıt sunucusu SIP Outbound'u destekliyor ama ilk atlamadaki vekil sunucu desteklemiyor; bu "
   "yüzden kayıt bu özelliği kullanamaz. İstemci Outbound olmadan yeniden kaydolabilir."},
  {/* 440 */ "Max-Breadth Aşıldı",
   "Bir vekil sunucunun, istediği paralel çatallama için yeterli Max-Breadth değeri yoktu; bu "
   "yüzden istek olası tüm hedeflere ulaşmadı. 483 yanıtından sonra olduğu gibi istemci "
   "aramayı daraltabilir: rotalamayı daha dar bir aramaya yöneltebilir ya da isteği daha "
   "belirgin hâle getirebilir."},
  {/* 469 */ "Hatalı Bilgi Paketi",
   "Bir INFO isteği, alıcının kabul ettiğini bildirmediği bir bilgi paketi (Info Package) "
   "kullandı. Yanıt kabul edilen paketleri Recv-Info içinde listelemek zorundadır (MUST); "
   "diyalog sürer."},
  {/* 470 */ "Onay Gerekli",
   "Bir aktarıcı, en az bir alıcısı için izni olmadığı bir URI listesi aldı. Yanıt bu "
   "alıcıları Permission-Missing içinde belirtmelidir (SHOULD); istemci onları aktarıcının "
   "listesine ekler (örneğin XCAP ile), izinleri ise aktarıcı alır."},
  {/* 480 */ "Geçici Olarak Ulaşılamıyor",
   "Arananın uç sistemine ulaşıldı ama aranan şu anda müsait değil; örneğin oturum "
   "açmamış ya da \"rahatsız etmeyin\" durumunda. Bir vekil sunucu da tanıdığı ama şu an "
   "geçerli bir konumu olmayan bir kullanıcı için gönderir. Retry-After ile daha uygun bir "
   "zaman önerebilir (MAY); yanıt ifadesi nedeni belirtmelidir (SHOULD)."},
  {/* 481 */ "Çağrı veya İşlem Yok",
   "UAS, var olan hiçbir diyaloğa ya da işleme karşılık gelmeyen bir istek aldı; örneğin "
   "bilinmeyen bir çağrı için BYE ya da bilinmeyen bir işlem için CANCEL. Bir abone, hiçbir "
   "aboneliğe karşılık gelmeyen bir NOTIFY isteğine, daha uygun bir 4xx ya da 5xx yoksa bu "
   "yanıtı vermek zorundadır (MUST; RFC 6665 bölüm 4.1.3)."},
  {/* 482 */ "Döngü Algılandı",
   "Sunucu bir döngü algıladı: istek kendisine geri geldi (RFC 3261 bölüm 16.3, RFC 5393'ün "
   "güncellediği biçimiyle). Her 4xx yanıtında olduğu gibi istemci aynı isteği "
   "değiştirmeden yeniden göndermemelidir (SHOULD NOT)."},
  {/* 483 */ "Çok Fazla Atlama",
   "İstek, Max-Forwards değeri sıfıra inmiş olarak bir sunucuya ulaştı. Her 4xx yanıtında "
   "olduğu gibi istemci aynı isteği değiştirmeden yeniden göndermemelidir (SHOULD NOT)."},
  {/* 484 */ "Eksik Adres",
   "Request-URI eksikti; yanıt ifadesi ayrıntı vermelidir (SHOULD). Bu kod örtüşen aramaya "
   "(overlapped dialling) hizmet eder: istemci kullanıcıdan yeni haneler isteyerek giderek uzayan "
   "numaralar gönderir, ta ki 484 gelmeyene dek."},
  {/* 485 */ "Belirsiz",
   "Request-URI belirsizdi. Yanıt, belirsiz olmayan adresleri Contact başlık alanlarında "
   "listeleyebilir (MAY; bir vekil sunucu için SHOULD, bölüm 16.5). Bu liste gizliliği "
   "zedeleyebileceğinden bir sunucunun 404 gönderecek ya da listeyi vermeyecek biçimde "
   "yapılandırılabilmesi zorunludur (MUST)."},
  {/* 486 */ "Meşgul",
   "Arananın uç sistemine ulaşıldı ama aranan şu anda orada başka bir çağrı almaya "
   "istekli ya da uygun değil. Retry-After ile daha uygun bir zaman önerebilir (MAY); arananın "
   "sesli mesaj gibi başka bir yoldan ulaşılabilir olması mümkündür. Çağrıyı başka "
   "hiçbir uç sistemin kabul etmeyeceği biliniyorsa bunun yerine 600 gönderilmelidir (SHOULD)."},
  {/* 487 */ "İstek Sonlandırıldı",
   "İstek bir BYE ya da CANCEL ile sonlandırıldı; bir UAS, son yanıtından önce bir CANCEL "
   "ile sonlandırılan INVITE isteğine bu yanıtı göndermelidir (SHOULD; RFC 3261 bölüm 9.2). "
   "CANCEL isteğinin kendisine asla bu yanıt verilmez."},
  {/* 488 */ "Burada Kabul Edilemez",
   "606 gibidir ama yalnızca bu kaynak için: istek başka yerde başarılı olabilir. INVITE "
   "isteğindeki teklifi reddeden bir UAS bu yanıtı, nedenini belirten bir Warning başlık "
   "alanıyla göndermelidir (SHOULD; bölüm 13.3.1.3); gövde, UAS'nin desteklediği medyayı "
   "tanımlayabilir (MAY)."},
  {/* 489 */ "Hatalı Olay",
   "Sunucu, Event başlık alanındaki olay paketini tanımadı. Bir bildirici, paketini "
   "tanımadığı bir SUBSCRIBE isteğine bu yanıtı vermelidir (SHOULD; RFC 6665 bölüm "
   "4.2.1.1); bir abone de paketini desteklemediği bir NOTIFY isteğine bu yanıtı verir (bölüm "
   "4.1.3)."},
  {/* 491 */ "Bekleyen İstek Var",
   "Bir UAS, aynı diyalogda kendi bekleyen isteği varken bu isteği aldı; örneğin iki "
   "re-INVITE isteği çakıştı. UAC, RFC 3261 bölüm 14.1'deki rastgele süre kadar bekleyip "
   "bir kez daha denemelidir (SHOULD)."},
  {/* 493 */ "Şifresi Çözülemiyor",
   "İstek, UAS'nin anahtarına sahip olmadığı ya da anahtarını vermeyeceği için şifresini "
   "çözemediği şifreli bir MIME gövdesi taşıyordu. Yanıt, bu kullanıcı aracısına "
   "gidecek gövdeleri şifrelemek için kullanılacak açık anahtarı içeren tek bir gövde "
   "taşıyabilir (MAY; bölüm 23.2)."},
  {/* 494 */ "Güvenlik Anlaşması Gerekli",
   "Sunucu, isteği işlemeden önce bir güvenlik anlaşması istiyor. Yanıt mekanizmalarını "
   "Security-Server başlık alanlarında listelemek zorundadır (MUST; anlaşmayı sunucu "
   "başlattıysa Require: sec-agree de eklenir); istemci, tanıdığı mekanizmalar içinde q "
   "değeri en yüksek olanı başlatmak zorundadır (MUST)."},
  {/* 500 */ "Sunucu İç Hatası",
   "Sunucu, isteği yerine getirmesini engelleyen beklenmedik bir durumla karşılaştı. İstemci "
   "birkaç saniye sonra yeniden deneyebilir (MAY); durum geçiciyse sunucu bunun ne zaman "
   "olabileceğini bir Retry-After başlık alanıyla bildirebilir (MAY)."},
  {/* 501 */ "Uygulanmadı",
   "Sunucu, isteğin gerektirdiği işlevi desteklemiyor; örneğin bir UAS yöntemi hiçbir "
   "kullanıcı için tanımıyor. 405'ten farklı olarak yöntem hiç tanınmıyor."},
  {/* 502 */ "Hatalı Ağ Geçidi",
   "Ağ geçidi ya da vekil sunucu olarak çalışan sunucu, isteği karşılamak için "
   "başvurduğu sonraki sunucudan geçersiz bir yanıt aldı."},
  {/* 503 */ "Hizmet Kullanılamıyor",
   "Sunucu aşırı yük ya da bakım nedeniyle geçici olarak hizmet veremiyor. Ne zaman yeniden "
   "denenebileceğini Retry-After ile bildirebilir (MAY); bildirmezse istemci 500 almış gibi "
   "davranmak zorundadır (MUST). İstemci başka bir sunucu denemeli (SHOULD), Retry-After "
   "süresince bu sunucuya başka istek göndermemelidir (SHOULD NOT)."},
  {/* 504 */ "Sunucu Zaman Aşımı",
   "Sunucu, başvurduğu dış bir sunucudan, örneğin bir konum sunucusundan, zamanında yanıt "
   "alamadı. İsteğin Expires başlık alanının verdiği süre dolduysa bunun yerine 408 "
   "gönderilir."},
  {/* 505 */ "Sürüm Desteklenmiyor",
   "Sunucu, isteğin SIP sürümünü desteklemiyor ya da desteklemeyi reddediyor; isteği "
   "istemcinin ana sürümüyle, bu hata dışında, tamamlamayacak."},
  {/* 513 */ "Mesaj Çok Büyük",
   "Mesajın uzunluğu sunucunun kapasitesini aştığı için sunucu isteği işleyemedi."},
  {/* 555 */ "Anlık Bildirim Hizmeti Desteklenmiyor",
   "Vekil sunucu, REGISTER isteğinin pn-provider URI parametresinde belirtilen anlık bildirim "
   "hizmetini desteklemiyor. İstemci anlık bildirim olmadan ya da başka bir hizmetle "
   "kaydolabilir."},
  {/* 580 */ "Ön Koşul Sağlanamadı",
   "Sunucu, teklifteki ön koşulları, örneğin hizmet kalitesi için kaynak ayrılmasını, "
   "karşılayamıyor ya da karşılamak istemiyor. Oturum kurulmaz."},
  {/* 600 */ "Her Yerde Meşgul",
   "Aranana ulaşıldı, aranan meşgul ve sesli mesaj gibi başka hiçbir uç nokta çağrıyı "
   "yanıtlamayacak; öyle değilse 486 gönderilir. Retry-After başlık alanıyla aramak için "
   "daha uygun bir zaman önerebilir (MAY)."},
  {/* 603 */ "Reddedildi",
   "Aranana ulaşıldı ama aranan açıkça katılmak istemiyor ya da katılamıyor ve başka "
   "hiçbir uç nokta yanıtlamayacak. Retry-After başlık alanıyla daha uygun bir zaman "
   "önerebilir (MAY)."},
  {/* 604 */ "Hiçbir Yerde Yok",
   "Sunucunun elindeki yetkili bilgiye göre Request-URI'de adı geçen kullanıcı yalnızca bu "
   "adreste değil, hiçbir yerde yok; adresi başka bir yerde denemenin anlamı yoktur."},
  {/* 606 */ "Hiçbir Yerde Kabul Edilemez",
   "Kullanıcıya ulaşıldı ve kullanıcı iletişim kurmak istiyor, ama tanımlanan oturumu "
   "destekleyemiyor: medyası, bant genişliği ya da adresleme biçimi kabul edilemez. Yanıt "
   "nedenleri bir Warning başlık alanında listeleyebilir (MAY; bölüm 20.43'teki uyarı "
   "kodları)."},
  {/* 607 */ "İstenmeyen Çağrı",
   "Aranan taraf, arayanın kim olduğu yüzünden bu çağrıyı ya da mesajı istemiyor. INVITE, "
   "MESSAGE, SUBSCRIBE ya da diyalog dışı başka bir isteğe verilebilir (MAY); alıcılar "
   "herhangi bir 6xx için gerekenin ötesinde bir şey yapmak zorunda değildir, hizmet "
   "sağlayıcılar ise bu bilgiyi çağrı filtrelemede kullanabilir (MAY; RFC 8197 bölüm 4)."},
  {/* 608 */ "Aracı Tarafından Reddedildi",
   "Çağrıyı aranan değil bir aracı reddetti; genellikle çağrı analitiği çağrıyı "
   "istenmeyen olarak değerlendirdiği için. Bir Call-Info başlık alanı itiraz için bir "
   "iletişim adresi verebilir."}
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
   "uyarıyı alan bir sistem hiçbir otomatik işlem yapmamalıdır (MUST NOT)."}
};

/* A code's row of the table, or NULL. */
static inline const struct sipcodes_detail_tr_text *sipcodes_detail_tr_row(int code) {
  const struct sipcodes_info *row = sipcodes_find(code);
  return row == NULL ? NULL : &sipcodes_detail_tr_rows[row - sipcodes_all(NULL)];
}

/* A warn-code's row of the registry, or NULL. */
static inline const struct sipcodes_detail_tr_text *sipcodes_detail_tr_warning(int code) {
  const struct sipcodes_warn_code_info *row = sipcodes_find_warn_code(code);
  return row == NULL ? NULL : &sipcodes_detail_tr_warnings[row - sipcodes_warn_codes(NULL)];
}

SIPCODES_DETAIL_API const char *sipcodes_tr_reason_phrase(int code) {
  const struct sipcodes_detail_tr_text *row = sipcodes_detail_tr_row(code);
  return row == NULL ? "" : row->text;
}

SIPCODES_DETAIL_API const char *sipcodes_tr_description(int code) {
  const struct sipcodes_detail_tr_text *row = sipcodes_detail_tr_row(code);
  return row == NULL ? "" : row->description;
}

SIPCODES_DETAIL_API const char *sipcodes_tr_warning_text(int code) {
  const struct sipcodes_detail_tr_text *row = sipcodes_detail_tr_warning(code);
  return row == NULL ? "" : row->text;
}

SIPCODES_DETAIL_API const char *sipcodes_tr_warning_description(int code) {
  const struct sipcodes_detail_tr_text *row = sipcodes_detail_tr_warning(code);
  return row == NULL ? "" : row->description;
}

#ifdef __cplusplus
}
#endif

#endif /* the data and the functions */
