/* smap.h - a string-keyed hash map of indexes (open addressing), for interning the trainee,
 * scenario, criterion and item names that review meets tens of thousands of times. */
#ifndef INCIDESK_SMAP_H
#define INCIDESK_SMAP_H

#include <stddef.h>

/* Zero-initialise; free with smap_free. Keys are copied. */
typedef struct SMap {
  char **keys;
  size_t *vals;
  size_t cap, len;
} SMap;

/* The index stored for key, or (size_t)-1. */
size_t smap_get(const SMap *m, const char *key);
/* The index for key; if absent, stores next (and returns it) and sets *added to 1. */
size_t smap_intern(SMap *m, const char *key, size_t next, int *added);
void smap_free(SMap *m);
/* The key stored for index v among m's len entries, or NULL (linear; for output only). */
const char *smap_key_of(const SMap *m, size_t v);

#endif
