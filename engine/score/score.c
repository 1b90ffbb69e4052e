/* score.c - the checks that turn a session into scored items. */
#include "score.h"

#include "criteria.h"
#include "score_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void check_irrelevant(Ctx *c, const StrList *path);

static const char *sev_names[] = {"critical", "major", "moderate", "minor"};
static const int sev_points[] = {10, 5, 3, 1};

const char *severity_name(Severity s) { return sev_names[s]; }
int severity_points(Severity s) { return sev_points[s]; }

const char *score_level_at(const int thresholds[4], double pc) {
  return pc >= thresholds[0] ? "high compliance" : pc >= thresholds[1] ? "compliant"
         : pc >= thresholds[2] ? "partial" : pc >= thresholds[3] ? "low" : "non-compliant";
}

const char *score_level(double pc) {
  static const int dflt[4] = {95, 85, 75, 60};
  return score_level_at(dflt, pc);
}

const char *score_criterion_status(const Total *t) {
  return t->points >= t->possible ? "met" : t->points > 0 ? "partly met" : "not met";
}

/* Adds an item; earned is clamped to possible. Strings are copied. */
Item *score_add(Ctx *c, const char *check, const char *subject, const char *criterion,
                 const char *category, Severity sev, int earned, int64_t t, const char *expected,
                 const char *actual, const char *explanation) {
  Score *s = c->s;
  s->items = xrealloc(s->items, (s->nitems + 1) * sizeof *s->items);
  Item *it = &s->items[s->nitems++];
  memset(it, 0, sizeof *it);
  it->id = subject ? xasprintf("%s:%s", check, subject) : xstrdup(check);
  it->check = xstrdup(check);
  /* The unit's twin criterion where the scenario is of the other unit (briefing is CC38-1.5
   * in a level-2 scenario, CC39-1.3 in a level-3 one); knowledge items name their own. */
  const Criterion *cr = strcmp(check, "knowledge") == 0 ? NULL : criteria_for_check(check, sim_scenario(c->sim)->level);
  it->criterion = xstrdup(cr ? cr->code : criterion);
  it->category = xstrdup(category);
  it->severity = sev;
  it->possible = sev_points[sev];
  it->points = earned < 0 ? 0 : earned > it->possible ? it->possible : earned;
  it->t_ms = t < 0 ? c->end_ms : t;
  it->expected = xstrdup(expected ? expected : "");
  it->actual = xstrdup(actual ? actual : "none");
  it->explanation = xstrdup(explanation);
  return it;
}

/* Full points if ok. */
Item *score_pass(Ctx *c, const char *check, const char *subject, const char *crit, const char *cat,
                  Severity sev, int ok, int64_t t, const char *exp, const char *act, const char *why) {
  return score_add(c, check, subject, crit, cat, sev, ok ? sev_points[sev] : 0, t, exp, act, why);
}

static const char *truth_lookup(const void *ud, const char *fact) {
  return sim_truth((const Sim *)ud, fact);
}

/* Fills c->known with the facts learned before event index mark. */
static void known_at(Ctx *c, size_t mark) {
  kv_free(&c->known);
  for (size_t i = 0; i < mark && i < sim_event_count(c->sim); i++) {
    const SimEvent *e = sim_event(c->sim, i);
    if (strcmp(e->kind, "fact") == 0) kv_set(&c->known, e->subject, e->text);
  }
}

/* Index of the last accepted action of a type (with arg, if not NULL), or -1. */
long score_last_action(const Sim *sim, ActionType t, const char *arg) {
  for (size_t i = sim_action_count(sim); i-- > 0;) {
    const Action *a = sim_action(sim, i);
    if (a->type == t && sim_action_accepted(sim, i) && (!arg || str_eq(a->arg, arg))) return (long)i;
  }
  return -1;
}

long score_first_action(const Sim *sim, ActionType t, const char *arg) {
  for (size_t i = 0; i < sim_action_count(sim); i++) {
    const Action *a = sim_action(sim, i);
    if (a->type == t && sim_action_accepted(sim, i) && (!arg || str_eq(a->arg, arg))) return (long)i;
  }
  return -1;
}

int64_t score_act_t(const Ctx *c, long i) {
  return i < 0 ? -1 : sim_action(c->sim, (size_t)i)->t_ms;
}

static const char *act_arg(const Ctx *c, long i) {
  return i < 0 ? NULL : sim_action(c->sim, (size_t)i)->arg;
}

static void check_answer(Ctx *c) {
  int64_t ans = sim_answered_ms(c->sim);
  int64_t target = (int64_t)c->p->answer_target_s * 1000;
  char exp[64], act[64];
  snprintf(exp, sizeof exp, "answered within %d s", c->p->answer_target_s);
  if (ans < 0) snprintf(act, sizeof act, "not answered");
  else snprintf(act, sizeof act, "answered after %.1f s", (double)ans / 1000.0);
  int earned = ans < 0 ? 0 : ans <= target ? 3 : ans <= 2 * target ? 1 : 0;
  score_add(c, "answer_time", NULL, "CC38-1.1", "timeliness", SEV_MODERATE, earned, ans, exp, act,
      earned == 3 ? "The call was answered within the answer standard."
      : ans < 0 ? "The call was never answered; the caller was left ringing."
                : "The call was answered later than the answer standard allows.");
}

