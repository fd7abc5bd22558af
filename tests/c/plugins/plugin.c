/* A plugin (a shared object a host program loads) that embeds its own copy
   of <sipcodes/sipcodes.h>: this unit uses it, plugin_implementation.c holds
   it. The test builds it from several copies of the header and loads them
   all into one process; each must answer from its own copy. */
#include <sipcodes/sipcodes.h>

#include "plugin.h"

/* An inline lookup: it reads the data of the implementation unit. */
const char *sipcodes_plugin_inline_phrase(void) { return sipcodes_reason_phrase(486); }

/* A function of the implementation unit, and its table. */
const char *sipcodes_plugin_found_phrase(void) {
  const struct sipcodes_info *row = sipcodes_find(486);
  return row == NULL ? "(none)" : row->reason;
}

