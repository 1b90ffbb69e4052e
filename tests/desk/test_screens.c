/* test_screens.c - every screen of the desk rendered offscreen (software renderer) at two
 * window sizes, 1024x640 and 1920x1080 (and the 4K layout once), checked for layout and
 * pixels: no text drawn past its panel, panels inside the window and apart, the status
 * colours of the resources present, the answer timer while ringing, the debrief's verdict,
 * the supervisor screen of a busy shift (tests/data/busy/mini_shift_busy.lua) and its results;
 * a steady frame rasterises nothing and allocates nothing. PNGs go to OUT_DIR for a look.
 *
 * usage: test_desk_screens OUT_DIR     (from the repository root)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "desk_host.h"
#include "journal.h"
#include "png.h"
#include "ren.h"
#include "unit/check.h"

static const char *out_dir;
static long sdl_allocs;
static SDL_malloc_func real_malloc;
static SDL_calloc_func real_calloc;
static SDL_realloc_func real_realloc;
static SDL_free_func real_free;
static void *count_malloc(size_t n) { return sdl_allocs++, real_malloc(n); }
static void *count_calloc(size_t a, size_t b) { return sdl_allocs++, real_calloc(a, b); }
static void *count_realloc(void *p, size_t n) { return sdl_allocs++, real_realloc(p, n); }
static void count_free(void *p) { real_free(p); }

typedef struct Fixture {
  DeskHostState *hs;
  DeskHost host;
  Desk *d;
  int w, h;
} Fixture;

static void write_fixture_records(void) {
  char *p = xasprintf("%s/records", out_dir);
  char *cmd = xasprintf("mkdir -p '%s'", p);
  CHECK(system(cmd) == 0);
  free(cmd);
  char *rec = xasprintf("%s/r1.json", p), *asg = xasprintf("%s/assignments.json", p);
  FILE *f = fopen(rec, "w");
  fputs(
      "{\"format\": \"incidesk-record/1\", \"trainee\": \"t1\", \"mode\": \"assessment\", "
      "\"ended\": \"2026-01-01T10:00:00Z\","
      " \"scenario\": {\"id\": \"mini_fire\"}, \"score\": {\"percent\": 88.5, \"passed\": true}}\n",
      f);
  fclose(f);
  f = fopen(asg, "w");
  fputs("{\"assignments\": [{\"trainee\": \"t1\", \"scenario\": \"mini_fire\", \"mode\": "
        "\"assessment\","
        " \"min_percent\": 80, \"due\": \"2026-02-01\", \"note\": \"Work on escalation.\"}]}\n",
        f);
  fclose(f);
  free(rec), free(asg), free(p);
}

static int setup(Fixture *x, int w, int h) {
  char *records = xasprintf("%s/records", out_dir);
  DeskHostOptions o = {"tests/data", records, NULL, NULL};
  x->hs = desk_host_new(&o);
  free(records);
  x->host = desk_host_bind(x->hs);
  DeskConfig cfg = {"t1", DESK_PRACTICE, 1, -1, NULL};
  Error err;
  x->d = desk_new_offscreen(w, h, &x->host, &cfg, &err);
  x->w = w, x->h = h;
  if (!x->d)
    fprintf(stderr, "%s\n", err.msg);
  return x->d ? 0 : -1;
}

static void teardown(Fixture *x) {
  desk_free(x->d);
  desk_host_free(x->hs);
}

/* Draws a frame, saves it as NAME-WxH.png and checks no text left its panel. */
static void frame(Fixture *x, const char *name) {
  Error err;
  DeskStats before, after;
  desk_stats(x->d, &before);
  CHECK(desk_draw(x->d, &err) == 0);
  desk_stats(x->d, &after);
  if (after.overflows != before.overflows)
    fprintf(stderr, "%s at %dx%d: text outside its panel: %s\n", name, x->w, x->h,
            after.overflow_what);
  CHECK(after.overflows == before.overflows);
  char *path = xasprintf("%s/%s-%dx%d.png", out_dir, name, x->w, x->h);
  SDL_Surface *s = desk_surface(x->d);
  CHECK(png_write_argb(path, s->pixels, s->w, s->h, (size_t)s->pitch, &err) == 0);
  free(path);
}

static SDL_Rect panel(Fixture *x, const char *title) {
  SDL_Rect r = {0, 0, 0, 0};
  if (desk_panel_rect(x->d, title, &r) < 0) {
    fprintf(stderr, "panel '%s' not drawn\n", title);
    CHECK(0);
  }
  return r;
}

