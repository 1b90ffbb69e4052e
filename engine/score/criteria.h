/* criteria.h - the unit criteria of CC38 (level 2) and CC39 (level 3) that scored items
 * evidence, with their text as printed in the units (../shared/seeds/). */
#ifndef INCIDESK_CRITERIA_H
#define INCIDESK_CRITERIA_H

#include <stddef.h>

typedef struct Criterion {
  const char *code;   /* "CC38-1.4" */
  const char *text;
  const char *checks; /* the checks that evidence it, space-separated ("" for none yet) */
} Criterion;

/* All 34 criteria in unit order; *n gets the count. Static data. */
const Criterion *criteria_all(size_t *n);
/* The criterion with this code, or NULL. */
const Criterion *criteria_find(const char *code);
/* The criterion a check evidences in a scenario of this unit ("CC38" or "CC39"): the first
 * of that unit that lists the check, else the first of any unit, else NULL. */
const Criterion *criteria_for_check(const char *check, const char *unit);
/* 1 if the criterion lists the check. */
int criteria_has_check(const Criterion *c, const char *check);

#endif
