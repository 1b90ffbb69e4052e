/* coach_catalog.c - the shipped scenarios as recommendations weigh them, and the review
 * options and record collection that `review` and `assign create --from-review` share. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coach_cmds.h"
#include "hmac.h"
#include "record_cmds.h"
#include "session.h"

typedef struct Entry {
  char *id, *title, *unit;
  int difficulty;
  StrList tags, criteria, keys;
  double *weights;
} Entry;

typedef struct Priv {
  Entry *e;
  CoachScenario *v;
  size_t n;
} Priv;

static int ends_with(const char *s, const char *suffix) {
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The shares of the expert run's points possible per criterion and category. */
static void weigh(Session *s, const char *path, Entry *e) {
  char *expert = xasprintf("%.*s.expert.json", (int)(strlen(path) - 4), path);
  FILE *probe = fopen(expert, "r");
  Error err;
  if (probe && (fclose(probe), 1) && session_read_actions(s, expert, &err) == 0 &&
      session_play(s, &err) == 0 && s->score->possible > 0) {
    const Score *sc = s->score;
    e->weights = xcalloc(sc->ncriteria + sc->ncategories + 1, sizeof *e->weights);
    for (size_t i = 0; i < sc->ncriteria; i++) {
      e->weights[e->keys.len] = (double)sc->by_criterion[i].possible / sc->possible;
      strlist_push(&e->keys, sc->by_criterion[i].key);
    }
    for (size_t i = 0; i < sc->ncategories; i++) {
      e->weights[e->keys.len] = (double)sc->by_category[i].possible / sc->possible;
      strlist_push(&e->keys, sc->by_category[i].key);
    }
  }
  free(expert);
}

static int load_one(const char *path, Entry *e) {
  Session s;
  Error err;
  memset(e, 0, sizeof *e);
  if (session_load(&s, path, NULL, 1, &err) < 0) {
    session_free(&s);
    return -1;
  }
  const Scenario *sc = script_scenario(s.script);
  e->id = xstrdup(sc->id), e->title = xstrdup(sc->title),
  e->unit = xstrdup(sc->level ? sc->level : "");
  e->difficulty = sc->difficulty;
  for (size_t i = 0; i < sc->tags.len; i++)
    strlist_push(&e->tags, sc->tags.v[i]);
  for (size_t i = 0; i < sc->criteria.len; i++)
    strlist_push(&e->criteria, sc->criteria.v[i]);
  weigh(&s, path, e);
  session_free(&s);
  return 0;
}

int coach_catalog_load(const char *dir, CoachCatalogOwned *out, Error *err) {
  memset(out, 0, sizeof *out);
  DIR *d = opendir(dir);
  if (!d)
    return error_set(err, dir, 0, "cannot read the scenarios folder");
  StrList names = {0};
  struct dirent *de;
  while ((de = readdir(d)))
    if (de->d_name[0] != '.' && ends_with(de->d_name, ".lua"))
      strlist_push(&names, de->d_name);
  closedir(d);
  if (names.len)
    qsort(names.v, names.len, sizeof *names.v, cmp_str);
  Priv *p = xcalloc(1, sizeof *p);
  p->e = xcalloc(names.len + 1, sizeof *p->e);
  p->v = xcalloc(names.len + 1, sizeof *p->v);
  for (size_t i = 0; i < names.len; i++) {
    char *path = xasprintf("%s/%s", dir, names.v[i]);
    Entry *e = &p->e[p->n];
    if (load_one(path, e) == 0) {
      p->v[p->n] = (CoachScenario){e->id,
                                   e->title,
                                   e->unit,
                                   e->difficulty,
                                   &e->tags,
                                   &e->criteria,
                                   (const char *const *)e->keys.v,
                                   e->weights,
                                   e->keys.len};
      p->n++;
    }
    free(path);
  }
  strlist_free(&names);
  out->priv = p;
  out->cat = (CoachCatalog){p->v, p->n};
  return 0;
}

void coach_catalog_free(CoachCatalogOwned *c) {
  Priv *p = c->priv;
  for (size_t i = 0; p && i < p->n; i++) {
    Entry *e = &p->e[i];
    free(e->id), free(e->title), free(e->unit), free(e->weights);
    strlist_free(&e->tags), strlist_free(&e->criteria), strlist_free(&e->keys);
  }
  if (p)
    free(p->e), free(p->v), free(p);
  memset(c, 0, sizeof *c);
}

int coach_usage(const char *cmd, const char *fmt, const char *arg) {
  return record_cmd_usage(cmd, fmt, arg);
}

/* ---- review options and the run ---- */

