/* scenario.c - small containers and the scenario's destructor and look-ups. */
#include "scenario.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

static size_t kv_find(const KVList *l, const char *key, int *found) {
  size_t lo = 0, hi = l->len;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp(l->v[mid].key, key);
    if (c == 0) {
      *found = 1;
      return mid;
    }
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  *found = 0;
  return lo;
}

const char *kv_get(const KVList *l, const char *key) {
  int found;
  size_t i = kv_find(l, key, &found);
  return found ? l->v[i].value : NULL;
}

void kv_set(KVList *l, const char *key, const char *value) {
  int found;
  size_t i = kv_find(l, key, &found);
  if (found) {
    free(l->v[i].value);
    l->v[i].value = xstrdup(value);
    return;
  }
  l->v = xrealloc(l->v, (l->len + 1) * sizeof *l->v);
  memmove(l->v + i + 1, l->v + i, (l->len - i) * sizeof *l->v);
  l->v[i].key = xstrdup(key);
  l->v[i].value = xstrdup(value);
  l->len++;
}

void kv_free(KVList *l) {
  for (size_t i = 0; i < l->len; i++) {
    free(l->v[i].key);
    free(l->v[i].value);
  }
  free(l->v);
  l->v = NULL;
  l->len = 0;
}

void strlist_push(StrList *l, const char *s) {
  l->v = xrealloc(l->v, (l->len + 1) * sizeof *l->v);
  l->v[l->len++] = xstrdup(s);
}

int strlist_has(const StrList *l, const char *s) {
  for (size_t i = 0; i < l->len; i++)
    if (strcmp(l->v[i], s) == 0) return 1;
  return 0;
}

void strlist_free(StrList *l) {
  for (size_t i = 0; i < l->len; i++) free(l->v[i]);
  free(l->v);
  l->v = NULL;
  l->len = 0;
}

static const char *const status_names[] = {"available", "dispatched", "en_route",
                                           "on_scene",  "returning",  "unavailable"};

const char *unit_status_name(UnitStatus s) {
  return status_names[s];
}

int unit_status_parse(const char *name, UnitStatus *out) {
  for (size_t i = 0; i < sizeof status_names / sizeof *status_names; i++)
    if (strcmp(name, status_names[i]) == 0) {
      *out = (UnitStatus)i;
      return 0;
    }
  return -1;
}

void scenario_free(Scenario *s) {
  if (!s) return;
  free(s->file), free(s->sha256), free(s->id), free(s->version), free(s->title);
  free(s->procedure), free(s->level), free(s->summary);
  strlist_free(&s->criteria), strlist_free(&s->tags);
  for (size_t i = 0; i < s->nplaces; i++) free(s->places[i].id), free(s->places[i].name);
  free(s->places);
  for (size_t i = 0; i < s->nunits; i++) {
    Unit *u = &s->units[i];
    free(u->id), free(u->type), free(u->name), free(u->base), free(u->channel);
  }
  free(s->units);
  Caller *c = &s->caller;
  free(c->name), free(c->kind), free(c->location);
  kv_free(&c->truth), kv_free(&c->told), kv_free(&c->says);
  for (size_t i = 0; i < s->nevents; i++) {
    ScenarioEvent *e = &s->events[i];
    kv_free(&e->facts);
    free(e->say), free(e->unit), free(e->report);
  }
  free(s->events);
  for (size_t i = 0; i < s->nknowledge; i++) {
    Knowledge *k = &s->knowledge[i];
    free(k->id), free(k->criterion), free(k->text), free(k->explain), free(k->order);
    strlist_free(&k->choices), strlist_free(&k->items);
  }
  free(s->knowledge);
  free(s->referral.by), free(s->referral.code), free(s->referral.priority), free(s->referral.note);
  free(s);
}

const Knowledge *scenario_knowledge(const Scenario *s, const char *id) {
  for (size_t i = 0; id && i < s->nknowledge; i++)
    if (strcmp(s->knowledge[i].id, id) == 0) return &s->knowledge[i];
  return NULL;
}

const Place *scenario_place(const Scenario *s, const char *id) {
  for (size_t i = 0; i < s->nplaces; i++)
    if (strcmp(s->places[i].id, id) == 0) return &s->places[i];
  return NULL;
}

int scenario_unit_index(const Scenario *s, const char *id) {
  for (size_t i = 0; i < s->nunits; i++)
    if (strcmp(s->units[i].id, id) == 0) return (int)i;
  return -1;
}

const Unit *scenario_unit(const Scenario *s, const char *id) {
  int i = scenario_unit_index(s, id);
  return i < 0 ? NULL : &s->units[i];
}
