// The words the sipcodes command prints, in each language it speaks, and how
// a labelled line of its text output is laid out. A language is the pair of
// a sipcodes::language_pack (the library's phrases and descriptions) and the
// tool's own wording below.
#ifndef SIPCODES_CLI_WORDING_HPP
#define SIPCODES_CLI_WORDING_HPP

#include <sipcodes/lang/tr.hpp>
#include <sipcodes/sipcodes.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace cli {

// The words the tool prints, in each language it speaks.
struct wording {
  std::string_view name, cls, defined_in, section, lifecycle, description, also_seen, q850_cause, retry_after,
      retry_allowed, retry_undefined, header, one_of, no_q850, bearer_variant, not_registered, treated_as, fallback_183,
      fallback_x00;
  std::string_view method_prefix, method_suffix, conditional;  // header rules: "for INVITE" / "INVITE için"
  // A pasted line or Reason value: the phrase that came with the code, and a
  // Q.850 cause the code comes from. Each "prefix CODE suffix" is one phrase.
  std::string_view phrase_given, phrase_of_prefix, phrase_of_suffix, not_of_prefix, not_of_suffix, not_a_phrase_prefix,
      not_a_phrase_suffix, code_decides, from, q850_cause_prefix, reason_text;
  // --warning
  std::string_view warn_range, warn_agent, warn_text, warn_not_registered, for_488_606;
  std::array<std::string_view, 5> warn_ranges;  // 300-329, 330-339, 370-379, 380-399, other
  // --retry-after
  std::string_view seconds, comment, duration, none, indefinitely, after, retry, retry_after_time,
      retry_several_seconds, retry_any_time, retry_random_time, retry_not_unchanged, try_elsewhere, without_retry_after,
      acts_as_prefix, acts_as_suffix, no_advice;
  std::array<std::string_view, 7> classes;     // by status_class
  std::array<std::string_view, 4> lifecycles;  // by lifecycle
  std::array<std::string_view, 7> markdown_columns;
};

inline constexpr wording english{
    "name",
    "class",
    "defined in",
    "section",
    "lifecycle",
    "description",
    "also seen",
    "q850 cause",
    "retry-after",
    "allowed",
    "not defined",
    "header",
    " (one of the listed)",
    "none (RFC 3398 section 8.2.6.1 gives no mapping)",
    " with warn-code 304 or 305 (bearer capability)",
    " is not a registered SIP response code",
    "treated as",
    "183",
    "the x00 code of its class",
    "for ",
    "",
    ", when ",
    "phrase given",
    "the phrase of ",
    "",
    ", not of ",
    "",
    "not a phrase of ",
    "",
    "the code decides",
    "from",
    "Q.850 cause ",
    "reason text",
    "range",
    "agent",
    "warn-text",
    " is not a registered warn-code",
    "for 488 and 606",
    {"300-329: keywords of the session description", "330-339: basic network services the session asks for",
     "370-379: quantitative quality-of-service parameters of the session",
     "380-399: miscellaneous SIP-related warnings (RFC 5630 Appendix A)", "outside the ranges RFC 3261 defines"},
    "seconds",
    "comment",
    "duration",
    "none",
    "indefinitely (no duration parameter)",
    "after",
    "retry",
    "the same request may go again after",
    "the same request may go again after several seconds",
    "the same request may go again unchanged at any later time (MAY)",
    "a re-INVITE may go once more after a random time: 2.1 to 4 s if this side made the Call-ID, else 0 to 2 s (SHOULD)",
    "not the same request unchanged",
    "try an alternate server meanwhile (SHOULD)",
    "without Retry-After: ",
    "as for ",
    "",
    "RFC 3261 says nothing of Retry-After for this code",
    {"invalid", "1xx provisional", "2xx success", "3xx redirection", "4xx client error", "5xx server error",
     "6xx global failure"},
    {"current", "deprecated", "reserved", "historic"},
    {"Code", "Reason phrase", "Enumerator", "Reference", "Lifecycle", "Also seen as", "Description"}};

