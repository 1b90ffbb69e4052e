/* ren.c - fonts, scale, shapes and cached text for the desk. */
#include "ren.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define DEJAVU_DIR "/usr/share/fonts/truetype/dejavu"
#define TEXT_MAX 1024 /* bytes of one line as rasterised; longer lines are cut */
#define WRAP_MAX_LINES 64
#define PI 3.14159265358979323846

static const SDL_Color palette[C_COUNT] = {
    [C_BG] = {17, 21, 27, 255},
    [C_PANEL] = {27, 33, 42, 255},
    [C_PANEL_HI] = {38, 46, 58, 255},
    [C_LINE] = {62, 72, 88, 255},
    [C_TEXT] = {226, 231, 237, 255},
    [C_DIM] = {150, 160, 173, 255},
    [C_ACCENT] = {96, 172, 255, 255},
    [C_CALLER] = {244, 244, 244, 255},
    [C_TRAINEE] = {130, 205, 255, 255},
    [C_RADIO] = {255, 204, 102, 255},
    [C_WARN] = {255, 190, 60, 255},
    [C_BAD] = {236, 88, 78, 255},
    [C_GOOD] = {84, 204, 124, 255},
    [C_SEL] = {46, 72, 108, 255},
    [C_FOCUS] = {96, 172, 255, 255},
    [C_HINT_BG] = {62, 54, 22, 255},
    [C_MAP] = {23, 37, 33, 255},
    [C_GRID] = {35, 53, 46, 255},
    [C_INCIDENT] = {255, 92, 60, 255},
    [C_ST_AVAILABLE] = {60, 186, 96, 255},
    [C_ST_DISPATCHED] = {238, 178, 34, 255},
    [C_ST_EN_ROUTE] = {64, 136, 240, 255},
    [C_ST_ON_SCENE] = {216, 68, 196, 255},
    [C_ST_RETURNING] = {54, 196, 196, 255},
    [C_ST_UNAVAILABLE] = {122, 122, 122, 255},
};

SDL_Color ren_colour(Colour c) { return palette[c]; }

static const struct {
  const char *file;
  float size; /* layout units */
} font_spec[FONT_COUNT] = {
    [FONT_BODY] = {"DejaVuSans.ttf", 15},      [FONT_SMALL] = {"DejaVuSans.ttf", 12.5f},
    [FONT_BOLD] = {"DejaVuSans-Bold.ttf", 15}, [FONT_HEAD] = {"DejaVuSans-Bold.ttf", 18},
    [FONT_BIG] = {"DejaVuSans-Bold.ttf", 34},  [FONT_MONO] = {"DejaVuSansMono.ttf", 14},
};

int ren_px(const Ren *g, float units) { return (int)lroundf(units * g->scale); }

static void close_fonts(Ren *g) {
  for (int i = 0; i < FONT_COUNT; i++) {
    if (g->fonts[i])
      TTF_CloseFont(g->fonts[i]);
    g->fonts[i] = NULL;
  }
}

static int open_fonts(Ren *g, Error *err) {
  close_fonts(g);
  textcache_clear(&g->cache);
  for (int i = 0; i < FONT_COUNT; i++) {
    char path[400];
    snprintf(path, sizeof path, "%s/%s", g->font_dir, font_spec[i].file);
    int px = (int)lroundf(font_spec[i].size * g->scale);
    g->fonts[i] = TTF_OpenFont(path, px < 6 ? 6 : px);
    if (!g->fonts[i]) {
      close_fonts(g);
      return error_set(err, path, 0, "cannot open font: %s (package fonts-dejavu-core)",
                       TTF_GetError());
    }
    TTF_SetFontHinting(g->fonts[i], TTF_HINTING_LIGHT);
    g->line_h[i] = TTF_FontHeight(g->fonts[i]);
  }
  g->font_px = (int)lroundf(font_spec[FONT_BODY].size * g->scale);
  return 0;
}

