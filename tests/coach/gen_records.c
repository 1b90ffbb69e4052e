/* gen_records.c - many session records for review's tests and scripts/bench: shipped
 * scenarios played in-process with varied, seeded actions (the expert or novice file of each
 * scenario, mutated by the trainee's profile), by several trainees over months.
 *
 * usage: gen_records OUT_DIR N [--seed S] [--trainees K] [--days D] [--scenarios DIR]
 *                    [--key FILE] [--weak ID=KIND...] [--first F]
 * Writes OUT_DIR/TRAINEE/NNNNNN-SCENARIO.json, numbered from F (default 1; several runs with
 * the same seed and disjoint numbers make one set, as scripts/gen-records does on 2 cores) (plain
 * writes: a generator, not a desk). Each trainee t01..tK has a skill that grows over the days and a
 * weakness or two; t03 always leaves out escalations (it loses CC38-1.7 points). KIND: escalate,
 * brief, advise, log, contact, question, answer_late, dispatch_late. Every record is what `incidesk
 * run` would write for its actions and seed, so `incidesk verify` passes it. Prints one summary
 * line. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "hmac.h"
#include "rng.h"
#include "session.h"

enum {
  W_ESCALATE,
  W_BRIEF,
  W_ADVISE,
  W_LOG,
  W_CONTACT,
  W_QUESTION,
  W_ANSWER_LATE,
  W_DISPATCH_LATE,
  W_COUNT
};
static const char *const weak_names[W_COUNT] = {
    "escalate", "brief", "advise", "log", "contact", "question", "answer_late", "dispatch_late"};

typedef struct Profile {
  char id[16];
  double skill, growth; /* chance of the expert file at day 0, and its rise over the span */
  int weak[W_COUNT];
} Profile;

typedef struct Scen {
  char *path;
  ActionList expert, novice;
} Scen;

