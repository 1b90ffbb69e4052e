/* check.c - the `check` sweep over a procedure's tree, and a scenario against it. */
#include "procedure.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void finding(Findings *out, const char *file, int line, const char *fmt, const char *a, const char *b) {
  char msg[512];
  snprintf(msg, sizeof msg, fmt, a, b ? b : "");
  char *s = line > 0 ? xasprintf("%s:%d: %s", file, line, msg) : xasprintf("%s: %s", file, msg);
  strlist_push(&out->v, s);
  free(s);
}

enum { WHITE, GREY, BLACK };

/* Depth-first sweep from node n: marks reachable nodes and reports loops. */
static void sweep(const Procedure *p, int n, unsigned char *colour, Findings *out) {
  colour[n] = GREY;
  const Node *node = &p->nodes[n];
  for (size_t i = 0; i < node->nbranches; i++) {
    int g = node->branches[i].go_index;
    if (i > 0 && node->branches[i - 1].test == BR_OTHERWISE) { /* what follows can never be taken */
      finding(out, p->file, node->branches[i].line, "node '%s': a branch after 'otherwise' can never be taken", node->id, NULL);
      break;
    }
    if (colour[g] == GREY)
      finding(out, p->file, node->branches[i].line, "branch to '%s' makes a loop in the tree", p->nodes[g].id, NULL);
    else if (colour[g] == WHITE)
      sweep(p, g, colour, out);
  }
  colour[n] = BLACK;
}

/* 1 if some facts can fall through every branch of the node. */
static int falls_through(const Procedure *p, const Node *n) {
  const char *fact = NULL;
  int unknown = 0;
  for (size_t i = 0; i < n->nbranches; i++)
    if (n->branches[i].test == BR_OTHERWISE) return 0;
  for (size_t i = 0; i < n->nbranches; i++) {
    const Branch *b = &n->branches[i];
    if (fact && strcmp(fact, b->fact) != 0) return 1; /* several facts: only otherwise covers */
    fact = b->fact;
    unknown |= b->test == BR_UNKNOWN;
  }
  const Fact *f = procedure_fact(p, fact);
  if (!f || !f->values.len || !unknown) return 1;
  for (size_t v = 0; v < f->values.len; v++) {
    int covered = strcmp(f->values.v[v], "unknown") == 0;
    for (size_t i = 0; i < n->nbranches && !covered; i++) {
      const Branch *b = &n->branches[i];
      covered = (b->test == BR_EQUALS && strcmp(b->value, f->values.v[v]) == 0) ||
                (b->test == BR_ONE_OF && strlist_has(&b->values, f->values.v[v]));
    }
    if (!covered) return 1;
  }
  return 0;
}

static int elicited(const Procedure *p, const char *fact) {
  for (size_t i = 0; i < p->nquestions; i++)
    if (strcmp(p->questions[i].fact, fact) == 0) return 1;
  return 0;
}

/* What the call-taker reads out (questions, phrases, advice) must not use the procedure's own
 * jargon words. */
static void check_jargon(const Procedure *p, Findings *out) {
  for (size_t j = 0; j < p->jargon.len; j++) {
    const char *w = p->jargon.v[j];
    for (size_t i = 0; i < p->nquestions; i++)
      if (str_has_word(p->questions[i].text, w))
        finding(out, p->file, p->questions[i].line, "question '%s' says the jargon word '%s' to the caller", p->questions[i].id, w);
    for (size_t i = 0; i < p->nphrases; i++)
      if (str_has_word(p->phrases[i].text, w))
        finding(out, p->file, p->phrases[i].line, "phrase '%s' says the jargon word '%s' to the caller", p->phrases[i].id, w);
    for (size_t i = 0; i < p->advice.len; i++)
      if (str_has_word(p->advice.v[i].text, w))
        finding(out, p->file, p->advice.v[i].line, "advice '%s' says the jargon word '%s' to the caller", p->advice.v[i].id, w);
  }
}

void procedure_check(const Procedure *p, Findings *out) {
  unsigned char *colour = xcalloc(p->nnodes, 1);
  unsigned char *reached = xcalloc(p->noutcomes, 1);
  sweep(p, p->root_index, colour, out);
  for (size_t i = 0; i < p->nnodes; i++) {
    const Node *n = &p->nodes[i];
    if (colour[i] == WHITE) {
      finding(out, p->file, n->line, "node '%s' is unreachable from the root", n->id, NULL);
      continue;
    }
    if (n->outcome) reached[n->outcome_index] = 1;
    else if (falls_through(p, n))
      finding(out, p->file, n->line, "node '%s': a path falls through every branch and ends without an outcome (add an 'otherwise' branch)", n->id, NULL);
    for (size_t j = 0; j < n->nbranches; j++) {
      const Branch *b = &n->branches[j];
      if (b->fact && !elicited(p, b->fact))
        finding(out, p->file, b->line, "fact '%s' is tested but no question elicits it", b->fact, NULL);
    }
  }
  for (size_t i = 0; i < p->noutcomes; i++)
    if (!reached[i]) finding(out, p->file, p->outcomes[i].line, "outcome '%s' is reached by no path", p->outcomes[i].id, NULL);
  for (size_t i = 0; i < p->nescalations; i++) {
    const Branch *b = &p->escalations[i].test;
    if (b->fact && !elicited(p, b->fact))
      finding(out, p->file, p->escalations[i].line, "fact '%s' is tested but no question elicits it", b->fact, NULL);
  }
  check_jargon(p, out);
  free(colour);
  free(reached);
}

