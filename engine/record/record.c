/* record.c - building a session record, its canonical form and digest, atomic writing. */
#include <cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hmac.h"
#include "criteria.h"
#include "record.h"
#include "record_internal.h"
#include "sha256.h"

static void put_str(cJSON *o, const char *k, const char *v) {
  if (v) cJSON_AddStringToObject(o, k, v);
}

cJSON *record_action_json(const Action *a) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddNumberToObject(o, "t_ms", (double)a->t_ms);
  cJSON_AddStringToObject(o, "type", action_type_name(a->type));
  if (action_arg_key(a->type)) put_str(o, action_arg_key(a->type), a->arg);
  if (action_value_key(a->type)) put_str(o, action_value_key(a->type), a->value);
  if (action_list_key(a->type) && a->list)
    cJSON_AddItemToObject(o, action_list_key(a->type), cJSON_CreateStringArray((const char *const *)a->list, (int)a->nlist));
  put_str(o, "incident", a->incident);
  return o;
}

static cJSON *item_json(const Item *it) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "id", it->id);
  cJSON_AddStringToObject(o, "criterion", it->criterion);
  cJSON_AddStringToObject(o, "category", it->category);
  cJSON_AddStringToObject(o, "check", it->check);
  cJSON_AddStringToObject(o, "expected", it->expected);
  cJSON_AddStringToObject(o, "actual", it->actual);
  cJSON_AddNumberToObject(o, "t_ms", (double)it->t_ms);
  cJSON_AddNumberToObject(o, "points", it->points);
  cJSON_AddNumberToObject(o, "possible", it->possible);
  cJSON_AddStringToObject(o, "severity", severity_name(it->severity));
  cJSON_AddStringToObject(o, "explanation", it->explanation);
  if (it->difficulty) cJSON_AddStringToObject(o, "caller_difficulty", it->difficulty);
  return o;
}

static cJSON *totals_json(const Total *t, size_t n, int criteria) {
  cJSON *o = cJSON_CreateObject();
  for (size_t i = 0; i < n; i++) {
    cJSON *e = cJSON_CreateObject();
    cJSON_AddNumberToObject(e, "points", t[i].points);
    cJSON_AddNumberToObject(e, "possible", t[i].possible);
    cJSON_AddNumberToObject(e, "items", t[i].items);
    if (criteria) {
      cJSON_AddStringToObject(e, "status", score_criterion_status(&t[i]));
      const Criterion *c = criteria_find(t[i].key);
      if (c) cJSON_AddStringToObject(e, "text", c->text);
    }
    cJSON_AddItemToObject(o, t[i].key, e);
  }
  return o;
}

static cJSON *file_ref(const char *id, const char *version, const char *sha, const char *file) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "id", id);
  cJSON_AddStringToObject(o, "version", version);
  cJSON_AddStringToObject(o, "sha256", sha ? sha : "");
  put_str(o, "file", file);
  return o;
}

/* Canonical JSON (docs/record.md): no white space, object members sorted by key (bytewise),
 * strings with only '"', '\\' and control characters escaped (as \u00xx), integers without a
 * fraction, other numbers as %.17g. */
static void canon(Buf *b, const cJSON *j);

/* An integer as its decimal digits (what "%.0f" gives for it), without printf: records are
 * mostly integers, and review digests tens of thousands of them. */
static void canon_int(Buf *b, long long v) {
  char tmp[24];
  size_t n = sizeof tmp;
  unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
  do
    tmp[--n] = (char)('0' + u % 10);
  while (u /= 10);
  if (v < 0) tmp[--n] = '-';
  buf_put(b, tmp + n, sizeof tmp - n);
}

static void canon_str(Buf *b, const char *s) {
  buf_put(b, "\"", 1);
  const unsigned char *run = (const unsigned char *)s, *p = run;
  for (; *p; p++) {
    if (*p != '"' && *p != '\\' && *p >= 0x20) continue;
    buf_put(b, (const char *)run, (size_t)(p - run)); /* the plain bytes before this one */
    if (*p == '"' || *p == '\\') buf_printf(b, "\\%c", *p);
    else buf_printf(b, "\\u%04x", *p);
    run = p + 1;
  }
  buf_put(b, (const char *)run, (size_t)(p - run));
  buf_put(b, "\"", 1);
}

static int key_cmp(const void *a, const void *b) {
  return strcmp((*(const cJSON *const *)a)->string, (*(const cJSON *const *)b)->string);
}

