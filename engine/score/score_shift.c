/* score_shift.c - the checks of a supervisor's shift (docs/shift.md). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "score_internal.h"
#include "shift_results.h"

#define QUEUE_TARGET_S 60   /* a queued contact is taken within this, or the answer target if longer */
#define MONITOR_WITHIN_MS 300000
#define STATUS_AFTER_MS 120000

/* The accepted actions of each incident, in order: built once, so that the checks cost no
 * more than the actions. */
typedef struct ByIncident {
  size_t *v;
  size_t len, cap;
} ByIncident;

typedef struct ShiftCtx {
  Ctx *c;
  const Scenario *sc;
  ShiftResults *r;
  ByIncident *by;     /* per incident */
  StrList *attending; /* per incident: the units that count for its response */
} ShiftCtx;

static void by_push(ByIncident *b, size_t i) {
  if (b->len == b->cap) {
    b->cap = b->cap ? b->cap * 2 : 8;
    b->v = xrealloc(b->v, b->cap * sizeof *b->v);
  }
  b->v[b->len++] = i;
}

static const Action *act(const ShiftCtx *s, size_t i) {
  return sim_action(s->c->sim, i);
}

static int rank(const Procedure *p, const char *priority) {
  for (size_t i = 0; priority && i < p->npriorities; i++)
    if (strcmp(p->priorities[i].id, priority) == 0) return (int)i;
  return (int)p->npriorities;
}

static const char *title(const ShiftCtx *s, size_t inc) {
  return s->sc->incidents[inc].id;
}

/* Reads event e if it is a unit's change of status: *u, *ns, and the incident the unit serves
 * from a dispatch on (serving[*u]). The caller clears serving[*u] once done with the event if
 * *ns is not committed. 0 if e is not a unit event. */
static int unit_event(const ShiftCtx *s, const SimEvent *e, int *serving, int *u, UnitStatus *ns) {
  if (strcmp(e->kind, "unit") != 0 || (*u = scenario_unit_index(s->sc, e->subject)) < 0 || unit_status_parse(e->text, ns) < 0)
    return 0;
  if (e->action >= 0 && act(s, (size_t)e->action)->type == ACT_DISPATCH)
    serving[*u] = sim_action_incident(s->c->sim, (size_t)e->action);
  return 1;
}

/* The units that count for each incident's response: those that reached it while serving
 * it, and, if it is still open at the end, those still on their way. A unit sent and then
 * released (the incident closed, the unit stood down or re-allocated) before it got there
 * did nothing for the incident. */
static void find_attendance(ShiftCtx *s) {
  const Sim *sim = s->c->sim;
  size_t nu = s->sc->nunits;
  int *serving = xcalloc(nu ? nu : 1, sizeof *serving);
  for (size_t u = 0; u < nu; u++) serving[u] = -1;
  for (size_t i = 0; i < sim_event_count(sim); i++) {
    const SimEvent *e = sim_event(sim, i);
    int u;
    UnitStatus ns;
    if (!unit_event(s, e, serving, &u, &ns)) continue;
    if (ns == UNIT_ON_SCENE && serving[u] >= 0 && !strlist_has(&s->attending[serving[u]], e->subject))
      strlist_push(&s->attending[serving[u]], e->subject);
    if (!unit_status_committed(ns)) serving[u] = -1;
  }
  for (size_t u = 0; u < nu; u++)
    if (serving[u] >= 0 && sim_incident(sim, (size_t)serving[u]).state == INCIDENT_OPEN &&
        !strlist_has(&s->attending[serving[u]], s->sc->units[u].id))
      strlist_push(&s->attending[serving[u]], s->sc->units[u].id);
  free(serving);
}

