/* test_core.c - the simulation: clock, caller, resources, actions; and core helpers. */
#include <stdlib.h>

#include "check.h"
#include "rng.h"
#include "sha256.h"
#include "sim.h"

static const SimQuestion questions[] = {{"q_where", "address", "Where?"}, {"q_what", "nature", "What?"}};
static const SimPhrase phrases[] = {{"reassure", "Help is coming.", PHRASE_REASSURE}};
static const char *const jargon[] = {"ETA"};
static const SimRules rules = {questions, 2, phrases, 1, jargon, 1};

/* A scenario built by hand: a caller at (3,4), one unit at (0,0), 60 km/h, 30 s turnout. */
static Scenario *make_scenario(int agitation) {
  Scenario *s = calloc(1, sizeof *s);
  s->id = xstrdup("t");
  s->nplaces = 2;
  s->places = calloc(2, sizeof *s->places);
  s->places[0] = (Place){xstrdup("base"), xstrdup("Base"), 0, 0, 1};
  s->places[1] = (Place){xstrdup("home"), xstrdup("Home"), 3, 4, 2};
  s->nunits = 1;
  s->units = calloc(1, sizeof *s->units);
  s->units[0] = (Unit){xstrdup("U1"), xstrdup("car"), xstrdup("Unit one"), xstrdup("base"), xstrdup("radio"), 60, 30, UNIT_AVAILABLE, 3};
  Caller *c = &s->caller;
  c->name = xstrdup("C"), c->location = xstrdup("home");
  c->agitation = agitation, c->patience_s = 30, c->ring_patience_s = 20;
  kv_set(&c->truth, "address", "1 Home St");
  kv_set(&c->truth, "nature", "fire");
  s->has_caller = 1;
  return s;
}

static int apply(Sim *sim, int64_t t, ActionType type, const char *arg, const char *value) {
  Action a = {t, type, (char *)arg, (char *)value, NULL, 0, NULL, 0};
  Error err;
  return sim_apply(sim, &a, &err);
}

static size_t count_kind(const Sim *sim, const char *kind) {
  size_t n = 0;
  for (size_t i = 0; i < sim_event_count(sim); i++) n += strcmp(sim_event(sim, i)->kind, kind) == 0;
  return n;
}

static void core_should_generate_the_same_numbers_from_the_same_seed(void) {
  Rng a, b, c;
  rng_seed(&a, 42), rng_seed(&b, 42), rng_seed(&c, 43);
  int same = 1, differs = 0;
  for (int i = 0; i < 100; i++) {
    uint64_t x = rng_next(&a), y = rng_next(&b), z = rng_next(&c);
    same &= x == y;
    differs |= x != z;
  }
  CHECK(same);
  CHECK(differs);
  for (int i = 0; i < 1000; i++) {
    int64_t v = rng_range(&a, -3, 3);
    CHECK(v >= -3 && v <= 3);
  }
}

