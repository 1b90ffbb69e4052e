/* debrief_timeline.c - the session's timeline on the debrief: the call, the trainee's
 * actions, the units' movements and every scored item marked at its time (shape and
 * colour: circle full points, diamond partly, triangle lost). */
#include <stdio.h>
#include <string.h>

#include "desk_internal.h"

typedef struct Axis {
  int x, w;
  int64_t end;
} Axis;

static int ax(const Axis *a, int64_t t) {
  if (t < 0)
    t = 0;
  if (t > a->end)
    t = a->end;
  return a->x + (int)((double)t * a->w / (double)a->end);
}

static void ticks(Desk *d, const Axis *a, int y, int h) {
  Ren *g = &d->g;
  static const int64_t steps[] = {5000,   10000,  15000,  30000,  60000,
                                  120000, 300000, 600000, 1800000};
  int min_px = ren_measure(g, FONT_SMALL, "00:00") * 2;
  int64_t step = steps[8];
  for (int i = 0; i < 9; i++)
    if (a->w * (double)steps[i] / (double)a->end >= min_px) {
      step = steps[i];
      break;
    }
  char t[32];
  for (int64_t s = 0; s <= a->end; s += step) {
    int x = ax(a, s);
    ren_line(g, x, y, x, y + h, ren_colour(C_GRID));
    desk_time(t, sizeof t, s);
    int tw = ren_measure(g, FONT_SMALL, t);
    if (x + tw <= a->x + a->w + ren_px(g, 2))
      ren_text(g, FONT_SMALL, ren_colour(C_DIM), t, x + 2, y + h, 0);
  }
}

static void lane_label(Desk *d, SDL_Rect in, int y, int lh, const char *name) {
  ren_text(&d->g, FONT_SMALL, ren_colour(C_DIM), name, in.x, y + (lh - d->g.line_h[FONT_SMALL]) / 2,
           ren_px(&d->g, 70));
}

static void call_lane(Desk *d, const Axis *a, int y, int lh) {
  Ren *g = &d->g;
  const Sim *sim = d->play.sim;
  int64_t from = -1, to = a->end;
  for (size_t i = 0; i < sim_event_count(sim); i++) {
    const SimEvent *e = sim_event(sim, i);
    if (strcmp(e->kind, "answered") == 0)
      from = e->t_ms;
    if ((strcmp(e->kind, "hangup") == 0 || strcmp(e->kind, "closed") == 0) && e->t_ms < to &&
        from >= 0)
      to = e->t_ms;
  }
  int cy = y + lh / 2, r = lh / 3;
  ren_fill(g, (SDL_Rect){a->x, cy - 1, ax(a, from < 0 ? a->end : from) - a->x, 3},
           ren_colour(C_WARN));
  if (from >= 0)
    ren_fill(g, (SDL_Rect){ax(a, from), cy - r / 2, ax(a, to) - ax(a, from), r},
             ren_colour(C_GOOD));
  for (size_t i = 0; i < sim_event_count(sim); i++) {
    const SimEvent *e = sim_event(sim, i);
    if (strcmp(e->kind, "hangup") == 0)
      ren_triangle(g, ax(a, e->t_ms), cy, r, ren_colour(C_BAD));
    if (strcmp(e->kind, "closed") == 0)
      ren_diamond(g, ax(a, e->t_ms), cy, r, ren_colour(C_TEXT));
  }
}

static void action_lane(Desk *d, const Axis *a, int y, int lh) {
  const Sim *sim = d->play.sim;
  for (size_t i = 0; i < sim_action_count(sim); i++) {
    int x = ax(a, sim_action(sim, i)->t_ms);
    Colour c = sim_action_accepted(sim, i) ? C_TRAINEE : C_BAD;
    ren_fill(&d->g, (SDL_Rect){x, y + 2, ren_px(&d->g, 2) > 1 ? ren_px(&d->g, 2) : 1, lh - 4},
             ren_colour(c));
  }
}

static void unit_lane(Desk *d, const Axis *a, int y, int lh) {
  const Sim *sim = d->play.sim;
  for (size_t i = 0; i < sim_event_count(sim); i++) {
    const SimEvent *e = sim_event(sim, i);
    UnitStatus st;
    if (strcmp(e->kind, "unit") != 0 || unit_status_parse(e->text, &st) < 0)
      continue;
    ren_circle(&d->g, ax(a, e->t_ms), y + lh / 2, lh / 4 + 1, desk_status_colour(st));
  }
}

static void item_mark(Desk *d, const Item *it, int x, int cy, int r) {
  if (it->points >= it->possible)
    ren_circle(&d->g, x, cy, r * 2 / 3, ren_colour(C_GOOD));
  else if (it->points > 0)
    ren_diamond(&d->g, x, cy, r, ren_colour(C_WARN));
  else
    ren_triangle(&d->g, x, cy, it->severity == SEV_CRITICAL ? r * 3 / 2 : r, ren_colour(C_BAD));
}

static void item_lane(Desk *d, const Axis *a, int y, int lh, int top, int bottom) {
  const Score *s = d->play.score;
  int r = lh / 3, sel = d->deb.sel < d->deb.nrows ? d->deb.rows[d->deb.sel].item : -1;
  for (size_t i = 0; i < s->nitems; i++)
    item_mark(d, &s->items[i], ax(a, s->items[i].t_ms), y + lh / 2, r);
  if (sel >= 0) {
    int x = ax(a, s->items[sel].t_ms);
    ren_fill(&d->g, (SDL_Rect){x - 1, top, 3, bottom - top}, ren_colour(C_ACCENT));
    item_mark(d, &s->items[sel], x, y + lh / 2, r + ren_px(&d->g, 3));
  }
}

void debrief_timeline(Desk *d, SDL_Rect r) {
  Ren *g = &d->g;
  SDL_Rect in = desk_panel(d, r, "Timeline",
                           "items: \xE2\x97\x8F full  \xE2\x97\x86 partly  \xE2\x96\xB2 lost", 0);
  int lw = ren_px(g, 76), lh = g->line_h[FONT_SMALL] + ren_px(g, 2);
  Axis a = {in.x + lw, in.w - lw - ren_measure(g, FONT_SMALL, "00:00"), sim_now(d->play.sim)};
  if (a.end <= 0)
    a.end = 1000;
  static const char *const lanes[] = {"Call", "You", "Units", "Items"};
  for (int k = 0; k < 4; k++)
    lane_label(d, in, in.y + k * lh, lh, lanes[k]);
  ticks(d, &a, in.y, 4 * lh);
  call_lane(d, &a, in.y, lh);
  action_lane(d, &a, in.y + lh, lh);
  unit_lane(d, &a, in.y + 2 * lh, lh);
  item_lane(d, &a, in.y + 3 * lh, lh, in.y, in.y + 4 * lh);
}
