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

void actions_sort(ActionList *l) {
  /* Insertion sort: stable, and files are nearly always in order already. */
  for (size_t i = 1; i < l->len; i++) {
    Action a = l->v[i];
    size_t j = i;
    while (j > 0 && l->v[j - 1].t_ms > a.t_ms) {
      l->v[j] = l->v[j - 1];
      j--;
    }
    l->v[j] = a;
  }
}

void actions_free(ActionList *l) {
  for (size_t i = 0; i < l->len; i++) action_clear(&l->v[i]);
  free(l->v);
  memset(l, 0, sizeof *l);
}