/* When the caller volunteered a fact (learned before any question asked for it), or -1. */
static int64_t volunteered_at(const Ctx *c, const char *fact) {
  int64_t first_ask = INT64_MAX;
  for (size_t i = 0; i < sim_action_count(c->sim); i++) {
    const Action *a = sim_action(c->sim, i);
    const Question *q = a->type == ACT_ASK ? procedure_question(c->p, a->arg) : NULL;
    if (q && strcmp(q->fact, fact) == 0 && a->t_ms < first_ask) first_ask = a->t_ms;
  }
  for (size_t i = 0; i < sim_event_count(c->sim); i++) {
    const SimEvent *e = sim_event(c->sim, i);
    if (strcmp(e->kind, "fact") == 0 && strcmp(e->subject, fact) == 0) return e->t_ms <= first_ask ? e->t_ms : -1;
  }
  return -1;
}

static void check_questions(Ctx *c) {
  StrList path = {0};
  procedure_walk(c->p, truth_lookup, c->sim, &path, 0);
  for (size_t i = 0; i < path.len; i++) {
    const Question *q = procedure_question(c->p, path.v[i]);
    long a = score_first_action(c->sim, ACT_ASK, q->id);
    int64_t told = volunteered_at(c, q->fact);
    int ok = a >= 0 || told >= 0;
    Item *it = score_pass(c, "question", q->id, "CC38-1.2", "key_questions", SEV_MODERATE, ok, a >= 0 ? score_act_t(c, a) : told,
                    q->text, a >= 0 ? "asked" : told >= 0 ? "volunteered by the caller" : "not asked",
                    a >= 0 ? "A key question of the procedure was asked."
                    : told >= 0 ? "The caller volunteered this fact before it was asked, so it was established."
                                : "A key question on this incident's path was never asked, so its fact was not established.");
    int d = sim_fact_difficulty(c->sim, q->fact);
    if (d > 0) it->difficulty = xasprintf("the caller's panic gave %d non-answer%s", d, d > 1 ? "s" : "");
  }
  check_irrelevant(c, &path);
  for (size_t i = 0; i < path.len; i++) {
    const Question *pq = procedure_question(c->p, path.v[i]);
    if (pq && !strlist_has(&c->path_facts, pq->fact)) strlist_push(&c->path_facts, pq->fact);
  }
  strlist_free(&path);
  size_t repeats = 0;
  int64_t first_repeat = -1;
  Buf which = {0};
  for (size_t i = 0; i < sim_event_count(c->sim); i++) {
    const SimEvent *e = sim_event(c->sim, i);
    if (strcmp(e->kind, "repeat") != 0) continue;
    if (!repeats++) first_repeat = e->t_ms;
    buf_printf(&which, "%s%s at %.1f s", which.len ? ", " : "", e->text ? e->text : e->subject, (double)e->t_ms / 1000.0);
  }
  char *act = repeats ? xasprintf("%zu repeated: %s", repeats, which.data) : xstrdup("no question repeated");
  buf_free(&which);
  score_pass(c, "no_repeats", NULL, "CC38-1.2", "communication", SEV_MINOR, repeats == 0, first_repeat,
       "no question repeated after it was answered", act,
       repeats ? "Asking again for what the caller had already said loses control and agitates the caller."
               : "No question was repeated.");
  free(act);
  long first = score_first_action(c->sim, ACT_ASK, NULL);
  const Question *q = first >= 0 ? procedure_question(c->p, act_arg(c, first)) : NULL;
  score_pass(c, "open_first", NULL, "CC38-1.2", "communication", SEV_MINOR, q && q->open, score_act_t(c, first),
       "an open question first", q ? (q->open ? "open question first" : "closed question first") : "no question",
       q && q->open ? "The call opened with an open question, letting the caller say what was happening."
                    : "Open with an open question before narrowing down with closed ones.");
}

/* The caller's mood word just before event index mark. */
static const char *mood_at(const Ctx *c, size_t mark) {
  const char *m = sim_mood_word(sim_scenario(c->sim)->caller.agitation);
  for (size_t i = 0; i < mark; i++) {
    const SimEvent *e = sim_event(c->sim, i);
    if (strcmp(e->kind, "mood") == 0) m = e->text;
  }
  return m;
}

static void check_communication(Ctx *c) {
  if (sim_max_agitation(c->sim) >= 50) {
    long done = -1;
    for (size_t i = 0; i < sim_action_count(c->sim) && done < 0; i++) {
      const Action *a = sim_action(c->sim, i);
      if (a->type != ACT_SAY || !a->arg || !sim_action_accepted(c->sim, i)) continue;
      const char *m = mood_at(c, sim_action_mark(c->sim, i));
      int distressed = strcmp(m, "distressed") == 0 || strcmp(m, "panicking") == 0;
      for (size_t k = 0; k < c->p->nphrases && distressed; k++) {
        const Phrase *ph = &c->p->phrases[k];
        if (strcmp(ph->id, a->arg) == 0 && (ph->kind == PHRASE_REASSURE || ph->kind == PHRASE_CONTROL)) done = (long)i;
      }
    }
    score_pass(c, "reassurance", NULL, "CC38-1.1", "customer_service", SEV_MODERATE, done >= 0, score_act_t(c, done),
         "a reassurance or control statement while the caller was distressed",
         done >= 0 ? act_arg(c, done) : "none",
         done >= 0 ? "The distressed caller was reassured and kept under control."
                   : "The caller was distressed and never given a reassurance or control statement.");
  }
  Buf words = {0};
  for (size_t i = 0; i < sim_event_count(c->sim); i++) {
    const SimEvent *e = sim_event(c->sim, i);
    if (strcmp(e->kind, "jargon") == 0) buf_printf(&words, "%s%s", words.len ? ", " : "", e->subject);
  }
  score_pass(c, "no_jargon", NULL, "CC38-2.3", "communication", SEV_MINOR, words.len == 0, -1,
       "plain words to the caller", words.len ? words.data : "no jargon",
       words.len ? "Words that are jargon to a caller were used; the procedure's wording conventions forbid them."
                 : "Plain language was used with the caller.");
  buf_free(&words);
}