/* response, dispatch_time, briefing, tasks, status_check for one incident. */
static void check_incident_resources(ShiftCtx *s, size_t inc) {
  Ctx *c = s->c;
  const ShiftIncidentResult *ir = &s->r->incidents[inc];
  const Outcome *o = ir->outcome;
  if (!o || !o->nneeds || ir->referred_ms < 0) return;
  const ByIncident *b = &s->by[inc];
  const char *id = title(s, inc);
  /* units that got there (or are on their way at the end): any at all, then enough of each type */
  int any = 0;
  int64_t first_in = -1;
  for (size_t n = 0; n < o->nneeds; n++) {
    const Need *nd = &o->needs[n];
    int count = 0;
    int64_t last_needed = -1;
    StrList seen = {0};
    for (size_t k = 0; k < b->len; k++) {
      const Action *a = act(s, b->v[k]);
      const Unit *u = a->type == ACT_DISPATCH ? scenario_unit(s->sc, a->arg) : NULL;
      if (u && strcmp(u->type, nd->type) == 0 && strlist_has(&s->attending[inc], u->id) && !strlist_has(&seen, u->id)) {
        strlist_push(&seen, u->id), count++;
        if (count == nd->count) last_needed = a->t_ms;
        if (first_in < 0 || a->t_ms < first_in) first_in = a->t_ms;
      }
    }
    any += count;
    char subj[200], want[64], got[80];
    snprintf(subj, sizeof subj, "%s:%s", id, nd->type);
    snprintf(want, sizeof want, "%d %s", nd->count, nd->type);
    snprintf(got, sizeof got, "%d attending", count);
    int ok = count >= nd->count;
    score_pass(c, "resources", subj, "CC39-1.2", "resources", SEV_MAJOR, ok, ok ? last_needed : -1, want, got,
               ok ? "Enough units of this type were sent and got there (or are on their way)."
                  : "Too few units of this type got there: a unit counts once it arrives, or if it is still on "
                    "its way when the shift ends; one released before it arrived did nothing.");
    strlist_free(&seen);
  }
  score_pass(c, "response", id, "CC39-1.2", "resources", SEV_CRITICAL, any > 0, first_in, "a unit the incident needs attending",
             any ? "attended" : "nobody attended",
             any ? "The incident got a resource it needs." : "Nobody the incident needs ever got there.");
  if (ir->target_s > 0) {
    int64_t took = ir->first_dispatch_ms < 0 ? -1 : ir->first_dispatch_ms - ir->referred_ms;
    int in_time = took >= 0 && took <= (int64_t)ir->target_s * 1000;
    char e[64], g[64];
    snprintf(e, sizeof e, "first unit within %d s of referral", ir->target_s);
    if (took >= 0) snprintf(g, sizeof g, "%lld s", (long long)(took / 1000));
    else snprintf(g, sizeof g, "no unit sent");
    score_pass(c, "dispatch_time", id, "CC39-1.2", "resources", SEV_MODERATE, in_time, ir->first_dispatch_ms, e, g,
               in_time ? "The first resource was sent within the priority's target."
                       : "The first resource was not sent within the priority's target.");
  }
  /* every unit sent is briefed on the outcome's items and told its need's tasks */
  StrList sent = {0};
  for (size_t k = 0; k < b->len; k++) {
    const Action *a = act(s, b->v[k]);
    if (a->type == ACT_DISPATCH && !strlist_has(&sent, a->arg)) strlist_push(&sent, a->arg);
  }
  Buf bmiss = {0}, tmiss = {0}, tall = {0};
  int64_t bt = -1, tt = -1;
  int any_tasks = 0;
  for (size_t u = 0; u < sent.len; u++) {
    const Unit *unit = scenario_unit(s->sc, sent.v[u]);
    const Need *nd = NULL;
    for (size_t n = 0; unit && n < o->nneeds && !nd; n++)
      if (strcmp(o->needs[n].type, unit->type) == 0) nd = &o->needs[n];
    Buf um = {0}, tm = {0};
    for (int kind = 0; kind < 2; kind++) {
      const StrList *items = kind == 0 ? &o->briefing : nd ? &nd->tasks : NULL;
      for (size_t w = 0; items && w < items->len; w++) {
        int given = 0;
        if (kind == 1) any_tasks = 1;
        for (size_t k = 0; k < b->len && !given; k++) {
          const Action *a = act(s, b->v[k]);
          if (a->type != (kind == 0 ? ACT_BRIEF : ACT_INSTRUCT) || !str_eq(a->arg, sent.v[u])) continue;
          for (size_t j = 0; j < a->nlist && !given; j++)
            if (strcmp(a->list[j], items->v[w]) == 0) {
              given = 1;
              int64_t *t = kind == 0 ? &bt : &tt;
              if (a->t_ms > *t) *t = a->t_ms;
            }
        }
        if (!given) buf_printf(kind == 0 ? &um : &tm, "%s%s", (kind == 0 ? um.len : tm.len) ? " " : "", items->v[w]);
      }
    }
    if (um.len) buf_printf(&bmiss, "%s%s: %s", bmiss.len ? "; " : "", sent.v[u], um.data);
    if (tm.len) buf_printf(&tmiss, "%s%s: %s", tmiss.len ? "; " : "", sent.v[u], tm.data);
    buf_free(&um), buf_free(&tm);
  }
  for (size_t n = 0; n < o->nneeds; n++)
    for (size_t j = 0; j < o->needs[n].tasks.len; j++)
      buf_printf(&tall, "%s%s (%s)", tall.len ? ", " : "", o->needs[n].tasks.v[j], o->needs[n].type);
  if (o->briefing.len && sent.len) {
    Buf all = {0};
    for (size_t n = 0; n < o->briefing.len; n++) buf_printf(&all, "%s%s", n ? ", " : "", o->briefing.v[n]);
    Buf miss = {0};
    if (bmiss.len) buf_printf(&miss, "missing: %s", bmiss.data);
    score_pass(c, "briefing", id, "CC39-1.3", "resources", SEV_MODERATE, bmiss.len == 0, bt, all.data,
               bmiss.len ? miss.data : "every unit sent briefed",
               bmiss.len ? "Not every unit sent was told all of its responsibilities (missing items by unit shown)."
                         : "Every unit sent was briefed on its responsibilities.");
    buf_free(&all), buf_free(&miss);
  }
  if (any_tasks) {
    Buf miss = {0};
    if (tmiss.len) buf_printf(&miss, "missing: %s", tmiss.data);
    score_pass(c, "tasks", id, "CC39-1.4", "resources", SEV_MODERATE, tmiss.len == 0, tt, tall.data,
               tmiss.len ? miss.data : "every unit sent told its tasks",
               tmiss.len ? "Not every unit sent was told the actions the procedure needs of it (missing tasks by unit shown)."
                         : "The actions needed of each unit sent were specified.");
    buf_free(&miss);
  }
  buf_free(&bmiss), buf_free(&tmiss), buf_free(&tall);
  strlist_free(&sent);
  /* a status request while its units were out */
  if (ir->first_dispatch_ms >= 0) {
    SimIncidentView v = sim_incident(c->sim, inc);
    int64_t end = v.closed_ms >= 0 ? v.closed_ms : c->end_ms;
    if (end - ir->first_dispatch_ms >= STATUS_AFTER_MS) {
      long st = -1;
      for (size_t k = 0; k < b->len && st < 0; k++)
        if (act(s, b->v[k])->type == ACT_STATUS) st = (long)b->v[k];
      score_pass(c, "status_check", id, "CC39-1.5", "resources", SEV_MINOR, st >= 0, score_act_t(c, st),
                 "a status request to a unit committed to it", st >= 0 ? act(s, (size_t)st)->arg : "none",
                 st >= 0 ? "The progress of the incident's units was monitored by a status request."
                         : "The incident's units were never asked for their status.");
    }
  }
}