static void core_should_hash_with_sha256(void) {
  char hex[65];
  sha256_hex("abc", 3, hex);
  CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  sha256_hex("", 0, hex);
  CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

static void core_should_keep_kv_lists_sorted_and_replace_values(void) {
  KVList l = {0};
  kv_set(&l, "b", "2"), kv_set(&l, "a", "1"), kv_set(&l, "c", "3"), kv_set(&l, "b", "two");
  CHECK(l.len == 3);
  CHECK_STR(l.v[0].key, "a");
  CHECK_STR(kv_get(&l, "b"), "two");
  CHECK(kv_get(&l, "z") == NULL);
  kv_free(&l);
}

static void core_should_hang_up_when_the_call_rings_too_long(void) {
  Scenario *s = make_scenario(20);
  Sim *sim = sim_new(s, &rules, 1);
  Error err;
  CHECK(sim_advance(sim, 19999, &err) == 0);
  CHECK(sim_call_state(sim) == CALL_RINGING);
  CHECK(sim_advance(sim, 20000, &err) == 0);
  CHECK(sim_call_state(sim) == CALL_HUNG_UP);
  CHECK(apply(sim, 21000, ACT_ANSWER, NULL, NULL) == 0);
  CHECK(sim_action_accepted(sim, 0) == 0);
  CHECK(apply(sim, 22000, ACT_ASK, "q_where", NULL) == 0);
  CHECK(sim_action_accepted(sim, 1) == 0);
  CHECK(count_kind(sim, "rejected") == 2);
  sim_free(sim);
  scenario_free(s);
}

static void core_should_learn_a_fact_only_when_the_caller_has_answered(void) {
  Scenario *s = make_scenario(20);
  Sim *sim = sim_new(s, &rules, 1);
  apply(sim, 2000, ACT_ANSWER, NULL, NULL);
  apply(sim, 3000, ACT_ASK, "q_where", NULL);
  CHECK(sim_known(sim, "address") == NULL);
  Error err;
  sim_advance(sim, 3000 + 2000 + 20 * 30 + 1000, &err); /* the longest delay at agitation 20 */
  CHECK_STR(sim_known(sim, "address"), "1 Home St");
  sim_free(sim);
  scenario_free(s);
}

static void core_should_agitate_the_caller_on_a_repeated_question(void) {
  Scenario *s = make_scenario(20);
  Sim *sim = sim_new(s, &rules, 1);
  apply(sim, 2000, ACT_ANSWER, NULL, NULL);
  apply(sim, 3000, ACT_ASK, "q_what", NULL);
  int before = sim_agitation(sim);
  apply(sim, 9000, ACT_ASK, "q_what", NULL);
  CHECK(count_kind(sim, "repeat") == 1);
  CHECK(sim_agitation(sim) == before + 8);
  apply(sim, 10000, ACT_SAY, "reassure", NULL);
  CHECK(sim_agitation(sim) == before + 8 - 15);
  sim_free(sim);
  scenario_free(s);
}

static void core_should_hang_up_when_the_caller_is_ignored(void) {
  Scenario *s = make_scenario(20);
  Sim *sim = sim_new(s, &rules, 1);
  apply(sim, 2000, ACT_ANSWER, NULL, NULL);
  Error err;
  sim_advance(sim, 31999, &err);
  CHECK(sim_call_state(sim) == CALL_TALKING);
  sim_advance(sim, 32000, &err);
  CHECK(sim_call_state(sim) == CALL_HUNG_UP);
  sim_free(sim);
  scenario_free(s);
}

static void core_should_move_a_unit_by_distance_speed_and_turnout(void) {
  Scenario *s = make_scenario(20);
  Sim *sim = sim_new(s, &rules, 1);
  apply(sim, 1000, ACT_ANSWER, NULL, NULL);
  apply(sim, 5000, ACT_DISPATCH, "U1", NULL);
  CHECK(sim_unit(sim, 0).status == UNIT_DISPATCHED);
  Error err;
  sim_advance(sim, 5000 + 30000, &err);
  CHECK(sim_unit(sim, 0).status == UNIT_EN_ROUTE);
  sim_advance(sim, 5000 + 30000 + 150000, &err); /* half way: 5 km at 60 km/h is 300 s */
  SimUnitView v = sim_unit(sim, 0);
  CHECK(v.x > 1.49 && v.x < 1.51 && v.y > 1.99 && v.y < 2.01);
  sim_advance(sim, 5000 + 30000 + 300000 - 1, &err);
  CHECK(sim_unit(sim, 0).status == UNIT_EN_ROUTE);
  sim_advance(sim, 5000 + 30000 + 300000, &err);
  CHECK(sim_unit(sim, 0).status == UNIT_ON_SCENE);
  apply(sim, 400000, ACT_DISPATCH, "U1", NULL); /* busy: recorded and rejected */
  CHECK(sim_action_accepted(sim, 2) == 0);
  sim_free(sim);
  scenario_free(s);
}

static void core_should_spot_jargon_only_as_a_whole_word(void) {
  Scenario *s = make_scenario(20);
  Sim *sim = sim_new(s, &rules, 1);
  apply(sim, 1000, ACT_ANSWER, NULL, NULL);
  apply(sim, 2000, ACT_SAY, NULL, "The metal gate is open, betas.");
  CHECK(count_kind(sim, "jargon") == 0);
  apply(sim, 3000, ACT_SAY, NULL, "Their eta is five minutes.");
  CHECK(count_kind(sim, "jargon") == 1);
  sim_free(sim);
  scenario_free(s);
}

static void core_should_refuse_an_action_earlier_than_the_clock(void) {
  Scenario *s = make_scenario(20);
  Sim *sim = sim_new(s, &rules, 1);
  CHECK(apply(sim, 5000, ACT_ANSWER, NULL, NULL) == 0);
  CHECK(apply(sim, 4000, ACT_ASK, "q_what", NULL) == -1);
  sim_free(sim);
  scenario_free(s);
}

static void core_should_sort_actions_by_time_keeping_ties_in_order(void) {
  ActionList l = {0};
  Action a = {0};
  const int64_t times[] = {300, 100, 200, 100};
  const char *args[] = {"d", "a", "c", "b"};
  for (int i = 0; i < 4; i++) {
    a.t_ms = times[i];
    a.arg = (char *)args[i];
    actions_push(&l, &a);
  }
  actions_sort(&l);
  CHECK_STR(l.v[0].arg, "a");
  CHECK_STR(l.v[1].arg, "b");
  CHECK_STR(l.v[2].arg, "c");
  CHECK_STR(l.v[3].arg, "d");
  actions_free(&l);
}

static void core_should_give_the_same_events_for_the_same_seed(void) {
  Scenario *s = make_scenario(90); /* panicking: answers depend on chance */
  size_t counts[2];
  char first[2][64];
  for (int run = 0; run < 2; run++) {
    Sim *sim = sim_new(s, &rules, 99);
    apply(sim, 1000, ACT_ANSWER, NULL, NULL);
    for (int i = 0; i < 6; i++) apply(sim, 2000 + i * 5000, ACT_ASK, i % 2 ? "q_where" : "q_what", NULL);
    counts[run] = sim_event_count(sim);
    snprintf(first[run], sizeof first[run], "%lld", (long long)sim_event(sim, counts[run] - 1)->t_ms);
    sim_free(sim);
  }
  CHECK(counts[0] == counts[1]);
  CHECK_STR(first[0], first[1]);
  scenario_free(s);
}

int main(void) {
  RUN(core_should_generate_the_same_numbers_from_the_same_seed);
  RUN(core_should_hash_with_sha256);
  RUN(core_should_keep_kv_lists_sorted_and_replace_values);
  RUN(core_should_hang_up_when_the_call_rings_too_long);
  RUN(core_should_learn_a_fact_only_when_the_caller_has_answered);
  RUN(core_should_agitate_the_caller_on_a_repeated_question);
  RUN(core_should_hang_up_when_the_caller_is_ignored);
  RUN(core_should_move_a_unit_by_distance_speed_and_turnout);
  RUN(core_should_spot_jargon_only_as_a_whole_word);
  RUN(core_should_refuse_an_action_earlier_than_the_clock);
  RUN(core_should_sort_actions_by_time_keeping_ties_in_order);
  RUN(core_should_give_the_same_events_for_the_same_seed);
  return check_done();
}