/* Pixels of r exactly of colour c. */
static long count_colour(Fixture *x, SDL_Rect r, SDL_Color c) {
  SDL_Surface *s = desk_surface(x->d);
  uint32_t want = 0xFF000000u | (uint32_t)c.r << 16 | (uint32_t)c.g << 8 | c.b;
  long n = 0;
  for (int y = r.y; y < r.y + r.h && y < s->h; y++) {
    const uint32_t *row =
        (const uint32_t *)((const unsigned char *)s->pixels + (size_t)y * (size_t)s->pitch);
    for (int i = r.x; i < r.x + r.w && i < s->w; i++)
      n += (row[i] | 0xFF000000u) == want;
  }
  return n;
}

/* Pixels of r much brighter than any panel background: text and marks. */
static long count_bright(Fixture *x, SDL_Rect r) {
  SDL_Surface *s = desk_surface(x->d);
  long n = 0;
  for (int y = r.y; y < r.y + r.h && y < s->h; y++) {
    const uint32_t *row =
        (const uint32_t *)((const unsigned char *)s->pixels + (size_t)y * (size_t)s->pitch);
    for (int i = r.x; i < r.x + r.w && i < s->w; i++)
      n += ((row[i] >> 8) & 0xFF) > 150;
  }
  return n;
}

static int inside(SDL_Rect a, int w, int h) {
  return a.x >= 0 && a.y >= 0 && a.x + a.w <= w && a.y + a.h <= h && a.w > 0 && a.h > 0;
}

static void check_apart(Fixture *x, const char *const *names, int n) {
  for (int i = 0; i < n; i++) {
    SDL_Rect a = panel(x, names[i]);
    CHECK(inside(a, x->w, x->h));
    for (int j = i + 1; j < n; j++) {
      SDL_Rect b = panel(x, names[j]), o;
      if (SDL_IntersectRect(&a, &b, &o))
        fprintf(stderr, "panels '%s' and '%s' overlap\n", names[i], names[j]);
      CHECK(!SDL_IntersectRect(&a, &b, &o));
    }
  }
}

static void replay(Fixture *x, int64_t at) {
  ActionList l = {0};
  Error err;
  CHECK(desk_read_actions(x->d, "tests/data/mini_fire.expert.json", &l, &err) == 0);
  CHECK(desk_replay(x->d, &l, at, &err) == 0);
  actions_free(&l);
}

static void key(Fixture *x, SDL_Keycode sym) {
  SDL_Event e;
  memset(&e, 0, sizeof e);
  e.type = SDL_KEYDOWN;
  e.key.keysym.sym = sym;
  desk_event(x->d, &e);
}

/* A frame drawn again with nothing changed rasterises nothing and SDL allocates nothing. */
static void check_steady(Fixture *x) {
  Error err;
  DeskStats a, b;
  CHECK(desk_draw(x->d, &err) == 0);
  desk_stats(x->d, &a);
  long allocs = sdl_allocs;
  CHECK(desk_draw(x->d, &err) == 0);
  desk_stats(x->d, &b);
  CHECK(b.rasterised == a.rasterised);
  CHECK(sdl_allocs == allocs);
}

static void menu_at(int w, int h) {
  Fixture x;
  if (setup(&x, w, h) < 0) {
    CHECK(0);
    return;
  }
  Error err;
  CHECK(desk_open_menu(x.d, &err) == 0);
  CHECK(desk_menu_select(x.d, "tests/data/mini_fire.lua") == 0);
  frame(&x, "menu");
  static const char *const names[] = {"Scenarios", "About this scenario"};
  check_apart(&x, names, 2);
  SDL_Rect list = panel(&x, "Scenarios");
  CHECK(count_colour(&x, list, ren_colour(C_GOOD)) > 20);    /* best score 88.5% for t1 */
  CHECK(count_colour(&x, list, ren_colour(C_ACCENT)) > 100); /* the ASSIGNED badge */
  CHECK(count_bright(&x, panel(&x, "About this scenario")) > 200);
  teardown(&x);
}

