// sipcodes as a C++20 module: `import sipcodes;` gives the public API of the
// core, <sipcodes/sipcodes.hpp>, which stays the primary form. The add-ons are
// modules of their own: sipcodes.q850 and sipcodes.lang.tr. The formatters
// ({fmt}, std::format) remain headers, as specialisations of another
// library's template. Macros do not cross an import: the version is exported
// as sipcodes::version_major, version_minor and version_patch.
//
// Build the interface with your toolchain, for instance with clang 19:
//   clang++-19 -std=c++20 -I include --precompile include/sipcodes/module/sipcodes.cppm -o sipcodes.pcm
//   clang++-19 -std=c++20 -fmodule-file=sipcodes=sipcodes.pcm -c your.cpp
//   clang++-19 -std=c++20 -c sipcodes.pcm -o sipcodes.o   (and link it)
module;

#include "../sipcodes.hpp"

export module sipcodes;

export namespace sipcodes {

inline constexpr int version_major = SIPCODES_VERSION_MAJOR;
inline constexpr int version_minor = SIPCODES_VERSION_MINOR;
inline constexpr int version_patch = SIPCODES_VERSION_PATCH;

// 1. The table
using sipcodes::alias;
using sipcodes::all;
using sipcodes::lifecycle;
using sipcodes::row_view;
using sipcodes::status;
using sipcodes::status_class;
using sipcodes::status_info;
using sipcodes::warn_code_info;

// 2. Lookups
using sipcodes::class_of;
using sipcodes::covers_all;
using sipcodes::description;
using sipcodes::fallback;
using sipcodes::find;
using sipcodes::find_warn_code;
using sipcodes::from_name;
using sipcodes::from_reason;
using sipcodes::is_client_error;
using sipcodes::is_final;
using sipcodes::is_global_failure;
using sipcodes::is_known;
using sipcodes::is_provisional;
using sipcodes::is_redirection;
using sipcodes::is_server_error;
using sipcodes::is_success;
using sipcodes::is_valid;
using sipcodes::language_pack;
using sipcodes::localized_reason;
using sipcodes::reason_phrase;
using sipcodes::source;
using sipcodes::text_translation;
using sipcodes::to_status;
using sipcodes::translation;
using sipcodes::warn_codes;
using sipcodes::warning_description;
using sipcodes::warning_text;
using sipcodes::warning_translation;

// 3. Text
using sipcodes::fixed_text;
using sipcodes::format_part;
using sipcodes::format_status;
using sipcodes::is_valid_reason_phrase;
using sipcodes::operator<<;

// 4. Wire
using sipcodes::escape_reason_phrase;
using sipcodes::escaped_reason_phrase_size;
using sipcodes::line_error;
using sipcodes::make_status_line;
using sipcodes::max_delta_seconds;
using sipcodes::parse_reason;
using sipcodes::parse_result;
using sipcodes::parse_retry_after;
using sipcodes::parse_status_line;
using sipcodes::parse_warning;
using sipcodes::reason_error;
using sipcodes::reason_protocol;
using sipcodes::reason_size;
using sipcodes::reason_value;
using sipcodes::retry_after_error;
using sipcodes::retry_after_size;
using sipcodes::retry_after_value;
using sipcodes::size_result;
using sipcodes::status_line;
using sipcodes::status_line_size;
using sipcodes::to_string;
using sipcodes::unescape_quoted;
using sipcodes::unescape_reason_text;
using sipcodes::unescaped_size;
using sipcodes::warning_error;
using sipcodes::warning_size;
using sipcodes::warning_value;
using sipcodes::write_error;
using sipcodes::write_reason;
using sipcodes::write_result;
using sipcodes::write_retry_after;
using sipcodes::write_status_line;
using sipcodes::write_warning;

// 5. Rules
using sipcodes::allows_retry_after;
using sipcodes::condition;
using sipcodes::header_rule;
using sipcodes::header_rules;
using sipcodes::requirement;
using sipcodes::retry_advice;
using sipcodes::retry_advice_for;
using sipcodes::retry_after_rule;
using sipcodes::retry_after_rules;

}  // namespace sipcodes
