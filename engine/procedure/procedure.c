/* procedure.c - the decision tree: linking, walking and the `check` sweep. */
#include "procedure.h"

#include <stdlib.h>
#include <string.h>

static void branch_clear(Branch *b) {
  free(b->fact), free(b->value), free(b->go);
  strlist_free(&b->values);
}

static void named_free(NamedList *l) {
  for (size_t i = 0; i < l->len; i++) free(l->v[i].id), free(l->v[i].text);
  free(l->v);
}

void procedure_free(Procedure *p) {
  if (!p) return;
  free(p->file), free(p->sha256), free(p->id), free(p->version), free(p->title);
  free(p->organisation), free(p->root);
  for (size_t i = 0; i < p->nquestions; i++) {
    Question *q = &p->questions[i];
    free(q->id), free(q->text), free(q->fact), free(q->field);
  }
  free(p->questions);
  for (size_t i = 0; i < p->nfacts; i++) {
    free(p->facts[i].id), free(p->facts[i].text);
    strlist_free(&p->facts[i].values);
  }
  free(p->facts);
  for (size_t i = 0; i < p->nfields; i++)
    free(p->fields[i].id), free(p->fields[i].label), free(p->fields[i].fact);
  free(p->fields);
  for (size_t i = 0; i < p->nphrases; i++) free(p->phrases[i].id), free(p->phrases[i].text);
  free(p->phrases);
  for (size_t i = 0; i < p->nnodes; i++) {
    Node *n = &p->nodes[i];
    free(n->id), free(n->outcome);
    strlist_free(&n->ask);
    for (size_t j = 0; j < n->nbranches; j++) branch_clear(&n->branches[j]);
    free(n->branches);
  }
  free(p->nodes);
  for (size_t i = 0; i < p->noutcomes; i++) {
    Outcome *o = &p->outcomes[i];
    free(o->id), free(o->code), free(o->priority), free(o->validity);
    for (size_t j = 0; j < o->nneeds; j++) free(o->needs[j].type), strlist_free(&o->needs[j].tasks);
    free(o->needs);
    strlist_free(&o->briefing), strlist_free(&o->advice);
    strlist_free(&o->permitted), strlist_free(&o->forbidden);
    for (size_t j = 0; j < o->nnotify; j++) free(o->notify[j].org), free(o->notify[j].channel);
    free(o->notify);
  }
  free(p->outcomes);
  for (size_t i = 0; i < p->nescalations; i++) {
    free(p->escalations[i].id), free(p->escalations[i].level);
    branch_clear(&p->escalations[i].test);
  }
  free(p->escalations);
  for (size_t i = 0; i < p->npriorities; i++) free(p->priorities[i].id), free(p->priorities[i].label);
  free(p->priorities);
  for (size_t i = 0; i < p->norgs; i++) {
    free(p->orgs[i].id), free(p->orgs[i].name), free(p->orgs[i].preferred);
    strlist_free(&p->orgs[i].channels);
  }
  free(p->orgs);
  for (size_t i = 0; i < p->ncomplaint_steps; i++) free(p->complaint_steps[i].id), free(p->complaint_steps[i].text);
  free(p->complaint_steps);
  named_free(&p->codes), named_free(&p->advice), named_free(&p->resource_types);
  named_free(&p->briefing_items), named_free(&p->tasks), named_free(&p->levels);
  strlist_free(&p->jargon);
  free(p->sim_questions), free(p->sim_phrases);
  free(p);
}

#define FIND(arr, n, key)                                                                     \
  for (size_t i_ = 0; key && i_ < (n); i_++)                                                 \
    if (strcmp((arr)[i_].id, key) == 0) return &(arr)[i_];                                   \
  return NULL

const Question *procedure_question(const Procedure *p, const char *id) { FIND(p->questions, p->nquestions, id); }
const Fact *procedure_fact(const Procedure *p, const char *id) { FIND(p->facts, p->nfacts, id); }
const Outcome *procedure_outcome(const Procedure *p, const char *id) { FIND(p->outcomes, p->noutcomes, id); }
const Priority *procedure_priority(const Procedure *p, const char *id) { FIND(p->priorities, p->npriorities, id); }
const Organisation *procedure_org(const Procedure *p, const char *id) { FIND(p->orgs, p->norgs, id); }
const Named *named_find(const NamedList *l, const char *id) { FIND(l->v, l->len, id); }

static int node_index(const Procedure *p, const char *id) {
  for (size_t i = 0; id && i < p->nnodes; i++)
    if (strcmp(p->nodes[i].id, id) == 0) return (int)i;
  return -1;
}

/* Checks that every id of list names an entry of what; "what" names it for the author. */
static int need_named(const Procedure *p, const NamedList *l, const char *id, const char *what, int line, Error *err) {
  if (named_find(l, id)) return 0;
  return error_set(err, p->file, line, "unknown %s '%s'", what, id);
}