/* An object of these n members, sorted here. */
static void canon_members(Buf *b, const cJSON **kids, size_t n) {
  if (n > 16) {
    qsort(kids, n, sizeof *kids, key_cmp);
  } else { /* insertion sort: objects are small, and often sorted already */
    for (size_t i = 1; i < n; i++)
      for (size_t k = i; k > 0 && strcmp(kids[k - 1]->string, kids[k]->string) > 0; k--) {
        const cJSON *t = kids[k];
        kids[k] = kids[k - 1], kids[k - 1] = t;
      }
  }
  buf_put(b, "{", 1);
  for (size_t i = 0; i < n; i++) {
    if (i) buf_put(b, ",", 1);
    canon_str(b, kids[i]->string);
    buf_put(b, ":", 1);
    canon(b, kids[i]);
  }
  buf_put(b, "}", 1);
}

void record_canon(Buf *b, const cJSON *j) {
  canon(b, j);
}

static void canon(Buf *b, const cJSON *j) {
  if (cJSON_IsObject(j)) {
    size_t n = 0;
    for (const cJSON *c = j->child; c; c = c->next) n++;
    const cJSON *few[32]; /* most objects are small: no allocation for them */
    const cJSON **kids = n <= 32 ? few : xcalloc(n, sizeof *kids);
    n = 0;
    for (const cJSON *c = j->child; c; c = c->next) kids[n++] = c;
    canon_members(b, kids, n);
    if (kids != few) free(kids);
  } else if (cJSON_IsArray(j)) {
    buf_puts(b, "[");
    for (const cJSON *c = j->child; c; c = c->next) {
      if (c != j->child) buf_puts(b, ",");
      canon(b, c);
    }
    buf_puts(b, "]");
  } else if (cJSON_IsString(j)) {
    canon_str(b, j->valuestring);
  } else if (cJSON_IsNumber(j)) {
    double d = j->valuedouble;
    if (floor(d) == d && fabs(d) < 1e15) canon_int(b, (long long)d);
    else buf_printf(b, "%.17g", d);
  } else if (cJSON_IsBool(j)) {
    buf_puts(b, cJSON_IsTrue(j) ? "true" : "false");
  } else {
    buf_puts(b, "null");
  }
}

/* The canonical form of o without its "digest" and "hmac" members: the bytes the digest and
 * the HMAC cover. Caller frees with buf_free. */
static void sealed_bytes(const cJSON *o, Buf *b) {
  if (!cJSON_IsObject(o)) {
    canon(b, o);
    return;
  }
  size_t n = 0;
  for (const cJSON *c = o->child; c; c = c->next) n++;
  const cJSON **kids = xcalloc(n + 1, sizeof *kids);
  n = 0;
  for (const cJSON *c = o->child; c; c = c->next)
    if (strcmp(c->string, "digest") != 0 && strcmp(c->string, "hmac") != 0) kids[n++] = c;
  canon_members(b, kids, n);
  free(kids);
}

char *record_digest_of(const cJSON *o) {
  Buf b = {0};
  sealed_bytes(o, &b);
  char hex[65];
  sha256_hex(b.data ? b.data : "", b.len, hex);
  buf_free(&b);
  return xasprintf("sha256:%s", hex);
}

char *record_hmac_of(const cJSON *o, const uint8_t *key, size_t key_len) {
  Buf b = {0};
  sealed_bytes(o, &b);
  char hex[65];
  hmac_sha256_hex(key, key_len, b.data ? b.data : "", b.len, hex);
  buf_free(&b);
  return xasprintf("hmac-sha256:%s", hex);
}

char *record_digest_text(const char *json, Error *err) {
  cJSON *o = cJSON_Parse(json);
  if (!cJSON_IsObject(o)) {
    cJSON_Delete(o);
    error_set(err, NULL, 0, "not a JSON object");
    return NULL;
  }
  char *d = record_digest_of(o);
  cJSON_Delete(o);
  return d;
}

char *record_build(const RecordMeta *m, const Procedure *p, const Sim *sim, const Score *s) {
  return record_build_sealed(m, NULL, p, sim, s);
}

