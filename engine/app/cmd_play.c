/* cmd_play.c - `incidesk play SCENARIO` and `incidesk desk` (the menu): open the desk's
 * window. Bad arguments and a scenario that does not load are reported before any window
 * opens. */
#include <errno.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd_desk.h"
#include "desk_host.h"

const char usage_play[] =
    "usage: incidesk play SCENARIO [options]\n"
    "\n"
    "Opens the desk on one scenario: the call rings at once. Keyboard first: Enter answers,\n"
    "F1-F7 choose a panel, F12 closes the call and shows the debrief (README.md lists the\n"
    "keys). A shift opens on the supervisor's screen with its clock running: F1-F4 choose\n"
    "a board, F12 ends the shift. The record is written when the session ends with --out\n"
    "or in assessment mode, and from the debrief with S.\n"
    "\n"
    "options:\n"
    "  --seed N            session seed (default 1)\n"
    "  --mode MODE         practice (hints, pause, speed-up; default) or assessment\n"
    "  --trainee ID        trainee id for the record (default: anonymous)\n"
    "  --out RECORD        write the session record here when the session ends\n"
    "  --records DIR       records folder: best scores, assignments, saved records (default "
    "records)\n"
    "  --procedure FILE    the procedure file (default: found from the scenario)\n"
    "\n"
    "Needs a display (or SDL_VIDEODRIVER). exit: 0 ok, 2 bad input or no window\n";

const char usage_desk[] =
    "usage: incidesk desk [options]      (also: incidesk with no arguments)\n"
    "\n"
    "Opens the desk on its menu: the scenarios of a folder with level, difficulty, criteria\n"
    "and your best score; filters by criterion and tag; practice or assessment mode;\n"
    "trainee id; a coach's assignments (RECORDS/assignments.json) when there are any.\n"
    "\n"
    "options:\n"
    "  --scenarios DIR     the scenarios to list (default scenarios)\n"
    "  --records DIR       records folder (default records)\n"
    "  --trainee ID        trainee id to start with\n"
    "  --mode MODE         practice (default) or assessment\n"
    "  --seed N            session seed (default 1)\n"
    "\n"
    "Needs a display (or SDL_VIDEODRIVER). exit: 0 ok, 2 bad input or no window\n";

int desk_bad_usage(const char *cmd, const char *fmt, const char *arg) {
  fprintf(stderr, "incidesk: %s: ", cmd);
  fprintf(stderr, fmt, arg);
  fprintf(stderr, " (see incidesk %s --help)\n", cmd);
  return 2;
}

static int parse_seed(const char *s, unsigned long long *out) {
  if (!s || !*s || *s == '-')
    return -1;
  char *end;
  errno = 0;
  *out = strtoull(s, &end, 10);
  return errno || *end ? -1 : 0;
}

int desk_opt(const char *cmd, int argc, char **argv, int *i, DeskOpts *o) {
  static const char *const names[] = {"--seed",      "--mode",    "--trainee",
                                      "--out",       "--records", "--procedure",
                                      "--scenarios", "--fonts",   NULL};
  int k = 0;
  while (names[k] && strcmp(names[k], argv[*i]) != 0)
    k++;
  if (!names[k])
    return 0;
  if (*i + 1 >= argc)
    return desk_bad_usage(cmd, "%s needs a value", argv[*i]);
  const char *v = argv[++*i];
  const char **slot[] = {NULL,        &o->mode,      &o->trainee,   &o->out,
                         &o->records, &o->procedure, &o->scenarios, &o->font_dir};
  if (k == 0) {
    if (parse_seed(v, &o->seed) < 0)
      return desk_bad_usage(cmd, "--seed must be a whole number from 0, not '%s'", v);
  } else {
    *slot[k] = v;
  }
  if (k == 1 && strcmp(v, "practice") != 0 && strcmp(v, "assessment") != 0)
    return desk_bad_usage(cmd, "--mode must be practice or assessment, not '%s'", v);
  return 1;
}

static int parse(const char *cmd, int argc, char **argv, DeskOpts *o, int want_scenario) {
  o->seed = 1;
  for (int i = 0; i < argc; i++) {
    int rc = desk_opt(cmd, argc, argv, &i, o);
    if (rc == 2)
      return 2;
    if (rc == 1)
      continue;
    if (argv[i][0] == '-')
      return desk_bad_usage(cmd, "unknown option '%s'", argv[i]);
    if (!want_scenario || o->scenario)
      return desk_bad_usage(cmd, "unexpected argument '%s'", argv[i]);
    o->scenario = argv[i];
  }
  if (want_scenario && !o->scenario)
    return desk_bad_usage(cmd, "%s", "needs a SCENARIO file");
  return 0;
}

/* 1 if there is somewhere to show a window: a display, or a video driver chosen on
 * purpose (SDL_VIDEODRIVER, as the tests do). Without one SDL falls back to an invisible
 * offscreen window and the desk would wait for keys nobody can press. */
static int have_display(void) {
  const char *names[] = {"DISPLAY", "WAYLAND_DISPLAY", "SDL_VIDEODRIVER"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    const char *v = getenv(names[i]);
    if (v && *v) return 1;
  }
  return 0;
}

/* Runs the desk window with the options; checks the scenario loads first. */
static int run_desk(const DeskOpts *o) {
  if (!have_display()) {
    fprintf(stderr, "incidesk: no display to open the desk on (set DISPLAY, or SDL_VIDEODRIVER=offscreen to run "
                    "it without one; `incidesk run` plays a session headless)\n");
    return 2;
  }
  char *dir = NULL;
  if (o->scenario && !o->scenarios) {
    char *copy = xstrdup(o->scenario);
    dir = xstrdup(dirname(copy));
    free(copy);
  }
  DeskHostOptions ho = {o->scenarios ? o->scenarios
                        : dir        ? dir
                                     : "scenarios",
                        o->records, o->out, o->procedure};
  DeskHostState *hs = desk_host_new(&ho);
  DeskHost host = desk_host_bind(hs);
  DeskConfig cfg = {o->trainee,
                    o->mode && strcmp(o->mode, "assessment") == 0 ? DESK_ASSESSMENT : DESK_PRACTICE,
                    o->seed, o->out != NULL, o->font_dir};
  Error err;
  DeskSession probe;
  int rc = o->scenario ? host.load(host.ud, o->scenario, o->seed, &probe, &err) : 0;
  if (o->scenario)
    host.unload(host.ud, 0);
  if (rc == 0)
    rc = desk_run(&host, &cfg, o->scenario, &err);
  if (desk_host_kept_journal(hs))
    fprintf(stderr,
            "incidesk: the session was not finished, or its record not written; its journal is "
            "kept: incidesk recover %s\n",
            desk_host_kept_journal(hs));
  desk_host_free(hs);
  free(dir);
  if (rc < 0) {
    fprintf(stderr, "incidesk: %s\n", err.msg);
    return 2;
  }
  return 0;
}

int cmd_play(int argc, char **argv) {
  DeskOpts o = {0};
  int rc = parse("play", argc, argv, &o, 1);
  return rc ? rc : run_desk(&o);
}

int cmd_desk(int argc, char **argv) {
  DeskOpts o = {0};
  int rc = parse("desk", argc, argv, &o, 0);
  if (rc)
    return rc;
  if (o.out || o.procedure)
    return desk_bad_usage("desk", "%s", "--out and --procedure go with play");
  return run_desk(&o);
}
