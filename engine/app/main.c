/* main.c - the incidesk command line. Exit codes: 0 ok, 1 a check failed, 2 bad input. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cmd_criteria.h"
#include "cmd_new.h"
#include "cmd_desk.h"
#include "coach_cmds.h"
#include "criteria.h"
#include "record_cmds.h"
#include "session.h"
#include "shift_results.h"

static const char usage_main[] =
    "usage: incidesk COMMAND [ARGS]\n"
    "\n"
    "Incident Desk: a training simulator for handling incidents in a contact centre.\n"
    "\n"
    "commands:\n"
    "  run SCENARIO --actions FILE   play a session headless and score it\n"
    "  check [PATH...]               lint procedures and scenarios (default: scenarios/)\n"
    "  criteria [--json]             the unit criteria, their checks and the scenarios evidencing them\n"
    "  new scenario PROCEDURE NAME   write a commented starting scenario that passes check\n"
    "  recover JOURNAL               rebuild the record of a session that was cut short\n"
    "  verify RECORD...              check digests and hashes, re-run and compare\n"
    "  export --xapi RECORD...       xAPI 1.0.3 statements (a file, or posted to an LRS)\n"
    "  report RECORD... -o FILE      evidence report for assessors (one HTML page); with\n"
    "                                --trainee ID DIR: the assessor's evidence pack\n"
    "  review RECORD|DIR...          a team's records by trainee, criterion and scenario\n"
    "  assign create|list|status     coaches' assignments (RECORDS/assignments.json)\n"
    "  override RECORD ITEM ...      a coach's signed override of an item's points\n"
    "  play SCENARIO                 the desk (SDL2): take the call, from ringing to debrief\n"
    "  desk                          the desk's menu (also: incidesk with no arguments)\n"
    "  screenshot SCENARIO -o PNG    render one desk frame offscreen\n"
    "  replay RECORD                 a finished record in the desk, read-only, with a timeline\n"
    "  help [COMMAND]                show help\n"
    "  version                       print the version\n"
    "\n"
    "Every command takes --help. With no COMMAND, incidesk opens the desk's menu.\n";

static const char usage_run[] =
    "usage: incidesk run SCENARIO --actions FILE [options]\n"
    "\n"
    "Plays the actions file through the scenario headless, scores the session against\n"
    "the scenario's procedure and prints a one-line summary.\n"
    "\n"
    "options:\n"
    "  --actions FILE     the actions (an actions file or a record), required; - reads\n"
    "                     them from stdin, one JSON object a line, applied as they arrive\n"
    "  --seed N           session seed, 0 to 18446744073709551615 (default 1)\n"
    "  --out RECORD       write the session record (JSON) here, atomically; while the\n"
    "                     session runs each action is flushed to RECORD.journal first\n"
    "                     (see incidesk recover)\n"
    "  --key FILE         seal the record with this centre key (HMAC-SHA256)\n"
    "  --procedure FILE   the procedure file (default: found from the scenario)\n"
    "  --trainee ID       trainee id for the record (default: anonymous)\n"
    "  --centre ID        centre id for the record\n"
    "  --mode MODE        practice or assessment (default: assessment)\n"
    "  --debrief          print the full debrief after the summary\n"
    "  --require-pass     exit 1 if the session did not pass\n"
    "\n"
    "exit: 0 ok, 1 not passed under --require-pass, 2 bad input\n";

static const char usage_check[] =
    "usage: incidesk check [PATH...] [--quiet] [--json]\n"
    "\n"
    "Lints procedures (files under a procedures/ folder) and scenarios (other .lua files)\n"
    "found in the PATHs (files or folders; default: scenarios). A procedure's tree is swept\n"
    "branch by branch: unreachable nodes, paths without an outcome, loops, facts no\n"
    "question elicits, outcomes no path reaches. A scenario is checked against its\n"
    "procedure (its truth must lead to an outcome, its units and criteria must exist), and\n"
    "its NAME.expert.json, if there is one, must score at least 95.\n"
    "\n"
    "exit: 0 no findings, 1 findings (printed as FILE:LINE: message), 2 a file cannot load\n";

static int bad_usage(const char *cmd, const char *fmt, const char *arg) {
  fprintf(stderr, "incidesk: %s: ", cmd);
  fprintf(stderr, fmt, arg);
  fprintf(stderr, " (see incidesk %s --help)\n", cmd);
  return 2;
}

static int fail(const Error *err) {
  fprintf(stderr, "incidesk: %s\n", err->msg);
  return 2;
}

static void now_iso(char *buf, size_t n) {
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static int parse_seed(const char *s, uint64_t *out) {
  if (!s || !*s || *s == '-') return -1;
  char *end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno || *end) return -1;
  *out = (uint64_t)v;
  return 0;
}

typedef struct RunOpts {
  const char *scenario, *actions, *out, *procedure, *trainee, *centre, *mode, *key;
  uint64_t seed;
  int debrief, require_pass;
} RunOpts;

static int parse_run(int argc, char **argv, RunOpts *o) {
  o->seed = 1;
  o->mode = "assessment";
  static const char *const valued[] = {"--actions", "--seed", "--out", "--procedure", "--trainee", "--centre", "--mode", "--key", NULL};
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--debrief") == 0) { o->debrief = 1; continue; }
    if (strcmp(a, "--require-pass") == 0) { o->require_pass = 1; continue; }
    int k = 0;
    while (valued[k] && strcmp(valued[k], a) != 0) k++;
    if (valued[k]) {
      if (i + 1 >= argc) return bad_usage("run", "%s needs a value", a);
      const char *v = argv[++i];
      switch (k) {
      case 0: o->actions = v; break;
      case 1: if (parse_seed(v, &o->seed) < 0) return bad_usage("run", "--seed must be a whole number from 0, not '%s'", v); break;
      case 2: o->out = v; break;
      case 3: o->procedure = v; break;
      case 4: o->trainee = v; break;
      case 5: o->centre = v; break;
      case 6: o->mode = v; break;
      default: o->key = v; break;
      }
    } else if (a[0] == '-') {
      return bad_usage("run", "unknown option '%s'", a);
    } else if (!o->scenario) {
      o->scenario = a;
    } else {
      return bad_usage("run", "unexpected argument '%s'", a);
    }
  }
  if (!o->scenario) return bad_usage("run", "%s", "needs a SCENARIO file");
  if (!o->actions) return bad_usage("run", "%s", "needs --actions FILE");
  if (strcmp(o->mode, "practice") != 0 && strcmp(o->mode, "assessment") != 0)
    return bad_usage("run", "--mode must be practice or assessment, not '%s'", o->mode);
  return 0;
}

static int cmd_run(int argc, char **argv) {
  RunOpts o = {0};
  int rc = parse_run(argc, argv, &o);
  if (rc) return rc;
  char started[32];
  now_iso(started, sizeof started);
  Session s;
  Error err;
  RunJournalOpts jo = {o.actions, o.out, o.key, o.trainee, o.centre, o.mode, started, o.seed};
  if (session_load(&s, o.scenario, o.procedure, o.seed, &err) < 0 || run_journalled(&s, &jo, &err) < 0) {
    session_free(&s);
    return fail(&err);
  }
  const Score *sc = s.score;
  printf("%s: %.1f%% %s, %s (%d/%d points, %d critical failure%s, %zu actions)%s%s\n", script_scenario(s.script)->id,
         sc->percent, sc->level, sc->passed ? "passed" : "not passed", sc->points, sc->possible, sc->critical_failures,
         sc->critical_failures == 1 ? "" : "s", s.actions.len, o.out ? " -> " : "", o.out ? o.out : "");
  if (o.debrief) {
    printf("\n");
    session_print_debrief(&s, stdout);
  }
  int passed = sc->passed;
  session_free(&s);
  return o.require_pass && !passed ? 1 : 0;
}

/* ---- check ---- */

