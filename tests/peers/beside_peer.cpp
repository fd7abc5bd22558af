// The C++ headers in one translation unit with a SIP stack's public headers:
// sofia-sip (SIPCODES_TEST_PEER 1), oSIP (2), libre (3) or belle-sip (4),
// the stack's headers first and sipcodes' after them, as a gateway that
// adds sipcodes to an existing code base writes it. The stacks define
// function-like macros with everyday SIP names (sofia-sip's sip_status(sip),
// sip_from(sip), ...); sipcodes' headers must still compile after them.
// Strict warnings apply to sipcodes' headers only: the stack's are system
// headers here.
// The standard headers, and {fmt}'s, come first, as in a stack's own
// sources: some stacks' macros (libre's among them) break the standard
// library's headers with clang, which is not what this test is about.
#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <initializer_list>
#include <iosfwd>
#include <optional>
#include <string_view>
#if __has_include(<fmt/format.h>)
#include <fmt/format.h>
#endif

// What the stacks' own sources include before their headers.
#include <sys/time.h>
#include <sys/types.h>

#if SIPCODES_TEST_PEER == 1
#include <sofia-sip/sip.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_status.h>
#include <sofia-sip/su_alloc.h>
#elif SIPCODES_TEST_PEER == 2
#include <osip2/osip.h>
#include <osipparser2/osip_parser.h>
#elif SIPCODES_TEST_PEER == 3
#include <re.h>
#elif SIPCODES_TEST_PEER == 4
#include <belle-sip/belle-sip.h>
#else
#error "SIPCODES_TEST_PEER is 1, 2, 3 or 4"
#endif

#if defined(SIPCODES_TEST_STACK_ONLY)
// The build first checks that the stack's headers compile on their own
// with this compiler and standard library, and leaves the test out if not.
int main() { return 0; }
#else
#if __has_include(<fmt/format.h>)
#include <sipcodes/fmt.hpp>
#endif
#include <sipcodes/lang/tr.hpp>
#include <sipcodes/q850.hpp>
#include <sipcodes/sipcodes.hpp>

int main() {
  // Every member of a parsed Reason value is reachable after the stack's
  // macros: the name in parentheses is not a macro invocation.
  const auto parsed = sipcodes::parse_reason("SIP ;cause=486 ;text=\"Busy Here\"");
  const auto code = (parsed.value.sip_status)();
  if (!code || *code != sipcodes::status::busy_here) return 1;
  std::printf("sipcodes: %.*s\n", static_cast<int>(sipcodes::reason_phrase(*code).size()),
              sipcodes::reason_phrase(*code).data());
  return 0;
}
#endif