static void ringing_at(int w, int h) {
  Fixture x;
  if (setup(&x, w, h) < 0) {
    CHECK(0);
    return;
  }
  Error err;
  CHECK(desk_start(x.d, "tests/data/mini_fire.lua", &err) == 0);
  desk_update(x.d, 7000); /* seven seconds of ringing */
  frame(&x, "ringing");
  SDL_Rect head = panel(&x, "caller");
  CHECK(count_colour(&x, head, ren_colour(C_WARN)) > 100); /* the answer timer's bar */
  desk_update(x.d, 5000);                                  /* now past the 10 s target */
  frame(&x, "ringing-late");
  CHECK(count_colour(&x, panel(&x, "caller"), ren_colour(C_BAD)) > 100);
  teardown(&x);
}

static void call_at(int w, int h) {
  Fixture x;
  if (setup(&x, w, h) < 0) {
    CHECK(0);
    return;
  }
  Error err;
  CHECK(desk_start(x.d, "tests/data/mini_fire.lua", &err) == 0);
  replay(&x, 21000);
  static const char *const focus[] = {"questions", "talk",     "advice",   "partners",
                                      "log",       "classify", "resources"};
  for (int i = 0; i < 7; i++) {
    CHECK(desk_focus(x.d, focus[i]) == 0);
    char name[64];
    snprintf(name, sizeof name, "call-%s", focus[i]);
    frame(&x, name);
  }
  static const char *const names[] = {"caller",       "Transcript", "communication",
                                      "Incident log", "Map",        "Resources"};
  check_apart(&x, names, 6);
  SDL_Rect res = panel(&x, "Resources");
  CHECK(count_colour(&x, res, ren_colour(C_ST_DISPATCHED)) > 50); /* E1 */
  CHECK(count_colour(&x, res, ren_colour(C_ST_AVAILABLE)) > 50);  /* E2 */
  CHECK(count_colour(&x, panel(&x, "Map"), ren_colour(C_INCIDENT)) > 20);
  CHECK(count_bright(&x, panel(&x, "Transcript")) > 300);
  CHECK(desk_focus(x.d, "nowhere") < 0);
  desk_focus(x.d, "classify");
  key(&x, SDLK_RETURN); /* the incident code picker */
  CHECK(desk_dialog(x.d) == 1);
  frame(&x, "call-pick");
  CHECK(count_bright(&x, panel(&x, "Incident code")) > 100);
  check_steady(&x);
  teardown(&x);
}

static void debrief_at(int w, int h) {
  Fixture x;
  if (setup(&x, w, h) < 0) {
    CHECK(0);
    return;
  }
  Error err;
  CHECK(desk_start(x.d, "tests/data/mini_fire.lua", &err) == 0);
  replay(&x, -1);
  CHECK(desk_screen(x.d) == DESK_DEBRIEF);
  frame(&x, "debrief");
  static const char *const names[] = {"debrief header", "Timeline", "Scored items",
                                      "Criteria evidenced"};
  check_apart(&x, names, 4);
  CHECK(count_colour(&x, panel(&x, "debrief header"), ren_colour(C_GOOD)) > 300); /* 100%, PASSED */
  CHECK(count_colour(&x, panel(&x, "Timeline"), ren_colour(C_GOOD)) > 30);        /* item marks */
  check_steady(&x);
  teardown(&x);
}

/* One action for the busy shift's fixture. */
static void push(ActionList *l, int64_t t, ActionType type, const char *arg, const char *value,
                 const char *incident) {
  Action a = {t, type, (char *)arg, (char *)value, NULL, 0, (char *)incident, 0};
  actions_push(l, &a);
}

static int open_incidents(const Sim *sim) {
  int n = 0;
  for (size_t i = 0; i < sim_incident_count(sim); i++)
    n += sim_incident(sim, i).state == INCIDENT_OPEN;
  return n;
}

/* The supervisor screen of a shift with eight incidents open, each panel focused in turn,
 * a correction's dialog, then the end-of-shift results and the debrief. */
