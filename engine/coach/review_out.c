/* review_out.c - review's outputs: terminal tables, JSON and CSV. */
#include <cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "review_internal.h"

/* The observed difficulty, 1 to 5, from the pass rate: 90% and over 1, 75% 2, 50% 3, 25% 4,
 * below 5. */
static int observed_difficulty(double pass_rate) {
  return pass_rate >= 90 ? 1 : pass_rate >= 75 ? 2 : pass_rate >= 50 ? 3 : pass_rate >= 25 ? 4 : 5;
}

static double pct(double a, double b) { return b > 0 ? 100.0 * a / b : 0; }

/* The (up to) max items of `in` (a Lost KeyVec keyed "prefix\x1fitem") most often lost. */
size_t review_top_lost(const KeyVec *in, const char *prefix, const char **ids, const Lost **what,
                       size_t max) {
  size_t n = 0, plen = strlen(prefix);
  for (size_t i = 0; i < in->len; i++) {
    const char *k = in->keys[i];
    const Lost *l = keyvec_at(in, i);
    if (strncmp(k, prefix, plen) != 0 || k[plen] != '\x1f' || !l->count)
      continue;
    const char *id = k + plen + 1;
    size_t pos = n;
    while (pos > 0 && (what[pos - 1]->count < l->count ||
                       (what[pos - 1]->count == l->count && strcmp(ids[pos - 1], id) > 0)))
      pos--;
    if (pos >= max)
      continue;
    for (size_t j = n < max ? n : max - 1; j > pos; j--)
      ids[j] = ids[j - 1], what[j] = what[j - 1];
    ids[pos] = id, what[pos] = l;
    if (n < max)
      n++;
  }
  return n;
}

static void secs(char *out, size_t n, double ms) {
  if (ms < 0)
    snprintf(out, n, "-");
  else
    snprintf(out, n, "%.1f", ms / 1000.0);
}

static void print_trainees(const Review *rv, FILE *out) {
  fprintf(out, "Per trainee\n");
  fprintf(out, "%-14s %8s %7s %7s %6s %-19s %8s %11s %13s %5s\n", "trainee", "sessions", "mean%",
          "best%", "pass%", "levels H/C/P/L/N", "trend", "answer s", "dispatch s", "ovr");
  size_t *ix = review_sorted(&rv->trainees);
  for (size_t k = 0; k < rv->trainees.len; k++) {
    const TraineeAgg *t = keyvec_at(&rv->trainees, ix[k]);
    char lv[40], a[32], d[32], a50[16], a90[16], d50[16], d90[16];
    snprintf(lv, sizeof lv, "%d/%d/%d/%d/%d", t->levels[0], t->levels[1], t->levels[2],
             t->levels[3], t->levels[4]);
    double p50, p90;
    review_times(rv, (uint32_t)ix[k], 0, &p50, &p90);
    secs(a50, sizeof a50, p50), secs(a90, sizeof a90, p90);
    snprintf(a, sizeof a, "%s/%s", a50, a90);
    review_times(rv, (uint32_t)ix[k], 1, &p50, &p90);
    secs(d50, sizeof d50, p50), secs(d90, sizeof d90, p90);
    snprintf(d, sizeof d, "%s/%s", d50, d90);
    fprintf(out, "%-14s %8d %7.1f %7.1f %6.1f %-19s %+8.1f %11s %13s %5d\n",
            rv->trainees.keys[ix[k]], t->sessions, t->sum / t->sessions, t->best,
            pct(t->passed, t->sessions), lv, review_trend(rv, (uint32_t)ix[k]), a, d, t->overrides);
  }
  free(ix);
  fprintf(out, "(trend: percent points per 30 days; answer and dispatch: p50/p90 seconds; ovr: "
               "coach overrides)\n\n");
}

static void print_criteria(const Review *rv, FILE *out) {
  fprintf(out, "Per criterion\n");
  fprintf(out, "%-9s %8s %6s %6s %7s %7s  %s\n", "criterion", "sessions", "met", "partly",
          "not met", "points%", "most often lost (records)");
  size_t *ix = review_sorted(&rv->criteria);
  for (size_t k = 0; k < rv->criteria.len; k++) {
    const Acc *a = keyvec_at(&rv->criteria, ix[k]);
    const char *ids[3];
    const Lost *what[3];
    size_t n = review_top_lost(&rv->lost, rv->criteria.keys[ix[k]], ids, what, 3);
    fprintf(out, "%-9s %8d %6d %6d %7d %7.1f  ", rv->criteria.keys[ix[k]], a->sessions, a->met,
            a->partly, a->not_met, pct((double)a->points, (double)a->possible));
    for (size_t i = 0; i < n; i++)
      fprintf(out, "%s%s (%d)", i ? ", " : "", ids[i], what[i]->count);
    fprintf(out, "%s\n", n ? "" : "-");
  }
  free(ix);
  fprintf(out, "\n");
}

