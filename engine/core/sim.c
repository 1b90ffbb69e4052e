/* sim.c - the simulation of one session: clock, event queue, caller and resources. */
#include "sim.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rng.h"
#include "sim_internal.h"

#define AGITATION_TICK_MS 10000

const char *sim_mood_word(int a) {
  return a < 25 ? "calm" : a < 50 ? "worried" : a < 75 ? "distressed" : "panicking";
}

void sim_emit(Sim *s, const char *kind, const char *subject, const char *text) {
  if (s->nev == s->capev) {
    s->capev = s->capev ? s->capev * 2 : 64;
    s->ev = xrealloc(s->ev, s->capev * sizeof *s->ev);
  }
  s->ev[s->nev++] = (SimEvent){s->now, kind, xstrdup(subject), xstrdup(text), s->cur_action};
}

/* The pending items are a binary heap ordered by time, then scheduling order. */
static int pend_before(const Pending *a, const Pending *b) {
  return a->t_ms < b->t_ms || (a->t_ms == b->t_ms && a->seq < b->seq);
}

Pending *sim_schedule(Sim *s, int64_t t, int kind) {
  if (s->npend == s->cappend) {
    s->cappend = s->cappend ? s->cappend * 2 : 16;
    s->pend = xrealloc(s->pend, s->cappend * sizeof *s->pend);
  }
  /* Sift the hole up to where the new item belongs, then fill it there. */
  Pending key = {.t_ms = t, .seq = s->seq};
  size_t i = s->npend++;
  while (i > 0 && pend_before(&key, &s->pend[(i - 1) / 2])) {
    s->pend[i] = s->pend[(i - 1) / 2];
    i = (i - 1) / 2;
  }
  Pending *p = &s->pend[i];
  memset(p, 0, sizeof *p);
  p->t_ms = t;
  p->seq = s->seq++;
  p->kind = kind;
  return p;
}

static void set_agitation(Sim *s, int a) {
  const char *before = sim_mood_word(s->agitation);
  s->agitation = a < 0 ? 0 : a > 100 ? 100 : a;
  if (s->agitation > s->max_agitation) s->max_agitation = s->agitation;
  const char *after = sim_mood_word(s->agitation);
  if (strcmp(before, after) != 0) sim_emit(s, "mood", NULL, after);
}

static const char *caller_line(const Sim *s, const char *key, const char *fallback) {
  const char *l = kv_get(&s->sc->caller.says, key);
  return l ? l : fallback;
}

static void learn(Sim *s, const char *fact, const char *value) {
  const char *old = kv_get(&s->known, fact);
  if (old && strcmp(old, value) == 0) return;
  kv_set(&s->known, fact, value);
  sim_emit(s, "fact", fact, value);
}

static void caller_hangs_up(Sim *s, const char *why) {
  if (s->call == CALL_TALKING) sim_emit(s, "caller", NULL, caller_line(s, "hangup", "(the line goes dead)"));
  s->call = CALL_HUNG_UP;
  sim_emit(s, "hangup", NULL, why);
}

void sim_unit_position(const Sim *s, size_t i, double *x, double *y) {
  const UnitState *u = &s->units[i];
  if (u->arrive_ms <= u->depart_ms || s->now >= u->arrive_ms || s->now <= u->depart_ms) {
    int moving_done = s->now >= u->arrive_ms;
    *x = moving_done ? u->to_x : u->from_x;
    *y = moving_done ? u->to_y : u->from_y;
    return;
  }
  double f = (double)(s->now - u->depart_ms) / (double)(u->arrive_ms - u->depart_ms);
  *x = u->from_x + (u->to_x - u->from_x) * f;
  *y = u->from_y + (u->to_y - u->from_y) * f;
}

/* Schedules a unit's journey from where it is now to (x, y), leaving after delay_ms. */
int64_t sim_unit_travel(Sim *s, size_t i, double x, double y, int64_t delay_ms) {
  UnitState *u = &s->units[i];
  double fx, fy;
  sim_unit_position(s, i, &fx, &fy);
  u->gen++;
  double km = hypot(x - fx, y - fy);
  double speed = s->sc->units[i].speed_kmh > 0 ? s->sc->units[i].speed_kmh : 40.0;
  int64_t travel = (int64_t)llround(km / speed * 3600000.0);
  u->from_x = fx, u->from_y = fy, u->to_x = x, u->to_y = y;
  u->depart_ms = s->now + delay_ms;
  u->arrive_ms = u->depart_ms + travel;
  return u->arrive_ms;
}

