/* The plugin's one implementation unit. */
#define SIPCODES_IMPLEMENTATION
#include <sipcodes/sipcodes.h>
