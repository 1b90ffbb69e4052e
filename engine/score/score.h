/* score.h - turns a finished session into scored items, totals and a compliance level.
 *
 * Every item names the unit criterion it evidences, its category, the check, what the
 * procedure expected, what the trainee did and when, points earned of points possible,
 * a severity and a one-sentence explanation. Decisions are judged on the facts the trainee
 * had learned when they made them. Points by severity: critical 10, major 5, moderate 3,
 * minor 1; any critical item lost fails the session.
 */
#ifndef INCIDESK_SCORE_H
#define INCIDESK_SCORE_H

#include "procedure.h"
#include "sim.h"

typedef enum Severity { SEV_CRITICAL, SEV_MAJOR, SEV_MODERATE, SEV_MINOR } Severity;

typedef struct Item {
  char *id;          /* check, or check:subject ("question:q_where") */
  char *criterion;   /* "CC38-1.4" */
  char *category;    /* "classification" ... */
  char *check;       /* "priority" */
  char *expected, *actual, *explanation;
  char *difficulty;  /* what the caller's state made harder, or NULL */
  int64_t t_ms;      /* when it was decided, or the session's end */
  int points, possible;
  Severity severity;
} Item;

typedef struct Total {
  char *key;
  int points, possible, items;
} Total;

typedef struct Score {
  Item *items;
  size_t nitems;
  Total *by_category;
  size_t ncategories;
  Total *by_criterion;
  size_t ncriteria;
  int points, possible;
  double percent;    /* one decimal */
  const char *level; /* static string */
  int passed, critical_failures;
  const char *outcome; /* the outcome the truth leads to (borrowed), or NULL */
  int caller_peak_agitation, caller_non_answers; /* how hard the caller made it */
  int64_t end_ms;
} Score;

/* Scores a session. Caller frees with score_free. */
Score *score_session(const Procedure *p, const Sim *sim);
void score_free(Score *s);

const char *severity_name(Severity s);
int severity_points(Severity s);
/* "high compliance" (>= 95), "compliant" (>= 85), "partial" (>= 75), "low" (>= 60),
 * "non-compliant". */
const char *score_level(double percent);
/* The same with a procedure's own lowest percents of the first four levels. */
const char *score_level_at(const int thresholds[4], double percent);
/* "met", "partly met" or "not met" for a criterion's total. */
const char *score_criterion_status(const Total *t);

#endif
