/* test_procedure.c - the decision tree: walking, strict walking, the check sweep. */
#include <stdlib.h>

#include "check.h"
#include "script.h"

static const char *kv_lookup(const void *ud, const char *fact) {
  return kv_get((const KVList *)ud, fact);
}

static Procedure *load(const char *path) {
  Error err;
  Procedure *p = script_load_procedure(path, &err);
  if (!p) fprintf(stderr, "%s\n", err.msg);
  return p;
}

static void procedure_should_walk_to_the_outcome_of_the_facts(void) {
  Procedure *p = load(DATA_DIR "/procedures/mini.lua");
  CHECK(p != NULL);
  if (!p) return;
  KVList f = {0};
  kv_set(&f, "nature", "fire");
  StrList asked = {0};
  const Outcome *o = procedure_walk(p, kv_lookup, &f, &asked, 0);
  CHECK(o && strcmp(o->id, "fire") == 0);
  CHECK(asked.len == 3 && strlist_has(&asked, "q_trapped"));
  kv_set(&f, "nature", "other");
  o = procedure_walk(p, kv_lookup, &f, NULL, 0);
  CHECK(o && strcmp(o->id, "advice") == 0);
  strlist_free(&asked);
  kv_free(&f);
  procedure_free(p);
}

static void procedure_should_refuse_a_strict_walk_past_a_fact_never_learned(void) {
  Procedure *p = load(DATA_DIR "/procedures/mini.lua");
  if (!p) return;
  KVList f = {0};
  CHECK(procedure_walk(p, kv_lookup, &f, NULL, 0) != NULL); /* lenient: otherwise */
  CHECK(procedure_walk(p, kv_lookup, &f, NULL, 1) == NULL); /* strict: nature never asked */
  kv_set(&f, "nature", "unknown");                          /* asked; the caller did not know */
  CHECK(procedure_walk(p, kv_lookup, &f, NULL, 1) != NULL);
  kv_free(&f);
  procedure_free(p);
}

static int has_finding(const Findings *f, const char *text) {
  for (size_t i = 0; i < f->v.len; i++)
    if (strstr(f->v.v[i], text)) return 1;
  return 0;
}

static void procedure_should_find_every_planted_tree_fault(void) {
  Procedure *p = load(TESTS_DIR "/lint/procedures/dead_branch.lua");
  CHECK(p != NULL);
  if (!p) return;
  Findings f = {0};
  procedure_check(p, &f);
  CHECK(f.v.len == 4);
  CHECK(has_finding(&f, "dead_branch.lua:18: node 'orphan' is unreachable"));
  CHECK(has_finding(&f, "dead_branch.lua:10: node 'start': a path falls through"));
  CHECK(has_finding(&f, "outcome 'lost' is reached by no path"));
  CHECK(has_finding(&f, "fact 'hidden' is tested but no question elicits it"));
  strlist_free(&f.v);
  procedure_free(p);
}

static void procedure_should_pass_check_when_the_tree_is_sound(void) {
  Procedure *p = load(DATA_DIR "/procedures/mini.lua");
  if (!p) return;
  Findings f = {0};
  procedure_check(p, &f);
  CHECK(f.v.len == 0);
  strlist_free(&f.v);
  procedure_free(p);
}

int main(void) {
  RUN(procedure_should_walk_to_the_outcome_of_the_facts);
  RUN(procedure_should_refuse_a_strict_walk_past_a_fact_never_learned);
  RUN(procedure_should_find_every_planted_tree_fault);
  RUN(procedure_should_pass_check_when_the_tree_is_sound);
  return check_done();
}
