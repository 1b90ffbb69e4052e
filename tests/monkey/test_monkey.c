/* test_monkey.c - the desk monkey test (docs/reliability.md): a seeded run of thousands of
 * random SDL events through every screen of the desk (menu, call or shift, a shift's results,
 * knowledge check, debrief, replay), on a window of the dummy video driver with the software renderer, under
 * the sanitizers in the sanitizer build. Keys (with Shift, Ctrl, Alt), text input (UTF-8),
 * clicks and double clicks, the wheel, window resizes down to and below the minimum size,
 * a 1 MB paste, frames with time passing. Ctrl+Q is never pressed; when the desk quits (Esc
 * on a replay) a new one starts. When one screen has had the events to itself for long, the
 * keys that leave it are pressed, so that every screen gets its share.
 *
 * Afterwards every record the desk saved must verify (digest, files, and a re-run of its
 * actions to the same events and items: verify_record), and every journal it left (a
 * session cut short) must recover into a record that verifies.
 *
 * usage: test_monkey SEED EVENTS SCENARIOS TMPDIR   (from the repository root)
 */
#include <SDL_ttf.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "desk/keys.h"
#include "desk_host.h"
#include "journal.h"
#include "record_cmds.h"
#include "rng.h"
#include "unit/check.h"

static Rng rng;
static int pick(int n) { return (int)rng_range(&rng, 0, n - 1); }
static int chance(int percent) { return pick(100) < percent; }

typedef struct Monkey {
  SDL_Window *w;
  SDL_Renderer *r;
  DeskHostState *hs;
  DeskHost host;
  DeskConfig cfg;
  Desk *d;
  const char *records;
  long events[8], frames, desks, pastes, resizes;
  long on_screen[6];   /* events spent on each screen (DeskScreen; 5: replay) */
  long same;           /* events since the screen last changed */
  int last_screen;
} Monkey;

static const char *const kind_names[] = {"keys", "text", "clicks", "wheel", "resizes", "pastes", "frames", "nudges"};

static int screen_of(const Monkey *m) {
  return desk_replay_cursor(m->d) >= 0 ? 5 : (int)desk_screen(m->d);
}

static void new_desk(Monkey *m) {
  Error err;
  desk_free(m->d);
  m->d = desk_new(m->r, m->w, &m->host, &m->cfg, &err);
  if (!m->d || desk_open_menu(m->d, &err) < 0) {
    fprintf(stderr, "desk: %s\n", err.msg);
    exit(1);
  }
  m->desks++;
}

static void frame(Monkey *m, int64_t dt) {
  Error err;
  int rc = desk_step(m->d, dt, &err);
  m->frames++;
  if (rc < 0)
    fprintf(stderr, "desk_step: %s\n", err.msg);
  if (rc != 0) /* it quit (Esc on a replay): a new desk */
    new_desk(m);
}

static void random_key(void) {
  static const SDL_Keycode keys[] = {
      SDLK_RETURN, SDLK_SPACE, SDLK_ESCAPE,   SDLK_TAB,      SDLK_BACKSPACE, SDLK_DELETE, SDLK_UP,
      SDLK_DOWN,   SDLK_LEFT,  SDLK_RIGHT,    SDLK_HOME,     SDLK_END,       SDLK_PAGEUP, SDLK_PAGEDOWN,
      SDLK_F1,     SDLK_F2,    SDLK_F3,       SDLK_F4,       SDLK_F5,        SDLK_F6,     SDLK_F7,
      SDLK_F8,     SDLK_F9,    SDLK_F10,      SDLK_F11,      SDLK_F12,       SDLK_a,      SDLK_b,
      SDLK_c,      SDLK_d,     SDLK_i,        SDLK_n,        SDLK_r,         SDLK_s,      SDLK_v,
      SDLK_x,      SDLK_1,     SDLK_2,        SDLK_3,        SDLK_5,         SDLK_9,      SDLK_0,
      SDLK_MINUS,  SDLK_COMMA, SDLK_PERIOD};
  SDL_Keycode k = keys[pick((int)(sizeof keys / sizeof *keys))];
  if (k == SDLK_a || k == SDLK_b || k == SDLK_v || k == SDLK_x)
    k = chance(50) ? (SDL_Keycode)('a' + pick(26)) : k;
  Uint16 mod = 0;
  if (chance(10))
    mod |= KMOD_LSHIFT;
  if (chance(6))
    mod |= KMOD_LCTRL;
  if (chance(3))
    mod |= KMOD_LALT;
  if ((mod & KMOD_CTRL) && k == SDLK_q)
    mod = 0; /* never Ctrl+Q */
  keys_press(k, mod);
}