static void shift_at(int w, int h) {
  Fixture x;
  if (setup(&x, w, h) < 0) {
    CHECK(0);
    return;
  }
  Error err;
  CHECK(desk_start(x.d, "tests/data/busy/mini_shift_busy.lua", &err) == 0);
  ActionList l = {0};
  push(&l, 500000, ACT_REVIEW, NULL, NULL, "fire_3");
  push(&l, 501000, ACT_CORRECT, "priority", "P1", "fire_3");
  push(&l, 502000, ACT_DISPATCH, "F1", NULL, "fire_3");
  push(&l, 503000, ACT_DISPATCH, "F2", NULL, "fire_1");
  push(&l, 504000, ACT_TAKE, "c1", NULL, NULL);
  push(&l, 505000, ACT_STATUS, "F2", NULL, NULL);
  push(&l, 506000, ACT_SAY, "next_steps", NULL, NULL);
  push(&l, 507000, ACT_TALK, "sam", "questioning", NULL);
  CHECK(desk_replay(x.d, &l, 560000, &err) == 0);
  CHECK(desk_screen(x.d) == DESK_CALL);
  CHECK(open_incidents(desk_sim(x.d)) >= 6);
  static const SDL_Keycode panels[] = {SDLK_F1, SDLK_F2, SDLK_F3, SDLK_F4};
  for (int i = 0; i < 4; i++) {
    key(&x, panels[i]);
    char name[32];
    snprintf(name, sizeof name, "shift-F%d", i + 1);
    frame(&x, name);
  }
  static const char *const names[] = {"Incidents", "Incident detail", "Resources",
                                      "Queue",     "Colleagues",      "Contact"};
  check_apart(&x, names, 6);
  SDL_Rect board = panel(&x, "Incidents");
  CHECK(count_bright(&x, board) > 1500);                   /* eight rows */
  CHECK(count_colour(&x, board, ren_colour(C_WARN)) > 20); /* the corrected P1 */
  SDL_Rect res = panel(&x, "Resources");
  CHECK(count_colour(&x, res, ren_colour(C_ST_DISPATCHED)) > 50);       /* F1, F2 */
  CHECK(count_colour(&x, res, ren_colour(C_ST_AVAILABLE)) > 50);        /* F3, A1, A2 */
  CHECK(count_colour(&x, panel(&x, "Queue"), ren_colour(C_WARN)) > 50); /* waiting contacts */
  CHECK(count_bright(&x, panel(&x, "Colleagues")) > 300);
  CHECK(count_bright(&x, panel(&x, "Contact")) > 300);
  check_steady(&x);
  key(&x, SDLK_F1);
  key(&x, SDLK_c); /* correct: the decision picker */
  CHECK(desk_dialog(x.d) == 1);
  frame(&x, "shift-correct");
  key(&x, SDLK_ESCAPE);
  actions_free(&l);
  push(&l, 1800000, ACT_CLOSE, NULL, NULL, NULL); /* after the take: the contact is open */
  CHECK(desk_replay(x.d, &l, -1, &err) == 0);
  CHECK(desk_screen(x.d) == DESK_CALL); /* refused: finish the contact taken first */
  actions_free(&l);
  push(&l, 1800000, ACT_CLOSE, "c1", NULL, NULL);
  push(&l, 1800000, ACT_CLOSE, NULL, NULL, NULL);
  CHECK(desk_replay(x.d, &l, -1, &err) == 0);
  CHECK(desk_screen(x.d) == DESK_RESULTS);
  frame(&x, "shift-results");
  static const char *const rnames[] = {"Incidents referred", "Problems by area", "Improvements"};
  check_apart(&x, rnames, 3);
  CHECK(count_bright(&x, panel(&x, "Incidents referred")) > 1000);
  CHECK(desk_end_session(x.d, &err) == 0);
  CHECK(desk_screen(x.d) == DESK_DEBRIEF);
  frame(&x, "shift-debrief");
  actions_free(&l);
  teardown(&x);
}

static void screens_should_lay_out_inside_their_panels_at_1024x640(void) {
  menu_at(1024, 640), ringing_at(1024, 640), call_at(1024, 640), debrief_at(1024, 640);
  shift_at(1024, 640);
}

static void screens_should_lay_out_inside_their_panels_at_1920x1080(void) {
  menu_at(1920, 1080), ringing_at(1920, 1080), call_at(1920, 1080), debrief_at(1920, 1080);
  shift_at(1920, 1080);
}

static void screens_should_scale_to_4k(void) { call_at(3840, 2160); }

