/* desk.c - the desk's life cycle, input routing, frame loop and shared drawing helpers. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "desk_internal.h"

static Desk *desk_alloc(const DeskHost *host, const DeskConfig *cfg) {
  Desk *d = xcalloc(1, sizeof *d);
  d->host = *host;
  d->cfg = *cfg;
  d->mode = cfg->mode;
  edit_set(&d->menu.trainee, cfg->trainee ? cfg->trainee : "");
  return d;
}

Desk *desk_new(SDL_Renderer *r, SDL_Window *win, const DeskHost *host, const DeskConfig *cfg,
               Error *err) {
  Desk *d = desk_alloc(host, cfg);
  d->r = r;
  d->win = win;
  if (ren_init(&d->g, r, cfg->font_dir, err) < 0) {
    desk_free(d);
    return NULL;
  }
  return d;
}

Desk *desk_new_offscreen(int w, int h, const DeskHost *host, const DeskConfig *cfg, Error *err) {
  SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
  SDL_Renderer *r = s ? SDL_CreateSoftwareRenderer(s) : NULL;
  if (!r) {
    if (s)
      SDL_FreeSurface(s);
    error_set(err, NULL, 0, "cannot make a %dx%d offscreen renderer: %s", w, h, SDL_GetError());
    return NULL;
  }
  Desk *d = desk_new(r, NULL, host, cfg, err);
  if (!d) {
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(s);
    return NULL;
  }
  d->surface = s;
  d->own_renderer = 1;
  return d;
}

void desk_free(Desk *d) {
  if (!d)
    return;
  /* quitting mid-call: the session's journal stays for `incidesk recover` */
  Play *p = &d->play;
  play_end(d, p->running && !p->score && d->screen != DESK_MENU && sim_action_count(p->sim) > 0);
  menu_free(&d->menu);
  debrief_free(&d->deb);
  replay_free(&d->rp);
  ren_free(&d->g);
  if (d->own_renderer)
    SDL_DestroyRenderer(d->r);
  if (d->surface)
    SDL_FreeSurface(d->surface);
  free(d);
}

SDL_Surface *desk_surface(Desk *d) { return d->surface; }

int desk_resize(Desk *d, int w, int h, Error *err) {
  if (!d->surface)
    return error_set(err, NULL, 0, "only an offscreen desk can be resized");
  SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
  SDL_Renderer *r = s ? SDL_CreateSoftwareRenderer(s) : NULL;
  if (!r) {
    if (s)
      SDL_FreeSurface(s);
    return error_set(err, NULL, 0, "cannot make a %dx%d offscreen renderer", w, h);
  }
  textcache_clear(&d->g.cache); /* the textures belong to the old renderer */
  SDL_DestroyRenderer(d->r);
  SDL_FreeSurface(d->surface);
  d->r = d->g.r = r;
  d->surface = s;
  SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
  return 0;
}

int desk_open_menu(Desk *d, Error *err) {
  play_end(d, 0);
  if (menu_build(d, err) < 0)
    return -1;
  d->screen = DESK_MENU;
  return 0;
}

int desk_start(Desk *d, const char *path, Error *err) {
  if (play_begin(d, path, err) < 0)
    return -1;
  d->screen = DESK_CALL;
  return 0;
}

int desk_read_actions(Desk *d, const char *path, ActionList *out, Error *err) {
  return d->host.read_actions(d->host.ud, path, out, err);
}

int desk_replay(Desk *d, const ActionList *l, int64_t at_ms, Error *err) {
  if (!d->play.running)
    return error_set(err, NULL, 0, "no session to replay into");
  for (size_t i = 0; i < l->len && (d->screen == DESK_CALL || d->screen == DESK_KNOWLEDGE ||
                                    d->screen == DESK_RESULTS);
       i++) {
    if (at_ms >= 0 && l->v[i].t_ms > at_ms)
      break;
    if (play_apply(d, &l->v[i], err) < 0)
      return -1;
  }
  if (d->screen == DESK_CALL && at_ms > sim_now(d->play.sim) &&
      sim_advance(d->play.sim, at_ms, err) < 0)
    return -1;
  if (d->screen == DESK_CALL)
    play_refresh(d);
  return 0;
}

