/* action.c - the action table and action lists. */
#include "action.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/* The one table of action types and the JSON members of their arguments. */
static const struct {
  const char *name, *arg, *value, *list;
  int arg_required;
} table[ACT_COUNT] = {
    [ACT_ANSWER] = {"answer", NULL, NULL, NULL, 0},
    [ACT_ASK] = {"ask", "question", NULL, NULL, 1},
    [ACT_SAY] = {"say", "phrase", "text", NULL, 0},
    [ACT_LOG] = {"log", "field", "value", NULL, 1},
    [ACT_CLASSIFY] = {"classify", "code", NULL, NULL, 1},
    [ACT_PRIORITISE] = {"prioritise", "priority", NULL, NULL, 1},
    [ACT_VALIDITY] = {"validity", "verdict", NULL, NULL, 1},
    [ACT_DISPATCH] = {"dispatch", "unit", NULL, NULL, 1},
    [ACT_BRIEF] = {"brief", "unit", NULL, "items", 1},
    [ACT_INSTRUCT] = {"instruct", "unit", NULL, "tasks", 1},
    [ACT_STATUS] = {"status", "unit", NULL, NULL, 1},
    [ACT_STAND_DOWN] = {"stand_down", "unit", NULL, NULL, 1},
    [ACT_CONTACT] = {"contact", "org", "channel", NULL, 1},
    [ACT_ADVISE] = {"advise", "advice", NULL, NULL, 1},
    [ACT_ESCALATE] = {"escalate", "level", NULL, NULL, 1},
    [ACT_COMPLAINT] = {"complaint", "step", NULL, NULL, 1},
    [ACT_KNOWLEDGE] = {"knowledge", "question", NULL, "answer", 1},
    [ACT_CLOSE] = {"close", "contact", NULL, NULL, 0},
    [ACT_TAKE] = {"take", "contact", NULL, NULL, 1},
    [ACT_REVIEW] = {"review", NULL, NULL, NULL, 0},
    [ACT_CORRECT] = {"correct", "decision", "value", NULL, 1},
    [ACT_TALK] = {"talk", "colleague", "topic", NULL, 1},
    [ACT_AGREE_AREA] = {"agree_area", "colleague", "area", NULL, 1},
    [ACT_AGREE_SUPPORT] = {"agree_support", "colleague", "support", NULL, 1},
    [ACT_IMPROVE] = {"improve", NULL, "text", "improvements", 0},
};

const char *action_type_name(ActionType t) {
  return (unsigned)t < ACT_COUNT ? table[t].name : "?";
}

int action_type_parse(const char *name, ActionType *out) {
  for (int i = 0; i < ACT_COUNT; i++)
    if (strcmp(name, table[i].name) == 0) {
      *out = (ActionType)i;
      return 0;
    }
  return -1;
}

const char *action_arg_key(ActionType t) {
  return table[t].arg;
}
const char *action_value_key(ActionType t) {
  return table[t].value;
}
const char *action_list_key(ActionType t) {
  return table[t].list;
}
int action_arg_required(ActionType t) {
  return table[t].arg_required;
}

void action_copy(Action *dst, const Action *src) {
  *dst = *src;
  dst->arg = xstrdup(src->arg);
  dst->value = xstrdup(src->value);
  dst->incident = xstrdup(src->incident);
  dst->list = NULL;
  if (src->list) {
    dst->list = xcalloc(src->nlist, sizeof *dst->list);
    for (size_t i = 0; i < src->nlist; i++) dst->list[i] = xstrdup(src->list[i]);
  }
}

void action_clear(Action *a) {
  free(a->arg);
  free(a->value);
  free(a->incident);
  for (size_t i = 0; i < a->nlist; i++) free(a->list[i]);
  free(a->list);
  memset(a, 0, sizeof *a);
}

void actions_push(ActionList *l, const Action *a) {
  if (l->len == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 16;
    l->v = xrealloc(l->v, l->cap * sizeof *l->v);
  }
  action_copy(&l->v[l->len++], a);
}

/* Stable merge sort by t_ms: ties keep file order. */
static void merge_sort(Action *v, Action *tmp, size_t n) {
  if (n < 2) return;
  size_t h = n / 2;
  merge_sort(v, tmp, h);
  merge_sort(v + h, tmp, n - h);
  if (v[h - 1].t_ms <= v[h].t_ms) return; /* already in order: the usual case */
  size_t i = 0, j = h, k = 0;
  while (i < h && j < n) tmp[k++] = v[j].t_ms < v[i].t_ms ? v[j++] : v[i++];
  while (i < h) tmp[k++] = v[i++];
  while (j < n) tmp[k++] = v[j++];
  memcpy(v, tmp, n * sizeof *v);
}

void actions_sort(ActionList *l) {
  if (l->len < 2) return;
  Action *tmp = xcalloc(l->len, sizeof *tmp);
  merge_sort(l->v, tmp, l->len);
  free(tmp);
}

void actions_free(ActionList *l) {
  for (size_t i = 0; i < l->len; i++) action_clear(&l->v[i]);
  free(l->v);
  memset(l, 0, sizeof *l);
}
