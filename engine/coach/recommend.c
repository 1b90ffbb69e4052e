/* recommend.c - per trainee: the criteria and categories below the threshold, and the
 * shipped scenarios that practise them and that the trainee has not mastered, ranked.
 *
 * A scenario's weight for a weak criterion or category is ten times its share of the
 * scenario's expert points possible there (how much of the call practises it), plus one if
 * a tag names the category (the "escalation" of "event:escalation_beyond_authority": the
 * scenario is built around it), times the square of the trainee's shortfall below the
 * threshold (so that a criterion at 0% outweighs several just under it); a scenario's rank
 * is the sum over the trainee's weaknesses. Mastered: best percent at least the mastery mark,
 * passed, and every weak criterion it practises met in some attempt. */
#include <stdlib.h>
#include <string.h>

#include "review_internal.h"

static double weight(const CoachScenario *s, const char *key) {
  for (size_t i = 0; i < s->nweights; i++)
    if (strcmp(s->wkeys[i], key) == 0)
      return s->weights[i];
  return 0;
}

static int tag_names(const CoachScenario *s, const char *word) {
  for (size_t i = 0; s->tags && i < s->tags->len; i++)
    if (strstr(s->tags->v[i], word))
      return 1;
  return 0;
}

static void weaknesses(const Review *rv, const char *trainee, const KeyVec *all,
                       const KeyVec *pairs, Weakness **out, size_t *n) {
  size_t *ix = review_sorted(all);
  *out = xcalloc(all->len + 1, sizeof **out);
  *n = 0;
  char key[512];
  for (size_t k = 0; k < all->len; k++) {
    const char *c = all->keys[ix[k]];
    const Acc *a = keyvec_find(pairs, review_pair(key, sizeof key, trainee, c));
    if (!a || a->possible <= 0)
      continue;
    double pc = 100.0 * (double)a->points / (double)a->possible;
    if (pc < rv->o.threshold)
      (*out)[(*n)++] = (Weakness){c, pc, a->sessions};
  }
  free(ix);
}

/* Whether the categories of criterion c (as seen in the items) are named by a tag of s. */
static int tag_for_criterion(const Review *rv, const CoachScenario *s, const char *c) {
  for (size_t i = 0; i < rv->cat_crit.len; i++) {
    const char *k = rv->cat_crit.keys[i], *sep = strchr(k, '\x1f');
    if (sep && strcmp(sep + 1, c) == 0) {
      char cat[128];
      snprintf(cat, sizeof cat, "%.*s", (int)(sep - k), k);
      if (tag_names(s, cat))
        return 1;
    }
  }
  return 0;
}

static int mastered(const Review *rv, const char *trainee, const CoachScenario *s,
                    const TraineeAdvice *a) {
  char key[512], key3[768];
  const TScen *ts = keyvec_find(&rv->t_scen, review_pair(key, sizeof key, trainee, s->id));
  if (!ts || ts->best < rv->o.mastery || !ts->passed_at_best)
    return 0;
  for (size_t i = 0; i < a->ncriteria; i++) {
    if (weight(s, a->criteria[i].key) <= 0)
      continue;
    snprintf(key3, sizeof key3, "%s\x1f%s\x1f%s", trainee, s->id, a->criteria[i].key);
    const int *met = keyvec_find(&rv->t_scen_met, key3);
    if (!met || !*met)
      return 0;
  }
  return 1;
}

static void rank_one(const Review *rv, const CoachScenario *s, TraineeAdvice *a) {
  double score = 0, top = 0;
  const char *why = NULL;
  double why_pc = 0;
  for (size_t i = 0; i < a->ncriteria; i++) {
    const Weakness *w = &a->criteria[i];
    double d = (rv->o.threshold - w->percent) / 100.0, x = weight(s, w->key);
    if (x <= 0 && strlist_has(s->criteria, w->key))
      x = 0.01; /* claimed, though the expert run shows little of it */
    if (x <= 0)
      continue;
    double v = d * d * (x * 10.0 + (tag_for_criterion(rv, s, w->key) ? 1.0 : 0));
    score += v;
    if (v > top)
      top = v, why = w->key, why_pc = w->percent;
  }
  for (size_t i = 0; i < a->ncategories; i++) {
    const Weakness *w = &a->categories[i];
    double d = (rv->o.threshold - w->percent) / 100.0, x = weight(s, w->key);
    double v = d * d * (x * 10.0 + (x > 0 && tag_names(s, w->key) ? 1.0 : 0));
    score += v;
    if (v > top)
      top = v, why = w->key, why_pc = w->percent;
  }
  if (score <= 0 || mastered(rv, a->trainee, s, a))
    return;
  Recommendation *r = &a->recs[a->nrecs++];
  r->scenario = s->id, r->title = s->title, r->score = score;
  char key[512];
  const TScen *ts = keyvec_find(&rv->t_scen, review_pair(key, sizeof key, a->trainee, s->id));
  char best[64] = "not tried yet";
  if (ts)
    snprintf(best, sizeof best, "best so far %.1f%% in %d attempt%s", ts->best, ts->attempts,
             ts->attempts == 1 ? "" : "s");
  snprintf(r->why, sizeof r->why, "practises %s (%.0f%% for %s); %s", why, why_pc, a->trainee,
           best);
}

static int cmp_rec(const void *x, const void *y) {
  const Recommendation *a = x, *b = y;
  if (a->score != b->score)
    return a->score < b->score ? 1 : -1;
  return strcmp(a->scenario, b->scenario);
}

void review_advise(const Review *rv, size_t i, const CoachCatalog *cat, size_t max,
                   TraineeAdvice *out) {
  memset(out, 0, sizeof *out);
  size_t *ix = review_sorted(&rv->trainees);
  out->trainee = i < rv->trainees.len ? rv->trainees.keys[ix[i]] : "";
  free(ix);
  weaknesses(rv, out->trainee, &rv->criteria, &rv->t_crit, &out->criteria, &out->ncriteria);
  weaknesses(rv, out->trainee, &rv->categories, &rv->t_cat, &out->categories, &out->ncategories);
  size_t n = cat ? cat->len : 0;
  out->recs = xcalloc(n + 1, sizeof *out->recs);
  for (size_t k = 0; k < n; k++)
    rank_one(rv, &cat->v[k], out);
  qsort(out->recs, out->nrecs, sizeof *out->recs, cmp_rec);
  if (out->nrecs > max)
    out->nrecs = max;
}

void review_advice_free(TraineeAdvice *a) {
  free(a->criteria), free(a->categories), free(a->recs);
  memset(a, 0, sizeof *a);
}
