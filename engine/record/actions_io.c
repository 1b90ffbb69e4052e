/* actions_io.c - reading actions files (and the actions of records) with line numbers. */
#include <cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "record.h"
#include "record_internal.h"

/* Lines of the elements of the top-level "actions" array, found by a small scan of the
 * raw text (cJSON keeps no positions). */
typedef struct Lines {
  int *v;
  size_t len;
} Lines;

static void scan_action_lines(const char *s, Lines *out) {
  int line = 1, depth = 0, in_actions = 0;
  const char *key = NULL;
  size_t keylen = 0;
  int expect_value_of_key = 0;
  for (const char *p = s; *p; p++) {
    char c = *p;
    if (c == '\n') line++;
    else if (c == '"') {
      if (depth == 2 && in_actions) { /* a string element of the actions array */
        out->v = xrealloc(out->v, (out->len + 1) * sizeof *out->v);
        out->v[out->len++] = line;
      }
      const char *start = ++p;
      while (*p && *p != '"') {
        if (*p == '\\' && p[1]) p++;
        else if (*p == '\n') line++;
        p++;
      }
      if (!*p) return;
      if (depth == 1 && !expect_value_of_key) key = start, keylen = (size_t)(p - start);
    } else if (c == ':') {
      expect_value_of_key = depth == 1;
    } else if (c == '[' || c == '{') {
      if (depth == 1 && c == '[' && expect_value_of_key && keylen == 7 && strncmp(key, "actions", 7) == 0) in_actions = 1;
      else if (depth == 2 && in_actions) {
        out->v = xrealloc(out->v, (out->len + 1) * sizeof *out->v);
        out->v[out->len++] = line;
      }
      depth++;
      expect_value_of_key = 0;
    } else if (c == ']' || c == '}') {
      depth--;
      if (depth == 1) in_actions = 0;
    } else if (c == ',') {
      expect_value_of_key = 0;
    } else if (depth == 2 && in_actions && c != ' ' && c != '\t' && c != '\r') {
      /* a scalar element of the actions array: give it a line too */
      out->v = xrealloc(out->v, (out->len + 1) * sizeof *out->v);
      out->v[out->len++] = line;
      while (p[1] && p[1] != ',' && p[1] != ']' && p[1] != '\n') p++;
    }
  }
}

int record_line_of_offset(const char *s, const char *at) {
  int line = 1;
  for (const char *p = s; p < at && *p; p++) line += *p == '\n';
  return line;
}

