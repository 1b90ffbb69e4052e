/* criteria.h - the unit criteria of CC38 (level 2) and CC39 (level 3) that scored items
 * evidence, with their text as printed in the units (../shared/seeds/). */
#ifndef INCIDESK_CRITERIA_H
#define INCIDESK_CRITERIA_H

#include <stddef.h>

typedef struct Criterion {
  const char *code; /* "CC38-1.4" */
  const char *text;
} Criterion;

/* All 34 criteria in unit order; *n gets the count. Static data. */
const Criterion *criteria_all(size_t *n);
/* The criterion with this code, or NULL. */
const Criterion *criteria_find(const char *code);

#endif