static int ends_with(const char *s, const char *suffix) {
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Appends the .lua files under path (sorted), or path itself. */
static int collect(const char *path, StrList *out, Error *err) {
  struct stat st;
  if (stat(path, &st) != 0) return error_set(err, path, 0, "no such file or folder");
  if (!S_ISDIR(st.st_mode)) {
    strlist_push(out, path);
    return 0;
  }
  DIR *d = opendir(path);
  if (!d) return error_set(err, path, 0, "cannot open folder");
  StrList names = {0};
  struct dirent *e;
  while ((e = readdir(d)))
    if (e->d_name[0] != '.') strlist_push(&names, e->d_name);
  closedir(d);
  if (names.len) qsort(names.v, names.len, sizeof *names.v, cmp_str);
  int rc = 0;
  for (size_t i = 0; i < names.len && rc == 0; i++) {
    char *p = xasprintf("%s%s%s", path, ends_with(path, "/") ? "" : "/", names.v[i]);
    struct stat cs;
    if (stat(p, &cs) == 0 && (S_ISDIR(cs.st_mode) || ends_with(p, ".lua"))) rc = collect(p, out, err);
    free(p);
  }
  strlist_free(&names);
  return rc;
}

int check_collect(const char *path, StrList *out, Error *err) {
  return collect(path, out, err);
}

static int is_procedure_path(const char *p) {
  return strstr(p, "procedures/") == p || strstr(p, "/procedures/") != NULL;
}

static char *expert_path(const char *scenario) {
  size_t n = strlen(scenario);
  return xasprintf("%.*s.expert.json", (int)(ends_with(scenario, ".lua") ? n - 4 : n), scenario);
}

/* A shift's planted mistakes, as the procedure's tree finds them, into planted; and a
 * finding for a colleague whose need none of their incidents shows. */
static void check_shift_mistakes(const char *path, const Procedure *p, const Scenario *sc, Findings *f, StrList *planted) {
  Sim *sim = sim_new(sc, &p->rules, 1);
  ShiftResults *r = shift_results(p, sim);
  for (size_t i = 0; i < r->nmistakes; i++) {
    const ShiftMistake *m = &r->mistakes[i];
    const ShiftIncident *x = &sc->incidents[m->incident];
    const char *who = x->colleague ? x->colleague : "no colleague";
    char *line = strcmp(m->decision, "advice") == 0
                     ? xasprintf("%s:%d: incident '%s' (%s): advice: gave %s, beyond the limits for the incident (%s)", path,
                                 x->line, x->id, who, m->did, m->area)
                 : strcmp(m->decision, "question") == 0
                     ? xasprintf("%s:%d: incident '%s' (%s): question: did not ask %s, a key question (%s)", path, x->line,
                                 x->id, who, m->right, m->area)
                     : xasprintf("%s:%d: incident '%s' (%s): %s: the colleague's %s, the procedure's %s (%s)", path, x->line,
                                 x->id, who, m->decision, m->did, m->right, m->area);
    strlist_push(planted, line);
    free(line);
  }
  for (size_t c = 0; c < sc->ncolleagues; c++) {
    const Colleague *col = &sc->colleagues[c];
    if (!col->need) continue;
    int shown = 0;
    for (size_t i = 0; i < r->nmistakes; i++)
      shown += strcmp(r->mistakes[i].area, col->need) == 0 && str_eq(sc->incidents[r->mistakes[i].incident].colleague, col->id);
    if (shown) continue;
    char *m = xasprintf("%s:%d: colleague '%s' needs support in %s, but none of their incidents shows a mistake of it", path,
                        col->line, col->id, col->need);
    strlist_push(&f->v, m);
    free(m);
  }
  shift_results_free(r);
  sim_free(sim);
}

static void check_scenario(const char *path, Findings *f, StrList *planted, int *bad) {
  Session s;
  Error err;
  if (session_load(&s, path, NULL, 1, &err) < 0) {
    fprintf(stderr, "incidesk: %s\n", err.msg);
    (*bad)++;
    session_free(&s);
    return;
  }
  const Scenario *sc = script_scenario(s.script);
  procedure_check_scenario(s.proc, sc, f);
  if (sc->is_shift) check_shift_mistakes(path, s.proc, sc, f, planted);
  for (size_t i = 0; i < sc->criteria.len; i++)
    if (!criteria_find(sc->criteria.v[i])) {
      char *m = xasprintf("%s:%d: '%s' is not a criterion of CC38 or CC39", path, sc->line, sc->criteria.v[i]);
      strlist_push(&f->v, m);
      free(m);
    }
  char *expert = expert_path(path);
  FILE *probe = fopen(expert, "r");
  if (probe) {
    fclose(probe);
    if (session_read_actions(&s, expert, &err) < 0 || session_play(&s, &err) < 0) {
      fprintf(stderr, "incidesk: %s\n", err.msg);
      (*bad)++;
    } else {
      if (s.score->percent < 95.0) {
        char *m = xasprintf("%s: the expert actions score %.1f%%, below 95%%", expert, s.score->percent);
        strlist_push(&f->v, m);
        free(m);
      }
      /* every criterion the scenario claims must be evidenced by an item of its expert run */
      for (size_t i = 0; i < sc->criteria.len; i++) {
        int found = 0;
        for (size_t k = 0; k < s.score->nitems && !found; k++) found = strcmp(s.score->items[k].criterion, sc->criteria.v[i]) == 0;
        if (found || !criteria_find(sc->criteria.v[i])) continue;
        char *m = xasprintf("%s:%d: claims %s, but no check of its expert run evidences it", path, sc->line, sc->criteria.v[i]);
        strlist_push(&f->v, m);
        free(m);
      }
    }
  }
  free(expert);
  session_free(&s);
}

static int cmd_check(int argc, char **argv) {
  StrList paths = {0}, files = {0};
  int quiet = 0, json = 0;
  for (int i = 0; i < argc; i++) {
    if (strcmp(argv[i], "--quiet") == 0) quiet = 1;
    else if (strcmp(argv[i], "--json") == 0) json = 1;
    else if (argv[i][0] == '-') {
      strlist_free(&paths);
      return bad_usage("check", "unknown option '%s'", argv[i]);
    } else strlist_push(&paths, argv[i]);
  }
  if (!paths.len) strlist_push(&paths, "scenarios");
  Error err;
  for (size_t i = 0; i < paths.len; i++)
    if (collect(paths.v[i], &files, &err) < 0) {
      strlist_free(&paths), strlist_free(&files);
      return fail(&err);
    }
  Findings f = {0};
  StrList planted = {0};
  int bad = 0;
  size_t nproc = 0, nscen = 0;
  for (size_t i = 0; i < files.len; i++) {
    const char *p = files.v[i];
    if (is_procedure_path(p)) {
      nproc++;
      Procedure *pr = script_load_procedure(p, &err);
      if (!pr) {
        fprintf(stderr, "incidesk: %s\n", err.msg);
        bad++;
        continue;
      }
      procedure_check(pr, &f);
      procedure_free(pr);
    } else {
      nscen++;
      check_scenario(p, &f, &planted, &bad);
    }
  }
  if (json) check_print_json(&f.v, &planted, nproc, nscen);
  else
    for (size_t i = 0; i < f.v.len; i++) printf("%s\n", f.v.v[i]);
  if (!quiet || f.v.len || bad)
    fprintf(stderr, "checked %zu procedure%s and %zu scenario%s: %zu finding%s%s\n", nproc, nproc == 1 ? "" : "s", nscen,
            nscen == 1 ? "" : "s", f.v.len, f.v.len == 1 ? "" : "s",
            bad == 1 ? ", and 1 file does not load (above)" : bad > 1 ? ", and files that do not load (above)" : "");
  int rc = bad ? 2 : f.v.len ? 1 : 0;
  strlist_free(&f.v), strlist_free(&planted), strlist_free(&paths), strlist_free(&files);
  return rc;
}

static int wants_help(int argc, char **argv) {
  for (int i = 0; i < argc; i++)
    if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) return 1;
  return 0;
}

