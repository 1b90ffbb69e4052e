/* checks.c - every scoring check, shown to pass and to fail: for each row of
 * tests/checks/cases.tsv, the pass actions earn the item in full (or, for an item that only
 * exists when the mistake is made, do not raise it) and the fail actions, the same session
 * with one planted mistake, lose points on it.
 * usage: test_checks CASES.tsv   (from the repository root) */
#include <stdlib.h>

#include "session.h"
#include "unit/check.h"

/* The item's points and possible, or -1 if the session does not score it. */
static int item_points(const char *scenario, const char *actions, const char *id, int *possible) {
  Session s;
  Error err;
  int points = -1;
  if (session_load(&s, scenario, NULL, 1, &err) == 0 && session_read_actions(&s, actions, &err) == 0 &&
      session_play(&s, &err) == 0) {
    for (size_t i = 0; i < s.score->nitems; i++)
      if (strcmp(s.score->items[i].id, id) == 0) points = s.score->items[i].points, *possible = s.score->items[i].possible;
  } else {
    fprintf(stderr, "%s\n", err.msg);
  }
  session_free(&s);
  return points;
}

int main(int argc, char **argv) {
  if (argc != 2) return 2;
  Error err;
  size_t len;
  char *text = file_read_all(argv[1], &len, &err);
  if (!text) {
    fprintf(stderr, "%s\n", err.msg);
    return 2;
  }
  for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
    if (line[0] == '#') continue;
    char *f[4] = {line, NULL, NULL, NULL};
    int nf = 1;
    for (; nf < 4; nf++) {
      f[nf] = strchr(f[nf - 1], '\t');
      if (!f[nf]) break;
      *f[nf]++ = 0;
    }
    if (nf < 4) {
      fprintf(stderr, "%s: a case needs 4 tab-separated fields: %s\n", argv[1], line);
      check_failures++;
      continue;
    }
    check_case_failed = 0;
    int possible = 0;
    int only_on_mistake = strncmp(f[0], "needless_", 9) == 0; /* needless_escalation, needless_correction */
    int p = item_points(f[1], f[2], f[0], &possible);
    if (!(p == possible || (only_on_mistake && p < 0)))
      fprintf(stderr, "%s: pass actions %s give %d of %d\n", f[0], f[2], p, possible);
    CHECK(p == possible || (only_on_mistake && p < 0));
    p = item_points(f[1], f[3], f[0], &possible);
    if (!(p >= 0 && p < possible)) fprintf(stderr, "%s: fail actions %s give %d of %d\n", f[0], f[3], p, possible);
    CHECK(p >= 0 && p < possible);
    check_cases++;
    if (check_case_failed) check_failures++;
    printf("%s %s\n", check_case_failed ? "FAIL" : "ok  ", f[0]);
  }
  free(text);
  return check_done();
}
