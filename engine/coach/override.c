/* override.c - signed addenda of coach overrides: read, check, build, apply, show. */
#include "override.h"

#include <cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "record_internal.h"

char *override_path_for(const char *record_path) {
  size_t n = strlen(record_path);
  if (n > 5 && strcmp(record_path + n - 5, ".json") == 0)
    n -= 5;
  return xasprintf("%.*s%s", (int)n, record_path, OVERRIDE_SUFFIX);
}

static const char *jstr(const cJSON *o, const char *k) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
  return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int jint(const cJSON *o, const char *k, int *out) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
  if (!cJSON_IsNumber(v) || v->valuedouble != (double)(int)v->valuedouble)
    return 0;
  *out = (int)v->valuedouble;
  return 1;
}

/* Line of the n-th (0-based) occurrence of needle in text, or 1. */
static int line_of_nth(const char *text, const char *needle, size_t n) {
  const char *p = text;
  for (size_t i = 0; p && i <= n; i++) {
    p = strstr(p, needle);
    if (p && i < n)
      p++;
  }
  return p ? record_line_of_offset(text, p) : 1;
}

void override_push(Addendum *a, const Override *o) {
  a->v = xrealloc(a->v, (a->len + 1) * sizeof *a->v);
  a->v[a->len++] = (Override){xstrdup(o->item),
                              xstrdup(o->criterion),
                              xstrdup(o->justification),
                              xstrdup(o->coach),
                              xstrdup(o->at),
                              o->was,
                              o->points,
                              o->possible};
}

void override_free(Addendum *a) {
  for (size_t i = 0; i < a->len; i++) {
    Override *o = &a->v[i];
    free(o->item), free(o->criterion), free(o->justification), free(o->coach), free(o->at);
  }
  free(a->v), free(a->record), free(a->record_digest);
  memset(a, 0, sizeof *a);
}

static int read_entry(const char *path, const char *text, size_t i, const cJSON *e, Addendum *out,
                      Error *err) {
  int line = line_of_nth(text, "\"item\"", i);
  Override o = {0};
  o.item = (char *)jstr(e, "item"), o.criterion = (char *)jstr(e, "criterion");
  o.justification = (char *)jstr(e, "justification"), o.coach = (char *)jstr(e, "coach");
  o.at = (char *)jstr(e, "at");
  if (!cJSON_IsObject(e) || !o.item || !o.criterion || !o.justification || !o.coach || !o.at)
    return error_set(err, path, line,
                     "override %zu needs the strings item, criterion, justification, coach and at",
                     i + 1);
  if (!jint(e, "was", &o.was) || !jint(e, "points", &o.points) ||
      !jint(e, "possible", &o.possible) || o.points < 0 || o.points > o.possible)
    return error_set(
        err, path, line,
        "override %zu needs whole numbers was, points and possible, points from 0 to possible",
        i + 1);
  override_push(out, &o);
  return 0;
}

int override_read(const char *path, const uint8_t *key, size_t key_len, Addendum *out, int *seal,
                  Error *err) {
  memset(out, 0, sizeof *out);
  *seal = 0;
  size_t len;
  char *text = file_read_all(path, &len, err);
  if (!text)
    return -1;
  cJSON *r = record_json_parse(path, text, len, err);
  int rc = -1;
  if (!r)
    goto done;
  const cJSON *list = cJSON_GetObjectItemCaseSensitive(r, "overrides");
  if (!cJSON_IsObject(r) || !str_eq(jstr(r, "format"), OVERRIDE_FORMAT)) {
    error_set(err, path, 1, "not an override addendum: \"format\" must be \"%s\"", OVERRIDE_FORMAT);
    goto done;
  }
  if (!jstr(r, "record") || !jstr(r, "record_digest") || !cJSON_IsArray(list)) {
    error_set(err, path, 1,
              "an override addendum needs \"record\", \"record_digest\" and an \"overrides\" list");
    goto done;
  }
  out->record = xstrdup(jstr(r, "record")), out->record_digest = xstrdup(jstr(r, "record_digest"));
  size_t i = 0;
  const cJSON *e;
  cJSON_ArrayForEach(e, list) {
    if (read_entry(path, text, i++, e, out, err) < 0)
      goto done;
  }
  char *d = record_digest_of(r);
  *seal = str_eq(d, jstr(r, "digest"));
  free(d);
  if (*seal && key) {
    char *mac = record_hmac_of(r, key, key_len);
    *seal = str_eq(mac, jstr(r, "hmac"));
    free(mac);
  } else if (!key) {
    *seal = 0;
  }
  rc = 0;
done:
  if (rc < 0)
    override_free(out);
  cJSON_Delete(r);
  free(text);
  return rc;
}

