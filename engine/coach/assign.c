/* assign.c - the assignments file (read with lines for errors, written whole) and progress. */
#include "assign.h"

#include <cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "criteria.h"
#include "record_internal.h"
#include "scan.h"

/* Offsets of the elements of the top-level "assignments" array, up to max (a light scan of
 * the text, so that errors can name the line of the assignment at fault). */
static size_t element_offsets(const char *t, size_t len, size_t *off, size_t max) {
  int depth = 0, in_list = 0;
  size_t n = 0, key_at = 0, key_len = 0;
  for (size_t i = 0; i < len; i++) {
    char c = t[i];
    if (c == '"') {
      size_t s = ++i;
      while (i < len && t[i] != '"')
        i += t[i] == '\\' ? 2 : 1;
      if (depth == 1)
        key_at = s, key_len = i - s;
      if (in_list && depth == 2 && n < max)
        off[n++] = s - 1;
    } else if (c == '{' || c == '[') {
      if (in_list && depth == 2 && n < max)
        off[n++] = i;
      if (depth == 1 && c == '[' && key_len == 11 && strncmp(t + key_at, "assignments", 11) == 0)
        in_list = 1;
      depth++;
    } else if (c == '}' || c == ']') {
      depth--;
      if (depth == 1)
        in_list = 0;
    } else if (in_list && depth == 2 && c != ',' && c != ' ' && c != '\n' && c != '\r' &&
               c != '\t' && n < max) {
      off[n++] = i;
      while (i + 1 < len && t[i + 1] != ',' && t[i + 1] != ']')
        i++;
    }
  }
  return n;
}

typedef struct Ctx {
  const char *path, *text;
  size_t from, to; /* the assignment's text */
  size_t index;
} Ctx;

/* Line of member key inside the assignment, or of the assignment. */
static int line_at(const Ctx *c, const char *key) {
  size_t at = c->from;
  if (key) {
    char q[64];
    snprintf(q, sizeof q, "\"%s\"", key);
    size_t n = strlen(q);
    for (size_t i = c->from; i + n <= c->to; i++)
      if (memcmp(c->text + i, q, n) == 0) {
        at = i;
        break;
      }
  }
  return record_line_of_offset(c->text, c->text + at);
}

static int strs(const Ctx *c, const cJSON *o, const char *one, const char *many, StrList *out,
                Error *err) {
  const cJSON *a = cJSON_GetObjectItemCaseSensitive(o, one),
              *b = cJSON_GetObjectItemCaseSensitive(o, many), *e;
  if (a && b)
    return error_set(err, c->path, line_at(c, many),
                     "assignment %zu: give \"%s\" or \"%s\", not both", c->index, one, many);
  if (a) {
    if (!cJSON_IsString(a) || !a->valuestring[0])
      return error_set(err, c->path, line_at(c, one),
                       "assignment %zu: \"%s\" must be a non-empty string", c->index, one);
    strlist_push(out, a->valuestring);
  }
  if (b) {
    if (!cJSON_IsArray(b))
      return error_set(err, c->path, line_at(c, many),
                       "assignment %zu: \"%s\" must be a list of strings", c->index, many);
    cJSON_ArrayForEach(e, b) {
      if (!cJSON_IsString(e) || !e->valuestring[0])
        return error_set(err, c->path, line_at(c, many),
                         "assignment %zu: \"%s\" must be a list of non-empty strings", c->index,
                         many);
      if (!strlist_has(out, e->valuestring))
        strlist_push(out, e->valuestring);
    }
  }
  return 0;
}

static int opt_str(const Ctx *c, const cJSON *o, const char *key, char **out, Error *err) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  if (!v)
    return 0;
  if (!cJSON_IsString(v))
    return error_set(err, c->path, line_at(c, key), "assignment %zu: \"%s\" must be a string",
                     c->index, key);
  *out = xstrdup(v->valuestring);
  return 0;
}

static const char *const members[] = {
    "id",          "trainee", "trainees", "scenario", "scenarios", "criterion", "mode",
    "min_percent", "due",     "note",     "created",  "by",        "source",    NULL};

static int known_member(const char *k) {
  for (int i = 0; members[i]; i++)
    if (strcmp(members[i], k) == 0)
      return 1;
  return 0;
}