/* Replays the unit events: which incident each unit served when, for the re-allocation and
 * monitoring checks. */
static void check_allocation(ShiftCtx *s) {
  Ctx *c = s->c;
  const Sim *sim = c->sim;
  const Procedure *p = c->p;
  size_t nu = s->sc->nunits;
  UnitStatus *st = xcalloc(nu ? nu : 1, sizeof *st);
  int *serving = xcalloc(nu ? nu : 1, sizeof *serving);
  for (size_t u = 0; u < nu; u++) st[u] = s->sc->units[u].status, serving[u] = -1;
  for (size_t i = 0; i < sim_event_count(sim); i++) {
    const SimEvent *e = sim_event(sim, i);
    int u;
    UnitStatus ns;
    if (unit_event(s, e, serving, &u, &ns)) {
      /* a unit that breaks down or is held up while serving an incident (a scenario event
       * sets its status: the "scenario" event comes just before): reacted to? */
      int by_scenario = e->action < 0 && i > 0 && strcmp(sim_event(sim, i - 1)->kind, "scenario") == 0 &&
                        sim_event(sim, i - 1)->t_ms == e->t_ms;
      if (by_scenario && serving[u] >= 0 && (ns == UNIT_UNAVAILABLE || ns == UNIT_EN_ROUTE)) {
        int inc = serving[u];
        long done = -1;
        for (size_t k = 0; k < s->by[inc].len && done < 0; k++) {
          const Action *a = act(s, s->by[inc].v[k]);
          if (a->t_ms < e->t_ms || a->t_ms > e->t_ms + MONITOR_WITHIN_MS) continue;
          if ((a->type == ACT_STATUS && str_eq(a->arg, e->subject)) || (a->type == ACT_DISPATCH && !str_eq(a->arg, e->subject)))
            done = (long)s->by[inc].v[k];
        }
        for (size_t k = 0; done < 0 && k < sim_action_count(sim); k++) { /* a status request names the unit */
          const Action *a = act(s, k);
          if (a->type == ACT_STATUS && sim_action_accepted(sim, k) && str_eq(a->arg, e->subject) && a->t_ms >= e->t_ms &&
              a->t_ms <= e->t_ms + MONITOR_WITHIN_MS)
            done = (long)k;
        }
        char subj[160];
        snprintf(subj, sizeof subj, "%s@%lld", e->subject, (long long)(e->t_ms / 1000));
        score_pass(c, "monitor", subj, "CC39-1.5", "resources", SEV_MAJOR, done >= 0, done >= 0 ? score_act_t(c, done) : e->t_ms,
                   "a status request or another unit within 5 minutes",
                   done >= 0 ? action_type_name(act(s, (size_t)done)->type) : "no reaction",
                   done >= 0 ? "The supervisor reacted to the unit's problem and kept the incident covered."
                             : "A unit's breakdown or delay went unanswered: the incident was left uncovered.");
      }
      st[u] = ns;
      if (!unit_status_committed(ns)) serving[u] = -1;
    } else if (strcmp(e->kind, "incident") == 0) {
      /* referred with no free unit of a needed type: re-allocation expected */
      int inc = scenario_incident_index(s->sc, e->subject);
      const ShiftIncidentResult *ir = inc >= 0 ? &s->r->incidents[inc] : NULL;
      if (!ir || !ir->outcome || ir->target_s <= 0) continue;
      int me = rank(p, ir->outcome->priority);
      for (size_t n = 0; n < ir->outcome->nneeds; n++) {
        const char *type = ir->outcome->needs[n].type;
        int free_units = 0, lower = 0;
        for (size_t w = 0; w < nu; w++) {
          if (strcmp(s->sc->units[w].type, type) != 0) continue;
          if (st[w] == UNIT_AVAILABLE || st[w] == UNIT_RETURNING) free_units++;
          else if (serving[w] >= 0 && s->r->incidents[serving[w]].outcome &&
                   rank(p, s->r->incidents[serving[w]].outcome->priority) > me)
            lower++;
        }
        if (free_units || !lower) continue;
        long done = -1;
        int64_t due = e->t_ms + (int64_t)ir->target_s * 1000;
        for (size_t k = 0; k < s->by[inc].len && done < 0; k++) {
          const Action *a = act(s, s->by[inc].v[k]);
          const Unit *uu = a->type == ACT_DISPATCH ? scenario_unit(s->sc, a->arg) : NULL;
          if (uu && strcmp(uu->type, type) == 0 && a->t_ms <= due) done = (long)s->by[inc].v[k];
        }
        char subj[160];
        snprintf(subj, sizeof subj, "%s:%s", e->subject, type);
        char exp[200];
        snprintf(exp, sizeof exp, "a %s re-allocated from a lower-priority incident within %d s", type, ir->target_s);
        score_pass(c, "reallocate", subj, "CC39-1.2", "resources", SEV_MAJOR, done >= 0, score_act_t(c, done), exp,
                   done >= 0 ? act(s, (size_t)done)->arg : "none",
                   done >= 0 ? "With none free, a resource was taken from a lower-priority incident for this one."
                             : "No resource of a needed type was free and none was re-allocated from lower-priority work.");
      }
    }
  }
  free(st), free(serving);
}

