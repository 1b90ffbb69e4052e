/* textcache.h - rendered text kept as textures, keyed by (font, colour, layout, string), so
 * that no string is rasterised twice, in a frame or across frames while it stays on screen.
 *
 * A fixed open-addressing table sized once by textcache_init: a lookup allocates nothing.
 * An insert copies the string (the only allocation, on a miss). When the table fills, the
 * entries not used in the current or the previous frame are dropped.
 */
#ifndef INCIDESK_TEXTCACHE_H
#define INCIDESK_TEXTCACHE_H

#include <SDL.h>
#include <stdint.h>

/* How a string is laid out: one line cut with an ellipsis at `width` (0: no limit), or
 * wrapped to `width` in at most `max_lines` lines, the last one ending in an ellipsis. */
typedef enum TextLayout { TEXT_LINE, TEXT_WRAP } TextLayout;

typedef struct TextKey {
  int font;
  SDL_Color color;
  TextLayout layout;
  int width, max_lines;
  const char *str;
} TextKey;

typedef struct TextEntry {
  uint32_t hash;
  int used;      /* slot holds an entry */
  uint32_t last; /* frame it was last used */
  int font, width, max_lines;
  TextLayout layout;
  SDL_Color color;
  char *str;        /* owned copy */
  SDL_Texture *tex; /* owned; NULL for an empty string */
  int w, h, lines;  /* size in pixels; lines drawn */
  int cut;          /* 1 if the text was shortened with an ellipsis */
} TextEntry;

typedef struct TextCache {
  TextEntry *slots, *spare; /* owned; cap each */
  size_t cap, count;
  uint32_t frame;
  unsigned long hits, misses, evictions;
} TextCache;

/* cap is rounded up to a power of two. */
void textcache_init(TextCache *c, size_t cap);
/* Destroys every texture and frees the table. */
void textcache_free(TextCache *c);
/* Drops every entry (fonts changed). */
void textcache_clear(TextCache *c);
void textcache_next_frame(TextCache *c);
/* The entry for key, marked used this frame, or NULL. */
TextEntry *textcache_find(TextCache *c, const TextKey *k);
/* A fresh entry for key (string copied); the caller fills tex, w, h, lines and cut. */
TextEntry *textcache_insert(TextCache *c, const TextKey *k);

#endif