static void random_text(void) {
  static const char *const bits[] = {"a", "Z", "7", " ", "-", ".", "é", "ß", "€", "→", "✓", "日本",
                                     "🚒", "Ω", "\t", "'", "\"", "%", "%s", "\\", "<b>", "&amp;"};
  char t[32] = "";
  int n = 1 + pick(6);
  for (int i = 0; i < n; i++) {
    const char *b = bits[pick((int)(sizeof bits / sizeof *bits))];
    if (strlen(t) + strlen(b) < sizeof t)
      strcat(t, b);
  }
  keys_push_text(t, strlen(t));
}

static void click(Monkey *m) {
  int w, h;
  SDL_GetWindowSize(m->w, &w, &h);
  SDL_Event e;
  memset(&e, 0, sizeof e);
  e.type = SDL_MOUSEMOTION;
  e.motion.x = pick(w + 40) - 20, e.motion.y = pick(h + 40) - 20;
  SDL_PushEvent(&e);
  e.type = SDL_MOUSEBUTTONDOWN;
  e.button.button = chance(85) ? SDL_BUTTON_LEFT : SDL_BUTTON_RIGHT;
  e.button.state = SDL_PRESSED;
  e.button.clicks = (Uint8)(chance(20) ? 2 : 1);
  e.button.x = e.motion.x, e.button.y = e.motion.y;
  SDL_PushEvent(&e);
  e.type = SDL_MOUSEBUTTONUP;
  e.button.state = SDL_RELEASED;
  SDL_PushEvent(&e);
}

static void wheel(void) {
  SDL_Event e;
  memset(&e, 0, sizeof e);
  e.type = SDL_MOUSEWHEEL;
  e.wheel.y = pick(11) - 5;
  e.wheel.x = chance(10) ? pick(3) - 1 : 0;
  SDL_PushEvent(&e);
}

/* Down to the minimum size (and below it: SDL holds the window at the minimum), up to 4K. */
static void resize(Monkey *m) {
  int w = chance(30) ? 1024 - pick(300) : 1024 + pick(2816), h = chance(30) ? 640 - pick(200) : 640 + pick(1520);
  SDL_SetWindowSize(m->w, w, h);
  m->resizes++;
}

/* A megabyte of text on the clipboard, pasted (into whatever has the focus). */
static void paste(Monkey *m) {
  size_t n = 1 << 20;
  char *big = xmalloc(n + 1);
  for (size_t i = 0; i < n; i++)
    big[i] = "The caller says the smoke is getting worse. "[i % 44];
  big[n] = 0;
  SDL_SetClipboardText(big);
  free(big);
  keys_press(SDLK_v, KMOD_LCTRL);
  m->pastes++;
}

/* 1 if the session is a shift whose time is not up yet. */
static int shift_running(const Monkey *m) {
  const Sim *sim = desk_sim(m->d);
  return sim && sim_is_shift(sim) &&
         sim_now(sim) < (int64_t)sim_scenario(sim)->shift.duration_s * 1000;
}

/* Runs a shift's clock to its end (F9 first if the monkey had paused it). */
static void run_out_shift(Monkey *m) {
  for (int tries = 0; tries < 2 && shift_running(m); tries++) {
    if (tries)
      keys_press(SDLK_F9, 0);
    const Sim *sim = desk_sim(m->d);
    frame(m, (int64_t)sim_scenario(sim)->shift.duration_s * 1000 - sim_now(sim));
  }
}

/* The keys that leave the current screen, for a screen that has had the events for long. */
static void nudge(Monkey *m) {
  switch (screen_of(m)) {
  case DESK_MENU:
    keys_press(SDLK_ESCAPE, 0);
    keys_press(SDLK_HOME, 0);
    keys_repeat(SDLK_DOWN, pick(4));
    keys_press(SDLK_RETURN, 0);
    break;
  case DESK_CALL: /* close the call (Esc would leave it for the menu, without a record) */
    if (desk_dialog(m->d))
      keys_press(SDLK_ESCAPE, 0);
    if (shift_running(m)) /* a shift ends only at its time: let the clock run there */
      run_out_shift(m);
    keys_press(SDLK_F12, 0);
    keys_press(SDLK_RETURN, 0);
    break;
  case DESK_RESULTS: /* a shift's results: tick the first improvement, confirm */
    keys_press(SDLK_HOME, 0);
    keys_press(SDLK_SPACE, 0);
    keys_press(SDLK_RETURN, 0);
    break;
  case DESK_KNOWLEDGE:
    keys_press(SDLK_F12, 0);
    break;
  case DESK_DEBRIEF:
    keys_press(SDLK_s, 0); /* save the record, then back to the menu */
    keys_press(SDLK_ESCAPE, 0);
    break;
  default: /* the replay: Esc quits it */
    keys_press(SDLK_ESCAPE, 0);
    break;
  }
  m->events[7]++;
}

