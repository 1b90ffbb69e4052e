/* pick.h - which shipped scenario an actions file is played against: its top-level
 * "scenario" member, an id ("house_fire": scenarios/ID.lua or tests/data/ID.lua) or, in a
 * record, an object whose "file" is a shipped scenario; else scenarios/house_fire.lua. Only
 * files under scenarios/, tests/data/ and tests/authoring/ are ever chosen. */
#ifndef INCIDESK_FUZZ_PICK_H
#define INCIDESK_FUZZ_PICK_H

#include <cJSON.h>

#include "fuzz.h"

static inline int fuzz_is_id(const char *s) {
  if (!s || !*s || strlen(s) > 64)
    return 0;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
      return 0;
  return 1;
}

/* The scenario path into out (n bytes). */
static inline void fuzz_pick_scenario(const char *text, char *out, size_t n) {
  snprintf(out, n, "scenarios/house_fire.lua");
  cJSON *root = cJSON_Parse(text);
  const cJSON *s = cJSON_GetObjectItemCaseSensitive(root, "scenario");
  const char *id = cJSON_IsString(s) ? s->valuestring : NULL;
  const cJSON *file = cJSON_GetObjectItemCaseSensitive(s, "file");
  static const char *const dirs[] = {"scenarios/", "tests/data/", "tests/authoring/"};
  if (cJSON_IsString(file))
    for (size_t i = 0; i < 3 && !id; i++) {
      const char *f = file->valuestring;
      size_t dl = strlen(dirs[i]), fl = strlen(f);
      if (strncmp(f, dirs[i], dl) == 0 && fl > dl + 4 && strcmp(f + fl - 4, ".lua") == 0) {
        char buf[80];
        snprintf(buf, sizeof buf, "%.*s", (int)(fl - dl - 4), f + dl);
        if (fuzz_is_id(buf))
          snprintf(out, n, "%s", f);
      }
    }
  for (size_t i = 0; i < 2 && fuzz_is_id(id); i++) {
    char *p = xasprintf("%s%s.lua", dirs[i], id);
    if (access(p, R_OK) == 0) {
      snprintf(out, n, "%s", p);
      id = NULL;
    }
    free(p);
  }
  cJSON_Delete(root);
}

#endif
