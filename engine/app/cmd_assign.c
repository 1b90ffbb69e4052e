/* cmd_assign.c - `incidesk assign create|list|status`: a coach's assignments file. */
#include <cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "assign.h"
#include "coach_cmds.h"
#include "record_cmds.h"

const char usage_assign[] =
    "usage: incidesk assign create --trainee ID[,ID...] (--scenario ID... | --criterion CODE) "
    "[options]\n"
    "       incidesk assign create --from-review RECORD|DIR... [review options] [options]\n"
    "       incidesk assign list [--trainee ID] [--json] [--file FILE | --records DIR]\n"
    "       incidesk assign status [RECORD|DIR...] [--trainee ID] [--json] [--today DATE]\n"
    "                              [--file FILE | --records DIR]\n"
    "\n"
    "A coach's assignments live in one JSON file, RECORDS/assignments.json by default (the\n"
    "desk shows a trainee theirs, with progress, from there; docs/coaching.md). An\n"
    "assignment names trainees, scenarios or a criterion to practise (any scenario counts),\n"
    "a mode, a minimum score, a due date and a note.\n"
    "\n"
    "create adds one assignment (the file is rewritten atomically; it is made if absent):\n"
    "  --trainee ID[,ID...]   who (repeatable)\n"
    "  --scenario ID          a scenario id (repeatable; checked against --scenarios DIR)\n"
    "  --criterion CODE       a criterion to practise, e.g. CC38-1.7 (with --scenario: the\n"
    "                         criterion must be met in them too)\n"
    "  --mode MODE            practice, assessment or any (default any)\n"
    "  --min PCT              the score a session must reach (default 75)\n"
    "  --due YYYY-MM-DD       the due date\n"
    "  --note TEXT            the coach's note to the trainee\n"
    "  --by ID                the coach\n"
    "  --from-review ...      instead: one assignment per trainee from review's\n"
    "                         recommendations over the records given (every argument that\n"
    "                         is not an option is a RECORD or DIR; review's filters, --key,\n"
    "                         --threshold and --mastery apply); --max N scenarios each\n"
    "                         (default 3); an assignment already there is not repeated\n"
    "list prints the assignments; status says how far each trainee has got, from the records\n"
    "in RECORD|DIR (default: the assignments file's folder; records failing their digest do\n"
    "not count), and which records completed each.\n"
    "\n"
    "options for every form:\n"
    "  --file FILE      the assignments file (default RECORDS/assignments.json)\n"
    "  --records DIR    the records folder (default records)\n"
    "  --scenarios DIR  the shipped scenarios (default scenarios)\n"
    "  --json           list and status: JSON\n"
    "  --today DATE     status: the date that decides overdue (default today, UTC)\n"
    "\n"
    "exit: 0 ok, 2 bad input (a bad assignments file or arguments; nothing written)\n";

typedef struct Opts {
  const char *verb, *file, *records, *scenarios, *today;
  StrList trainees;
  Assignment a;
  int json, from_review, max;
  ReviewRun rr;
  char *file_owned;
} Opts;

static int usage(const char *fmt, const char *arg) { return coach_usage("assign", fmt, arg); }

static void split_push(StrList *l, const char *v) {
  char *copy = xstrdup(v), *save = NULL;
  for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save))
    if (*t && !strlist_has(l, t))
      strlist_push(l, t);
  free(copy);
}

static int set_value(Opts *o, const char *a, const char *v) {
  if (strcmp(a, "--trainee") == 0)
    split_push(&o->trainees, v);
  else if (strcmp(a, "--scenario") == 0)
    split_push(&o->a.scenarios, v);
  else if (strcmp(a, "--criterion") == 0)
    o->a.criterion = (char *)v;
  else if (strcmp(a, "--mode") == 0)
    o->a.mode = strcmp(v, "any") == 0 ? NULL : (char *)v;
  else if (strcmp(a, "--min") == 0) {
    char *end;
    o->a.min_percent = strtod(v, &end);
    if (*end || !(o->a.min_percent >= 0 && o->a.min_percent <= 100))
      return usage("--min must be a percent from 0 to 100, not '%s'", v);
  } else if (strcmp(a, "--due") == 0)
    o->a.due = (char *)v;
  else if (strcmp(a, "--note") == 0)
    o->a.note = (char *)v;
  else if (strcmp(a, "--by") == 0)
    o->a.by = (char *)v;
  else if (strcmp(a, "--file") == 0)
    o->file = v;
  else if (strcmp(a, "--records") == 0)
    o->records = v;
  else if (strcmp(a, "--today") == 0) {
    if (strlen(v) != 10 || scan_day_number(v) < 0)
      return usage("--today must be a date YYYY-MM-DD, not '%s'", v);
    o->today = v;
  } else if (strcmp(a, "--max") == 0) {
    char *end;
    long m = strtol(v, &end, 10);
    if (*end || m < 1 || m > 20)
      return usage("--max must be a whole number from 1 to 20, not '%s'", v);
    o->max = (int)m;
  } else
    return -1;
  return 0;
}

