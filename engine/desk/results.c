/* results.c - the end of a shift: its results (each incident referred, first unit sent and
 * the priority's target; the colleagues' mistakes by area; complaints and queries) and the
 * scenario's improvements to tick, or an action to write, turned into the improve action.
 * Then the knowledge check and the debrief follow as after a call. Keys: Up/Down, Space
 * ticks, typing on the last row writes an action, Enter confirms. */
#include <stdio.h>
#include <string.h>

#include "desk_internal.h"

void results_open(Desk *d) {
  Play *p = &d->play;
  ShiftDesk *sh = &p->sh;
  shift_results_free(sh->results);
  sh->results = shift_results(p->p, p->sim);
  memset(sh->ticked, 0, (p->sc->nimprovements + 1) * sizeof *sh->ticked);
  edit_clear(&sh->text);
  list_refresh(&sh->improve, (int)p->sc->nimprovements + 1, NULL, NULL);
  sh->improve.sel = sh->improve.top = 0;
  d->screen = DESK_RESULTS;
}

static int on_text(const Play *p) {
  return list_selected(&p->sh.improve) == (int)p->sc->nimprovements;
}

static void confirm(Desk *d) {
  Play *p = &d->play;
  ShiftDesk *sh = &p->sh;
  const char *chosen[64];
  size_t n = 0, count = p->sc->nimprovements;
  for (int order = 1; order <= (int)count && n < 64; order++) /* in the order ticked */
    for (size_t i = 0; i < count; i++)
      if (sh->ticked[i] == order)
        chosen[n++] = p->sc->improvements[i].id;
  if (!n && !sh->text.len) {
    desk_say(d, "Tick an improvement with Space or write one on the last line");
    return;
  }
  play_act(d, ACT_IMPROVE, NULL, sh->text.len ? sh->text.text : NULL, n ? chosen : NULL, n);
}

/* Ticks item i last, or unticks it (the later ticks move up). */
static void toggle(int *ticked, int n, int i) {
  int was = ticked[i], most = 0;
  for (int k = 0; k < n; k++) {
    if (was && ticked[k] > was)
      ticked[k]--;
    if (ticked[k] > most)
      most = ticked[k];
  }
  ticked[i] = was ? 0 : most + 1;
}

int results_key(Desk *d, const SDL_KeyboardEvent *k) {
  Play *p = &d->play;
  ShiftDesk *sh = &p->sh;
  SDL_Keycode s = k->keysym.sym;
  if (s == SDLK_RETURN || s == SDLK_KP_ENTER)
    return confirm(d), 1;
  if (on_text(p) && s != SDLK_UP && s != SDLK_PAGEUP && edit_key(&sh->text, k))
    return 1;
  int i = list_selected(&sh->improve);
  if (s == SDLK_SPACE && i >= 0 && i < (int)p->sc->nimprovements)
    return toggle(sh->ticked, (int)p->sc->nimprovements, i), 1;
  return list_key(&sh->improve, s);
}

void results_text(Desk *d, const char *text) {
  Play *p = &d->play;
  if (on_text(p))
    edit_insert(&p->sh.text, text);
}

static void improve_row(Desk *d, int i, int pos, SDL_Rect r, int sel) {
  (void)pos;
  Play *p = &d->play;
  Ren *g = &d->g;
  int pad = ren_px(g, 6), y = r.y + (r.h - g->line_h[FONT_BODY]) / 2;
  if (i == (int)p->sc->nimprovements) {
    const char *t = p->sh.text.len ? p->sh.text.text : "Or write an action here";
    ren_text(g, FONT_BODY, ren_colour(p->sh.text.len ? C_TEXT : C_DIM), t, r.x + pad, y,
             r.w - 2 * pad);
    if (sel)
      ren_fill(g,
               (SDL_Rect){r.x + pad + ren_measure(g, FONT_BODY, p->sh.text.text), y, 2,
                          g->line_h[FONT_BODY]},
               ren_colour(C_TEXT));
    return;
  }
  const Improvement *m = &p->sc->improvements[i];
  char line[300];
  snprintf(line, sizeof line, "[%s] %s (%s)", p->sh.ticked[i] ? "x" : " ", m->text, m->area);
  ren_text(g, FONT_BODY, ren_colour(p->sh.ticked[i] ? C_GOOD : C_TEXT), line, r.x + pad, y,
           r.w - 2 * pad);
}

