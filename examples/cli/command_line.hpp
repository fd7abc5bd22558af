// What the sipcodes command needs from the operating system beyond standard
// C++, so that it behaves the same everywhere: its arguments in UTF-8, its
// output as bytes, and the language of the user's locale.
//
// On Windows, main() receives its arguments in the ANSI code page, where
// "meşgul" does not survive; the stream writes "\r\n" for "\n", so JSON, HTML
// and Markdown would differ from what the tool writes elsewhere; and a console
// shows UTF-8 as mojibake unless told otherwise. Elsewhere all three already
// hold, and these functions do nothing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
// <windows.h> first: the others build on it.
#include <fcntl.h>
#include <io.h>
#include <shellapi.h>
#include <stdio.h>
#endif

namespace command_line {

// Sets the standard streams up for the life of the object: output as bytes,
// and a console that shows UTF-8 (restored on destruction, as the console
// outlives the command).
class byte_output {
 public:
  byte_output() noexcept {
#ifdef _WIN32
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
    console_code_page_ = GetConsoleOutputCP();
    if (console_code_page_ != 0) SetConsoleOutputCP(CP_UTF8);
#endif
  }
  ~byte_output() {
#ifdef _WIN32
    if (console_code_page_ != 0) SetConsoleOutputCP(console_code_page_);
#endif
  }
  byte_output(const byte_output&) = delete;
  byte_output& operator=(const byte_output&) = delete;

 private:
#ifdef _WIN32
  unsigned console_code_page_ = 0;  // 0: no console
#endif
};

#ifdef _WIN32
namespace detail {
inline std::string utf8_of(const wchar_t* text) {
  const int size = WideCharToMultiByte(CP_UTF8, 0, text, -1, nullptr, 0, nullptr, nullptr);
  if (size <= 1) return {};
  std::string utf8(static_cast<std::size_t>(size - 1), '\0');
  WideCharToMultiByte(CP_UTF8, 0, text, -1, utf8.data(), size, nullptr, nullptr);
  return utf8;
}
}  // namespace detail
#endif

// The arguments after the program's name, in UTF-8. On Windows they are read
// again from the command line in UTF-16 (unpaired surrogates become U+FFFD).
inline std::vector<std::string> utf8_arguments(int argc, char** argv) {
#ifdef _WIN32
  int count = 0;
  wchar_t** wide = CommandLineToArgvW(GetCommandLineW(), &count);
  if (wide != nullptr) {
    std::vector<std::string> arguments;
    for (int i = 1; i < count; ++i) arguments.push_back(detail::utf8_of(wide[i]));
    LocalFree(wide);
    return arguments;
  }
#endif
  return std::vector<std::string>(argv + (argc > 0 ? 1 : 0), argv + argc);
}

// The user's locale when no LC_ALL, LC_MESSAGES or LANG says it: on Windows
// the user's locale name ("tr-TR"); elsewhere none, and the caller's default.
inline std::string system_locale() {
#ifdef _WIN32
  wchar_t name[LOCALE_NAME_MAX_LENGTH] = {};
  if (GetUserDefaultLocaleName(name, LOCALE_NAME_MAX_LENGTH) > 0) return detail::utf8_of(name);
#endif
  return {};
}

}  // namespace command_line
