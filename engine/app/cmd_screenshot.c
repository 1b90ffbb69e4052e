/* cmd_screenshot.c - `incidesk screenshot`: one frame of the desk rendered offscreen with
 * the software renderer and written as a PNG (for tests and the README's pictures). */
#include <SDL_ttf.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd_desk.h"
#include "desk_host.h"
#include "png.h"

const char usage_screenshot[] =
    "usage: incidesk screenshot SCENARIO [options] -o FILE.png\n"
    "\n"
    "Renders one frame of the desk offscreen (software renderer, no display needed) and\n"
    "writes it as a PNG. The actions, if any, are played into the session up to --at as if\n"
    "typed; the frame shows the call (a shift: the supervisor screen) then, or the debrief if\n"
    "they close the session.\n"
    "\n"
    "options:\n"
    "  -o FILE.png         where to write the picture, required\n"
    "  --actions FILE      an actions file or record to play first\n"
    "  --at MS             simulated time of the frame (default: the last action's, or 0)\n"
    "  --size WxH          frame size in pixels (default 1280x720; 320x200 to 7680x4320)\n"
    "  --screen NAME       menu, call, results or debrief (debrief closes the call at --at if\n"
    "                      the actions have not; results: a shift's end-of-shift review, the\n"
    "                      shift ended at --at or its end); default: where the actions lead\n"
    "  --focus PANEL       questions, talk, advice, partners, log, classify or resources;\n"
    "                      in a shift incidents, resources, queue or colleagues\n"
    "  --mode MODE         practice (default: hints shown) or assessment\n"
    "  --seed N, --trainee ID, --scenarios DIR, --records DIR, --procedure FILE  as for play\n"
    "\n"
    "exit: 0 ok, 2 bad input\n";

typedef struct ShotOpts {
  DeskOpts d;
  const char *actions, *png, *screen, *focus;
  long long at;
  int w, h;
} ShotOpts;

static int parse_size(const char *s, int *w, int *h) {
  char x;
  return sscanf(s, "%d%c%d", w, &x, h) == 3 && (x == 'x' || x == 'X') && *w >= 320 && *h >= 200 &&
                 *w <= 7680 && *h <= 4320
             ? 0
             : -1;
}

static int parse_value(ShotOpts *o, const char *opt, const char *v) {
  if (strcmp(opt, "--actions") == 0)
    o->actions = v;
  else if (strcmp(opt, "-o") == 0)
    o->png = v;
  else if (strcmp(opt, "--screen") == 0) {
    if (strcmp(v, "menu") && strcmp(v, "call") && strcmp(v, "debrief") && strcmp(v, "results"))
      return desk_bad_usage("screenshot", "--screen must be menu, call, results or debrief, not '%s'",
                            v);
    o->screen = v;
  } else if (strcmp(opt, "--focus") == 0)
    o->focus = v;
  else if (strcmp(opt, "--size") == 0) {
    if (parse_size(v, &o->w, &o->h) < 0)
      return desk_bad_usage("screenshot", "--size must be WxH from 320x200 to 7680x4320, not '%s'",
                            v);
  } else {
    char *end;
    o->at = strtoll(v, &end, 10);
    if (!*v || *end || o->at < 0)
      return desk_bad_usage("screenshot", "--at must be milliseconds from 0, not '%s'", v);
  }
  return 0;
}

static int parse(int argc, char **argv, ShotOpts *o) {
  static const char *const own[] = {"--actions", "-o",   "--screen", "--focus",
                                    "--size",    "--at", NULL};
  o->d.seed = 1, o->at = -1, o->w = 1280, o->h = 720;
  for (int i = 0; i < argc; i++) {
    int rc = desk_opt("screenshot", argc, argv, &i, &o->d);
    if (rc == 2)
      return 2;
    if (rc == 1)
      continue;
    int k = 0;
    while (own[k] && strcmp(own[k], argv[i]) != 0)
      k++;
    if (own[k]) {
      if (i + 1 >= argc)
        return desk_bad_usage("screenshot", "%s needs a value", argv[i]);
      if (parse_value(o, argv[i], argv[i + 1]))
        return 2;
      i++;
    } else if (argv[i][0] == '-')
      return desk_bad_usage("screenshot", "unknown option '%s'", argv[i]);
    else if (o->d.scenario)
      return desk_bad_usage("screenshot", "unexpected argument '%s'", argv[i]);
    else
      o->d.scenario = argv[i];
  }
  if (!o->d.scenario)
    return desk_bad_usage("screenshot", "%s", "needs a SCENARIO file");
  if (!o->png)
    return desk_bad_usage("screenshot", "%s", "needs -o FILE.png");
  if (o->d.out)
    return desk_bad_usage("screenshot", "%s", "--out goes with play");
  return 0;
}