int record_action_parse(const char *path, int line, const cJSON *o, Action *a, Error *err) {
  if (!cJSON_IsObject(o)) return error_set(err, path, line, "an action must be an object");
  const cJSON *t = cJSON_GetObjectItemCaseSensitive(o, "t_ms");
  if (!cJSON_IsNumber(t) || t->valuedouble < 0 || t->valuedouble > 1e12 || floor(t->valuedouble) != t->valuedouble)
    return error_set(err, path, line, "action needs \"t_ms\", a whole number of milliseconds from 0");
  const cJSON *ty = cJSON_GetObjectItemCaseSensitive(o, "type");
  if (!cJSON_IsString(ty)) return error_set(err, path, line, "action needs a \"type\" string");
  if (action_type_parse(ty->valuestring, &a->type) < 0) return error_set(err, path, line, "unknown action type '%s'", ty->valuestring);
  a->t_ms = (int64_t)t->valuedouble;
  a->line = line;
  const char *ak = action_arg_key(a->type), *vk = action_value_key(a->type), *lk = action_list_key(a->type);
  for (const cJSON *m = o->child; m; m = m->next) {
    const char *k = m->string;
    if (strcmp(k, "t_ms") == 0 || strcmp(k, "type") == 0 || strcmp(k, "comment") == 0) continue;
    if (strcmp(k, "incident") == 0) {
      if (a->incident) return error_set(err, path, line, "a %s action has \"%s\" twice", ty->valuestring, k);
      if (!cJSON_IsString(m)) return error_set(err, path, line, "\"incident\" of a %s action must be a string", ty->valuestring);
      a->incident = xstrdup(m->valuestring);
      continue;
    }
    int is_arg = ak && strcmp(k, ak) == 0, is_value = vk && strcmp(k, vk) == 0, is_list = lk && strcmp(k, lk) == 0;
    /* A member given twice is ambiguous (and would leak the first copy). */
    if ((is_arg && a->arg) || (is_value && a->value) || (is_list && a->list))
      return error_set(err, path, line, "a %s action has \"%s\" twice", ty->valuestring, k);
    if (is_arg || is_value) {
      if (!cJSON_IsString(m)) return error_set(err, path, line, "\"%s\" of a %s action must be a string", k, ty->valuestring);
      if (is_arg) a->arg = xstrdup(m->valuestring);
      else a->value = xstrdup(m->valuestring);
    } else if (is_list) {
      if (!cJSON_IsArray(m)) return error_set(err, path, line, "\"%s\" must be a list of ids", k);
      int n = cJSON_GetArraySize(m);
      a->list = xcalloc((size_t)n, sizeof *a->list);
      for (const cJSON *e = m->child; e; e = e->next) {
        if (!cJSON_IsString(e)) return error_set(err, path, line, "\"%s\" must be a list of ids", k);
        a->list[a->nlist++] = xstrdup(e->valuestring);
      }
    } else {
      return error_set(err, path, line, "a %s action has no member \"%s\"", ty->valuestring, k);
    }
  }
  if (action_arg_required(a->type) && !a->arg)
    return error_set(err, path, line, "a %s action needs \"%s\"", ty->valuestring, ak);
  if (a->type == ACT_SAY && !a->arg && !a->value)
    return error_set(err, path, line, "a say action needs \"phrase\" or \"text\"");
  if (a->type == ACT_LOG && !a->value) return error_set(err, path, line, "a log action needs \"value\"");
  if (a->type == ACT_CONTACT && !a->value) return error_set(err, path, line, "a contact action needs \"channel\"");
  if ((a->type == ACT_CORRECT || a->type == ACT_AGREE_AREA || a->type == ACT_AGREE_SUPPORT) && !a->value)
    return error_set(err, path, line, "a %s action needs \"%s\"", ty->valuestring, vk);
  if ((a->type == ACT_REVIEW || a->type == ACT_CORRECT) && !a->incident)
    return error_set(err, path, line, "a %s action needs \"incident\"", ty->valuestring);
  if (a->type == ACT_IMPROVE && !a->list && !a->value)
    return error_set(err, path, line, "an improve action needs \"improvements\" (a list, [] to choose none) or \"text\"");
  if ((a->type == ACT_BRIEF || a->type == ACT_INSTRUCT) && !a->nlist)
    return error_set(err, path, line, "a %s action needs a non-empty \"%s\" list", ty->valuestring, lk);
  return 0;
}

