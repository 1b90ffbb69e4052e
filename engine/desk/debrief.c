/* debrief.c - the debrief: score and compliance level, pass or fail, the critical items
 * first, the items by category (expected, actual, why), the criteria evidenced; retry, next
 * scenario, save the record. The timeline is in debrief_timeline.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "criteria.h"
#include "desk_internal.h"

void debrief_free(Debrief *b) {
  free(b->rows);
  memset(b, 0, sizeof *b);
}

static void add_row(Debrief *b, int item, const char *heading, int critical) {
  b->rows[b->nrows++] = (DebRow){item, heading, critical};
}

static int lost(const Item *it) { return it->points < it->possible; }

int debrief_build(Desk *d) {
  Debrief *b = &d->deb;
  const Score *s = d->play.score;
  debrief_free(b);
  b->rows = xcalloc(2 * s->nitems + s->ncategories + 2, sizeof *b->rows);
  if (s->critical_failures) {
    add_row(b, -1, "Critical: the session fails on these", 1);
    for (size_t i = 0; i < s->nitems; i++)
      if (s->items[i].severity == SEV_CRITICAL && lost(&s->items[i]))
        add_row(b, (int)i, NULL, 1);
  }
  for (size_t c = 0; c < s->ncategories; c++) {
    add_row(b, -1, s->by_category[c].key, 0);
    for (size_t i = 0; i < s->nitems; i++)
      if (strcmp(s->items[i].category, s->by_category[c].key) == 0)
        add_row(b, (int)i, NULL, 0);
  }
  b->sel = 0;
  while (b->sel < b->nrows && b->rows[b->sel].item < 0)
    b->sel++;
  return 0;
}

static void move(Debrief *b, int dir, int times) {
  for (int t = 0; t < times; t++) {
    int k = b->sel + dir;
    while (k >= 0 && k < b->nrows && b->rows[k].item < 0)
      k += dir;
    if (k < 0 || k >= b->nrows)
      break;
    b->sel = k;
  }
}

static void next_scenario(Desk *d) {
  char cur[512];
  snprintf(cur, sizeof cur, "%s", d->play.path);
  Error err;
  if (!d->menu.cat && menu_build(d, &err) < 0) {
    desk_say(d, "%s", err.msg);
    return;
  }
  const DeskCatalog *c = d->menu.cat;
  size_t at = 0;
  for (size_t i = 0; i < c->nentries; i++)
    if (strcmp(c->entries[i].path, cur) == 0)
      at = i;
  for (size_t k = 1; k <= c->nentries; k++) {
    const DeskEntry *e = &c->entries[(at + k) % c->nentries];
    if (e->scenario && strcmp(e->path, cur) != 0) {
      if (desk_start(d, e->path, &err) < 0)
        desk_say(d, "%s", err.msg);
      return;
    }
  }
  desk_say(d, "There is no other scenario in %s", c->folder ? c->folder : "the folder");
}

int debrief_key(Desk *d, const SDL_KeyboardEvent *k) {
  Debrief *b = &d->deb;
  Error err;
  char path[512];
  switch (k->keysym.sym) {
  case SDLK_UP:
    move(b, -1, 1);
    return 1;
  case SDLK_DOWN:
    move(b, 1, 1);
    return 1;
  case SDLK_PAGEUP:
    move(b, -1, 5);
    return 1;
  case SDLK_PAGEDOWN:
    move(b, 1, 5);
    return 1;
  case SDLK_HOME:
    b->sel = 0, move(b, 1, 0), b->top = 0;
    if (b->rows[0].item < 0)
      move(b, 1, 1);
    return 1;
  case SDLK_END:
    move(b, 1, b->nrows);
    return 1;
  case SDLK_s:
    play_save(d);
    return 1;
  case SDLK_r:
    snprintf(path, sizeof path, "%s", d->play.path);
    if (desk_start(d, path, &err) < 0)
      desk_say(d, "%s", err.msg);
    return 1;
  case SDLK_n:
    next_scenario(d);
    return 1;
  case SDLK_ESCAPE:
    if (desk_open_menu(d, &err) < 0)
      desk_say(d, "%s", err.msg);
    return 1;
  default:
    return 0;
  }
}

/* ---- drawing ---- */

static const char *marker(const Item *it) {
  return !lost(it) ? "\xE2\x9C\x93" : it->points > 0 ? "\xE2\x97\x90" : "\xE2\x9C\x97";
}

static Colour marker_colour(const Item *it) {
  return !lost(it) ? C_GOOD : it->points > 0 ? C_WARN : C_BAD;
}

static void item_texts(const Item *it, char *l2, size_t n) {
  char t[32];
  desk_time(t, sizeof t, it->t_ms);
  snprintf(l2, n, "expected: %s  \xC2\xB7  actual: %s  \xC2\xB7  at %s", it->expected, it->actual,
           t);
}

