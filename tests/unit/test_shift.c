/* test_shift.c - the supervisor's shift: the simulation of incidents, contacts, units and
 * colleagues, and its checks (docs/shift.md), on tests/data/mini_shift.lua. */
#include <stdlib.h>

#include "check.h"
#include "session.h"

#define SHIFT DATA_DIR "/mini_shift.lua"
#define PROC TESTS_DIR "/../scenarios/procedures/emergency.lua"

/* Appends an action: type, t in seconds, arg, value, incident; list items after. */
static void act(Session *s, double t, ActionType type, const char *arg, const char *value, const char *incident,
                const char *item) {
  Action a = {(int64_t)(t * 1000), type, (char *)arg, (char *)value, NULL, 0, (char *)incident, 0};
  char *list[1] = {(char *)item};
  if (item) a.list = list, a.nlist = 1;
  actions_push(&s->actions, &a);
}

static size_t count(const Sim *sim, const char *kind, const char *text) {
  size_t n = 0;
  for (size_t i = 0; i < sim_event_count(sim); i++) {
    const SimEvent *e = sim_event(sim, i);
    n += strcmp(e->kind, kind) == 0 && (!text || (e->text && strcmp(e->text, text) == 0));
  }
  return n;
}

static const Item *item(const Score *sc, const char *id) {
  for (size_t i = 0; i < sc->nitems; i++)
    if (strcmp(sc->items[i].id, id) == 0) return &sc->items[i];
  return NULL;
}

static int load(Session *s) {
  Error err;
  int rc = session_load(s, SHIFT, PROC, 1, &err);
  if (rc < 0) fprintf(stderr, "%s\n", err.msg);
  return rc;
}

static void shift_should_load_its_declarations(void) {
  Session s;
  CHECK(load(&s) == 0);
  const Scenario *sc = s.script ? script_scenario(s.script) : NULL;
  CHECK(sc && sc->is_shift && !sc->has_caller);
  if (sc) {
    CHECK(sc->nincidents == 1 && sc->ncolleagues == 1 && sc->ncontacts == 1 && sc->nimprovements == 2);
    CHECK_STR(sc->incidents[0].priority, "P2");
    CHECK(sc->incidents[0].at_ms == 60000);
    CHECK(sc->colleagues[0].support.len == 2); /* questioning: coaching or buddying, by default */
  }
  session_free(&s);
}

static void shift_should_refer_incidents_and_queue_contacts_over_time(void) {
  Session s;
  Error err;
  CHECK(load(&s) == 0);
  act(&s, 30, ACT_REVIEW, NULL, NULL, "fire_a", NULL); /* not referred yet: rejected */
  act(&s, 1000, ACT_STATUS, "F1", NULL, NULL, NULL);
  CHECK(session_play(&s, &err) == 0);
  CHECK(!sim_action_accepted(s.sim, 0) && sim_action_accepted(s.sim, 1));
  CHECK(count(s.sim, "incident", NULL) == 1 && count(s.sim, "queued", NULL) == 1);
  CHECK(count(s.sim, "abandoned", NULL) == 1); /* nobody took it within its 180 s */
  CHECK(sim_contact(s.sim, 0).state == CONTACT_ABANDONED);
  CHECK(sim_incident(s.sim, 0).state == INCIDENT_OPEN && sim_incident(s.sim, 0).referred_ms == 60000);
  session_free(&s);
}

static void shift_should_commit_units_to_an_open_incident_and_release_them_on_close(void) {
  Session s;
  Error err;
  CHECK(load(&s) == 0);
  act(&s, 70, ACT_DISPATCH, "F1", NULL, "fire_a", NULL);
  act(&s, 71, ACT_DISPATCH, "F1", NULL, "fire_a", NULL); /* already committed there */
  act(&s, 72, ACT_DISPATCH, "F9", NULL, "fire_a", NULL);
  act(&s, 80, ACT_CLOSE, NULL, NULL, "fire_a", NULL);
  act(&s, 81, ACT_DISPATCH, "F2", NULL, "fire_a", NULL); /* closed */
  CHECK(session_play(&s, &err) == 0);
  CHECK(sim_action_accepted(s.sim, 0) && !sim_action_accepted(s.sim, 1) && !sim_action_accepted(s.sim, 2));
  CHECK(!sim_action_accepted(s.sim, 4));
  CHECK(sim_incident(s.sim, 0).state == INCIDENT_CLOSED && sim_incident(s.sim, 0).units == 0);
  /* F1 had not left its station: released, it is available again at once */
  CHECK(sim_unit_incident(s.sim, 0) == -1 && sim_unit(s.sim, 0).status == UNIT_AVAILABLE);
  session_free(&s);
}

