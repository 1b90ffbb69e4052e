/* scan.h - reading one session record for review: its seal, the few members review needs,
 * and the coach's overrides applied from the signed addendum beside it.
 *
 * What a scan checks (the quick verification review applies to every record): the text is
 * JSON and a record (format, members of the right types), its digest matches its content,
 * and, given the centre's key, its HMAC does. It does not hash the scenario and procedure
 * files nor re-run the actions (that is `incidesk verify`, and `review --full`).
 */
#ifndef INCIDESK_SCAN_H
#define INCIDESK_SCAN_H

#include <stddef.h>
#include <stdint.h>

#include "scenario.h"
#include "util.h"

/* A total per criterion or category, recomputed from the items (overrides applied). */
typedef struct ScanTotal {
  const char *key;
  int points, possible, items;
} ScanTotal;

/* One scored item (strings borrowed from the parsed record). */
typedef struct ScanItem {
  const char *id, *criterion, *category, *check, *severity;
  int points, possible;
  int overridden; /* 1 if a coach's override set its points */
} ScanItem;

typedef enum ScanStatus {
  SCAN_OK,         /* a record whose seal matched */
  SCAN_FAILED,     /* a record (or meant to be one) that failed a check: why says which */
  SCAN_NOT_RECORD, /* JSON that is no record (an assignments file, an addendum ...) */
} ScanStatus;

/* What review needs of a record. Strings are borrowed from the parsed record and live until
 * scan_free. */
typedef struct RecordScan {
  ScanStatus status;
  char why[512]; /* SCAN_FAILED: what failed ("digest", "not valid JSON" ...) */
  const char *path;
  const char *trainee, *centre, *mode, *started, *ended, *digest;
  const char *scenario, *title, *unit, *procedure; /* unit: the scenario's level, CC38 or CC39 */
  int difficulty;                                  /* the scenario's rating, 1 to 5 */
  int peak_agitation;                              /* the caller's, or -1 */
  double percent, pass_percent;
  const char *level; /* compliance level (static or borrowed) */
  int passed, critical_failures, points, possible;
  int64_t answer_ms, dispatch_ms; /* -1 when never answered / dispatched */
  ScanItem *items;
  size_t nitems;
  ScanTotal *by_criterion, *by_category;
  size_t ncriteria, ncategories;
  int overrides;           /* overrides applied */
  char override_note[512]; /* an addendum found but not applied, and why; "" if none */
  void *json;              /* the parsed record (cJSON), owned */
  void *arena;             /* where its nodes live (see scan.c), owned */
} RecordScan;

typedef struct ScanOpts {
  const uint8_t *key; /* the centre's HMAC key: records must carry a matching hmac; or NULL */
  size_t key_len;
  const uint8_t *coach_key; /* the key addenda of overrides are signed with, or NULL: then
                               no override applies (their seal cannot be checked) */
  size_t coach_key_len;
  int no_overrides; /* 1: leave addenda aside */
} ScanOpts;

/* Reads and checks the record at path (path is borrowed and must outlive s). Never fails:
 * a file that cannot be read or parsed is SCAN_FAILED with why. Free with scan_free. */
void scan_record(const char *path, const ScanOpts *o, RecordScan *s);
void scan_free(RecordScan *s);

/* Recomputes the totals, percent, level, passed and critical failures from the items (after
 * overrides changed their points). */
void scan_retotal(RecordScan *s);

/* The date (YYYY-MM-DD) of a record: the first 10 characters of started. Into out[11]. */
void scan_date(const RecordScan *s, char out[11]);

/* Days since 1970-01-01 of "YYYY-MM-DD...", or -1 if it is not such a date. */
long scan_day_number(const char *iso);

/* The status of a criterion total: "met", "partly met" or "not met". */
const char *scan_status(const ScanTotal *t);

/* Scans the n records of paths, jobs at a time on as many threads (in batches, so at most a
 * batch of parsed records is in memory), and hands each scan to fold in the order of paths,
 * on the calling thread; fold must not keep s past its return (it is freed after). */
void scan_many(const char *const *paths, size_t n, const ScanOpts *o, int jobs,
               void (*fold)(void *ud, RecordScan *s), void *ud);
/* How many threads scan_many should use here: INCIDESK_JOBS if set, else the processors
 * online (at most 8). */
int scan_jobs(void);

/* The .json files under path (a file is itself), recursively, sorted, appended to out.
 * 0, or -1 with err if path does not exist. */
int scan_collect(const char *path, StrList *out, Error *err);

#endif
