/* session.c - load, play and score one session. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "session.h"

int session_load(Session *s, const char *scenario_path, const char *procedure_path, uint64_t seed, Error *err) {
  memset(s, 0, sizeof *s);
  s->seed = seed;
  if (!(s->script = script_load_scenario(scenario_path, seed, err))) return -1;
  const Scenario *sc = script_scenario(s->script);
  char *found = procedure_path ? xstrdup(procedure_path) : script_find_procedure(scenario_path, sc->procedure);
  if (!found)
    return error_set(err, scenario_path, sc->line, "procedure '%s' not found (looked for procedures/%s.lua beside the scenario)",
                     sc->procedure, sc->procedure);
  s->proc = script_load_procedure(found, err);
  free(found);
  if (!s->proc) return -1;
  return script_link_scenario(s->script, s->proc, err);
}

/* The ids of complaint steps and knowledge questions (record_check_actions checks the rest). */
static int check_more_ids(const char *path, const ActionList *l, const Procedure *p, const Scenario *sc, Error *err) {
  for (size_t i = 0; i < l->len; i++) {
    const Action *a = &l->v[i];
    if (a->type == ACT_COMPLAINT) {
      int found = 0;
      for (size_t k = 0; k < p->ncomplaint_steps; k++) found |= strcmp(p->complaint_steps[k].id, a->arg) == 0;
      if (!found) return error_set(err, path, a->line, "complaint action names unknown step '%s'", a->arg);
    } else if (a->type == ACT_KNOWLEDGE) {
      if (!scenario_knowledge(sc, a->arg))
        return error_set(err, path, a->line, "knowledge action names unknown question '%s'", a->arg);
      if (!a->nlist) return error_set(err, path, a->line, "a knowledge action needs a non-empty \"answer\" list");
    }
  }
  return 0;
}

int session_read_actions(Session *s, const char *actions_path, Error *err) {
  if (record_read_actions(actions_path, &s->actions, err) < 0) return -1;
  if (record_check_actions(actions_path, &s->actions, s->proc, script_scenario(s->script), err) < 0) return -1;
  return check_more_ids(actions_path, &s->actions, s->proc, script_scenario(s->script), err);
}

int session_play(Session *s, Error *err) {
  s->sim = sim_new(script_scenario(s->script), &s->proc->rules, s->seed);
  script_attach(s->script, s->sim);
  for (size_t i = 0; i < s->actions.len; i++)
    if (sim_apply(s->sim, &s->actions.v[i], err) < 0) {
      /* a trigger failed: the error names the scenario line */
      return -1;
    }
  s->score = score_session(s->proc, s->sim);
  return 0;
}

void session_free(Session *s) {
  score_free(s->score);
  sim_free(s->sim);
  script_free(s->script);
  procedure_free(s->proc);
  actions_free(&s->actions);
  memset(s, 0, sizeof *s);
}

static void print_item(const Item *it, FILE *out) {
  fprintf(out, "  %-3s %2d/%-2d %-26s %-8s %s\n", it->points == it->possible ? "ok" : "--", it->points, it->possible,
          it->id, it->criterion, it->explanation);
  if (it->points < it->possible)
    fprintf(out, "             expected: %s | actual: %s (at %.1f s)\n", it->expected, it->actual, (double)it->t_ms / 1000.0);
  if (it->difficulty) fprintf(out, "             caller: %s\n", it->difficulty);
}

void session_print_debrief(const Session *s, FILE *out) {
  const Score *sc = s->score;
  const Scenario *scen = script_scenario(s->script);
  fprintf(out, "Debrief: %s (%s, difficulty %d)\n", scen->title, scen->level, scen->difficulty);
  fprintf(out, "Score: %.1f%% %s, %s (%d of %d points, %d critical failure%s)\n", sc->percent, sc->level,
          sc->passed ? "PASSED" : "NOT PASSED", sc->points, sc->possible, sc->critical_failures,
          sc->critical_failures == 1 ? "" : "s");
  if (scen->is_shift) /* a shift has no one caller whose state made it harder */
    fprintf(out, "Difficulty: scenario %d of 5\n", scen->difficulty);
  else
    fprintf(out, "Difficulty: scenario %d of 5; the caller peaked at %d (%s)%s", scen->difficulty, sc->caller_peak_agitation,
            sim_mood_word(sc->caller_peak_agitation), sc->caller_non_answers ? "" : "\n");
  if (sc->caller_non_answers && !scen->is_shift) fprintf(out, " and gave %d non-answer%s in panic\n", sc->caller_non_answers, sc->caller_non_answers == 1 ? "" : "s");
  if (sc->critical_failures) {
    fprintf(out, "\nCritical:\n");
    for (size_t i = 0; i < sc->nitems; i++)
      if (sc->items[i].severity == SEV_CRITICAL && sc->items[i].points < sc->items[i].possible) print_item(&sc->items[i], out);
  }
  for (size_t c = 0; c < sc->ncategories; c++) {
    const Total *t = &sc->by_category[c];
    fprintf(out, "\n%s: %d/%d\n", t->key, t->points, t->possible);
    for (size_t i = 0; i < sc->nitems; i++)
      if (strcmp(sc->items[i].category, t->key) == 0) print_item(&sc->items[i], out);
  }
  fprintf(out, "\nCriteria evidenced:\n");
  for (size_t c = 0; c < sc->ncriteria; c++) {
    const Total *t = &sc->by_criterion[c];
    fprintf(out, "  %-9s %-10s %d/%d\n", t->key, score_criterion_status(t), t->points, t->possible);
  }
}
