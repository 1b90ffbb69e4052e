/* scan.c - one record in, the members review needs out; quick verification (seal). */
#include "scan.h"

#include <cJSON.h>
#include <dirent.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "override.h"
#include "record_internal.h"
#include "score.h"

static const char *jstr(const cJSON *o, const char *k) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
  return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int jnum(const cJSON *o, const char *k, double *out) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
  if (!cJSON_IsNumber(v))
    return 0;
  *out = v->valuedouble;
  return 1;
}

static void failed(RecordScan *s, const char *why) {
  s->status = SCAN_FAILED;
  snprintf(s->why, sizeof s->why, "%.500s", why);
}

/* The total for key in v (n of them, room for one more), added if absent. */
static ScanTotal *total_for(ScanTotal *v, size_t *n, const char *key) {
  for (size_t i = 0; i < *n; i++)
    if (strcmp(v[i].key, key) == 0)
      return &v[i];
  v[*n] = (ScanTotal){key, 0, 0, 0};
  return &v[(*n)++];
}

void scan_retotal(RecordScan *s) {
  s->ncriteria = s->ncategories = 0;
  s->points = s->possible = s->critical_failures = 0;
  for (size_t i = 0; i < s->nitems; i++) {
    const ScanItem *it = &s->items[i];
    ScanTotal *c = total_for(s->by_criterion, &s->ncriteria, it->criterion);
    ScanTotal *g = total_for(s->by_category, &s->ncategories, it->category);
    c->points += it->points, c->possible += it->possible, c->items++;
    g->points += it->points, g->possible += it->possible, g->items++;
    s->points += it->points, s->possible += it->possible;
    s->critical_failures += strcmp(it->severity, "critical") == 0 && it->points < it->possible;
  }
}

/* After overrides: the score as score.c computes it (one decimal; default levels). */
static void rescore(RecordScan *s) {
  scan_retotal(s);
  double pc = s->possible ? 100.0 * s->points / s->possible : 100.0;
  s->percent = (double)(long)(pc * 10.0 + 0.5) / 10.0;
  s->level = score_level(s->percent);
  s->passed = s->critical_failures == 0 && s->percent >= s->pass_percent;
}

/* "after 22.0 s" -> 22000, or -1. */
static int64_t after_ms(const char *actual) {
  if (!actual || strncmp(actual, "after ", 6) != 0)
    return -1;
  return (int64_t)(strtod(actual + 6, NULL) * 1000.0 + 0.5);
}

static int read_items(RecordScan *s, const cJSON *items) {
  size_t n = (size_t)cJSON_GetArraySize(items);
  s->items = xcalloc(n + 1, sizeof *s->items);
  s->by_criterion = xcalloc(n + 1, sizeof *s->by_criterion);
  s->by_category = xcalloc(n + 1, sizeof *s->by_category);
  const cJSON *it;
  cJSON_ArrayForEach(it, items) {
    ScanItem *x = &s->items[s->nitems];
    double pts, pos;
    x->id = jstr(it, "id"), x->criterion = jstr(it, "criterion"),
    x->category = jstr(it, "category");
    x->check = jstr(it, "check"), x->severity = jstr(it, "severity");
    if (!x->id || !x->criterion || !x->category || !x->check || !x->severity ||
        !jnum(it, "points", &pts) || !jnum(it, "possible", &pos))
      return -1;
    x->points = (int)pts, x->possible = (int)pos;
    s->nitems++;
    const char *actual = jstr(it, "actual");
    double t;
    if (strcmp(x->check, "answer_time") == 0 && actual && strncmp(actual, "answered", 8) == 0 &&
        jnum(it, "t_ms", &t))
      s->answer_ms = (int64_t)t;
    else if (strcmp(x->check, "dispatch_time") == 0)
      s->dispatch_ms = after_ms(actual);
  }
  return 0;
}

