/* xapi.c - xAPI 1.0.3 statements from session records. */
#include "xapi.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "criteria.h"
#include "record.h"
#include "record_internal.h"
#include "sha256.h"
#include "units.h"

#define VERB_BASE "http://adlnet.gov/expapi/verbs/"
#define ACT_TYPE_BASE "http://adlnet.gov/expapi/activities/"
#define LANG "en-GB"

struct XapiBatch {
  char *base, *homepage;
  cJSON *statements; /* array */
};

/* The namespace of our name-based UUIDs (itself derived from "incidesk xAPI namespace"). */
static const uint8_t uuid_ns[16] = {0x67, 0x82, 0x93, 0x59, 0x68, 0xc4, 0x5d, 0xa2,
                                    0xaf, 0x6c, 0x8e, 0x52, 0x3b, 0xbe, 0xdb, 0x4f};

void xapi_uuid(const char *name, char out[37]) {
  Sha256 c;
  uint8_t h[32];
  sha256_init(&c);
  sha256_update(&c, uuid_ns, sizeof uuid_ns);
  sha256_update(&c, name, strlen(name));
  sha256_final(&c, h);
  h[6] = (uint8_t)((h[6] & 0x0f) | 0x50);
  h[8] = (uint8_t)((h[8] & 0x3f) | 0x80);
  static const char hex[] = "0123456789abcdef";
  size_t o = 0;
  for (size_t i = 0; i < 16; i++) {
    if (i == 4 || i == 6 || i == 8 || i == 10)
      out[o++] = '-';
    out[o++] = hex[h[i] >> 4];
    out[o++] = hex[h[i] & 15];
  }
  out[o] = 0;
}

void xapi_duration(long long ms, char *out, size_t n) {
  if (ms < 0)
    ms = 0;
  long long cs = ms / 10, h = cs / 360000, m = cs / 6000 % 60, s = cs / 100 % 60, frac = cs % 100;
  int len = snprintf(out, n, "PT");
  if (h)
    len += snprintf(out + len, n - (size_t)len, "%lldH", h);
  if (m)
    len += snprintf(out + len, n - (size_t)len, "%lldM", m);
  if (s || frac || (!h && !m)) {
    if (frac % 10 == 0 && frac)
      snprintf(out + len, n - (size_t)len, "%lld.%lldS", s, frac / 10);
    else if (frac)
      snprintf(out + len, n - (size_t)len, "%lld.%02lldS", s, frac);
    else
      snprintf(out + len, n - (size_t)len, "%lldS", s);
  }
}

XapiBatch *xapi_batch_new(const XapiOptions *o) {
  XapiBatch *b = xcalloc(1, sizeof *b);
  const char *base = o && o->activity_base ? o->activity_base : XAPI_DEFAULT_BASE;
  size_t n = strlen(base);
  while (n && base[n - 1] == '/')
    n--;
  b->base = xstrndup(base, n);
  b->homepage = o && o->homepage ? xstrdup(o->homepage) : NULL;
  b->statements = cJSON_CreateArray();
  return b;
}

void xapi_batch_free(XapiBatch *b) {
  if (!b)
    return;
  cJSON_Delete(b->statements);
  free(b->base), free(b->homepage), free(b);
}

size_t xapi_batch_count(const XapiBatch *b) { return (size_t)cJSON_GetArraySize(b->statements); }

char *xapi_batch_json(const XapiBatch *b, size_t from, size_t n) {
  cJSON *part = cJSON_CreateArray();
  size_t i = 0;
  for (const cJSON *s = b->statements->child; s; s = s->next, i++)
    if (i >= from && i - from < n)
      cJSON_AddItemToArray(part, cJSON_Duplicate(s, 1));
  char *t = cJSON_Print(part);
  cJSON_Delete(part);
  char *out = xasprintf("%s\n", t);
  cJSON_free(t);
  return out;
}

/* ---- times ---- */

/* Days from 1970-01-01 to a civil date (proleptic Gregorian). */
static long long days_from_civil(long long y, unsigned m, unsigned d) {
  y -= m <= 2;
  long long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = (unsigned)(y - era * 400);
  unsigned doy = (153 * (m + (m > 2 ? (unsigned)-3 : 9)) + 2) / 5 + d - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + (long long)doe - 719468;
}

