/* record_check.c - reading a record back: its parts, its seal (digest and HMAC) and the
 * comparison with a re-run; actions as single JSON lines. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "record.h"
#include "record_internal.h"

cJSON *record_json_parse(const char *path, const char *text, size_t len, Error *err) {
  if (strlen(text) != len) {
    error_set(err, path, record_line_of_offset(text, text + strlen(text) + 1),
              "not JSON text (it contains a NUL byte)");
    return NULL;
  }
  const char *end = NULL;
  cJSON *root = cJSON_ParseWithOpts(text, &end, 1);
  if (!root) {
    const char *at = end ? end : cJSON_GetErrorPtr();
    error_set(err, path, at ? record_line_of_offset(text, at) : 0, "not valid JSON");
  }
  return root;
}

int record_line_of_key(const char *text, const char *key) {
  char *quoted = xasprintf("\"%s\"", key);
  const char *at = strstr(text, quoted);
  free(quoted);
  return at ? record_line_of_offset(text, at) : 1;
}

int record_action_parse_line(const char *path, int line, const char *text, Action *a, Error *err) {
  cJSON *o = cJSON_Parse(text);
  if (!o)
    return error_set(err, path, line, "not a JSON object (one action a line)");
  int rc = record_action_parse(path, line, o, a, err);
  cJSON_Delete(o);
  return rc;
}

char *record_action_line(const Action *a) {
  cJSON *o = record_action_json(a);
  char *s = cJSON_PrintUnformatted(o);
  cJSON_Delete(o);
  char *out = xstrdup(s);
  cJSON_free(s);
  return out;
}

/* ---- the parts of a record ---- */

static const cJSON *member(const cJSON *o, const char *k) {
  return cJSON_GetObjectItemCaseSensitive(o, k);
}

/* Copies the string member k of o into *out; -1 with err if it is missing (and required) or
 * not a string. */
static int take_str(const char *path, const char *text, const cJSON *o, const char *where,
                    const char *k, int required, char **out, Error *err) {
  const cJSON *v = member(o, k);
  if (!v && !required)
    return 0;
  if (!cJSON_IsString(v))
    return error_set(err, path, record_line_of_key(text, v ? k : where),
                     "the record's \"%s%s%s\" must be a string", where, *where ? "." : "", k);
  *out = xstrdup(v->valuestring);
  return 0;
}

static int take_ref(const char *path, const char *text, const cJSON *root, const char *k,
                    char **file, char **sha, char **id, char **version, Error *err) {
  const cJSON *o = member(root, k);
  if (!cJSON_IsObject(o))
    return error_set(err, path, record_line_of_key(text, k), "the record has no \"%s\" object", k);
  if (take_str(path, text, o, k, "file", 1, file, err) < 0 ||
      take_str(path, text, o, k, "sha256", 1, sha, err) < 0 ||
      take_str(path, text, o, k, "id", 1, id, err) < 0 ||
      take_str(path, text, o, k, "version", 1, version, err) < 0)
    return -1;
  return 0;
}

static int parse_u64(const char *s, uint64_t *out) {
  if (!s || *s < '0' || *s > '9')
    return -1;
  char *end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno || *end)
    return -1;
  *out = (uint64_t)v;
  return 0;
}

int record_info_read(const char *path, const char *text, size_t len, RecordInfo *info, Error *err) {
  memset(info, 0, sizeof *info);
  cJSON *root = record_json_parse(path, text, len, err);
  if (!root)
    return -1;
  int rc = -1;
  const cJSON *fmt = member(root, "format");
  char *seed = NULL;
  if (!cJSON_IsObject(root)) {
    error_set(err, path, 1, "not a record: a JSON object is expected");
    goto done;
  }
  if (!cJSON_IsString(fmt) || strcmp(fmt->valuestring, RECORD_FORMAT) != 0) {
    error_set(err, path, record_line_of_key(text, "format"),
              "not a record: \"format\" must be \"%s\"", RECORD_FORMAT);
    goto done;
  }
  if (take_str(path, text, root, "", "trainee", 1, &info->trainee, err) < 0 ||
      take_str(path, text, root, "", "centre", 0, &info->centre, err) < 0 ||
      take_str(path, text, root, "", "mode", 1, &info->mode, err) < 0 ||
      take_str(path, text, root, "", "started", 1, &info->started, err) < 0 ||
      take_str(path, text, root, "", "ended", 1, &info->ended, err) < 0 ||
      take_str(path, text, root, "", "seed", 1, &seed, err) < 0 ||
      take_str(path, text, root, "", "digest", 1, &info->digest, err) < 0 ||
      take_str(path, text, root, "", "hmac", 0, &info->hmac, err) < 0 ||
      take_ref(path, text, root, "scenario", &info->scenario_file, &info->scenario_sha256,
               &info->scenario_id, &info->scenario_version, err) < 0 ||
      take_ref(path, text, root, "procedure", &info->procedure_file, &info->procedure_sha256,
               &info->procedure_id, &info->procedure_version, err) < 0)
    goto done;
  if (parse_u64(seed, &info->seed) < 0) {
    error_set(err, path, record_line_of_key(text, "seed"),
              "the record's \"seed\" must be a decimal string from 0");
    goto done;
  }
  const cJSON *rec = member(root, "recovered");
  if (rec && !cJSON_IsBool(rec)) {
    error_set(err, path, record_line_of_key(text, "recovered"),
              "the record's \"recovered\" must be true or false");
    goto done;
  }
  info->recovered = cJSON_IsTrue(rec);
  if (!cJSON_IsArray(member(root, "actions"))) {
    error_set(err, path, record_line_of_key(text, "actions"), "the record has no \"actions\" list");
    goto done;
  }
  rc = 0;
done:
  free(seed);
  cJSON_Delete(root);
  if (rc < 0)
    record_info_free(info);
  return rc;
}

