/* A host program that loads plugins, each with its own copy of sipcodes, as
   a C stack loads its modules: every plugin with RTLD_NOW | RTLD_GLOBAL, in
   the order given, so that a later plugin's references would bind to an
   earlier plugin's symbols if the two copies shared names. Then asks each
   plugin for the phrase of 486 (through an inline lookup and through
   sipcodes_find) and checks it against the expected one.
   Usage: host PLUGIN PHRASE EXPORTS [PLUGIN PHRASE EXPORTS]...
   EXPORTS says what the plugin's dynamic symbols must hold besides: "exports"
   for a plugin of this version that exports sipcodes' functions, under
   their versioned link names; "hidden" for one of this version that must
   export none of them; "other" for a plugin of another version. No plugin
   may export a bare name such as sipcodes_find. Exits 0 when every answer
   is as expected. */
#include <sipcodes/sipcodes.h>

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

#define SIPCODES_HOST_TEXT(x) #x
#define SIPCODES_HOST_LINK_NAME(x) SIPCODES_HOST_TEXT(x)

typedef const char *text_function(void);

/* A function of a plugin (dlsym gives an object pointer; POSIX allows the copy). */
static text_function *text_symbol(void *plugin, const char *name) {
  text_function *function = NULL;
  void *symbol = dlsym(plugin, name);
  if (symbol != NULL) memcpy(&function, &symbol, sizeof function);
  return function;
}

static int check(const char *path, const char *what, const char *got, const char *expected) {
  if (got != NULL && strcmp(got, expected) == 0) return 0;
  fprintf(stderr, "%s: %s is \"%s\", expected \"%s\"\n", path, what, got == NULL ? "(no such function)" : got,
          expected);
  return 1;
}

int main(int argc, char **argv) {
  void *plugins[8];
  int count = (argc - 1) / 3;
  int failures = 0;
  int i;
  /* This version's link name of sipcodes_find, and the bare name. */
  const char *versioned = SIPCODES_HOST_LINK_NAME(sipcodes_find);
  if (argc < 4 || (argc - 1) % 3 != 0 || count > 8) {
    fprintf(stderr, "usage: %s PLUGIN PHRASE EXPORTS [PLUGIN PHRASE EXPORTS]...\n", argv[0]);
    return 2;
  }
  if (strcmp(versioned, "sipcodes_find") == 0) {
    fprintf(stderr, "sipcodes_find has no versioned link name\n");
    ++failures;
  }
  for (i = 0; i < count; ++i) {
    plugins[i] = dlopen(argv[1 + 3 * i], RTLD_NOW | RTLD_GLOBAL);
    if (plugins[i] == NULL) {
      fprintf(stderr, "%s\n", dlerror());
      return 1;
    }
  }
  for (i = 0; i < count; ++i) {
    const char *path = argv[1 + 3 * i];
    const char *expected = argv[2 + 3 * i];
    const char *exports = argv[3 + 3 * i];
    text_function *inline_phrase = text_symbol(plugins[i], "sipcodes_plugin_inline_phrase");
    text_function *found_phrase = text_symbol(plugins[i], "sipcodes_plugin_found_phrase");
    failures += check(path, "sipcodes_reason_phrase(486)", inline_phrase == NULL ? NULL : inline_phrase(), expected);
    failures += check(path, "sipcodes_find(486)->reason", found_phrase == NULL ? NULL : found_phrase(), expected);
    if (dlsym(plugins[i], "sipcodes_find") != NULL) {
      fprintf(stderr, "%s exports sipcodes_find under its bare name\n", path);
      ++failures;
    }
    if (strcmp(exports, "hidden") == 0 && dlsym(plugins[i], versioned) != NULL) {
      fprintf(stderr, "%s exports %s, which it should hide\n", path, versioned);
      ++failures;
    }
    if (strcmp(exports, "exports") == 0 && dlsym(plugins[i], versioned) == NULL) {
      fprintf(stderr, "%s does not export %s\n", path, versioned);
      ++failures;
    }
  }
  printf("%d plugins, %s\n", count, failures == 0 ? "each with its own answers" : "FAILED");
  return failures == 0 ? 0 : 1;
}