typedef struct Command {
  const char *name;
  int (*fn)(int argc, char **argv);
  const char *usage;
} Command;

static int cmd_version(int argc, char **argv) {
  (void)argc, (void)argv;
  printf("incidesk %s\n", INCIDESK_VERSION);
  return 0;
}

static const char usage_version[] = "usage: incidesk version\n\nPrints the version.\n";
static const char usage_help[] = "usage: incidesk help [COMMAND]\n\nShows the help of a command.\n";
static int cmd_help(int argc, char **argv);

static const Command commands[] = {
    {"run", cmd_run, usage_run},
    {"check", cmd_check, usage_check},
    {"criteria", cmd_criteria, usage_criteria},
    {"new", cmd_new, usage_new},
    {"recover", cmd_recover, usage_recover},
    {"verify", cmd_verify, usage_verify},
    {"export", cmd_export, usage_export},
    {"report", cmd_report, usage_report},
    {"review", cmd_review, usage_review},
    {"assign", cmd_assign, usage_assign},
    {"override", cmd_override, usage_override},
    {"play", cmd_play, usage_play},
    {"desk", cmd_desk, usage_desk},
    {"screenshot", cmd_screenshot, usage_screenshot},
    {"replay", cmd_replay, usage_replay},
    {"help", cmd_help, usage_help},
    {"version", cmd_version, usage_version},
};
#define NCOMMANDS (sizeof commands / sizeof *commands)

static int cmd_help(int argc, char **argv) {
  if (argc == 0) {
    fputs(usage_main, stdout);
    return 0;
  }
  for (size_t i = 0; i < NCOMMANDS; i++)
    if (strcmp(commands[i].name, argv[0]) == 0) {
      fputs(commands[i].usage, stdout);
      return 0;
    }
  fprintf(stderr, "incidesk: help: unknown command '%s'\n", argv[0]);
  return 2;
}

int main(int argc, char **argv) {
  if (argc < 2) return cmd_desk(0, NULL); /* no arguments: the desk's menu */
  if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) return cmd_help(0, NULL);
  if (strcmp(argv[1], "--version") == 0) return cmd_version(0, NULL);
  for (size_t i = 0; i < NCOMMANDS; i++)
    if (strcmp(commands[i].name, argv[1]) == 0) {
      if (wants_help(argc - 2, argv + 2)) {
        fputs(commands[i].usage, stdout);
        return 0;
      }
      return commands[i].fn(argc - 2, argv + 2);
    }
  fprintf(stderr, "incidesk: unknown command '%s' (see incidesk --help)\n", argv[1]);
  return 2;
}
