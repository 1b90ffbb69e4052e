/* pack.h - the assessor's evidence pack for one trainee: the unit matrix (every criterion
 * of CC38 and CC39 with the verified sessions that evidence it, on different occasions and
 * dates), the gaps, and each session's evidence report (engine/record/report.h) linked from
 * the matrix. One self-contained printable HTML page. */
#ifndef INCIDESK_PACK_H
#define INCIDESK_PACK_H

#include <stddef.h>

#include "scan.h"

/* One session of the trainee (strings borrowed). */
typedef struct PackSession {
  const char *path, *anchor; /* anchor: the id of its section in the report page */
  const char *date, *scenario, *title, *mode;
  double percent;
  int verified;          /* 1 if it passed `verify` (digest, hashes, re-run) */
  const char *fails;     /* what failed, or NULL */
  const ScanTotal *crit; /* its totals per criterion (overrides applied), ncrit of them */
  size_t ncrit;
  int overrides; /* overrides applied */
} PackSession;

typedef struct PackOpts {
  const char *trainee;
  const char *unit; /* "CC38", "CC39", or NULL for both */
  int occasions;    /* a criterion is evidenced when met on this many different dates */
  const char *generated;
} PackOpts;

/* The pack: report_page (report_html of the same sessions, in the same order, each with its
 * anchor) with the matrix and gaps put first. Caller frees with free(). */
char *pack_html(const PackOpts *o, const PackSession *s, size_t n, const char *report_page);

#endif
