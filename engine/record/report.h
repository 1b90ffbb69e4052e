/* report.h - the evidence report: one self-contained, printable HTML page (inline CSS and
 * SVG, nothing fetched) that shows an assessor what a session record evidences: who, when,
 * which scenario and procedure (versions and hashes), whether the record verified, the
 * score and compliance level, the unit criteria met, partly met or not met with the scored
 * items behind each, the timeline, and the kind of evidence it is. */
#ifndef INCIDESK_REPORT_H
#define INCIDESK_REPORT_H

#include <stddef.h>

#include "util.h"

/* One record to report on, with the outcome of verifying it (by the caller: verification
 * re-runs the session, which engine/record cannot do). */
typedef struct ReportEntry {
  const char *path;
  const char *text; /* the record's JSON */
  size_t len;
  int verified;             /* 1 verified, 0 a check failed */
  const char *const *fails; /* what failed ("digest", ...), nfails of them */
  size_t nfails;
  int keyed; /* 1 if an HMAC key was checked too */
} ReportEntry;

/* What a record's section may show besides the record (engine/coach adds these). */
typedef struct ReportExtra {
  const char *addendum_html; /* shown after the result (a coach's overrides), or NULL */
  const char *anchor;        /* the section's id (for links from an evidence pack), or NULL */
} ReportExtra;

/* The page for n records (a section each, each starting on a new printed page).
 * generated: when the report was made (shown in the footer), or NULL. Caller frees with
 * free(); NULL with err "path:LINE: ..." if a record cannot be read as one. */
char *report_html(const ReportEntry *e, size_t n, const char *generated, Error *err);
/* The same with x[i] shown in record i's section (x may be NULL). */
char *report_html_ex(const ReportEntry *e, const ReportExtra *x, size_t n, const char *generated, Error *err);

#endif
