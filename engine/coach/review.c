/* review.c - folding scanned records into totals per trainee, criterion and scenario. */
#include <stdlib.h>
#include <string.h>

#include "review_internal.h"

void *keyvec_get(KeyVec *k, const char *key) {
  int added;
  size_t i = smap_intern(&k->map, key, k->len, &added);
  if (!added)
    return k->data + i * k->elem;
  if (k->len == k->cap) {
    k->cap = k->cap ? k->cap * 2 : 16;
    k->data = xrealloc(k->data, k->cap * k->elem);
    k->keys = xrealloc(k->keys, k->cap * sizeof *k->keys);
  }
  k->keys[k->len] = xstrdup(key);
  memset(k->data + k->len * k->elem, 0, k->elem);
  return k->data + k->len++ * k->elem;
}

void *keyvec_find(const KeyVec *k, const char *key) {
  size_t i = smap_get(&k->map, key);
  return i == (size_t)-1 ? NULL : k->data + i * k->elem;
}

void *keyvec_at(const KeyVec *k, size_t i) { return k->data + i * k->elem; }

void keyvec_free(KeyVec *k) {
  for (size_t i = 0; i < k->len; i++)
    free(k->keys[i]);
  free(k->keys), free(k->data);
  smap_free(&k->map);
  memset(k, 0, sizeof *k);
}

const char *const review_level_names[NLEVELS] = {"high compliance", "compliant", "partial", "low",
                                                 "non-compliant"};

int review_level_index(const char *level) {
  for (int i = 0; i < NLEVELS; i++)
    if (str_eq(level, review_level_names[i]))
      return i;
  return NLEVELS - 1;
}

const char *review_pair(char *buf, size_t n, const char *a, const char *b) {
  snprintf(buf, n, "%s\x1f%s", a, b);
  return buf;
}

Review *review_new(const ReviewOpts *o) {
  Review *rv = xcalloc(1, sizeof *rv);
  rv->o = *o;
  rv->trainees.elem = sizeof(TraineeAgg), rv->scenarios.elem = sizeof(ScenarioAgg);
  rv->criteria.elem = rv->categories.elem = rv->t_crit.elem = rv->t_cat.elem = sizeof(Acc);
  rv->t_scen.elem = sizeof(TScen), rv->t_scen_met.elem = rv->cat_crit.elem = sizeof(int);
  rv->lost.elem = rv->mistakes.elem = sizeof(Lost);
  return rv;
}

void review_free(Review *rv) {
  if (!rv)
    return;
  for (size_t i = 0; i < rv->scenarios.len; i++) {
    ScenarioAgg *s = keyvec_at(&rv->scenarios, i);
    free(s->title), free(s->unit);
  }
  KeyVec *all[] = {&rv->trainees, &rv->criteria, &rv->categories, &rv->scenarios,
                   &rv->t_crit,   &rv->t_cat,    &rv->t_scen,     &rv->t_scen_met,
                   &rv->lost,     &rv->mistakes, &rv->cat_crit};
  for (size_t i = 0; i < sizeof all / sizeof *all; i++)
    keyvec_free(all[i]);
  free(rv->rows);
  strlist_free(&rv->left_out), strlist_free(&rv->notes);
  free(rv);
}

int review_wants(const Review *rv, const RecordScan *s) {
  const ReviewFilter *f = &rv->o.filter;
  char date[11];
  scan_date(s, date);
  return (!f->trainee || str_eq(f->trainee, s->trainee)) &&
         (!f->unit || str_eq(f->unit, s->unit)) &&
         (!f->procedure || str_eq(f->procedure, s->procedure)) &&
         (!f->from || strcmp(date, f->from) >= 0) && (!f->to || strcmp(date, f->to) <= 0);
}

void review_leave_out(Review *rv, const char *path, const char *why) {
  char *line = xasprintf("%s: %s", path, why);
  strlist_push(&rv->left_out, line);
  free(line);
  rv->n.left_out++;
}