static void print_scenarios(const Review *rv, FILE *out) {
  fprintf(out, "Per scenario\n");
  fprintf(out, "%-22s %-5s %5s %8s %7s %6s %8s %6s  %s\n", "scenario", "unit", "rated", "sessions",
          "mean%", "pass%", "observed", "peak", "most common mistakes (records)");
  size_t *ix = review_sorted(&rv->scenarios);
  for (size_t k = 0; k < rv->scenarios.len; k++) {
    const ScenarioAgg *s = keyvec_at(&rv->scenarios, ix[k]);
    const char *ids[3];
    const Lost *what[3];
    size_t n = review_top_lost(&rv->mistakes, rv->scenarios.keys[ix[k]], ids, what, 3);
    double pr = pct(s->passed, s->sessions);
    fprintf(out, "%-22s %-5s %5d %8d %7.1f %6.1f %8d %6.0f  ", rv->scenarios.keys[ix[k]], s->unit,
            s->difficulty, s->sessions, s->sum / s->sessions, pr, observed_difficulty(pr),
            s->agitation_n ? s->sum_agitation / s->agitation_n : -1.0);
    for (size_t i = 0; i < n; i++)
      fprintf(out, "%s%s (%d)", i ? ", " : "", ids[i], what[i]->count);
    fprintf(out, "%s\n", n ? "" : "-");
  }
  free(ix);
  fprintf(out, "(rated: the scenario's difficulty 1-5; observed: 1-5 from the pass rate; peak: the "
               "caller's mean peak "
               "agitation)\n\n");
}

static void print_advice(const Review *rv, const CoachCatalog *cat, FILE *out) {
  fprintf(out,
          "Recommendations (weak: below %.0f%% of the points; scenarios not mastered at %.0f%%)\n",
          rv->o.threshold, rv->o.mastery);
  for (size_t i = 0; i < rv->trainees.len; i++) {
    TraineeAdvice a;
    review_advise(rv, i, cat, 3, &a);
    fprintf(out, "%s: ", a.trainee);
    if (!a.ncriteria && !a.ncategories)
      fprintf(out, "nothing below %.0f%%", rv->o.threshold);
    for (size_t k = 0; k < a.ncriteria; k++)
      fprintf(out, "%s%s %.0f%%", k ? ", " : "weak ", a.criteria[k].key, a.criteria[k].percent);
    for (size_t k = 0; k < a.ncategories; k++)
      fprintf(out, "%s%s %.0f%%", k || a.ncriteria ? ", " : "weak ", a.categories[k].key,
              a.categories[k].percent);
    fprintf(out, "\n");
    for (size_t k = 0; k < a.nrecs; k++)
      fprintf(out, "  %zu. %s - %s\n", k + 1, a.recs[k].scenario, a.recs[k].why);
    review_advice_free(&a);
  }
  fprintf(out, "\n");
}

void review_print_table(const Review *rv, ReviewBy by, const CoachCatalog *cat, FILE *out) {
  const ReviewCounts *n = &rv->n;
  fprintf(out,
          "Reviewed %zu record%s (%zu read; %zu left out, failing verification; %zu outside the "
          "filters; %zu "
          "not records)\n\n",
          n->reviewed, n->reviewed == 1 ? "" : "s", n->read, n->left_out, n->filtered, n->skipped);
  if (by == REVIEW_ALL || by == REVIEW_TRAINEE)
    print_trainees(rv, out);
  if (by == REVIEW_ALL || by == REVIEW_CRITERION)
    print_criteria(rv, out);
  if (by == REVIEW_ALL || by == REVIEW_SCENARIO)
    print_scenarios(rv, out);
  if (cat && (by == REVIEW_ALL || by == REVIEW_TRAINEE))
    print_advice(rv, cat, out);
  if (rv->left_out.len) {
    fprintf(out, "Left out (failed verification):\n");
    for (size_t i = 0; i < rv->left_out.len; i++)
      fprintf(out, "  %s\n", rv->left_out.v[i]);
  }
  for (size_t i = 0; i < rv->notes.len; i++)
    fprintf(out, "note: %s\n", rv->notes.v[i]);
}

