/* textcache.c - the text texture cache: FNV-1a hashing, linear probing, frame-based eviction. */
#include "textcache.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

static uint32_t fnv(uint32_t h, const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++)
    h = (h ^ b[i]) * 16777619u;
  return h;
}

static uint32_t key_hash(const TextKey *k) {
  int head[5] = {k->font, (int)k->layout, k->width, k->max_lines,
                 (int)((uint32_t)k->color.r << 24 | (uint32_t)k->color.g << 16 |
                       (uint32_t)k->color.b << 8 | k->color.a)};
  uint32_t h = fnv(2166136261u, head, sizeof head);
  return fnv(h, k->str, strlen(k->str));
}

static int key_eq(const TextEntry *e, const TextKey *k, uint32_t h) {
  return e->hash == h && e->font == k->font && e->layout == k->layout && e->width == k->width &&
         e->max_lines == k->max_lines && e->color.r == k->color.r && e->color.g == k->color.g &&
         e->color.b == k->color.b && e->color.a == k->color.a && strcmp(e->str, k->str) == 0;
}

void textcache_init(TextCache *c, size_t cap) {
  size_t n = 64;
  while (n < cap)
    n *= 2;
  memset(c, 0, sizeof *c);
  c->cap = n;
  c->slots = xcalloc(n, sizeof *c->slots);
  c->spare = xcalloc(n, sizeof *c->spare);
}

static void entry_drop(TextEntry *e) {
  if (e->tex)
    SDL_DestroyTexture(e->tex);
  free(e->str);
  memset(e, 0, sizeof *e);
}

void textcache_clear(TextCache *c) {
  for (size_t i = 0; i < c->cap; i++)
    if (c->slots[i].used)
      entry_drop(&c->slots[i]);
  c->count = 0;
}

void textcache_free(TextCache *c) {
  if (!c->slots)
    return;
  textcache_clear(c);
  free(c->slots);
  free(c->spare);
  memset(c, 0, sizeof *c);
}

void textcache_next_frame(TextCache *c) { c->frame++; }

TextEntry *textcache_find(TextCache *c, const TextKey *k) {
  uint32_t h = key_hash(k);
  size_t mask = c->cap - 1;
  for (size_t i = h & mask, probes = 0; probes < c->cap; i = (i + 1) & mask, probes++) {
    TextEntry *e = &c->slots[i];
    if (!e->used)
      return NULL;
    if (key_eq(e, k, h)) {
      e->last = c->frame;
      c->hits++;
      return e;
    }
  }
  return NULL;
}

/* Slot for hash h in table t (first free one along the probe sequence). */
static TextEntry *free_slot(TextEntry *t, size_t cap, uint32_t h) {
  size_t mask = cap - 1, i = h & mask;
  while (t[i].used)
    i = (i + 1) & mask;
  return &t[i];
}

/* Keeps the entries used in this frame or the one before; drops the rest. */
static void evict(TextCache *c) {
  memset(c->spare, 0, c->cap * sizeof *c->spare);
  size_t kept = 0;
  for (size_t i = 0; i < c->cap; i++) {
    TextEntry *e = &c->slots[i];
    if (!e->used)
      continue;
    if (c->frame - e->last <= 1) {
      *free_slot(c->spare, c->cap, e->hash) = *e;
      kept++;
    } else {
      entry_drop(e);
      c->evictions++;
    }
  }
  TextEntry *t = c->slots;
  c->slots = c->spare;
  c->spare = t;
  c->count = kept;
}

TextEntry *textcache_insert(TextCache *c, const TextKey *k) {
  if ((c->count + 1) * 4 > c->cap * 3)
    evict(c);
  if ((c->count + 1) * 8 > c->cap * 7)
    textcache_clear(c); /* a frame that uses it all */
  uint32_t h = key_hash(k);
  TextEntry *e = free_slot(c->slots, c->cap, h);
  memset(e, 0, sizeof *e);
  e->hash = h;
  e->used = 1;
  e->last = c->frame;
  e->font = k->font;
  e->layout = k->layout;
  e->width = k->width;
  e->max_lines = k->max_lines;
  e->color = k->color;
  e->str = xstrdup(k->str);
  c->count++;
  c->misses++;
  return e;
}
