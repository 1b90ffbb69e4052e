/* edit.c - the one-line UTF-8 text field. */
#include "edit.h"

#include <string.h>

static int is_cont(char c) { return ((unsigned char)c & 0xC0) == 0x80; }

void edit_set(Edit *e, const char *s) {
  edit_clear(e);
  edit_insert(e, s ? s : "");
  e->anchor = e->cursor = e->len;
}

void edit_clear(Edit *e) {
  e->text[0] = 0;
  e->len = e->cursor = e->anchor = 0;
  e->changed = 1;
}

void edit_selection(const Edit *e, size_t *a, size_t *b) {
  *a = e->cursor < e->anchor ? e->cursor : e->anchor;
  *b = e->cursor < e->anchor ? e->anchor : e->cursor;
}

static void remove_range(Edit *e, size_t a, size_t b) {
  memmove(e->text + a, e->text + b, e->len - b + 1);
  e->len -= b - a;
  e->cursor = e->anchor = a;
  e->changed = 1;
}

static int delete_selection(Edit *e) {
  size_t a, b;
  edit_selection(e, &a, &b);
  if (a == b)
    return 0;
  remove_range(e, a, b);
  return 1;
}

/* Length of the longest prefix of s (n bytes) that is whole UTF-8 characters. */
static size_t whole_chars(const char *s, size_t n) {
  size_t i = n;
  while (i > 0 && is_cont(s[i - 1]))
    i--;
  if (i == 0)
    return 0;
  unsigned char lead = (unsigned char)s[i - 1];
  size_t need = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  return n - (i - 1) >= need ? n : i - 1;
}

void edit_insert(Edit *e, const char *s) {
  delete_selection(e);
  char clean[EDIT_CAP];
  size_t n = 0;
  for (const char *p = s; *p && n < sizeof clean - 1; p++) {
    unsigned char c = (unsigned char)*p;
    if (c == '\n' || c == '\t' || c == '\r')
      clean[n++] = ' ';
    else if (c >= 0x20 && c != 0x7F)
      clean[n++] = (char)c;
  }
  size_t room = EDIT_CAP - 1 - e->len;
  if (n > room)
    n = room;
  n = whole_chars(clean, n);
  if (!n)
    return;
  memmove(e->text + e->cursor + n, e->text + e->cursor, e->len - e->cursor + 1);
  memcpy(e->text + e->cursor, clean, n);
  e->len += n;
  e->cursor += n;
  e->anchor = e->cursor;
  e->changed = 1;
}

static size_t prev_char(const Edit *e, size_t i) {
  if (i == 0)
    return 0;
  i--;
  while (i > 0 && is_cont(e->text[i]))
    i--;
  return i;
}

static size_t next_char(const Edit *e, size_t i) {
  if (i >= e->len)
    return e->len;
  i++;
  while (i < e->len && is_cont(e->text[i]))
    i++;
  return i;
}

void edit_backspace(Edit *e) {
  if (delete_selection(e) || e->cursor == 0)
    return;
  remove_range(e, prev_char(e, e->cursor), e->cursor);
}

void edit_delete(Edit *e) {
  if (delete_selection(e) || e->cursor >= e->len)
    return;
  remove_range(e, e->cursor, next_char(e, e->cursor));
}

void edit_move(Edit *e, int dir, int select) {
  size_t a, b;
  edit_selection(e, &a, &b);
  if (!select && a != b && (dir == -1 || dir == 1)) {
    e->cursor = e->anchor = dir < 0 ? a : b; /* an arrow collapses the selection */
    return;
  }
  if (dir == -1)
    e->cursor = prev_char(e, e->cursor);
  else if (dir == 1)
    e->cursor = next_char(e, e->cursor);
  else if (dir == -2)
    e->cursor = 0;
  else
    e->cursor = e->len;
  if (!select)
    e->anchor = e->cursor;
}

void edit_select_all(Edit *e) {
  e->anchor = 0;
  e->cursor = e->len;
}

static void copy_selection(const Edit *e) {
  size_t a, b;
  edit_selection(e, &a, &b);
  if (a == b)
    return;
  char buf[EDIT_CAP];
  memcpy(buf, e->text + a, b - a);
  buf[b - a] = 0;
  SDL_SetClipboardText(buf);
}