static void shift_should_not_correct_before_review_nor_end_before_its_time(void) {
  Session s;
  Error err;
  CHECK(load(&s) == 0);
  act(&s, 70, ACT_CORRECT, "priority", "P1", "fire_a", NULL);
  act(&s, 71, ACT_REVIEW, NULL, NULL, "fire_a", NULL);
  act(&s, 72, ACT_CORRECT, "priority", "P1", "fire_a", NULL);
  act(&s, 80, ACT_AGREE_AREA, "sam", "questioning", NULL, NULL); /* no talk yet */
  act(&s, 1000, ACT_CLOSE, NULL, NULL, NULL, NULL);              /* before 30 minutes */
  act(&s, 1001, ACT_IMPROVE, NULL, NULL, NULL, "imp_q");         /* the shift is not over */
  CHECK(session_play(&s, &err) == 0);
  CHECK(!sim_action_accepted(s.sim, 0) && sim_action_accepted(s.sim, 2));
  CHECK(!sim_action_accepted(s.sim, 3) && !sim_action_accepted(s.sim, 4) && !sim_action_accepted(s.sim, 5));
  CHECK_STR(sim_incident(s.sim, 0).priority, "P1");
  CHECK(sim_call_state(s.sim) == CALL_TALKING);
  session_free(&s);
}

static void shift_should_score_corrections_support_and_improvements(void) {
  Session s;
  Error err;
  CHECK(load(&s) == 0);
  act(&s, 70, ACT_REVIEW, NULL, NULL, "fire_a", NULL);
  act(&s, 71, ACT_CORRECT, "priority", "P1", "fire_a", NULL);
  act(&s, 72, ACT_CORRECT, "question", "q_persons", "fire_a", NULL);
  act(&s, 73, ACT_CORRECT, "code", "FIRE-PR", "fire_a", NULL); /* the colleague's code was right */
  act(&s, 80, ACT_DISPATCH, "F1", NULL, "fire_a", NULL);
  act(&s, 600, ACT_TALK, "sam", "questioning", NULL, NULL);
  act(&s, 601, ACT_AGREE_AREA, "sam", "questioning", NULL, NULL);
  act(&s, 602, ACT_AGREE_SUPPORT, "sam", "refresher_scenario", NULL, NULL);
  act(&s, 1800, ACT_CLOSE, NULL, NULL, NULL, NULL);
  act(&s, 1810, ACT_IMPROVE, NULL, NULL, NULL, "imp_p");
  CHECK(session_play(&s, &err) == 0);
  const Score *sc = s.score;
  const Item *it;
  CHECK((it = item(sc, "decision_path:fire_a:priority")) && it->points == it->possible && it->severity == SEV_MAJOR);
  CHECK((it = item(sc, "decision_path:fire_a:question:q_persons")) && it->points == it->possible);
  CHECK((it = item(sc, "decision_path:fire_a:question:q_fire_type")) && it->points == 0);
  CHECK(item(sc, "decision_path:fire_a:question:q_name") == NULL); /* not a key question: no branch tests it */
  CHECK((it = item(sc, "needless_correction:fire_a:code:FIRE-PR")) && it->points == 0 && it->possible == 3);
  CHECK((it = item(sc, "resources:fire_a:fire_engine")) && it->points == 0); /* 2 engines needed, 1 sent */
  CHECK((it = item(sc, "response:fire_a")) && it->points == it->possible && it->severity == SEV_CRITICAL);
  CHECK((it = item(sc, "support_area:sam")) && it->points == it->possible && strcmp(it->criterion, "CC39-2.1") == 0);
  CHECK((it = item(sc, "support_type:sam")) && it->points == 0 && strcmp(it->criterion, "CC39-2.2") == 0);
  /* questioning shows once in the results (one incident): neither improvement is called for */
  CHECK((it = item(sc, "improve:imp_q")) && it->points == it->possible);
  CHECK((it = item(sc, "improve:imp_p")) && it->points == 0 && strcmp(it->criterion, "CC39-2.3") == 0);
  CHECK((it = item(sc, "answer_time:eta_a")) && it->points == 0); /* abandoned */
  session_free(&s);
}

/* A unit held up while still turning out (dispatched, not yet en route) is a monitor item
 * as much as one held up on the road. */
static void shift_should_monitor_a_unit_held_up_during_its_turnout(void) {
  const char *path = "/tmp/incidesk_test_holdup.lua";
  FILE *f = fopen(path, "w"), *in = fopen(SHIFT, "r");
  CHECK(f && in);
  if (!f || !in) return;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, in)) > 0) fwrite(buf, 1, n, f);
  fputs("event { at_s = 100, unit = \"F1\", status = \"en_route\", report = \"Stuck behind a lorry\" }\n", f);
  fclose(f), fclose(in);
  Session s;
  Error err;
  CHECK(session_load(&s, path, PROC, 1, &err) == 0);
  act(&s, 70, ACT_DISPATCH, "F1", NULL, "fire_a", NULL); /* 60 s turnout: still dispatched at 100 s */
  act(&s, 200, ACT_STATUS, "F1", NULL, NULL, NULL);
  CHECK(session_play(&s, &err) == 0);
  const Item *it = s.score ? item(s.score, "monitor:F1@100") : NULL;
  CHECK(it && it->points == it->possible);
  session_free(&s);
  remove(path);
}

int main(void) {
  RUN(shift_should_load_its_declarations);
  RUN(shift_should_refer_incidents_and_queue_contacts_over_time);
  RUN(shift_should_commit_units_to_an_open_incident_and_release_them_on_close);
  RUN(shift_should_not_correct_before_review_nor_end_before_its_time);
  RUN(shift_should_score_corrections_support_and_improvements);
  RUN(shift_should_monitor_a_unit_held_up_during_its_turnout);
  return check_done();
}