/* Fills s from the parsed record; -1 (s->why set) if a member is missing or wrong. */
static int read_members(RecordScan *s, const cJSON *r) {
  const cJSON *sc = cJSON_GetObjectItemCaseSensitive(r, "scenario");
  const cJSON *pr = cJSON_GetObjectItemCaseSensitive(r, "procedure");
  const cJSON *score = cJSON_GetObjectItemCaseSensitive(r, "score");
  const cJSON *items = cJSON_GetObjectItemCaseSensitive(r, "items");
  const cJSON *diff = cJSON_GetObjectItemCaseSensitive(r, "difficulty");
  s->trainee = jstr(r, "trainee"), s->centre = jstr(r, "centre"), s->mode = jstr(r, "mode");
  s->started = jstr(r, "started"), s->ended = jstr(r, "ended");
  s->scenario = jstr(sc, "id"), s->title = jstr(sc, "title"), s->unit = jstr(sc, "level");
  s->procedure = jstr(pr, "id"), s->level = jstr(score, "level");
  double d = 0, pp = 75, pk = -1;
  if (!s->trainee || !s->mode || !s->started || !s->scenario || !s->procedure || !s->level ||
      !cJSON_IsArray(items) || !jnum(score, "percent", &s->percent) ||
      scan_day_number(s->started) < 0) {
    failed(
        s,
        "not a whole record (trainee, mode, started, scenario, procedure, score or items missing)");
    return -1;
  }
  if (!s->title)
    s->title = s->scenario;
  if (!s->unit)
    s->unit = "";
  jnum(sc, "difficulty", &d);
  jnum(score, "pass_percent", &pp);
  jnum(diff, "caller_peak_agitation", &pk);
  s->difficulty = (int)d, s->pass_percent = pp, s->peak_agitation = (int)pk;
  s->passed = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(score, "passed"));
  if (read_items(s, items) < 0) {
    failed(s, "a scored item lacks id, criterion, category, check, severity, points or possible");
    return -1;
  }
  scan_retotal(s);
  double cf = 0;
  jnum(score, "critical_failures", &cf);
  s->critical_failures = (int)cf;
  return 0;
}

/* The seal: digest always, HMAC with a key. 0, or -1 with s->why. */
static int check_seal(RecordScan *s, const cJSON *r, const ScanOpts *o) {
  s->digest = jstr(r, "digest");
  if (!s->digest) {
    failed(s, "no digest");
    return -1;
  }
  char *d = record_digest_of(r);
  int ok = strcmp(d, s->digest) == 0;
  free(d);
  if (!ok) {
    failed(s, "digest");
    return -1;
  }
  if (!o || !o->key)
    return 0;
  const char *mac = jstr(r, "hmac");
  if (!mac) {
    failed(s, "hmac missing (a key was given)");
    return -1;
  }
  char *want = record_hmac_of(r, o->key, o->key_len);
  ok = strcmp(want, mac) == 0;
  free(want);
  if (!ok)
    failed(s, "hmac");
  return ok ? 0 : -1;
}

/* ---- an arena for the parsed records ----
 * A record parses into thousands of small cJSON nodes; freeing them one by one (and glibc
 * consolidating its free lists when the large buffers go) cost as much as parsing. While a
 * scan parses on a thread, cJSON allocates from that scan's arena (cJSON's hooks, set once
 * before the threads start); a free of arena memory is nothing, and the whole arena goes at
 * scan_free. Outside a scan cJSON allocates as before. */

#define ARENA_BLOCK (256 * 1024)

typedef struct Block {
  struct Block *next;
  size_t used, cap;
  max_align_t data[]; /* cap bytes */
} Block;

typedef struct Arena {
  Block *blocks;
} Arena;

static _Thread_local Arena *arena_now;