int ren_init(Ren *g, SDL_Renderer *r, const char *font_dir, Error *err) {
  memset(g, 0, sizeof *g);
  g->r = r;
  g->scale = 1;
  g->density = 1;
  snprintf(g->font_dir, sizeof g->font_dir, "%s", font_dir ? font_dir : DEJAVU_DIR);
  if (!TTF_WasInit() && TTF_Init() < 0)
    return error_set(err, NULL, 0, "SDL_ttf: %s", TTF_GetError());
  textcache_init(&g->cache, 4096);
  SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
  return open_fonts(g, err);
}

void ren_free(Ren *g) {
  close_fonts(g);
  textcache_free(&g->cache);
}

/* Pixels per layout unit for an output of w x h pixels at this density. */
static float scale_for(int w, int h, float density) {
  float lw = (float)w / density, lh = (float)h / density;
  float s = fminf(lw / 1280.0f, lh / 720.0f);
  if (s < 0.75f)
    s = 0.75f;
  return s * density;
}

int ren_begin(Ren *g, float density, Error *err) {
  SDL_GetRendererOutputSize(g->r, &g->w, &g->h);
  g->density = density > 0 ? density : 1;
  float s = scale_for(g->w, g->h, g->density);
  int px = (int)lroundf(font_spec[FONT_BODY].size * s);
  g->scale = s;
  if (px != g->font_px && open_fonts(g, err) < 0)
    return -1;
  textcache_next_frame(&g->cache);
  SDL_RenderSetClipRect(g->r, NULL);
  SDL_Color bg = palette[C_BG];
  SDL_SetRenderDrawColor(g->r, bg.r, bg.g, bg.b, 255);
  SDL_RenderClear(g->r);
  g->nseen = 0;
  ren_panel(g, (SDL_Rect){0, 0, g->w, g->h}, "window");
  return 0;
}

void ren_end(Ren *g) { (void)g; }

void ren_panel(Ren *g, SDL_Rect r, const char *name) {
  g->panel = r;
  g->panel_name = name;
  for (int i = 0; i < g->nseen; i++)
    if (strcmp(g->seen[i].name, name) == 0)
      return;
  if (g->nseen < (int)(sizeof g->seen / sizeof *g->seen)) {
    g->seen[g->nseen].name = name;
    g->seen[g->nseen++].r = r;
  }
}

int ren_find_panel(const Ren *g, const char *name, SDL_Rect *out) {
  for (int i = 0; i < g->nseen; i++)
    if (strcmp(g->seen[i].name, name) == 0) {
      *out = g->seen[i].r;
      return 0;
    }
  return -1;
}

/* The draw colour; opaque colours draw without blending (the software renderer's blended
 * fill works pixel by pixel even at full alpha, its plain fill is a memset). */