static int parse(int argc, char **argv, Opts *o) {
  static const char *const valued[] = {
      "--trainee", "--scenario", "--criterion", "--mode",  "--min", "--due", "--note",
      "--by",      "--file",     "--records",   "--today", "--max", NULL};
  o->a.min_percent = 75, o->max = 3;
  o->rr.ro.threshold = 80, o->rr.ro.mastery = 85;
  if (argc < 1)
    return usage("%s", "needs create, list or status");
  o->verb = argv[0];
  if (strcmp(o->verb, "create") != 0 && strcmp(o->verb, "list") != 0 &&
      strcmp(o->verb, "status") != 0)
    return usage("needs create, list or status, not '%s'", o->verb);
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--json") == 0) {
      o->json = 1;
      continue;
    }
    if (strcmp(a, "--from-review") == 0) {
      o->from_review = 1;
      continue;
    }
    if (o->from_review && strcmp(a, "--trainee") != 0 && strcmp(a, "--scenarios") != 0) {
      int k = review_parse_option("assign", argc, argv, &i, &o->rr);
      if (k < 0)
        return 2;
      if (k > 0)
        continue;
    }
    if (strcmp(a, "--scenarios") == 0) {
      if (i + 1 >= argc)
        return usage("%s needs a value", a);
      o->scenarios = argv[++i];
      continue;
    }
    int k = 0;
    while (valued[k] && strcmp(valued[k], a) != 0)
      k++;
    if (valued[k]) {
      if (i + 1 >= argc)
        return usage("%s needs a value", a);
      int rc = set_value(o, a, argv[++i]);
      if (rc)
        return rc;
    } else if (a[0] == '-' && a[1])
      return usage("unknown option '%s'", a);
    else
      strlist_push(&o->rr.inputs, a);
  }
  if (strcmp(o->verb, "create") != 0 && o->from_review)
    return usage("%s", "--from-review goes with create");
  if (strcmp(o->verb, "list") == 0 && o->rr.inputs.len)
    return usage("unexpected argument '%s'", o->rr.inputs.v[0]);
  if (!o->file) {
    o->file_owned = xasprintf("%s/assignments.json", o->records ? o->records : "records");
    o->file = o->file_owned;
  }
  return 0;
}

static void today_utc(char *buf, size_t n) {
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(buf, n, "%Y-%m-%d", &tm);
}