int desk_end_session(Desk *d, Error *err) {
  int64_t end = d->play.sh.on ? (int64_t)d->play.sc->shift.duration_s * 1000 : 0;
  if (d->screen == DESK_CALL && sim_now(d->play.sim) < end && /* a shift ends at its time */
      sim_advance(d->play.sim, end, err) < 0)
    return -1;
  if (d->screen == DESK_CALL) {
    Action a = {sim_now(d->play.sim), ACT_CLOSE, NULL, NULL, NULL, 0, NULL, 0};
    if (play_apply(d, &a, err) < 0)
      return -1;
  }
  if (d->screen == DESK_RESULTS) /* no improvements chosen */
    play_after(d);
  if (d->screen == DESK_KNOWLEDGE)
    play_score(d);
  return d->screen == DESK_DEBRIEF ? 0 : error_set(err, NULL, 0, "no session to end");
}

int desk_menu_select(Desk *d, const char *path) {
  Menu *m = &d->menu;
  if (!m->cat)
    return -1;
  for (size_t i = 0; i < m->cat->nentries; i++)
    if (strcmp(m->cat->entries[i].path, path) == 0) {
      m->crit = m->tag = 0;
      list_filter_clear(&m->list);
      list_refresh(&m->list, (int)m->cat->nentries, NULL, NULL);
      list_select(&m->list, (int)i);
      return 0;
    }
  return -1;
}

static void key_event(Desk *d, const SDL_KeyboardEvent *k) {
  if (k->keysym.sym == SDLK_q && (k->keysym.mod & KMOD_CTRL)) {
    d->quit = 1;
    return;
  }
  int used = 0;
  if (d->rp.active) {
    d->eat_text = replay_key(d, k);
    return;
  }
  switch (d->screen) {
  case DESK_MENU:
    used = menu_key(d, k);
    break;
  case DESK_CALL:
    used = call_key(d, k);
    break;
  case DESK_KNOWLEDGE:
    used = knowledge_key(d, k);
    break;
  case DESK_DEBRIEF:
    used = debrief_key(d, k);
    break;
  case DESK_RESULTS:
    used = results_key(d, k);
    break;
  }
  SDL_Keycode s = k->keysym.sym;
  d->eat_text = used && s >= 32 && s < 127 && !(k->keysym.mod & (KMOD_CTRL | KMOD_ALT));
}

void desk_event(Desk *d, const SDL_Event *e) {
  switch (e->type) {
  case SDL_QUIT:
    d->quit = 1;
    break;
  case SDL_KEYDOWN:
    key_event(d, &e->key);
    break;
  case SDL_MOUSEBUTTONDOWN:
  case SDL_MOUSEWHEEL:
    desk_mouse(d, e);
    break;
  case SDL_TEXTINPUT:
    if (d->eat_text)
      d->eat_text = 0;
    else if (d->screen == DESK_MENU)
      menu_text(d, e->text.text);
    else if (d->screen == DESK_CALL)
      call_text(d, e->text.text);
    else if (d->screen == DESK_RESULTS)
      results_text(d, e->text.text);
    break;
  default:
    break;
  }
}

void desk_update(Desk *d, int64_t dt_ms) {
  d->wall_ms += dt_ms;
  if (d->screen == DESK_CALL && !d->rp.active)
    play_update(d, dt_ms);
}

float desk_density(const Desk *d) {
  if (!d->win)
    return 1;
  int ww, wh, pw, ph;
  SDL_GetWindowSize(d->win, &ww, &wh);
  SDL_GetRendererOutputSize(d->r, &pw, &ph);
  return ww > 0 ? (float)pw / (float)ww : 1;
}

