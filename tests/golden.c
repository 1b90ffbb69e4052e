/* golden.c - the golden test of one scenario: its expert run scores at least 95, its
 * novice run loses exactly the points of its planted mistakes, both records equal the
 * golden records under tests/golden/ (apart from the wall-clock times and the digest that
 * covers them), and a record played back as an actions file gives the same items.
 *
 * usage: test_golden SCENARIO.lua GOLDEN_DIR     (UPDATE_GOLDEN=1 rewrites the goldens)
 */
#include <cJSON.h>
#include <stdlib.h>
#include <unistd.h>

#include "session.h"
#include "unit/check.h"

static char *run(const char *scenario, const char *actions, Score **score_out, double *percent) {
  Session s;
  Error err;
  char *text = NULL;
  if (session_load(&s, scenario, NULL, 1, &err) == 0 && session_read_actions(&s, actions, &err) == 0 &&
      session_play(&s, &err) == 0) {
    RecordMeta m = {"golden", "test-centre", "assessment", "2026-01-01T09:00:00Z", "2026-01-01T09:10:00Z", 1};
    text = record_build(&m, s.proc, s.sim, s.score);
    *percent = s.score->percent;
    if (score_out) *score_out = s.score, s.score = NULL;
  } else {
    fprintf(stderr, "%s\n", err.msg);
  }
  session_free(&s);
  return text;
}

/* The record without the members that differ from run to run, as formatted JSON. */
static char *normalise(const char *text) {
  cJSON *o = cJSON_Parse(text);
  if (!o) return NULL;
  cJSON_DeleteItemFromObject(o, "started");
  cJSON_DeleteItemFromObject(o, "ended");
  cJSON_DeleteItemFromObject(o, "digest");
  char *s = cJSON_Print(o);
  cJSON_Delete(o);
  return s;
}

static void compare_golden(const char *text, const char *golden) {
  if (getenv("UPDATE_GOLDEN")) {
    Error err;
    int ok = record_write_atomic(golden, text, &err) == 0;
    if (ok) printf("updated %s\n", golden);
    else fprintf(stderr, "%s\n", err.msg);
    CHECK(ok);
    return;
  }
  Error err;
  size_t len;
  char *want = file_read_all(golden, &len, &err);
  if (!want) {
    fprintf(stderr, "%s (run with UPDATE_GOLDEN=1 to create it, then review it)\n", err.msg);
    CHECK(want != NULL);
    return;
  }
  char *a = normalise(text), *b = normalise(want);
  CHECK(a && b);
  if (a && b && strcmp(a, b) != 0) {
    fprintf(stderr, "%s differs from this run; first difference near:\n", golden);
    size_t i = 0;
    while (a[i] && a[i] == b[i]) i++;
    size_t from = i > 200 ? i - 200 : 0;
    fprintf(stderr, "--- golden ---\n%.300s\n--- this run ---\n%.300s\n", b + from, a + from);
    CHECK(0);
  }
  cJSON_free(a), cJSON_free(b);
  free(want);
}

static const Item *find_item(const Score *s, const char *id) {
  for (size_t i = 0; i < s->nitems; i++)
    if (strcmp(s->items[i].id, id) == 0) return &s->items[i];
  return NULL;
}