int record_read_actions(const char *path, ActionList *out, Error *err) {
  size_t len;
  char *text = file_read_all(path, &len, err);
  if (!text) return -1;
  int rc = -1;
  Lines lines = {0};
  const char *end = NULL;
  cJSON *root = strlen(text) == len ? cJSON_ParseWithOpts(text, &end, 1) : NULL;
  if (!root) {
    const char *at = end ? end : cJSON_GetErrorPtr();
    if (strlen(text) != len)
      error_set(err, path, record_line_of_offset(text, text + strlen(text) + 1), "not JSON text (it contains a NUL byte)");
    else error_set(err, path, at ? record_line_of_offset(text, at) : 0, "not valid JSON");
    goto done;
  }
  const cJSON *fmt = cJSON_GetObjectItemCaseSensitive(root, "format");
  if (!cJSON_IsObject(root) || !cJSON_IsString(fmt) ||
      (strcmp(fmt->valuestring, ACTIONS_FORMAT) != 0 && strcmp(fmt->valuestring, RECORD_FORMAT) != 0)) {
    error_set(err, path, 1, "not an actions file: \"format\" must be \"%s\" (or \"%s\")", ACTIONS_FORMAT, RECORD_FORMAT);
    goto done;
  }
  const cJSON *acts = cJSON_GetObjectItemCaseSensitive(root, "actions");
  if (!cJSON_IsArray(acts)) {
    error_set(err, path, 1, "\"actions\" must be a list of actions");
    goto done;
  }
  scan_action_lines(text, &lines);
  size_t i = 0;
  for (const cJSON *o = acts->child; o; o = o->next, i++) {
    Action a = {0};
    int line = i < lines.len ? lines.v[i] : 0;
    int bad = record_action_parse(path, line, o, &a, err);
    if (!bad) actions_push(out, &a);
    action_clear(&a);
    if (bad) goto done;
  }
  actions_sort(out);
  rc = 0;
done:
  cJSON_Delete(root);
  free(lines.v);
  free(text);
  return rc;
}

static int known(const ActionList *l, size_t i, const char *path, int ok, const char *what, const char *id, Error *err) {
  if (ok) return 0;
  return error_set(err, path, l->v[i].line, "%s action names unknown %s '%s'", action_type_name(l->v[i].type), what, id);
}

static int has_field(const Procedure *p, const char *id) {
  for (size_t i = 0; i < p->nfields; i++)
    if (strcmp(p->fields[i].id, id) == 0) return 1;
  return 0;
}

static int has_phrase(const Procedure *p, const char *id) {
  for (size_t i = 0; i < p->nphrases; i++)
    if (strcmp(p->phrases[i].id, id) == 0) return 1;
  return 0;
}

static int has_complaint_step(const Procedure *p, const char *id) {
  for (size_t i = 0; i < p->ncomplaint_steps; i++)
    if (strcmp(p->complaint_steps[i].id, id) == 0) return 1;
  return 0;
}

