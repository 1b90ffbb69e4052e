/* review_internal.h - the totals a Review keeps, for the files that print them. */
#ifndef INCIDESK_REVIEW_INTERNAL_H
#define INCIDESK_REVIEW_INTERNAL_H

#include <stdint.h>

#include "review.h"
#include "smap.h"

/* A growable vector of elements of one size, keyed by string (insertion order kept). */
typedef struct KeyVec {
  SMap map;
  char **keys;
  unsigned char *data;
  size_t len, cap, elem;
} KeyVec;
/* The element for key, zeroed when new. The pointer is valid until the next insert. */
void *keyvec_get(KeyVec *k, const char *key);
/* The element for key, or NULL. */
void *keyvec_find(const KeyVec *k, const char *key);
void *keyvec_at(const KeyVec *k, size_t i);
void keyvec_free(KeyVec *k);

/* Points and statuses of a criterion or category over records. */
typedef struct Acc {
  long points, possible;
  int sessions, met, partly, not_met;
} Acc;

/* An item lost (points below possible) over records. */
typedef struct Lost {
  int count;   /* records that lost it */
  long points; /* points lost in all */
  int seen;    /* records that scored it */
} Lost;

#define NLEVELS 5
typedef struct TraineeAgg {
  int sessions, passed, levels[NLEVELS], overrides;
  double sum, best;
  long first_day, last_day;
} TraineeAgg;

typedef struct ScenarioAgg {
  char *title, *unit;
  int difficulty, sessions, passed;
  double sum, best, sum_agitation;
  int agitation_n;
} ScenarioAgg;

typedef struct TScen {
  int attempts, passed_at_best;
  double best;
} TScen;

/* One record kept for trends, percentiles and charts. */
typedef struct Row {
  uint32_t trainee, scenario;
  int32_t day;
  float percent;
  int32_t answer_ms, dispatch_ms; /* -1: none */
  uint8_t level, passed;
} Row;

struct Review {
  ReviewOpts o;
  KeyVec trainees, criteria, categories, scenarios; /* TraineeAgg, Acc, Acc, ScenarioAgg */
  KeyVec t_crit, t_cat, t_scen, t_scen_met;         /* Acc, Acc, TScen, int: key "a\x1fb[\x1fc]" */
  KeyVec lost, mistakes; /* Lost: "criterion\x1fitem", "scenario\x1fitem" */
  KeyVec cat_crit;       /* int: "category\x1fcriterion" seen */
  Row *rows;
  size_t nrows, caprows;
  StrList left_out, notes; /* "PATH: why" */
  ReviewCounts n;
};

/* The index of a compliance level name (0 high compliance .. 4 non-compliant). */
int review_level_index(const char *level);
extern const char *const review_level_names[NLEVELS];
/* Sorted indexes of k's keys. Caller frees. */
size_t *review_sorted(const KeyVec *k);
/* Percentile p (0..100) of the n values (sorted here), or -1 if n is 0. */
double review_percentile(int32_t *v, size_t n, double p);
/* A trainee's trend: least-squares slope of percent per 30 days over their records (0 if
 * fewer than 2 days apart). */
double review_trend(const Review *rv, uint32_t trainee);
/* p50 and p90 of a trainee's answer (which 0) or dispatch (1) times in ms (-1 if none). */
void review_times(const Review *rv, uint32_t trainee, int which, double *p50, double *p90);
/* The (up to) max items of a Lost KeyVec keyed "prefix\x1fitem" most often lost, most first
 * (ids point into in's keys). Returns how many. */
size_t review_top_lost(const KeyVec *in, const char *prefix, const char **ids, const Lost **what,
                       size_t max);
/* Pair key "a\x1fb" into buf. */
const char *review_pair(char *buf, size_t n, const char *a, const char *b);

#endif