/* Opens a replay of a saved record, now and then. 1 if there was one to open. */
static int maybe_replay(Monkey *m) {
  DIR *dir = opendir(m->records);
  struct dirent *e;
  char *rec = NULL;
  while (dir && (e = readdir(dir)) && !rec) {
    size_t n = strlen(e->d_name);
    if (n > 5 && strcmp(e->d_name + n - 5, ".json") == 0 && strcmp(e->d_name, "assignments.json") != 0)
      rec = xasprintf("%s/%s", m->records, e->d_name);
  }
  if (dir)
    closedir(dir);
  if (!rec)
    return 0;
  VerifyOpts vo = {NULL, 0, NULL};
  VerifyResult vr;
  Error err;
  RecordInfo info;
  size_t len;
  char *text = file_read_all(rec, &len, &err);
  if (text && verify_record(rec, &vo, &vr, &err) == 0 && record_info_read(rec, text, len, &info, &err) == 0) {
    DeskReplaySpec s = {info.scenario_file, rec, info.seed, vr.ok, pick(60000)};
    if (desk_open_replay(m->d, &s, &err) < 0)
      fprintf(stderr, "replay: %s\n", err.msg);
    record_info_free(&info);
    verify_result_free(&vr);
  }
  free(text), free(rec);
  return 1;
}

static void one_event(Monkey *m) {
  int r = pick(1000);
  if (r < 450)
    random_key(), m->events[0]++;
  else if (r < 600)
    random_text(), m->events[1]++;
  else if (r < 720)
    click(m), m->events[2]++;
  else if (r < 780)
    wheel(), m->events[3]++;
  else if (r < 800)
    resize(m), m->events[4]++;
  else if (r < 802 && m->pastes < 3)
    paste(m), m->events[5]++;
  else
    m->events[6]++;
  /* a frame after most events, with simulated time passing now and then */
  if (chance(60))
    frame(m, chance(30) ? pick(4000) : 0);
  int s = screen_of(m);
  if (s == DESK_DEBRIEF && m->last_screen != DESK_DEBRIEF) { /* saved: records for the replay */
    keys_press(SDLK_s, 0);
    frame(m, 0);
  }
  m->on_screen[s]++;
  m->same = s == m->last_screen ? m->same + 1 : 0;
  m->last_screen = s;
  if (m->same > 150 + pick(250)) {
    nudge(m);
    frame(m, 0);
    m->same = 0;
  }
}

/* Every record in the folder verifies; every journal recovers into one that does. */
static void check_records(const char *folder, int *records, int *journals) {
  DIR *dir = opendir(folder);
  struct dirent *e;
  StrList names = {0};
  while (dir && (e = readdir(dir)))
    if (e->d_name[0] != '.')
      strlist_push(&names, e->d_name);
  if (dir)
    closedir(dir);
  for (size_t i = 0; i < names.len; i++) {
    char *p = xasprintf("%s/%s", folder, names.v[i]);
    size_t n = strlen(p);
    Error err;
    if (n > 8 && strcmp(p + n - 8, ".journal") == 0) {
      char *out = xasprintf("%.*s.recovered.json", (int)(n - 8), p);
      RecoverResult res;
      int ok = recover_journal(p, out, NULL, 0, &res, &err) == 0;
      if (!ok)
        fprintf(stderr, "recover %s: %s\n", p, err.msg);
      CHECK(ok);
      VerifyOpts vo = {NULL, 0, NULL};
      VerifyResult vr;
      CHECK(ok && verify_record(out, &vo, &vr, &err) == 0 && vr.ok);
      if (ok)
        verify_result_free(&vr);
      (*journals)++;
      free(out);
    } else if (n > 5 && strcmp(p + n - 5, ".json") == 0 && !strstr(p, ".recovered.json")) {
      VerifyOpts vo = {NULL, 0, NULL};
      VerifyResult vr;
      int rc = verify_record(p, &vo, &vr, &err);
      if (rc < 0)
        fprintf(stderr, "verify %s: %s\n", p, err.msg);
      else if (!vr.ok)
        fprintf(stderr, "verify %s: FAILED: %s\n", p, vr.fails.len ? vr.fails.v[0] : "?");
      CHECK(rc == 0 && vr.ok);
      if (rc == 0)
        verify_result_free(&vr);
      (*records)++;
    }
    free(p);
  }
  strlist_free(&names);
}