/* Height of row k at width w. */
static int row_height(Desk *d, int k, int w) {
  Ren *g = &d->g;
  const DebRow *r = &d->deb.rows[k];
  if (r->item < 0)
    return g->line_h[FONT_BOLD] + ren_px(g, 10);
  const Item *it = &d->play.score->items[r->item];
  char l2[700];
  item_texts(it, l2, sizeof l2);
  int iw = w - ren_px(g, 30);
  return g->line_h[FONT_BODY] + ren_wrap_h(g, FONT_SMALL, ren_colour(C_DIM), l2, iw, 2) +
         ren_wrap_h(g, FONT_SMALL, ren_colour(C_TEXT), it->explanation, iw, 3) + ren_px(g, 10);
}

static void draw_heading(Desk *d, const DebRow *row, SDL_Rect r) {
  Ren *g = &d->g;
  const Score *s = d->play.score;
  char h[200] = "";
  for (size_t c = 0; c < s->ncategories && !row->critical; c++)
    if (s->by_category[c].key == row->heading)
      snprintf(h, sizeof h, "%d / %d points", s->by_category[c].points, s->by_category[c].possible);
  ren_fill(g, (SDL_Rect){r.x, r.y + 2, r.w, r.h - 4},
           ren_colour(row->critical ? C_BAD : C_PANEL_HI));
  int pad = ren_px(g, 6), y = r.y + (r.h - g->line_h[FONT_BOLD]) / 2;
  int hw = ren_text_right(g, FONT_SMALL, ren_colour(C_TEXT), h, r.x + r.w - pad,
                          r.y + (r.h - g->line_h[FONT_SMALL]) / 2, r.w / 3);
  char name[160];
  snprintf(name, sizeof name, "%s", row->heading);
  for (char *c = name; *c; c++)
    if (*c == '_')
      *c = ' ';
  ren_text(g, FONT_BOLD, ren_colour(C_TEXT), name, r.x + pad, y, r.w - 3 * pad - hw);
}

static void draw_item(Desk *d, const DebRow *row, SDL_Rect r, int sel) {
  Ren *g = &d->g;
  const Item *it = &d->play.score->items[row->item];
  int pad = ren_px(g, 6), x = r.x + pad, y = r.y + ren_px(g, 4), iw = r.w - ren_px(g, 30);
  if (sel)
    ren_fill(g, r, ren_colour(C_SEL));
  ren_text(g, FONT_BOLD, ren_colour(marker_colour(it)), marker(it), x, y, 0);
  x = r.x + ren_px(g, 24);
  char head[300];
  snprintf(head, sizeof head, "%d/%d", it->points, it->possible);
  int pw = ren_text(g, FONT_BOLD, ren_colour(marker_colour(it)), head, x, y, 0) + pad;
  snprintf(head, sizeof head, "%s \xC2\xB7 %s", it->criterion, severity_name(it->severity));
  int cw = ren_text_right(g, FONT_SMALL, ren_colour(C_DIM), head, r.x + r.w - pad, y + 2, r.w / 3);
  ren_text(g, FONT_BODY, ren_colour(C_TEXT), it->id, x + pw, y, r.w - pw - cw - ren_px(g, 40));
  y += g->line_h[FONT_BODY];
  char l2[700];
  item_texts(it, l2, sizeof l2);
  y += ren_wrap(g, FONT_SMALL, ren_colour(C_DIM), l2, x, y, iw, 2);
  ren_wrap(g, FONT_SMALL, ren_colour(C_TEXT), it->explanation, x, y, iw, 3);
}

static void draw_items(Desk *d, SDL_Rect r) {
  Debrief *b = &d->deb;
  SDL_Rect in = desk_panel(d, r, "Scored items", "\xE2\x86\x91\xE2\x86\x93 PgUp PgDn", 1);
  if (b->sel < b->top)
    b->top = b->sel > 0 && b->rows[b->sel - 1].item < 0 ? b->sel - 1 : b->sel;
  for (;;) { /* scroll down until the selection fits */
    int y = 0;
    for (int k = b->top; k <= b->sel && k < b->nrows; k++)
      y += row_height(d, k, in.w);
    if (y <= in.h || b->top >= b->sel)
      break;
    b->top++;
  }
  int y = in.y;
  for (int k = b->top; k < b->nrows; k++) {
    int h = row_height(d, k, in.w);
    if (y + h > in.y + in.h)
      break;
    SDL_Rect rr = {in.x, y, in.w, h};
    if (b->rows[k].item < 0)
      draw_heading(d, &b->rows[k], rr);
    else
      draw_item(d, &b->rows[k], rr, k == b->sel);
    y += h;
  }
}

