/* replay.c - a finished record, read-only, with a timeline scrubber: the call screen as it
 * was at the cursor, rebuilt by playing the record's actions up to the cursor into a fresh
 * session (sessions are a pure function of scenario, seed and actions), and the scored items
 * of the whole session marked on the timeline, the one at the cursor spelled out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "desk_internal.h"

static int cmp_i64(const void *a, const void *b) {
  int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
  return x < y ? -1 : x > y;
}

/* Where the cursor may stop: 0, the end, and every event, action and item time. */
static void collect_stops(Replay *rp, const Sim *sim) {
  size_t ne = sim_event_count(sim), na = sim_action_count(sim), n = 0;
  rp->stops = xcalloc(ne + na + rp->score->nitems + 2, sizeof *rp->stops);
  rp->stops[n++] = 0;
  rp->stops[n++] = rp->end;
  for (size_t i = 0; i < ne; i++)
    rp->stops[n++] = sim_event(sim, i)->t_ms;
  for (size_t i = 0; i < na; i++)
    rp->stops[n++] = sim_action(sim, i)->t_ms;
  for (size_t i = 0; i < rp->score->nitems; i++)
    rp->stops[n++] = rp->score->items[i].t_ms;
  qsort(rp->stops, n, sizeof *rp->stops, cmp_i64);
  size_t u = 0;
  for (size_t i = 0; i < n; i++)
    if ((u == 0 || rp->stops[u - 1] != rp->stops[i]) && rp->stops[i] >= 0 &&
        rp->stops[i] <= rp->end)
      rp->stops[u++] = rp->stops[i];
  rp->nstops = u;
}

/* Plays the actions with t_ms <= at into the freshly loaded session, then advances to at.
 * The screen is held off the call while they go in, so a close neither scores nor leaves. */
static int play_to(Desk *d, int64_t at, Error *err) {
  Replay *rp = &d->rp;
  d->screen = DESK_MENU;
  int rc = 0;
  for (size_t i = 0; rc == 0 && i < rp->actions.len && rp->actions.v[i].t_ms <= at; i++)
    rc = play_apply(d, &rp->actions.v[i], err);
  if (rc == 0 && at > sim_now(d->play.sim))
    rc = sim_advance(d->play.sim, at, err);
  d->screen = DESK_CALL;
  play_refresh(d);
  return rc;
}

int desk_replay_seek(Desk *d, int64_t t_ms, Error *err) {
  Replay *rp = &d->rp;
  if (!rp->active)
    return error_set(err, NULL, 0, "no replay open");
  if (t_ms < 0)
    t_ms = 0;
  if (t_ms > rp->end)
    t_ms = rp->end;
  if (play_begin(d, rp->scenario, err) < 0)
    return -1;
  rp->cursor = t_ms;
  return play_to(d, t_ms, err);
}

int64_t desk_replay_cursor(const Desk *d) { return d->rp.active ? d->rp.cursor : -1; }
int desk_replay_items(const Desk *d) { return d->rp.score ? (int)d->rp.score->nitems : 0; }

void replay_free(Replay *rp) {
  actions_free(&rp->actions);
  score_free(rp->score);
  free(rp->stops);
  memset(rp, 0, sizeof *rp);
}

/* The whole session once: its score (the items on the timeline), its end and its stops. */
static int replay_whole(Desk *d, Error *err) {
  Replay *rp = &d->rp;
  if (play_begin(d, rp->scenario, err) < 0 ||
      desk_read_actions(d, rp->record, &rp->actions, err) < 0)
    return -1;
  int64_t last = rp->actions.len ? rp->actions.v[rp->actions.len - 1].t_ms : 0;
  if (play_to(d, last, err) < 0)
    return -1;
  rp->score = score_session(d->play.p, d->play.sim);
  rp->end = sim_now(d->play.sim);
  for (size_t i = 0; i < rp->score->nitems; i++)
    if (rp->score->items[i].t_ms > rp->end)
      rp->end = rp->score->items[i].t_ms;
  collect_stops(rp, d->play.sim);
  return 0;
}

int desk_open_replay(Desk *d, const DeskReplaySpec *s, Error *err) {
  play_end(d, 0);
  replay_free(&d->rp);
  Replay *rp = &d->rp;
  snprintf(rp->scenario, sizeof rp->scenario, "%s", s->scenario);
  snprintf(rp->record, sizeof rp->record, "%s", s->record);
  rp->verified = s->verified;
  rp->active = 1;
  d->cfg.seed = s->seed;
  d->cfg.autosave = -1; /* read-only: no journal, no record */
  d->mode = DESK_ASSESSMENT; /* no hints over someone else's session */
  if (replay_whole(d, err) < 0 || desk_replay_seek(d, s->at_ms < 0 ? 0 : s->at_ms, err) < 0) {
    play_end(d, 0);
    replay_free(rp);
    return -1;
  }
  return 0;
}