/* The colleagues' decision paths: reviewed, mistakes corrected, right decisions left alone. */
static void check_decision_paths(ShiftCtx *s) {
  Ctx *c = s->c;
  const ShiftResults *r = s->r;
  for (size_t inc = 0; inc < s->sc->nincidents; inc++) {
    const ShiftIncident *x = &s->sc->incidents[inc];
    if (r->incidents[inc].referred_ms < 0 || !x->colleague) continue;
    long rv = -1;
    for (size_t k = 0; k < s->by[inc].len && rv < 0; k++)
      if (act(s, s->by[inc].v[k])->type == ACT_REVIEW) rv = (long)s->by[inc].v[k];
    score_pass(c, "decision_review", x->id, "CC39-1.6", "supervision", SEV_MINOR, rv >= 0, score_act_t(c, rv),
               "the colleague's log and decisions reviewed", rv >= 0 ? "reviewed" : "not reviewed",
               rv >= 0 ? "The colleague's decision path was checked." : "The colleague's decision path was never checked.");
  }
  for (size_t m = 0; m < r->nmistakes; m++) {
    const ShiftMistake *mk = &r->mistakes[m];
    if (r->incidents[mk->incident].referred_ms < 0) continue;
    const ByIncident *b = &s->by[mk->incident];
    long done = -1;
    for (size_t k = 0; k < b->len && done < 0; k++) {
      const Action *a = act(s, b->v[k]);
      if (a->type == ACT_CORRECT && str_eq(a->arg, mk->decision) && str_eq(a->value, mk->right)) done = (long)b->v[k];
    }
    char subj[200];
    int multi = strcmp(mk->decision, "question") == 0 || strcmp(mk->decision, "advice") == 0;
    if (multi) snprintf(subj, sizeof subj, "%s:%s:%s", s->sc->incidents[mk->incident].id, mk->decision, mk->right);
    else snprintf(subj, sizeof subj, "%s:%s", s->sc->incidents[mk->incident].id, mk->decision);
    char exp[200], did[200];
    if (strcmp(mk->decision, "advice") == 0) snprintf(exp, sizeof exp, "withdraw advice %s (beyond the limits for this incident)", mk->right);
    else if (strcmp(mk->decision, "question") == 0) snprintf(exp, sizeof exp, "key question %s asked", mk->right);
    else snprintf(exp, sizeof exp, "%s %s (the colleague's: %s)", mk->decision, mk->right, mk->did);
    snprintf(did, sizeof did, "%s", done >= 0 ? "corrected" : "left as it was");
    Severity sev = multi ? SEV_MODERATE : SEV_MAJOR;
    score_pass(c, "decision_path", subj, "CC39-1.6", "supervision", sev, done >= 0, score_act_t(c, done), exp, did,
               done >= 0 ? "The colleague's wrong decision path was found and corrected."
                         : "A colleague's decision the procedure does not support was left uncorrected.");
  }
  /* corrections that the procedure does not support */
  for (size_t i = 0; i < sim_action_count(c->sim); i++) {
    const Action *a = act(s, i);
    if (a->type != ACT_CORRECT || !sim_action_accepted(c->sim, i)) continue;
    int inc = sim_action_incident(c->sim, i), right = 0;
    for (size_t m = 0; m < r->nmistakes && !right; m++)
      right = (int)r->mistakes[m].incident == inc && str_eq(a->arg, r->mistakes[m].decision) && str_eq(a->value, r->mistakes[m].right);
    if (right) continue;
    char subj[200];
    snprintf(subj, sizeof subj, "%s:%s:%s", a->incident, a->arg, a->value);
    score_add(c, "needless_correction", subj, "CC39-1.6", "supervision", SEV_MODERATE, 0, a->t_ms,
              "only corrections the procedure supports", a->value,
              "A decision was changed to one the procedure does not support for this incident.");
  }
}

