/* sim_shift.c - the supervisor's shift: incidents referred by colleagues, a queue of
 * contacts, resources allocated across incidents, colleagues to review and support
 * (docs/shift.md). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim_internal.h"

static const char *name_of(const Unit *u) {
  return u->name ? u->name : u->id;
}

void shift_start(Sim *s) {
  const Scenario *sc = s->sc;
  s->shift = 1;
  s->call = CALL_TALKING;
  s->current = -1;
  s->inc = xcalloc(sc->nincidents, sizeof *s->inc);
  s->con = xcalloc(sc->ncontacts, sizeof *s->con);
  s->col = xcalloc(sc->ncolleagues, sizeof *s->col);
  s->unit_inc = xcalloc(sc->nunits ? sc->nunits : 1, sizeof *s->unit_inc);
  for (size_t i = 0; i < sc->nunits; i++) s->unit_inc[i] = -1;
  for (size_t i = 0; i < sc->nincidents; i++) {
    ShiftState *x = &s->inc[i];
    x->referred_ms = x->first_dispatch_ms = x->closed_ms = -1;
    x->priority = sc->incidents[i].priority;
    x->code = sc->incidents[i].code;
    sim_schedule(s, sc->incidents[i].at_ms, PEND_INCIDENT)->event = i;
  }
  for (size_t i = 0; i < sc->ncontacts; i++) {
    s->con[i].arrived_ms = s->con[i].taken_ms = -1;
    sim_schedule(s, sc->contacts[i].at_ms, PEND_CONTACT)->event = i;
  }
  sim_schedule(s, (int64_t)sc->shift.duration_s * 1000, PEND_SHIFT_OVER);
  sim_emit(s, "shift", NULL, sc->shift.briefing ? sc->shift.briefing : sc->title);
}

void shift_free(Sim *s) {
  free(s->inc), free(s->con), free(s->col), free(s->unit_inc), free(s->act_inc);
}

void shift_run_pending(Sim *s, const Pending *p) {
  const Scenario *sc = s->sc;
  switch (p->kind) {
  case PEND_INCIDENT: {
    ShiftState *x = &s->inc[p->event];
    x->state = INCIDENT_OPEN;
    x->referred_ms = s->now;
    sim_emit(s, "incident", sc->incidents[p->event].id, sc->incidents[p->event].title);
    break;
  }
  case PEND_CONTACT: {
    const ShiftContact *c = &sc->contacts[p->event];
    s->con[p->event].state = CONTACT_WAITING;
    s->con[p->event].arrived_ms = s->now;
    sim_emit(s, "queued", c->id, c->caller);
    sim_schedule(s, s->now + (int64_t)c->patience_s * 1000, PEND_ABANDON)->event = p->event;
    break;
  }
  case PEND_ABANDON:
    if (s->con[p->event].state != CONTACT_WAITING) break;
    s->con[p->event].state = CONTACT_ABANDONED;
    sim_emit(s, "abandoned", sc->contacts[p->event].id, "the caller gave up waiting");
    break;
  case PEND_SHIFT_OVER:
    if (s->call == CALL_TALKING) sim_emit(s, "shift_over", NULL, "The shift's time is up: hand over and end the shift.");
    break;
  }
}

void shift_unit_status(Sim *s, size_t unit, UnitStatus st) {
  int inc = s->unit_inc[unit];
  if (unit_status_committed(st) || inc < 0) return;
  s->inc[inc].units--;
  s->unit_inc[unit] = -1;
}

/* The incident an action names, referred and (unless closed_ok) open; -1 (rejected) if not. */
static int incident_of(Sim *s, const Action *a, int closed_ok) {
  int i = scenario_incident_index(s->sc, a->incident);
  if (!a->incident) sim_reject(s, a, "in a shift this action names its \"incident\"");
  else if (i < 0) sim_reject(s, a, "no such incident");
  else if (s->inc[i].state == INCIDENT_PENDING) sim_reject(s, a, "the incident has not been referred yet");
  else if (s->inc[i].state == INCIDENT_CLOSED && !closed_ok) sim_reject(s, a, "the incident is closed");
  else return i;
  return -1;
}

static int unit_index(Sim *s, const Action *a) {
  int i = a->arg ? scenario_unit_index(s->sc, a->arg) : -1;
  if (i < 0) sim_reject(s, a, "no such unit");
  return i;
}

static void commit(Sim *s, size_t u, int inc) {
  if (s->unit_inc[u] >= 0) s->inc[s->unit_inc[u]].units--;
  s->unit_inc[u] = inc;
  if (inc >= 0) s->inc[inc].units++;
}

