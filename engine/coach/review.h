/* review.h - review of many session records: per trainee, per criterion and per scenario,
 * recommendations, and the team report. Records are streamed: each is scanned (scan.h),
 * folded into the totals and freed; only a small row per record is kept (trainee, scenario,
 * day, percent, times), so tens of thousands of records fit in a few megabytes. */
#ifndef INCIDESK_REVIEW_H
#define INCIDESK_REVIEW_H

#include <stdio.h>

#include "scan.h"

/* Which records count (NULL: no filter). Dates are YYYY-MM-DD, inclusive, on `started`. */
typedef struct ReviewFilter {
  const char *trainee, *from, *to, *unit, *procedure;
} ReviewFilter;

typedef struct ReviewOpts {
  ReviewFilter filter;
  double threshold; /* a criterion or category below this percent of its points is weak */
  double mastery;   /* a scenario is mastered from this percent (passed, weak criteria met) */
} ReviewOpts;

typedef struct Review Review;

/* Caller frees with review_free. */
Review *review_new(const ReviewOpts *o);
void review_free(Review *rv);
/* Folds one scanned record in: a record that failed its checks is listed as left out; one
 * that is no record is counted as skipped; one the filters exclude is counted as filtered. */
void review_add(Review *rv, const RecordScan *s);
/* Lists a record as left out with why (used by --full for a failed re-run). */
void review_leave_out(Review *rv, const char *path, const char *why);
/* 1 if the record passes the filters. */
int review_wants(const Review *rv, const RecordScan *s);

/* A shipped scenario as recommendations see it, from the app (Lua stays there): what it
 * claims, its tags, and the share of its expert run's points possible per criterion and
 * per category (the weights that say how much of it practises each). */
typedef struct CoachScenario {
  const char *id, *title, *unit;
  int difficulty;
  const StrList *tags, *criteria;
  const char *const *wkeys; /* criterion codes and category names */
  const double *weights;    /* their share of the expert run's points possible, 0..1 */
  size_t nweights;
} CoachScenario;

typedef struct CoachCatalog {
  const CoachScenario *v;
  size_t len;
} CoachCatalog;

typedef enum ReviewBy { REVIEW_ALL, REVIEW_TRAINEE, REVIEW_CRITERION, REVIEW_SCENARIO } ReviewBy;

/* The terminal tables. cat may be NULL (no recommendations). */
void review_print_table(const Review *rv, ReviewBy by, const CoachCatalog *cat, FILE *out);
/* Everything as one JSON object (docs/coaching.md). Caller frees with free(). */
char *review_json(const Review *rv, ReviewBy by, const CoachCatalog *cat);
/* One CSV table: per trainee (also for REVIEW_ALL), criterion or scenario. */
void review_print_csv(const Review *rv, ReviewBy by, FILE *out);

/* One recommended scenario. */
typedef struct Recommendation {
  const char *scenario, *title; /* borrowed from the catalogue */
  double score;                 /* the ranking weight */
  char why[300];
} Recommendation;

/* A weak criterion or category of a trainee. */
typedef struct Weakness {
  const char *key; /* borrowed from the review */
  double percent;
  int sessions;
} Weakness;

typedef struct TraineeAdvice {
  const char *trainee;
  Weakness *criteria, *categories;
  size_t ncriteria, ncategories;
  Recommendation *recs;
  size_t nrecs;
} TraineeAdvice;

/* The number of trainees reviewed, and the id of the i-th (sorted). */
size_t review_trainee_count(const Review *rv);
const char *review_trainee_id(const Review *rv, size_t i);
/* Recommendations for the i-th trainee, at most max scenarios, ranked. Free with
 * review_advice_free. */
void review_advise(const Review *rv, size_t i, const CoachCatalog *cat, size_t max,
                   TraineeAdvice *out);
void review_advice_free(TraineeAdvice *a);

/* Counts: records read, reviewed (verified and in the filters), left out, skipped. */
typedef struct ReviewCounts {
  size_t read, reviewed, left_out, skipped, filtered, overrides, override_notes;
} ReviewCounts;
void review_counts(const Review *rv, ReviewCounts *out);

/* The team report: one self-contained printable HTML page with inline SVG charts (scores
 * over time per trainee, a criterion heat map, the time-to-answer distribution against the
 * 10 s standard) and the tables. generated: when (shown), or NULL. Caller frees. */
char *team_report_html(const Review *rv, const CoachCatalog *cat, const char *generated);

#endif