static int is_date(const char *s) { return strlen(s) == 10 && scan_day_number(s) >= 0; }

static int percent_arg(const char *cmd, const char *opt, const char *v, double *out) {
  char *end;
  double d = strtod(v, &end);
  if (*end || !(d >= 0 && d <= 100)) {
    char msg[128];
    snprintf(msg, sizeof msg, "%s must be a percent from 0 to 100, not '%%s'", opt);
    return coach_usage(cmd, msg, v), -1;
  }
  *out = d;
  return 1;
}

int review_parse_option(const char *cmd, int argc, char **argv, int *i, ReviewRun *r) {
  static const char *const valued[] = {"--trainee",   "--from",    "--to",        "--unit",
                                       "--procedure", "--key",     "--root",      "--scenarios",
                                       "--threshold", "--mastery", "--coach-key", NULL};
  const char *a = argv[*i];
  if (strcmp(a, "--full") == 0)
    return r->full = 1;
  if (strcmp(a, "--no-overrides") == 0)
    return r->no_overrides = 1;
  int k = 0;
  while (valued[k] && strcmp(valued[k], a) != 0)
    k++;
  if (!valued[k])
    return 0;
  if (*i + 1 >= argc)
    return coach_usage(cmd, "%s needs a value", a), -1;
  const char *v = argv[++*i];
  ReviewFilter *f = &r->ro.filter;
  switch (k) {
  case 0:
    f->trainee = v;
    break;
  case 1:
  case 2:
    if (!is_date(v))
      return coach_usage(cmd,
                         k == 1 ? "--from must be a date YYYY-MM-DD, not '%s'"
                                : "--to must be a date YYYY-MM-DD, not '%s'",
                         v),
             -1;
    *(k == 1 ? &f->from : &f->to) = v;
    break;
  case 3:
    if (strcmp(v, "CC38") != 0 && strcmp(v, "CC39") != 0)
      return coach_usage(cmd, "--unit must be CC38 or CC39, not '%s'", v), -1;
    f->unit = v;
    break;
  case 4:
    f->procedure = v;
    break;
  case 5:
    r->key_file = v;
    break;
  case 6:
    r->root = v;
    break;
  case 7:
    r->scenarios = v;
    break;
  case 8:
    return percent_arg(cmd, "--threshold", v, &r->ro.threshold);
  case 9:
    return percent_arg(cmd, "--mastery", v, &r->ro.mastery);
  default:
    r->coach_key_file = v;
    break;
  }
  return 1;
}

typedef struct Fold {
  Review *rv;
  ReviewRun *r;
  VerifyOpts vo;
} Fold;

static void fold(void *ud, RecordScan *s) {
  Fold *f = ud;
  if (f->r->full && s->status == SCAN_OK && review_wants(f->rv, s)) {
    VerifyResult vr;
    Error err;
    if (verify_record(s->path, &f->vo, &vr, &err) < 0) {
      s->status = SCAN_FAILED;
      snprintf(s->why, sizeof s->why, "%.500s", err.msg);
    } else {
      if (!vr.ok) {
        s->status = SCAN_FAILED;
        s->why[0] = 0;
        for (size_t k = 0; k < vr.fails.len; k++)
          snprintf(s->why + strlen(s->why), sizeof s->why - strlen(s->why), "%s%s", k ? "; " : "",
                   vr.fails.v[k]);
      }
      verify_result_free(&vr);
    }
  }
  review_add(f->rv, s);
}

int review_run(ReviewRun *r, Review **out, Error *err) {
  *out = NULL;
  StrList files = {0};
  for (size_t i = 0; i < r->inputs.len; i++)
    if (scan_collect(r->inputs.v[i], &files, err) < 0) {
      strlist_free(&files);
      return -1;
    }
  size_t key_len = 0, ckey_len = 0;
  uint8_t *key = NULL, *ckey = NULL;
  const char *ckey_file = r->coach_key_file ? r->coach_key_file : r->key_file;
  if ((r->key_file && !(key = hmac_key_read(r->key_file, &key_len, err))) ||
      (ckey_file && !(ckey = hmac_key_read(ckey_file, &ckey_len, err)))) {
    strlist_free(&files);
    free(key);
    return -1;
  }
  Fold f = {review_new(&r->ro), r, {key, key_len, r->root}};
  ScanOpts so = {key, key_len, ckey, ckey_len, r->no_overrides};
  scan_many((const char *const *)files.v, files.len, &so, scan_jobs(), fold, &f);
  strlist_free(&files);
  free(key), free(ckey);
  *out = f.rv;
  return 0;
}