static void paste(Edit *e) {
  char *clip = SDL_GetClipboardText();
  if (clip)
    edit_insert(e, clip);
  SDL_free(clip);
}

int edit_key(Edit *e, const SDL_KeyboardEvent *k) {
  int shift = (k->keysym.mod & KMOD_SHIFT) != 0, ctrl = (k->keysym.mod & KMOD_CTRL) != 0;
  switch (k->keysym.sym) {
  case SDLK_LEFT:
    edit_move(e, -1, shift);
    return 1;
  case SDLK_RIGHT:
    edit_move(e, 1, shift);
    return 1;
  case SDLK_HOME:
    edit_move(e, -2, shift);
    return 1;
  case SDLK_END:
    edit_move(e, 2, shift);
    return 1;
  case SDLK_BACKSPACE:
    edit_backspace(e);
    return 1;
  case SDLK_DELETE:
    edit_delete(e);
    return 1;
  default:
    break;
  }
  if (!ctrl)
    return 0;
  switch (k->keysym.sym) {
  case SDLK_a:
    edit_select_all(e);
    return 1;
  case SDLK_c:
    copy_selection(e);
    return 1;
  case SDLK_x:
    copy_selection(e), delete_selection(e);
    return 1;
  case SDLK_v:
    paste(e);
    return 1;
  default:
    return 0;
  }
}

/* Width of text[from..to). */
static int span_w(Ren *g, const Edit *e, size_t from, size_t to) {
  char buf[EDIT_CAP];
  memcpy(buf, e->text + from, to - from);
  buf[to - from] = 0;
  return ren_measure(g, FONT_BODY, buf);
}

/* First byte to show so that the cursor fits in avail pixels. */
static size_t view_start(Ren *g, const Edit *e, int avail) {
  size_t start = 0;
  if (span_w(g, e, 0, e->cursor) <= avail)
    return 0;
  while (start < e->cursor && span_w(g, e, start, e->cursor) > avail)
    start = next_char(e, start);
  return start;
}

void edit_draw(Ren *g, const Edit *e, SDL_Rect box, int focused, const char *placeholder) {
  ren_fill(g, box, ren_colour(focused ? C_PANEL_HI : C_BG));
  ren_box(g, box, ren_colour(focused ? C_FOCUS : C_LINE), 1);
  int pad = ren_px(g, 5), y = box.y + (box.h - g->line_h[FONT_BODY]) / 2;
  int x = box.x + pad, avail = box.w - 2 * pad;
  if (!e->len) {
    if (placeholder)
      ren_text(g, FONT_BODY, ren_colour(C_DIM), placeholder, x, y, avail);
    if (focused)
      ren_fill(g, (SDL_Rect){x, y, ren_px(g, 2), g->line_h[FONT_BODY]}, ren_colour(C_TEXT));
    return;
  }
  int ell = ren_measure(g, FONT_BODY, "\xE2\x80\xA6");
  size_t start = focused ? view_start(g, e, avail - 2 * ell) : 0;
  int lead = 0;
  if (start > 0)
    lead = ren_text(g, FONT_BODY, ren_colour(C_DIM), "\xE2\x80\xA6", x, y, 0);
  size_t a, b;
  edit_selection(e, &a, &b);
  if (focused && a != b) {
    size_t sa = a < start ? start : a;
    int x0 = x + lead + span_w(g, e, start, sa), x1 = x + lead + span_w(g, e, start, b);
    if (x1 > box.x + box.w - pad)
      x1 = box.x + box.w - pad;
    if (x1 > x0)
      ren_fill(g, (SDL_Rect){x0, y, x1 - x0, g->line_h[FONT_BODY]}, ren_colour(C_SEL));
  }
  ren_text(g, FONT_BODY, ren_colour(C_TEXT), e->text + start, x + lead, y, avail - lead);
  if (focused) {
    int cx = x + lead + span_w(g, e, start, e->cursor);
    if (cx > box.x + box.w - pad)
      cx = box.x + box.w - pad;
    ren_fill(g, (SDL_Rect){cx, y, ren_px(g, 2), g->line_h[FONT_BODY]}, ren_colour(C_TEXT));
  }
}