void sim_schedule_unit(Sim *s, size_t i, int64_t t, UnitStatus st) {
  Pending *p = sim_schedule(s, t, PEND_UNIT);
  p->unit = (int)i;
  p->gen = s->units[i].gen;
  p->status = st;
}

void sim_unit_set(Sim *s, size_t i, UnitStatus st, const char *report) {
  UnitState *u = &s->units[i];
  const Unit *def = &s->sc->units[i];
  u->status = st;
  if (st == UNIT_ON_SCENE) u->on_scene_ms = s->now;
  if (s->shift) shift_unit_status(s, i, st);
  sim_emit(s, "unit", def->id, unit_status_name(st));
  if (report) sim_emit(s, "report", def->id, report);
}

static void fire_scenario_event(Sim *s, size_t idx) {
  const ScenarioEvent *e = &s->sc->events[idx];
  s->fired[idx] = 1;
  sim_emit(s, "scenario", NULL, e->say ? e->say : e->report ? e->report : e->hangup ? "the caller hangs up"
                            : e->unit ? "a unit's status changes" : "the situation changes");
  for (size_t i = 0; i < e->facts.len; i++) kv_set(&s->truth, e->facts.v[i].key, e->facts.v[i].value);
  if (s->call == CALL_TALKING && !s->shift) {
    if (e->say) sim_emit(s, "caller", NULL, e->say);
    if (e->told)
      for (size_t i = 0; i < e->facts.len; i++) learn(s, e->facts.v[i].key, e->facts.v[i].value);
  }
  if (e->agitation) set_agitation(s, s->agitation + e->agitation);
  if (e->unit) {
    int ui = scenario_unit_index(s->sc, e->unit);
    if (ui >= 0) {
      UnitState *u = &s->units[ui];
      double x, y;
      sim_unit_position(s, (size_t)ui, &x, &y);
      u->from_x = u->to_x = x, u->from_y = u->to_y = y;
      u->depart_ms = u->arrive_ms = s->now;
      u->gen++; /* cancels its journey */
      sim_unit_set(s, (size_t)ui, e->status, e->report);
    }
  }
  if (e->hangup && (s->call == CALL_TALKING || s->call == CALL_RINGING))
    caller_hangs_up(s, "scenario");
}

static int run_triggers(Sim *s, Error *err) {
  if (!s->trigger) return 0;
  for (int again = 1; again;) {
    again = 0;
    for (size_t i = 0; i < s->sc->nevents; i++) {
      const ScenarioEvent *e = &s->sc->events[i];
      if (s->fired[i] || e->when_ref < 0) continue;
      int fire = 0;
      if (s->trigger(s->trigger_ud, s, e, &fire, err) < 0) return -1;
      if (fire) {
        fire_scenario_event(s, i);
        again = 1;
      }
    }
  }
  return 0;
}

Sim *sim_new(const Scenario *sc, const SimRules *rules, uint64_t seed) {
  Sim *s = xcalloc(1, sizeof *s);
  s->sc = sc;
  s->rules = rules;
  s->seed = seed;
  rng_seed(&s->rng, seed ^ rng_hash_str(sc->id));
  s->answered_ms = -1;
  s->cur_action = -1;
  s->agitation = s->max_agitation = sc->caller.agitation;
  for (size_t i = 0; i < sc->caller.truth.len; i++)
    kv_set(&s->truth, sc->caller.truth.v[i].key, sc->caller.truth.v[i].value);
  const Place *inc = sc->caller.location ? scenario_place(sc, sc->caller.location) : NULL;
  s->inc_x = inc ? inc->x : 0, s->inc_y = inc ? inc->y : 0;
  s->units = xcalloc(sc->nunits, sizeof *s->units);
  for (size_t i = 0; i < sc->nunits; i++) {
    const Place *b = sc->units[i].base ? scenario_place(sc, sc->units[i].base) : NULL;
    UnitState *u = &s->units[i];
    u->status = sc->units[i].status;
    u->from_x = u->to_x = b ? b->x : 0;
    u->from_y = u->to_y = b ? b->y : 0;
    u->dispatched_ms = u->on_scene_ms = -1;
  }
  s->fired = xcalloc(sc->nevents, 1);
  for (size_t i = 0; i < sc->nevents; i++)
    if (sc->events[i].at_ms >= 0 && sc->events[i].when_ref < 0)
      sim_schedule(s, sc->events[i].at_ms, PEND_SCENARIO)->event = i;
  if (sc->is_shift) shift_start(s);
  else sim_emit(s, "ringing", NULL, sc->caller.name);
  return s;
}

