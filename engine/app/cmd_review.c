/* cmd_review.c - `incidesk review RECORD|DIR...`: a team's records by trainee, criterion and
 * scenario, with recommendations; JSON, CSV, or the team report (HTML). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "coach_cmds.h"
#include "record_cmds.h"

const char usage_review[] =
    "usage: incidesk review RECORD|DIR... [options]\n"
    "\n"
    "Reviews many session records (folders are searched for .json records, recursively):\n"
    "per trainee (sessions, mean and best percent, compliance levels, pass rate, trend over\n"
    "time, time to answer and to dispatch p50/p90), per criterion (met / partly / not met,\n"
    "the items most often lost), per scenario (rated and observed difficulty, pass rate, the\n"
    "most common mistakes), and recommendations per trainee: the criteria and categories\n"
    "below the threshold and the shipped scenarios that practise them, not yet mastered.\n"
    "Every record is checked first (its digest, and its HMAC with --key); one that fails is\n"
    "listed and left out. A coach's signed overrides (RECORD.override.json, see incidesk\n"
    "override) count when --key checks their seal.\n"
    "\n"
    "options:\n"
    "  --by trainee|criterion|scenario   one table (default: all)\n"
    "  --trainee ID        only this trainee's records\n"
    "  --from DATE         only records started on or after DATE (YYYY-MM-DD)\n"
    "  --to DATE           ... on or before DATE\n"
    "  --unit CC38|CC39    only scenarios of this unit\n"
    "  --procedure ID      only records of this procedure\n"
    "  --json              one JSON object (docs/coaching.md)\n"
    "  --csv               one CSV table (per trainee unless --by says otherwise)\n"
    "  --html FILE.html    also write the team report: a printable page with charts\n"
    "  -o FILE             write the JSON or CSV (or the tables) to FILE, atomically\n"
    "  --key FILE          the centre's HMAC key: records must carry a matching hmac (as\n"
    "                      verify --key); it also checks the seal of coach overrides\n"
    "  --coach-key FILE    the key coach overrides are signed with, when records are not\n"
    "                      sealed (no override counts unless its seal is checked)\n"
    "  --full              verify as `incidesk verify` does (file hashes and a re-run of\n"
    "                      every record): thorough, and slow for thousands of records\n"
    "  --root DIR          with --full: relative scenario and procedure paths are under DIR\n"
    "  --scenarios DIR     the shipped scenarios to recommend (default: scenarios)\n"
    "  --threshold PCT     a criterion or category below PCT%% of its points is weak (default 80)\n"
    "  --mastery PCT       a scenario is mastered from PCT%% (default 85)\n"
    "  --no-overrides      leave coach overrides aside\n"
    "\n"
    "exit: 0 reviewed (records that failed verification are listed, left out), 2 bad input\n";

typedef struct Opts {
  ReviewRun r;
  ReviewBy by;
  int json, csv;
  const char *html, *out;
} Opts;

static int parse(int argc, char **argv, Opts *o) {
  o->r.ro.threshold = 80, o->r.ro.mastery = 85;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    int k = review_parse_option("review", argc, argv, &i, &o->r);
    if (k < 0)
      return 2;
    if (k > 0)
      continue;
    if (strcmp(a, "--json") == 0)
      o->json = 1;
    else if (strcmp(a, "--csv") == 0)
      o->csv = 1;
    else if (strcmp(a, "--by") == 0 || strcmp(a, "--html") == 0 || strcmp(a, "-o") == 0) {
      if (i + 1 >= argc)
        return coach_usage("review", "%s needs a value", a);
      const char *v = argv[++i];
      if (a[2] == 'h')
        o->html = v;
      else if (a[1] == 'o')
        o->out = v;
      else if (strcmp(v, "trainee") == 0)
        o->by = REVIEW_TRAINEE;
      else if (strcmp(v, "criterion") == 0)
        o->by = REVIEW_CRITERION;
      else if (strcmp(v, "scenario") == 0)
        o->by = REVIEW_SCENARIO;
      else
        return coach_usage("review", "--by must be trainee, criterion or scenario, not '%s'", v);
    } else if (a[0] == '-' && a[1])
      return coach_usage("review", "unknown option '%s'", a);
    else
      strlist_push(&o->r.inputs, a);
  }
  if (!o->r.inputs.len)
    return coach_usage("review", "%s", "needs at least one RECORD or DIR");
  if (o->json && o->csv)
    return coach_usage("review", "%s", "--json and --csv: choose one");
  return 0;
}

static void now_iso(char *buf, size_t n) {
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* The output as text (JSON, CSV or the tables). Caller frees. */
static char *render(const Review *rv, const Opts *o, const CoachCatalog *cat) {
  if (o->json)
    return review_json(rv, o->by, cat);
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);
  if (!f)
    return xstrdup("");
  if (o->csv)
    review_print_csv(rv, o->by, f);
  else
    review_print_table(rv, o->by, cat, f);
  fclose(f);
  return text;
}

static int review(Opts *o, Error *err) {
  Review *rv;
  if (review_run(&o->r, &rv, err) < 0)
    return -1;
  CoachCatalogOwned cat = {0};
  int have_cat = 0;
  if (!o->csv && (o->by == REVIEW_ALL || o->by == REVIEW_TRAINEE || o->html)) {
    Error cerr;
    have_cat = coach_catalog_load(o->r.scenarios ? o->r.scenarios : "scenarios", &cat, &cerr) == 0;
    if (!have_cat && o->r.scenarios) { /* asked for: bad input */
      *err = cerr;
      review_free(rv);
      return -1;
    }
    if (!have_cat)
      fprintf(stderr, "incidesk: note: no recommendations: %s (see --scenarios)\n", cerr.msg);
  }
  char *text = render(rv, o, have_cat ? &cat.cat : NULL);
  char *html = NULL;
  int rc = 0;
  if (o->html) {
    char now[32];
    now_iso(now, sizeof now);
    html = team_report_html(rv, have_cat ? &cat.cat : NULL, now);
    rc = record_write_atomic(o->html, html, err);
  }
  if (rc == 0 && o->out)
    rc = record_write_atomic(o->out, text, err);
  else if (rc == 0)
    fputs(text, stdout);
  if (rc == 0 && (o->out || o->html)) {
    ReviewCounts n;
    review_counts(rv, &n);
    fprintf(o->json || o->csv || o->out ? stderr : stdout,
            "review: %zu records reviewed, %zu left out%s%s%s%s\n", n.reviewed, n.left_out,
            o->out ? " -> " : "", o->out ? o->out : "", o->html ? "; team report -> " : "",
            o->html ? o->html : "");
  }
  free(text), free(html);
  if (have_cat)
    coach_catalog_free(&cat);
  review_free(rv);
  return rc;
}

int cmd_review(int argc, char **argv) {
  Opts o = {0};
  int rc = parse(argc, argv, &o);
  Error err;
  if (rc == 0 && review(&o, &err) < 0)
    rc = record_cmd_fail(&err);
  strlist_free(&o.r.inputs);
  return rc;
}