char *override_build(const Addendum *a, const uint8_t *key, size_t key_len) {
  cJSON *r = cJSON_CreateObject();
  cJSON_AddStringToObject(r, "format", OVERRIDE_FORMAT);
  cJSON_AddStringToObject(r, "record", a->record);
  cJSON_AddStringToObject(r, "record_digest", a->record_digest);
  cJSON *list = cJSON_AddArrayToObject(r, "overrides");
  for (size_t i = 0; i < a->len; i++) {
    const Override *o = &a->v[i];
    cJSON *e = cJSON_CreateObject();
    cJSON_AddStringToObject(e, "item", o->item);
    cJSON_AddStringToObject(e, "criterion", o->criterion);
    cJSON_AddNumberToObject(e, "was", o->was);
    cJSON_AddNumberToObject(e, "points", o->points);
    cJSON_AddNumberToObject(e, "possible", o->possible);
    cJSON_AddStringToObject(e, "justification", o->justification);
    cJSON_AddStringToObject(e, "coach", o->coach);
    cJSON_AddStringToObject(e, "at", o->at);
    cJSON_AddItemToArray(list, e);
  }
  char *d = record_digest_of(r);
  cJSON_AddStringToObject(r, "digest", d);
  free(d);
  char *mac = record_hmac_of(r, key, key_len);
  cJSON_AddStringToObject(r, "hmac", mac);
  free(mac);
  char *text = cJSON_Print(r);
  cJSON_Delete(r);
  char *out = xasprintf("%s\n", text);
  cJSON_free(text);
  return out;
}

int override_apply_to_scan(RecordScan *s, const uint8_t *key, size_t key_len) {
  char *path = override_path_for(s->path);
  FILE *probe = fopen(path, "r");
  if (!probe) {
    free(path);
    return 0;
  }
  fclose(probe);
  Addendum a;
  int seal = 0, applied = 0;
  Error err;
  if (override_read(path, key, key_len, &a, &seal, &err) < 0)
    snprintf(s->override_note, sizeof s->override_note, "overrides not applied: %.400s", err.msg);
  else if (!key)
    snprintf(s->override_note, sizeof s->override_note,
             "overrides not applied: no --key to check their seal");
  else if (!seal)
    snprintf(s->override_note, sizeof s->override_note,
             "overrides not applied: their seal does not match (%.400s)", path);
  else if (!str_eq(a.record_digest, s->digest))
    snprintf(s->override_note, sizeof s->override_note,
             "overrides not applied: made for another record (%.400s)", path);
  else
    for (size_t i = 0; i < a.len; i++)
      for (size_t k = 0; k < s->nitems; k++)
        if (strcmp(s->items[k].id, a.v[i].item) == 0 && a.v[i].points <= s->items[k].possible) {
          s->items[k].points = a.v[i].points;
          s->items[k].overridden = 1;
          applied++;
          break;
        }
  override_free(&a);
  free(path);
  return applied;
}

static void esc(Buf *b, const char *s) {
  for (; s && *s; s++) {
    switch (*s) {
    case '<':
      buf_puts(b, "&lt;");
      break;
    case '>':
      buf_puts(b, "&gt;");
      break;
    case '&':
      buf_puts(b, "&amp;");
      break;
    case '"':
      buf_puts(b, "&quot;");
      break;
    default:
      buf_put(b, s, 1);
    }
  }
}

char *override_html(const char *record_path, const char *record_digest, const uint8_t *key,
                    size_t key_len) {
  char *path = override_path_for(record_path);
  FILE *probe = fopen(path, "r");
  if (!probe) {
    free(path);
    return NULL;
  }
  fclose(probe);
  Addendum a;
  int seal = 0;
  Error err;
  Buf b = {0};
  buf_puts(&b, "<div class=\"overrides\"><h2>Coach overrides</h2>\n");
  if (override_read(path, key, key_len, &a, &seal, &err) < 0) {
    buf_puts(&b, "<p class=\"bad\">An addendum is beside this record but cannot be read: ");
    esc(&b, err.msg);
    buf_puts(&b, ". No override applies.</p></div>\n");
    free(path);
    return b.data;
  }
  int mine = str_eq(a.record_digest, record_digest);
  buf_puts(&b, "<p>Addendum <code>");
  esc(&b, path);
  buf_puts(&b, "</code>: ");
  buf_puts(&b, !mine ? "<span class=\"bad\">made for another record (its record digest differs); "
                       "not applied</span>"
               : !key
                   ? "seal not checked (no centre key given); the scores above are the record's own"
               : seal ? "<span class=\"badge ok\">seal verified</span> (HMAC under the centre's "
                        "key); the overrides "
                        "below change the points of these items in review"
                      : "<span class=\"badge bad\">SEAL DOES NOT MATCH</span>: not applied");
  buf_puts(
      &b, ". The record itself is unchanged.</p>\n<table><thead><tr><th>Item</th><th>Criterion</th>"
          "<th>Points</th><th>Justification</th><th>Coach</th><th>When</th></tr></thead><tbody>\n");
  for (size_t i = 0; i < a.len; i++) {
    const Override *o = &a.v[i];
    buf_puts(&b, "<tr><td><code>");
    esc(&b, o->item);
    buf_puts(&b, "</code></td><td>");
    esc(&b, o->criterion);
    buf_printf(&b, "</td><td>%d &rarr; %d of %d</td><td>", o->was, o->points, o->possible);
    esc(&b, o->justification);
    buf_puts(&b, "</td><td>");
    esc(&b, o->coach);
    buf_puts(&b, "</td><td>");
    esc(&b, o->at);
    buf_puts(&b, "</td></tr>\n");
  }
  buf_puts(&b, "</tbody></table></div>\n");
  override_free(&a);
  free(path);
  return b.data;
}