static void dispatch(Sim *s, const Action *a) {
  int u = unit_index(s, a);
  if (u < 0) return;
  int inc = incident_of(s, a, 0);
  if (inc < 0) return;
  UnitState *us = &s->units[u];
  const Unit *def = &s->sc->units[u];
  int from = s->unit_inc[u];
  if (from == inc) {
    sim_reject(s, a, "the unit is already committed to this incident");
    return;
  }
  if (us->status == UNIT_UNAVAILABLE) {
    sim_reject(s, a, "unit is unavailable");
    return;
  }
  const ShiftIncident *x = &s->sc->incidents[inc];
  const Place *pl = scenario_place(s->sc, x->place);
  /* A unit already out goes straight there; one at base turns out first. */
  int64_t turnout = unit_status_committed(us->status) || us->status == UNIT_RETURNING ? 0 : (int64_t)def->turnout_s * 1000;
  if (from >= 0) {
    char *t = xasprintf("%s -> %s", s->sc->incidents[from].id, x->id);
    sim_emit(s, "reallocated", def->id, t);
    free(t);
  }
  int64_t arrive = sim_unit_travel(s, (size_t)u, pl ? pl->x : 0, pl ? pl->y : 0, turnout);
  us->dispatched_ms = s->now;
  commit(s, (size_t)u, inc);
  if (s->inc[inc].first_dispatch_ms < 0) s->inc[inc].first_dispatch_ms = s->now;
  s->act_inc[s->cur_action] = inc;
  sim_unit_set(s, (size_t)u, UNIT_DISPATCHED, NULL);
  if (turnout > 0) sim_schedule_unit(s, (size_t)u, s->now + turnout, UNIT_EN_ROUTE);
  else sim_unit_set(s, (size_t)u, UNIT_EN_ROUTE, NULL);
  sim_schedule_unit(s, (size_t)u, arrive, UNIT_ON_SCENE);
}

static void unit_order(Sim *s, const Action *a) {
  int u = unit_index(s, a);
  if (u < 0) return;
  UnitState *us = &s->units[u];
  const Unit *def = &s->sc->units[u];
  int inc = s->unit_inc[u];
  if (a->incident && scenario_incident_index(s->sc, a->incident) != inc) {
    sim_reject(s, a, "the unit does not serve that incident");
    return;
  }
  if (a->type == ACT_STATUS) {
    char *r;
    if (inc >= 0 && us->status != UNIT_ON_SCENE && us->arrive_ms > s->now)
      r = xasprintf("%s: %s to %s, ETA %d min", name_of(def), unit_status_name(us->status), s->sc->incidents[inc].title,
                    (int)((us->arrive_ms - s->now + 59999) / 60000));
    else if (inc >= 0 && us->status != UNIT_ON_SCENE)
      r = xasprintf("%s: %s to %s, delayed", name_of(def), unit_status_name(us->status), s->sc->incidents[inc].title);
    else if (inc >= 0)
      r = xasprintf("%s: on scene at %s", name_of(def), s->sc->incidents[inc].title);
    else r = xasprintf("%s: %s", name_of(def), unit_status_name(us->status));
    s->act_inc[s->cur_action] = inc; /* the incident the unit serves, whatever the action named */
    sim_emit(s, "report", def->id, r);
    free(r);
    return;
  }
  if (inc < 0) {
    sim_reject(s, a, "unit is not committed to an incident");
    return;
  }
  s->act_inc[s->cur_action] = inc;
  if (a->type == ACT_STAND_DOWN) sim_unit_home(s, (size_t)u);
  else sim_emit_order(s, a);
}

static void review(Sim *s, const Action *a) {
  int inc = incident_of(s, a, 1);
  if (inc < 0) return;
  const ShiftIncident *x = &s->sc->incidents[inc];
  s->inc[inc].reviewed = 1;
  Buf b = {0};
  const char *col = x->colleague;
  int ci = scenario_colleague_index(s->sc, col);
  buf_printf(&b, "Taken by %s. Code %s, priority %s. Asked:", ci >= 0 ? s->sc->colleagues[ci].name : col ? col : "?",
             x->code, x->priority);
  for (size_t i = 0; i < x->asked.len; i++) buf_printf(&b, "%s %s", i ? "," : "", x->asked.v[i]);
  buf_printf(&b, ". Advice:");
  for (size_t i = 0; i < x->advice.len; i++) buf_printf(&b, "%s %s", i ? "," : "", x->advice.v[i]);
  if (!x->advice.len) buf_printf(&b, " none");
  buf_printf(&b, ". Escalated: %s.", x->escalated ? x->escalated : "no");
  if (x->log) buf_printf(&b, " Log: %s", x->log);
  sim_emit(s, "review", x->id, b.data);
  buf_free(&b);
}

