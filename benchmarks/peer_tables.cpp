// Compares the peers' phrase tables with sipcodes' table, code by code:
// which codes a peer has no phrase for, and which phrases differ (ignoring
// case, with belle-sip's lower-case phrases in mind). README's "Why another
// table" quotes its output. Built when pkg-config finds all three peers.
#include <sipcodes/sipcodes.hpp>

#include <osipparser2/osip_parser.h>
#include <sofia-sip/sip_status.h>
#include <strings.h>

#include <cstring>
#include <iostream>
#include <string>

extern "C" const char* belle_sip_get_well_known_reason_phrase(int status_code);

namespace {

struct peer {
  const char* name;
  const char* (*phrase)(int);
  const char* unknown;  // what the peer answers for a code it does not know
};

const char* sofia_phrase(int code) { return sip_status_phrase(code); }
const char* osip_phrase(int code) { return osip_message_get_reason(code); }
const char* bellesip_phrase(int code) { return belle_sip_get_well_known_reason_phrase(code); }

}  // namespace

int main() {
  const peer peers[] = {
      {"sofia-sip", sofia_phrase, ""}, {"oSIP", osip_phrase, ""}, {"belle-sip", bellesip_phrase, "Unknown reason"}};
  for (const peer& p : peers) {
    std::string missing, different;
    for (const auto& row : sipcodes::all()) {
      const int code = static_cast<int>(row.code);
      const char* phrase = p.phrase(code);
      if (phrase == nullptr || *phrase == '\0' || std::strcmp(phrase, p.unknown) == 0) {
        missing += " " + std::to_string(code);
      } else if (strcasecmp(phrase, std::string(row.reason).c_str()) != 0) {
        different += " " + std::to_string(code) + " \"" + phrase + "\"";
      }
    }
    std::cout << p.name << ": no phrase for" << (missing.empty() ? " none" : missing) << "\n  a different phrase for"
              << (different.empty() ? " none" : different) << '\n';
  }
}
