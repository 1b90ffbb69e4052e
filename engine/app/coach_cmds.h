/* coach_cmds.h - the commands for coaches and assessors (issue 9), one file each:
 * `assign` (cmd_assign.c), `review` (cmd_review.c), `override` (cmd_override.c) and the
 * evidence pack that `report --trainee` makes (cmd_pack.c); and what they share: the
 * catalogue of shipped scenarios for recommendations (coach_catalog.c). */
#ifndef INCIDESK_COACH_CMDS_H
#define INCIDESK_COACH_CMDS_H

#include "review.h"
#include "util.h"

int cmd_assign(int argc, char **argv);
int cmd_review(int argc, char **argv);
int cmd_override(int argc, char **argv);
/* `report --trainee ID DIR... -o FILE.html`: cmd_report hands over when it sees --trainee. */
int cmd_pack(int argc, char **argv);
extern const char usage_assign[], usage_review[], usage_override[];

/* The shipped scenarios of a folder as recommendations weigh them (CoachScenario), with the
 * shares of their expert runs' points per criterion and category. */
typedef struct CoachCatalogOwned {
  CoachCatalog cat;
  void *priv;
} CoachCatalogOwned;

/* Loads the .lua scenarios of dir (not its procedures/) and plays each one's
 * NAME.expert.json. A scenario that does not load is left out. 0, or -1 with err if dir
 * cannot be read. Free with coach_catalog_free. */
int coach_catalog_load(const char *dir, CoachCatalogOwned *out, Error *err);
void coach_catalog_free(CoachCatalogOwned *c);

/* Options review and `assign create --from-review` share: records, filters, key. */
typedef struct ReviewRun {
  StrList inputs; /* RECORD or DIR arguments */
  ReviewOpts ro;
  const char *key_file, *coach_key_file, *root, *scenarios;
  int full, no_overrides;
} ReviewRun;

/* Parses one review option at argv[*i] (advancing *i past its value). 1 if it was one, 0
 * if not, -1 after printing a usage error for cmd (exit 2). */
int review_parse_option(const char *cmd, int argc, char **argv, int *i, ReviewRun *r);
/* Collects the records and folds them into a new Review (*out). 0, or -1 with err (bad
 * input: a path that does not exist, a bad key file). */
int review_run(ReviewRun *r, Review **out, Error *err);

/* Prints "incidesk: CMD: MESSAGE (see incidesk CMD --help)" and returns 2. */
int coach_usage(const char *cmd, const char *fmt, const char *arg);

#endif
