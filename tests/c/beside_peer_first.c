/* beside_peer.c with sipcodes' headers first. */
#define SIPCODES_TEST_SIPCODES_FIRST 1
#include "beside_peer.c"