static void draw_criteria(Desk *d, SDL_Rect r) {
  Ren *g = &d->g;
  const Score *s = d->play.score;
  SDL_Rect in = desk_panel(d, r, "Criteria evidenced", NULL, 0);
  int rh = desk_row_h(d), pad = ren_px(g, 4), rows = in.h / rh;
  for (size_t c = 0; c < s->ncriteria; c++) {
    if ((int)c >= rows || ((int)c == rows - 1 && c + 1 < s->ncriteria)) {
      char more[64];
      snprintf(more, sizeof more, "and %zu more", s->ncriteria - c);
      ren_text(g, FONT_SMALL, ren_colour(C_DIM), more, in.x, in.y + (int)c * rh, in.w);
      break;
    }
    const Total *t = &s->by_criterion[c];
    const char *st = score_criterion_status(t);
    int y = in.y + (int)c * rh + (rh - g->line_h[FONT_BODY]) / 2, x = in.x;
    x += ren_text(g, FONT_BOLD, ren_colour(C_TEXT), t->key, x, y, ren_px(g, 86)) + pad;
    x = in.x + ren_px(g, 92);
    Colour sc = strcmp(st, "met") == 0 ? C_GOOD : strcmp(st, "not met") == 0 ? C_BAD : C_WARN;
    char w[64];
    snprintf(w, sizeof w, "%s %s %d/%d",
             strcmp(st, "met") == 0       ? "\xE2\x9C\x93"
             : strcmp(st, "not met") == 0 ? "\xE2\x9C\x97"
                                          : "\xE2\x97\x90",
             st, t->points, t->possible);
    int ww = ren_text(g, FONT_SMALL, ren_colour(sc), w, x, y + 1, ren_px(g, 140));
    x += (ww > ren_px(g, 130) ? ww : ren_px(g, 130)) + pad;
    const Criterion *cr = criteria_find(t->key);
    ren_text(g, FONT_SMALL, ren_colour(C_DIM), cr ? cr->text : "", x, y + 1, in.x + in.w - x);
  }
}

static void draw_header(Desk *d, SDL_Rect r) {
  Ren *g = &d->g;
  const Score *s = d->play.score;
  ren_fill(g, r, ren_colour(C_PANEL_HI));
  ren_panel(g, r, "debrief header");
  int pad = ren_px(g, 12), x = r.x + pad, y = r.y + ren_px(g, 6);
  char big[64];
  snprintf(big, sizeof big, "%.1f%%", s->percent);
  x += ren_text(g, FONT_BIG, ren_colour(s->passed ? C_GOOD : C_BAD), big, x, y, 0) + pad;
  int by = y + (g->line_h[FONT_BIG] - g->line_h[FONT_BOLD]) / 2;
  x += desk_badge(d, x, by, s->passed ? "PASSED" : "NOT PASSED",
                  ren_colour(s->passed ? C_GOOD : C_BAD), ren_colour(C_BG)) +
       pad;
  char line[1200];
  snprintf(line, sizeof line, "%s \xC2\xB7 %d of %d points \xC2\xB7 %d critical failure%s",
           s->level, s->points, s->possible, s->critical_failures,
           s->critical_failures == 1 ? "" : "s");
  ren_text(g, FONT_HEAD, ren_colour(C_TEXT), line, x, y, r.x + r.w - x - pad);
  snprintf(line, sizeof line, "Debrief: %s \xC2\xB7 %s mode \xC2\xB7 trainee %s \xC2\xB7 %s",
           d->play.sc->title, d->mode == DESK_PRACTICE ? "practice" : "assessment", desk_trainee(d),
           d->saved[0] ? d->saved : "record not saved (S saves)");
  ren_text(g, FONT_SMALL, ren_colour(C_DIM), line, x, y + g->line_h[FONT_HEAD] + ren_px(g, 2),
           r.x + r.w - x - pad);
}

void debrief_draw(Desk *d) {
  Ren *g = &d->g;
  if (!d->play.score)
    return;
  int pad = ren_px(g, 8), W = g->w, H = g->h;
  int head_h = g->line_h[FONT_BIG] + ren_px(g, 14);
  int keys_h = g->line_h[FONT_SMALL] + ren_px(g, 10);
  int tl_h = 5 * g->line_h[FONT_SMALL] + g->line_h[FONT_BOLD] + ren_px(g, 34);
  draw_header(d, (SDL_Rect){0, 0, W, head_h});
  debrief_timeline(d, (SDL_Rect){pad, head_h + pad, W - 2 * pad, tl_h});
  int by = head_h + tl_h + 2 * pad, bh = H - by - keys_h - pad, lw = (W - 3 * pad) * 60 / 100;
  draw_items(d, (SDL_Rect){pad, by, lw, bh});
  draw_criteria(d, (SDL_Rect){2 * pad + lw, by, W - 3 * pad - lw, bh});
  desk_key_help(d, (SDL_Rect){0, H - keys_h, W, keys_h},
                "\xE2\x86\x91\xE2\x86\x93 items (marked on the timeline) \xC2\xB7 R retry \xC2\xB7 "
                "N next scenario \xC2\xB7 S save record \xC2\xB7 Esc menu \xC2\xB7 Ctrl+Q quit");
}