static void *arena_alloc(size_t n) {
  Arena *a = arena_now;
  if (!a)
    return malloc(n);
  n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
  Block *b = a->blocks;
  if (!b || b->used + n > b->cap) {
    size_t cap = n > ARENA_BLOCK ? n : ARENA_BLOCK;
    b = malloc(sizeof *b + cap);
    if (!b)
      return NULL;
    b->next = a->blocks, b->used = 0, b->cap = cap;
    a->blocks = b;
  }
  void *p = (char *)b->data + b->used;
  b->used += n;
  return p;
}

static void arena_release(void *p) {
  for (Block *b = arena_now ? arena_now->blocks : NULL; b; b = b->next)
    if ((char *)p >= (char *)b->data && (char *)p < (char *)b->data + b->cap)
      return; /* goes with the arena */
  free(p);
}

static void arena_free_all(Arena *a) {
  while (a && a->blocks) {
    Block *b = a->blocks;
    a->blocks = b->next;
    free(b);
  }
  free(a);
}

static pthread_once_t hooks_once = PTHREAD_ONCE_INIT;
static void set_hooks(void) {
  cJSON_Hooks h = {arena_alloc, arena_release};
  cJSON_InitHooks(&h);
}

/* The file's bytes in one allocation and one read (file_read_all grows a buffer chunk by
 * chunk; review reads tens of thousands of files). NULL if it cannot be read. */
static char *read_whole(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  struct stat st;
  if (!f)
    return NULL;
  if (fstat(fileno(f), &st) != 0 || st.st_size < 0) {
    fclose(f);
    return NULL;
  }
  size_t n = (size_t)st.st_size;
  char *text = xmalloc(n + 1);
  size_t got = fread(text, 1, n, f);
  int bad = ferror(f) || got != n;
  fclose(f);
  if (bad) {
    free(text);
    return NULL;
  }
  text[n] = 0;
  *len = n;
  return text;
}

static void scan_parsed(RecordScan *s, cJSON *r, const ScanOpts *o);

void scan_record(const char *path, const ScanOpts *o, RecordScan *s) {
  memset(s, 0, sizeof *s);
  s->path = path;
  s->answer_ms = s->dispatch_ms = -1;
  size_t len;
  char *text = read_whole(path, &len);
  if (!text) {
    failed(s, "cannot read");
    return;
  }
  pthread_once(&hooks_once, set_hooks);
  Arena *a = xcalloc(1, sizeof *a);
  s->arena = a;
  arena_now = a;
  cJSON *r = cJSON_ParseWithLength(text, len);
  free(text);
  s->json = r;
  scan_parsed(s, r, o);
  arena_now = NULL;
}

/* The checks and members of a parsed record (in its arena). */
static void scan_parsed(RecordScan *s, cJSON *r, const ScanOpts *o) {
  if (!cJSON_IsObject(r)) {
    failed(s, "not valid JSON");
    return;
  }
  const char *format = jstr(r, "format");
  if (!str_eq(format, RECORD_FORMAT) && !cJSON_HasObjectItem(r, "digest")) {
    s->status = SCAN_NOT_RECORD;
    snprintf(s->why, sizeof s->why, "not a record");
    return;
  }
  /* who and what, even for a record that fails its checks (an evidence pack lists those) */
  const cJSON *sc = cJSON_GetObjectItemCaseSensitive(r, "scenario");
  s->trainee = jstr(r, "trainee"), s->started = jstr(r, "started"), s->mode = jstr(r, "mode");
  s->scenario = jstr(sc, "id"), s->title = jstr(sc, "title");
  if (check_seal(s, r, o) < 0 || read_members(s, r) < 0)
    return;
  s->status = SCAN_OK;
  if (!o || !o->no_overrides) {
    int n = override_apply_to_scan(s, o ? o->coach_key : NULL, o ? o->coach_key_len : 0);
    s->overrides = n;
    if (n > 0)
      rescore(s);
  }
}

void scan_free(RecordScan *s) {
  if (!s->arena)
    cJSON_Delete(s->json);
  arena_free_all(s->arena); /* the parsed record's nodes with it */
  free(s->items), free(s->by_criterion), free(s->by_category);
  memset(s, 0, sizeof *s);
}