static int need_all(const Procedure *p, const NamedList *l, const StrList *ids, const char *what, int line, Error *err) {
  for (size_t i = 0; i < ids->len; i++)
    if (need_named(p, l, ids->v[i], what, line, err) < 0) return -1;
  return 0;
}

static int link_test(const Procedure *p, const Branch *b, Error *err) {
  if (b->test == BR_OTHERWISE) return 0;
  const Fact *f = procedure_fact(p, b->fact);
  if (!f) return error_set(err, p->file, b->line, "unknown fact '%s'", b->fact);
  const StrList *vals = &f->values;
  if (vals->len && b->test == BR_EQUALS && !strlist_has(vals, b->value))
    return error_set(err, p->file, b->line, "fact '%s' has no value '%s'", b->fact, b->value);
  for (size_t i = 0; vals->len && b->test == BR_ONE_OF && i < b->values.len; i++)
    if (!strlist_has(vals, b->values.v[i]))
      return error_set(err, p->file, b->line, "fact '%s' has no value '%s'", b->fact, b->values.v[i]);
  return 0;
}

static int link_outcome(Procedure *p, Outcome *o, Error *err) {
  int l = o->line;
  if (need_named(p, &p->codes, o->code, "code", l, err) < 0) return -1;
  if (!procedure_priority(p, o->priority)) return error_set(err, p->file, l, "unknown priority '%s'", o->priority);
  static const char *const validity[] = {"genuine", "hoax", "duplicate", "non_emergency"};
  int ok = 0;
  for (size_t i = 0; i < 4; i++) ok |= strcmp(o->validity, validity[i]) == 0;
  if (!ok) return error_set(err, p->file, l, "validity must be genuine, hoax, duplicate or non_emergency, not '%s'", o->validity);
  for (size_t i = 0; i < o->nneeds; i++) {
    if (need_named(p, &p->resource_types, o->needs[i].type, "resource type", l, err) < 0) return -1;
    if (need_all(p, &p->tasks, &o->needs[i].tasks, "task", l, err) < 0) return -1;
  }
  if (need_all(p, &p->briefing_items, &o->briefing, "briefing item", l, err) < 0 ||
      need_all(p, &p->advice, &o->advice, "advice", l, err) < 0 ||
      need_all(p, &p->advice, &o->permitted, "advice", l, err) < 0 ||
      need_all(p, &p->advice, &o->forbidden, "advice", l, err) < 0)
    return -1;
  if (o->complaint && !p->ncomplaint_steps)
    return error_set(err, p->file, l, "outcome '%s' is a complaint but the procedure declares no complaint_step", o->id);
  for (size_t i = 0; i < o->nnotify; i++) {
    const Organisation *org = procedure_org(p, o->notify[i].org);
    if (!org) return error_set(err, p->file, l, "unknown organisation '%s'", o->notify[i].org);
    if (!strlist_has(&org->channels, o->notify[i].channel))
      return error_set(err, p->file, l, "organisation '%s' has no channel '%s'", org->id, o->notify[i].channel);
  }
  return 0;
}

static int link_nodes(Procedure *p, Error *err) {
  for (size_t i = 0; i < p->nnodes; i++) {
    Node *n = &p->nodes[i];
    for (size_t j = 0; j < i; j++)
      if (strcmp(p->nodes[j].id, n->id) == 0) return error_set(err, p->file, n->line, "node '%s' is declared twice", n->id);
    for (size_t j = 0; j < n->ask.len; j++)
      if (!procedure_question(p, n->ask.v[j])) return error_set(err, p->file, n->line, "unknown question '%s'", n->ask.v[j]);
    if (n->outcome) {
      const Outcome *o = procedure_outcome(p, n->outcome);
      if (!o) return error_set(err, p->file, n->line, "unknown outcome '%s'", n->outcome);
      n->outcome_index = (int)(o - p->outcomes);
    } else if (!n->nbranches) {
      return error_set(err, p->file, n->line, "node '%s' has neither branches nor an outcome", n->id);
    }
    for (size_t j = 0; j < n->nbranches; j++) {
      Branch *b = &n->branches[j];
      if ((b->go_index = node_index(p, b->go)) < 0) return error_set(err, p->file, b->line, "unknown node '%s'", b->go);
      if (link_test(p, b, err) < 0) return -1;
    }
  }
  return 0;
}

static int step_cmp(const void *a, const void *b) {
  return ((const ComplaintStep *)a)->order - ((const ComplaintStep *)b)->order;
}