static void add_acc(Acc *a, const ScanTotal *t) {
  a->points += t->points, a->possible += t->possible, a->sessions++;
  const char *st = scan_status(t);
  if (st[0] == 'm')
    a->met++;
  else if (st[0] == 'p')
    a->partly++;
  else
    a->not_met++;
}

static void add_trainee(Review *rv, const RecordScan *s, long day) {
  TraineeAgg *t = keyvec_get(&rv->trainees, s->trainee);
  if (!t->sessions)
    t->best = -1, t->first_day = t->last_day = day;
  t->sessions++, t->passed += s->passed != 0, t->sum += s->percent;
  t->levels[review_level_index(s->level)]++;
  t->overrides += s->overrides;
  if (s->percent > t->best)
    t->best = s->percent;
  if (day < t->first_day)
    t->first_day = day;
  if (day > t->last_day)
    t->last_day = day;
}

static void add_scenario(Review *rv, const RecordScan *s) {
  ScenarioAgg *a = keyvec_get(&rv->scenarios, s->scenario);
  if (!a->sessions)
    a->title = xstrdup(s->title), a->unit = xstrdup(s->unit), a->best = -1;
  a->difficulty = s->difficulty;
  a->sessions++, a->passed += s->passed != 0, a->sum += s->percent;
  if (s->percent > a->best)
    a->best = s->percent;
  if (s->peak_agitation >= 0)
    a->sum_agitation += s->peak_agitation, a->agitation_n++;
  char key[512];
  TScen *ts = keyvec_get(&rv->t_scen, review_pair(key, sizeof key, s->trainee, s->scenario));
  if (!ts->attempts || s->percent > ts->best)
    ts->best = s->percent, ts->passed_at_best = s->passed != 0;
  ts->attempts++;
}

static void add_items(Review *rv, const RecordScan *s) {
  char key[768];
  for (size_t i = 0; i < s->nitems; i++) {
    const ScanItem *it = &s->items[i];
    Lost *l = keyvec_get(&rv->lost, review_pair(key, sizeof key, it->criterion, it->id));
    l->seen++;
    Lost *m = keyvec_get(&rv->mistakes, review_pair(key, sizeof key, s->scenario, it->id));
    m->seen++;
    if (it->points < it->possible) {
      l = keyvec_find(&rv->lost, review_pair(key, sizeof key, it->criterion, it->id));
      l->count++, l->points += it->possible - it->points;
      m->count++, m->points += it->possible - it->points;
    }
    *(int *)keyvec_get(&rv->cat_crit, review_pair(key, sizeof key, it->category, it->criterion)) =
        1;
  }
}

static void add_totals(Review *rv, const RecordScan *s) {
  char key[512], key3[768];
  for (size_t i = 0; i < s->ncriteria; i++) {
    const ScanTotal *t = &s->by_criterion[i];
    add_acc(keyvec_get(&rv->criteria, t->key), t);
    add_acc(keyvec_get(&rv->t_crit, review_pair(key, sizeof key, s->trainee, t->key)), t);
    if (t->points >= t->possible) {
      snprintf(key3, sizeof key3, "%s\x1f%s\x1f%s", s->trainee, s->scenario, t->key);
      (*(int *)keyvec_get(&rv->t_scen_met, key3))++;
    }
  }
  for (size_t i = 0; i < s->ncategories; i++) {
    const ScanTotal *t = &s->by_category[i];
    add_acc(keyvec_get(&rv->categories, t->key), t);
    add_acc(keyvec_get(&rv->t_cat, review_pair(key, sizeof key, s->trainee, t->key)), t);
  }
}

