/* test_score.c - decisions judged on the facts known when they were made. */
#include <stdlib.h>

#include "check.h"
#include "session.h"

static void push(Session *s, int64_t t, ActionType type, const char *arg, const char *value) {
  Action a = {t, type, (char *)arg, (char *)value, NULL, 0, NULL, 0};
  actions_push(&s->actions, &a);
}

static const Item *item(const Session *s, const char *id) {
  for (size_t i = 0; i < s->score->nitems; i++)
    if (strcmp(s->score->items[i].id, id) == 0) return &s->score->items[i];
  return NULL;
}

static int play(Session *s, const char *scenario) {
  Error err;
  if (session_load(s, scenario, NULL, 1, &err) < 0) {
    fprintf(stderr, "%s\n", err.msg);
    return -1;
  }
  return 0;
}

static void score_should_give_no_credit_for_a_decision_made_before_the_facts(void) {
  Session s;
  if (play(&s, DATA_DIR "/mini_fire.lua") < 0) return;
  push(&s, 2000, ACT_ANSWER, NULL, NULL);
  push(&s, 3000, ACT_CLASSIFY, "ADV", NULL); /* nothing asked yet */
  Error err;
  CHECK(session_play(&s, &err) == 0);
  const Item *it = item(&s, "classification");
  CHECK(it && it->points == 0 && it->possible == 5);
  CHECK(it && strstr(it->explanation, "before the facts"));
  session_free(&s);
}

static void score_should_not_penalise_a_decision_right_when_made(void) {
  Session s;
  if (play(&s, DATA_DIR "/mini_change.lua") < 0) return;
  push(&s, 2000, ACT_ANSWER, NULL, NULL);
  push(&s, 3000, ACT_ASK, "q_what", NULL);
  push(&s, 10000, ACT_CLASSIFY, "ADV", NULL); /* right: the caller said it was not a fire */
  push(&s, 60000, ACT_CLOSE, NULL, NULL);     /* ... but at 40 s she said it is one */
  Error err;
  CHECK(session_play(&s, &err) == 0);
  const Item *it = item(&s, "classification");
  CHECK(it && it->points == it->possible);
  CHECK(it && strstr(it->explanation, "too late to act on"));
  const Item *resp = item(&s, "response"); /* the fire, known by the end, got nothing */
  CHECK(resp && resp->points == 0 && resp->severity == SEV_CRITICAL);
  CHECK(s.score->critical_failures == 1 && !s.score->passed);
  session_free(&s);
}

static void score_should_expect_a_decision_revised_when_a_new_fact_changes_it(void) {
  Session s;
  if (play(&s, DATA_DIR "/mini_change.lua") < 0) return;
  push(&s, 2000, ACT_ANSWER, NULL, NULL);
  push(&s, 3000, ACT_ASK, "q_what", NULL);
  push(&s, 10000, ACT_CLASSIFY, "ADV", NULL); /* right at 10 s ... */
  push(&s, 110000, ACT_CLOSE, NULL, NULL);   /* ... but at 40 s it became a fire, 70 s before the close */
  Error err;
  CHECK(session_play(&s, &err) == 0);
  const Item *it = item(&s, "classification");
  CHECK(it && it->points == 0);
  CHECK(it && strstr(it->explanation, "not revised"));
  CHECK(it && strcmp(it->expected, "FIRE") == 0);
  session_free(&s);
}

static void score_should_fail_a_session_with_forbidden_advice(void) {
  Session s;
  Error err;
  if (play(&s, DATA_DIR "/mini_fire.lua") < 0) return;
  CHECK(session_read_actions(&s, DATA_DIR "/mini_fire.expert.json", &err) == 0);
  push(&s, 21500, ACT_ADVISE, "go_back", NULL);
  actions_sort(&s.actions);
  CHECK(session_play(&s, &err) == 0);
  const Item *it = item(&s, "forbidden_advice");
  CHECK(it && it->points == 0 && it->severity == SEV_CRITICAL);
  CHECK(s.score->percent > 75.0);
  CHECK(!s.score->passed);
  session_free(&s);
}

static void score_should_map_percent_to_the_five_levels(void) {
  CHECK_STR(score_level(95.0), "high compliance");
  CHECK_STR(score_level(94.9), "compliant");
  CHECK_STR(score_level(85.0), "compliant");
  CHECK_STR(score_level(75.0), "partial");
  CHECK_STR(score_level(60.0), "low");
  CHECK_STR(score_level(59.9), "non-compliant");
}

int main(void) {
  RUN(score_should_give_no_credit_for_a_decision_made_before_the_facts);
  RUN(score_should_not_penalise_a_decision_right_when_made);
  RUN(score_should_expect_a_decision_revised_when_a_new_fact_changes_it);
  RUN(score_should_fail_a_session_with_forbidden_advice);
  RUN(score_should_map_percent_to_the_five_levels);
  return check_done();
}
