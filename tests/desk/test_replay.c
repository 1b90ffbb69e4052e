/* test_replay.c - `incidesk replay` in the desk, offscreen (software renderer): a golden
 * record re-played at two cursor times shows different calls (the transcript's pixels
 * differ), its items are marked on the timeline, the keys and a click move the cursor, a
 * record shown unverified wears the NOT VERIFIED badge, and nothing is drawn past its panel.
 * And the menu's recovery of an unfinished session (F6, Enter): the record it writes has the
 * items `incidesk recover` writes from the same journal, and its debrief is shown.
 *
 * usage: test_desk_replay RECORD SCENARIO INCIDESK OUT_DIR   (from the repository root)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL_ttf.h>

#include "desk_host.h"
#include "record.h"
#include "unit/check.h"

static const char *record = "tests/golden/burglary_in_progress.expert.json";
static const char *scenario = "scenarios/burglary_in_progress.lua";

typedef struct Fixture {
  DeskHostState *hs;
  DeskHost host;
  Desk *d;
} Fixture;

static int setup(Fixture *x, int verified, int64_t at) {
  DeskHostOptions o = {"scenarios", "/nonexistent-records", NULL, NULL};
  x->hs = desk_host_new(&o);
  x->host = desk_host_bind(x->hs);
  DeskConfig cfg = {"t1", DESK_PRACTICE, 1, 1, NULL};
  Error err;
  x->d = desk_new_offscreen(1280, 720, &x->host, &cfg, &err);
  DeskReplaySpec s = {scenario, record, 1, verified, at}; /* the golden records use seed 1 */
  if (x->d && desk_open_replay(x->d, &s, &err) < 0) {
    desk_free(x->d);
    x->d = NULL;
  }
  if (!x->d)
    fprintf(stderr, "%s\n", err.msg);
  return x->d ? 0 : -1;
}

static void teardown(Fixture *x) {
  desk_free(x->d);
  desk_host_free(x->hs);
}

/* A copy of the pixels of panel `title` in a fresh frame (caller frees), NULL if absent. */
static uint32_t *grab(Desk *d, const char *title, SDL_Rect *r) {
  Error err;
  if (desk_draw(d, &err) < 0 || desk_panel_rect(d, title, r) < 0)
    return NULL;
  SDL_Surface *s = desk_surface(d);
  uint32_t *px = xcalloc((size_t)(r->w * r->h) + 1, sizeof *px);
  for (int y = 0; y < r->h; y++)
    memcpy(px + y * r->w, (const uint8_t *)s->pixels + (size_t)(r->y + y) * (size_t)s->pitch +
                              (size_t)r->x * 4,
           (size_t)r->w * 4);
  return px;
}

static void press(Desk *d, SDL_Keycode k) {
  SDL_Event e;
  SDL_zero(e);
  e.type = SDL_KEYDOWN;
  e.key.keysym.sym = k;
  desk_event(d, &e);
}

static void replay_should_show_the_call_as_it_was_at_the_cursor(void) {
  Fixture x;
  if (setup(&x, 1, 20000) < 0) {
    CHECK(0);
    return;
  }
  CHECK(desk_screen(x.d) == DESK_CALL);
  CHECK(desk_replay_cursor(x.d) == 20000);
  CHECK(sim_now(desk_sim(x.d)) == 20000);
  CHECK(desk_replay_items(x.d) > 0);
  SDL_Rect a, b, tl;
  uint32_t *early = grab(x.d, "Transcript", &a);
  CHECK(desk_panel_rect(x.d, "Timeline", &tl) == 0);
  CHECK(desk_panel_rect(x.d, "VERIFIED", &tl) == 0);
  CHECK(desk_panel_rect(x.d, "NOT VERIFIED", &tl) < 0);
  Error err;
  CHECK(desk_replay_seek(x.d, 90000, &err) == 0);
  CHECK(sim_action_count(desk_sim(x.d)) > 0);
  uint32_t *late = grab(x.d, "Transcript", &b);
  CHECK(early && late && a.w == b.w && a.h == b.h);
  if (early && late && a.w == b.w && a.h == b.h)
    CHECK(memcmp(early, late, (size_t)(a.w * a.h) * 4) != 0);
  DeskStats st;
  desk_stats(x.d, &st);
  CHECK(st.overflows == 0);
  if (st.overflows)
    fprintf(stderr, "  overflow: %s\n", st.overflow_what);
  free(early), free(late);
  teardown(&x);
}