int procedure_link(Procedure *p, Error *err) {
  if (p->ncomplaint_steps) qsort(p->complaint_steps, p->ncomplaint_steps, sizeof *p->complaint_steps, step_cmp);
  for (size_t i = 1; i < p->ncomplaint_steps; i++)
    if (p->complaint_steps[i].order == p->complaint_steps[i - 1].order)
      return error_set(err, p->file, p->complaint_steps[i].line, "complaint step '%s' has the same order as '%s'",
                       p->complaint_steps[i].id, p->complaint_steps[i - 1].id);
  if (!(p->compliance[0] >= p->compliance[1] && p->compliance[1] >= p->compliance[2] && p->compliance[2] >= p->compliance[3]))
    return error_set(err, p->file, p->line, "compliance levels must not rise from high to low");
  if ((p->root_index = node_index(p, p->root)) < 0)
    return error_set(err, p->file, p->line, "root node '%s' is not declared", p->root);
  for (size_t i = 0; i < p->nquestions; i++) {
    Question *q = &p->questions[i];
    if (!procedure_fact(p, q->fact)) return error_set(err, p->file, q->line, "unknown fact '%s'", q->fact);
    if (q->field) {
      int found = 0;
      for (size_t j = 0; j < p->nfields; j++) found |= strcmp(p->fields[j].id, q->field) == 0;
      if (!found) return error_set(err, p->file, q->line, "unknown log field '%s'", q->field);
    }
  }
  for (size_t i = 0; i < p->nfields; i++)
    if (p->fields[i].fact && !procedure_fact(p, p->fields[i].fact))
      return error_set(err, p->file, p->fields[i].line, "unknown fact '%s'", p->fields[i].fact);
  if (link_nodes(p, err) < 0) return -1;
  for (size_t i = 0; i < p->noutcomes; i++)
    if (link_outcome(p, &p->outcomes[i], err) < 0) return -1;
  for (size_t i = 0; i < p->nescalations; i++) {
    Escalation *e = &p->escalations[i];
    if (link_test(p, &e->test, err) < 0) return -1;
    if (need_named(p, &p->levels, e->level, "escalation level", e->line, err) < 0) return -1;
  }
  for (size_t i = 0; i < p->norgs; i++)
    if (p->orgs[i].preferred && !strlist_has(&p->orgs[i].channels, p->orgs[i].preferred))
      return error_set(err, p->file, p->orgs[i].line, "preferred channel '%s' is not one of its channels", p->orgs[i].preferred);
  p->sim_questions = xcalloc(p->nquestions, sizeof *p->sim_questions);
  for (size_t i = 0; i < p->nquestions; i++)
    p->sim_questions[i] = (SimQuestion){p->questions[i].id, p->questions[i].fact, p->questions[i].text};
  p->sim_phrases = xcalloc(p->nphrases, sizeof *p->sim_phrases);
  for (size_t i = 0; i < p->nphrases; i++)
    p->sim_phrases[i] = (SimPhrase){p->phrases[i].id, p->phrases[i].text, p->phrases[i].kind};
  p->rules = (SimRules){p->sim_questions, p->nquestions, p->sim_phrases, p->nphrases,
                        (const char *const *)p->jargon.v, p->jargon.len};
  return 0;
}

int branch_matches(const Branch *b, FactLookup look, const void *ud) {
  if (b->test == BR_OTHERWISE) return 1;
  const char *v = look(ud, b->fact);
  if (v && strcmp(v, "unknown") == 0) v = NULL;
  switch (b->test) {
  case BR_UNKNOWN: return v == NULL;
  case BR_EQUALS: return v && strcmp(v, b->value) == 0;
  case BR_ONE_OF: return v && strlist_has(&b->values, v);
  case BR_AT_LEAST: {
    char *end;
    double d = v ? strtod(v, &end) : 0;
    return v && end != v && d >= b->number;
  }
  default: return 0;
  }
}

const char *procedure_kv_lookup(const void *kvlist, const char *fact) {
  return kv_get((const KVList *)kvlist, fact);
}

const Outcome *procedure_walk(const Procedure *p, FactLookup look, const void *ud, StrList *asked, int strict) {
  return procedure_walk_tested(p, look, ud, asked, NULL, strict);
}

const Outcome *procedure_walk_tested(const Procedure *p, FactLookup look, const void *ud, StrList *asked,
                                     StrList *tested, int strict) {
  int n = p->root_index;
  for (size_t steps = 0; n >= 0 && steps <= p->nnodes; steps++) {
    const Node *node = &p->nodes[n];
    for (size_t i = 0; asked && i < node->ask.len; i++)
      if (!strlist_has(asked, node->ask.v[i])) strlist_push(asked, node->ask.v[i]);
    if (node->outcome) return &p->outcomes[node->outcome_index];
    int next = -1;
    for (size_t i = 0; i < node->nbranches && next < 0; i++) {
      const Branch *b = &node->branches[i];
      if (strict && b->fact && b->test != BR_UNKNOWN && !look(ud, b->fact)) return NULL;
      if (tested && b->fact && !strlist_has(tested, b->fact)) strlist_push(tested, b->fact);
      if (branch_matches(b, look, ud)) next = b->go_index;
    }
    n = next;
  }
  return NULL;
}