void sim_free(Sim *s) {
  if (!s) return;
  for (size_t i = 0; i < s->npend; i++) free(s->pend[i].fact), free(s->pend[i].value), free(s->pend[i].text);
  free(s->pend);
  for (size_t i = 0; i < s->nev; i++) free(s->ev[i].subject), free(s->ev[i].text);
  free(s->ev);
  actions_free(&s->acts);
  free(s->accepted), free(s->marks);
  kv_free(&s->truth), kv_free(&s->known), kv_free(&s->difficulty), kv_free(&s->answered);
  free(s->units), free(s->fired);
  shift_free(s);
  free(s);
}

void sim_set_trigger(Sim *s, SimTriggerFn fn, void *ud) {
  s->trigger = fn;
  s->trigger_ud = ud;
}

/* Removes the earliest pending item (the heap's root). */
static Pending pop_pending(Sim *s) {
  Pending top = s->pend[0], last = s->pend[--s->npend];
  size_t i = 0, n = s->npend;
  for (;;) {
    size_t c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && pend_before(&s->pend[c + 1], &s->pend[c])) c++;
    if (!pend_before(&s->pend[c], &last)) break;
    s->pend[i] = s->pend[c];
    i = c;
  }
  if (n) s->pend[i] = last;
  return top;
}

static void run_pending(Sim *s, Pending p) {
  switch (p.kind) {
  case PEND_ANSWER:
    if (s->call != CALL_TALKING) break;
    sim_emit(s, "caller", NULL, p.text);
    if (p.fact) learn(s, p.fact, p.value), kv_set(&s->answered, p.fact, "1");
    break;
  case PEND_UNIT:
    if (p.gen != s->units[p.unit].gen) break; /* cancelled */
    {
      const Unit *u = &s->sc->units[p.unit];
      char *report = NULL;
      int inc = s->shift ? s->unit_inc[p.unit] : -1;
      if (p.status == UNIT_ON_SCENE && inc >= 0)
        report = xasprintf("%s in attendance at %s", u->name ? u->name : u->id, s->sc->incidents[inc].title);
      else if (p.status == UNIT_ON_SCENE) report = xasprintf("%s in attendance at the incident", u->name ? u->name : u->id);
      if (p.status == UNIT_AVAILABLE) report = xasprintf("%s available", u->name ? u->name : u->id);
      sim_unit_set(s, (size_t)p.unit, p.status, report);
      free(report);
    }
    break;
  case PEND_SCENARIO:
    if (!s->fired[p.event]) fire_scenario_event(s, p.event);
    break;
  default: shift_run_pending(s, &p); break;
  }
  free(p.fact), free(p.value), free(p.text);
}

/* The time of the next caller deadline (hang-up or agitation tick), or INT64_MAX. */
static int64_t next_caller_deadline(const Sim *s, int *what) {
  int64_t t = INT64_MAX;
  *what = 0;
  if (s->shift) return t;
  if (s->call == CALL_RINGING && s->sc->caller.ring_patience_s > 0) {
    t = (int64_t)s->sc->caller.ring_patience_s * 1000;
    *what = 1;
  } else if (s->call == CALL_TALKING) {
    t = s->next_tick_ms;
    *what = 2;
    int64_t hang = s->last_contact_ms + (int64_t)s->sc->caller.patience_s * 1000;
    if (s->sc->caller.patience_s > 0 && hang <= t) {
      t = hang;
      *what = 3;
    }
  }
  return t;
}

