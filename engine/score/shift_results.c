/* shift_results.c - a shift's incidents against the procedure, the colleagues' mistakes and
 * the problems by area. */
#include "shift_results.h"

#include <stdlib.h>
#include <string.h>

static void mistake(ShiftResults *r, size_t inc, const char *decision, const char *area, const char *did,
                    const char *right) {
  r->mistakes = xrealloc(r->mistakes, (r->nmistakes + 1) * sizeof *r->mistakes);
  r->mistakes[r->nmistakes++] = (ShiftMistake){inc, decision, area, xstrdup(did), xstrdup(right)};
  r->incidents[inc].mistakes++;
}

static int area_ix(const char *a) {
  return shift_area_index(a);
}

/* The colleague's decisions on one incident against the procedure. */
static void judge(const Procedure *p, const Scenario *sc, ShiftResults *r, size_t i) {
  const ShiftIncident *x = &sc->incidents[i];
  ShiftIncidentResult *ir = &r->incidents[i];
  /* the key questions: those on the path whose facts the tree tests there */
  StrList tested = {0};
  const Outcome *o = ir->outcome = procedure_walk_tested(p, procedure_kv_lookup, &x->truth, &ir->path, &tested, 0);
  for (size_t k = 0; k < p->nescalations && !ir->escalate_to; k++)
    if (branch_matches(&p->escalations[k].test, procedure_kv_lookup, &x->truth)) ir->escalate_to = p->escalations[k].level;
  const Priority *pr = o ? procedure_priority(p, o->priority) : NULL;
  ir->target_s = pr ? pr->dispatch_target_s : 0;
  if (!o) {
    strlist_free(&tested);
    return;
  }
  int prio = 0, asked = 0, adv = 0;
  if (strcmp(x->priority, o->priority) != 0) mistake(r, i, "priority", "prioritising", x->priority, o->priority), prio = 1;
  if (strcmp(x->code, o->code) != 0) mistake(r, i, "code", "prioritising", x->code, o->code), prio = 1;
  for (size_t k = 0; k < ir->path.len; k++) {
    const Question *q = procedure_question(p, ir->path.v[k]);
    if (q && strlist_has(&tested, q->fact) && !strlist_has(&x->asked, q->id))
      mistake(r, i, "question", "questioning", "not asked", q->id), asked = 1;
  }
  strlist_free(&tested);
  for (size_t k = 0; k < x->advice.len; k++) {
    const char *a = x->advice.v[k];
    if (strlist_has(&o->forbidden, a) || (!strlist_has(&o->advice, a) && !strlist_has(&o->permitted, a)))
      mistake(r, i, "advice", "advice", a, a), adv = 1;
  }
  const char *want = ir->escalate_to ? ir->escalate_to : "none", *did = x->escalated ? x->escalated : "none";
  if (strcmp(want, did) != 0) mistake(r, i, "escalation", "escalation", did, want), r->area[area_ix("escalation")]++;
  r->area[area_ix("prioritising")] += prio;
  r->area[area_ix("questioning")] += asked;
  r->area[area_ix("advice")] += adv;
}

ShiftResults *shift_results(const Procedure *p, const Sim *sim) {
  const Scenario *sc = sim_scenario(sim);
  ShiftResults *r = xcalloc(1, sizeof *r);
  r->nincidents = sc->nincidents;
  r->incidents = xcalloc(sc->nincidents ? sc->nincidents : 1, sizeof *r->incidents);
  for (size_t i = 0; i < sc->nincidents; i++) {
    judge(p, sc, r, i);
    ShiftIncidentResult *ir = &r->incidents[i];
    ir->referred_ms = ir->first_dispatch_ms = -1;
    if (!sim_is_shift(sim)) continue;
    SimIncidentView v = sim_incident(sim, i);
    ir->referred_ms = v.referred_ms, ir->first_dispatch_ms = v.first_dispatch_ms;
    if (v.reviewed) r->reviewed++;
    int needs = ir->outcome && ir->outcome->nneeds;
    int64_t due = v.referred_ms + (int64_t)ir->target_s * 1000;
    if (v.referred_ms >= 0 && needs && ir->target_s > 0 &&
        (v.first_dispatch_ms < 0 ? sim_now(sim) > due : v.first_dispatch_ms > due))
      ir->late = 1, r->area[area_ix("response_times")]++;
  }
  for (size_t i = 0; i < sim_contact_count(sim); i++) {
    SimContactView c = sim_contact(sim, i);
    if (c.state == CONTACT_PENDING) continue;
    if (strcmp(c.contact->kind, "complaint") == 0) r->complaints++, r->area[area_ix("complaints")]++;
    else r->queries++;
    if (c.state == CONTACT_ABANDONED) r->abandoned++;
  }
  for (size_t i = 0; i < sim_event_count(sim); i++)
    if (strcmp(sim_event(sim, i)->kind, "correction") == 0) r->corrected++;
  return r;
}

void shift_results_free(ShiftResults *r) {
  if (!r) return;
  for (size_t i = 0; i < r->nincidents; i++) strlist_free(&r->incidents[i].path);
  for (size_t i = 0; i < r->nmistakes; i++) free(r->mistakes[i].did), free(r->mistakes[i].right);
  free(r->incidents), free(r->mistakes);
  free(r);
}

int shift_area_shows(const ShiftResults *r, const char *area) {
  int i = shift_area_index(area);
  return i >= 0 && r->area[i] >= 2;
}