static void text_should_be_cut_with_an_ellipsis_and_overflow_be_caught(void) {
  Fixture x;
  if (setup(&x, 640, 400) < 0) {
    CHECK(0);
    return;
  }
  SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, 400, 100, 32, SDL_PIXELFORMAT_ARGB8888);
  SDL_Renderer *r = SDL_CreateSoftwareRenderer(s);
  Ren g;
  Error err;
  CHECK(ren_init(&g, r, NULL, &err) == 0 && ren_begin(&g, 1, &err) == 0);
  const char *text = "A sentence far too long to fit into one hundred pixels of width";
  int w = ren_text(&g, FONT_BODY, ren_colour(C_TEXT), text, 10, 10, 100);
  CHECK(w > 0 && w <= 100);
  TextKey k = {FONT_BODY, ren_colour(C_TEXT), TEXT_LINE, 100, 0, text};
  TextEntry *e = textcache_find(&g.cache, &k);
  CHECK(e && e->cut == 1);
  CHECK(g.overflows == 0);
  ren_panel(&g, (SDL_Rect){0, 0, 50, 50}, "small");
  ren_text(&g, FONT_BODY, ren_colour(C_TEXT), "outside", 40, 40, 0);
  CHECK(g.overflows == 1 && strstr(g.overflow_what, "small") != NULL);
  int h = ren_wrap(&g, FONT_BODY, ren_colour(C_TEXT), text, 0, 0, 120, 2);
  CHECK(h > g.line_h[FONT_BODY] && h < 3 * g.line_h[FONT_BODY]);
  k = (TextKey){FONT_BODY, ren_colour(C_TEXT), TEXT_WRAP, 120, 2, text};
  e = textcache_find(&g.cache, &k);
  CHECK(e && e->lines == 2 && e->cut == 1 && e->w <= 120);
  ren_free(&g);
  SDL_DestroyRenderer(r);
  SDL_FreeSurface(s);
  teardown(&x);
}

static void type_text(Desk *d, const char *s) {
  SDL_Event e;
  memset(&e, 0, sizeof e);
  e.type = SDL_TEXTINPUT;
  snprintf(e.text.text, sizeof e.text.text, "%s", s);
  desk_event(d, &e);
}

/* Practice mode warns before advice the procedure forbids and shows hints; assessment mode
 * gives the advice at once and shows no hint. */
static void practice_should_warn_and_assessment_should_not(void) {
  for (int mode = 0; mode < 2; mode++) {
    DeskHostOptions o = {"tests/data", "/nonexistent", NULL, NULL};
    DeskHostState *hs = desk_host_new(&o);
    DeskHost host = desk_host_bind(hs);
    DeskConfig cfg = {"t3", mode ? DESK_ASSESSMENT : DESK_PRACTICE, 1, -1, NULL};
    Error err;
    Desk *d = desk_new_offscreen(1280, 720, &host, &cfg, &err);
    Fixture x = {hs, host, d, 1280, 720};
    CHECK(d && desk_start(d, "tests/data/mini_fire.lua", &err) == 0);
    replay(&x, 13000); /* a fire, reported: going back in is forbidden */
    frame(&x, mode ? "assessment" : "practice");
    SDL_Rect win = {0, 0, 1280, 720};
    long hint = count_colour(&x, win, ren_colour(C_HINT_BG));
    CHECK(mode ? hint == 0 : hint > 10000);
    size_t before = sim_action_count(desk_sim(d));
    CHECK(desk_focus(d, "advice") == 0);
    type_text(d, "Go back");
    key(&x, SDLK_RETURN);
    CHECK(desk_dialog(d) == (mode ? 0 : 3));
    CHECK(sim_action_count(desk_sim(d)) == before + (mode ? 1u : 0u));
    if (!mode) {
      key(&x, SDLK_ESCAPE); /* think again: nothing given */
      CHECK(desk_dialog(d) == 0 && sim_action_count(desk_sim(d)) == before);
      type_text(d, "Go back");
      key(&x, SDLK_RETURN);
      key(&x, SDLK_RETURN); /* give it anyway */
      CHECK(sim_action_count(desk_sim(d)) == before + 1);
    }
    CHECK_STR(sim_action(desk_sim(d), before)->arg, "go_back");
    desk_free(d);
    desk_host_free(hs);
  }
}

static void mouse(Desk *d, int x, int y, int clicks) {
  SDL_Event e;
  memset(&e, 0, sizeof e);
  e.type = SDL_MOUSEBUTTONDOWN;
  e.button.button = SDL_BUTTON_LEFT;
  e.button.x = x, e.button.y = y, e.button.clicks = (Uint8)clicks;
  desk_event(d, &e);
}

/* The mouse: a click on the ringing call answers it; a click on a resource row selects it
 * (and focuses the list), a double click dispatches it, as Enter would. */