int sim_advance(Sim *s, int64_t t, Error *err) {
  for (;;) {
    int what;
    int64_t ct = next_caller_deadline(s, &what);
    int64_t pt = s->npend ? s->pend[0].t_ms : INT64_MAX;
    int64_t next = pt < ct ? pt : ct;
    if (next > t) break;
    if (next > s->now) s->now = next;
    if (pt <= ct) {
      run_pending(s, pop_pending(s));
    } else if (what == 1) {
      caller_hangs_up(s, "not answered");
    } else if (what == 3) {
      caller_hangs_up(s, "ignored");
    } else {
      s->next_tick_ms += AGITATION_TICK_MS;
      set_agitation(s, s->agitation + 1);
    }
    if (run_triggers(s, err) < 0) return -1;
  }
  if (t > s->now) s->now = t;
  return 0;
}

void sim_reject(Sim *s, const Action *a, const char *why) {
  s->accepted[s->cur_action] = 0;
  sim_emit(s, "rejected", action_type_name(a->type), why);
}

static const SimQuestion *find_question(const Sim *s, const char *id) {
  for (size_t i = 0; id && i < s->rules->nquestions; i++)
    if (strcmp(s->rules->questions[i].id, id) == 0) return &s->rules->questions[i];
  return NULL;
}

const SimPhrase *sim_rules_phrase(const SimRules *r, const char *id) {
  for (size_t i = 0; id && i < r->nphrases; i++)
    if (strcmp(r->phrases[i].id, id) == 0) return &r->phrases[i];
  return NULL;
}

static int talking(Sim *s, const Action *a) {
  if (s->call == CALL_TALKING) return 1;
  sim_reject(s, a, s->call == CALL_RINGING ? "the call has not been answered"
               : s->call == CALL_HUNG_UP ? "the caller has hung up" : "the call is closed");
  return 0;
}

static void do_answer(Sim *s, const Action *a) {
  if (s->call != CALL_RINGING) {
    sim_reject(s, a, "the call is not ringing");
    return;
  }
  s->call = CALL_TALKING;
  s->answered_ms = s->now;
  s->last_contact_ms = s->now;
  s->next_tick_ms = s->now + AGITATION_TICK_MS;
  sim_emit(s, "answered", NULL, NULL);
  sim_emit(s, "caller", NULL, caller_line(s, "opening", "Hello?"));
  const KVList *told = &s->sc->caller.told;
  for (size_t i = 0; i < told->len; i++) learn(s, told->v[i].key, told->v[i].value);
}

static void do_ask(Sim *s, const Action *a) {
  const SimQuestion *q = find_question(s, a->arg);
  if (!q) {
    sim_reject(s, a, "no such question");
    return;
  }
  if (!talking(s, a)) return;
  s->last_contact_ms = s->now;
  sim_emit(s, "trainee", a->arg, q->text);
  if (kv_get(&s->answered, q->fact)) { /* a fact only volunteered may still be asked about */
    sim_emit(s, "repeat", q->fact, a->arg);
    set_agitation(s, s->agitation + 8);
    Pending *p = sim_schedule(s, s->now + 1500, PEND_ANSWER);
    p->text = xstrdup(caller_line(s, "repeat", "I've already told you that!"));
    return;
  }
  int64_t delay = 2000 + (int64_t)s->agitation * 30 + rng_range(&s->rng, 0, 1000);
  Pending *p;
  if (s->agitation >= 75 && rng_unit(&s->rng) < (double)(s->agitation - 60) / 100.0) {
    char n[16];
    const char *d = kv_get(&s->difficulty, q->fact);
    snprintf(n, sizeof n, "%d", (d ? atoi(d) : 0) + 1);
    kv_set(&s->difficulty, q->fact, n);
    p = sim_schedule(s, s->now + delay, PEND_ANSWER);
    p->text = xstrdup(caller_line(s, "panic", "I don't know, please just hurry!"));
    return;
  }
  const char *v = kv_get(&s->truth, q->fact);
  const char *line = kv_get(&s->sc->caller.says, q->fact);
  p = sim_schedule(s, s->now + delay, PEND_ANSWER);
  p->fact = xstrdup(q->fact);
  p->value = xstrdup(v ? v : "unknown");
  if (line) p->text = xstrdup(line);
  else if (v) p->text = xasprintf("%s.", v);
  else p->text = xstrdup(caller_line(s, "unknown", "I don't know."));
}