int desk_draw(Desk *d, Error *err) {
  if (ren_begin(&d->g, desk_density(d), err) < 0)
    return -1;
  switch (d->screen) {
  case DESK_MENU:
    menu_draw(d);
    break;
  case DESK_CALL:
    call_draw(d);
    if (d->rp.active)
      replay_draw(d);
    break;
  case DESK_KNOWLEDGE:
    knowledge_draw(d);
    break;
  case DESK_DEBRIEF:
    debrief_draw(d);
    break;
  case DESK_RESULTS:
    results_draw(d);
    break;
  }
  ren_end(&d->g);
  d->frames++;
  return 0;
}

int desk_step(Desk *d, int64_t dt_ms, Error *err) {
  SDL_Event e;
  while (!d->quit && SDL_PollEvent(&e))
    desk_event(d, &e);
  if (d->quit)
    return 1;
  desk_update(d, dt_ms);
  if (desk_draw(d, err) < 0)
    return -1;
  SDL_RenderPresent(d->r);
  return d->quit;
}

DeskScreen desk_screen(const Desk *d) { return d->screen; }
const Sim *desk_sim(const Desk *d) { return d->play.running ? d->play.sim : NULL; }
const Procedure *desk_procedure(const Desk *d) { return d->play.running ? d->play.p : NULL; }
const char *desk_saved_path(const Desk *d) { return d->saved; }

static const char *const shift_panels[] = {"incidents", "resources", "queue", "colleagues"};

int desk_focus(Desk *d, const char *panel) {
  static const char *const names[] = {"questions", "talk", "advice",
                                      "partners",  "log",  "resources"};
  for (int i = 0; d->play.sh.on && i < S_COUNT; i++)
    if (strcmp(panel, shift_panels[i]) == 0) {
      d->play.sh.focus = (ShiftFocus)i;
      return 0;
    }
  if (d->play.sh.on)
    return -1;
  for (int i = 0; i < F_COUNT; i++)
    if (strcmp(panel, names[i]) == 0) {
      d->play.focus = (Focus)i;
      if (i <= F_PARTNERS)
        d->play.tab = (Focus)i;
      return 0;
    }
  if (strcmp(panel, "classify") == 0) {
    d->play.focus = F_LOG;
    d->play.log.sel = 0;
    return 0;
  }
  return -1;
}

int desk_selection(const Desk *d, const char *panel) {
  static const char *const names[] = {"questions", "talk", "advice",
                                      "partners",  "log",  "resources"};
  const Play *p = &d->play;
  const List *l[] = {&p->questions, &p->talk, &p->advice, &p->partners, &p->log, &p->units};
  if (strcmp(panel, "scenarios") == 0)
    return d->menu.cat ? list_selected(&d->menu.list) : -1;
  const List *sl[] = {&p->sh.incidents, &p->units, &p->sh.contacts, &p->sh.colleagues};
  for (int i = 0; p->sh.on && i < S_COUNT; i++)
    if (strcmp(panel, shift_panels[i]) == 0)
      return list_selected(sl[i]);
  for (int i = 0; i < F_COUNT; i++)
    if (p->running && strcmp(panel, names[i]) == 0)
      return list_selected(l[i]);
  return -1;
}

void desk_stats(const Desk *d, DeskStats *out) {
  memset(out, 0, sizeof *out);
  out->frames = d->frames;
  out->rasterised = d->g.cache.misses;
  out->cache_hits = d->g.cache.hits;
  out->overflows = d->g.overflows;
  snprintf(out->overflow_what, sizeof out->overflow_what, "%s", d->g.overflow_what);
}

int desk_panel_rect(const Desk *d, const char *title, SDL_Rect *out) {
  return ren_find_panel(&d->g, title, out);
}

int desk_dialog(const Desk *d) { return d->screen == DESK_CALL ? (int)d->play.modal.kind : 0; }

/* ---- shared helpers ---- */

void desk_say(Desk *d, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(d->msg, sizeof d->msg, fmt, ap);
  va_end(ap);
  d->msg_until = d->wall_ms + 6000;
}

const char *desk_trainee(const Desk *d) {
  return d->menu.trainee.len ? d->menu.trainee.text : "anonymous";
}

