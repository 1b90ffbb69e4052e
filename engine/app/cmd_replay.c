/* cmd_replay.c - `incidesk replay RECORD`: a finished record in the desk, read-only, with a
 * timeline scrubber (or one frame of it rendered offscreen with --screenshot). */
#include <SDL_ttf.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd_desk.h"
#include "desk_host.h"
#include "png.h"
#include "record.h"

const char usage_replay[] =
    "usage: incidesk replay RECORD [--at MS] [--size WxH] [--screenshot FILE.png]\n"
    "\n"
    "Opens the desk on a finished record, read-only: the session is played again from the\n"
    "record's scenario, seed and actions, and a timeline scrubber shows the call screen as\n"
    "it was at the cursor (transcript, log, map, units), with the scored items marked at\n"
    "their times and the one at the cursor shown with expected, actual and explanation.\n"
    "The record's digest is checked first; a record whose digest does not match its\n"
    "content is shown NOT VERIFIED.\n"
    "\n"
    "keys: Left/Right the previous/next event, action or item; Home/End; PgUp/PgDn 30 s;\n"
    "a click on the timeline moves the cursor there; Esc or Ctrl+Q quits.\n"
    "\n"
    "options:\n"
    "  --at MS             where the cursor starts, in simulated milliseconds (default 0)\n"
    "  --size WxH          --screenshot's frame size (default 1280x720; 320x200 to 7680x4320)\n"
    "  --screenshot FILE   render one frame at --at offscreen as a PNG instead of a window\n"
    "  --procedure FILE    the procedure file (default: the one the record names)\n"
    "  --fonts DIR         the DejaVu fonts' folder\n"
    "\n"
    "exit: 0 ok, 2 bad input (or no window)\n";

typedef struct ReplayOpts {
  const char *record, *png, *procedure, *fonts;
  long long at;
  int w, h;
} ReplayOpts;

static int bad(const char *fmt, const char *arg) { return desk_bad_usage("replay", fmt, arg); }

static int parse_value(ReplayOpts *o, const char *opt, const char *v) {
  char x, *end;
  if (strcmp(opt, "--screenshot") == 0)
    o->png = v;
  else if (strcmp(opt, "--procedure") == 0)
    o->procedure = v;
  else if (strcmp(opt, "--fonts") == 0)
    o->fonts = v;
  else if (strcmp(opt, "--size") == 0) {
    if (sscanf(v, "%d%c%d", &o->w, &x, &o->h) != 3 || (x != 'x' && x != 'X') || o->w < 320 ||
        o->h < 200 || o->w > 7680 || o->h > 4320)
      return bad("--size must be WxH from 320x200 to 7680x4320, not '%s'", v);
  } else {
    o->at = strtoll(v, &end, 10);
    if (!*v || *end || o->at < 0)
      return bad("--at must be milliseconds from 0, not '%s'", v);
  }
  return 0;
}

static int parse(int argc, char **argv, ReplayOpts *o) {
  static const char *const valued[] = {"--at", "--size", "--screenshot", "--procedure", "--fonts",
                                       NULL};
  o->w = 1280, o->h = 720;
  for (int i = 0; i < argc; i++) {
    int k = 0;
    while (valued[k] && strcmp(valued[k], argv[i]) != 0)
      k++;
    if (valued[k]) {
      if (i + 1 >= argc)
        return bad("%s needs a value", argv[i]);
      if (parse_value(o, argv[i], argv[i + 1]))
        return 2;
      i++;
    } else if (argv[i][0] == '-')
      return bad("unknown option '%s'", argv[i]);
    else if (o->record)
      return bad("unexpected argument '%s'", argv[i]);
    else
      o->record = argv[i];
  }
  return o->record ? 0 : bad("%s", "needs a RECORD file");
}

/* What the replay needs of the record: its scenario, procedure and seed, and whether its
 * digest matches. 0, or -1 with err if it cannot be read as a record. */
static int read_record(const char *path, RecordInfo *info, int *verified, Error *err) {
  size_t len;
  char *text = file_read_all(path, &len, err);
  if (!text)
    return -1;
  SealCheck sc;
  int rc = record_seal_check(path, text, len, NULL, 0, &sc, err);
  if (rc == 0 && !sc.is_record)
    rc = error_set(err, path, 1, "not a record (no \"format\": \"%s\")", RECORD_FORMAT);
  if (rc == 0)
    rc = record_info_read(path, text, len, info, err);
  *verified = rc == 0 && sc.digest_ok;
  free(text);
  return rc;
}

/* One frame at the cursor, offscreen, as a PNG. */
static int screenshot(const ReplayOpts *o, const DeskHost *host, const DeskConfig *cfg,
                      const DeskReplaySpec *s, Error *err) {
  Desk *d = desk_new_offscreen(o->w, o->h, host, cfg, err);
  int rc = d ? desk_open_replay(d, s, err) : -1;
  if (rc == 0)
    rc = desk_draw(d, err);
  if (rc == 0) {
    SDL_Surface *sf = desk_surface(d);
    rc = png_write_argb(o->png, sf->pixels, sf->w, sf->h, (size_t)sf->pitch, err);
  }
  desk_free(d);
  TTF_Quit();
  SDL_Quit();
  if (rc == 0)
    printf("%s: %dx%d at %lld ms\n", o->png, o->w, o->h, o->at);
  return rc;
}

int cmd_replay(int argc, char **argv) {
  ReplayOpts o = {0};
  int rc = parse(argc, argv, &o);
  if (rc)
    return rc;
  RecordInfo info;
  memset(&info, 0, sizeof info);
  int verified = 0;
  Error err;
  if (read_record(o.record, &info, &verified, &err) < 0) {
    record_info_free(&info);
    fprintf(stderr, "incidesk: %s\n", err.msg);
    return 2;
  }
  char *copy = xstrdup(info.scenario_file);
  DeskHostOptions ho = {dirname(copy), NULL, NULL,
                        o.procedure ? o.procedure : info.procedure_file};
  DeskHostState *hs = desk_host_new(&ho);
  free(copy);
  DeskHost host = desk_host_bind(hs);
  DeskConfig cfg = {info.trainee, DESK_ASSESSMENT, info.seed, -1, o.fonts};
  DeskReplaySpec s = {info.scenario_file, o.record, info.seed, verified, o.at};
  if (!verified)
    fprintf(stderr, "incidesk: note: %s: NOT VERIFIED (its digest does not match its content)\n",
            o.record);
  rc = o.png ? screenshot(&o, &host, &cfg, &s, &err) : desk_run_replay(&host, &cfg, &s, &err);
  desk_host_free(hs);
  record_info_free(&info);
  if (rc < 0) {
    fprintf(stderr, "incidesk: %s\n", err.msg);
    return 2;
  }
  return 0;
}
