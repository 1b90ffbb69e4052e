/* sim_internal.h - the Sim's state, shared by sim.c (the call) and sim_shift.c (the shift). */
#ifndef INCIDESK_SIM_INTERNAL_H
#define INCIDESK_SIM_INTERNAL_H

#include "rng.h"
#include "sim.h"

enum { PEND_ANSWER, PEND_UNIT, PEND_SCENARIO, PEND_INCIDENT, PEND_CONTACT, PEND_ABANDON, PEND_SHIFT_OVER };

/* Something scheduled to happen at a simulated time. */
typedef struct Pending {
  int64_t t_ms;
  uint64_t seq; /* ties break in scheduling order */
  int kind;
  int unit, gen;      /* PEND_UNIT: unit index, its move generation, new status */
  UnitStatus status;
  size_t event;       /* PEND_SCENARIO: scenario event index; PEND_INCIDENT, PEND_CONTACT,
                         PEND_ABANDON: incident or contact index */
  char *fact, *value; /* PEND_ANSWER: fact learned (NULL for a non-answer) */
  char *text;         /* PEND_ANSWER: words the caller says */
} Pending;

typedef struct UnitState {
  UnitStatus status;
  double from_x, from_y, to_x, to_y;
  int64_t depart_ms, arrive_ms, dispatched_ms, on_scene_ms;
  int gen; /* bumped whenever the unit's scheduled moves are cancelled */
} UnitState;

typedef struct ShiftState {
  IncidentState state;
  int64_t referred_ms, first_dispatch_ms, closed_ms;
  int reviewed, units;
  const char *priority, *code; /* borrowed: the scenario's, or a correction action's value */
} ShiftState;

typedef struct ContactSt {
  ContactState state;
  int64_t arrived_ms, taken_ms;
} ContactSt;

typedef struct ColleagueSt {
  int talks;
  const char *area, *support; /* borrowed from the agreeing action */
} ColleagueSt;

struct Sim {
  const Scenario *sc;
  const SimRules *rules;
  uint64_t seed;
  Rng rng;
  int64_t now;
  uint64_t seq;
  Pending *pend;
  size_t npend, cappend;
  SimEvent *ev;
  size_t nev, capev;
  ActionList acts;
  unsigned char *accepted;
  size_t *marks;
  CallState call;
  int64_t answered_ms, last_contact_ms, next_tick_ms;
  int agitation, max_agitation;
  KVList truth, known, difficulty;
  KVList answered; /* facts the caller has given in answer to a question */
  UnitState *units;
  unsigned char *fired;
  double inc_x, inc_y;
  SimTriggerFn trigger;
  void *trigger_ud;
  int cur_action; /* index of the action being applied, or -1 */
  /* the shift (docs/shift.md) */
  int shift;
  ShiftState *inc;  /* per incident */
  ContactSt *con;   /* per contact */
  ColleagueSt *col; /* per colleague */
  int *unit_inc;    /* per unit: the incident it is committed to, or -1 */
  int *act_inc;     /* per action: the incident it concerns, or -1 */
  int current;      /* the contact taken, or -1 */
};

void sim_emit(Sim *s, const char *kind, const char *subject, const char *text);
Pending *sim_schedule(Sim *s, int64_t t, int kind);
void sim_reject(Sim *s, const Action *a, const char *why);
void sim_unit_position(const Sim *s, size_t i, double *x, double *y);
/* Schedules a unit's journey from where it is now to (x, y), leaving after delay_ms; returns
 * the arrival time. */
int64_t sim_unit_travel(Sim *s, size_t i, double x, double y, int64_t delay_ms);
void sim_schedule_unit(Sim *s, size_t i, int64_t t, UnitStatus st);
void sim_unit_set(Sim *s, size_t i, UnitStatus st, const char *report);
/* Sends a unit back to its base: returning now, available when it gets there. */
void sim_unit_home(Sim *s, size_t i);
/* The "trainee" event of a brief or instruct action. */
void sim_emit_order(Sim *s, const Action *a);

/* sim_shift.c */
void shift_start(Sim *s);
void shift_free(Sim *s);
/* Runs a shift's pending item (PEND_INCIDENT ...). */
void shift_run_pending(Sim *s, const Pending *p);
/* Applies an action in a shift. */
void shift_apply(Sim *s, const Action *a);
/* A unit's status changed to st: it is no longer committed unless st is. */
void shift_unit_status(Sim *s, size_t unit, UnitStatus st);

#endif