/* Every item the novice loses points on is a planted mistake, with exactly its points. */
static void check_mistakes(const char *novice_path, const Score *novice) {
  Error err;
  size_t len;
  char *text = file_read_all(novice_path, &len, &err);
  cJSON *o = text ? cJSON_Parse(text) : NULL;
  const cJSON *mistakes = cJSON_GetObjectItemCaseSensitive(o, "mistakes");
  CHECK(cJSON_IsArray(mistakes) && cJSON_GetArraySize(mistakes) > 0);
  int planted = 0;
  for (const cJSON *m = mistakes ? mistakes->child : NULL; m; m = m->next) {
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(m, "item"), *pts = cJSON_GetObjectItemCaseSensitive(m, "points");
    CHECK(cJSON_IsString(id) && cJSON_IsNumber(pts));
    if (!cJSON_IsString(id) || !cJSON_IsNumber(pts)) continue;
    const Item *it = find_item(novice, id->valuestring);
    if (!it) fprintf(stderr, "planted mistake '%s' is not a scored item\n", id->valuestring);
    CHECK(it != NULL);
    if (it && it->possible - it->points != pts->valueint)
      fprintf(stderr, "planted mistake '%s' should cost %d points, costs %d\n", id->valuestring, pts->valueint,
              it->possible - it->points);
    CHECK(it && it->possible - it->points == pts->valueint);
    planted++;
  }
  for (size_t i = 0; i < novice->nitems; i++) {
    const Item *it = &novice->items[i];
    if (it->points == it->possible) continue;
    int listed = 0;
    for (const cJSON *m = mistakes ? mistakes->child : NULL; m; m = m->next) {
      const cJSON *id = cJSON_GetObjectItemCaseSensitive(m, "item");
      listed |= cJSON_IsString(id) && strcmp(id->valuestring, it->id) == 0;
    }
    if (!listed) fprintf(stderr, "the novice loses %d points on '%s', which is not a planted mistake\n", it->possible - it->points, it->id);
    CHECK(listed);
  }
  CHECK(planted > 0);
  cJSON_Delete(o);
  free(text);
}

/* A record is an actions file: playing it again gives the same items. */
static void check_replay(const char *scenario, const char *text, const Score *first) {
  char path[] = "/tmp/incidesk_golden_replay_XXXXXX";
  int fd = mkstemp(path); /* tests run in parallel: each its own file */
  CHECK(fd >= 0);
  if (fd >= 0) close(fd);
  Error err;
  CHECK(record_write_atomic(path, text, &err) == 0);
  Score *again = NULL;
  double pc;
  char *t2 = run(scenario, path, &again, &pc);
  CHECK(again && again->nitems == first->nitems);
  for (size_t i = 0; again && i < first->nitems && i < again->nitems; i++) {
    CHECK_STR(again->items[i].id, first->items[i].id);
    CHECK(again->items[i].points == first->items[i].points && again->items[i].t_ms == first->items[i].t_ms);
  }
  score_free(again);
  free(t2);
  remove(path);
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: test_golden SCENARIO.lua GOLDEN_DIR\n");
    return 2;
  }
  const char *scen = argv[1];
  const char *base = strrchr(scen, '/') ? strrchr(scen, '/') + 1 : scen;
  char *stem = xstrndup(base, strlen(base) - 4), *dir = xstrndup(scen, strlen(scen) - 4);
  char *expert = xasprintf("%s.expert.json", dir), *novice = xasprintf("%s.novice.json", dir);
  char *g_expert = xasprintf("%s/%s.expert.json", argv[2], stem), *g_novice = xasprintf("%s/%s.novice.json", argv[2], stem);
  double pc = 0;
  Score *es = NULL, *ns = NULL;
  char *et = run(scen, expert, &es, &pc);
  check_case_failed = 0;
  CHECK(et != NULL);
  if (et) {
    printf("%s expert: %.1f%%\n", stem, pc);
    CHECK(pc >= 95.0);
    compare_golden(et, g_expert);
    check_replay(scen, et, es);
  }
  check_cases++, check_failures += check_case_failed;
  FILE *f = fopen(novice, "r");
  if (f) {
    fclose(f);
    check_case_failed = 0;
    char *nt = run(scen, novice, &ns, &pc);
    CHECK(nt != NULL);
    if (nt) {
      printf("%s novice: %.1f%%\n", stem, pc);
      check_mistakes(novice, ns);
      compare_golden(nt, g_novice);
    }
    free(nt);
    check_cases++, check_failures += check_case_failed;
  }
  score_free(es), score_free(ns);
  free(et), free(stem), free(dir), free(expert), free(novice), free(g_expert), free(g_novice);
  return check_done();
}
