/* test_desk_faults.c - faults during a desk session (SDL dummy video driver, software
 * renderer), checked from inside the process:
 *   - SIGTERM and SIGINT in the middle of a call: SDL turns the signal into a quit, the desk
 *     quits, the journal keeps every action the desk applied, and no record is written;
 *   - the disk full (or read-only) when the record of an assessment is written as the session
 *     ends (libfault.so, preloaded, armed with INCIDESK_FAULT_* just before): the desk says
 *     the record is not saved, and on quitting the journal stays with every action, with no
 *     record and no temporary file left.
 * In both, `incidesk recover`'s code (recover_journal) then rebuilds the record.
 *
 * usage: test_desk_faults TMPDIR   (from the repository root; LD_PRELOAD=libfault.so)
 */
#include <SDL_ttf.h>
#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "desk/keys.h"
#include "desk_host.h"
#include "journal.h"
#include "record_cmds.h"
#include "unit/check.h"

static const char *tmp;

typedef struct Rig {
  DeskHostState *hs;
  DeskHost host;
  SDL_Window *w;
  SDL_Renderer *r;
  Desk *d;
  char *out, *dir;
} Rig;

static void rig_open(Rig *g, const char *name, DeskMode mode) {
  memset(g, 0, sizeof *g);
  g->dir = xasprintf("%s/%s", tmp, name);
  mkdir(g->dir, 0755);
  g->out = xasprintf("%s/r.json", g->dir);
  static const char *const old[] = {"r.json", "r.json.journal", "recovered.json"};
  for (size_t i = 0; i < 3; i++) { /* an earlier run's */
    char *p = xasprintf("%s/%s", g->dir, old[i]);
    remove(p);
    free(p);
  }
  DeskHostOptions ho = {"tests/data", g->dir, g->out, NULL};
  g->hs = desk_host_new(&ho);
  g->host = desk_host_bind(g->hs);
  DeskConfig cfg = {"faults", mode, 1, 0, NULL};
  g->w = SDL_CreateWindow("faults", 0, 0, 1280, 720, 0);
  g->r = g->w ? SDL_CreateRenderer(g->w, -1, SDL_RENDERER_SOFTWARE) : NULL;
  Error err;
  g->d = g->r ? desk_new(g->r, g->w, &g->host, &cfg, &err) : NULL;
  CHECK(g->d && desk_start(g->d, "tests/data/mini_fire.lua", &err) == 0);
  SDL_StartTextInput();
}

static int step(Rig *g, int64_t dt) {
  Error err;
  return desk_step(g->d, dt, &err);
}

/* Answers and asks the first three questions, a few seconds apart. */
static void take_some_actions(Rig *g) {
  step(g, 3000);
  keys_press(SDLK_RETURN, 0);
  step(g, 0);
  for (SDL_Keycode k = SDLK_1; k <= SDLK_3; k++) {
    step(g, 2000);
    keys_press(SDLK_F1, 0);
    keys_press(k, 0);
    step(g, 0);
  }
}

static void rig_close(Rig *g) {
  desk_free(g->d);
  if (g->r)
    SDL_DestroyRenderer(g->r);
  if (g->w)
    SDL_DestroyWindow(g->w);
  desk_host_free(g->hs);
  free(g->out), free(g->dir);
}

/* The folder holds the journal and nothing else (no record, no temporary file). */
static int only_journal(const char *dir) {
  DIR *d = opendir(dir);
  struct dirent *e;
  int ok = 1;
  while (d && (e = readdir(d)))
    if (e->d_name[0] != '.' && strcmp(e->d_name, "r.json.journal") != 0) {
      fprintf(stderr, "left behind: %s/%s\n", dir, e->d_name);
      ok = 0;
    }
  if (d)
    closedir(d);
  return ok;
}

