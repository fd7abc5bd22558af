// Lookups with constant arguments: at -O2 each function below must compile to
// a constant, with no access to sipcodes' tables (check_codegen.cmake reads
// the assembly). The functions have external linkage so that they are emitted.
#include <sipcodes/q850.hpp>
#include <sipcodes/sipcodes.hpp>

std::size_t constant_reason_length() { return sipcodes::reason_phrase(486).size(); }
char constant_reason_first_letter() { return sipcodes::reason_phrase(sipcodes::status::busy_here)[0]; }
int constant_class() { return static_cast<int>(sipcodes::class_of(503)); }
int constant_fallback() { return static_cast<int>(sipcodes::fallback(499).value_or(sipcodes::status{})); }
int constant_q850() { return sipcodes::to_q850_cause(486).value_or(0); }
bool constant_known() { return sipcodes::is_known(608); }