static void check_log(Ctx *c) {
  for (size_t i = 0; i < c->p->nfields; i++) {
    const Field *f = &c->p->fields[i];
    const char *truth = f->fact ? sim_truth(c->sim, f->fact) : NULL;
    if (!truth || strcmp(truth, "unknown") == 0) continue;
    const char *known = kv_get(&c->known, f->fact);
    if (!known && !strlist_has(&c->path_facts, f->fact)) continue; /* never came up in this call */
    const char *want = known && strcmp(known, "unknown") != 0 ? known : truth;
    long a = score_last_action(c->sim, ACT_LOG, f->id);
    const char *v = a >= 0 ? sim_action(c->sim, (size_t)a)->value : NULL;
    int ok = v && str_has_word(v, want);
    score_pass(c, "log", f->id, "CC38-1.3", "log_quality", SEV_MINOR, ok, score_act_t(c, a), want, v ? v : "not logged",
         ok ? "The log field records the fact the caller gave."
         : v ? "The log field does not record the fact's value (the expected words, as a whole word or phrase)."
             : "The log field was left empty.");
  }
}

/* Judges the last decision of a type (classify, prioritise, validity) on the facts known then. */
static const char *decision_of(const Outcome *o, ActionType t) {
  return !o ? NULL : t == ACT_CLASSIFY ? o->code : t == ACT_PRIORITISE ? o->priority : o->validity;
}

#define REASSESS_MS 60000 /* time a call-taker has to revise a decision after a new fact */

/* The time of the first fact learned after event index mark that made the procedure's
 * answer differ from did, or -1. */
static int64_t changed_after(Ctx *c, ActionType t, size_t mark, const char *did) {
  known_at(c, mark);
  for (size_t i = mark; i < sim_event_count(c->sim); i++) {
    const SimEvent *e = sim_event(c->sim, i);
    if (strcmp(e->kind, "fact") != 0) continue;
    kv_set(&c->known, e->subject, e->text);
    const char *now = decision_of(procedure_walk(c->p, procedure_kv_lookup, &c->known, NULL, 1), t);
    if (now && strcmp(now, did) != 0) return e->t_ms;
  }
  return -1;
}

/* Judges the last decision of a type (classify, prioritise, validity) on the facts known
 * when it was made; but a fact learned afterwards that changes the answer must be acted on
 * when there was a minute or more to do so before the call closed. */
static void check_decision(Ctx *c, ActionType t, const char *check, const char *crit, Severity sev) {
  long a = score_last_action(c->sim, t, NULL);
  const Outcome *o = c->judge;
  if (a >= 0) {
    known_at(c, sim_action_mark(c->sim, (size_t)a));
    o = procedure_walk(c->p, procedure_kv_lookup, &c->known, NULL, 1);
  }
  const char *want = decision_of(o, t), *did = act_arg(c, a);
  const Scenario *sc = sim_scenario(c->sim);
  int standing = 0; /* a referred incident: the colleague's decision stands until changed */
  if (!did && sc->has_referral && t != ACT_VALIDITY) {
    did = t == ACT_CLASSIFY ? sc->referral.code : sc->referral.priority;
    want = decision_of(c->judge, t);
    standing = 1;
  }
  int ok = want && did && strcmp(want, did) == 0;
  /* a referred decision left standing was made by nobody during the call: there is no later
   * revision to ask of it (and no action a to take the mark of: a is -1) */
  int64_t changed = ok && a >= 0 ? changed_after(c, t, sim_action_mark(c->sim, (size_t)a), did) : -1;
  int late = changed >= 0 && c->end_ms - changed >= REASSESS_MS;
  const char *end_want = decision_of(c->judge, t);
  const char *why = late ? "Right when made, but not revised when a fact learned later changed the answer."
                  : ok ? (changed >= 0 ? "Right on the facts known at the time; the fact that changed the answer came too late to act on."
                                       : "Matches the procedure on the facts known at the time.")
                  : standing ? (ok ? "The colleague's referred decision was checked and is right."
                                   : "The colleague's referred decision was left standing, and it is wrong.")
                  : !did ? "No decision was recorded."
                  : !want ? "Decided before the facts the procedure needs were known."
                          : "Does not match the procedure's outcome for the facts known at the time.";
  score_pass(c, check, NULL, crit, "classification", sev, ok && !late, score_act_t(c, a),
       late ? (end_want ? end_want : "") : want ? want : "(facts not yet known)", did, why);
}

/* Units of a type (NULL: any) dispatched; with attending, only those that arrived or are
 * still on their way (a unit lost on the way, broken down or stood down, does not count). */
static size_t units_dispatched(const Ctx *c, const char *type, Buf *names, int attending) {
  size_t n = 0;
  const Scenario *sc = sim_scenario(c->sim);
  for (size_t u = 0; u < sc->nunits; u++) {
    if (type && strcmp(sc->units[u].type, type) != 0) continue;
    if (score_first_action(c->sim, ACT_DISPATCH, sc->units[u].id) < 0) continue;
    SimUnitView v = sim_unit(c->sim, u);
    if (attending && !(v.on_scene_ms >= 0 || v.status == UNIT_DISPATCHED || v.status == UNIT_EN_ROUTE)) continue;
    n++;
    if (names) buf_printf(names, "%s%s", names->len ? ", " : "", sc->units[u].id);
  }
  return n;
}