inline constexpr wording turkish{
    "ad",
    "sınıf",
    "tanım",
    "bölüm",
    "durum",
    "açıklama",
    "diğer ifade",
    "q850 nedeni",
    "retry-after",
    "kullanılabilir",
    "tanımlı değil",
    "başlık",
    " (listelenenlerden biri)",
    "yok (RFC 3398 bölüm 8.2.6.1 eşleme vermez)",
    " (uyarı kodu 304 ya da 305 ise: taşıyıcı yeteneği)",
    " kayıtlı bir SIP yanıt kodu değil",
    "işlenişi",
    "183",
    "sınıfının x00 kodu",
    "",
    " için",
    ", bölümdeki koşula bağlı",
    "verilen ifade",
    "",
    " kodunun ifadesi",
    ", ",
    " kodunun değil",
    "",
    " kodunun ifadesi değil",
    "geçerli olan koddur",
    "kaynağı",
    "Q.850 nedeni ",
    "Reason metni",
    "aralık",
    "ekleyen",
    "uyarı metni",
    " kayıtlı bir uyarı kodu değil",
    "488 ve 606 için",
    {"300-329: oturum tanımındaki anahtar sözcükler", "330-339: oturumun istediği temel ağ hizmetleri",
     "370-379: oturumun sayısal hizmet kalitesi parametreleri",
     "380-399: SIP ile ilgili diğer uyarılar (RFC 5630 Ek A)", "RFC 3261'in tanımladığı aralıkların dışında"},
    "saniye",
    "açıklama",
    "süre",
    "yok",
    "süresiz (duration parametresi yok)",
    "sonra",
    "tekrar",
    "aynı istek şu süreden sonra yeniden gönderilebilir:",
    "aynı istek birkaç saniye sonra yeniden gönderilebilir",
    "aynı istek daha sonra herhangi bir zamanda değiştirilmeden yeniden gönderilebilir (MAY)",
    "re-INVITE rastgele bir süre sonra bir kez daha gönderilmelidir: Call-ID bu taraftansa 2,1-4 sn, değilse 0-2 sn (SHOULD)",
    "aynı istek değiştirilmeden yeniden gönderilmez",
    "bu arada başka bir sunucu denenmeli (SHOULD)",
    "Retry-After yoksa: ",
    "",
    " gibi işlenir",
    "RFC 3261 bu kod için Retry-After'dan söz etmez",
    {"geçersiz", "1xx geçici yanıt", "2xx başarılı", "3xx yeniden yönlendirme", "4xx istemci hatası",
     "5xx sunucu hatası", "6xx küresel hata"},
    {"güncel", "kullanımdan kaldırıldı", "ayrılmış", "tarihsel"},
    {"Kod", "Yanıt ifadesi", "Numaralandırıcı", "Kaynak", "Durum", "İngilizce ifade", "Açıklama"}};

// The languages the tool speaks: English, the library's own, and the packs.
inline constexpr sipcodes::language_pack english_pack{"en", "English", {}};

struct language {
  const sipcodes::language_pack* pack;
  const wording* words;
};

inline constexpr std::array<language, 2> languages{{{&english_pack, &english}, {&sipcodes::lang::tr, &turkish}}};

inline const language& english_language() { return languages[0]; }

inline std::string_view class_label(const wording& words, sipcodes::status_class c) {
  return words.classes[static_cast<std::size_t>(c) < words.classes.size() ? static_cast<std::size_t>(c) : 0];
}

inline std::string_view lifecycle_label(const wording& words, sipcodes::lifecycle l) {
  return words.lifecycles[static_cast<std::size_t>(l) % words.lifecycles.size()];
}

// A label padded to the column the values start at.
inline std::string label(std::string_view text) {
  std::string out = "  ";
  out += text;
  // Pad by characters, not bytes, so that Turkish labels line up too.
  std::size_t characters = 0;
  for (char c : text) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  out.append(characters < 13 ? 13 - characters : 1, ' ');
  return out;
}

}  // namespace cli

#endif