static int said_next_steps(const Ctx *c, const Action *a) {
  const SimPhrase *ph = a->type == ACT_SAY ? sim_rules_phrase(sim_rules(c->sim), a->arg) : NULL;
  return ph && ph->kind == PHRASE_NEXT_STEPS;
}

static void check_contacts(ShiftCtx *s) {
  Ctx *c = s->c;
  const Sim *sim = c->sim;
  int target = c->p->answer_target_s > QUEUE_TARGET_S ? c->p->answer_target_s : QUEUE_TARGET_S;
  for (size_t ci = 0; ci < sim_contact_count(sim); ci++) {
    SimContactView v = sim_contact(sim, ci);
    const ShiftContact *k = v.contact;
    if (v.state == CONTACT_PENDING) continue;
    int64_t waited = v.taken_ms >= 0 ? v.taken_ms - v.arrived_ms : -1;
    char e[64], g[64];
    snprintf(e, sizeof e, "taken within %d s", target);
    if (waited >= 0) snprintf(g, sizeof g, "%lld s", (long long)(waited / 1000));
    else snprintf(g, sizeof g, "%s", v.state == CONTACT_ABANDONED ? "abandoned" : "not taken");
    int ok = waited >= 0 && waited <= (int64_t)target * 1000;
    score_pass(c, "answer_time", k->id, "CC39-1.1", "customer_service", SEV_MODERATE, ok, v.taken_ms, e, g,
               ok ? "The contact was taken from the queue promptly."
                  : "The contact waited too long in the queue (or gave up).");
    /* the actions while it was taken */
    size_t from = 0, to = 0;
    int taken = 0;
    for (size_t i = 0; i < sim_action_count(sim); i++) {
      const Action *a = act(s, i);
      if (!sim_action_accepted(sim, i)) continue;
      if (a->type == ACT_TAKE && str_eq(a->arg, k->id)) from = i, to = sim_action_count(sim), taken = 1;
      else if (taken && a->type == ACT_CLOSE && str_eq(a->arg, k->id)) {
        to = i;
        break;
      }
    }
    int inc = scenario_incident_index(s->sc, k->incident);
    if (strcmp(k->kind, "query") == 0) {
      int checked = 0, told = 0;
      int64_t t = -1;
      for (size_t i = from; taken && i < to; i++) {
        const Action *a = act(s, i);
        if (!sim_action_accepted(sim, i)) continue;
        if ((a->type == ACT_STATUS || a->type == ACT_DISPATCH) && sim_action_incident(sim, i) == inc) checked = 1, t = a->t_ms;
        if (said_next_steps(c, a)) told = 1, t = a->t_ms > t ? a->t_ms : t;
      }
      Buf got = {0};
      buf_printf(&got, "%s; ", taken ? "taken" : "not taken");
      if (checked) buf_printf(&got, "progress checked; ");
      else buf_printf(&got, "no status request to a unit serving %s (nor a unit sent to it) while the contact was taken; ",
                      k->incident ? k->incident : "its incident");
      buf_printf(&got, "%s", told ? "next steps said" : "next steps not said");
      score_add(c, "query", k->id, "CC39-1.7", "customer_service", SEV_MODERATE, taken + checked + told, t,
                "taken; the incident's units asked for their status (or one sent); the next steps said", got.data,
                taken && checked && told ? "The query was answered from the incident's current state."
                                         : "The query was not answered from a check of the incident's progress.");
      buf_free(&got);
    } else {
      int64_t last = -1;
      int in_order = 1;
      for (size_t n = 0; n < c->p->ncomplaint_steps; n++) {
        const ComplaintStep *stp = &c->p->complaint_steps[n];
        long a = -1;
        for (size_t i = from; taken && i < to && a < 0; i++)
          if (act(s, i)->type == ACT_COMPLAINT && sim_action_accepted(sim, i) && str_eq(act(s, i)->arg, stp->id)) a = (long)i;
        if (a >= 0 && score_act_t(c, a) < last) in_order = 0;
        if (a >= 0) last = score_act_t(c, a);
        char subj[160];
        snprintf(subj, sizeof subj, "%s:%s", k->id, stp->id);
        score_pass(c, "complaint", subj, "CC39-1.7", "customer_service", SEV_MODERATE, a >= 0, score_act_t(c, a), stp->text,
                   a >= 0 ? "done" : "not done",
                   a >= 0 ? "This step of the complaint procedure was taken."
                          : "A step of the organisation's complaint procedure was missed.");
      }
      score_pass(c, "complaint_order", k->id, "CC39-1.7", "customer_service", SEV_MINOR, in_order && taken, -1,
                 "the complaint steps in the procedure's order", !taken ? "not taken" : in_order ? "in order" : "out of order",
                 in_order && taken ? "The complaint was handled in the procedure's order."
                                   : "The complaint was not handled in the procedure's order.");
    }
  }
}

