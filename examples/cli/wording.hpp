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
#include <initializer_list>
#include <string>
#include <string_view>

namespace cli {

// The words the tool prints, in each language it speaks. A sentence around a
// value is a prefix and a suffix ("the phrase of " 180 "" / "" 180 " kodunun
// ifadesi"), so that each language puts the value where its grammar wants it.
struct wording {
  std::size_t column = 0;     // where the values of the labelled lines start
  std::string_view cut_note;  // after a text cut short: " ({} bytes, cut)"
  // The details of a code.
  std::string_view name, cls, defined_in, section, lifecycle, description, also_seen, q850_cause, retry_after,
      retry_allowed, retry_undefined, header, one_of, no_q850, bearer_prefix, bearer_variant, not_registered,
      treated_as, treated_as_prefix, treated_as_suffix, fallback_183, fallback_x00;
  // A header rule: "Contact MUST for INVITE, when ..." in English, "INVITE için
  // Contact (MUST): ..." in Turkish. The method goes before the header field
  // where method_first is set, with method_suffix after it; else after the
  // keyword, with method_prefix before it. The keyword stands between
  // level_open and level_close, one_of after it; the condition (the pack's)
  // follows `conditional`.
  bool method_first = false;
  std::string_view method_prefix, method_suffix, level_open, level_close, conditional;
  // A pasted line or Reason value: the phrase that came with the code, and a
  // Q.850 cause the code comes from. Each "prefix CODE suffix" is one phrase.
  std::string_view phrase_given, phrase_of_prefix, phrase_of_suffix, not_of_prefix, not_of_suffix, not_a_phrase_prefix,
      not_a_phrase_suffix, code_decides, from, q850_cause_prefix, reason_text;
  // --q850
  std::string_view q850_heading, q850_sip, q850_at_user, q850_diagnostic, q850_none, q850_untranslatable, q850_clearing,
      q850_unlisted;
  // --warning
  std::string_view warn_range, warn_agent, warn_text, warn_not_registered, for_488_606;
  std::array<std::string_view, 5> warn_ranges;  // 300-329, 330-339, 370-379, 380-399, other
  // --retry-after
  std::string_view seconds, comment, duration, indefinitely, retry, retry_after_prefix, retry_after_suffix,
      retry_several_seconds, retry_any_time, retry_random_time, retry_not_unchanged, retry_definitive, try_elsewhere,
      without_retry_after, acts_as_prefix, acts_as_suffix, no_advice;
  std::array<std::string_view, 4> units;       // seconds, minutes, hours, days
  std::array<std::string_view, 7> classes;     // by status_class
  std::array<std::string_view, 4> lifecycles;  // by lifecycle
  std::array<std::string_view, 7> markdown_columns;
};

// What the tool says when something is wrong, one line on stderr each after
// "sipcodes: ". Each "{}" is filled by say() with a value, in order: most
// often the argument, quoted and escaped.
struct error_wording {
  std::string_view modes_conflict, lang_missing, lang_unknown, formats_conflict, unknown_option, unknown_option_near,
      no_markdown_form, gateway_markdown_only, html_only, list_one_class, not_a_class, takes_no_argument,
      page_holds_all, prints_all_tables, q850_needed, warning_needed, retry_after_needed, retry_after_too_many,
      cannot_write;
  // What an argument of the codes mode is not.
  std::string_view empty_argument, not_a_code, no_code_first, not_a_code_and_phrase, too_long, not_a_status_line,
      sip_cause_not_a_code, other_protocol, q850_cause_out_of_range, q850_no_response, q850_untranslatable,
      q850_clearing, words_not_utf8, no_match_option, no_match_did_you_mean, no_match;
  // What is wrong with a Reason value, by sipcodes::reason_error, or when it has no cause.
  std::string_view not_a_reason_value, reason_no_cause, reason_bad_protocol, reason_bad_parameter, reason_bad_cause,
      reason_bad_text, reason_bad_separator;
  // A value of any kind that is not UTF-8 text.
  std::string_view value_not_utf8;
  // What is wrong with a status line, by sipcodes::line_error.
  std::string_view line_bad_version, line_bad_code, line_bad_reason, line_bad_utf8, line_bad_line_end,
      line_unsupported_version, line_bad_separator;
  // --q850, --retry-after, --warning.
  std::string_view not_a_q850_cause, not_a_retry_after_value, retry_bad_comment, retry_bad_parameter,
      retry_bad_separator, retry_bad_seconds, retry_not_utf8, not_a_response_code, not_a_warn_code, not_a_warning_value,
      warning_bad_text, warning_bad_agent, warning_bad_separator, warning_bad_code, warning_in_words, as_in;
};

// `format` with each "{}" replaced by the next of `values`; a "{}" beyond
// them is left out.
inline std::string filled(std::string_view format, std::initializer_list<std::string_view> values) {
  std::string out;
  const auto* next = values.begin();
  for (std::size_t i = 0; i < format.size(); ++i) {
    if (format.compare(i, 2, "{}") == 0) {
      if (next != values.end()) out += *next++;
      ++i;
    } else {
      out += format[i];
    }
  }
  return out;
}

// English, the words the tool was first written in.
constexpr wording make_english() {
  wording w{};
  w.column = 13;
  w.cut_note = " ({} bytes, cut)";
  w.name = "name";
  w.cls = "class";
  w.defined_in = "defined in";
  w.section = "section";
  w.lifecycle = "lifecycle";
  w.description = "description";
  w.also_seen = "also seen";
  w.q850_cause = "q850 cause";
  w.retry_after = "retry-after";
  w.retry_allowed = "allowed";
  w.retry_undefined = "not defined";
  w.header = "header";
  w.one_of = " (one of the listed)";
  w.no_q850 = "none (RFC 3398 section 8.2.6.1 gives no mapping)";
  w.bearer_prefix = "";
  w.bearer_variant = " with warn-code 304 or 305 (bearer capability)";
  w.not_registered = " is not a registered SIP response code";
  w.treated_as = "treated as";
  w.treated_as_prefix = "treated as ";
  w.treated_as_suffix = "";
  w.fallback_183 = "183";
  w.fallback_x00 = "the x00 code of its class";
  w.method_prefix = " for ";
  w.method_suffix = "";
  w.level_open = " ";
  w.level_close = "";
  w.conditional = ", ";
  w.phrase_given = "phrase given";
  w.phrase_of_prefix = "the phrase of ";
  w.phrase_of_suffix = "";
  w.not_of_prefix = ", not of ";
  w.not_of_suffix = "";
  w.not_a_phrase_prefix = "not a phrase of ";
  w.not_a_phrase_suffix = "";
  w.code_decides = "the code decides";
  w.from = "from";
  w.q850_cause_prefix = "Q.850 cause ";
  w.reason_text = "reason text";
  w.q850_heading = "Q.850 cause ";
  w.q850_sip = "sip";
  w.q850_at_user = "at user";
  w.q850_diagnostic = "diagnostic";
  w.q850_none = "none: ";
  w.q850_untranslatable = "untranslatable, no response is sent";
  w.q850_clearing = "the call ends with BYE or CANCEL";
  w.q850_unlisted = ": the default for causes it does not list";
  w.warn_range = "range";
  w.warn_agent = "agent";
  w.warn_text = "warn-text";
  w.warn_not_registered = " is not a registered warn-code";
  w.for_488_606 = "for 488 and 606";
  w.warn_ranges = {
      "300-329: keywords of the session description", "330-339: basic network services the session asks for",
      "370-379: quantitative quality-of-service parameters of the session",
      "380-399: miscellaneous SIP-related warnings (RFC 5630 Appendix A)", "outside the ranges RFC 3261 defines"};
  w.seconds = "seconds";
  w.comment = "comment";
  w.duration = "duration";
  w.indefinitely = "indefinitely (no duration parameter)";
  w.retry = "retry";
  w.retry_after_prefix = "the same request may go again after ";
  w.retry_after_suffix = "";
  w.retry_several_seconds = "the same request may go again after several seconds";
  w.retry_any_time = "the same request may go again unchanged at any later time (MAY)";
  w.retry_random_time =
      "a re-INVITE should go once more after a random time: 2.1 to 4 s if this side made the Call-ID, else 0 to 2 s "
      "(SHOULD)";
  w.retry_not_unchanged = "not the same request unchanged (SHOULD NOT)";
  w.retry_definitive = "not the same request unchanged";
  w.try_elsewhere = "try an alternate server meanwhile (SHOULD)";
  w.without_retry_after = "without Retry-After: ";
  w.acts_as_prefix = "as for ";
  w.acts_as_suffix = " (MUST)";
  w.no_advice = "RFC 3261 says nothing of Retry-After for this code";
  w.units = {"s", "min", "h", "d"};
  w.classes = {"invalid",          "1xx provisional",  "2xx success",       "3xx redirection",
               "4xx client error", "5xx server error", "6xx global failure"};
  w.lifecycles = {"current", "deprecated", "reserved", "historic"};
  w.markdown_columns = {"Code", "Reason phrase", "Enumerator", "Reference", "Lifecycle", "Also seen as", "Description"};
  return w;
}

constexpr error_wording make_english_errors() {
  error_wording e{};
  e.modes_conflict = "{} and {} cannot be combined: run sipcodes once for each";
  e.lang_missing = "--lang needs a language: en or tr, as in --lang tr";
  e.lang_unknown = "unknown language {}: the languages are en (English) and tr (Turkish), as in --lang tr";
  e.formats_conflict = "--json and --markdown cannot be combined: choose one";
  e.unknown_option = "unknown option {}: sipcodes --help lists the options";
  e.unknown_option_near = "unknown option {}: did you mean {}? sipcodes --help lists the options";
  e.no_markdown_form = "--markdown prints codes: {} has no Markdown form; leave out --markdown, or use --json";
  e.gateway_markdown_only = "--gateway-tables prints Markdown only: leave out --json";
  e.html_only = "--html prints HTML only: leave out {}";
  e.list_one_class = "--list takes one class, not also {}: run it once for each class";
  e.not_a_class = "{} is not a class: --list takes 1xx, 2xx, 3xx, 4xx, 5xx or 6xx, or nothing for every code";
  e.takes_no_argument = "{} takes no argument, not {}: {}";
  e.page_holds_all = "the page holds every code";
  e.prints_all_tables = "it prints every table";
  e.q850_needed = "--q850 needs a Q.850 cause, 1 to 127, as in --q850 17";
  e.warning_needed = "--warning needs a warn-code or a Warning value, as in --warning 370";
  e.retry_after_needed = "--retry-after needs a Retry-After value, as in --retry-after 120 503";
  e.retry_after_too_many =
      "--retry-after takes a value and at most one response code, as in --retry-after 120 503: quote a value with "
      "blanks, as '120 (in a meeting)'";
  e.cannot_write = "cannot write the output";
  e.empty_argument = "an empty argument is no code, name or phrase: give one, as 486 or busy_here";
  e.not_a_code = "{} is not a response code: a code is three digits, 100 to 699";
  e.no_code_first = "{} does not start with a response code: a code is three digits, 100 to 699, as in 486 Busy Here";
  e.not_a_code_and_phrase = "{} is not a code and its phrase: {}, as in 486 Busy Here";
  e.too_long = "{} is too long for a phrase or words: at most 200 bytes are searched for";
  e.not_a_status_line = "{} is not a status line: {}, as in SIP/2.0 486 Busy Here";
  e.sip_cause_not_a_code = "{} names cause {}, which is no response code: a SIP cause is a code, 100 to 699";
  e.other_protocol = "{} is a Reason value of another protocol: sipcodes reads the causes of SIP and Q.850";
  e.q850_cause_out_of_range = "{} names cause {}, which is no Q.850 cause: Q.850 causes are 1 to 127";
  e.q850_no_response =
      "Q.850 cause {} ({}) has no SIP response: {} (RFC 3398 section 7.2.4.1); sipcodes --q850 {} says more";
  e.q850_untranslatable = "it is untranslatable, and no response is sent";
  e.q850_clearing = "the call ends with BYE or CANCEL";
  e.words_not_utf8 = "{} is not UTF-8 text: give the words in UTF-8";
  e.no_match_option =
      "no code has every word of {}: after -- it is read as words; give {} before -- to use it as an option";
  e.no_match_did_you_mean = "no code has every word of {} in its phrases, name or description; did you mean {} ({})?";
  e.no_match =
      "no code has every word of {} in its phrases, name or description (fewer words may find one; sipcodes --list "
      "lists every code)";
  e.not_a_reason_value = "{} is not a Reason value: {}, as in SIP ;cause=486 ;text=\"Busy Here\" or Q.850 ;cause=17";
  e.reason_no_cause = "it has no cause";
  e.reason_bad_protocol = "it must start with a protocol such as SIP or Q.850";
  e.reason_bad_parameter = "its parameters must be ;name=value, each name once";
  e.reason_bad_cause = "its cause must be a number";
  e.reason_bad_text = "its text must be in double quotes, closed, with no control character";
  e.reason_bad_separator = "a parameter must be followed by a ; or by a comma and the next value";
  e.value_not_utf8 = "it is not UTF-8 text";
  e.line_bad_version = "SIP/ must be followed by the version, 2.0";
  e.line_bad_code = "the code must be three digits, 100 to 699";
  e.line_bad_reason = "its phrase holds a control character";
  e.line_bad_utf8 = "its phrase is not UTF-8 text";
  e.line_bad_line_end = "it holds a line break before its end";
  e.line_unsupported_version = "the codes are those of SIP/2.0";
  e.line_bad_separator = "one space must separate the version, the code and the phrase";
  e.not_a_q850_cause = "{} is not a Q.850 cause: causes are 1 to 127";
  e.not_a_retry_after_value = "{} is not a Retry-After value: {} (RFC 3261 section 20.33)";
  e.retry_bad_comment =
      "its comment must be closed by a parenthesis and hold no control character, as in 120 (in a meeting)";
  e.retry_bad_parameter =
      "its parameters must be ;name=value, with duration in seconds and once, as in 120;duration=600";
  e.retry_bad_separator =
      "only a comment and ;parameters may follow the seconds, as in 120 (in a meeting);duration=600";
  e.retry_bad_seconds = "it must start with the seconds, digits only, as in 120 or 120 (in a meeting);duration=600";
  e.retry_not_utf8 = "it is not UTF-8 text, as in 120 (in a meeting)";
  e.not_a_response_code = "{} is not a response code: codes are 100 to 699";
  e.not_a_warn_code = "{} is not a warn-code: a warn-code is three digits, as in 370";
  e.not_a_warning_value = "{} is not a Warning value: {}";
  e.warning_bad_text = "its text must be in double quotes";
  e.warning_bad_agent = "a warn-agent, a host name or a token, must come between the code and the text";
  e.warning_bad_separator = "one space must separate its parts, and a comma the next value";
  e.warning_bad_code = "it must start with a warn-code, three digits";
  e.warning_in_words =
      "--warning takes each warn-code or Warning value as one argument: quote a value with blanks, as '{}'";
  e.as_in = ", as in {}";
  return e;
}

// Turkish, in the words of the glossary of sipcodes/lang/tr.hpp. What stays
// English is what a Turkish engineer reads in English too: an RFC keyword, a
// header field, parameter or method name, an option, a phrase or cause name
// quoted from its registry.
constexpr wording make_turkish() {
  wording w{};
  w.column = 18;
  w.cut_note = " ({} bayt, kısaltıldı)";
  w.name = "ad";
  w.cls = "sınıf";
  w.defined_in = "kaynak";
  w.section = "bölüm";
  w.lifecycle = "durum";
  w.description = "açıklama";
  w.also_seen = "diğer ifade";
  w.q850_cause = "Q.850 nedeni";
  w.retry_after = "Retry-After";
  w.retry_allowed = "kullanılabilir";
  w.retry_undefined = "tanımlı değil";
  w.header = "başlık alanı";
  w.one_of = ", listelenenlerden biri";
  w.no_q850 = "yok (RFC 3398 bölüm 8.2.6.1 eşleme vermez)";
  w.bearer_prefix = "uyarı kodu 304 ya da 305 ise (taşıyıcı yeteneği) ";
  w.bearer_variant = "";
  w.not_registered = " kayıtlı bir SIP yanıt kodu değil";
  w.treated_as = "işlendiği kod";
  w.treated_as_prefix = "";
  w.treated_as_suffix = " gibi işlenir";
  w.fallback_183 = "183";
  w.fallback_x00 = "sınıfının x00 kodu";
  w.method_first = true;
  w.method_prefix = "";
  w.method_suffix = " için ";
  w.level_open = " (";
  w.level_close = ")";
  w.conditional = ": ";
  w.phrase_given = "satırdaki ifade";
  w.phrase_of_prefix = "";
  w.phrase_of_suffix = " kodunun ifadesi";
  w.not_of_prefix = ", ";
  w.not_of_suffix = " kodunun değil";
  w.not_a_phrase_prefix = "";
  w.not_a_phrase_suffix = " kodunun ifadesi değil";
  w.code_decides = "anlamı kod belirler";
  w.from = "eşlendiği neden";
  w.q850_cause_prefix = "Q.850 ";
  w.reason_text = "text parametresi";
  w.q850_heading = "Q.850 nedeni ";
  w.q850_sip = "SIP yanıtı";
  w.q850_at_user = "konum: kullanıcı";
  w.q850_diagnostic = "tanı bilgisiyle";
  w.q850_none = "yok: ";
  w.q850_untranslatable = "çevrilemez, yanıt gönderilmez";
  w.q850_clearing = "çağrı BYE ya da CANCEL ile sonlanır";
  w.q850_unlisted = ": listelemediği nedenler için varsayılan";
  w.warn_range = "aralık";
  w.warn_agent = "uyarıyı ekleyen";
  w.warn_text = "uyarı metni";
  w.warn_not_registered = " kayıtlı bir uyarı kodu değil";
  w.for_488_606 = "488 ve 606 için";
  w.warn_ranges = {"300-329: oturum tanımındaki anahtar sözcükler", "330-339: oturumun istediği temel ağ hizmetleri",
                   "370-379: oturumun sayısal hizmet kalitesi parametreleri",
                   "380-399: SIP ile ilgili diğer uyarılar (RFC 5630 Ek A)",
                   "RFC 3261'in tanımladığı aralıkların dışında"};
  w.seconds = "saniye";
  w.comment = "yorum";
  w.duration = "süre";
  w.indefinitely = "süresiz (duration parametresi yok)";
  w.retry = "yeniden gönderim";
  w.retry_after_prefix = "aynı istek ";
  w.retry_after_suffix = " sonra yeniden gönderilebilir";
  w.retry_several_seconds = "aynı istek birkaç saniye sonra yeniden gönderilebilir";
  w.retry_any_time = "aynı istek değiştirilmeden, sonraki herhangi bir zamanda yeniden gönderilebilir (MAY)";
  w.retry_random_time =
      "re-INVITE rastgele bir süre sonra bir kez daha gönderilmelidir (SHOULD): Call-ID'yi bu taraf oluşturduysa "
      "2,1 ile 4 sn, oluşturmadıysa 0 ile 2 sn arası";
  w.retry_not_unchanged = "aynı istek değiştirilmeden yeniden gönderilmemelidir (SHOULD NOT)";
  w.retry_definitive = "aynı istek değiştirilmeden yeniden gönderilmez";
  w.try_elsewhere = "bu arada başka bir sunucu denenmelidir (SHOULD)";
  w.without_retry_after = "Retry-After yoksa: ";
  w.acts_as_prefix = "istemci ";
  w.acts_as_suffix = " almış gibi davranmak zorundadır (MUST)";
  w.no_advice = "RFC 3261 bu kod için Retry-After'dan söz etmez";
  w.units = {"sn", "dk", "sa", "gün"};
  w.classes = {"geçersiz",           "1xx geçici yanıt",  "2xx başarılı yanıt",        "3xx yeniden yönlendirme",
               "4xx istemci hatası", "5xx sunucu hatası", "6xx her yerde başarısızlık"};
  w.lifecycles = {"güncel", "kullanımdan kaldırıldı", "ayrılmış", "tarihsel"};
  w.markdown_columns = {"Kod", "Yanıt ifadesi", "Numaralandırıcı", "Kaynak", "Durum", "Diğer ifade", "Açıklama"};
  return w;
}

constexpr error_wording make_turkish_errors() {
  error_wording e{};
  e.modes_conflict = "{} ile {} birlikte kullanılamaz: her biri için sipcodes'u ayrı çalıştırın";
  e.lang_missing = "--lang bir dil ister: en ya da tr, örneğin --lang tr";
  e.lang_unknown = "bilinmeyen dil {}: diller en (İngilizce) ve tr (Türkçe), örneğin --lang tr";
  e.formats_conflict = "--json ile --markdown birlikte kullanılamaz: birini seçin";
  e.unknown_option = "bilinmeyen seçenek {}: seçenekleri sipcodes --help listeler";
  e.unknown_option_near = "bilinmeyen seçenek {}: {} mi demek istediniz? Seçenekleri sipcodes --help listeler";
  e.no_markdown_form =
      "--markdown kodları yazar: {} çıktısının Markdown biçimi yok; --markdown seçeneğini kaldırın ya da --json "
      "kullanın";
  e.gateway_markdown_only = "--gateway-tables yalnızca Markdown yazar: --json seçeneğini kaldırın";
  e.html_only = "--html yalnızca HTML yazar: {} seçeneğini kaldırın";
  e.list_one_class = "--list tek bir sınıf alır, {} fazladan: her sınıf için ayrı çalıştırın";
  e.not_a_class = "{} bir sınıf değil: --list 1xx, 2xx, 3xx, 4xx, 5xx ya da 6xx alır; sınıf verilmezse her kodu yazar";
  e.takes_no_argument = "{} argüman almaz, {} fazladan: {}";
  e.page_holds_all = "sayfada her kod zaten var";
  e.prints_all_tables = "her tabloyu zaten yazar";
  e.q850_needed = "--q850 bir Q.850 nedeni ister, 1 ile 127 arası: örneğin --q850 17";
  e.warning_needed = "--warning bir uyarı kodu ya da bir Warning değeri ister: örneğin --warning 370";
  e.retry_after_needed = "--retry-after bir Retry-After değeri ister: örneğin --retry-after 120 503";
  e.retry_after_too_many =
      "--retry-after bir değer ve en çok bir yanıt kodu alır, örneğin --retry-after 120 503: boşluk içeren bir "
      "değeri tırnak içinde verin, örneğin '120 (toplantıda)'";
  e.cannot_write = "çıktı yazılamıyor";
  e.empty_argument = "boş bir argüman kod, ad ya da ifade değildir: birini verin, örneğin 486 ya da busy_here";
  e.not_a_code = "{} bir yanıt kodu değil: kod üç hanedir, 100 ile 699 arası";
  e.no_code_first = "{} bir yanıt koduyla başlamıyor: kod üç hanedir, 100 ile 699 arası, örneğin 486 Busy Here";
  e.not_a_code_and_phrase = "{} bir kod ve ifadesi değil: {}; örneğin 486 Busy Here";
  e.too_long = "{} bir ifade ya da aranacak sözcükler için çok uzun: en çok 200 bayt aranır";
  e.not_a_status_line = "{} bir durum satırı değil: {}; örneğin SIP/2.0 486 Busy Here";
  e.sip_cause_not_a_code =
      "{} içindeki cause={} bir yanıt kodu değil: SIP için cause bir yanıt kodudur, 100 ile 699 arası";
  e.other_protocol = "{} başka bir protokolün Reason değeri: sipcodes SIP ve Q.850 nedenlerini okur";
  e.q850_cause_out_of_range = "{} içindeki cause={} bir Q.850 nedeni değil: Q.850 nedenleri 1 ile 127 arasıdır";
  e.q850_no_response =
      "Q.850 nedeni {} ({}) için SIP yanıtı yok: {} (RFC 3398 bölüm 7.2.4.1); ayrıntısını sipcodes --q850 {} verir";
  e.q850_untranslatable = "bu neden çevrilemez ve yanıt gönderilmez";
  e.q850_clearing = "çağrı BYE ya da CANCEL ile sonlanır";
  e.words_not_utf8 = "{} UTF-8 metin değil: sözcükleri UTF-8 olarak verin";
  e.no_match_option =
      "{} içindeki sözcüklerin hepsini taşıyan kod yok: -- sonrasındaki argümanlar sözcük olarak okunur; seçenek "
      "olarak kullanmak için {} seçeneğini -- öncesinde verin";
  e.no_match_did_you_mean =
      "{} içindeki sözcüklerin hepsini ifadelerinde, adında ya da açıklamasında taşıyan kod yok; {} ({}) mi demek "
      "istediniz?";
  e.no_match =
      "{} içindeki sözcüklerin hepsini ifadelerinde, adında ya da açıklamasında taşıyan kod yok (daha az sözcükle "
      "bulunabilir; sipcodes --list her kodu listeler)";
  e.not_a_reason_value =
      "{} bir Reason değeri değil: {}; örneğin SIP ;cause=486 ;text=\"Busy Here\" ya da Q.850 ;cause=17";
  e.reason_no_cause = "cause parametresi yok";
  e.reason_bad_protocol = "SIP ya da Q.850 gibi bir protokolle başlaması gerekir";
  e.reason_bad_parameter = "parametrelerinin ;ad=değer biçiminde olması ve her adın bir kez geçmesi gerekir";
  e.reason_bad_cause = "cause değerinin bir sayı olması gerekir";
  e.reason_bad_text =
      "text değerinin çift tırnak içinde olması, tırnağın kapanması ve denetim karakteri içermemesi gerekir";
  e.reason_bad_separator = "bir parametreden sonra ; ya da bir virgül ve sonraki değer gelmesi gerekir";
  e.value_not_utf8 = "UTF-8 metin değil";
  e.line_bad_version = "SIP/ ardından sürüm, 2.0 gerekir";
  e.line_bad_code = "kodun üç hane olması gerekir, 100 ile 699 arası";
  e.line_bad_reason = "ifadesinde bir denetim karakteri var";
  e.line_bad_utf8 = "ifadesi UTF-8 metin değil";
  e.line_bad_line_end = "sonundan önce bir satır sonu içeriyor";
  e.line_unsupported_version = "kodlar SIP/2.0 sürümüne aittir";
  e.line_bad_separator = "sürüm, kod ve ifade arasında birer boşluk gerekir";
  e.not_a_q850_cause = "{} bir Q.850 nedeni değil: nedenler 1 ile 127 arasıdır";
  e.not_a_retry_after_value = "{} bir Retry-After değeri değil: {} (RFC 3261 bölüm 20.33)";
  e.retry_bad_comment =
      "yorumunun bir parantezle kapanması ve denetim karakteri içermemesi gerekir, örneğin 120 (toplantıda)";
  e.retry_bad_parameter =
      "parametrelerinin ;ad=değer biçiminde olması gerekir, duration saniye cinsinden ve bir kez, örneğin "
      "120;duration=600";
  e.retry_bad_separator =
      "saniyeden sonra yalnızca bir yorum ve ;parametreler gelebilir, örneğin 120 (toplantıda);duration=600";
  e.retry_bad_seconds =
      "yalnızca rakamlardan oluşan saniyeyle başlaması gerekir, örneğin 120 ya da 120 (toplantıda);duration=600";
  e.retry_not_utf8 = "UTF-8 metin değil, örneğin 120 (toplantıda)";
  e.not_a_response_code = "{} bir yanıt kodu değil: kodlar 100 ile 699 arasıdır";
  e.not_a_warn_code = "{} bir uyarı kodu değil: uyarı kodu üç hanedir, örneğin 370";
  e.not_a_warning_value = "{} bir Warning değeri değil: {}";
  e.warning_bad_text = "metninin çift tırnak içinde olması gerekir";
  e.warning_bad_agent =
      "kod ile metin arasında uyarıyı ekleyenin adı gerekir: bir ana bilgisayar adı ya da bir belirteç";
  e.warning_bad_separator = "parçaları arasında birer boşluk, sonraki değerden önce bir virgül gerekir";
  e.warning_bad_code = "üç haneli bir uyarı koduyla başlaması gerekir";
  e.warning_in_words =
      "--warning her uyarı kodunu ve Warning değerini tek bir argüman olarak alır: boşluk içeren bir değeri tırnak "
      "içinde verin, örneğin '{}'";
  e.as_in = ", örneğin {}";
  return e;
}

inline constexpr wording english = make_english();
inline constexpr error_wording english_errors = make_english_errors();
inline constexpr wording turkish = make_turkish();
inline constexpr error_wording turkish_errors = make_turkish_errors();

// The languages the tool speaks: English, the library's own, and the packs.
inline constexpr sipcodes::language_pack english_pack{"en", "English", {}};

struct language {
  const sipcodes::language_pack* pack;
  const wording* words;
  const error_wording* errors;
};

inline constexpr std::array<language, 2> languages{
    {{&english_pack, &english, &english_errors}, {&sipcodes::lang::tr, &turkish, &turkish_errors}}};

inline const language& english_language() { return languages[0]; }

inline std::string_view class_label(const wording& words, sipcodes::status_class c) {
  return words.classes[static_cast<std::size_t>(c) < words.classes.size() ? static_cast<std::size_t>(c) : 0];
}

// A header rule in a language's words, its condition the pack's: "Retry-After
// MUST for INVITE, when ..." or "INVITE için Retry-After (MUST): ...".
inline std::string header_rule_text(const wording& words, const sipcodes::language_pack& pack,
                                    const sipcodes::header_rule& rule) {
  std::string out;
  if (words.method_first && !rule.method.empty()) out.append(rule.method).append(words.method_suffix);
  out.append(rule.header).append(words.level_open).append(sipcodes::to_string(rule.level));
  if (rule.one_of) out.append(words.one_of);
  out.append(words.level_close);
  if (!words.method_first && !rule.method.empty()) out.append(words.method_prefix).append(rule.method);
  const std::string_view condition = sipcodes::condition(rule, pack);
  if (!condition.empty()) out.append(words.conditional).append(condition);
  return out;
}

inline std::string_view lifecycle_label(const wording& words, sipcodes::lifecycle l) {
  return words.lifecycles[static_cast<std::size_t>(l) % words.lifecycles.size()];
}

// A label padded to the column the values start at.
inline std::string label(const wording& words, std::string_view text) {
  std::string out = "  ";
  out += text;
  // Pad by characters, not bytes, so that Turkish labels line up too.
  std::size_t characters = 0;
  for (char c : text) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  out.append(characters < words.column ? words.column - characters : 1, ' ');
  return out;
}

}  // namespace cli

#endif