static const Need *need_of(const Outcome *o, const char *type) {
  for (size_t i = 0; o && i < o->nneeds; i++)
    if (strcmp(o->needs[i].type, type) == 0) return &o->needs[i];
  return NULL;
}

/* 1 if every id of want is in the union of the lists of accepted actions of type t for unit. */
static int covered(const Ctx *c, ActionType t, const char *unit, const StrList *want, long *when, Buf *got) {
  int ok = 1;
  *when = -1;
  for (size_t w = 0; w < want->len; w++) {
    int found = 0;
    for (size_t i = 0; i < sim_action_count(c->sim) && !found; i++) {
      const Action *a = sim_action(c->sim, i);
      if (a->type != t || !sim_action_accepted(c->sim, i) || !str_eq(a->arg, unit)) continue;
      for (size_t k = 0; k < a->nlist && !found; k++)
        if (strcmp(a->list[k], want->v[w]) == 0) found = 1, *when = (long)i > *when ? (long)i : *when;
    }
    if (found) buf_printf(got, "%s%s", got->len ? ", " : "", want->v[w]);
    ok &= found;
  }
  return ok;
}

static void join(Buf *b, const StrList *l) {
  for (size_t i = 0; i < l->len; i++) buf_printf(b, "%s%s", i ? ", " : "", l->v[i]);
}

static void check_unit_orders(Ctx *c, const Outcome *o) {
  const Scenario *sc = sim_scenario(c->sim);
  for (size_t u = 0; u < sc->nunits; u++) {
    const Unit *unit = &sc->units[u];
    const Need *need = need_of(o, unit->type);
    if (!need || score_first_action(c->sim, ACT_DISPATCH, unit->id) < 0) continue;
    long when;
    Buf exp = {0}, got = {0};
    if (o->briefing.len) {
      join(&exp, &o->briefing);
      int ok = covered(c, ACT_BRIEF, unit->id, &o->briefing, &when, &got);
      score_pass(c, "briefing", unit->id, "CC38-1.5", "resources", SEV_MODERATE, ok, score_act_t(c, when), exp.data,
           got.len ? got.data : "not briefed",
           ok ? "The unit was told everything the procedure requires it to know."
              : "The unit was not given every briefing item the procedure requires.");
    }
    buf_free(&exp), buf_free(&got);
    if (need->tasks.len) {
      join(&exp, &need->tasks);
      int ok = covered(c, ACT_INSTRUCT, unit->id, &need->tasks, &when, &got);
      score_pass(c, "tasks", unit->id, "CC39-1.4", "resources", SEV_MODERATE, ok, score_act_t(c, when), exp.data,
           got.len ? got.data : "no tasks given",
           ok ? "The actions needed from the unit were specified." : "Not every action needed from the unit was specified.");
    }
    buf_free(&exp), buf_free(&got);
  }
}

static void check_resources(Ctx *c) {
  const Outcome *o = c->judge;
  if (!o) return;
  if (!o->nneeds) {
    Buf names = {0};
    size_t n = units_dispatched(c, NULL, &names, 0);
    score_pass(c, "no_unneeded_response", NULL, "CC38-1.4", "resources", SEV_MAJOR, n == 0, -1, "no resource sent",
         n ? names.data : "none sent",
         n ? "Resources were committed to a call that the procedure says needs none, leaving them unavailable for real emergencies."
           : "No resource was committed to a call that needs none.");
    buf_free(&names);
    return;
  }
  Buf want = {0}, sent = {0};
  size_t any = 0;
  for (size_t i = 0; i < o->nneeds; i++) {
    buf_printf(&want, "%s%d %s", i ? ", " : "", o->needs[i].count, o->needs[i].type);
    any += units_dispatched(c, o->needs[i].type, &sent, 1);
  }
  long first = -1;
  for (size_t i = 0; i < sim_action_count(c->sim) && first < 0; i++) {
    const Action *a = sim_action(c->sim, i);
    const Unit *u = a->type == ACT_DISPATCH && sim_action_accepted(c->sim, i) ? scenario_unit(sim_scenario(c->sim), a->arg) : NULL;
    if (u && need_of(o, u->type)) first = (long)i;
  }
  score_pass(c, "response", NULL, "CC39-1.2", "resources", SEV_CRITICAL, any > 0, score_act_t(c, first), want.data,
       any ? sent.data : "nothing sent",
       any ? "A response was sent to an incident that needs one."
           : "No resource was sent to an incident that needs a response.");
  for (size_t i = 0; i < o->nneeds; i++) {
    Buf names = {0};
    size_t n = units_dispatched(c, o->needs[i].type, &names, 1);
    char exp[128];
    snprintf(exp, sizeof exp, "%d %s", o->needs[i].count, o->needs[i].type);
    score_pass(c, "resources", o->needs[i].type, "CC39-1.2", "resources", SEV_MAJOR, n >= (size_t)o->needs[i].count,
         -1, exp, n ? names.data : "none",
         n >= (size_t)o->needs[i].count ? "The resources the procedure requires of this type were sent."
                                        : "Fewer resources of this type were sent than the procedure requires.");
    buf_free(&names);
  }
  check_unit_orders(c, o);
  const Priority *pr = procedure_priority(c->p, o->priority);
  if (pr && pr->dispatch_target_s > 0) {
    int64_t ans = sim_answered_ms(c->sim);
    int64_t delta = first < 0 || ans < 0 ? -1 : score_act_t(c, first) - ans;
    int64_t target = (int64_t)pr->dispatch_target_s * 1000;
    int earned = delta < 0 ? 0 : delta <= target ? 3 : delta * 2 <= target * 3 ? 1 : 0;
    char exp[64], act[64];
    snprintf(exp, sizeof exp, "first resource within %d s of answering", pr->dispatch_target_s);
    if (delta < 0) snprintf(act, sizeof act, "never dispatched");
    else snprintf(act, sizeof act, "after %.1f s", (double)delta / 1000.0);
    score_add(c, "dispatch_time", NULL, "CC38-1.5", "timeliness", SEV_MODERATE, earned, score_act_t(c, first), exp, act,
        earned == 3 ? "The first resource was dispatched within the target for the priority."
                    : "The first resource was dispatched later than the target for the priority.");
  }
  buf_free(&want), buf_free(&sent);
}