int desk_row_h(const Desk *d) { return d->g.line_h[FONT_BODY] + ren_px(&d->g, 8); }

SDL_Rect desk_panel(Desk *d, SDL_Rect r, const char *title, const char *key, int focused) {
  Ren *g = &d->g;
  int pad = ren_px(g, 6), th = g->line_h[FONT_BOLD] + ren_px(g, 8);
  ren_fill(g, r, ren_colour(C_PANEL));
  ren_fill(g, (SDL_Rect){r.x, r.y, r.w, th}, ren_colour(focused ? C_SEL : C_PANEL_HI));
  ren_panel(g, r, title);
  int kw = key ? ren_text_right(g, FONT_SMALL, ren_colour(focused ? C_TEXT : C_DIM), key,
                                r.x + r.w - pad, r.y + (th - g->line_h[FONT_SMALL]) / 2, r.w / 3)
               : 0;
  ren_text(g, FONT_BOLD, ren_colour(C_TEXT), title, r.x + pad, r.y + ren_px(g, 4),
           r.w - 3 * pad - kw);
  if (focused)
    ren_box(g, r, ren_colour(C_FOCUS), ren_px(g, 2));
  SDL_Rect in = {r.x + pad, r.y + th + pad / 2, r.w - 2 * pad, r.h - th - pad};
  ren_panel(g, in, title);
  return in;
}

void desk_key_help(Desk *d, SDL_Rect r, const char *help) {
  Ren *g = &d->g;
  ren_fill(g, r, ren_colour(C_PANEL_HI));
  ren_panel(g, r, "key help");
  int pad = ren_px(g, 8), y = r.y + (r.h - g->line_h[FONT_SMALL]) / 2;
  int mw = 0;
  if (d->msg[0] && d->wall_ms < d->msg_until)
    mw = ren_text_right(g, FONT_BOLD, ren_colour(C_WARN), d->msg, r.x + r.w - pad,
                        r.y + (r.h - g->line_h[FONT_BOLD]) / 2, r.w / 2);
  ren_text(g, FONT_SMALL, ren_colour(C_TEXT), help, r.x + pad, y, r.w - 3 * pad - mw);
}

int desk_para(Desk *d, SDL_Rect in, int y, Font f, Colour c, const char *s, int lines) {
  Ren *g = &d->g;
  int skip = TTF_FontLineSkip(g->fonts[f]), room = in.y + in.h - y;
  if (room < g->line_h[f])
    return in.y + in.h;
  int fit = 1 + (room - g->line_h[f]) / (skip > 0 ? skip : 1);
  if (fit < lines)
    lines = fit;
  return y + ren_wrap(g, f, ren_colour(c), s, in.x, y, in.w, lines) + ren_px(g, 6);
}

int desk_list(Desk *d, List *l, SDL_Rect area, int focused, DeskRowFn row) {
  Ren *g = &d->g;
  int rh = desk_row_h(d), rows = area.h / rh, bar = ren_px(g, 4);
  if (rows < 1)
    return 0;
  list_scroll(l, rows);
  l->area = (SDL_Rect){area.x, area.y, area.w, rows * rh};
  l->row_h = rh;
  int more = l->nvis > rows;
  for (int k = l->top; k < l->nvis && k < l->top + rows; k++) {
    SDL_Rect r = {area.x, area.y + (k - l->top) * rh, area.w - (more ? bar + 2 : 0), rh};
    if (k == l->sel)
      ren_fill(g, r, ren_colour(focused ? C_SEL : C_PANEL_HI));
    row(d, l->vis[k], k, r, k == l->sel);
  }
  if (more) {
    int track = rows * rh, th = track * rows / l->nvis, ty = area.y + track * l->top / l->nvis;
    ren_fill(g, (SDL_Rect){area.x + area.w - bar, area.y, bar, track}, ren_colour(C_PANEL_HI));
    ren_fill(g, (SDL_Rect){area.x + area.w - bar, ty, bar, th < 4 ? 4 : th}, ren_colour(C_DIM));
  }
  return rows;
}