static void civil_from_days(long long z, int *y, int *m, int *d) {
  z += 719468;
  long long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = (unsigned)(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* "2026-01-01T09:00:00Z" (optionally with a fraction) -> ms since the epoch; -1 if not. */
static long long parse_utc(const char *s) {
  int y, mo, d, h, mi, sec, used = 0;
  if (!s || sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &sec, &used) != 6 ||
      used != 19)
    return -1;
  const char *p = s + used;
  long long ms = 0;
  if (*p == '.') {
    int digits = 0;
    for (p++; *p >= '0' && *p <= '9'; p++, digits++)
      if (digits < 3)
        ms = ms * 10 + (*p - '0');
    for (; digits < 3; digits++)
      ms *= 10;
  }
  if (strcmp(p, "Z") != 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
    return -1;
  long long days = days_from_civil(y, (unsigned)mo, (unsigned)d);
  return ((days * 24 + h) * 60 + mi) * 60000LL + sec * 1000LL + ms;
}

static void format_utc(long long ms, char out[48]) {
  long long secs = ms >= 0 ? ms / 1000 : (ms - 999) / 1000; /* floor */
  long long days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
  int rem = (int)(secs - days * 86400), msec = (int)(ms - secs * 1000);
  int y, m, d;
  civil_from_days(days, &y, &m, &d);
  snprintf(out, 48, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", y, m, d, rem / 3600, rem / 60 % 60,
           rem % 60, msec);
}

/* ---- statement parts ---- */

static cJSON *lang_map(const char *text) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, LANG, text ? text : "");
  return o;
}

/* s with every byte outside the IRI path characters percent-encoded. Caller frees. */
static char *iri_segment(const char *s) {
  Buf b = {0};
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
        strchr("-._~:@", *p))
      buf_put(&b, (const char *)p, 1);
    else
      buf_printf(&b, "%%%02X", *p);
  }
  return b.data ? b.data : xstrdup("");
}

static cJSON *activity(const char *id, const char *name, const char *desc, const char *type) {
  cJSON *a = cJSON_CreateObject();
  cJSON_AddStringToObject(a, "objectType", "Activity");
  cJSON_AddStringToObject(a, "id", id);
  cJSON *def = cJSON_AddObjectToObject(a, "definition");
  cJSON_AddItemToObject(def, "name", lang_map(name));
  if (desc)
    cJSON_AddItemToObject(def, "description", lang_map(desc));
  cJSON_AddStringToObject(def, "type", type);
  return a;
}

static cJSON *verb(const char *name) {
  cJSON *v = cJSON_CreateObject();
  char *id = xasprintf(VERB_BASE "%s", name);
  cJSON_AddStringToObject(v, "id", id);
  free(id);
  cJSON_AddItemToObject(v, "display", lang_map(name));
  return v;
}

static cJSON *score_of(int points, int possible) {
  cJSON *s = cJSON_CreateObject();
  double scaled = (double)points / (double)possible;
  cJSON_AddNumberToObject(s, "scaled", (double)(long long)(scaled * 10000.0 + 0.5) / 10000.0);
  cJSON_AddNumberToObject(s, "raw", points);
  cJSON_AddNumberToObject(s, "min", 0);
  cJSON_AddNumberToObject(s, "max", possible);
  return s;
}

static const cJSON *get(const cJSON *o, const char *k) {
  return cJSON_GetObjectItemCaseSensitive(o, k);
}