static int ends_with(const char *s, const char *suffix) {
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The scenarios of dir with both an expert and a novice file, their actions read. */
static size_t load_scenarios(const char *dir, Scen **out) {
  DIR *d = opendir(dir);
  StrList names = {0};
  struct dirent *e;
  while (d && (e = readdir(d)))
    if (ends_with(e->d_name, ".lua"))
      strlist_push(&names, e->d_name);
  if (d)
    closedir(d);
  if (names.len)
    qsort(names.v, names.len, sizeof *names.v, cmp_str);
  *out = xcalloc(names.len + 1, sizeof **out);
  size_t n = 0;
  for (size_t i = 0; i < names.len; i++) {
    Scen *s = &(*out)[n];
    s->path = xasprintf("%s/%s", dir, names.v[i]);
    size_t len = strlen(s->path) - 4;
    char *ex = xasprintf("%.*s.expert.json", (int)len, s->path),
         *no = xasprintf("%.*s.novice.json", (int)len, s->path);
    Error err;
    if (record_read_actions(ex, &s->expert, &err) == 0 &&
        record_read_actions(no, &s->novice, &err) == 0)
      n++;
    else
      free(s->path), actions_free(&s->expert), actions_free(&s->novice);
    free(ex), free(no);
  }
  strlist_free(&names);
  return n;
}

static int drop_type(const Action *a, ActionType t) { return a->type == t; }

/* The actions a trainee with profile p, at skill k, plays for scenario s. */
static void mutate(const Scen *s, const Profile *p, double k, Rng *r, ActionList *out) {
  const ActionList *base = rng_unit(r) < k ? &s->expert : &s->novice;
  int64_t late =
      p->weak[W_ANSWER_LATE] && rng_unit(r) < 0.8 ? 6000 + (int64_t)(rng_unit(r) * 14000) : 0;
  int64_t slow =
      p->weak[W_DISPATCH_LATE] && rng_unit(r) < 0.8 ? 60000 + (int64_t)(rng_unit(r) * 90000) : 0;
  long noise = rng_unit(r) < (1.0 - k) * 0.6 ? (long)(rng_unit(r) * (double)base->len) : -1;
  int dropped_q = 0;
  for (size_t i = 0; i < base->len; i++) {
    const Action *a = &base->v[i];
    int drop = (p->weak[W_ESCALATE] && drop_type(a, ACT_ESCALATE)) ||
               (p->weak[W_BRIEF] && drop_type(a, ACT_BRIEF)) ||
               (p->weak[W_ADVISE] && drop_type(a, ACT_ADVISE) && rng_unit(r) < 0.7) ||
               (p->weak[W_LOG] && drop_type(a, ACT_LOG) && rng_unit(r) < 0.5) ||
               (p->weak[W_CONTACT] && drop_type(a, ACT_CONTACT));
    if (p->weak[W_QUESTION] && a->type == ACT_ASK && !dropped_q && rng_unit(r) < 0.3)
      drop = dropped_q = 1;
    if ((long)i == noise && a->type != ACT_ANSWER && a->type != ACT_CLOSE &&
        a->type != ACT_KNOWLEDGE)
      drop = 1;
    if (drop)
      continue;
    Action c;
    action_copy(&c, a);
    c.t_ms += late;
    if (slow && a->type == ACT_DISPATCH)
      c.t_ms += slow;
    actions_push(out, &c);
    action_clear(&c);
  }
  actions_sort(out);
  /* nothing after the close but knowledge answers, which take the close's time */
  int64_t close_t = -1;
  for (size_t i = 0; i < out->len; i++)
    if (out->v[i].type == ACT_CLOSE)
      close_t = out->v[i].t_ms;
  for (size_t i = 0; close_t >= 0 && i < out->len; i++)
    if (out->v[i].t_ms > close_t || out->v[i].type == ACT_KNOWLEDGE)
      out->v[i].t_ms = close_t;
  actions_sort(out);
}

static void iso(char *buf, size_t n, time_t t) {
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* Plays one session and writes its record. 0, or -1 with err. */
static int one(const Scen *s, const ActionList *acts, const Profile *p, uint64_t seed, time_t start,
               const char *mode, const uint8_t *key, size_t key_len, const char *path, Error *err) {
  Session ss;
  if (session_load(&ss, s->path, NULL, seed, err) < 0) {
    session_free(&ss);
    return -1;
  }
  for (size_t i = 0; i < acts->len; i++)
    actions_push(&ss.actions, &acts->v[i]);
  int rc = session_play(&ss, err);
  if (rc == 0) {
    char started[32], ended[32];
    iso(started, sizeof started, start);
    iso(ended, sizeof ended, start + 60 + (time_t)(ss.score->end_ms / 1000));
    RecordMeta m = {p->id, "gen-centre", mode, started, ended, seed};
    RecordSeal seal = {key, key_len, 0};
    char *text = record_build_sealed(&m, &seal, ss.proc, ss.sim, ss.score);
    FILE *f = fopen(path, "w");
    if (!f || fputs(text, f) < 0)
      rc = error_set(err, path, 0, "cannot write: %s", strerror(errno));
    if (f && fclose(f) != 0)
      rc = error_set(err, path, 0, "cannot write: %s", strerror(errno));
    free(text);
  }
  session_free(&ss);
  return rc;
}

static void profiles(Profile *p, int k, Rng *r) {
  for (int i = 0; i < k; i++) {
    snprintf(p[i].id, sizeof p[i].id, "t%02d", i + 1);
    p[i].skill = 0.25 + 0.5 * rng_unit(r);
    p[i].growth = 0.35 * rng_unit(r);
    memset(p[i].weak, 0, sizeof p[i].weak);
    p[i].weak[(i * 5 + 1) % W_COUNT] = 1;
    if (rng_unit(r) < 0.5)
      p[i].weak[(i * 3 + 4) % W_COUNT] = 1;
    p[i].weak[W_ESCALATE] = 0;
  }
  if (k >= 3)
    p[2].weak[W_ESCALATE] = 1; /* t03 never escalates */
}

static int set_weak(Profile *p, int k, const char *spec) {
  const char *eq = strchr(spec, '=');
  for (int i = 0; eq && i < k; i++)
    if (strncmp(p[i].id, spec, (size_t)(eq - spec)) == 0 && !p[i].id[eq - spec])
      for (int w = 0; w < W_COUNT; w++)
        if (strcmp(weak_names[w], eq + 1) == 0)
          return p[i].weak[w] = 1, 0;
  return -1;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: gen_records OUT_DIR N [--seed S] [--trainees K] [--days D] "
                    "[--scenarios DIR] [--key FILE] "
                    "[--weak ID=KIND]\n");
    return 2;
  }
  const char *out = argv[1], *dir = "scenarios", *key_file = NULL;
  long n = strtol(argv[2], NULL, 10), days = 180, first = 1;
  int k = 12;
  uint64_t seed = 1;
  for (int i = 3; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--seed") == 0)
      seed = strtoull(argv[i + 1], NULL, 10);
    else if (strcmp(argv[i], "--trainees") == 0)
      k = (int)strtol(argv[i + 1], NULL, 10);
    else if (strcmp(argv[i], "--days") == 0)
      days = strtol(argv[i + 1], NULL, 10);
    else if (strcmp(argv[i], "--scenarios") == 0)
      dir = argv[i + 1];
    else if (strcmp(argv[i], "--key") == 0)
      key_file = argv[i + 1];
    else if (strcmp(argv[i], "--first") == 0)
      first = strtol(argv[i + 1], NULL, 10);
  }
  if (k < 1 || k > 99 || n < 1 || days < 1 || first < 1) {
    fprintf(stderr, "gen_records: N, --days and --first must be positive, --trainees 1 to 99\n");
    return 2;
  }
  Rng rng;
  rng_seed(&rng, seed);
  Profile *p = xcalloc((size_t)k, sizeof *p);
  profiles(p, k, &rng); /* the trainees depend on the seed only; the sessions on --first too */
  rng_seed(&rng, seed * 1000003u + (uint64_t)first);
  for (int i = 3; i + 1 < argc; i += 2)
    if (strcmp(argv[i], "--weak") == 0 && set_weak(p, k, argv[i + 1]) < 0) {
      fprintf(stderr, "gen_records: --weak %s: not ID=KIND of a trainee and a weakness\n",
              argv[i + 1]);
      return 2;
    }
  Error err;
  size_t key_len = 0;
  uint8_t *key = key_file ? hmac_key_read(key_file, &key_len, &err) : NULL;
  if (key_file && !key) {
    fprintf(stderr, "gen_records: %s\n", err.msg);
    return 2;
  }
  Scen *sc;
  size_t ns = load_scenarios(dir, &sc);
  if (!ns) {
    fprintf(stderr, "gen_records: no scenario with expert and novice files in %s\n", dir);
    return 2;
  }
  mkdir(out, 0755);
  for (int i = 0; i < k; i++) {
    char *d = xasprintf("%s/%s", out, p[i].id);
    mkdir(d, 0755);
    free(d);
  }
  const time_t t0 = 1767600000; /* 2026-01-05T08:00:00Z */
  long written = 0, failed = 0;
  for (long r = first - 1; r < first - 1 + n; r++) {
    const Profile *pr = &p[rng_next(&rng) % (uint64_t)k];
    const Scen *s = &sc[rng_next(&rng) % ns];
    long day = (long)(rng_next(&rng) % (uint64_t)days);
    double skill = pr->skill + pr->growth * (double)day / (double)days;
    ActionList acts = {0};
    mutate(s, pr, skill, &rng, &acts);
    const char *name = strrchr(s->path, '/') ? strrchr(s->path, '/') + 1 : s->path;
    char *path =
        xasprintf("%s/%s/%06ld-%.*s.json", out, pr->id, r + 1, (int)(strlen(name) - 4), name);
    time_t start = t0 + day * 86400 + (time_t)(rng_next(&rng) % 36000);
    const char *mode = rng_unit(&rng) < 0.3 ? "assessment" : "practice";
    if (one(s, &acts, pr, rng_next(&rng) % 100000, start, mode, key, key_len, path, &err) == 0)
      written++;
    else
      failed++, fprintf(stderr, "gen_records: %s\n", err.msg);
    actions_free(&acts);
    free(path);
  }
  printf("gen_records: %ld records by %d trainees over %ld days from %zu scenarios in %s%s\n",
         written, k, days, ns, out, failed ? " (some failed, above)" : "");
  for (size_t i = 0; i < ns; i++)
    free(sc[i].path), actions_free(&sc[i].expert), actions_free(&sc[i].novice);
  free(sc), free(p), free(key);
  return failed ? 1 : 0;
}