char *record_build_sealed(const RecordMeta *m, const RecordSeal *seal, const Procedure *p, const Sim *sim,
                          const Score *s) {
  const Scenario *sc = sim_scenario(sim);
  cJSON *r = cJSON_CreateObject();
  cJSON_AddStringToObject(r, "format", RECORD_FORMAT);
  cJSON_AddStringToObject(r, "tool_version", INCIDESK_VERSION);
  cJSON_AddStringToObject(r, "trainee", m->trainee ? m->trainee : "anonymous");
  put_str(r, "centre", m->centre);
  cJSON_AddStringToObject(r, "mode", m->mode ? m->mode : "assessment");
  cJSON_AddStringToObject(r, "started", m->started ? m->started : "");
  cJSON_AddStringToObject(r, "ended", m->ended ? m->ended : "");
  cJSON *scj = file_ref(sc->id, sc->version, sc->sha256, sc->file);
  cJSON_AddStringToObject(scj, "title", sc->title);
  cJSON_AddStringToObject(scj, "level", sc->level);
  cJSON_AddNumberToObject(scj, "difficulty", sc->difficulty);
  cJSON_AddItemToObject(r, "scenario", scj);
  cJSON_AddItemToObject(r, "procedure", file_ref(p->id, p->version, p->sha256, p->file));
  char seed[32];
  snprintf(seed, sizeof seed, "%llu", (unsigned long long)m->seed);
  cJSON_AddStringToObject(r, "seed", seed); /* a string: JSON numbers lose 64-bit precision */
  put_str(r, "outcome", s->outcome);
  cJSON_AddNumberToObject(r, "duration_ms", (double)s->end_ms);
  cJSON *acts = cJSON_AddArrayToObject(r, "actions");
  for (size_t i = 0; i < sim_action_count(sim); i++) cJSON_AddItemToArray(acts, record_action_json(sim_action(sim, i)));
  cJSON *evs = cJSON_AddArrayToObject(r, "events");
  for (size_t i = 0; i < sim_event_count(sim); i++) {
    const SimEvent *e = sim_event(sim, i);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "t_ms", (double)e->t_ms);
    cJSON_AddStringToObject(o, "kind", e->kind);
    put_str(o, "subject", e->subject);
    put_str(o, "text", e->text);
    if (e->action >= 0) cJSON_AddNumberToObject(o, "action", e->action);
    cJSON_AddItemToArray(evs, o);
  }
  cJSON *items = cJSON_AddArrayToObject(r, "items");
  for (size_t i = 0; i < s->nitems; i++) cJSON_AddItemToArray(items, item_json(&s->items[i]));
  cJSON *score = cJSON_AddObjectToObject(r, "score");
  cJSON_AddNumberToObject(score, "percent", s->percent);
  cJSON_AddStringToObject(score, "level", s->level);
  cJSON_AddBoolToObject(score, "passed", s->passed);
  cJSON_AddNumberToObject(score, "critical_failures", s->critical_failures);
  cJSON_AddNumberToObject(score, "points", s->points);
  cJSON_AddNumberToObject(score, "possible", s->possible);
  cJSON_AddNumberToObject(score, "pass_percent", p->pass_percent);
  /* how hard the call was, kept apart from how well the trainee did */
  cJSON *diff = cJSON_AddObjectToObject(r, "difficulty");
  cJSON_AddNumberToObject(diff, "scenario", sc->difficulty);
  cJSON_AddNumberToObject(diff, "caller_peak_agitation", s->caller_peak_agitation);
  cJSON_AddStringToObject(diff, "caller_peak_mood", sim_mood_word(s->caller_peak_agitation));
  cJSON_AddNumberToObject(diff, "caller_non_answers", s->caller_non_answers);
  cJSON_AddItemToObject(r, "by_category", totals_json(s->by_category, s->ncategories, 0));
  cJSON_AddItemToObject(r, "by_criterion", totals_json(s->by_criterion, s->ncriteria, 1));
  if (seal && seal->recovered) cJSON_AddBoolToObject(r, "recovered", 1);
  char *digest = record_digest_of(r);
  cJSON_AddStringToObject(r, "digest", digest);
  free(digest);
  if (seal && seal->key) {
    char *mac = record_hmac_of(r, seal->key, seal->key_len);
    cJSON_AddStringToObject(r, "hmac", mac);
    free(mac);
  }
  char *text = cJSON_Print(r);
  cJSON_Delete(r);
  char *out = xasprintf("%s\n", text);
  cJSON_free(text);
  return out;
}

int record_write_atomic(const char *path, const char *text, Error *err) {
  char *tmp = xasprintf("%s.tmp.XXXXXX", path);
  int fd = mkstemp(tmp);
  if (fd < 0) {
    error_set(err, path, 0, "cannot write: %s", strerror(errno));
    free(tmp);
    return -1;
  }
  size_t len = strlen(text), off = 0;
  int rc = 0;
  while (off < len && rc == 0) {
    ssize_t n = write(fd, text + off, len - off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) rc = -1;
    else off += (size_t)n;
  }
  if (rc == 0 && fsync(fd) != 0) rc = -1;
  int saved = errno;
  if (close(fd) != 0 && rc == 0) rc = -1, saved = errno;
  if (rc == 0) chmod(tmp, 0644); /* mkstemp makes 0600; a record is for reading */
  if (rc == 0 && rename(tmp, path) != 0) rc = -1, saved = errno;
  if (rc < 0) {
    unlink(tmp);
    error_set(err, path, 0, "cannot write: %s", strerror(saved));
  } else {
    const char *slash = strrchr(path, '/');
    char *dir = slash ? xstrndup(path, (size_t)(slash - path) + 1) : xstrdup(".");
    int dfd = open(dir, O_RDONLY);
    if (dfd >= 0) fsync(dfd), close(dfd);
    free(dir);
  }
  free(tmp);
  return rc;
}