/* A committed unit lost to a scenario event (a breakdown) must be noticed and replaced. */
static void check_monitoring(Ctx *c) {
  const Scenario *sc = sim_scenario(c->sim);
  for (size_t i = 0; i < sim_event_count(c->sim); i++) {
    const SimEvent *e = sim_event(c->sim, i);
    if (strcmp(e->kind, "unit") != 0 || e->action >= 0 || strcmp(e->text, "unavailable") != 0) continue;
    const Unit *lost = scenario_unit(sc, e->subject);
    long sent = score_first_action(c->sim, ACT_DISPATCH, e->subject);
    if (!lost || sent < 0 || score_act_t(c, sent) > e->t_ms) continue;
    long repl = -1;
    for (size_t k = 0; k < sim_action_count(c->sim) && repl < 0; k++) {
      const Action *a = sim_action(c->sim, k);
      const Unit *u = a->type == ACT_DISPATCH && sim_action_accepted(c->sim, k) ? scenario_unit(sc, a->arg) : NULL;
      if (u && a->t_ms >= e->t_ms && strcmp(u->type, lost->type) == 0 && u != lost) repl = (long)k;
    }
    int ok = repl >= 0 && score_act_t(c, repl) - e->t_ms <= 180000;
    char exp[160];
    snprintf(exp, sizeof exp, "another %s sent within 180 s of %s becoming unavailable", lost->type, lost->id);
    Buf act = {0};
    if (repl >= 0) buf_printf(&act, "%s sent after %.1f s", act_arg(c, repl), (double)(score_act_t(c, repl) - e->t_ms) / 1000.0);
    score_pass(c, "monitor", lost->id, "CC39-1.5", "resources", SEV_MODERATE, ok, score_act_t(c, repl), exp,
         repl >= 0 ? act.data : "no replacement sent",
         ok ? "The loss of a committed unit was noticed and a replacement sent."
            : "A committed unit became unavailable and was not replaced in time.");
    buf_free(&act);
  }
}

static void check_advice(Ctx *c) {
  const Outcome *o = c->judge;
  if (!o) return;
  for (size_t i = 0; i < o->advice.len; i++) {
    long a = score_first_action(c->sim, ACT_ADVISE, o->advice.v[i]);
    const Named *adv = named_find(&c->p->advice, o->advice.v[i]);
    score_pass(c, "advice", o->advice.v[i], "CC38-1.6", "advice", SEV_MODERATE, a >= 0, score_act_t(c, a),
         adv ? adv->text : o->advice.v[i], a >= 0 ? "given" : "not given",
         a >= 0 ? "The advice the procedure requires was given." : "The caller was not given advice the procedure requires.");
  }
  Buf bad = {0}, outside = {0};
  long bad_at = -1, outside_at = -1;
  for (size_t i = 0; i < sim_action_count(c->sim); i++) {
    const Action *a = sim_action(c->sim, i);
    if (a->type != ACT_ADVISE || !sim_action_accepted(c->sim, i)) continue;
    if (strlist_has(&o->forbidden, a->arg)) {
      buf_printf(&bad, "%s%s", bad.len ? ", " : "", a->arg);
      if (bad_at < 0) bad_at = (long)i;
    }
    if (!strlist_has(&o->advice, a->arg) && !strlist_has(&o->permitted, a->arg)) {
      buf_printf(&outside, "%s%s", outside.len ? ", " : "", a->arg);
      if (outside_at < 0) outside_at = (long)i;
    }
  }
  score_pass(c, "forbidden_advice", NULL, "CC38-1.6", "advice", SEV_CRITICAL, bad.len == 0, score_act_t(c, bad_at),
       "no advice the procedure forbids", bad.len ? bad.data : "none",
       bad.len ? "Advice the procedure forbids was given; it could endanger the caller."
               : "No forbidden advice was given.");
  score_pass(c, "advice_limits", NULL, "CC38-1.6", "advice", SEV_MINOR, outside.len == 0, score_act_t(c, outside_at),
       "only advice the procedure permits for this incident", outside.len ? outside.data : "within limits",
       outside.len ? "Advice beyond the limits of the role for this incident was given."
                   : "All advice given was within the limits of the role.");
  buf_free(&bad), buf_free(&outside);
}