static void replay_should_step_with_the_keys_and_the_mouse(void) {
  Fixture x;
  if (setup(&x, 1, 0) < 0) {
    CHECK(0);
    return;
  }
  Error err;
  CHECK(desk_draw(x.d, &err) == 0);
  press(x.d, SDLK_RIGHT);
  int64_t first = desk_replay_cursor(x.d);
  CHECK(first > 0);
  press(x.d, SDLK_RIGHT);
  CHECK(desk_replay_cursor(x.d) > first);
  press(x.d, SDLK_LEFT);
  CHECK(desk_replay_cursor(x.d) == first);
  press(x.d, SDLK_END);
  int64_t end = desk_replay_cursor(x.d);
  CHECK(end > 30000);
  press(x.d, SDLK_PAGEUP);
  CHECK(desk_replay_cursor(x.d) == end - 30000);
  press(x.d, SDLK_HOME);
  CHECK(desk_replay_cursor(x.d) == 0);
  press(x.d, SDLK_F12); /* read-only: closing the call does nothing */
  CHECK(desk_screen(x.d) == DESK_CALL);
  CHECK(sim_action_count(desk_sim(x.d)) == 0);
  SDL_Rect tl;
  CHECK(desk_draw(x.d, &err) == 0);
  CHECK(desk_panel_rect(x.d, "Timeline", &tl) == 0);
  SDL_Event e;
  SDL_zero(e);
  e.type = SDL_MOUSEBUTTONDOWN;
  e.button.button = SDL_BUTTON_LEFT;
  e.button.clicks = 1;
  e.button.x = tl.x + tl.w / 2;
  e.button.y = tl.y + tl.h / 2;
  desk_event(x.d, &e);
  int64_t mid = desk_replay_cursor(x.d);
  CHECK(mid > end / 2 - end / 50 && mid < end / 2 + end / 50);
  teardown(&x);
}

static void replay_should_mark_an_unverified_record(void) {
  Fixture x;
  if (setup(&x, 0, 30000) < 0) {
    CHECK(0);
    return;
  }
  Error err;
  SDL_Rect r;
  CHECK(desk_draw(x.d, &err) == 0);
  CHECK(desk_panel_rect(x.d, "NOT VERIFIED", &r) == 0);
  CHECK(desk_panel_rect(x.d, "VERIFIED", &r) < 0);
  teardown(&x);
}

static const char *incidesk = "build/engine/app/incidesk", *out_dir = "/tmp";

static char *slurp(const char *path) {
  Error err;
  size_t n;
  return file_read_all(path, &n, &err);
}

/* A desk session quit mid-call leaves its journal in records; its path (caller frees). */
static char *cut_short(const char *records) {
  DeskHostOptions o = {"tests/data", records, NULL, NULL};
  DeskHostState *hs = desk_host_new(&o);
  DeskHost host = desk_host_bind(hs);
  DeskConfig cfg = {"t3", DESK_ASSESSMENT, 1, 0, NULL};
  Error err;
  ActionList l = {0};
  Desk *d = desk_new_offscreen(1024, 640, &host, &cfg, &err);
  CHECK(d && desk_start(d, "tests/data/mini_fire.lua", &err) == 0);
  CHECK(d && desk_read_actions(d, "tests/data/mini_fire.expert.json", &l, &err) == 0);
  CHECK(d && desk_replay(d, &l, 13000, &err) == 0);
  actions_free(&l);
  desk_free(d);
  char *kept = desk_host_kept_journal(hs) ? xstrdup(desk_host_kept_journal(hs)) : NULL;
  desk_host_free(hs);
  return kept;
}

static void menu_should_recover_a_session_as_recover_does(void) {
  char *records = xasprintf("%s/recover", out_dir), *cmd = xasprintf("rm -rf '%s'", records);
  CHECK(system(cmd) == 0);
  char *journal = cut_short(records);
  CHECK(journal != NULL);
  if (!journal)
    return;
  char *copy = xasprintf("%s/copy.journal", out_dir), *cli = xasprintf("%s/cli.json", out_dir);
  char *run = xasprintf("cp '%s' '%s' && rm -f '%s' && '%s' recover '%s' --out '%s' >/dev/null",
                        journal, copy, cli, incidesk, copy, cli);
  CHECK(system(run) == 0);
  DeskHostOptions o = {"tests/data", records, NULL, NULL};
  DeskHostState *hs = desk_host_new(&o);
  DeskHost host = desk_host_bind(hs);
  DeskConfig cfg = {"t3", DESK_PRACTICE, 1, 1, NULL};
  Error err;
  Desk *d = desk_new_offscreen(1024, 640, &host, &cfg, &err);
  CHECK(d && desk_open_menu(d, &err) == 0);
  press(d, SDLK_F6);
  press(d, SDLK_RETURN);
  CHECK(desk_screen(d) == DESK_DEBRIEF);
  CHECK(desk_draw(d, &err) == 0);
  FILE *gone = fopen(journal, "r");
  CHECK(gone == NULL); /* the journal is removed once the record is written */
  if (gone)
    fclose(gone);
  char *mine = slurp(desk_saved_path(d)), *theirs = slurp(cli), where[200] = "";
  CHECK(mine && theirs && record_compare_rerun(theirs, mine, where, sizeof where) == 0);
  if (where[0])
    fprintf(stderr, "  differ at %s\n", where);
  CHECK(mine && strstr(mine, "\"recovered\"") != NULL);
  free(mine), free(theirs);
  desk_free(d);
  desk_host_free(hs);
  free(records), free(cmd), free(journal), free(copy), free(cli), free(run);
}

int main(int argc, char **argv) {
  if (argc > 1)
    record = argv[1];
  if (argc > 2)
    scenario = argv[2];
  if (argc > 3)
    incidesk = argv[3];
  if (argc > 4)
    out_dir = argv[4];
  SDL_Init(SDL_INIT_VIDEO);
  RUN(replay_should_show_the_call_as_it_was_at_the_cursor);
  RUN(replay_should_step_with_the_keys_and_the_mouse);
  RUN(replay_should_mark_an_unverified_record);
  RUN(menu_should_recover_a_session_as_recover_does);
  TTF_Quit();
  SDL_Quit();
  return check_done();
}