/* The next stop after (dir > 0) or before (dir < 0) the cursor. */
static int64_t step(const Replay *rp, int dir) {
  if (dir > 0) {
    for (size_t i = 0; i < rp->nstops; i++)
      if (rp->stops[i] > rp->cursor)
        return rp->stops[i];
    return rp->end;
  }
  for (size_t i = rp->nstops; i-- > 0;)
    if (rp->stops[i] < rp->cursor)
      return rp->stops[i];
  return 0;
}

static void seek_or_say(Desk *d, int64_t t) {
  Error err;
  if (t != d->rp.cursor && desk_replay_seek(d, t, &err) < 0)
    desk_say(d, "Replay stopped: %s", err.msg);
}

int replay_key(Desk *d, const SDL_KeyboardEvent *k) {
  Replay *rp = &d->rp;
  switch (k->keysym.sym) {
  case SDLK_LEFT:
    seek_or_say(d, step(rp, -1));
    return 1;
  case SDLK_RIGHT:
    seek_or_say(d, step(rp, 1));
    return 1;
  case SDLK_HOME:
    seek_or_say(d, 0);
    return 1;
  case SDLK_END:
    seek_or_say(d, rp->end);
    return 1;
  case SDLK_PAGEUP:
    seek_or_say(d, rp->cursor > 30000 ? rp->cursor - 30000 : 0);
    return 1;
  case SDLK_PAGEDOWN:
    seek_or_say(d, rp->cursor + 30000 < rp->end ? rp->cursor + 30000 : rp->end);
    return 1;
  case SDLK_ESCAPE:
    d->quit = 1;
    return 1;
  default:
    return 0;
  }
}

int replay_click(Desk *d, int x, int y) {
  Replay *rp = &d->rp;
  SDL_Point pt = {x, y};
  if (!rp->active || rp->axis.w <= 0 || !SDL_PointInRect(&pt, &rp->axis))
    return 0;
  double f = (double)(x - rp->axis.x) / (double)rp->axis.w;
  seek_or_say(d, (int64_t)(f * (double)rp->end + 0.5));
  return 1;
}

int replay_bar_h(const Desk *d) {
  if (!d->rp.active)
    return 0;
  const Ren *g = &d->g;
  return g->line_h[FONT_BOLD] + 3 * g->line_h[FONT_SMALL] + 3 * g->line_h[FONT_BODY] +
         ren_px(g, 30);
}

/* The item decided last at or before the cursor, or -1. */
static int item_at_cursor(const Replay *rp) {
  int best = -1;
  for (size_t i = 0; i < rp->score->nitems; i++) {
    int64_t t = rp->score->items[i].t_ms;
    if (t <= rp->cursor && (best < 0 || t >= rp->score->items[best].t_ms))
      best = (int)i;
  }
  return best;
}

static int axis_x(const Replay *rp, int64_t t) {
  int64_t end = rp->end > 0 ? rp->end : 1;
  return rp->axis.x + (int)((double)t * rp->axis.w / (double)end);
}

static void mark(Desk *d, const Item *it, int x, int cy, int r) {
  if (it->points >= it->possible)
    ren_circle(&d->g, x, cy, r * 2 / 3, ren_colour(C_GOOD));
  else if (it->points > 0)
    ren_diamond(&d->g, x, cy, r, ren_colour(C_WARN));
  else
    ren_triangle(&d->g, x, cy, r, ren_colour(C_BAD));
}

static void draw_axis(Desk *d, int sel) {
  Replay *rp = &d->rp;
  Ren *g = &d->g;
  SDL_Rect a = rp->axis;
  ren_fill(g, (SDL_Rect){a.x, a.y + a.h / 2, a.w, 1}, ren_colour(C_GRID));
  for (size_t i = 0; i < rp->actions.len; i++)
    ren_fill(g, (SDL_Rect){axis_x(rp, rp->actions.v[i].t_ms), a.y, 1, a.h / 3},
             ren_colour(C_TRAINEE));
  int r = a.h / 4 > 3 ? a.h / 4 : 3;
  for (size_t i = 0; i < rp->score->nitems; i++)
    mark(d, &rp->score->items[i], axis_x(rp, rp->score->items[i].t_ms), a.y + a.h * 2 / 3, r);
  if (sel >= 0)
    mark(d, &rp->score->items[sel], axis_x(rp, rp->score->items[sel].t_ms), a.y + a.h * 2 / 3,
         r + ren_px(g, 2));
  int cx = axis_x(rp, rp->cursor);
  ren_fill(g, (SDL_Rect){cx - 1, a.y, 3, a.h}, ren_colour(C_ACCENT));
}