/* --screen results: ends the shift (at `at`, or at its end if later) for its results. */
static int end_shift(Desk *d, int64_t at, const ShotOpts *o, Error *err) {
  const Sim *sim = desk_sim(d);
  if (!sim || !sim_is_shift(sim))
    return error_set(err, o->d.scenario, 0, "--screen results is for a shift scenario");
  if (desk_screen(d) == DESK_RESULTS)
    return 0;
  if (desk_screen(d) != DESK_CALL)
    return error_set(err, o->actions, 0, "the shift's results are already past at %lld ms",
                     (long long)at);
  int64_t end = (int64_t)sim_scenario(sim)->shift.duration_s * 1000;
  Action close = {sim_now(sim) > end ? sim_now(sim) : end, ACT_CLOSE, NULL, NULL, NULL, 0, NULL, 0};
  ActionList l = {&close, 1, 1};
  if (desk_replay(d, &l, -1, err) < 0)
    return -1;
  return desk_screen(d) == DESK_RESULTS
             ? 0
             : error_set(err, o->actions, 0, "the shift could not end at %lld ms (a contact taken?)",
                         (long long)close.t_ms);
}

/* Brings the desk to the frame asked for. 0, or -1 with err. */
static int stage(Desk *d, const ShotOpts *o, Error *err) {
  if (o->screen && strcmp(o->screen, "menu") == 0) {
    if (desk_open_menu(d, err) < 0)
      return -1;
    desk_menu_select(d, o->d.scenario);
    return 0;
  }
  if (desk_start(d, o->d.scenario, err) < 0)
    return -1;
  ActionList l = {0};
  int rc = 0;
  if (o->actions)
    rc = desk_read_actions(d, o->actions, &l, err);
  int64_t at = o->at >= 0 ? o->at : l.len ? l.v[l.len - 1].t_ms : 0;
  if (rc == 0)
    rc = desk_replay(d, &l, at, err);
  actions_free(&l);
  if (rc == 0 && o->screen && strcmp(o->screen, "results") == 0)
    rc = end_shift(d, at, o, err);
  if (rc == 0 && o->screen && strcmp(o->screen, "debrief") == 0 && desk_screen(d) != DESK_DEBRIEF)
    rc = desk_end_session(d, err);
  if (rc == 0 && o->screen && strcmp(o->screen, "call") == 0 && desk_screen(d) != DESK_CALL)
    rc = error_set(
        err, o->actions, 0,
        "the actions close the session before %lld ms: use --screen debrief or an earlier --at",
        (long long)at);
  if (rc == 0 && o->focus && desk_focus(d, o->focus) < 0)
    rc = error_set(err, NULL, 0,
                   "screenshot: --focus must be questions, talk, advice, partners, log, classify "
                   "or resources (a shift: incidents, resources, queue or colleagues), not '%s'",
                   o->focus);
  return rc;
}

int cmd_screenshot(int argc, char **argv) {
  ShotOpts o = {0};
  int rc = parse(argc, argv, &o);
  if (rc)
    return rc;
  char *copy = xstrdup(o.d.scenario);
  DeskHostOptions ho = {o.d.scenarios ? o.d.scenarios : dirname(copy), o.d.records, NULL,
                        o.d.procedure};
  DeskHostState *hs = desk_host_new(&ho);
  free(copy);
  DeskHost host = desk_host_bind(hs);
  DeskConfig cfg = {o.d.trainee,
                    o.d.mode && strcmp(o.d.mode, "assessment") == 0 ? DESK_ASSESSMENT
                                                                    : DESK_PRACTICE,
                    o.d.seed, -1, o.d.font_dir};
  Error err;
  Desk *d = desk_new_offscreen(o.w, o.h, &host, &cfg, &err);
  rc = d ? stage(d, &o, &err) : -1;
  if (rc == 0)
    rc = desk_draw(d, &err);
  if (rc == 0) {
    SDL_Surface *s = desk_surface(d);
    rc = png_write_argb(o.png, s->pixels, s->w, s->h, (size_t)s->pitch, &err);
  }
  desk_free(d);
  desk_host_free(hs);
  TTF_Quit();
  SDL_Quit();
  if (rc < 0) {
    fprintf(stderr, "incidesk: %s\n", err.msg);
    return 2;
  }
  printf("%s: %dx%d\n", o.png, o.w, o.h);
  return 0;
}