static void assignment_free(Assignment *a) {
  strlist_free(&a->trainees), strlist_free(&a->scenarios);
  free(a->id), free(a->criterion), free(a->mode), free(a->due), free(a->note), free(a->created),
      free(a->by);
  free(a->source);
  memset(a, 0, sizeof *a);
}

/* The checks that need no line: the reader adds the line of the member named in
 * *member. */
static int check(const Assignment *a, const char **member, Error *err) {
  *member = NULL;
  if (!a->trainees.len)
    return *member = "trainees", error_set(err, NULL, 0, "needs \"trainees\" (or \"trainee\")");
  if (!a->scenarios.len && !a->criterion)
    return *member = NULL,
           error_set(err, NULL, 0, "needs \"scenarios\" (or \"scenario\") or a \"criterion\"");
  if (a->criterion && !criteria_find(a->criterion))
    return *member = "criterion",
           error_set(err, NULL, 0, "\"criterion\" '%s' is not a criterion of CC38 or CC39",
                     a->criterion);
  if (a->mode && strcmp(a->mode, "practice") != 0 && strcmp(a->mode, "assessment") != 0)
    return *member = "mode",
           error_set(err, NULL, 0, "\"mode\" must be practice, assessment or any, not '%s'",
                     a->mode);
  if (!(a->min_percent >= 0 && a->min_percent <= 100))
    return *member = "min_percent",
           error_set(err, NULL, 0, "\"min_percent\" must be a number from 0 to 100");
  if (a->due && (strlen(a->due) != 10 || scan_day_number(a->due) < 0))
    return *member = "due",
           error_set(err, NULL, 0, "\"due\" must be a date YYYY-MM-DD, not '%s'", a->due);
  if (a->created && scan_day_number(a->created) < 0)
    return *member = "created",
           error_set(err, NULL, 0, "\"created\" must be an ISO 8601 time, not '%s'", a->created);
  if (a->id && !a->id[0])
    return *member = "id", error_set(err, NULL, 0, "\"id\" must not be empty");
  return 0;
}

int assign_check(const Assignment *a, Error *err) {
  const char *member;
  return check(a, &member, err);
}

static int read_one(const Ctx *c, const cJSON *o, Assignment *a, Error *err) {
  memset(a, 0, sizeof *a);
  a->line = line_at(c, NULL);
  if (!cJSON_IsObject(o))
    return error_set(err, c->path, a->line, "assignment %zu must be an object", c->index);
  for (const cJSON *m = o->child; m; m = m->next)
    if (!known_member(m->string))
      return error_set(err, c->path, line_at(c, m->string), "assignment %zu has no member \"%s\"",
                       c->index, m->string);
  if (strs(c, o, "trainee", "trainees", &a->trainees, err) < 0 ||
      strs(c, o, "scenario", "scenarios", &a->scenarios, err) < 0 ||
      opt_str(c, o, "id", &a->id, err) < 0 || opt_str(c, o, "criterion", &a->criterion, err) < 0 ||
      opt_str(c, o, "mode", &a->mode, err) < 0 || opt_str(c, o, "due", &a->due, err) < 0 ||
      opt_str(c, o, "note", &a->note, err) < 0 || opt_str(c, o, "created", &a->created, err) < 0 ||
      opt_str(c, o, "by", &a->by, err) < 0 || opt_str(c, o, "source", &a->source, err) < 0)
    return -1;
  if (a->mode && strcmp(a->mode, "any") == 0)
    free(a->mode), a->mode = NULL;
  const cJSON *min = cJSON_GetObjectItemCaseSensitive(o, "min_percent");
  if (min && !cJSON_IsNumber(min))
    return error_set(err, c->path, line_at(c, "min_percent"),
                     "assignment %zu: \"min_percent\" must be a number from 0 to 100", c->index);
  a->min_percent = min ? min->valuedouble : 0;
  const char *member;
  Error e2;
  if (check(a, &member, &e2) < 0)
    return error_set(err, c->path, line_at(c, member), "assignment %zu%s%s", c->index,
                     strncmp(e2.msg, "needs", 5) == 0 ? " " : ": ", e2.msg);
  return 0;
}