static void do_say(Sim *s, const Action *a) {
  const SimPhrase *ph = NULL;
  if (a->arg && !(ph = sim_rules_phrase(s->rules, a->arg))) {
    sim_reject(s, a, "no such phrase");
    return;
  }
  if (!talking(s, a)) return;
  s->last_contact_ms = s->now;
  int before = s->agitation;
  if (ph) {
    static const int effect[] = {[PHRASE_REASSURE] = -15, [PHRASE_CONTROL] = -10,
                                 [PHRASE_REPEAT_BACK] = -5, [PHRASE_NEXT_STEPS] = -10};
    sim_emit(s, "trainee", ph->id, ph->text);
    set_agitation(s, s->agitation + effect[ph->kind]);
  }
  if (a->value) {
    sim_emit(s, "trainee", NULL, a->value);
    for (size_t i = 0; i < s->rules->njargon; i++)
      if (str_has_word(a->value, s->rules->jargon[i])) {
        sim_emit(s, "jargon", s->rules->jargon[i], NULL);
        set_agitation(s, s->agitation + 10);
      }
  }
  if (before >= 50 && s->agitation < 50 && kv_get(&s->sc->caller.says, "reassured"))
    sim_schedule(s, s->now + 1000, PEND_ANSWER)->text = xstrdup(caller_line(s, "reassured", ""));
}

static int unit_of(Sim *s, const Action *a) {
  int i = a->arg ? scenario_unit_index(s->sc, a->arg) : -1;
  if (i < 0) sim_reject(s, a, "no such unit");
  return i;
}


static void do_dispatch(Sim *s, const Action *a) {
  int i = unit_of(s, a);
  if (i < 0) return;
  UnitState *u = &s->units[i];
  if (u->status != UNIT_AVAILABLE && u->status != UNIT_RETURNING) {
    char *why = xasprintf("unit is %s", unit_status_name(u->status));
    sim_reject(s, a, why);
    free(why);
    return;
  }
  int64_t turnout = (int64_t)s->sc->units[i].turnout_s * 1000;
  int64_t arrive = sim_unit_travel(s, (size_t)i, s->inc_x, s->inc_y, turnout);
  u->dispatched_ms = s->now;
  sim_unit_set(s, (size_t)i, UNIT_DISPATCHED, NULL);
  sim_schedule_unit(s, (size_t)i, s->now + turnout, UNIT_EN_ROUTE);
  sim_schedule_unit(s, (size_t)i, arrive, UNIT_ON_SCENE);
}

static void do_unit_order(Sim *s, const Action *a) {
  int i = unit_of(s, a);
  if (i < 0) return;
  UnitState *u = &s->units[i];
  if (a->type == ACT_STATUS) {
    const Unit *d = &s->sc->units[i];
    char *r = xasprintf("%s: %s", d->name ? d->name : d->id, unit_status_name(u->status));
    sim_emit(s, "report", d->id, r);
    free(r);
    return;
  }
  if (!unit_status_committed(u->status)) {
    sim_reject(s, a, "unit is not committed to the incident");
    return;
  }
  if (a->type == ACT_STAND_DOWN) sim_unit_home(s, (size_t)i);
  else sim_emit_order(s, a);
}

void sim_unit_home(Sim *s, size_t i) {
  const Place *b = s->sc->units[i].base ? scenario_place(s->sc, s->sc->units[i].base) : NULL;
  int64_t back = sim_unit_travel(s, i, b ? b->x : 0, b ? b->y : 0, 0);
  sim_unit_set(s, i, UNIT_RETURNING, NULL);
  sim_schedule_unit(s, i, back, UNIT_AVAILABLE);
}

void sim_emit_order(Sim *s, const Action *a) {
  Buf b = {0};
  buf_printf(&b, "%s %s:", a->type == ACT_BRIEF ? "Briefed" : "Instructed", a->arg);
  for (size_t k = 0; k < a->nlist; k++) buf_printf(&b, "%s %s", k ? "," : "", a->list[k]);
  sim_emit(s, "trainee", a->arg, b.data);
  buf_free(&b);
}