static void add_row(Review *rv, const RecordScan *s, long day) {
  if (rv->nrows == rv->caprows) {
    rv->caprows = rv->caprows ? rv->caprows * 2 : 1024;
    rv->rows = xrealloc(rv->rows, rv->caprows * sizeof *rv->rows);
  }
  Row *r = &rv->rows[rv->nrows++];
  r->trainee = (uint32_t)smap_get(&rv->trainees.map, s->trainee);
  r->scenario = (uint32_t)smap_get(&rv->scenarios.map, s->scenario);
  r->day = (int32_t)day;
  r->percent = (float)s->percent;
  r->answer_ms = s->answer_ms < 0 || s->answer_ms > INT32_MAX ? -1 : (int32_t)s->answer_ms;
  r->dispatch_ms = s->dispatch_ms < 0 || s->dispatch_ms > INT32_MAX ? -1 : (int32_t)s->dispatch_ms;
  r->level = (uint8_t)review_level_index(s->level);
  r->passed = s->passed != 0;
}

void review_add(Review *rv, const RecordScan *s) {
  rv->n.read++;
  if (s->status == SCAN_NOT_RECORD) {
    rv->n.skipped++;
    return;
  }
  if (s->status == SCAN_FAILED) {
    review_leave_out(rv, s->path, s->why);
    return;
  }
  if (!review_wants(rv, s)) {
    rv->n.filtered++;
    return;
  }
  if (s->override_note[0]) {
    char *line = xasprintf("%s: %s", s->path, s->override_note);
    strlist_push(&rv->notes, line);
    free(line);
    rv->n.override_notes++;
  }
  rv->n.reviewed++;
  rv->n.overrides += (size_t)s->overrides;
  long day = scan_day_number(s->started);
  add_trainee(rv, s, day);
  add_scenario(rv, s);
  add_items(rv, s);
  add_totals(rv, s);
  add_row(rv, s, day);
}

void review_counts(const Review *rv, ReviewCounts *out) { *out = rv->n; }

static const KeyVec *sort_kv;
static int cmp_key(const void *a, const void *b) {
  return strcmp(sort_kv->keys[*(const size_t *)a], sort_kv->keys[*(const size_t *)b]);
}

size_t *review_sorted(const KeyVec *k) {
  size_t *ix = xcalloc(k->len + 1, sizeof *ix);
  for (size_t i = 0; i < k->len; i++)
    ix[i] = i;
  sort_kv = k;
  qsort(ix, k->len, sizeof *ix, cmp_key);
  return ix;
}

size_t review_trainee_count(const Review *rv) { return rv->trainees.len; }

const char *review_trainee_id(const Review *rv, size_t i) {
  size_t *ix = review_sorted(&rv->trainees);
  const char *id = i < rv->trainees.len ? rv->trainees.keys[ix[i]] : NULL;
  free(ix);
  return id;
}

static int cmp_i32(const void *a, const void *b) {
  int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
  return (x > y) - (x < y);
}

double review_percentile(int32_t *v, size_t n, double p) {
  if (!n)
    return -1;
  qsort(v, n, sizeof *v, cmp_i32);
  double rank = p / 100.0 * (double)(n - 1); /* linear between closest ranks */
  size_t lo = (size_t)rank;
  double f = rank - (double)lo;
  return lo + 1 < n ? v[lo] + f * (v[lo + 1] - v[lo]) : v[lo];
}

double review_trend(const Review *rv, uint32_t trainee) {
  double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (size_t i = 0; i < rv->nrows; i++) {
    const Row *r = &rv->rows[i];
    if (r->trainee != trainee)
      continue;
    double x = r->day, y = r->percent;
    n++, sx += x, sy += y, sxx += x * x, sxy += x * y;
  }
  double den = n * sxx - sx * sx;
  if (n < 2 || den < 1e-9)
    return 0;
  return (n * sxy - sx * sy) / den * 30.0;
}

void review_times(const Review *rv, uint32_t trainee, int which, double *p50, double *p90) {
  int32_t *v = xcalloc(rv->nrows + 1, sizeof *v);
  size_t n = 0;
  for (size_t i = 0; i < rv->nrows; i++) {
    const Row *r = &rv->rows[i];
    int32_t t = which ? r->dispatch_ms : r->answer_ms;
    if ((trainee == UINT32_MAX || r->trainee == trainee) && t >= 0)
      v[n++] = t;
  }
  *p50 = review_percentile(v, n, 50);
  *p90 = review_percentile(v, n, 90);
  free(v);
}