static void check_notify(Ctx *c) {
  const Outcome *o = c->judge;
  for (size_t i = 0; o && i < o->nnotify; i++) {
    const Notify *n = &o->notify[i];
    long a = score_first_action(c->sim, ACT_CONTACT, n->org);
    score_pass(c, "notify", n->org, "CC38-2.1", "communication", SEV_MODERATE, a >= 0, score_act_t(c, a), n->org,
         a >= 0 ? "contacted" : "not contacted",
         a >= 0 ? "The organisation the procedure names was informed." : "An organisation the procedure requires was not informed.");
    long ch = -1;
    for (size_t k = 0; k < sim_action_count(c->sim) && ch < 0; k++) {
      const Action *x = sim_action(c->sim, k);
      if (x->type == ACT_CONTACT && str_eq(x->arg, n->org) && str_eq(x->value, n->channel)) ch = (long)k;
    }
    const char *used = a >= 0 && sim_action(c->sim, (size_t)a)->value ? sim_action(c->sim, (size_t)a)->value : "none";
    score_pass(c, "channel", n->org, "CC38-2.2", "communication", SEV_MINOR, ch >= 0, score_act_t(c, ch >= 0 ? ch : a),
         n->channel, ch >= 0 ? n->channel : used,
         ch >= 0 ? "The most efficient channel for this organisation was used."
                 : "The organisation was not reached by the channel the procedure prefers.");
  }
}

/* Index of the first fact event after which the rule held on the facts known, or -1. */
static long rule_known_at(Ctx *c, const Branch *test) {
  kv_free(&c->known);
  for (size_t i = 0; i < sim_event_count(c->sim); i++) {
    const SimEvent *e = sim_event(c->sim, i);
    if (strcmp(e->kind, "fact") != 0) continue;
    kv_set(&c->known, e->subject, e->text);
    if (branch_matches(test, procedure_kv_lookup, &c->known)) return (long)i;
  }
  return -1;
}

static void check_escalation(Ctx *c) {
  StrList required = {0};
  for (size_t i = 0; i < c->p->nescalations; i++) {
    const Escalation *r = &c->p->escalations[i];
    if (!branch_matches(&r->test, truth_lookup, c->sim)) continue;
    long k = rule_known_at(c, &r->test);
    if (k < 0) continue; /* never learned: the key-question item covers it */
    strlist_push(&required, r->level);
    int64_t known_t = sim_event(c->sim, (size_t)k)->t_ms, deadline = known_t + (int64_t)r->within_s * 1000;
    long a = score_first_action(c->sim, ACT_ESCALATE, r->level);
    int ok = a >= 0 && score_act_t(c, a) <= deadline;
    char exp[160];
    snprintf(exp, sizeof exp, "escalate to %s within %d s", r->level, r->within_s);
    Buf act = {0};
    if (a >= 0) buf_printf(&act, "escalated to %s %.1f s after the fact was known", r->level, (double)(score_act_t(c, a) - known_t) / 1000.0);
    score_pass(c, "escalation", r->id, "CC38-1.7", "escalation", SEV_MAJOR, ok, score_act_t(c, a), exp, a >= 0 ? act.data : "not escalated",
         ok ? "The incident was escalated to the right level in time."
            : a >= 0 ? "The incident was escalated too late." : "An incident that the procedure says must be escalated was not.");
    buf_free(&act);
  }
  for (size_t i = 0; i < sim_action_count(c->sim); i++) {
    const Action *a = sim_action(c->sim, i);
    if (a->type != ACT_ESCALATE || strlist_has(&required, a->arg)) continue;
    score_pass(c, "needless_escalation", a->arg, "CC38-1.7", "escalation", SEV_MINOR, 0, a->t_ms, "no escalation", a->arg,
         "The incident was escalated to a level that nothing known about it called for.");
  }
  strlist_free(&required);
}

/* Questions off the path the caller's truth leads to: they waste time and lose control. */
static void check_irrelevant(Ctx *c, const StrList *path) {
  Buf off = {0};
  long first = -1;
  for (size_t i = 0; i < sim_action_count(c->sim); i++) {
    const Action *a = sim_action(c->sim, i);
    if (a->type != ACT_ASK || !sim_action_accepted(c->sim, i) || strlist_has(path, a->arg)) continue;
    buf_printf(&off, "%s%s", off.len ? ", " : "", a->arg);
    if (first < 0) first = (long)i;
  }
  score_pass(c, "irrelevant_questions", NULL, "CC38-1.2", "communication", SEV_MINOR, off.len == 0, score_act_t(c, first),
       "only questions on this incident's path", off.len ? off.data : "none off the path",
       off.len ? "Questions were asked that the procedure does not need for this incident."
               : "Every question asked was one the procedure needs for this incident.");
  buf_free(&off);
}

/* Log fields are entered while the call goes on, not left to the end. */
static void check_log_timeliness(Ctx *c) {
  Buf late = {0};
  long first_late = -1;
  int any = 0;
  for (size_t i = 0; i < c->p->nfields; i++) {
    const Field *f = &c->p->fields[i];
    const char *truth = f->fact ? sim_truth(c->sim, f->fact) : NULL;
    if (!truth || strcmp(truth, "unknown") == 0) continue;
    int64_t learned = -1;
    for (size_t e = 0; e < sim_event_count(c->sim) && learned < 0; e++) {
      const SimEvent *ev = sim_event(c->sim, e);
      if (strcmp(ev->kind, "fact") == 0 && strcmp(ev->subject, f->fact) == 0) learned = ev->t_ms;
    }
    long a = score_first_action(c->sim, ACT_LOG, f->id);
    if (learned < 0 || a < 0) continue; /* not learned, or not logged: other items cover it */
    any = 1;
    if (score_act_t(c, a) - learned > 60000) {
      buf_printf(&late, "%s%s", late.len ? ", " : "", f->id);
      if (first_late < 0) first_late = a;
    }
  }
  if (!any) {
    buf_free(&late);
    return;
  }
  score_pass(c, "log_timeliness", NULL, "CC38-1.3", "log_quality", SEV_MINOR, late.len == 0, score_act_t(c, first_late),
       "each field logged within 60 s of learning it", late.len ? late.data : "all logged promptly",
       late.len ? "Some log fields were entered more than a minute after the caller gave them."
                : "The log was kept up to date as the call went on.");
  buf_free(&late);
}

