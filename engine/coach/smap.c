/* smap.c - open addressing with linear probing, FNV-1a hashes, doubling at 50% load. */
#include "smap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static uint64_t hash(const char *s) {
  uint64_t h = 1469598103934665603ull;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 1099511628211ull;
  return h;
}

static size_t slot(char *const *keys, size_t cap, const char *key) {
  size_t i = (size_t)(hash(key) & (cap - 1));
  while (keys[i] && strcmp(keys[i], key) != 0)
    i = (i + 1) & (cap - 1);
  return i;
}

size_t smap_get(const SMap *m, const char *key) {
  if (!m->cap)
    return (size_t)-1;
  size_t i = slot(m->keys, m->cap, key);
  return m->keys[i] ? m->vals[i] : (size_t)-1;
}

static void grow(SMap *m) {
  size_t cap = m->cap ? m->cap * 2 : 64;
  char **keys = xcalloc(cap, sizeof *keys);
  size_t *vals = xcalloc(cap, sizeof *vals);
  for (size_t i = 0; i < m->cap; i++)
    if (m->keys[i]) {
      size_t k = slot(keys, cap, m->keys[i]);
      keys[k] = m->keys[i], vals[k] = m->vals[i];
    }
  free(m->keys), free(m->vals);
  m->keys = keys, m->vals = vals, m->cap = cap;
}

size_t smap_intern(SMap *m, const char *key, size_t next, int *added) {
  if (added)
    *added = 0;
  if ((m->len + 1) * 2 > m->cap)
    grow(m);
  size_t i = slot(m->keys, m->cap, key);
  if (m->keys[i])
    return m->vals[i];
  m->keys[i] = xstrdup(key);
  m->vals[i] = next;
  m->len++;
  if (added)
    *added = 1;
  return next;
}

const char *smap_key_of(const SMap *m, size_t v) {
  for (size_t i = 0; i < m->cap; i++)
    if (m->keys[i] && m->vals[i] == v)
      return m->keys[i];
  return NULL;
}

void smap_free(SMap *m) {
  for (size_t i = 0; i < m->cap; i++)
    free(m->keys[i]);
  free(m->keys), free(m->vals);
  memset(m, 0, sizeof *m);
}
