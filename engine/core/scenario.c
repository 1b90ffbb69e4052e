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

/* One sorted table of (id, position) per kind. */
typedef struct IdPos {
  const char *id;
  int pos;
} IdPos;

enum { IX_PLACE, IX_UNIT, IX_INCIDENT, IX_CONTACT, IX_COLLEAGUE, IX_KINDS };

struct ScenarioIndex {
  IdPos *v[IX_KINDS];
  size_t n[IX_KINDS];
};

static int idpos_cmp(const void *a, const void *b) {
  return strcmp(((const IdPos *)a)->id, ((const IdPos *)b)->id);
}

static void index_free(struct ScenarioIndex *x) {
  if (!x) return;
  for (int k = 0; k < IX_KINDS; k++) free(x->v[k]);
  free(x);
}

/* The id (and the line) of the i-th declaration of a kind. */
static const char *entry(const Scenario *s, int kind, size_t i, int *line) {
  const char *id;
  int l;
  switch (kind) {
  case IX_PLACE: id = s->places[i].id, l = s->places[i].line; break;
  case IX_UNIT: id = s->units[i].id, l = s->units[i].line; break;
  case IX_INCIDENT: id = s->incidents[i].id, l = s->incidents[i].line; break;
  case IX_CONTACT: id = s->contacts[i].id, l = s->contacts[i].line; break;
  default: id = s->colleagues[i].id, l = s->colleagues[i].line; break;
  }
  if (line) *line = l;
  return id;
}

const char *scenario_index(Scenario *s, int *dup_line) {
  index_free(s->index);
  struct ScenarioIndex *x = xcalloc(1, sizeof *x);
  size_t n[IX_KINDS] = {s->nplaces, s->nunits, s->nincidents, s->ncontacts, s->ncolleagues};
  static const char *const what[IX_KINDS] = {"place", "resource", "incident", "contact", "colleague"};
  const char *dup = NULL;
  int dline = 0;
  for (int k = 0; k < IX_KINDS; k++) {
    x->n[k] = n[k];
    x->v[k] = xcalloc(n[k] ? n[k] : 1, sizeof *x->v[k]);
    for (size_t i = 0; i < n[k]; i++) x->v[k][i] = (IdPos){entry(s, k, i, NULL), (int)i};
    qsort(x->v[k], n[k], sizeof *x->v[k], idpos_cmp);
    /* an id declared twice: the later declaration is the one at fault (the earliest such) */
    for (size_t i = 1; i < n[k]; i++) {
      if (strcmp(x->v[k][i - 1].id, x->v[k][i].id) != 0) continue;
      int p = x->v[k][i - 1].pos > x->v[k][i].pos ? x->v[k][i - 1].pos : x->v[k][i].pos;
      int line;
      entry(s, k, (size_t)p, &line);
      if (!dup || line < dline) dup = what[k], dline = line;
    }
  }
  s->index = x;
  if (dup_line) *dup_line = dline;
  return dup;
}

/* Position of id among the kind's, -1 if absent; -2 if there is no index (search linearly). */
static int index_find(const Scenario *s, int kind, const char *id) {
  if (!s->index) return -2;
  if (!id) return -1;
  IdPos key = {id, 0};
  const IdPos *hit = bsearch(&key, s->index->v[kind], s->index->n[kind], sizeof key, idpos_cmp);
  return hit ? hit->pos : -1;
}

int unit_status_committed(UnitStatus s) {
  return s == UNIT_DISPATCHED || s == UNIT_EN_ROUTE || s == UNIT_ON_SCENE;
}

void scenario_free(Scenario *s) {
  if (!s) return;
  index_free(s->index);
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
  free(s->shift.briefing);
  for (size_t i = 0; i < s->nincidents; i++) {
    ShiftIncident *x = &s->incidents[i];
    free(x->id), free(x->title), free(x->place), free(x->colleague), free(x->log);
    free(x->code), free(x->priority), free(x->escalated);
    kv_free(&x->truth), strlist_free(&x->asked), strlist_free(&x->advice);
  }
  free(s->incidents);
  for (size_t i = 0; i < s->ncolleagues; i++) {
    Colleague *x = &s->colleagues[i];
    free(x->id), free(x->name), free(x->role), free(x->need);
    strlist_free(&x->support), kv_free(&x->says);
  }
  free(s->colleagues);
  for (size_t i = 0; i < s->ncontacts; i++) {
    ShiftContact *x = &s->contacts[i];
    free(x->id), free(x->kind), free(x->incident), free(x->caller), free(x->says);
  }
  free(s->contacts);
  for (size_t i = 0; i < s->nimprovements; i++)
    free(s->improvements[i].id), free(s->improvements[i].area), free(s->improvements[i].text);
  free(s->improvements);
  free(s);
}

