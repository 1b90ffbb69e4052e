/* cmd_report.c - `incidesk report RECORD... -o FILE.html`: the evidence report. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "coach_cmds.h"
#include "hmac.h"
#include "override.h"
#include "record_cmds.h"
#include "report.h"

const char usage_report[] =
    "usage: incidesk report RECORD... -o FILE.html [--key FILE] [--root DIR]\n"
    "       incidesk report --trainee ID RECORD|DIR... -o FILE.html [options]\n"
    "\n"
    "Writes the evidence report for assessors: one self-contained, printable HTML page\n"
    "(inline CSS and SVG; it fetches nothing) with, for each record, the trainee, dates,\n"
    "scenario and procedure with versions and SHA-256, the verification status (each record\n"
    "is verified as by `incidesk verify`), the score and compliance level, the unit criteria\n"
    "met, partly met or not met with the scored items behind each, the timeline, and the\n"
    "evidence type (observation of simulated practice). Print it or save it as PDF from a\n"
    "browser. A coach's overrides (RECORD.override.json) are shown with their seal, checked\n"
    "with --key.\n"
    "\n"
    "With --trainee: the assessor's evidence pack for one trainee (see below).\n"
    "\n"
    "options:\n"
    "  -o FILE.html   where to write the page (atomically), required\n"
    "  --key FILE     the centre's HMAC key, checked as by verify --key\n"
    "  --root DIR     relative scenario and procedure paths are under DIR\n"
    "\n"
    "evidence pack (--trainee ID): the unit matrix, every criterion of CC38 and CC39 with\n"
    "the verified sessions of the trainee that evidence it (met, partly, not met) and on how\n"
    "many different dates it was met; the gaps; a table of the sessions; then each session's\n"
    "evidence report as above, linked from the matrix. Every session is verified as by\n"
    "incidesk verify (digest, file hashes, re-run); one that fails is shown NOT VERIFIED and\n"
    "evidences nothing.\n"
    "  --trainee ID       whose records (folders are searched for .json records)\n"
    "  --unit CC38|CC39   one unit's criteria (default both)\n"
    "  --occasions N      met on N different dates counts as evidenced (default 2)\n"
    "  --from DATE        only sessions started on or after DATE (YYYY-MM-DD); --to DATE\n"
    "\n"
    "exit: 0 written and every record verified, 1 written but a record failed verification\n"
    "(the page says so), 2 bad input (nothing written)\n";

typedef struct ReportOpts {
  const char *out, *key;
  VerifyOpts v;
  StrList records;
} ReportOpts;

static int parse(int argc, char **argv, ReportOpts *o) {
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "-o") == 0 || strcmp(a, "--key") == 0 || strcmp(a, "--root") == 0) {
      if (i + 1 >= argc)
        return record_cmd_usage("report", "%s needs a value", a);
      const char *v = argv[++i];
      if (a[1] == 'o')
        o->out = v;
      else if (a[2] == 'k')
        o->key = v;
      else
        o->v.root = v;
    } else if (a[0] == '-' && a[1]) {
      return record_cmd_usage("report", "unknown option '%s'", a);
    } else {
      strlist_push(&o->records, a);
    }
  }
  if (!o->records.len)
    return record_cmd_usage("report", "%s", "needs at least one RECORD");
  if (!o->out)
    return record_cmd_usage("report", "%s", "needs -o FILE.html");
  return 0;
}

/* Verifies and reads every record, then writes the page. -1 with err on bad input. */
static int report(ReportOpts *o, int *all_ok, Error *err) {
  size_t n = o->records.len;
  ReportEntry *e = xcalloc(n, sizeof *e);
  ReportExtra *x = xcalloc(n, sizeof *x);
  VerifyResult *vr = xcalloc(n, sizeof *vr);
  char **texts = xcalloc(n, sizeof *texts);
  int rc = -1;
  *all_ok = 1;
  for (size_t i = 0; i < n; i++) {
    const char *path = o->records.v[i];
    if (verify_record(path, &o->v, &vr[i], err) < 0 ||
        !(texts[i] = file_read_all(path, &e[i].len, err)))
      goto done;
    e[i] = (ReportEntry){path,
                         texts[i],
                         e[i].len,
                         vr[i].ok,
                         (const char *const *)vr[i].fails.v,
                         vr[i].fails.len,
                         o->v.key != NULL};
    RecordInfo info; /* a coach's overrides, from the signed addendum beside the record */
    if (record_info_read(path, texts[i], e[i].len, &info, err) == 0) {
      x[i].addendum_html = override_html(path, info.digest, o->v.key, o->v.key_len);
      record_info_free(&info);
    }
    *all_ok &= vr[i].ok;
  }
  char now[32];
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &tm);
  char *html = report_html_ex(e, x, n, now, err);
  if (html)
    rc = record_write_atomic(o->out, html, err);
  free(html);
done:
  for (size_t i = 0; i < n; i++)
    free(texts[i]), verify_result_free(&vr[i]), free((char *)x[i].addendum_html);
  free(texts), free(vr), free(e), free(x);
  return rc;
}

int cmd_report(int argc, char **argv) {
  for (int i = 0; i < argc; i++)
    if (strcmp(argv[i], "--trainee") == 0)
      return cmd_pack(argc, argv); /* the assessor's evidence pack */
  ReportOpts o = {0};
  int rc = parse(argc, argv, &o), all_ok = 0;
  Error err;
  uint8_t *key = NULL;
  if (rc == 0 && o.key && !(key = hmac_key_read(o.key, &o.v.key_len, &err)))
    rc = record_cmd_fail(&err);
  o.v.key = key;
  if (rc == 0) {
    if (report(&o, &all_ok, &err) < 0)
      rc = record_cmd_fail(&err);
    else
      printf("%s: %zu record%s, %s\n", o.out, o.records.len, o.records.len == 1 ? "" : "s",
             all_ok ? "all verified" : "NOT all verified");
    if (rc == 0 && !all_ok)
      rc = 1;
  }
  free(key);
  strlist_free(&o.records);
  return rc;
}
