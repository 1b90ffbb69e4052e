/* cmd_pack.c - `incidesk report --trainee ID RECORD|DIR... -o FILE.html`: the assessor's
 * evidence pack (engine/coach/pack.h): the unit matrix, the gaps, and every session's
 * evidence report, each session verified as by `incidesk verify`. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "coach_cmds.h"
#include "hmac.h"
#include "override.h"
#include "pack.h"
#include "record_cmds.h"
#include "report.h"

typedef struct Opts {
  PackOpts p;
  const char *out, *key_file, *from, *to;
  VerifyOpts v;
  StrList inputs;
} Opts;

/* A session kept from the scan (the scan itself is freed). */
typedef struct Kept {
  char *path, *started, *scenario, *title, *mode, *why;
  double percent;
  int ok, overrides;
  ScanTotal *crit;
  size_t ncrit;
} Kept;

typedef struct Keep {
  const Opts *o;
  Kept *v;
  size_t len, cap;
} Keep;

static int usage(const char *fmt, const char *arg) { return coach_usage("report", fmt, arg); }

static int parse(int argc, char **argv, Opts *o) {
  o->p.occasions = 2;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    static const char *const valued[] = {"--trainee",   "-o",     "--key", "--root", "--unit",
                                         "--occasions", "--from", "--to",  NULL};
    int k = 0;
    while (valued[k] && strcmp(valued[k], a) != 0)
      k++;
    if (!valued[k]) {
      if (a[0] == '-' && a[1])
        return usage("unknown option '%s'", a);
      strlist_push(&o->inputs, a);
      continue;
    }
    if (i + 1 >= argc)
      return usage("%s needs a value", a);
    const char *v = argv[++i];
    char *end;
    long n;
    switch (k) {
    case 0:
      o->p.trainee = v;
      break;
    case 1:
      o->out = v;
      break;
    case 2:
      o->key_file = v;
      break;
    case 3:
      o->v.root = v;
      break;
    case 4:
      if (strcmp(v, "CC38") != 0 && strcmp(v, "CC39") != 0)
        return usage("--unit must be CC38 or CC39, not '%s'", v);
      o->p.unit = v;
      break;
    case 5:
      n = strtol(v, &end, 10);
      if (*end || n < 1 || n > 20)
        return usage("--occasions must be a whole number from 1 to 20, not '%s'", v);
      o->p.occasions = (int)n;
      break;
    default:
      if (strlen(v) != 10 || scan_day_number(v) < 0)
        return usage(k == 6 ? "--from must be a date YYYY-MM-DD, not '%s'"
                            : "--to must be a date YYYY-MM-DD, not '%s'",
                     v);
      *(k == 6 ? &o->from : &o->to) = v;
    }
  }
  if (!o->inputs.len)
    return usage("%s", "--trainee needs at least one RECORD or DIR");
  if (!o->out)
    return usage("%s", "needs -o FILE.html");
  return 0;
}

static void fold(void *ud, RecordScan *s) {
  Keep *k = ud;
  char date[11];
  scan_date(s, date);
  if (!str_eq(s->trainee, k->o->p.trainee) || (k->o->from && strcmp(date, k->o->from) < 0) ||
      (k->o->to && strcmp(date, k->o->to) > 0))
    return;
  if (k->len == k->cap) {
    k->cap = k->cap ? k->cap * 2 : 32;
    k->v = xrealloc(k->v, k->cap * sizeof *k->v);
  }
  Kept *e = &k->v[k->len++];
  memset(e, 0, sizeof *e);
  e->path = xstrdup(s->path), e->started = xstrdup(s->started ? s->started : "");
  e->scenario = xstrdup(s->scenario ? s->scenario : "?"),
  e->title = xstrdup(s->title ? s->title : e->scenario);
  e->mode = xstrdup(s->mode ? s->mode : ""), e->percent = s->percent, e->overrides = s->overrides;
  e->ok = s->status == SCAN_OK;
  e->why = e->ok ? NULL : xstrdup(s->why);
  e->crit = xcalloc(s->ncriteria + 1, sizeof *e->crit);
  for (size_t i = 0; i < s->ncriteria; i++) {
    e->crit[i] = s->by_criterion[i];
    e->crit[i].key = xstrdup(s->by_criterion[i].key);
  }
  e->ncrit = s->ncriteria;
}

static int by_start(const void *a, const void *b) {
  const Kept *x = a, *y = b;
  int c = strcmp(x->started, y->started);
  return c ? c : strcmp(x->path, y->path);
}

static void kept_free(Keep *k) {
  for (size_t i = 0; i < k->len; i++) {
    Kept *e = &k->v[i];
    for (size_t c = 0; c < e->ncrit; c++)
      free((char *)e->crit[c].key);
    free(e->crit), free(e->path), free(e->started), free(e->scenario), free(e->title),
        free(e->mode), free(e->why);
  }
  free(k->v);
}

