/* sim.h - the simulation of one session: the clock, the event queue, the caller state
 * machine and the resources. Plain C; no wall clock, no I/O.
 *
 * A session is a pure function of (scenario, rules, seed, actions): the simulation only
 * changes through sim_apply (one trainee action) and sim_advance (simulated time passing).
 * Everything that happens is appended to the event log, which the score and the record
 * read back.
 */
#ifndef INCIDESK_SIM_H
#define INCIDESK_SIM_H

#include "action.h"
#include "scenario.h"
#include "util.h"

/* What the simulation needs to know of the procedure: questions and the facts they elicit,
 * the standard phrases and their effect, and the words that are jargon to a caller.
 * Built by engine/procedure; the strings are borrowed and must outlive the Sim. */
typedef enum PhraseKind {
  PHRASE_REASSURE,
  PHRASE_CONTROL,
  PHRASE_REPEAT_BACK,
  PHRASE_NEXT_STEPS
} PhraseKind;

typedef struct SimQuestion {
  const char *id, *fact, *text;
} SimQuestion;

typedef struct SimPhrase {
  const char *id, *text;
  PhraseKind kind;
} SimPhrase;

typedef struct SimRules {
  const SimQuestion *questions;
  size_t nquestions;
  const SimPhrase *phrases;
  size_t nphrases;
  const char *const *jargon;
  size_t njargon;
} SimRules;

/* The phrase with this id among the rules', or NULL. */
const SimPhrase *sim_rules_phrase(const SimRules *rules, const char *id);

typedef enum CallState { CALL_RINGING, CALL_TALKING, CALL_HUNG_UP, CALL_CLOSED } CallState;

/* One thing that happened. kind is one of: "ringing", "answered", "trainee" (what the
 * trainee said), "caller" (what the caller said), "fact" (subject learned, text = value),
 * "mood" (text = mood word), "jargon", "repeat", "rejected" (subject = action type,
 * text = why), "unit" (subject = unit, text = new status), "report" (subject = unit),
 * "scenario", "hangup", "closed". action is the index of the action that caused it, or -1. */
typedef struct SimEvent {
  int64_t t_ms;
  const char *kind; /* static string */
  char *subject;    /* owned, may be NULL */
  char *text;       /* owned, may be NULL */
  int action;
} SimEvent;

typedef struct SimUnitView {
  const Unit *unit;
  UnitStatus status;
  double x, y;             /* position now */
  int64_t dispatched_ms;   /* last dispatch, -1 if never */
  int64_t on_scene_ms;     /* last arrival, -1 if never */
} SimUnitView;

typedef struct Sim Sim;

/* Asked after every change of state for each scenario event that has a `when` function
 * and has not fired yet; sets *fire. Returns 0, or -1 with err filled (the session stops). */
typedef int (*SimTriggerFn)(void *ud, const Sim *sim, const ScenarioEvent *ev, int *fire,
                            Error *err);

/* A new session at t = 0 with the call ringing. scenario and rules are borrowed and must
 * outlive the Sim. Caller frees with sim_free. */
Sim *sim_new(const Scenario *scenario, const SimRules *rules, uint64_t seed);
void sim_free(Sim *sim);
void sim_set_trigger(Sim *sim, SimTriggerFn fn, void *ud);

/* Advances simulated time to t_ms (never backwards), firing due events. -1 on a trigger
 * error. */
int sim_advance(Sim *sim, int64_t t_ms, Error *err);
/* Advances to a->t_ms and applies a copy of the action. An action that makes no sense now
 * is recorded and marked rejected (a "rejected" event), never an error. -1 only on a
 * trigger error or an action earlier than the clock. */
int sim_apply(Sim *sim, const Action *a, Error *err);

int64_t sim_now(const Sim *sim);
const Scenario *sim_scenario(const Sim *sim);
const SimRules *sim_rules(const Sim *sim);
uint64_t sim_seed(const Sim *sim);
/* The session's RNG, for scenario scripts' math.random. */
struct Rng *sim_rng(Sim *sim);

size_t sim_event_count(const Sim *sim);
const SimEvent *sim_event(const Sim *sim, size_t i);

size_t sim_action_count(const Sim *sim);
const Action *sim_action(const Sim *sim, size_t i);
/* 1 if the action was accepted, 0 if it was rejected. */
int sim_action_accepted(const Sim *sim, size_t i);
/* Number of events that existed just before the action was applied: the facts the trainee
 * knew then are the "fact" events below this mark. */
size_t sim_action_mark(const Sim *sim, size_t i);

CallState sim_call_state(const Sim *sim);
int64_t sim_answered_ms(const Sim *sim); /* -1 if never answered */
int sim_agitation(const Sim *sim);
int sim_max_agitation(const Sim *sim);
/* The caller's mood in words: "calm", "worried", "distressed", "panicking". */
const char *sim_mood(const Sim *sim);
/* Current truth of a fact (after scenario events), or NULL. */
const char *sim_truth(const Sim *sim, const char *fact);
/* Value the trainee has learned for a fact so far, or NULL. */
const char *sim_known(const Sim *sim, const char *fact);
/* How many times a question for this fact got a non-answer because of the caller's state. */
int sim_fact_difficulty(const Sim *sim, const char *fact);

size_t sim_unit_count(const Sim *sim);
SimUnitView sim_unit(const Sim *sim, size_t i);

/* --- The supervisor's shift (docs/shift.md); all of these are empty in a call. --- */

/* 1 if the scenario is a shift. The session is open (sim_call_state CALL_TALKING) until the
 * shift is ended (CALL_CLOSED). */
int sim_is_shift(const Sim *sim);

typedef enum IncidentState { INCIDENT_PENDING, INCIDENT_OPEN, INCIDENT_CLOSED } IncidentState;

typedef struct SimIncidentView {
  const ShiftIncident *incident;
  IncidentState state;
  int64_t referred_ms;       /* -1 until referred */
  int64_t first_dispatch_ms; /* -1 if no unit sent yet */
  int64_t closed_ms;         /* -1 if open */
  int reviewed;              /* the colleague's log has been opened */
  const char *priority, *code; /* as decided by the colleague, or as corrected */
  int units;                 /* units committed to it now */
} SimIncidentView;

size_t sim_incident_count(const Sim *sim);
SimIncidentView sim_incident(const Sim *sim, size_t i);
/* The incident a unit is committed to (dispatched, en route or on scene), or -1. */
int sim_unit_incident(const Sim *sim, size_t unit);
/* The incident action i concerned: named by it, or the one its unit or contact served at
 * the time; -1 if none. */
int sim_action_incident(const Sim *sim, size_t i);

typedef enum ContactState { CONTACT_PENDING, CONTACT_WAITING, CONTACT_TAKEN, CONTACT_DONE, CONTACT_ABANDONED } ContactState;

typedef struct SimContactView {
  const ShiftContact *contact;
  ContactState state;
  int64_t arrived_ms, taken_ms; /* -1 if not yet */
} SimContactView;

size_t sim_contact_count(const Sim *sim);
SimContactView sim_contact(const Sim *sim, size_t i);
/* The contact taken now, or -1. */
int sim_current_contact(const Sim *sim);

typedef struct SimColleagueView {
  const Colleague *colleague;
  int talks;                 /* times talked with */
  const char *area, *support; /* agreed, or NULL */
} SimColleagueView;

size_t sim_colleague_count(const Sim *sim);
SimColleagueView sim_colleague(const Sim *sim, size_t i);

/* Mood word for an agitation level. */
const char *sim_mood_word(int agitation);

#endif