void scan_date(const RecordScan *s, char out[11]) {
  snprintf(out, 11, "%.10s", s->started ? s->started : "");
}

long scan_day_number(const char *iso) {
  int y, m, d;
  if (!iso || strlen(iso) < 10 || sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) != 3 || iso[4] != '-' ||
      iso[7] != '-' || m < 1 || m > 12 || d < 1)
    return -1;
  static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (d > mdays[m - 1] + (m == 2 && leap))
    return -1;
  /* days from civil (H. Hinnant's algorithm) */
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

const char *scan_status(const ScanTotal *t) {
  return t->points >= t->possible ? "met" : t->points > 0 ? "partly met" : "not met";
}

static int ends_with(const char *s, const char *suffix) {
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void collect_dir(const char *dir, StrList *out, int depth) {
  DIR *d = depth < 32 ? opendir(dir) : NULL; /* a bound: a folder linked into itself ends */
  if (!d)
    return;
  StrList names = {0};
  struct dirent *e;
  while ((e = readdir(d)))
    if (e->d_name[0] != '.')
      strlist_push(&names, e->d_name);
  closedir(d);
  if (names.len)
    qsort(names.v, names.len, sizeof *names.v, cmp_str);
  for (size_t i = 0; i < names.len; i++) {
    char *p = xasprintf("%s%s%s", dir, ends_with(dir, "/") ? "" : "/", names.v[i]);
    struct stat st;
    if (stat(p, &st) == 0 && S_ISDIR(st.st_mode))
      collect_dir(p, out, depth + 1);
    else if (ends_with(p, ".json") && !ends_with(p, OVERRIDE_SUFFIX))
      strlist_push(out, p);
    free(p);
  }
  strlist_free(&names);
}

int scan_collect(const char *path, StrList *out, Error *err) {
  struct stat st;
  if (stat(path, &st) != 0)
    return error_set(err, path, 0, "no such file or folder");
  if (S_ISDIR(st.st_mode))
    collect_dir(path, out, 0);
  else
    strlist_push(out, path);
  return 0;
}

/* ---- many records, on several threads ---- */

#define SCAN_BATCH 64

typedef struct Batch {
  const char *const *paths;
  RecordScan *slots;
  size_t n, next;
  const ScanOpts *o;
  pthread_mutex_t lock;
} Batch;

static void *scan_worker(void *arg) {
  Batch *b = arg;
  for (;;) {
    pthread_mutex_lock(&b->lock);
    size_t i = b->next++;
    pthread_mutex_unlock(&b->lock);
    if (i >= b->n)
      return NULL;
    scan_record(b->paths[i], b->o, &b->slots[i]);
  }
}

int scan_jobs(void) {
  const char *env = getenv("INCIDESK_JOBS");
  long n = env ? strtol(env, NULL, 10) : sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > 8 ? 8 : (int)n;
}

void scan_many(const char *const *paths, size_t n, const ScanOpts *o, int jobs,
               void (*fold)(void *ud, RecordScan *s), void *ud) {
  RecordScan *slots = xcalloc(SCAN_BATCH, sizeof *slots);
  pthread_t tid[8];
  if (jobs > 8)
    jobs = 8;
  for (size_t at = 0; at < n; at += SCAN_BATCH) {
    Batch b = {paths + at, slots, n - at < SCAN_BATCH ? n - at : SCAN_BATCH,
               0,          o,     PTHREAD_MUTEX_INITIALIZER};
    int started = 0;
    for (int t = 1; t < jobs && (size_t)t < b.n; t++)
      started += pthread_create(&tid[started], NULL, scan_worker, &b) == 0;
    scan_worker(&b);
    for (int t = 0; t < started; t++)
      pthread_join(tid[t], NULL);
    for (size_t i = 0; i < b.n; i++) {
      fold(ud, &slots[i]);
      scan_free(&slots[i]);
    }
  }
  free(slots);
}