static void mouse_should_select_and_act(void) {
  Fixture x;
  if (setup(&x, 1280, 720) < 0) {
    CHECK(0);
    return;
  }
  Error err;
  CHECK(desk_start(x.d, "tests/data/mini_fire.lua", &err) == 0);
  frame(&x, "mouse-ringing");
  SDL_Rect head = panel(&x, "caller"), res = panel(&x, "Resources");
  mouse(x.d, head.x + head.w / 2, head.y + head.h / 2, 1);
  CHECK(sim_call_state(desk_sim(x.d)) == CALL_TALKING);
  frame(&x, "mouse-answered");
  int y = res.y, found = -1;
  for (; y < res.y + res.h && found < 0; y += 2) { /* down the panel until the second unit */
    mouse(x.d, res.x + res.w / 2, y, 1);
    size_t n = sim_action_count(desk_sim(x.d));
    CHECK(n == 1); /* single clicks only select */
    if (desk_selection(x.d, "resources") == 1)
      found = y;
  }
  CHECK(found >= 0);
  mouse(x.d, res.x + res.w / 2, found, 2);
  const Sim *sim = desk_sim(x.d);
  CHECK(sim_action_count(sim) == 2 && sim_action(sim, 1)->type == ACT_DISPATCH);
  CHECK_STR(sim_action(sim, 1)->arg, "E2");
  teardown(&x);
}

/* Quitting mid-call keeps the session's journal (with every action so far) for `incidesk
 * recover`, and the menu lists it; leaving with Esc does not. */
static void desk_should_keep_the_journal_of_a_session_cut_short(void) {
  char *records = xasprintf("%s/journals", out_dir), *cmd = xasprintf("rm -rf '%s'", records);
  CHECK(system(cmd) == 0);
  DeskHostOptions o = {"tests/data", records, NULL, NULL};
  DeskHostState *hs = desk_host_new(&o);
  DeskHost host = desk_host_bind(hs);
  DeskConfig cfg = {"t2", DESK_ASSESSMENT, 1, 0, NULL};
  Error err;
  Desk *d = desk_new_offscreen(1024, 640, &host, &cfg, &err);
  CHECK(d && desk_start(d, "tests/data/mini_fire.lua", &err) == 0);
  replay(&(Fixture){hs, host, d, 1024, 640}, 13000);
  size_t n = sim_action_count(desk_sim(d));
  CHECK(n >= 5);
  desk_free(d); /* as when the window is closed mid-call */
  const char *kept = desk_host_kept_journal(hs);
  CHECK(kept != NULL);
  JournalRead r;
  CHECK(kept && journal_read(kept, &r, &err) == 0 && r.actions.len == n);
  if (kept)
    journal_read_free(&r);
  d = desk_new_offscreen(1024, 640, &host, &cfg, &err);
  CHECK(d && desk_open_menu(d, &err) == 0);
  Fixture x = {hs, host, d, 1024, 640};
  frame(&x, "menu-unfinished");
  CHECK(count_colour(&x, panel(&x, "Scenarios"), ren_colour(C_HINT_BG)) > 1000); /* its banner */
  CHECK(desk_start(d, "tests/data/mini_fire.lua", &err) == 0);
  replay(&x, 5000);
  SDL_Event e = {0};
  e.type = SDL_KEYDOWN;
  e.key.keysym.sym = SDLK_ESCAPE; /* leave the call, and confirm */
  desk_event(d, &e);
  e.key.keysym.sym = SDLK_RETURN;
  desk_event(d, &e);
  CHECK(desk_screen(d) == DESK_MENU);
  CHECK(desk_menu_select(d, "tests/data/mini_fire.lua") == 0);
  desk_free(d);
  free(cmd);
  cmd = xasprintf("test $(ls '%s' | grep -c journal) = 1", records); /* only the first is left */
  CHECK(system(cmd) == 0);
  desk_host_free(hs);
  free(cmd), free(records);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: test_desk_screens OUT_DIR\n");
    return 2;
  }
  SDL_GetMemoryFunctions(&real_malloc, &real_calloc, &real_realloc, &real_free);
  SDL_SetMemoryFunctions(count_malloc, count_calloc, count_realloc, count_free);
  out_dir = argv[1];
  write_fixture_records();
  SDL_Init(SDL_INIT_VIDEO);
  RUN(screens_should_lay_out_inside_their_panels_at_1024x640);
  RUN(screens_should_lay_out_inside_their_panels_at_1920x1080);
  RUN(screens_should_scale_to_4k);
  RUN(text_should_be_cut_with_an_ellipsis_and_overflow_be_caught);
  RUN(desk_should_keep_the_journal_of_a_session_cut_short);
  RUN(practice_should_warn_and_assessment_should_not);
  RUN(mouse_should_select_and_act);
  TTF_Quit();
  SDL_Quit();
  return check_done();
}