int desk_badge(Desk *d, int x, int y, const char *word, SDL_Color bg, SDL_Color fg) {
  Ren *g = &d->g;
  int pad = ren_px(g, 6), w = ren_measure(g, FONT_BOLD, word) + 2 * pad;
  ren_fill(g, (SDL_Rect){x, y, w, g->line_h[FONT_BOLD] + ren_px(g, 4)}, bg);
  ren_text(g, FONT_BOLD, fg, word, x + pad, y + ren_px(g, 2), 0);
  return w;
}

void desk_time(char *buf, size_t n, int64_t ms) {
  if (ms < 0)
    ms = 0;
  long s = (long)(ms / 1000);
  if (s >= 3600)
    snprintf(buf, n, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else
    snprintf(buf, n, "%ld:%02ld", s / 60, s % 60);
}

SDL_Color desk_status_colour(UnitStatus s) {
  static const Colour c[] = {C_ST_AVAILABLE, C_ST_DISPATCHED, C_ST_EN_ROUTE,
                             C_ST_ON_SCENE,  C_ST_RETURNING,  C_ST_UNAVAILABLE};
  return ren_colour(c[s]);
}

const char *desk_status_word(UnitStatus s) {
  static const char *const w[] = {"available", "dispatched", "en route",
                                  "on scene",  "returning",  "unavailable"};
  return w[s];
}

void desk_iso_now(char *buf, size_t n) {
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* ---- the window ---- */

static SDL_Renderer *make_renderer(SDL_Window *w, int *vsync) {
  const char *want = getenv("INCIDESK_RENDERER");
  SDL_Renderer *r = NULL;
  *vsync = 0;
  if (!want || strcmp(want, "software") != 0) {
    r = SDL_CreateRenderer(w, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
    *vsync = r != NULL;
  }
  if (!r)
    r = SDL_CreateRenderer(w, -1, SDL_RENDERER_SOFTWARE);
  return r;
}

static int loop(Desk *d, int vsync, Error *err) {
  uint64_t last = SDL_GetTicks64();
  for (;;) {
    uint64_t now = SDL_GetTicks64();
    int rc = desk_step(d, (int64_t)(now - last), err);
    last = now;
    if (rc)
      return rc < 0 ? -1 : 0;
    uint64_t spent = SDL_GetTicks64() - now;
    if (!vsync && spent < 16)
      SDL_Delay((uint32_t)(16 - spent));
  }
}

static int run(const DeskHost *host, const DeskConfig *cfg, const char *scenario,
               const DeskReplaySpec *replay, Error *err) {
  if (SDL_Init(SDL_INIT_VIDEO) < 0)
    return error_set(err, NULL, 0, "cannot open a window: %s", SDL_GetError());
  SDL_Window *w = SDL_CreateWindow("Incident Desk", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                   1280, 720, SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  int vsync = 0;
  SDL_Renderer *r = w ? make_renderer(w, &vsync) : NULL;
  Desk *d = r ? desk_new(r, w, host, cfg, err) : NULL;
  int rc = -1;
  if (!r)
    error_set(err, NULL, 0, "cannot open a window: %s", SDL_GetError());
  if (d) {
    SDL_SetWindowMinimumSize(w, 1024, 640);
    SDL_StartTextInput();
    rc = replay     ? desk_open_replay(d, replay, err)
         : scenario ? desk_start(d, scenario, err)
                    : desk_open_menu(d, err);
    if (rc == 0)
      rc = loop(d, vsync, err);
  }
  desk_free(d);
  if (r)
    SDL_DestroyRenderer(r);
  if (w)
    SDL_DestroyWindow(w);
  TTF_Quit();
  SDL_Quit();
  return rc;
}

int desk_run(const DeskHost *host, const DeskConfig *cfg, const char *scenario, Error *err) {
  return run(host, cfg, scenario, NULL, err);
}

int desk_run_replay(const DeskHost *host, const DeskConfig *cfg, const DeskReplaySpec *s,
                    Error *err) {
  return run(host, cfg, NULL, s, err);
}