static const char *truth_lookup(const void *ud, const char *fact) {
  return kv_get(&((const Scenario *)ud)->caller.truth, fact);
}

static size_t units_of_type(const Scenario *s, const char *type) {
  size_t n = 0;
  for (size_t i = 0; i < s->nunits; i++) n += strcmp(s->units[i].type, type) == 0;
  return n;
}

/* The scenario has units of every type, and as many, as the outcome needs. */
static void check_needs(const Scenario *s, const Outcome *o, int line, Findings *out) {
  for (size_t i = 0; i < o->nneeds; i++) {
    size_t have = units_of_type(s, o->needs[i].type);
    if (have < (size_t)o->needs[i].count) {
      char need[64];
      snprintf(need, sizeof need, "%d %s", o->needs[i].count, o->needs[i].type);
      finding(out, s->file, line, "its outcome '%s' needs %s but the scenario has fewer", o->id, need);
    }
  }
}

/* A truth's facts are the procedure's, with values among those a fact declares. */
static void check_truth(const Procedure *p, const Scenario *s, const KVList *truth, int line, Findings *out) {
  for (size_t i = 0; i < truth->len; i++) {
    const Fact *f = procedure_fact(p, truth->v[i].key);
    if (!f) finding(out, s->file, line, "fact '%s' is not a fact of the procedure", truth->v[i].key, NULL);
    else if (f->values.len && !strlist_has(&f->values, truth->v[i].value) && strcmp(truth->v[i].value, "unknown") != 0)
      finding(out, s->file, line, "truth value '%s' is not a value of fact '%s'", truth->v[i].value, f->id);
  }
}

/* Every unit's type is one of the procedure's resource types. */
static void check_unit_types(const Procedure *p, const Scenario *s, Findings *out) {
  for (size_t i = 0; i < s->nunits; i++)
    if (!named_find(&p->resource_types, s->units[i].type))
      finding(out, s->file, s->units[i].line, "resource type '%s' is not one of the procedure's", s->units[i].type, NULL);
}

/* A shift: each incident's truth against the procedure. */
static void check_shift(const Procedure *p, const Scenario *s, Findings *out) {
  check_unit_types(p, s, out);
  for (size_t i = 0; i < s->nincidents; i++) {
    const ShiftIncident *x = &s->incidents[i];
    check_truth(p, s, &x->truth, x->line, out);
    const Outcome *o = procedure_walk(p, procedure_kv_lookup, &x->truth, NULL, 0);
    if (!o) {
      finding(out, s->file, x->line, "incident '%s': its truth leads to no outcome of the procedure", x->id, NULL);
      continue;
    }
    check_needs(s, o, x->line, out);
  }
  for (size_t i = 0; i < s->ncolleagues; i++)
    for (size_t k = 0; k < s->colleagues[i].says.len; k++) {
      const char *topic = s->colleagues[i].says.v[k].key;
      if (strcmp(topic, "general") != 0 && shift_area_index(topic) < 0)
        finding(out, s->file, s->colleagues[i].line,
                "colleague says something about '%s', which is not an area or \"general\": no talk can ask about it", topic, NULL);
    }
  for (size_t i = 0; i < s->ncolleagues; i++) {
    int works = 0;
    for (size_t k = 0; k < s->nincidents; k++) works |= str_eq(s->incidents[k].colleague, s->colleagues[i].id);
    if (!works) finding(out, s->file, s->colleagues[i].line, "colleague '%s' takes no incident of the shift", s->colleagues[i].id, NULL);
  }
}

void procedure_check_scenario(const Procedure *p, const Scenario *s, Findings *out) {
  if (s->is_shift) {
    check_shift(p, s, out);
    return;
  }
  const Caller *c = &s->caller;
  check_truth(p, s, &c->truth, c->line, out);
  /* facts the caller holds but never reveals: no question asks for them and she does not volunteer them */
  for (size_t i = 0; i < c->truth.len; i++) {
    const char *f = c->truth.v[i].key;
    int asked = 0;
    for (size_t q = 0; q < p->nquestions; q++) asked |= strcmp(p->questions[q].fact, f) == 0;
    if (!asked && !kv_get(&c->told, f))
      finding(out, s->file, c->line, "the caller knows '%s' but never reveals it: no question asks for it and it is not in `told`", f, NULL);
  }
  check_unit_types(p, s, out);
  StrList path = {0};
  const Outcome *o = procedure_walk(p, truth_lookup, s, &path, 0);
  for (size_t i = 0; i < path.len; i++) {
    const Question *q = procedure_question(p, path.v[i]);
    if (q && !kv_get(&c->truth, q->fact))
      finding(out, s->file, c->line, "the call's path asks '%s' but the caller's truth has no value for fact '%s' (write \"unknown\" if the caller does not know)", q->id, q->fact);
  }
  strlist_free(&path);
  if (!o) {
    finding(out, s->file, c->line, "the caller's truth leads to no outcome of procedure '%s'", p->id, NULL);
    return;
  }
  check_needs(s, o, s->line, out);
}