void score_check_knowledge(Ctx *c) {
  const Scenario *sc = sim_scenario(c->sim);
  for (size_t i = 0; i < sc->nknowledge; i++) {
    const Knowledge *k = &sc->knowledge[i];
    long a = score_last_action(c->sim, ACT_KNOWLEDGE, k->id);
    const Action *act = a >= 0 ? sim_action(c->sim, (size_t)a) : NULL;
    Buf want = {0}, got = {0};
    int ok = act != NULL;
    if (k->choices.len) {
      buf_printf(&want, "%d. %s", k->answer, k->choices.v[k->answer - 1]);
      ok = ok && act->nlist == 1 && atoi(act->list[0]) == k->answer;
    } else {
      for (size_t j = 0; j < k->norder; j++) buf_printf(&want, "%s%d", j ? " " : "", k->order[j]);
      ok = ok && act->nlist == k->norder;
      for (size_t j = 0; ok && j < k->norder; j++) ok = atoi(act->list[j]) == k->order[j];
    }
    for (size_t j = 0; act && j < act->nlist; j++) buf_printf(&got, "%s%s", j ? " " : "", act->list[j]);
    score_add(c, "knowledge", k->id, k->criterion, "knowledge", SEV_MODERATE, ok ? 3 : 0, score_act_t(c, a), want.data,
        act ? got.data : "not answered", ok ? "Answered correctly." : k->explain ? k->explain : "The answer was not right.");
    buf_free(&want), buf_free(&got);
  }
}

static void check_complaint(Ctx *c) {
  if (!c->judge || !c->judge->complaint) return;
  int64_t last = -1;
  int in_order = 1;
  for (size_t i = 0; i < c->p->ncomplaint_steps; i++) {
    const ComplaintStep *st = &c->p->complaint_steps[i];
    long a = score_first_action(c->sim, ACT_COMPLAINT, st->id);
    if (a >= 0 && score_act_t(c, a) < last) in_order = 0;
    if (a >= 0) last = score_act_t(c, a);
    score_pass(c, "complaint", st->id, "CC39-1.7", "customer_service", SEV_MODERATE, a >= 0, score_act_t(c, a), st->text,
         a >= 0 ? "done" : "not done",
         a >= 0 ? "This step of the complaint procedure was taken."
                : "A step of the organisation's complaint procedure was missed.");
  }
  score_pass(c, "complaint_order", NULL, "CC39-1.7", "customer_service", SEV_MINOR, in_order, -1,
       "the complaint steps in the procedure's order", in_order ? "in order" : "out of order",
       in_order ? "The complaint was handled in the procedure's order."
                : "The complaint steps were taken out of the procedure's order.");
}

/* A referred incident: the colleague's decision path is checked and corrected. */
static void check_decision_path(Ctx *c) {
  const Scenario *sc = sim_scenario(c->sim);
  if (!sc->has_referral || !c->judge) return;
  const char *code = act_arg(c, score_last_action(c->sim, ACT_CLASSIFY, NULL));
  const char *prio = act_arg(c, score_last_action(c->sim, ACT_PRIORITISE, NULL));
  if (!code) code = sc->referral.code;
  if (!prio) prio = sc->referral.priority;
  int ok = strcmp(code, c->judge->code) == 0 && strcmp(prio, c->judge->priority) == 0;
  int colleague_ok = strcmp(sc->referral.code, c->judge->code) == 0 && strcmp(sc->referral.priority, c->judge->priority) == 0;
  char exp[128], act[128];
  snprintf(exp, sizeof exp, "%s %s", c->judge->code, c->judge->priority);
  snprintf(act, sizeof act, "%s %s (referred as %s %s)", code, prio, sc->referral.code, sc->referral.priority);
  score_pass(c, "decision_path", NULL, "CC39-1.6", "classification", SEV_MAJOR, ok, -1, exp, act,
       ok ? (colleague_ok ? "The colleague's decision path was checked and found right."
                          : "The colleague's wrong decision path was found and corrected.")
          : "The incident was left on a decision path the procedure does not support.");
}

/* 1 if the unit was dispatched, en route or on scene just before event index mark. */
static int committed_at(const Ctx *c, const char *unit, size_t mark) {
  const char *st = NULL;
  for (size_t i = 0; i < mark; i++) {
    const SimEvent *e = sim_event(c->sim, i);
    if (strcmp(e->kind, "unit") == 0 && strcmp(e->subject, unit) == 0) st = e->text;
  }
  UnitStatus us;
  return st && unit_status_parse(st, &us) == 0 && unit_status_committed(us);
}