static void empty_folder(const char *folder) {
  DIR *dir = opendir(folder);
  struct dirent *e;
  while (dir && (e = readdir(dir)))
    if (e->d_name[0] != '.') {
      char *p = xasprintf("%s/%s", folder, e->d_name);
      remove(p);
      free(p);
    }
  if (dir)
    closedir(dir);
}

static unsigned long g_seed;
static long g_events;
static const char *g_scenarios, *g_tmp;

static void desk_should_survive_a_monkey(void) {
  Monkey m;
  memset(&m, 0, sizeof m);
  rng_seed(&rng, g_seed);
  char *records = xasprintf("%s/records", g_tmp);
  mkdir(records, 0755);
  empty_folder(records);
  m.records = records;
  DeskHostOptions ho = {g_scenarios, records, NULL, NULL};
  m.hs = desk_host_new(&ho);
  m.host = desk_host_bind(m.hs);
  m.cfg = (DeskConfig){"monkey", DESK_PRACTICE, g_seed, 0, NULL};
  m.w = SDL_CreateWindow("monkey", 0, 0, 1280, 720, SDL_WINDOW_RESIZABLE);
  m.r = m.w ? SDL_CreateRenderer(m.w, -1, SDL_RENDERER_SOFTWARE) : NULL;
  CHECK(m.r != NULL);
  if (!m.r)
    return;
  SDL_SetWindowMinimumSize(m.w, 1024, 640);
  SDL_StartTextInput();
  new_desk(&m);
  long since_replay = 0;
  for (long i = 0; i < g_events; i++) {
    one_event(&m);
    if (++since_replay > 700 && screen_of(&m) == DESK_MENU && maybe_replay(&m))
      since_replay = 0; /* else: again at the next visit to the menu, once a record is saved */
  }
  frame(&m, 0);
  int sessions_open = desk_sim(m.d) != NULL;
  desk_free(m.d);
  m.d = NULL;
  int records_ok = 0, journals = 0;
  check_records(records, &records_ok, &journals);
  printf("seed %lu: %ld events (", g_seed, g_events);
  for (int k = 0; k < 8; k++)
    printf("%s%ld %s", k ? ", " : "", m.events[k], kind_names[k]);
  printf("), %ld frames, %ld desks, %ld resizes, %ld pastes of 1 MB\n", m.frames, m.desks, m.resizes, m.pastes);
  printf("  events on screen: menu %ld, call %ld, knowledge %ld, debrief %ld, results %ld, replay %ld\n",
         m.on_screen[0], m.on_screen[1], m.on_screen[2], m.on_screen[3], m.on_screen[4], m.on_screen[5]);
  printf("  %d records saved and verified, %d journals recovered and verified%s\n", records_ok, journals,
         sessions_open ? " (the last session was cut short)" : "");
  for (int s = 0; s < 6; s++) /* every screen had its share (a shift's results if one ended) */
    CHECK(m.on_screen[s] > 0 || s == DESK_RESULTS);
  CHECK(records_ok > 0);
  SDL_DestroyRenderer(m.r);
  SDL_DestroyWindow(m.w);
  desk_host_free(m.hs);
  free(records);
}

int main(int argc, char **argv) {
  if (argc != 5) {
    fprintf(stderr, "usage: test_monkey SEED EVENTS SCENARIOS TMPDIR\n");
    return 2;
  }
  g_seed = strtoul(argv[1], NULL, 10);
  g_events = strtol(argv[2], NULL, 10);
  g_scenarios = argv[3];
  g_tmp = argv[4];
  setenv("SDL_VIDEODRIVER", getenv("SDL_VIDEODRIVER") ? getenv("SDL_VIDEODRIVER") : "dummy", 1);
  if (SDL_Init(SDL_INIT_VIDEO) < 0) {
    fprintf(stderr, "SDL_Init: %s\n", SDL_GetError());
    return 1;
  }
  RUN(desk_should_survive_a_monkey);
  TTF_Quit();
  SDL_Quit();
  return check_done();
}