/* ---- JSON ---- */

static void put_lost(cJSON *o, const char *key, const KeyVec *in, const char *prefix) {
  const char *ids[5];
  const Lost *what[5];
  size_t n = review_top_lost(in, prefix, ids, what, 5);
  cJSON *a = cJSON_AddArrayToObject(o, key);
  for (size_t i = 0; i < n; i++) {
    cJSON *e = cJSON_CreateObject();
    cJSON_AddStringToObject(e, "item", ids[i]);
    cJSON_AddNumberToObject(e, "records", what[i]->count);
    cJSON_AddNumberToObject(e, "of", what[i]->seen);
    cJSON_AddNumberToObject(e, "points_lost", (double)what[i]->points);
    cJSON_AddItemToArray(a, e);
  }
}

static double r1(double v) { return (double)(long)(v * 10.0 + (v < 0 ? -0.5 : 0.5)) / 10.0; }

static void put_times(cJSON *o, const Review *rv, uint32_t t, int which, const char *key) {
  double p50, p90;
  review_times(rv, t, which, &p50, &p90);
  cJSON *e = cJSON_AddObjectToObject(o, key);
  if (p50 < 0) {
    cJSON_AddNullToObject(e, "p50");
    cJSON_AddNullToObject(e, "p90");
  } else {
    cJSON_AddNumberToObject(e, "p50", r1(p50 / 1000.0));
    cJSON_AddNumberToObject(e, "p90", r1(p90 / 1000.0));
  }
}

static cJSON *trainees_json(const Review *rv) {
  cJSON *a = cJSON_CreateArray();
  size_t *ix = review_sorted(&rv->trainees);
  char key[512];
  for (size_t k = 0; k < rv->trainees.len; k++) {
    const char *id = rv->trainees.keys[ix[k]];
    const TraineeAgg *t = keyvec_at(&rv->trainees, ix[k]);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "trainee", id);
    cJSON_AddNumberToObject(o, "sessions", t->sessions);
    cJSON_AddNumberToObject(o, "mean_percent", r1(t->sum / t->sessions));
    cJSON_AddNumberToObject(o, "best_percent", t->best);
    cJSON_AddNumberToObject(o, "pass_rate", r1(pct(t->passed, t->sessions)));
    cJSON *lv = cJSON_AddObjectToObject(o, "levels");
    for (int i = 0; i < NLEVELS; i++)
      cJSON_AddNumberToObject(lv, review_level_names[i], t->levels[i]);
    cJSON_AddNumberToObject(o, "trend_per_30_days", r1(review_trend(rv, (uint32_t)ix[k])));
    put_times(o, rv, (uint32_t)ix[k], 0, "answer_s");
    put_times(o, rv, (uint32_t)ix[k], 1, "dispatch_s");
    cJSON_AddNumberToObject(o, "overrides", t->overrides);
    cJSON *c = cJSON_AddObjectToObject(o, "by_criterion");
    size_t *cx = review_sorted(&rv->criteria);
    for (size_t i = 0; i < rv->criteria.len; i++) {
      const Acc *x =
          keyvec_find(&rv->t_crit, review_pair(key, sizeof key, id, rv->criteria.keys[cx[i]]));
      if (x)
        cJSON_AddNumberToObject(c, rv->criteria.keys[cx[i]],
                                r1(pct((double)x->points, (double)x->possible)));
    }
    free(cx);
    cJSON_AddItemToArray(a, o);
  }
  free(ix);
  return a;
}

static cJSON *criteria_json(const Review *rv) {
  cJSON *a = cJSON_CreateArray();
  size_t *ix = review_sorted(&rv->criteria);
  for (size_t k = 0; k < rv->criteria.len; k++) {
    const Acc *x = keyvec_at(&rv->criteria, ix[k]);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "criterion", rv->criteria.keys[ix[k]]);
    cJSON_AddNumberToObject(o, "sessions", x->sessions);
    cJSON_AddNumberToObject(o, "met", x->met);
    cJSON_AddNumberToObject(o, "partly_met", x->partly);
    cJSON_AddNumberToObject(o, "not_met", x->not_met);
    cJSON_AddNumberToObject(o, "percent", r1(pct((double)x->points, (double)x->possible)));
    put_lost(o, "most_often_lost", &rv->lost, rv->criteria.keys[ix[k]]);
    cJSON_AddItemToArray(a, o);
  }
  free(ix);
  return a;
}