/* Verifies each session, reads it, and writes the page. 0 (*all_ok set) or -1 with err. */
static int write_pack(Opts *o, Keep *k, int *all_ok, Error *err) {
  size_t n = k->len;
  ReportEntry *e = xcalloc(n + 1, sizeof *e);
  ReportExtra *x = xcalloc(n + 1, sizeof *x);
  PackSession *ps = xcalloc(n + 1, sizeof *ps);
  VerifyResult *vr = xcalloc(n + 1, sizeof *vr);
  char **texts = xcalloc(n + 1, sizeof *texts), **anchors = xcalloc(n + 1, sizeof *anchors);
  char **fails = xcalloc(n + 1, sizeof *fails), **dates = xcalloc(n + 1, sizeof *dates);
  int rc = -1;
  *all_ok = 1;
  for (size_t i = 0; i < n; i++) {
    Kept *s = &k->v[i];
    size_t len = 0;
    if (verify_record(s->path, &o->v, &vr[i], err) < 0 ||
        !(texts[i] = file_read_all(s->path, &len, err)))
      goto done;
    Buf f = {0};
    for (size_t j = 0; j < vr[i].fails.len; j++)
      buf_printf(&f, "%s%s", j ? "; " : "", vr[i].fails.v[j]);
    fails[i] = f.data;
    anchors[i] = xasprintf("session-%zu", i + 1);
    dates[i] = xstrndup(s->started, 10);
    int ok = vr[i].ok && s->ok;
    *all_ok &= ok;
    e[i] = (ReportEntry){
        s->path,         texts[i],        len, vr[i].ok, (const char *const *)vr[i].fails.v,
        vr[i].fails.len, o->v.key != NULL};
    x[i].anchor = anchors[i];
    RecordInfo info;
    if (record_info_read(s->path, texts[i], len, &info, err) < 0)
      goto done;
    x[i].addendum_html = override_html(s->path, info.digest, o->v.key, o->v.key_len);
    record_info_free(&info);
    ps[i] = (PackSession){s->path,     anchors[i], dates[i],
                          s->scenario, s->title,   s->mode,
                          s->percent,  ok,         fails[i] ? fails[i] : s->why,
                          s->crit,     s->ncrit,   s->overrides};
  }
  char now[32];
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &tm);
  o->p.generated = now;
  char *page = report_html_ex(e, x, n, now, err);
  if (page) {
    char *html = pack_html(&o->p, ps, n, page);
    rc = record_write_atomic(o->out, html, err);
    free(html);
  }
  free(page);
done:
  for (size_t i = 0; i < n; i++) {
    free(texts[i]), free(anchors[i]), free(fails[i]), free(dates[i]),
        free((char *)x[i].addendum_html);
    verify_result_free(&vr[i]);
  }
  free(texts), free(anchors), free(fails), free(dates), free(e), free(x), free(ps), free(vr);
  return rc;
}

static int pack(Opts *o, int *all_ok, Error *err) {
  StrList files = {0};
  for (size_t i = 0; i < o->inputs.len; i++)
    if (scan_collect(o->inputs.v[i], &files, err) < 0) {
      strlist_free(&files);
      return -1;
    }
  size_t key_len = 0;
  uint8_t *key = o->key_file ? hmac_key_read(o->key_file, &key_len, err) : NULL;
  int rc = -1;
  Keep k = {o, NULL, 0, 0};
  if (o->key_file && !key)
    goto done;
  o->v.key = key, o->v.key_len = key_len;
  ScanOpts so = {key, key_len, key, key_len, 0};
  scan_many((const char *const *)files.v, files.len, &so, scan_jobs(), fold, &k);
  if (!k.len) {
    error_set(err, NULL, 0,
              "report: no records of trainee '%s' in %s%s (see incidesk report --help)",
              o->p.trainee, o->inputs.v[0], o->inputs.len > 1 ? " ..." : "");
    goto done;
  }
  qsort(k.v, k.len, sizeof *k.v, by_start);
  rc = write_pack(o, &k, all_ok, err);
  if (rc == 0)
    printf("%s: evidence pack for %s, %zu session%s, %s\n", o->out, o->p.trainee, k.len,
           k.len == 1 ? "" : "s", *all_ok ? "all verified" : "NOT all verified");
done:
  kept_free(&k);
  strlist_free(&files);
  free(key);
  return rc;
}

int cmd_pack(int argc, char **argv) {
  Opts o = {0};
  int rc = parse(argc, argv, &o), all_ok = 0;
  Error err;
  if (rc == 0) {
    if (pack(&o, &all_ok, &err) < 0)
      rc = record_cmd_fail(&err);
    else if (!all_ok)
      rc = 1;
  }
  strlist_free(&o.inputs);
  return rc;
}