static void set_colour(Ren *g, SDL_Color c) {
  SDL_SetRenderDrawBlendMode(g->r, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
  SDL_SetRenderDrawColor(g->r, c.r, c.g, c.b, c.a);
}

void ren_fill(Ren *g, SDL_Rect r, SDL_Color c) {
  set_colour(g, c);
  SDL_RenderFillRect(g->r, &r);
}

void ren_box(Ren *g, SDL_Rect r, SDL_Color c, int t) {
  if (t < 1)
    t = 1;
  ren_fill(g, (SDL_Rect){r.x, r.y, r.w, t}, c);
  ren_fill(g, (SDL_Rect){r.x, r.y + r.h - t, r.w, t}, c);
  ren_fill(g, (SDL_Rect){r.x, r.y, t, r.h}, c);
  ren_fill(g, (SDL_Rect){r.x + r.w - t, r.y, t, r.h}, c);
}

void ren_line(Ren *g, int x1, int y1, int x2, int y2, SDL_Color c) {
  set_colour(g, c);
  SDL_RenderDrawLine(g->r, x1, y1, x2, y2);
}

/* A convex polygon filled as horizontal spans, one FillRect each (the software renderer's
 * geometry path, and FillRects of more than a few rects, allocate on every call). */
static void polygon(Ren *g, const float *xs, const float *ys, int n, SDL_Color c) {
  float top = ys[0], bottom = ys[0];
  for (int i = 1; i < n; i++)
    top = fminf(top, ys[i]), bottom = fmaxf(bottom, ys[i]);
  set_colour(g, c);
  for (int y = (int)floorf(top); y <= (int)ceilf(bottom); y++) {
    float yc = (float)y + 0.5f, lo = 1e9f, hi = -1e9f;
    for (int i = 0; i < n; i++) {
      float x0 = xs[i], y0 = ys[i], x1 = xs[(i + 1) % n], y1 = ys[(i + 1) % n];
      if ((yc < y0) == (yc < y1))
        continue; /* the edge does not cross this row */
      float x = x0 + (yc - y0) * (x1 - x0) / (y1 - y0);
      lo = fminf(lo, x), hi = fmaxf(hi, x);
    }
    SDL_Rect span = {(int)lroundf(lo), y, (int)lroundf(hi) - (int)lroundf(lo), 1};
    if (span.w > 0)
      SDL_RenderFillRect(g->r, &span);
  }
}

void ren_circle(Ren *g, int cx, int cy, int radius, SDL_Color c) {
  float xs[24], ys[24];
  for (int i = 0; i < 24; i++) {
    double a = (double)i * 2.0 * PI / 24.0;
    xs[i] = (float)(cx + radius * cos(a));
    ys[i] = (float)(cy + radius * sin(a));
  }
  polygon(g, xs, ys, 24, c);
}

void ren_triangle(Ren *g, int cx, int cy, int r, SDL_Color c) {
  float xs[3] = {(float)cx, (float)(cx + r), (float)(cx - r)};
  float ys[3] = {(float)(cy - r), (float)(cy + r * 0.8), (float)(cy + r * 0.8)};
  polygon(g, xs, ys, 3, c);
}

void ren_diamond(Ren *g, int cx, int cy, int r, SDL_Color c) {
  float xs[4] = {(float)cx, (float)(cx + r), (float)cx, (float)(cx - r)};
  float ys[4] = {(float)(cy - r), (float)cy, (float)(cy + r), (float)cy};
  polygon(g, xs, ys, 4, c);
}

int ren_measure(Ren *g, Font f, const char *s) {
  int w = 0, h = 0;
  if (s && *s)
    TTF_SizeUTF8(g->fonts[f], s, &w, &h);
  return w;
}

/* Width of the first n bytes of s. */
static int width_n(TTF_Font *font, const char *s, size_t n, const char *suffix) {
  char buf[TEXT_MAX + 8];
  if (n > TEXT_MAX)
    n = TEXT_MAX;
  memcpy(buf, s, n);
  size_t k = strlen(suffix);
  memcpy(buf + n, suffix, k + 1);
  int w = 0, h = 0;
  if (buf[0])
    TTF_SizeUTF8(font, buf, &w, &h);
  return w;
}

static size_t char_start(const char *s, size_t i) {
  while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
    i--;
  return i;
}

/* Writes into out the longest prefix of s[0..len) that fits max_w, followed by an ellipsis
 * if it had to be cut. Returns 1 if cut. */
static int fit_line(TTF_Font *font, const char *s, size_t len, int max_w, char *out) {
  int trunc = 0;
  if (len > TEXT_MAX)
    len = char_start(s, TEXT_MAX), trunc = 1;
  if (max_w <= 0 || width_n(font, s, len, trunc ? "\xE2\x80\xA6" : "") <= max_w) {
    memcpy(out, s, len);
    memcpy(out + len, "\xE2\x80\xA6", trunc ? 4 : 1);
    out[len + (trunc ? 3 : 0)] = 0;
    return trunc;
  }
  size_t lo = 0, hi = len; /* lo fits with the ellipsis, hi does not */
  while (hi - lo > 1) {
    size_t mid = char_start(s, (lo + hi) / 2);
    if (mid <= lo)
      mid = lo + 1;
    while (mid < hi && ((unsigned char)s[mid] & 0xC0) == 0x80)
      mid++;
    if (mid >= hi)
      break;
    if (width_n(font, s, mid, "\xE2\x80\xA6") <= max_w)
      lo = mid;
    else
      hi = mid;
  }
  while (lo > 0 && s[lo - 1] == ' ')
    lo--;
  memcpy(out, s, lo);
  memcpy(out + lo, "\xE2\x80\xA6", 4);
  return 1;
}

/* The last line a wrapped text may use: the rest of its paragraph s[0..len), with an
 * ellipsis at the end if it is cut or if more text follows. */
static void fit_last(TTF_Font *font, const char *s, size_t len, int more, int max_w, char *out) {
  if (fit_line(font, s, len, max_w, out) || !more)
    return;
  int ell = width_n(font, "\xE2\x80\xA6", 3, "");
  if (!fit_line(font, s, len, max_w - ell, out))
    strcat(out, "\xE2\x80\xA6");
}

static SDL_Surface *render_line(TTF_Font *font, const char *s, SDL_Color c) {
  if (!*s)
    return NULL;
  return TTF_RenderUTF8_Blended(font, s, c);
}

static void fill_line(Ren *g, TextEntry *e, const char *s) {
  char buf[TEXT_MAX + 8];
  e->cut = fit_line(g->fonts[e->font], s, strlen(s), e->width, buf);
  SDL_Surface *surf = render_line(g->fonts[e->font], buf, e->color);
  e->lines = 1;
  e->h = g->line_h[e->font];
  if (!surf)
    return;
  e->tex = SDL_CreateTextureFromSurface(g->r, surf);
  e->w = surf->w;
  e->h = surf->h;
  SDL_FreeSurface(surf);
}

/* End of the next line of s from pos that fits w: at a space or newline, or mid-word for a
 * word wider than w. *next gets where the following line starts. */
static size_t wrap_end(TTF_Font *font, const char *s, size_t pos, int w, size_t *next) {
  size_t end = pos, i = pos;
  for (;;) {
    while (s[i] && s[i] != ' ' && s[i] != '\n')
      i++;
    if (i - pos > TEXT_MAX || width_n(font, s + pos, i - pos, "") > w)
      break;
    end = i;
    if (!s[i] || s[i] == '\n') {
      *next = s[i] ? i + 1 : i;
      return end;
    }
    i++;
  }
  if (end == pos) { /* one word wider than the line: cut it */
    char tmp[TEXT_MAX + 8];
    fit_line(font, s + pos, i - pos, w, tmp);
    size_t n = strlen(tmp);
    end = pos + (n >= 3 ? n - 3 : n);
    if (end == pos)
      end = pos + 1;
    end = char_start(s, end) > pos ? char_start(s, end) : end;
    *next = end;
    return end;
  }
  *next = end;
  while (s[*next] == ' ')
    (*next)++;
  return end;
}

static void fill_wrap(Ren *g, TextEntry *e, const char *s) {
  TTF_Font *font = g->fonts[e->font];
  SDL_Surface *ls[WRAP_MAX_LINES] = {0};
  int max = e->max_lines > 0 && e->max_lines < WRAP_MAX_LINES ? e->max_lines : WRAP_MAX_LINES;
  int n = 0, wmax = 0;
  size_t pos = 0;
  char buf[TEXT_MAX + 8];
  while (s[pos] && n < max) {
    size_t next, end = wrap_end(font, s, pos, e->width, &next);
    if (n == max - 1 && s[next]) { /* the last line allowed: the rest, cut */
      const char *nl = strchr(s + pos, '\n');
      size_t len = nl ? (size_t)(nl - (s + pos)) : strlen(s + pos);
      int more = nl && nl[1];
      fit_last(font, s + pos, len, more, e->width, buf);
      e->cut = 1;
      next = strlen(s);
    } else {
      memcpy(buf, s + pos, end - pos);
      buf[end - pos] = 0;
    }
    ls[n] = render_line(font, buf, e->color);
    if (ls[n] && ls[n]->w > wmax)
      wmax = ls[n]->w;
    n++;
    pos = next;
  }
  int lh = TTF_FontLineSkip(font);
  e->lines = n;
  e->w = wmax;
  e->h = n ? (n - 1) * lh + g->line_h[e->font] : 0;
  if (wmax > 0) {
    SDL_Surface *all = SDL_CreateRGBSurfaceWithFormat(0, wmax, e->h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (all) {
      SDL_FillRect(all, NULL, 0);
      for (int i = 0; i < n; i++) {
        if (!ls[i])
          continue;
        SDL_SetSurfaceBlendMode(ls[i], SDL_BLENDMODE_NONE);
        SDL_Rect d = {0, i * lh, ls[i]->w, ls[i]->h};
        SDL_BlitSurface(ls[i], NULL, all, &d);
      }
      e->tex = SDL_CreateTextureFromSurface(g->r, all);
      SDL_FreeSurface(all);
    }
  }
  for (int i = 0; i < n; i++)
    if (ls[i])
      SDL_FreeSurface(ls[i]);
}

static TextEntry *get(Ren *g, Font f, SDL_Color c, TextLayout lay, int width, int lines,
                      const char *s) {
  TextKey k = {(int)f, c, lay, width < 0 ? 0 : width, lines, s ? s : ""};
  TextEntry *e = textcache_find(&g->cache, &k);
  if (e)
    return e;
  e = textcache_insert(&g->cache, &k);
  if (lay == TEXT_LINE)
    fill_line(g, e, k.str);
  else
    fill_wrap(g, e, k.str);
  return e;
}

static void check_inside(Ren *g, SDL_Rect d, const char *s) {
  SDL_Rect p = g->panel;
  if (d.w <= 0 || (d.x >= p.x && d.y >= p.y && d.x + d.w <= p.x + p.w && d.y + d.h <= p.y + p.h))
    return;
  if (!g->overflows++)
    snprintf(g->overflow_what, sizeof g->overflow_what, "%s: '%.120s' at %d,%d %dx%d",
             g->panel_name ? g->panel_name : "?", s, d.x, d.y, d.w, d.h);
}

static void blit(Ren *g, const TextEntry *e, int x, int y, const char *s) {
  if (!e->tex)
    return;
  SDL_Rect d = {x, y, e->w, e->h};
  check_inside(g, d, s);
  SDL_RenderCopy(g->r, e->tex, NULL, &d);
}

int ren_text(Ren *g, Font f, SDL_Color c, const char *s, int x, int y, int max_w) {
  if (max_w < 0)
    return 0;
  TextEntry *e = get(g, f, c, TEXT_LINE, max_w == 0 ? 0 : max_w < 8 ? 8 : max_w, 0, s);
  if (max_w > 0 && e->w > max_w)
    return 0; /* not even an ellipsis fits */
  blit(g, e, x, y, s);
  return e->w;
}

int ren_text_right(Ren *g, Font f, SDL_Color c, const char *s, int x_right, int y, int max_w) {
  TextEntry *e = get(g, f, c, TEXT_LINE, max_w < 0 ? 0 : max_w, 0, s);
  if (max_w > 0 && e->w > max_w)
    return 0;
  blit(g, e, x_right - e->w, y, s);
  return e->w;
}

int ren_wrap(Ren *g, Font f, SDL_Color c, const char *s, int x, int y, int w, int max_lines) {
  if (w < 16)
    return 0;
  TextEntry *e = get(g, f, c, TEXT_WRAP, w, max_lines, s);
  blit(g, e, x, y, s);
  return e->h;
}

int ren_wrap_h(Ren *g, Font f, SDL_Color c, const char *s, int w, int max_lines) {
  if (w < 16)
    return 0;
  return get(g, f, c, TEXT_WRAP, w, max_lines, s)->h;
}