static cJSON *scenarios_json(const Review *rv) {
  cJSON *a = cJSON_CreateArray();
  size_t *ix = review_sorted(&rv->scenarios);
  for (size_t k = 0; k < rv->scenarios.len; k++) {
    const ScenarioAgg *s = keyvec_at(&rv->scenarios, ix[k]);
    double pr = pct(s->passed, s->sessions);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "scenario", rv->scenarios.keys[ix[k]]);
    cJSON_AddStringToObject(o, "title", s->title);
    cJSON_AddStringToObject(o, "unit", s->unit);
    cJSON_AddNumberToObject(o, "rated_difficulty", s->difficulty);
    cJSON_AddNumberToObject(o, "observed_difficulty", observed_difficulty(pr));
    cJSON_AddNumberToObject(o, "sessions", s->sessions);
    cJSON_AddNumberToObject(o, "mean_percent", r1(s->sum / s->sessions));
    cJSON_AddNumberToObject(o, "pass_rate", r1(pr));
    if (s->agitation_n)
      cJSON_AddNumberToObject(o, "mean_peak_agitation", r1(s->sum_agitation / s->agitation_n));
    put_lost(o, "most_common_mistakes", &rv->mistakes, rv->scenarios.keys[ix[k]]);
    cJSON_AddItemToArray(a, o);
  }
  free(ix);
  return a;
}

static cJSON *weak_json(const Weakness *w, size_t n) {
  cJSON *a = cJSON_CreateArray();
  for (size_t i = 0; i < n; i++) {
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "key", w[i].key);
    cJSON_AddNumberToObject(o, "percent", r1(w[i].percent));
    cJSON_AddNumberToObject(o, "sessions", w[i].sessions);
    cJSON_AddItemToArray(a, o);
  }
  return a;
}

static cJSON *advice_json(const Review *rv, const CoachCatalog *cat) {
  cJSON *a = cJSON_CreateArray();
  for (size_t i = 0; i < rv->trainees.len; i++) {
    TraineeAdvice t;
    review_advise(rv, i, cat, 5, &t);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "trainee", t.trainee);
    cJSON_AddItemToObject(o, "weak_criteria", weak_json(t.criteria, t.ncriteria));
    cJSON_AddItemToObject(o, "weak_categories", weak_json(t.categories, t.ncategories));
    cJSON *s = cJSON_AddArrayToObject(o, "scenarios");
    for (size_t k = 0; k < t.nrecs; k++) {
      cJSON *e = cJSON_CreateObject();
      cJSON_AddStringToObject(e, "scenario", t.recs[k].scenario);
      cJSON_AddStringToObject(e, "title", t.recs[k].title);
      cJSON_AddNumberToObject(e, "weight", (double)(long)(t.recs[k].score * 1000 + 0.5) / 1000.0);
      cJSON_AddStringToObject(e, "why", t.recs[k].why);
      cJSON_AddItemToArray(s, e);
    }
    cJSON_AddItemToArray(a, o);
    review_advice_free(&t);
  }
  return a;
}

static cJSON *strlist_json(const StrList *l) {
  cJSON *a = cJSON_CreateArray();
  for (size_t i = 0; i < l->len; i++)
    cJSON_AddItemToArray(a, cJSON_CreateString(l->v[i]));
  return a;
}

char *review_json(const Review *rv, ReviewBy by, const CoachCatalog *cat) {
  cJSON *r = cJSON_CreateObject();
  cJSON_AddStringToObject(r, "format", "incidesk-review/1");
  cJSON *n = cJSON_AddObjectToObject(r, "records");
  cJSON_AddNumberToObject(n, "read", (double)rv->n.read);
  cJSON_AddNumberToObject(n, "reviewed", (double)rv->n.reviewed);
  cJSON_AddNumberToObject(n, "left_out", (double)rv->n.left_out);
  cJSON_AddNumberToObject(n, "outside_filters", (double)rv->n.filtered);
  cJSON_AddNumberToObject(n, "not_records", (double)rv->n.skipped);
  cJSON_AddNumberToObject(n, "overrides_applied", (double)rv->n.overrides);
  cJSON_AddItemToObject(r, "left_out", strlist_json(&rv->left_out));
  cJSON_AddItemToObject(r, "notes", strlist_json(&rv->notes));
  if (by == REVIEW_ALL || by == REVIEW_TRAINEE)
    cJSON_AddItemToObject(r, "trainees", trainees_json(rv));
  if (by == REVIEW_ALL || by == REVIEW_CRITERION)
    cJSON_AddItemToObject(r, "criteria", criteria_json(rv));
  if (by == REVIEW_ALL || by == REVIEW_SCENARIO)
    cJSON_AddItemToObject(r, "scenarios", scenarios_json(rv));
  if (cat && (by == REVIEW_ALL || by == REVIEW_TRAINEE))
    cJSON_AddItemToObject(r, "recommendations", advice_json(rv, cat));
  char *text = cJSON_Print(r);
  cJSON_Delete(r);
  char *out = xasprintf("%s\n", text);
  cJSON_free(text);
  return out;
}