int assign_parse(const char *path, const char *text, size_t len, AssignFile *out, Error *err) {
  memset(out, 0, sizeof *out);
  cJSON *r = record_json_parse(path, text, len, err);
  if (!r)
    return -1;
  int rc = -1;
  const cJSON *fmt = cJSON_GetObjectItemCaseSensitive(r, "format");
  const cJSON *list = cJSON_GetObjectItemCaseSensitive(r, "assignments");
  if (!cJSON_IsObject(r)) {
    error_set(err, path, 1, "not an assignments file: not a JSON object");
    goto done;
  }
  if (fmt && !(cJSON_IsString(fmt) && strcmp(fmt->valuestring, ASSIGN_FORMAT) == 0)) {
    error_set(err, path, record_line_of_key(text, "format"),
              "not an assignments file: \"format\" must be \"%s\"", ASSIGN_FORMAT);
    goto done;
  }
  for (const cJSON *m = r->child; m; m = m->next)
    if (strcmp(m->string, "format") != 0 && strcmp(m->string, "assignments") != 0) {
      error_set(err, path, record_line_of_key(text, m->string),
                "an assignments file has no member \"%s\"", m->string);
      goto done;
    }
  if (!cJSON_IsArray(list)) {
    error_set(err, path, list ? record_line_of_key(text, "assignments") : 1,
              "\"assignments\" must be a list of assignments");
    goto done;
  }
  size_t n = (size_t)cJSON_GetArraySize(list);
  size_t *off = xcalloc(n + 1, sizeof *off);
  size_t found = element_offsets(text, len, off, n);
  out->v = xcalloc(n + 1, sizeof *out->v);
  const cJSON *o;
  cJSON_ArrayForEach(o, list) {
    size_t i = out->len;
    Ctx c = {path, text, i < found ? off[i] : 0, i + 1 < found ? off[i + 1] : len, i + 1};
    if (read_one(&c, o, &out->v[i], err) < 0) {
      assignment_free(&out->v[i]);
      free(off);
      goto done;
    }
    out->len++;
    for (size_t k = 0; k < i; k++)
      if (out->v[i].id && str_eq(out->v[k].id, out->v[i].id)) {
        error_set(err, path, line_at(&c, "id"),
                  "assignment %zu: id '%s' is used twice (first by assignment %zu)", i + 1,
                  out->v[i].id, k + 1);
        free(off);
        goto done;
      }
  }
  free(off);
  for (size_t i = 0; i < out->len; i++)
    if (!out->v[i].id)
      out->v[i].id = xasprintf("#%zu", i + 1); /* the provisional shape had no ids */
  rc = 0;
done:
  cJSON_Delete(r);
  if (rc < 0)
    assign_file_free(out);
  return rc;
}

int assign_read(const char *path, AssignFile *out, Error *err) {
  memset(out, 0, sizeof *out);
  size_t len;
  char *text = file_read_all(path, &len, err);
  if (!text)
    return -1;
  int rc = assign_parse(path, text, len, out, err);
  free(text);
  return rc;
}

void assign_file_free(AssignFile *f) {
  for (size_t i = 0; i < f->len; i++)
    assignment_free(&f->v[i]);
  free(f->v);
  memset(f, 0, sizeof *f);
}

static void copy_list(StrList *dst, const StrList *src) {
  for (size_t i = 0; i < src->len; i++)
    strlist_push(dst, src->v[i]);
}

void assign_push(AssignFile *f, const Assignment *a) {
  f->v = xrealloc(f->v, (f->len + 1) * sizeof *f->v);
  Assignment *c = &f->v[f->len++];
  memset(c, 0, sizeof *c);
  copy_list(&c->trainees, &a->trainees), copy_list(&c->scenarios, &a->scenarios);
  c->id = xstrdup(a->id), c->criterion = xstrdup(a->criterion), c->mode = xstrdup(a->mode);
  c->min_percent = a->min_percent, c->due = xstrdup(a->due), c->note = xstrdup(a->note);
  c->created = xstrdup(a->created), c->by = xstrdup(a->by), c->source = xstrdup(a->source);
}

char *assign_next_id(const AssignFile *f) {
  long max = 0;
  for (size_t i = 0; i < f->len; i++) {
    const char *id = f->v[i].id;
    char *end;
    if (id && id[0] == 'A' && id[1]) {
      long v = strtol(id + 1, &end, 10);
      if (!*end && v > max)
        max = v;
    }
  }
  return xasprintf("A%ld", max + 1);
}

