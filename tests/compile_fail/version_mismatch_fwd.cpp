// The forward declarations after another version of sipcodes in one
// translation unit: a compile error naming both.
// expect: sipcodes/fwd\.hpp is sipcodes 2\.1\.0, and sipcodes 2\.99\.0 was included before it
#ifdef SIPCODES_COMPILE_FAIL
#include SIPCODES_OTHER_VERSION
#endif
#include <sipcodes/fwd.hpp>

sipcodes::status use(sipcodes::status s) { return s; }