static void check_support(ShiftCtx *s) {
  Ctx *c = s->c;
  for (size_t i = 0; i < sim_colleague_count(c->sim); i++) {
    SimColleagueView v = sim_colleague(c->sim, i);
    const Colleague *col = v.colleague;
    if (!col->need) continue;
    long aa = -1, as = -1;
    for (size_t k = 0; k < sim_action_count(c->sim); k++) {
      const Action *a = act(s, k);
      if (!sim_action_accepted(c->sim, k) || !str_eq(a->arg, col->id)) continue;
      if (a->type == ACT_AGREE_AREA) aa = (long)k;
      if (a->type == ACT_AGREE_SUPPORT) as = (long)k;
    }
    int area_ok = v.area && strcmp(v.area, col->need) == 0;
    score_pass(c, "support_area", col->id, "CC39-2.1", "team", SEV_MAJOR, area_ok, score_act_t(c, aa), col->need,
               v.area ? v.area : "none agreed",
               area_ok ? "The area the colleague needs support in was agreed with them."
                       : "The area agreed is not the one the colleague's work and words show.");
    int type_ok = v.support && strlist_has(&col->support, v.support);
    Buf fits = {0};
    for (size_t k = 0; k < col->support.len; k++) buf_printf(&fits, "%s%s", k ? " or " : "", col->support.v[k]);
    score_pass(c, "support_type", col->id, "CC39-2.2", "team", SEV_MAJOR, type_ok, score_act_t(c, as), fits.data,
               v.support ? v.support : "none agreed",
               type_ok ? "The support agreed fits the colleague's need."
                       : "The support agreed does not meet the colleague's identified need.");
    buf_free(&fits);
  }
}