static void correct(Sim *s, const Action *a) {
  static const char *const decisions[] = {"priority", "code", "question", "advice", "escalation"};
  int inc = incident_of(s, a, 0);
  if (inc < 0) return;
  int ok = 0;
  for (size_t i = 0; i < 5; i++) ok |= str_eq(a->arg, decisions[i]);
  if (!ok) {
    sim_reject(s, a, "no such decision (priority, code, question, advice or escalation)");
    return;
  }
  if (!s->inc[inc].reviewed) {
    sim_reject(s, a, "review the colleague's log first");
    return;
  }
  if (strcmp(a->arg, "priority") == 0) s->inc[inc].priority = a->value;
  if (strcmp(a->arg, "code") == 0) s->inc[inc].code = a->value;
  char *t = xasprintf("%s: %s", a->arg, a->value ? a->value : "");
  sim_emit(s, "correction", a->incident, t);
  free(t);
}

static int colleague_of(Sim *s, const Action *a) {
  int i = scenario_colleague_index(s->sc, a->arg);
  if (i < 0) sim_reject(s, a, "no such colleague");
  return i;
}

static void talk(Sim *s, const Action *a) {
  int i = colleague_of(s, a);
  if (i < 0) return;
  const Colleague *c = &s->sc->colleagues[i];
  const char *topic = a->value ? a->value : "general";
  s->col[i].talks++;
  char *q = xasprintf("(to %s) How are you getting on with %s?", c->name, strcmp(topic, "general") == 0 ? "the shift" : topic);
  sim_emit(s, "trainee", c->id, q);
  free(q);
  const char *line = kv_get(&c->says, topic);
  if (!line && strcmp(topic, "general") == 0) line = "Fine, thanks. Busy, but fine.";
  sim_emit(s, "colleague", c->id, line ? line : "No problems there, I think.");
}

static void agree(Sim *s, const Action *a) {
  int i = colleague_of(s, a);
  if (i < 0) return;
  if (!s->col[i].talks) {
    sim_reject(s, a, "talk with the colleague first: support is agreed, not imposed");
    return;
  }
  int area = a->type == ACT_AGREE_AREA;
  if (area ? shift_area_index(a->value) < 0 : shift_support_index(a->value) < 0) {
    sim_reject(s, a, area ? "no such area" : "no such type of support");
    return;
  }
  if (area) s->col[i].area = a->value;
  else s->col[i].support = a->value;
  char *t = xasprintf("%s: %s", area ? "area" : "support", a->value);
  sim_emit(s, "agreed", s->sc->colleagues[i].id, t);
  free(t);
}

static void take(Sim *s, const Action *a) {
  int i = scenario_contact_index(s->sc, a->arg);
  if (i < 0) {
    sim_reject(s, a, "no such contact");
    return;
  }
  if (s->con[i].state != CONTACT_WAITING) {
    sim_reject(s, a, s->con[i].state == CONTACT_PENDING ? "the contact has not come in yet" : "the contact is not waiting");
    return;
  }
  if (s->current >= 0) {
    sim_reject(s, a, "finish the contact taken first");
    return;
  }
  const ShiftContact *c = &s->sc->contacts[i];
  s->con[i].state = CONTACT_TAKEN;
  s->con[i].taken_ms = s->now;
  s->current = i;
  s->act_inc[s->cur_action] = scenario_incident_index(s->sc, c->incident);
  sim_emit(s, "answered", c->id, c->caller);
  sim_emit(s, "caller", c->id, c->says ? c->says : "Hello?");
}

/* say, complaint and advise: to the contact taken. */
static void to_contact(Sim *s, const Action *a) {
  if (s->current < 0) {
    sim_reject(s, a, "no contact has been taken");
    return;
  }
  const ShiftContact *c = &s->sc->contacts[s->current];
  if (s->act_inc[s->cur_action] < 0) s->act_inc[s->cur_action] = scenario_incident_index(s->sc, c->incident);
  if (a->type == ACT_SAY) {
    const SimPhrase *ph = sim_rules_phrase(s->rules, a->arg);
    if (a->arg && !ph) {
      sim_reject(s, a, "no such phrase");
      return;
    }
    if (ph) sim_emit(s, "trainee", ph->id, ph->text);
    if (a->value) sim_emit(s, "trainee", NULL, a->value);
  } else {
    sim_emit(s, "trainee", a->arg, a->type == ACT_COMPLAINT ? "complaint step" : "advice");
  }
}