static const char *str(const cJSON *o, const char *k) {
  const cJSON *v = get(o, k);
  return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int num(const cJSON *o, const char *k) {
  const cJSON *v = get(o, k);
  return cJSON_IsNumber(v) ? v->valueint : 0;
}

/* What every statement of one record shares. */
typedef struct Ctx {
  const XapiBatch *b;
  const RecordInfo *info;
  const cJSON *rec;
  char *scenario_iri, *homepage, *ext;
  char registration[37];
  long long started_ms;
} Ctx;

static cJSON *actor(const Ctx *c) {
  cJSON *a = cJSON_CreateObject();
  cJSON_AddStringToObject(a, "objectType", "Agent");
  cJSON *acc = cJSON_AddObjectToObject(a, "account");
  cJSON_AddStringToObject(acc, "homePage", c->homepage);
  cJSON_AddStringToObject(acc, "name", c->info->trainee);
  return a;
}

static char *ext_key(const Ctx *c, const char *name) { return xasprintf("%s%s", c->ext, name); }

static void add_ext_str(cJSON *ext, const Ctx *c, const char *name, const char *v) {
  char *k = ext_key(c, name);
  cJSON_AddStringToObject(ext, k, v ? v : "");
  free(k);
}

static void add_ext_num(cJSON *ext, const Ctx *c, const char *name, double v) {
  char *k = ext_key(c, name);
  cJSON_AddNumberToObject(ext, k, v);
  free(k);
}

static cJSON *session_activity(const Ctx *c) {
  const cJSON *sc = get(c->rec, "scenario");
  char *desc = xasprintf("Incident Desk scenario %s version %s (%s, difficulty %d)",
                         c->info->scenario_id, c->info->scenario_version,
                         str(sc, "level") ? str(sc, "level") : "", num(sc, "difficulty"));
  cJSON *a = activity(c->scenario_iri, str(sc, "title") ? str(sc, "title") : c->info->scenario_id,
                      desc, ACT_TYPE_BASE "simulation");
  free(desc);
  return a;
}

static cJSON *procedure_activity(const Ctx *c) {
  char *seg = iri_segment(c->info->procedure_id);
  char *id = xasprintf("%s/procedures/%s", c->b->base, seg);
  char *name =
      xasprintf("Procedure %s version %s", c->info->procedure_id, c->info->procedure_version);
  char *type = xasprintf("%s/activitytypes/procedure", c->b->base);
  cJSON *a =
      activity(id, name, "The organisation's decision tree the session was scored against", type);
  free(type);
  free(seg), free(id), free(name);
  return a;
}

static cJSON *criterion_activity(const Ctx *c, const char *code) {
  const Criterion *cr = criteria_find(code);
  const UnitInfo *u = unit_find(code);
  char *seg = iri_segment(code);
  char *id = xasprintf("%s/criteria/%s", c->b->base, seg);
  char *name = u ? xasprintf("%s %s", code, u->title) : xstrdup(code);
  cJSON *a = activity(id, name, cr ? cr->text : NULL, ACT_TYPE_BASE "objective");
  free(seg), free(id), free(name);
  return a;
}

/* The context of a statement; criterion is the item's, or NULL for the session's (which
 * names every criterion the session evidenced). */
static cJSON *context(const Ctx *c, const char *criterion, int parent) {
  cJSON *ctx = cJSON_CreateObject();
  cJSON_AddStringToObject(ctx, "registration", c->registration);
  char *platform =
      xasprintf("Incident Desk %s", str(c->rec, "tool_version") ? str(c->rec, "tool_version") : "");
  cJSON_AddStringToObject(ctx, "platform", platform);
  free(platform);
  cJSON_AddStringToObject(ctx, "language", LANG);
  cJSON_AddStringToObject(ctx, "revision", c->info->scenario_version);
  cJSON *ca = cJSON_AddObjectToObject(ctx, "contextActivities");
  if (parent)
    cJSON_AddItemToArray(cJSON_AddArrayToObject(ca, "parent"), session_activity(c));
  cJSON_AddItemToArray(cJSON_AddArrayToObject(ca, "grouping"), procedure_activity(c));
  cJSON *cat = cJSON_AddArrayToObject(ca, "category");
  if (criterion) {
    cJSON_AddItemToArray(cat, criterion_activity(c, criterion));
  } else {
    const cJSON *bc = get(c->rec, "by_criterion");
    for (const cJSON *k = bc ? bc->child : NULL; k; k = k->next)
      cJSON_AddItemToArray(cat, criterion_activity(c, k->string));
  }
  cJSON *ext = cJSON_AddObjectToObject(ctx, "extensions");
  if (criterion)
    add_ext_str(ext, c, "criterion", criterion);
  add_ext_str(ext, c, "record-digest", c->info->digest);
  add_ext_str(ext, c, "mode", c->info->mode);
  add_ext_str(ext, c, "evidence-type", EVIDENCE_TYPE);
  if (c->info->centre)
    add_ext_str(ext, c, "centre", c->info->centre);
  return ctx;
}

static void statement_id(const Ctx *c, cJSON *st, const char *what) {
  char *name = xasprintf("%s|%s|%s|%s", c->info->digest, c->b->base, c->homepage, what);
  char id[37];
  xapi_uuid(name, id);
  free(name);
  cJSON_AddStringToObject(st, "id", id);
}

static void add_item(const Ctx *c, const cJSON *it, size_t index) {
  const char *id = str(it, "id"), *check = str(it, "check");
  int points = num(it, "points"), possible = num(it, "possible");
  char *what = xasprintf("item/%zu/%s", index, id);
  cJSON *st = cJSON_CreateObject();
  statement_id(c, st, what);
  free(what);
  cJSON_AddItemToObject(st, "actor", actor(c));
  cJSON_AddItemToObject(st, "verb",
                        verb(check && strcmp(check, "knowledge") == 0 ? "answered" : "scored"));
  char *seg = iri_segment(id);
  char *iri = xasprintf("%s/items/%s", c->scenario_iri, seg);
  char *name = xasprintf("%s: %s", c->info->scenario_id, id);
  cJSON *obj = activity(iri, name, str(it, "explanation"), ACT_TYPE_BASE "cmi.interaction");
  free(seg), free(iri), free(name);
  cJSON *def = (cJSON *)get(obj, "definition");
  cJSON_AddStringToObject(def, "interactionType", "other");
  const char *expected = str(it, "expected");
  cJSON_AddItemToObject(def, "correctResponsesPattern", cJSON_CreateStringArray(&expected, 1));
  cJSON_AddItemToObject(st, "object", obj);
  cJSON *res = cJSON_AddObjectToObject(st, "result");
  if (possible > 0)
    cJSON_AddItemToObject(res, "score", score_of(points, possible));
  cJSON_AddBoolToObject(res, "success", points >= possible);
  cJSON_AddStringToObject(res, "response", str(it, "actual") ? str(it, "actual") : "");
  cJSON *ext = cJSON_AddObjectToObject(res, "extensions");
  add_ext_str(ext, c, "severity", str(it, "severity"));
  add_ext_str(ext, c, "category", str(it, "category"));
  add_ext_str(ext, c, "check", check);
  add_ext_num(ext, c, "t-ms", (double)num(it, "t_ms"));
  if (str(it, "caller_difficulty"))
    add_ext_str(ext, c, "caller-difficulty", str(it, "caller_difficulty"));
  cJSON_AddItemToObject(st, "context", context(c, str(it, "criterion"), 1));
  char ts[48];
  format_utc(c->started_ms + num(it, "t_ms"), ts);
  cJSON_AddStringToObject(st, "timestamp", ts);
  cJSON_AddItemToArray(c->b->statements, st);
}

static int closed(const cJSON *rec) {
  const cJSON *evs = get(rec, "events");
  for (const cJSON *e = evs ? evs->child : NULL; e; e = e->next)
    if (str(e, "kind") && strcmp(str(e, "kind"), "closed") == 0)
      return 1;
  return 0;
}

static void add_session(const Ctx *c, long long ended_ms) {
  const cJSON *score = get(c->rec, "score");
  int passed = cJSON_IsTrue(get(score, "passed"));
  cJSON *st = cJSON_CreateObject();
  statement_id(c, st, "session");
  cJSON_AddItemToObject(st, "actor", actor(c));
  cJSON_AddItemToObject(st, "verb", verb(passed ? "passed" : "failed"));
  cJSON_AddItemToObject(st, "object", session_activity(c));
  cJSON *res = cJSON_AddObjectToObject(st, "result");
  int possible = num(score, "possible");
  if (possible > 0)
    cJSON_AddItemToObject(res, "score", score_of(num(score, "points"), possible));
  cJSON_AddBoolToObject(res, "success", passed);
  cJSON_AddBoolToObject(res, "completion", closed(c->rec));
  char dur[48];
  const cJSON *dm = get(c->rec, "duration_ms");
  xapi_duration(cJSON_IsNumber(dm) ? (long long)dm->valuedouble : 0, dur, sizeof dur);
  cJSON_AddStringToObject(res, "duration", dur);
  cJSON *ext = cJSON_AddObjectToObject(res, "extensions");
  add_ext_str(ext, c, "compliance-level", str(score, "level"));
  add_ext_num(ext, c, "percent",
              cJSON_IsNumber(get(score, "percent")) ? get(score, "percent")->valuedouble : 0);
  add_ext_num(ext, c, "critical-failures", (double)num(score, "critical_failures"));
  if (str(c->rec, "outcome"))
    add_ext_str(ext, c, "outcome", str(c->rec, "outcome"));
  cJSON_AddItemToObject(st, "context", context(c, NULL, 0));
  char ts[48];
  format_utc(ended_ms, ts);
  cJSON_AddStringToObject(st, "timestamp", ts);
  cJSON_AddItemToArray(c->b->statements, st);
}

/* What the statements name by it must be there: every item an object with an "id" string,
 * "by_criterion" (if any) an object. A record whose digest matches but whose parts do not
 * (rebuilt by hand, re-digested) is refused rather than exported with holes. */
static int check_shape(const char *path, const char *text, const cJSON *rec, Error *err) {
  size_t i = 0;
  for (const cJSON *it = get(rec, "items")->child; it; it = it->next, i++)
    if (!cJSON_IsObject(it) || !str(it, "id"))
      return error_set(err, path, record_line_of_key(text, "items"),
                       "the record's items[%zu] is not a scored item (no \"id\" string)", i);
  const cJSON *bc = get(rec, "by_criterion");
  if (bc && !cJSON_IsObject(bc))
    return error_set(err, path, record_line_of_key(text, "by_criterion"),
                     "the record's \"by_criterion\" must be an object");
  return 0;
}

int xapi_batch_add(XapiBatch *b, const char *path, const char *text, size_t len, Error *err) {
  RecordInfo info;
  if (record_info_read(path, text, len, &info, err) < 0)
    return -1;
  SealCheck seal;
  cJSON *rec = NULL;
  int rc = -1;
  Ctx c = {b, &info, NULL, NULL, NULL, NULL, "", 0};
  if (record_seal_check(path, text, len, NULL, 0, &seal, err) < 0)
    goto done;
  if (!seal.digest_ok) {
    error_set(err, path, record_line_of_key(text, "digest"),
              "the record's digest does not match its content (see incidesk verify); not exported");
    goto done;
  }
  long long started = parse_utc(info.started), ended = parse_utc(info.ended);
  if (started < 0 || ended < 0) {
    error_set(err, path, record_line_of_key(text, started < 0 ? "started" : "ended"),
              "the record's \"%s\" is not an ISO 8601 UTC time (YYYY-MM-DDThh:mm:ssZ)",
              started < 0 ? "started" : "ended");
    goto done;
  }
  rec = record_json_parse(path, text, len, err);
  const cJSON *items = get(rec, "items");
  if (!cJSON_IsArray(items) || !cJSON_IsObject(get(rec, "score"))) {
    error_set(err, path, record_line_of_key(text, "items"),
              "the record has no \"items\" list or \"score\"");
    goto done;
  }
  if (check_shape(path, text, rec, err) < 0)
    goto done;
  c.rec = rec;
  c.started_ms = started;
  char *seg = iri_segment(info.scenario_id);
  c.scenario_iri = xasprintf("%s/scenarios/%s", b->base, seg);
  free(seg);
  seg = iri_segment(info.centre ? info.centre : "default");
  c.homepage = b->homepage ? xstrdup(b->homepage) : xasprintf("%s/centres/%s", b->base, seg);
  free(seg);
  c.ext = xasprintf("%s/extensions/", b->base);
  char *reg = xasprintf("registration|%s", info.digest);
  xapi_uuid(reg, c.registration);
  free(reg);
  size_t i = 0;
  for (const cJSON *it = items->child; it; it = it->next, i++)
    add_item(&c, it, i);
  add_session(&c, ended);
  rc = 0;
done:
  free(c.scenario_iri), free(c.homepage), free(c.ext);
  cJSON_Delete(rec);
  record_info_free(&info);
  return rc;
}