void record_info_free(RecordInfo *i) {
  char *all[] = {i->trainee,
                 i->centre,
                 i->mode,
                 i->started,
                 i->ended,
                 i->scenario_file,
                 i->scenario_sha256,
                 i->scenario_id,
                 i->scenario_version,
                 i->procedure_file,
                 i->procedure_sha256,
                 i->procedure_id,
                 i->procedure_version,
                 i->digest,
                 i->hmac};
  for (size_t k = 0; k < sizeof all / sizeof *all; k++)
    free(all[k]);
  memset(i, 0, sizeof *i);
}

/* ---- the seal ---- */

int record_seal_check(const char *path, const char *text, size_t len, const uint8_t *key,
                      size_t key_len, SealCheck *out, Error *err) {
  memset(out, 0, sizeof *out);
  cJSON *root = record_json_parse(path, text, len, err);
  if (!root)
    return -1;
  if (!cJSON_IsObject(root)) {
    cJSON_Delete(root);
    return error_set(err, path, 1, "not a record: a JSON object is expected");
  }
  const cJSON *d = member(root, "digest"), *h = member(root, "hmac");
  char *want = record_digest_of(root);
  out->digest_ok = cJSON_IsString(d) && strcmp(d->valuestring, want) == 0;
  free(want);
  out->hmac_present = h != NULL;
  const cJSON *f = member(root, "format");
  out->is_record =
      cJSON_IsString(d) || (cJSON_IsString(f) && strcmp(f->valuestring, RECORD_FORMAT) == 0);
  if (key) {
    char *mac = record_hmac_of(root, key, key_len);
    out->hmac_ok = cJSON_IsString(h) && strcmp(h->valuestring, mac) == 0;
    free(mac);
  }
  cJSON_Delete(root);
  return 0;
}

/* ---- comparing with a re-run ---- */

static const char *const not_decided[] = {"format",    "tool_version", "trainee", "centre",
                                          "mode",      "started",      "ended",   "seed",
                                          "recovered", "digest",       "hmac"};

static int skipped_top(const char *k) {
  for (size_t i = 0; i < sizeof not_decided / sizeof *not_decided; i++)
    if (strcmp(k, not_decided[i]) == 0)
      return 1;
  return 0;
}

static int same_canon(const cJSON *a, const cJSON *b) {
  Buf x = {0}, y = {0};
  record_canon(&x, a);
  record_canon(&y, b);
  int same = x.len == y.len && memcmp(x.data, y.data, x.len) == 0;
  buf_free(&x), buf_free(&y);
  return same;
}

/* The path of the first difference between a and b under path into where; 1 if any. */
static int diff(const cJSON *a, const cJSON *b, const char *path, char *where, size_t n) {
  if (same_canon(a, b))
    return 0;
  if (cJSON_IsObject(a) && cJSON_IsObject(b)) {
    for (const cJSON *c = a->child; c; c = c->next) {
      char *p = xasprintf("%s.%s", path, c->string);
      int skip = strcmp(p, "scenario.file") == 0 || strcmp(p, "procedure.file") == 0;
      const cJSON *o = member(b, c->string);
      int d = skip ? 0 : o ? diff(c, o, p, where, n) : (snprintf(where, n, "%s", p), 1);
      free(p);
      if (d)
        return 1;
    }
    for (const cJSON *c = b->child; c; c = c->next)
      if (!member(a, c->string))
        return snprintf(where, n, "%s.%s", path, c->string), 1;
    return 0; /* only skipped members differ */
  }
  if (cJSON_IsArray(a) && cJSON_IsArray(b)) {
    const cJSON *x = a->child, *y = b->child;
    size_t i = 0;
    for (; x && y; x = x->next, y = y->next, i++) {
      char *p = xasprintf("%s[%zu]", path, i);
      int d = diff(x, y, p, where, n);
      free(p);
      if (d)
        return 1;
    }
    return snprintf(where, n, "%s[%zu]", path, i), 1; /* one is longer */
  }
  snprintf(where, n, "%s", path);
  return 1;
}

int record_compare_rerun(const char *stored, const char *rebuilt, char *where, size_t n) {
  cJSON *a = cJSON_Parse(stored), *b = cJSON_Parse(rebuilt);
  int rc = 0;
  if (!cJSON_IsObject(a) || !cJSON_IsObject(b)) {
    rc = -1;
    goto done;
  }
  for (const cJSON *c = a->child; c && !rc; c = c->next) {
    if (skipped_top(c->string))
      continue;
    const cJSON *o = member(b, c->string);
    if (!o)
      rc = (snprintf(where, n, "%s", c->string), 1);
    else
      rc = diff(c, o, c->string, where, n);
  }
  for (const cJSON *c = b->child; c && !rc; c = c->next)
    if (!skipped_top(c->string) && !member(a, c->string))
      rc = (snprintf(where, n, "%s", c->string), 1);
done:
  cJSON_Delete(a), cJSON_Delete(b);
  return rc;
}