static void apply(Sim *s, const Action *a) {
  if (a->type == ACT_KNOWLEDGE) { /* answered at the debrief, after the call too */
    sim_emit(s, "knowledge", a->arg, NULL);
    return;
  }
  if (s->shift) {
    shift_apply(s, a);
    return;
  }
  if (s->call == CALL_CLOSED) {
    sim_reject(s, a, "the session is closed");
    return;
  }
  switch (a->type) {
  case ACT_ANSWER: do_answer(s, a); break;
  case ACT_ASK: do_ask(s, a); break;
  case ACT_SAY: do_say(s, a); break;
  case ACT_ADVISE:
    if (talking(s, a)) {
      s->last_contact_ms = s->now;
      sim_emit(s, "trainee", a->arg, "advice");
    }
    break;
  case ACT_COMPLAINT:
    if (talking(s, a)) {
      s->last_contact_ms = s->now;
      sim_emit(s, "trainee", a->arg, "complaint step");
    }
    break;
  case ACT_DISPATCH: do_dispatch(s, a); break;
  case ACT_BRIEF:
  case ACT_INSTRUCT:
  case ACT_STATUS:
  case ACT_STAND_DOWN: do_unit_order(s, a); break;
  case ACT_CLOSE:
    s->call = CALL_CLOSED;
    sim_emit(s, "closed", NULL, NULL);
    break;
  case ACT_TAKE:
  case ACT_REVIEW:
  case ACT_CORRECT:
  case ACT_TALK:
  case ACT_AGREE_AREA:
  case ACT_AGREE_SUPPORT:
  case ACT_IMPROVE: sim_reject(s, a, "only in a shift"); break;
  default: break; /* log, classify, prioritise, validity, contact, escalate: recorded only */
  }
}

int sim_apply(Sim *s, const Action *a, Error *err) {
  if (a->t_ms < s->now)
    return error_set(err, NULL, a->line, "action at %lld ms is earlier than the clock (%lld ms)",
                     (long long)a->t_ms, (long long)s->now);
  if (sim_advance(s, a->t_ms, err) < 0) return -1;
  size_t n = s->acts.len;
  actions_push(&s->acts, a);
  s->accepted = xrealloc(s->accepted, n + 1);
  s->marks = xrealloc(s->marks, (n + 1) * sizeof *s->marks);
  s->accepted[n] = 1;
  s->marks[n] = s->nev;
  if (s->shift) {
    s->act_inc = xrealloc(s->act_inc, (n + 1) * sizeof *s->act_inc);
    s->act_inc[n] = a->incident ? scenario_incident_index(s->sc, a->incident) : -1;
  }
  s->cur_action = (int)n;
  apply(s, &s->acts.v[n]);
  s->cur_action = -1;
  return run_triggers(s, err);
}

int64_t sim_now(const Sim *s) { return s->now; }
const Scenario *sim_scenario(const Sim *s) { return s->sc; }
const SimRules *sim_rules(const Sim *s) { return s->rules; }
uint64_t sim_seed(const Sim *s) { return s->seed; }
Rng *sim_rng(Sim *s) { return &s->rng; }
size_t sim_event_count(const Sim *s) { return s->nev; }
const SimEvent *sim_event(const Sim *s, size_t i) { return &s->ev[i]; }
size_t sim_action_count(const Sim *s) { return s->acts.len; }
const Action *sim_action(const Sim *s, size_t i) { return &s->acts.v[i]; }
int sim_action_accepted(const Sim *s, size_t i) { return s->accepted[i]; }
size_t sim_action_mark(const Sim *s, size_t i) { return s->marks[i]; }
CallState sim_call_state(const Sim *s) { return s->call; }
int64_t sim_answered_ms(const Sim *s) { return s->answered_ms; }
int sim_agitation(const Sim *s) { return s->agitation; }
int sim_max_agitation(const Sim *s) { return s->max_agitation; }
const char *sim_mood(const Sim *s) { return sim_mood_word(s->agitation); }
const char *sim_truth(const Sim *s, const char *fact) { return kv_get(&s->truth, fact); }
const char *sim_known(const Sim *s, const char *fact) { return kv_get(&s->known, fact); }
size_t sim_unit_count(const Sim *s) { return s->sc->nunits; }

int sim_fact_difficulty(const Sim *s, const char *fact) {
  const char *d = kv_get(&s->difficulty, fact);
  return d ? atoi(d) : 0;
}

SimUnitView sim_unit(const Sim *s, size_t i) {
  SimUnitView v = {&s->sc->units[i], s->units[i].status, 0, 0, s->units[i].dispatched_ms,
                   s->units[i].on_scene_ms};
  sim_unit_position(s, i, &v.x, &v.y);
  return v;
}