static void put_list(cJSON *o, const char *key, const StrList *l) {
  cJSON *a = cJSON_AddArrayToObject(o, key);
  for (size_t i = 0; i < l->len; i++)
    cJSON_AddItemToArray(a, cJSON_CreateString(l->v[i]));
}

static void put_opt(cJSON *o, const char *key, const char *v) {
  if (v)
    cJSON_AddStringToObject(o, key, v);
}

char *assign_to_json(const AssignFile *f) {
  cJSON *r = cJSON_CreateObject();
  cJSON_AddStringToObject(r, "format", ASSIGN_FORMAT);
  cJSON *list = cJSON_AddArrayToObject(r, "assignments");
  for (size_t i = 0; i < f->len; i++) {
    const Assignment *a = &f->v[i];
    cJSON *o = cJSON_CreateObject();
    put_opt(o, "id", a->id);
    put_list(o, "trainees", &a->trainees);
    if (a->scenarios.len)
      put_list(o, "scenarios", &a->scenarios);
    put_opt(o, "criterion", a->criterion);
    cJSON_AddStringToObject(o, "mode", a->mode ? a->mode : "any");
    cJSON_AddNumberToObject(o, "min_percent", a->min_percent);
    put_opt(o, "due", a->due), put_opt(o, "note", a->note), put_opt(o, "created", a->created);
    put_opt(o, "by", a->by), put_opt(o, "source", a->source);
    cJSON_AddItemToArray(list, o);
  }
  char *text = cJSON_Print(r);
  cJSON_Delete(r);
  char *out = xasprintf("%s\n", text);
  cJSON_free(text);
  return out;
}

/* 1 if the space-separated list has the word. */
static int has_word(const char *list, const char *w) {
  size_t n = strlen(w);
  for (const char *p = list; p && (p = strstr(p, w)); p += n)
    if ((p == list || p[-1] == ' ') && (p[n] == ' ' || !p[n]))
      return 1;
  return 0;
}

static int counts(const Assignment *a, const char *trainee, const AssignRecord *r) {
  if (!str_eq(r->trainee, trainee) || (a->mode && !str_eq(r->mode, a->mode)))
    return 0;
  if (a->scenarios.len && !strlist_has(&a->scenarios, r->scenario))
    return 0;
  return !a->created || !r->started || strcmp(r->started, a->created) >= 0;
}

void assign_progress(const Assignment *a, const char *trainee, const AssignRecord *r, size_t n,
                     const char *today, AssignProgress *out) {
  memset(out, 0, sizeof *out);
  out->best = -1;
  out->total = a->scenarios.len ? a->scenarios.len : 1;
  for (size_t t = 0; t < out->total; t++) {
    const char *target = a->scenarios.len ? a->scenarios.v[t] : NULL;
    const AssignRecord *first = NULL;
    for (size_t i = 0; i < n; i++) {
      if (!counts(a, trainee, &r[i]) || (target && !str_eq(r[i].scenario, target)))
        continue;
      int ok =
          r[i].percent >= a->min_percent && (!a->criterion || has_word(r[i].met, a->criterion));
      if (ok && (!first || strcmp(r[i].started ? r[i].started : "",
                                  first->started ? first->started : "") < 0))
        first = &r[i];
    }
    if (first) {
      out->done++;
      strlist_push(&out->records, first->path);
      strlist_push(&out->done_targets, target ? target : a->criterion);
    }
  }
  for (size_t i = 0; i < n; i++)
    if (counts(a, trainee, &r[i])) {
      out->attempts++;
      if (r[i].percent > out->best)
        out->best = r[i].percent;
    }
  out->state = out->done == out->total                        ? ASSIGN_DONE
               : a->due && today && strcmp(today, a->due) > 0 ? ASSIGN_OVERDUE
               : out->attempts                                ? ASSIGN_STARTED
                                                              : ASSIGN_NOT_STARTED;
}

void assign_progress_free(AssignProgress *p) {
  strlist_free(&p->records), strlist_free(&p->done_targets);
}

const char *assign_state_name(AssignState s) {
  static const char *const names[] = {"not started", "started", "done", "overdue"};
  return names[s];
}