static void check_improvements(ShiftCtx *s) {
  Ctx *c = s->c;
  if (!s->sc->nimprovements) return;
  long imp = score_last_action(c->sim, ACT_IMPROVE, NULL);
  const Action *a = imp >= 0 ? act(s, (size_t)imp) : NULL;
  for (size_t i = 0; i < s->sc->nimprovements; i++) {
    const Improvement *m = &s->sc->improvements[i];
    int shows = shift_area_shows(s->r, m->area), chosen = 0;
    for (size_t k = 0; a && k < a->nlist; k++) chosen |= strcmp(a->list[k], m->id) == 0;
    char exp[160];
    int n = s->r->area[shift_area_index(m->area)];
    snprintf(exp, sizeof exp, "%s (%s: %d problem%s in the shift)", shows ? "chosen" : "not chosen", m->area, n, n == 1 ? "" : "s");
    score_pass(c, "improve", m->id, "CC39-2.3", "team", SEV_MODERATE, a && shows == chosen, score_act_t(c, imp), exp,
               !a ? "no review of the results" : chosen ? "chosen" : "not chosen",
               !a ? "The shift's results were not reviewed for team actions."
               : shows == chosen ? (shows ? "The results show this area recurring, and the action answers it."
                                          : "Rightly left: the results do not show a pattern in this area.")
               : shows ? "The results show this area recurring, but no action was taken on it."
                       : "The results do not show a pattern in this area; the action does not answer the data.");
  }
}

