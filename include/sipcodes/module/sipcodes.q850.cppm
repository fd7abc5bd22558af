// The RFC 3398 add-on as a C++20 module: `import sipcodes.q850;` gives what
// <sipcodes/q850.hpp> declares. Import sipcodes for the core. Built as
// sipcodes.cppm says, with -fmodule-file=sipcodes.q850=sipcodes.q850.pcm.
module;

#include "../q850.hpp"

export module sipcodes.q850;

export namespace sipcodes {
using sipcodes::cause_diagnostic;
using sipcodes::cause_location;
using sipcodes::from_q850_cause;
using sipcodes::q850_cause;
using sipcodes::q850_cause_name;
using sipcodes::q850_causes;
using sipcodes::q850_to_sip_mappings;
using sipcodes::q850_to_sip_row;
using sipcodes::sip_to_q850_mappings;
using sipcodes::sip_to_q850_row;
using sipcodes::speaks_of_bearer_capability;
using sipcodes::to_q850_cause;
}  // namespace sipcodes
