/* ren.h - the desk's drawing layer over an SDL_Renderer: fonts scaled to the window, filled
 * shapes, and text drawn through the text cache (one line cut with an ellipsis, or wrapped).
 *
 * Layout is in pixels of the output; ren_px turns layout units (designed for 1280x720) into
 * pixels at the current scale, which follows the output size and the display density (HiDPI).
 * A frame is ren_begin .. ren_end. Every text drawn is checked against the current panel
 * (ren_panel): text that would fall outside it is counted as an overflow, for the layout
 * tests; drawing functions never allocate once their strings are cached.
 */
#ifndef INCIDESK_REN_H
#define INCIDESK_REN_H

#include <SDL.h>
#include <SDL_ttf.h>

#include "textcache.h"
#include "util.h"

typedef enum Font {
  FONT_BODY,
  FONT_SMALL,
  FONT_BOLD,
  FONT_HEAD,
  FONT_BIG,
  FONT_MONO,
  FONT_COUNT
} Font;

/* The palette. Status colours are always shown with a word or a letter beside them. */
typedef enum Colour {
  C_BG,
  C_PANEL,
  C_PANEL_HI,
  C_LINE,
  C_TEXT,
  C_DIM,
  C_ACCENT,
  C_CALLER,
  C_TRAINEE,
  C_RADIO,
  C_WARN,
  C_BAD,
  C_GOOD,
  C_SEL,
  C_FOCUS,
  C_HINT_BG,
  C_MAP,
  C_GRID,
  C_INCIDENT,
  C_ST_AVAILABLE,
  C_ST_DISPATCHED,
  C_ST_EN_ROUTE,
  C_ST_ON_SCENE,
  C_ST_RETURNING,
  C_ST_UNAVAILABLE,
  C_COUNT
} Colour;

SDL_Color ren_colour(Colour c);

typedef struct Ren {
  SDL_Renderer *r;
  TTF_Font *fonts[FONT_COUNT];
  int line_h[FONT_COUNT]; /* height of a line of each font, pixels */
  float scale;            /* pixels per layout unit */
  float density;          /* output pixels per window point (HiDPI), 1 offscreen */
  int w, h;               /* output size, pixels */
  int font_px;            /* body font size the fonts were opened at */
  TextCache cache;
  SDL_Rect panel; /* where text may go just now */
  const char *panel_name;
  struct {
    const char *name;
    SDL_Rect r;
  } seen[48]; /* the panels of the last frame, first rect given for each name */
  int nseen;
  unsigned long overflows;
  char overflow_what[200];
  char font_dir[256];
} Ren;

/* Opens the fonts (DejaVu Sans, Sans Bold, Sans Mono from font_dir, NULL for the Debian
 * location) for a first frame. 0, or -1 with err naming the font file. */
int ren_init(Ren *g, SDL_Renderer *r, const char *font_dir, Error *err);
void ren_free(Ren *g);
/* Starts a frame: reads the output size, rescales (reopening the fonts) if it changed,
 * clears to the background. density: output pixels per window point. 0, or -1 with err. */
int ren_begin(Ren *g, float density, Error *err);
void ren_end(Ren *g);

int ren_px(const Ren *g, float units);
/* The panel later text must stay inside, with a name for overflow reports. The first
 * rect given for each name in a frame is kept (ren_find_panel), for layout tests. */
void ren_panel(Ren *g, SDL_Rect r, const char *name);
int ren_find_panel(const Ren *g, const char *name, SDL_Rect *out);

void ren_fill(Ren *g, SDL_Rect r, SDL_Color c);
void ren_box(Ren *g, SDL_Rect r, SDL_Color c, int thickness); /* outline */
void ren_line(Ren *g, int x1, int y1, int x2, int y2, SDL_Color c);
void ren_circle(Ren *g, int cx, int cy, int radius, SDL_Color c);
void ren_triangle(Ren *g, int cx, int cy, int radius, SDL_Color c); /* pointing up */
void ren_diamond(Ren *g, int cx, int cy, int radius, SDL_Color c);

/* One line of text at (x, y) (top left), cut with an ellipsis to max_w pixels (0: no
 * limit). Returns the width drawn. */
int ren_text(Ren *g, Font f, SDL_Color c, const char *s, int x, int y, int max_w);
/* The same, right-aligned so it ends at x_right. Returns the width drawn. */
int ren_text_right(Ren *g, Font f, SDL_Color c, const char *s, int x_right, int y, int max_w);
/* Text wrapped to width w in at most max_lines lines (the last cut with an ellipsis).
 * Returns the height drawn. */
int ren_wrap(Ren *g, Font f, SDL_Color c, const char *s, int x, int y, int w, int max_lines);
/* Height ren_wrap would draw with the same arguments (rasterising it into the cache). */
int ren_wrap_h(Ren *g, Font f, SDL_Color c, const char *s, int w, int max_lines);
/* Width of s in font f without drawing it (no ellipsis). */
int ren_measure(Ren *g, Font f, const char *s);

#endif