Score *score_shift(const Procedure *p, const Sim *sim) {
  long close_at = score_last_action(sim, ACT_CLOSE, NULL);
  while (close_at >= 0 && (sim_action(sim, (size_t)close_at)->arg || sim_action(sim, (size_t)close_at)->incident)) {
    long prev = -1; /* the shift's end: a close naming neither a contact nor an incident */
    for (long i = close_at - 1; i >= 0 && prev < 0; i--) {
      const Action *a = sim_action(sim, (size_t)i);
      if (a->type == ACT_CLOSE && sim_action_accepted(sim, (size_t)i) && !a->arg && !a->incident) prev = i;
    }
    close_at = prev;
  }
  int64_t end = close_at >= 0 ? sim_action(sim, (size_t)close_at)->t_ms : sim_now(sim);
  Ctx c = {p, sim, xcalloc(1, sizeof(Score)), NULL, NULL, NULL, {0}, {0}, end};
  c.s->end_ms = sim_now(sim);
  ShiftCtx s = {&c, sim_scenario(sim), shift_results(p, sim), NULL, NULL};
  s.by = xcalloc(s.sc->nincidents ? s.sc->nincidents : 1, sizeof *s.by);
  s.attending = xcalloc(s.sc->nincidents ? s.sc->nincidents : 1, sizeof *s.attending);
  for (size_t i = 0; i < sim_action_count(sim); i++) {
    int inc = sim_action_incident(sim, i);
    if (inc >= 0 && sim_action_accepted(sim, i)) by_push(&s.by[inc], i);
  }
  find_attendance(&s);
  check_contacts(&s);
  for (size_t i = 0; i < s.sc->nincidents; i++) check_incident_resources(&s, i);
  check_allocation(&s);
  check_decision_paths(&s);
  check_support(&s);
  check_improvements(&s);
  score_check_knowledge(&c);
  score_pass(&c, "shift_end", NULL, "CC39-1.5", "supervision", SEV_MINOR, close_at >= 0, close_at >= 0 ? end : -1,
             "the shift ended at its time", close_at >= 0 ? "ended" : "not ended",
             close_at >= 0 ? "The shift was ended at its time, its results reviewed next." : "The shift was never ended.");
  score_totals(&c);
  for (size_t i = 0; i < s.sc->nincidents; i++) free(s.by[i].v), strlist_free(&s.attending[i]);
  free(s.by), free(s.attending);
  shift_results_free(s.r);
  kv_free(&c.known);
  return c.s;
}