static void now_utc(char *buf, size_t n) {
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* Reads the file, or an empty one when it does not exist (for create). */
static int read_file(const char *path, int may_be_absent, AssignFile *f, Error *err) {
  struct stat st;
  if (may_be_absent && stat(path, &st) != 0) {
    memset(f, 0, sizeof *f);
    return 0;
  }
  return assign_read(path, f, err);
}

/* ---- create ---- */

static int check_scenarios(const Opts *o, const StrList *ids, Error *err) {
  const char *dir = o->scenarios ? o->scenarios : "scenarios";
  struct stat st;
  if (stat(dir, &st) != 0)
    return o->scenarios ? error_set(err, dir, 0, "no such folder") : 0;
  for (size_t i = 0; i < ids->len; i++) {
    char *p = xasprintf("%s/%s.lua", dir, ids->v[i]);
    int ok = stat(p, &st) == 0;
    free(p);
    if (!ok)
      return error_set(err, NULL, 0, "assign: no scenario '%s' in %s/ (see incidesk assign --help)",
                       ids->v[i], dir);
  }
  return 0;
}

static void describe(const Assignment *a, char *buf, size_t n) {
  size_t off = (size_t)snprintf(buf, n, "%s: ", a->id);
  for (size_t i = 0; i < a->trainees.len && off < n; i++)
    off += (size_t)snprintf(buf + off, n - off, "%s%s", i ? "," : "", a->trainees.v[i]);
  if (off < n)
    off += (size_t)snprintf(buf + off, n - off, " - ");
  for (size_t i = 0; i < a->scenarios.len && off < n; i++)
    off += (size_t)snprintf(buf + off, n - off, "%s%s", i ? ", " : "", a->scenarios.v[i]);
  if (off < n && a->criterion)
    off += (size_t)snprintf(buf + off, n - off, "%spractise %s", a->scenarios.len ? "; " : "",
                            a->criterion);
  if (off < n)
    snprintf(buf + off, n - off, " (%s, at least %.0f%%%s%s)", a->mode ? a->mode : "any mode",
             a->min_percent, a->due ? ", due " : "", a->due ? a->due : "");
}

static int same(const Assignment *a, const Assignment *b) {
  if (!str_eq(a->criterion, b->criterion) || a->trainees.len != b->trainees.len ||
      a->scenarios.len != b->scenarios.len)
    return 0;
  for (size_t i = 0; i < a->trainees.len; i++)
    if (!strlist_has(&b->trainees, a->trainees.v[i]))
      return 0;
  for (size_t i = 0; i < a->scenarios.len; i++)
    if (!strlist_has(&b->scenarios, a->scenarios.v[i]))
      return 0;
  return 1;
}

static int by_percent(const void *a, const void *b) {
  const Weakness *x = a, *y = b;
  return (x->percent > y->percent) - (x->percent < y->percent);
}

/* The assignments review recommends, appended to f (those already there left out). */
static int from_review(Opts *o, AssignFile *f, size_t *added, Error *err) {
  if (!o->rr.inputs.len)
    return error_set(
        err, NULL, 0,
        "assign: --from-review needs RECORD or DIR arguments (see incidesk assign --help)");
  o->rr.ro.filter.trainee = o->trainees.len == 1 ? o->trainees.v[0] : NULL;
  Review *rv;
  CoachCatalogOwned cat;
  if (review_run(&o->rr, &rv, err) < 0)
    return -1;
  if (coach_catalog_load(o->scenarios ? o->scenarios : "scenarios", &cat, err) < 0) {
    review_free(rv);
    return -1;
  }
  char created[32], today[16];
  now_utc(created, sizeof created);
  today_utc(today, sizeof today);
  ReviewCounts n;
  review_counts(rv, &n);
  for (size_t t = 0; t < review_trainee_count(rv); t++) {
    TraineeAdvice adv;
    review_advise(rv, t, &cat.cat, (size_t)o->max, &adv);
    if (adv.nrecs && (!o->trainees.len || strlist_has(&o->trainees, adv.trainee))) {
      Assignment a = o->a;
      memset(&a.trainees, 0, sizeof a.trainees);
      memset(&a.scenarios, 0, sizeof a.scenarios);
      strlist_push(&a.trainees, adv.trainee);
      for (size_t k = 0; k < adv.nrecs; k++)
        strlist_push(&a.scenarios, adv.recs[k].scenario);
      const Weakness *w = NULL;
      for (size_t k = 0; k < adv.ncriteria; k++)
        if (!w || adv.criteria[k].percent < w->percent)
          w = &adv.criteria[k];
      a.criterion = w ? (char *)w->key : NULL;
      a.min_percent = o->rr.ro.mastery;
      Buf note = {0};
      buf_printf(&note, "From review of %zu records on %s: ", n.reviewed, today);
      qsort(adv.criteria, adv.ncriteria, sizeof *adv.criteria, by_percent);
      for (size_t k = 0; k < adv.ncriteria && k < 4; k++)
        buf_printf(&note, "%s%s %.0f%%", k ? ", " : "weak ", adv.criteria[k].key,
                   adv.criteria[k].percent);
      buf_printf(&note, "%s%s%s", adv.ncriteria > 4 ? " ..." : "", o->a.note ? ". " : "",
                 o->a.note ? o->a.note : "");
      a.note = note.data, a.source = "review", a.created = created;
      int dup = 0;
      for (size_t k = 0; k < f->len && !dup; k++)
        dup = same(&f->v[k], &a);
      if (!dup) {
        a.id = assign_next_id(f);
        assign_push(f, &a);
        free(a.id);
        (*added)++;
      }
      buf_free(&note);
      strlist_free(&a.trainees), strlist_free(&a.scenarios);
    }
    review_advice_free(&adv);
  }
  coach_catalog_free(&cat);
  review_free(rv);
  return 0;
}

static int create(Opts *o, Error *err) {
  AssignFile f;
  if (read_file(o->file, 1, &f, err) < 0)
    return -1;
  size_t before = f.len, added = 0;
  int rc = -1;
  if (o->from_review) {
    if (from_review(o, &f, &added, err) < 0)
      goto done;
  } else {
    if (!o->trainees.len) {
      error_set(err, NULL, 0, "assign: create needs --trainee ID (see incidesk assign --help)");
      goto done;
    }
    if (!o->a.scenarios.len && !o->a.criterion) {
      error_set(
          err, NULL, 0,
          "assign: create needs --scenario ID or --criterion CODE (see incidesk assign --help)");
      goto done;
    }
    char created[32];
    now_utc(created, sizeof created);
    o->a.trainees = o->trainees;
    o->a.created = created;
    o->a.id = assign_next_id(&f);
    Error e2;
    int bad = 0;
    if (assign_check(&o->a, &e2) < 0)
      bad = 1, error_set(err, NULL, 0, "assign: %s (see incidesk assign --help)", e2.msg);
    else if (check_scenarios(o, &o->a.scenarios, err) < 0)
      bad = 1;
    if (!bad)
      assign_push(&f, &o->a), added = 1;
    free(o->a.id);
    memset(&o->a.trainees, 0, sizeof o->a.trainees);
    if (bad)
      goto done;
  }
  char *text = assign_to_json(&f);
  rc = record_write_atomic(o->file, text, err);
  free(text);
  if (rc == 0) {
    char line[1200];
    for (size_t i = before; i < f.len; i++) {
      describe(&f.v[i], line, sizeof line);
      printf("%s\n", line);
    }
    printf("%zu assignment%s added -> %s\n", added, added == 1 ? "" : "s", o->file);
  }
done:
  assign_file_free(&f);
  return rc;
}

/* ---- list and status ---- */

static int for_trainee(const Assignment *a, const Opts *o) {
  for (size_t i = 0; i < o->trainees.len; i++)
    if (strlist_has(&a->trainees, o->trainees.v[i]))
      return 1;
  return !o->trainees.len;
}

static cJSON *list_json(const StrList *l) {
  cJSON *a = cJSON_CreateArray();
  for (size_t i = 0; i < l->len; i++)
    cJSON_AddItemToArray(a, cJSON_CreateString(l->v[i]));
  return a;
}

static int list(Opts *o, Error *err) {
  AssignFile f;
  if (assign_read(o->file, &f, err) < 0)
    return -1;
  if (o->json) {
    char *text = assign_to_json(&f);
    fputs(text, stdout);
    free(text);
  } else {
    char line[1200];
    for (size_t i = 0; i < f.len; i++)
      if (for_trainee(&f.v[i], o)) {
        describe(&f.v[i], line, sizeof line);
        printf("%s\n", line);
        if (f.v[i].note)
          printf("    note: %s\n", f.v[i].note);
      }
  }
  assign_file_free(&f);
  return 0;
}

/* What status needs of the records: folded from scans (digest checked). */
typedef struct Recs {
  AssignRecord *v;
  size_t len, cap;
  StrList strings; /* owned copies */
} Recs;

static const char *keep(Recs *r, const char *s) {
  strlist_push(&r->strings, s ? s : "");
  return r->strings.v[r->strings.len - 1];
}

static void fold(void *ud, RecordScan *s) {
  Recs *r = ud;
  if (s->status != SCAN_OK)
    return;
  if (r->len == r->cap) {
    r->cap = r->cap ? r->cap * 2 : 64;
    r->v = xrealloc(r->v, r->cap * sizeof *r->v);
  }
  Buf met = {0};
  for (size_t i = 0; i < s->ncriteria; i++)
    if (s->by_criterion[i].points >= s->by_criterion[i].possible)
      buf_printf(&met, "%s%s", met.len ? " " : "", s->by_criterion[i].key);
  r->v[r->len++] = (AssignRecord){keep(r, s->path), keep(r, s->trainee), keep(r, s->scenario),
                                  keep(r, s->mode), keep(r, s->started), s->percent,
                                  keep(r, met.data)};
  buf_free(&met);
}

static char *dirname_of(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? xstrndup(path, (size_t)(slash - path)) : xstrdup(".");
}

static void print_progress(const Assignment *a, const char *trainee, const AssignProgress *p) {
  char line[1200];
  describe(a, line, sizeof line);
  printf("%s [%s] %s: %zu of %zu done", a->id, trainee, assign_state_name(p->state), p->done,
         p->total);
  if (p->best >= 0)
    printf(", best %.1f%% in %zu attempt%s", p->best, p->attempts, p->attempts == 1 ? "" : "s");
  printf("\n    %s\n", strchr(line, '-') ? strchr(line, '-') + 2 : line);
  for (size_t i = 0; i < p->records.len; i++)
    printf("    done: %s by %s\n", p->done_targets.v[i], p->records.v[i]);
}

static cJSON *progress_json(const Assignment *a, const char *trainee, const AssignProgress *p) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "id", a->id);
  cJSON_AddStringToObject(o, "trainee", trainee);
  cJSON_AddStringToObject(o, "state", assign_state_name(p->state));
  cJSON_AddNumberToObject(o, "done", (double)p->done);
  cJSON_AddNumberToObject(o, "total", (double)p->total);
  cJSON_AddNumberToObject(o, "attempts", (double)p->attempts);
  if (p->best >= 0)
    cJSON_AddNumberToObject(o, "best_percent", p->best);
  cJSON *d = cJSON_AddArrayToObject(o, "completed_by");
  for (size_t i = 0; i < p->records.len; i++) {
    cJSON *e = cJSON_CreateObject();
    cJSON_AddStringToObject(e, "target", p->done_targets.v[i]);
    cJSON_AddStringToObject(e, "record", p->records.v[i]);
    cJSON_AddItemToArray(d, e);
  }
  cJSON_AddItemToObject(o, "scenarios", list_json(&a->scenarios));
  if (a->criterion)
    cJSON_AddStringToObject(o, "criterion", a->criterion);
  return o;
}

