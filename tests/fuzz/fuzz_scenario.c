/* fuzz_scenario.c - a scenario file (Lua text) loaded through the sandbox, linked with the
 * shipped procedure it names, linted as `check` does, then played: the call answered and
 * time run on for ten minutes, so that its `when` triggers run (in the sandbox, on budget)
 * after every change, and the session scored. */
#include "procs.h"
#include "score.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *path = fuzz_write("scenario.lua", data, size);
  Error err;
  Script *s = script_load_scenario(path, 1, &err);
  if (!s)
    return 0;
  const Scenario *sc = script_scenario(s);
  const Procedure *p = fuzz_procedure(sc->procedure);
  if (p && script_link_scenario(s, p, &err) == 0) {
    Findings f = {0};
    procedure_check_scenario(p, sc, &f);
    strlist_free(&f.v);
    Sim *sim = sim_new(sc, &p->rules, 7);
    script_attach(s, sim);
    Action answer = {0};
    answer.t_ms = 3000;
    answer.type = ACT_ANSWER;
    if (sim_apply(sim, &answer, &err) == 0 && sim_advance(sim, 600000, &err) == 0)
      score_free(score_session(p, sim));
    sim_free(sim);
  }
  script_free(s);
  return 0;
}