static void draw_item(Desk *d, SDL_Rect in, int y, int sel) {
  Ren *g = &d->g;
  char line[400];
  if (sel < 0) {
    ren_text(g, FONT_BODY, ren_colour(C_DIM), "No item decided yet at the cursor.", in.x, y,
             in.w);
    return;
  }
  const Item *it = &d->rp.score->items[sel];
  char t[32];
  desk_time(t, sizeof t, it->t_ms);
  snprintf(line, sizeof line, "%s  %s  %d/%d  (%s, %s)", t, it->id, it->points, it->possible,
           it->criterion ? it->criterion : "-", it->category ? it->category : "-");
  ren_text(g, FONT_BOLD, ren_colour(C_TEXT), line, in.x, y, in.w);
  y += g->line_h[FONT_BOLD];
  snprintf(line, sizeof line, "expected: %s    actual: %s", it->expected ? it->expected : "-",
           it->actual ? it->actual : "-");
  ren_text(g, FONT_BODY, ren_colour(C_TEXT), line, in.x, y, in.w);
  y += g->line_h[FONT_BODY];
  ren_text(g, FONT_BODY, ren_colour(C_DIM), it->explanation ? it->explanation : "", in.x, y,
           in.w);
}

void replay_draw(Desk *d) {
  Replay *rp = &d->rp;
  Ren *g = &d->g;
  int h = replay_bar_h(d);
  SDL_Rect r = {0, g->h - h, g->w, h};
  char key[160], now[32], end[32];
  desk_time(now, sizeof now, rp->cursor);
  desk_time(end, sizeof end, rp->end);
  snprintf(key, sizeof key, "%s / %s   \xE2\x86\x90 \xE2\x86\x92 step  Home End  PgUp PgDn 30 s  Esc quit",
           now, end);
  SDL_Rect in = desk_panel(d, r, "Replay", key, 1);
  const char *word = rp->verified ? "VERIFIED" : "NOT VERIFIED";
  int bw = ren_measure(g, FONT_BOLD, word) + 2 * ren_px(g, 6);
  SDL_Rect badge = {in.x, in.y, bw, g->line_h[FONT_BOLD] + ren_px(g, 4)};
  ren_panel(g, badge, word);
  desk_badge(d, in.x, in.y, word, ren_colour(rp->verified ? C_GOOD : C_BAD), ren_colour(C_BG));
  ren_panel(g, in, "Replay");
  ren_text(g, FONT_SMALL, ren_colour(C_DIM), rp->record, in.x + bw + ren_px(g, 8),
           in.y + ren_px(g, 2), in.w - bw - ren_px(g, 8));
  int y = badge.y + badge.h + ren_px(g, 4);
  rp->axis = (SDL_Rect){in.x + ren_px(g, 6), y, in.w - ren_px(g, 12),
                        2 * g->line_h[FONT_SMALL]};
  ren_panel(g, rp->axis, "Timeline");
  int sel = item_at_cursor(rp);
  draw_axis(d, sel);
  ren_panel(g, in, "Replay item");
  draw_item(d, in, rp->axis.y + rp->axis.h + ren_px(g, 6), sel);
}

int desk_recover(Desk *d, const char *journal, Error *err) {
  if (!d->host.recover)
    return error_set(err, journal, 0, "this desk cannot recover sessions");
  DeskRecovered r;
  if (d->host.recover(d->host.ud, journal, &r, err) < 0)
    return -1;
  DeskConfig keep = d->cfg;
  d->cfg.seed = r.seed;
  d->cfg.autosave = -1; /* the record is written already */
  ActionList l = {0};
  int rc = desk_start(d, r.scenario, err);
  if (rc == 0)
    rc = desk_read_actions(d, r.record, &l, err);
  if (rc == 0)
    rc = desk_replay(d, &l, -1, err);
  if (rc == 0 && d->screen != DESK_DEBRIEF)
    rc = desk_end_session(d, err);
  actions_free(&l);
  d->cfg = keep;
  if (rc == 0) {
    d->play.saved = 1;
    snprintf(d->saved, sizeof d->saved, "%s", r.record);
    desk_say(d, "Recovered: %s", r.record);
  }
  return rc;
}
