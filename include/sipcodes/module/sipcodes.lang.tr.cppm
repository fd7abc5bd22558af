// The Turkish language pack as a C++20 module: `import sipcodes.lang.tr;`
// gives sipcodes::lang::tr. Import sipcodes for the functions that read it.
// Built as sipcodes.cppm says, with
// -fmodule-file=sipcodes.lang.tr=sipcodes.lang.tr.pcm.
module;

#include "../lang/tr.hpp"

export module sipcodes.lang.tr;

export namespace sipcodes::lang {
using sipcodes::lang::tr;
}  // namespace sipcodes::lang