/* At level 3, a committed resource is monitored: its status is asked for. */
static void check_status(Ctx *c) {
  const Scenario *sc = sim_scenario(c->sim);
  if (strcmp(sc->level, "CC39") != 0 || !c->judge || !c->judge->nneeds) return;
  long close = score_last_action(c->sim, ACT_CLOSE, NULL);
  int64_t end = close >= 0 ? score_act_t(c, close) : c->end_ms;
  int long_enough = 0;
  for (size_t u = 0; u < sc->nunits; u++) {
    long d = score_first_action(c->sim, ACT_DISPATCH, sc->units[u].id);
    if (d >= 0 && need_of(c->judge, sc->units[u].type) && end - score_act_t(c, d) >= 120000) long_enough = 1;
  }
  if (!long_enough) return;
  long st = -1;
  for (size_t i = 0; i < sim_action_count(c->sim) && st < 0; i++) {
    const Action *a = sim_action(c->sim, i);
    if (a->type == ACT_STATUS && sim_action_accepted(c->sim, i) && committed_at(c, a->arg, sim_action_mark(c->sim, i)))
      st = (long)i;
  }
  score_pass(c, "status_check", NULL, "CC39-1.5", "resources", SEV_MODERATE, st >= 0, score_act_t(c, st),
       "a status request to a committed unit", st >= 0 ? act_arg(c, st) : "none",
       st >= 0 ? "The progress of a deployed unit was monitored by a status request."
               : "Deployed units were never asked for their status.");
}

static void add_total(Total **arr, size_t *n, const char *key, const Item *it) {
  size_t i = 0;
  while (i < *n && strcmp((*arr)[i].key, key) != 0) i++;
  if (i == *n) {
    *arr = xrealloc(*arr, (*n + 1) * sizeof **arr);
    (*arr)[(*n)++] = (Total){xstrdup(key), 0, 0, 0};
  }
  (*arr)[i].points += it->points;
  (*arr)[i].possible += it->possible;
  (*arr)[i].items++;
}

static int total_cmp(const void *a, const void *b) {
  return strcmp(((const Total *)a)->key, ((const Total *)b)->key);
}

void score_totals(Ctx *c) {
  Score *s = c->s;
  for (size_t i = 0; i < s->nitems; i++) {
    const Item *it = &s->items[i];
    s->points += it->points;
    s->possible += it->possible;
    if (it->severity == SEV_CRITICAL && it->points < it->possible) s->critical_failures++;
    add_total(&s->by_category, &s->ncategories, it->category, it);
    add_total(&s->by_criterion, &s->ncriteria, it->criterion, it);
  }
  qsort(s->by_category, s->ncategories, sizeof *s->by_category, total_cmp);
  qsort(s->by_criterion, s->ncriteria, sizeof *s->by_criterion, total_cmp);
  s->percent = s->possible ? floor((double)s->points * 1000.0 / (double)s->possible + 0.5) / 10.0 : 0.0;
  s->level = score_level_at(c->p->compliance, s->percent);
  s->passed = s->critical_failures == 0 && s->percent >= (double)c->p->pass_percent;
}

Score *score_session(const Procedure *p, const Sim *sim) {
  if (sim_is_shift(sim)) return score_shift(p, sim);
  /* Items with no moment of their own are placed at the close of the call (knowledge
   * questions answered afterwards do not move them). */
  long close_at = score_last_action(sim, ACT_CLOSE, NULL);
  int64_t end = close_at >= 0 ? sim_action(sim, (size_t)close_at)->t_ms : sim_now(sim);
  Ctx c = {p, sim, xcalloc(1, sizeof(Score)), NULL, NULL, NULL, {0}, {0}, end};
  c.s->end_ms = sim_now(sim);
  c.truth_outcome = procedure_walk(p, truth_lookup, sim, NULL, 0);
  known_at(&c, sim_event_count(sim));
  c.known_outcome = procedure_walk(p, procedure_kv_lookup, &c.known, NULL, 1);
  c.judge = c.known_outcome ? c.known_outcome : c.truth_outcome;
  c.s->outcome = c.truth_outcome ? c.truth_outcome->id : NULL;
  c.s->caller_peak_agitation = sim_max_agitation(sim);
  for (size_t i = 0; i < p->nfacts; i++) c.s->caller_non_answers += sim_fact_difficulty(sim, p->facts[i].id);
  check_answer(&c);
  check_questions(&c);
  check_communication(&c);
  check_log(&c); /* uses c.known = everything learned */
  check_log_timeliness(&c);
  check_decision(&c, ACT_CLASSIFY, "classification", "CC38-1.4", SEV_MAJOR);
  check_decision(&c, ACT_PRIORITISE, "priority", "CC38-1.4", SEV_MAJOR);
  check_decision(&c, ACT_VALIDITY, "validity", "CC38-1.4", SEV_MODERATE);
  check_resources(&c);
  check_monitoring(&c);
  check_advice(&c);
  check_notify(&c);
  check_escalation(&c);
  check_decision_path(&c);
  check_status(&c);
  check_complaint(&c);
  score_check_knowledge(&c);
  long close = score_last_action(sim, ACT_CLOSE, NULL);
  score_pass(&c, "close", NULL, "CC38-1.3", "case_entry", SEV_MINOR, close >= 0, score_act_t(&c, close), "call closed",
       close >= 0 ? "closed" : "not closed",
       close >= 0 ? "The call and its log were closed." : "The call was never closed, so the log is incomplete.");
  score_totals(&c);
  kv_free(&c.known);
  strlist_free(&c.path_facts);
  return c.s;
}

void score_free(Score *s) {
  if (!s) return;
  for (size_t i = 0; i < s->nitems; i++) {
    Item *it = &s->items[i];
    free(it->id), free(it->criterion), free(it->category), free(it->check);
    free(it->expected), free(it->actual), free(it->explanation), free(it->difficulty);
  }
  free(s->items);
  for (size_t i = 0; i < s->ncategories; i++) free(s->by_category[i].key);
  for (size_t i = 0; i < s->ncriteria; i++) free(s->by_criterion[i].key);
  free(s->by_category), free(s->by_criterion);
  free(s);
}
