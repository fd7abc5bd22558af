/* What each test plugin exports to the host. */
#ifndef SIPCODES_TESTS_PLUGIN_H
#define SIPCODES_TESTS_PLUGIN_H

const char *sipcodes_plugin_inline_phrase(void);
const char *sipcodes_plugin_found_phrase(void);

#endif