static void draw_incidents(Desk *d, SDL_Rect r) {
  Play *p = &d->play;
  const ShiftResults *res = p->sh.results;
  SDL_Rect in = desk_panel(d, r, "Incidents referred", NULL, 0);
  int y = in.y;
  for (size_t i = 0; res && i < res->nincidents; i++) {
    const ShiftIncidentResult *x = &res->incidents[i];
    if (x->referred_ms < 0)
      continue;
    char t1[32], t2[32], line[400], wrong[64] = "";
    if (x->mistakes)
      snprintf(wrong, sizeof wrong, ", %d decision%s against the procedure", x->mistakes, x->mistakes == 1 ? "" : "s");
    desk_time(t1, sizeof t1, x->referred_ms);
    desk_time(t2, sizeof t2, x->first_dispatch_ms - x->referred_ms);
    snprintf(line, sizeof line, "%s: referred %s, first unit %s (target %d:%02d)%s%s",
             p->sc->incidents[i].id, t1, x->first_dispatch_ms >= 0 ? t2 : "none", x->target_s / 60,
             x->target_s % 60, x->late ? ", LATE" : "", wrong);
    y = desk_para(d, in, y, FONT_BODY, x->late ? C_WARN : C_TEXT, line, 1);
  }
}

static void draw_areas(Desk *d, SDL_Rect r) {
  const ShiftResults *res = d->play.sh.results;
  SDL_Rect in = desk_panel(d, r, "Problems by area", NULL, 0);
  int y = in.y;
  char line[300];
  /* Which areas make a pattern is the trainee's to judge; practice mode hints at it. */
  int hint = d->mode == DESK_PRACTICE;
  for (int a = 0; res && a < 6; a++) {
    snprintf(line, sizeof line, "%s: %d%s", shift_areas[a], res->area[a],
             hint && res->area[a] >= 2 ? "  (hint: a pattern)" : "");
    y = desk_para(d, in, y, FONT_BODY, hint && res->area[a] >= 2 ? C_WARN : C_TEXT, line, 1);
  }
  if (res) {
    snprintf(line, sizeof line,
             "Complaints %d, queries %d, abandoned %d; reviewed %d, mistakes corrected %d of %zu",
             res->complaints, res->queries, res->abandoned, res->reviewed, res->corrected,
             res->nmistakes);
    desk_para(d, in, y, FONT_BODY, C_TEXT, line, 2);
  }
}

void results_draw(Desk *d) {
  Ren *g = &d->g;
  Play *p = &d->play;
  int m = ren_px(g, 6), W = g->w, H = g->h;
  int top_h = g->line_h[FONT_HEAD] + ren_px(g, 14), keys_h = g->line_h[FONT_SMALL] + ren_px(g, 10);
  SDL_Rect top = {0, 0, W, top_h};
  ren_fill(g, top, ren_colour(C_PANEL_HI));
  ren_panel(g, top, "top bar");
  ren_text(g, FONT_HEAD, ren_colour(C_ACCENT), "THE SHIFT'S RESULTS", ren_px(g, 10),
           (top_h - g->line_h[FONT_HEAD]) / 2, W / 2);
  int y = top_h + m, bh = H - keys_h - m - y, lw = (W - 3 * m) / 2;
  draw_incidents(d, (SDL_Rect){m, y, lw, bh});
  int ah = bh * 45 / 100;
  draw_areas(d, (SDL_Rect){2 * m + lw, y, W - lw - 3 * m, ah});
  SDL_Rect ir = {2 * m + lw, y + ah + m, W - lw - 3 * m, bh - ah - m};
  SDL_Rect in = desk_panel(d, ir, "Improvements", "Space", 1);
  desk_list(d, &p->sh.improve, in, 1, improve_row);
  desk_key_help(d, (SDL_Rect){0, H - keys_h, W, keys_h},
                "Up/Down choose  Space tick  type on the last line to write one  Enter confirm");
}