/* The kept journal holds n actions, and recovering it gives a record. */
static void check_kept(Rig *g, const char *kept, size_t n) {
  CHECK(kept != NULL);
  if (!kept)
    return;
  char *jpath = xasprintf("%s.journal", g->out);
  CHECK_STR(kept, jpath);
  CHECK(only_journal(g->dir));
  JournalRead jr;
  Error err;
  CHECK(journal_read(jpath, &jr, &err) == 0);
  CHECK(jr.actions.len == n);
  journal_read_free(&jr);
  RecoverResult res;
  char *rec = xasprintf("%s/recovered.json", g->dir);
  CHECK(recover_journal(jpath, rec, NULL, 0, &res, &err) == 0);
  CHECK(res.nactions == n);
  free(rec), free(jpath);
}

static void signalled(int sig) {
  Rig g;
  rig_open(&g, sig == SIGTERM ? "sigterm" : "sigint", DESK_PRACTICE);
  take_some_actions(&g);
  size_t n = sim_action_count(desk_sim(g.d));
  CHECK(n == 4);
  raise(sig);
  CHECK(step(&g, 100) == 1); /* the desk quits */
  desk_free(g.d);
  g.d = NULL;
  char *kept = xstrdup(desk_host_kept_journal(g.hs));
  check_kept(&g, kept, n);
  free(kept);
  rig_close(&g);
}

static void desk_should_keep_the_journal_on_sigterm(void) { signalled(SIGTERM); }
static void desk_should_keep_the_journal_on_sigint(void) { signalled(SIGINT); }

static void disk_fails_at_save(const char *name, const char *call, const char *path, const char *errno_name) {
  Rig g;
  rig_open(&g, name, DESK_ASSESSMENT);
  take_some_actions(&g);
  setenv("INCIDESK_FAULT_CALL", call, 1);
  setenv("INCIDESK_FAULT_PATH", path, 1);
  setenv("INCIDESK_FAULT_ERRNO", errno_name, 1);
  keys_press(SDLK_F12, 0), keys_press(SDLK_RETURN, 0); /* close the call */
  step(&g, 0);
  for (int i = 0; i < 4 && desk_screen(g.d) != DESK_DEBRIEF; i++) {
    keys_press(SDLK_F12, 0); /* leave the knowledge check unanswered */
    step(&g, 0);
  }
  CHECK(desk_screen(g.d) == DESK_DEBRIEF);
  size_t n = sim_action_count(desk_sim(g.d));
  unsetenv("INCIDESK_FAULT_CALL");
  CHECK_STR(desk_saved_path(g.d), ""); /* "Not saved: ..." */
  desk_free(g.d);
  g.d = NULL;
  char *kept = xstrdup(desk_host_kept_journal(g.hs));
  check_kept(&g, kept, n);
  free(kept);
  rig_close(&g);
}

static void desk_should_keep_the_journal_when_the_disk_is_full(void) {
  disk_fails_at_save("full", "write", ".tmp.", "ENOSPC");
}
static void desk_should_keep_the_journal_when_the_folder_turns_read_only(void) {
  disk_fails_at_save("read_only", "mkstemp", "r.json", "EROFS");
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: test_desk_faults TMPDIR\n");
    return 2;
  }
  tmp = argv[1];
  setenv("SDL_VIDEODRIVER", getenv("SDL_VIDEODRIVER") ? getenv("SDL_VIDEODRIVER") : "dummy", 1);
  /* SDL turns SIGINT and SIGTERM into a quit only when they are at their default, as they are
   * for a desk started from a terminal; a shell's background job (scripts/fuzz run with &)
   * starts with SIGINT ignored, so put them back as a terminal has them */
  signal(SIGINT, SIG_DFL);
  signal(SIGTERM, SIG_DFL);
  if (SDL_Init(SDL_INIT_VIDEO) < 0) { /* also turns SIGINT and SIGTERM into a quit */
    fprintf(stderr, "SDL_Init: %s\n", SDL_GetError());
    return 1;
  }
  RUN(desk_should_keep_the_journal_on_sigterm);
  RUN(desk_should_keep_the_journal_on_sigint);
  RUN(desk_should_keep_the_journal_when_the_disk_is_full);
  RUN(desk_should_keep_the_journal_when_the_folder_turns_read_only);
  TTF_Quit();
  SDL_Quit();
  return check_done();
}