static void close_(Sim *s, const Action *a) {
  if (a->arg) {
    int i = scenario_contact_index(s->sc, a->arg);
    if (i < 0 || i != s->current) {
      sim_reject(s, a, i < 0 ? "no such contact" : "that contact is not the one taken");
      return;
    }
    s->con[i].state = CONTACT_DONE;
    s->current = -1;
    s->act_inc[s->cur_action] = scenario_incident_index(s->sc, s->sc->contacts[i].incident);
    sim_emit(s, "closed", a->arg, "contact");
    return;
  }
  if (a->incident) {
    int inc = incident_of(s, a, 0);
    if (inc < 0) return;
    s->inc[inc].state = INCIDENT_CLOSED;
    s->inc[inc].closed_ms = s->now;
    sim_emit(s, "closed", a->incident, "incident");
    for (size_t u = 0; u < s->sc->nunits; u++) /* its units are released */
      if (s->unit_inc[u] == inc) sim_unit_home(s, u);
    return;
  }
  if (s->current >= 0) {
    sim_reject(s, a, "finish the contact taken first");
    return;
  }
  if (s->now < (int64_t)s->sc->shift.duration_s * 1000) {
    char *why = xasprintf("the shift runs until %d:%02d on its clock; it cannot be ended before",
                          s->sc->shift.duration_s / 60, s->sc->shift.duration_s % 60);
    sim_reject(s, a, why);
    free(why);
    return;
  }
  s->call = CALL_CLOSED;
  sim_emit(s, "closed", NULL, "shift");
}

void shift_apply(Sim *s, const Action *a) {
  if (a->incident && scenario_incident_index(s->sc, a->incident) < 0) {
    sim_reject(s, a, "no such incident");
    return;
  }
  if (s->call == CALL_CLOSED) {
    if (a->type == ACT_IMPROVE) {
      Buf b = {0};
      for (size_t i = 0; i < a->nlist; i++) buf_printf(&b, "%s%s", i ? ", " : "", a->list[i]);
      if (a->value) buf_printf(&b, "%s%s", b.len ? "; " : "", a->value);
      sim_emit(s, "improve", NULL, b.data ? b.data : "");
      buf_free(&b);
    } else sim_reject(s, a, "the shift is over");
    return;
  }
  switch (a->type) {
  case ACT_DISPATCH: dispatch(s, a); break;
  case ACT_BRIEF:
  case ACT_INSTRUCT:
  case ACT_STATUS:
  case ACT_STAND_DOWN: unit_order(s, a); break;
  case ACT_REVIEW: review(s, a); break;
  case ACT_CORRECT: correct(s, a); break;
  case ACT_TALK: talk(s, a); break;
  case ACT_AGREE_AREA:
  case ACT_AGREE_SUPPORT: agree(s, a); break;
  case ACT_TAKE: take(s, a); break;
  case ACT_SAY:
  case ACT_COMPLAINT:
  case ACT_ADVISE: to_contact(s, a); break;
  case ACT_CLOSE: close_(s, a); break;
  case ACT_IMPROVE: sim_reject(s, a, "the shift's results come at its end: end the shift first"); break;
  case ACT_ESCALATE:
  case ACT_CONTACT:
  case ACT_LOG:
    if (a->incident) break; /* recorded */
    sim_reject(s, a, "in a shift this action names its \"incident\"");
    break;
  default: sim_reject(s, a, "a call's action: in a shift, take a contact from the queue or talk with a colleague"); break;
  }
}

int sim_is_shift(const Sim *s) { return s->shift; }
size_t sim_incident_count(const Sim *s) { return s->shift ? s->sc->nincidents : 0; }
size_t sim_contact_count(const Sim *s) { return s->shift ? s->sc->ncontacts : 0; }
size_t sim_colleague_count(const Sim *s) { return s->shift ? s->sc->ncolleagues : 0; }
int sim_current_contact(const Sim *s) { return s->shift ? s->current : -1; }
int sim_unit_incident(const Sim *s, size_t u) { return s->shift ? s->unit_inc[u] : -1; }
int sim_action_incident(const Sim *s, size_t i) { return s->shift ? s->act_inc[i] : -1; }

SimIncidentView sim_incident(const Sim *s, size_t i) {
  const ShiftState *x = &s->inc[i];
  return (SimIncidentView){&s->sc->incidents[i], x->state, x->referred_ms, x->first_dispatch_ms, x->closed_ms,
                           x->reviewed, x->priority, x->code, x->units};
}

SimContactView sim_contact(const Sim *s, size_t i) {
  return (SimContactView){&s->sc->contacts[i], s->con[i].state, s->con[i].arrived_ms, s->con[i].taken_ms};
}

SimColleagueView sim_colleague(const Sim *s, size_t i) {
  return (SimColleagueView){&s->sc->colleagues[i], s->col[i].talks, s->col[i].area, s->col[i].support};
}
