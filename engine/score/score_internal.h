/* score_internal.h - what score.c (a call) and score_shift.c (a shift) share. */
#ifndef INCIDESK_SCORE_INTERNAL_H
#define INCIDESK_SCORE_INTERNAL_H

#include "score.h"

/* What the checks share: the session, the outcomes expected, and the items so far. */
typedef struct Ctx {
  const Procedure *p;
  const Sim *sim;
  Score *s;
  const Outcome *truth_outcome; /* what the caller's full truth leads to */
  const Outcome *known_outcome; /* what the facts learned by the end lead to */
  const Outcome *judge;         /* known_outcome, or truth_outcome if that is NULL */
  KVList known;                 /* scratch: facts known at a moment */
  StrList path_facts;           /* facts the questions on the truth's path ask for */
  int64_t end_ms;
} Ctx;

/* Adds an item; earned is clamped to possible. Strings are copied. */
Item *score_add(Ctx *c, const char *check, const char *subject, const char *criterion, const char *category,
                Severity sev, int earned, int64_t t, const char *expected, const char *actual, const char *explanation);
/* Full points if ok. */
Item *score_pass(Ctx *c, const char *check, const char *subject, const char *crit, const char *cat, Severity sev,
                 int ok, int64_t t, const char *exp, const char *act, const char *why);
/* Index of the first / last accepted action of a type (with arg, if not NULL), or -1. */
long score_first_action(const Sim *sim, ActionType t, const char *arg);
long score_last_action(const Sim *sim, ActionType t, const char *arg);
/* The time of action i, or -1 for i < 0. */
int64_t score_act_t(const Ctx *c, long i);
void score_check_knowledge(Ctx *c);
/* Adds up the items into the score's totals, percent, level and pass. */
void score_totals(Ctx *c);

/* score_shift.c */
Score *score_shift(const Procedure *p, const Sim *sim);

#endif