int record_check_actions(const char *path, const ActionList *l, const Procedure *p, const Scenario *sc, Error *err) {
  static const char *const verdicts[] = {"genuine", "hoax", "duplicate", "non_emergency"};
  for (size_t i = 0; i < l->len; i++) {
    const Action *a = &l->v[i];
    const char *id = a->arg;
    int rc = 0;
    if (a->type >= ACT_TAKE && !sc->is_shift)
      return error_set(err, path, a->line, "a %s action belongs to a shift; scenario '%s' is a single call", action_type_name(a->type), sc->id);
    switch (a->type) {
    case ACT_ASK: rc = known(l, i, path, procedure_question(p, id) != NULL, "question", id, err); break;
    case ACT_SAY: rc = id ? known(l, i, path, has_phrase(p, id), "phrase", id, err) : 0; break;
    case ACT_LOG: rc = known(l, i, path, has_field(p, id), "log field", id, err); break;
    case ACT_CLASSIFY: rc = known(l, i, path, named_find(&p->codes, id) != NULL, "code", id, err); break;
    case ACT_PRIORITISE: rc = known(l, i, path, procedure_priority(p, id) != NULL, "priority", id, err); break;
    case ACT_VALIDITY: {
      int ok = 0;
      for (size_t k = 0; k < 4; k++) ok |= strcmp(id, verdicts[k]) == 0;
      rc = known(l, i, path, ok, "verdict", id, err);
      break;
    }
    case ACT_DISPATCH:
    case ACT_STATUS:
    case ACT_STAND_DOWN: rc = known(l, i, path, scenario_unit(sc, id) != NULL, "unit", id, err); break;
    case ACT_BRIEF:
    case ACT_INSTRUCT:
      rc = known(l, i, path, scenario_unit(sc, id) != NULL, "unit", id, err);
      for (size_t k = 0; rc == 0 && k < a->nlist; k++)
        rc = a->type == ACT_BRIEF ? known(l, i, path, named_find(&p->briefing_items, a->list[k]) != NULL, "briefing item", a->list[k], err)
                                  : known(l, i, path, named_find(&p->tasks, a->list[k]) != NULL, "task", a->list[k], err);
      break;
    case ACT_CONTACT: {
      const Organisation *o = procedure_org(p, id);
      rc = known(l, i, path, o != NULL, "organisation", id, err);
      if (rc == 0) rc = known(l, i, path, strlist_has(&o->channels, a->value), "channel", a->value, err);
      break;
    }
    case ACT_ADVISE: rc = known(l, i, path, named_find(&p->advice, id) != NULL, "advice", id, err); break;
    case ACT_ESCALATE: rc = known(l, i, path, named_find(&p->levels, id) != NULL, "escalation level", id, err); break;
    case ACT_COMPLAINT: rc = known(l, i, path, has_complaint_step(p, id), "step", id, err); break;
    case ACT_KNOWLEDGE:
      rc = known(l, i, path, scenario_knowledge(sc, id) != NULL, "question", id, err);
      if (rc == 0 && !a->nlist)
        rc = error_set(err, path, a->line, "a knowledge action needs a non-empty \"answer\" list");
      break;
    case ACT_TAKE: rc = known(l, i, path, scenario_contact_index(sc, id) >= 0, "contact", id, err); break;
    case ACT_CLOSE: rc = id ? known(l, i, path, scenario_contact_index(sc, id) >= 0, "contact", id, err) : 0; break;
    case ACT_TALK:
    case ACT_AGREE_AREA:
    case ACT_AGREE_SUPPORT:
      rc = known(l, i, path, scenario_colleague_index(sc, id) >= 0, "colleague", id, err);
      if (rc == 0 && a->type == ACT_TALK && a->value && strcmp(a->value, "general") != 0)
        rc = known(l, i, path, shift_area_index(a->value) >= 0, "topic", a->value, err);
      if (rc == 0 && a->type == ACT_AGREE_AREA) rc = known(l, i, path, shift_area_index(a->value) >= 0, "area", a->value, err);
      if (rc == 0 && a->type == ACT_AGREE_SUPPORT)
        rc = known(l, i, path, shift_support_index(a->value) >= 0, "type of support", a->value, err);
      break;
    case ACT_CORRECT: {
      const char *v = a->value;
      if (strcmp(id, "priority") == 0) rc = known(l, i, path, procedure_priority(p, v) != NULL, "priority", v, err);
      else if (strcmp(id, "code") == 0) rc = known(l, i, path, named_find(&p->codes, v) != NULL, "code", v, err);
      else if (strcmp(id, "question") == 0) rc = known(l, i, path, procedure_question(p, v) != NULL, "question", v, err);
      else if (strcmp(id, "advice") == 0) rc = known(l, i, path, named_find(&p->advice, v) != NULL, "advice", v, err);
      else if (strcmp(id, "escalation") == 0)
        rc = known(l, i, path, strcmp(v, "none") == 0 || named_find(&p->levels, v) != NULL, "escalation level", v, err);
      else rc = error_set(err, path, a->line, "correct action names unknown decision '%s' (priority, code, question, advice or escalation)", id);
      break;
    }
    case ACT_IMPROVE:
      for (size_t k = 0; rc == 0 && k < a->nlist; k++)
        rc = known(l, i, path, scenario_improvement(sc, a->list[k]) != NULL, "improvement", a->list[k], err);
      break;
    default: break;
    }
    if (rc == 0 && a->incident && !sc->is_shift)
      rc = error_set(err, path, a->line, "\"incident\" belongs to a shift's actions; scenario '%s' is a single call", sc->id);
    if (rc == 0 && a->incident) rc = known(l, i, path, scenario_incident_index(sc, a->incident) >= 0, "incident", a->incident, err);
    if (rc < 0) return -1;
  }
  return 0;
}