static int status(Opts *o, Error *err) {
  AssignFile f;
  if (assign_read(o->file, &f, err) < 0)
    return -1;
  StrList files = {0};
  if (!o->rr.inputs.len) {
    char *dir = dirname_of(o->file);
    strlist_push(&o->rr.inputs, dir);
    free(dir);
  }
  for (size_t i = 0; i < o->rr.inputs.len; i++)
    if (scan_collect(o->rr.inputs.v[i], &files, err) < 0) {
      strlist_free(&files);
      assign_file_free(&f);
      return -1;
    }
  Recs r = {0};
  ScanOpts so = {NULL, 0, NULL, 0, 1};
  scan_many((const char *const *)files.v, files.len, &so, scan_jobs(), fold, &r);
  char today[16];
  if (o->today)
    snprintf(today, sizeof today, "%s", o->today);
  else
    today_utc(today, sizeof today);
  cJSON *all = cJSON_CreateArray();
  for (size_t i = 0; i < f.len; i++)
    for (size_t t = 0; t < f.v[i].trainees.len; t++) {
      const char *who = f.v[i].trainees.v[t];
      if (o->trainees.len && !strlist_has(&o->trainees, who))
        continue;
      AssignProgress p;
      assign_progress(&f.v[i], who, r.v, r.len, today, &p);
      if (o->json)
        cJSON_AddItemToArray(all, progress_json(&f.v[i], who, &p));
      else
        print_progress(&f.v[i], who, &p);
      assign_progress_free(&p);
    }
  if (o->json) {
    char *text = cJSON_Print(all);
    printf("%s\n", text);
    cJSON_free(text);
  }
  cJSON_Delete(all);
  free(r.v);
  strlist_free(&r.strings), strlist_free(&files);
  assign_file_free(&f);
  return 0;
}

int cmd_assign(int argc, char **argv) {
  Opts o = {0};
  int rc = parse(argc, argv, &o);
  Error err;
  if (rc == 0) {
    int r = strcmp(o.verb, "create") == 0 ? create(&o, &err)
            : strcmp(o.verb, "list") == 0 ? list(&o, &err)
                                          : status(&o, &err);
    if (r < 0)
      rc = record_cmd_fail(&err);
  }
  strlist_free(&o.trainees), strlist_free(&o.a.scenarios), strlist_free(&o.rr.inputs);
  free(o.file_owned);
  return rc;
}
