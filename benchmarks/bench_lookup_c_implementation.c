/* The one unit of the benchmark that holds the C header's data and functions. */
#define SIPCODES_IMPLEMENTATION
#include <sipcodes/sipcodes.h>