/* ---- CSV ---- */

static void csv_field(FILE *out, const char *s) {
  if (!strpbrk(s, ",\"\n")) {
    fputs(s, out);
    return;
  }
  fputc('"', out);
  for (; *s; s++) {
    if (*s == '"')
      fputc('"', out);
    fputc(*s, out);
  }
  fputc('"', out);
}

static void csv_lost(FILE *out, const KeyVec *in, const char *prefix) {
  const char *ids[3];
  const Lost *what[3];
  size_t n = review_top_lost(in, prefix, ids, what, 3);
  char buf[600] = "";
  for (size_t i = 0; i < n; i++)
    snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s%s (%d)", i ? "; " : "", ids[i],
             what[i]->count);
  fputc(',', out);
  csv_field(out, buf);
  fputc('\n', out);
}

void review_print_csv(const Review *rv, ReviewBy by, FILE *out) {
  if (by == REVIEW_CRITERION) {
    fprintf(out, "criterion,sessions,met,partly_met,not_met,percent,most_often_lost\n");
    size_t *ix = review_sorted(&rv->criteria);
    for (size_t k = 0; k < rv->criteria.len; k++) {
      const Acc *a = keyvec_at(&rv->criteria, ix[k]);
      csv_field(out, rv->criteria.keys[ix[k]]);
      fprintf(out, ",%d,%d,%d,%d,%.1f", a->sessions, a->met, a->partly, a->not_met,
              pct((double)a->points, (double)a->possible));
      csv_lost(out, &rv->lost, rv->criteria.keys[ix[k]]);
    }
    free(ix);
  } else if (by == REVIEW_SCENARIO) {
    fprintf(out, "scenario,unit,rated_difficulty,observed_difficulty,sessions,mean_percent,pass_"
                 "rate,most_common_mistakes\n");
    size_t *ix = review_sorted(&rv->scenarios);
    for (size_t k = 0; k < rv->scenarios.len; k++) {
      const ScenarioAgg *s = keyvec_at(&rv->scenarios, ix[k]);
      double pr = pct(s->passed, s->sessions);
      csv_field(out, rv->scenarios.keys[ix[k]]);
      fputc(',', out);
      csv_field(out, s->unit);
      fprintf(out, ",%d,%d,%d,%.1f,%.1f", s->difficulty, observed_difficulty(pr), s->sessions,
              s->sum / s->sessions, pr);
      csv_lost(out, &rv->mistakes, rv->scenarios.keys[ix[k]]);
    }
    free(ix);
  } else {
    fprintf(out, "trainee,sessions,mean_percent,best_percent,pass_rate,high_compliance,compliant,"
                 "partial,low,"
                 "non_compliant,trend_per_30_days,answer_p50_s,answer_p90_s,dispatch_p50_s,"
                 "dispatch_p90_s,overrides\n");
    size_t *ix = review_sorted(&rv->trainees);
    for (size_t k = 0; k < rv->trainees.len; k++) {
      const TraineeAgg *t = keyvec_at(&rv->trainees, ix[k]);
      double a50, a90, d50, d90;
      review_times(rv, (uint32_t)ix[k], 0, &a50, &a90);
      review_times(rv, (uint32_t)ix[k], 1, &d50, &d90);
      csv_field(out, rv->trainees.keys[ix[k]]);
      fprintf(out, ",%d,%.1f,%.1f,%.1f,%d,%d,%d,%d,%d,%.1f,", t->sessions, t->sum / t->sessions,
              t->best, pct(t->passed, t->sessions), t->levels[0], t->levels[1], t->levels[2],
              t->levels[3], t->levels[4], review_trend(rv, (uint32_t)ix[k]));
      double v[4] = {a50, a90, d50, d90};
      for (int i = 0; i < 4; i++) {
        if (v[i] >= 0)
          fprintf(out, "%.1f", v[i] / 1000.0);
        fputc(',', out);
      }
      fprintf(out, "%d\n", t->overrides);
    }
    free(ix);
  }
}
