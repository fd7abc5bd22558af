// The sipcodes command's text: JSON strings that are JSON whatever the bytes,
// arguments said back as they were typed, and a search that folds I, İ, ı and
// i as one letter, as the reference page does.
#include <doctest/doctest.h>

#include "cli_run.hpp"

#include <string>
#include <vector>

using cli_test::english_environment;
using cli_test::run_command;
using cli_test::turkish_environment;

namespace {

// Whether `text` is well-formed UTF-8, checked here byte by byte (RFC 3629
// section 4's table), apart from the command's own check.
bool utf8(const std::string& text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto b = [&](std::size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0U; };
    const auto tail = [&](std::size_t k) { return b(k) >= 0x80 && b(k) <= 0xBF; };
    std::size_t length = 0;
    if (b(0) < 0x80) {
      length = 1;
    } else if (b(0) >= 0xC2 && b(0) <= 0xDF) {
      length = tail(1) ? 2 : 0;
    } else if (b(0) >= 0xE0 && b(0) <= 0xEF) {
      const bool second = b(0) == 0xE0   ? b(1) >= 0xA0 && b(1) <= 0xBF
                          : b(0) == 0xED ? b(1) >= 0x80 && b(1) <= 0x9F
                                         : tail(1);
      length = second && tail(2) ? 3 : 0;
    } else if (b(0) >= 0xF0 && b(0) <= 0xF4) {
      const bool second = b(0) == 0xF0   ? b(1) >= 0x90 && b(1) <= 0xBF
                          : b(0) == 0xF4 ? b(1) >= 0x80 && b(1) <= 0x8F
                                         : tail(1);
      length = second && tail(2) && tail(3) ? 4 : 0;
    }
    if (length == 0) return false;
    i += length;
  }
  return true;
}

}  // namespace

TEST_CASE("a JSON string is JSON whatever the bytes it is given") {
  CHECK(cli::json_string("Meşgul") == "\"Meşgul\"");
  CHECK(cli::json_string("a\"b\\c") == R"("a\"b\\c")");
  CHECK(cli::json_string("\x01\x1f") == R"("\u0001\u001f")");
  // A byte of malformed UTF-8 is U+FFFD, the replacement character, escaped.
  CHECK(cli::json_string("Me\xc5") == R"("Me\ufffd")");
  CHECK(cli::json_string("\xed\xa0\x80") == R"("\ufffd\ufffd\ufffd")");  // a surrogate
  CHECK(cli::json_string("\xc3\xa7\xc3") == "\"\xc3\xa7\\ufffd\"");
  for (int first = 0; first < 256; ++first) {
    for (int second : {0x00, 0x41, 0x80, 0xA0, 0xBF, 0xC3, 0xFF}) {
      const std::string bytes{static_cast<char>(first), static_cast<char>(second)};
      const std::string json = cli::json_string(bytes);
      CAPTURE(first);
      CAPTURE(second);
      CHECK(utf8(json));
      for (char c : json) CHECK(static_cast<unsigned char>(c) >= 0x20);
    }
  }
}

TEST_CASE("an argument is said back as it was typed, but for what a terminal would obey") {
  const cli::wording& words = cli::english;
  CHECK(cli::shown(words, "486 \"Gone\" C:\\x") == "\"486 \"Gone\" C:\\x\"");
  CHECK(cli::shown(words, "Meşgul") == "\"Meşgul\"");
  CHECK(cli::shown(words, "\x1b[31mred") == "\"\\x1b[31mred\"");
  CHECK(cli::shown(words, "a\xc3") == "\"a\\xc3\"");
  CHECK(cli::shown(words, "x\xe2\x80\xaey") == "\"x\\xe2\\x80\\xaey\"");  // U+202E turns text around
  const auto o = run_command({"486 \"Gone\" Fishing"}, english_environment());
  CHECK(o.out.find("phrase given \"\"Gone\" Fishing\"") != std::string::npos);
}

TEST_CASE("a search folds I, İ, ı and i as one letter, in either language") {
  for (const cli::language* environment : {&english_environment(), &turkish_environment()}) {
    const auto kisa = run_command({"kısa"}, *environment);
    CAPTURE(kisa.all());
    CHECK(kisa.status == cli::found);
    CHECK(kisa.out.find("422 ") != std::string::npos);
    CHECK(kisa.out.find("423 ") != std::string::npos);
    for (const char* same : {"KISA", "kisa", "Kısa", "KıSA"}) {
      CAPTURE(same);
      CHECK(run_command({same}, *environment).out == kisa.out);
    }
    const auto istek = run_command({"istek"}, *environment);
    CHECK(istek.status == cli::found);
    CHECK(istek.out.find('\n') != istek.out.rfind('\n'));  // several codes
    for (const char* same : {"İSTEK", "ISTEK", "ıstek", "Istek", "İstek"}) {
      CAPTURE(same);
      CHECK(run_command({same}, *environment).out == istek.out);
    }
    const auto hatasi = run_command({"HATASI"}, *environment);
    CAPTURE(hatasi.err);
    CHECK(hatasi.status == cli::found);
    CHECK(hatasi.out == run_command({"hatası"}, *environment).out);
  }
}

TEST_CASE("the options --help lists are the options the command takes") {
  for (const cli::language* environment : {&english_environment(), &turkish_environment()}) {
    const std::string usage = run_command({"--help"}, *environment).out;
    std::vector<std::string> listed;
    for (std::size_t at = usage.find("\n  --"); at != std::string::npos; at = usage.find("\n  --", at + 1)) {
      const std::size_t start = at + 3;
      listed.push_back(usage.substr(start, usage.find_first_of(" =\n", start) - start));
    }
    CHECK(listed.size() == 11);
    for (const std::string& option : listed) {
      CAPTURE(option);
      const auto o = run_command({option, "x"}, *environment);
      CHECK(o.err.find("--help") == std::string::npos);  // every "unknown option" message points to --help
      CHECK(std::string(cli::closest_option(option + "x")) == option);
    }
  }
  CHECK(run_command({"--frobnicate"}, english_environment()).err.find("--help") != std::string::npos);
}