const Knowledge *scenario_knowledge(const Scenario *s, const char *id) {
  for (size_t i = 0; id && i < s->nknowledge; i++)
    if (strcmp(s->knowledge[i].id, id) == 0) return &s->knowledge[i];
  return NULL;
}

const Place *scenario_place(const Scenario *s, const char *id) {
  int ix = index_find(s, IX_PLACE, id);
  if (ix != -2) return ix < 0 ? NULL : &s->places[ix];
  for (size_t i = 0; i < s->nplaces; i++)
    if (strcmp(s->places[i].id, id) == 0) return &s->places[i];
  return NULL;
}

int scenario_unit_index(const Scenario *s, const char *id) {
  int ix = index_find(s, IX_UNIT, id);
  if (ix != -2) return ix;
  for (size_t i = 0; i < s->nunits; i++)
    if (strcmp(s->units[i].id, id) == 0) return (int)i;
  return -1;
}

const Unit *scenario_unit(const Scenario *s, const char *id) {
  int i = scenario_unit_index(s, id);
  return i < 0 ? NULL : &s->units[i];
}

int scenario_incident_index(const Scenario *s, const char *id) {
  int ix = index_find(s, IX_INCIDENT, id);
  if (ix != -2) return ix;
  for (size_t i = 0; id && i < s->nincidents; i++)
    if (strcmp(s->incidents[i].id, id) == 0) return (int)i;
  return -1;
}

int scenario_contact_index(const Scenario *s, const char *id) {
  int ix = index_find(s, IX_CONTACT, id);
  if (ix != -2) return ix;
  for (size_t i = 0; id && i < s->ncontacts; i++)
    if (strcmp(s->contacts[i].id, id) == 0) return (int)i;
  return -1;
}

int scenario_colleague_index(const Scenario *s, const char *id) {
  int ix = index_find(s, IX_COLLEAGUE, id);
  if (ix != -2) return ix;
  for (size_t i = 0; id && i < s->ncolleagues; i++)
    if (strcmp(s->colleagues[i].id, id) == 0) return (int)i;
  return -1;
}

const Improvement *scenario_improvement(const Scenario *s, const char *id) {
  for (size_t i = 0; id && i < s->nimprovements; i++)
    if (strcmp(s->improvements[i].id, id) == 0) return &s->improvements[i];
  return NULL;
}

const char *const shift_areas[] = {"prioritising", "questioning", "advice", "escalation", "response_times", "complaints"};
const size_t shift_narea = sizeof shift_areas / sizeof *shift_areas;
const char *const shift_supports[] = {"coaching", "buddying", "refresher_scenario", "procedure_briefing"};
const size_t shift_nsupport = sizeof shift_supports / sizeof *shift_supports;

int shift_area_index(const char *area) {
  for (size_t i = 0; area && i < shift_narea; i++)
    if (strcmp(shift_areas[i], area) == 0) return (int)i;
  return -1;
}

int shift_support_index(const char *support) {
  for (size_t i = 0; support && i < shift_nsupport; i++)
    if (strcmp(shift_supports[i], support) == 0) return (int)i;
  return -1;
}

int shift_support_fits(const char *support, const char *area) {
  static const char *const fits[] = {
      "coaching:questioning", "coaching:prioritising", "coaching:advice",
      "buddying:questioning", "buddying:escalation", "buddying:response_times",
      "refresher_scenario:prioritising", "refresher_scenario:escalation",
      "procedure_briefing:advice", "procedure_briefing:escalation", "procedure_briefing:complaints"};
  if (!support || !area) return 0;
  size_t ns = strlen(support);
  for (size_t i = 0; i < sizeof fits / sizeof *fits; i++)
    if (strncmp(fits[i], support, ns) == 0 && fits[i][ns] == ':' && strcmp(fits[i] + ns + 1, area) == 0) return 1;
  return 0;
}
