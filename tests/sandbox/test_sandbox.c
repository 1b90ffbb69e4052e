/* test_sandbox.c - the sandbox attack suite (docs/sandbox.md). Each tests/sandbox/NAME.lua
 * tries one escape or denial; tests/sandbox/expected.tsv says what loading it and playing it
 * (the call answered, ten minutes of simulated time, so that its triggers run) must give:
 * exactly the error "tests/sandbox/NAME.lua:LINE: message", or ok. Each must end within
 * its time (seconds of CPU time: a budget error well before the CPU-time backstop).
 * Every script that loads stays loaded until the end, each in its own Lua state, so that
 * one poisoning what it can reach is seen to touch nothing another has.
 *
 * usage: test_sandbox   (from the repository root)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "script.h"

#ifdef __SANITIZE_ADDRESS__ /* allocation costs more under AddressSanitizer */
#define MAX_SECONDS 6.0
#else
#define MAX_SECONDS 3.0 /* an attack refused by a budget or a check */
#endif
#define SLOW_SECONDS 7.0 /* one that only the CPU-time backstop stops (at 4 s) */
#define PROBE "/tmp/incidesk-sandbox-attack"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static Script *kept[128];
static size_t nkept;

/* Loads and plays path; "ok" or the error message into out. */
static void attack(const char *path, const Procedure *p, char *out, size_t n) {
  Error err;
  Script *s = script_load_scenario(path, 1, &err);
  if (!s) {
    snprintf(out, n, "%s", err.msg);
    return;
  }
  int rc = script_link_scenario(s, p, &err);
  if (rc == 0) {
    Sim *sim = sim_new(script_scenario(s), &p->rules, 1);
    script_attach(s, sim);
    Action answer = {0};
    answer.t_ms = 3000;
    answer.type = ACT_ANSWER;
    rc = sim_apply(sim, &answer, &err);
    if (rc == 0)
      rc = sim_advance(sim, 600000, &err);
    sim_free(sim);
  }
  snprintf(out, n, "%s", rc == 0 ? "ok" : err.msg);
  if (nkept < sizeof kept / sizeof *kept)
    kept[nkept++] = s;
  else
    script_free(s);
}

static int run_case(const char *name, const char *want, const Procedure *p) {
  char path[256], got[1100], expect[1400];
  snprintf(path, sizeof path, "tests/sandbox/%.200s.lua", name);
  if (strcmp(want, "ok") == 0)
    snprintf(expect, sizeof expect, "ok");
  else
    snprintf(expect, sizeof expect, "%.255s:%.1000s", path, want);
  double t0 = now();
  attack(path, p, got, sizeof got);
  double took = now() - t0, limit = strstr(want, "CPU time") ? SLOW_SECONDS : MAX_SECONDS;
  int ok = strcmp(got, expect) == 0 && took <= limit;
  printf("%s %-22s %.2f s  %s\n", ok ? "ok  " : "FAIL", name, took, got);
  if (!ok)
    fprintf(stderr, "  want: %s (within %.0f s)\n", expect, limit);
  return ok;
}

int main(void) {
  Error err;
  Procedure *p = script_load_procedure("tests/data/procedures/mini.lua", &err);
  if (!p) {
    fprintf(stderr, "%s\n", err.msg);
    return 1;
  }
  remove(PROBE);
  FILE *f = fopen("tests/sandbox/expected.tsv", "r");
  if (!f) {
    perror("tests/sandbox/expected.tsv");
    return 1;
  }
  char line[1024];
  int passed = 0, failed = 0;
  while (fgets(line, sizeof line, f)) {
    line[strcspn(line, "\r\n")] = 0;
    char *tab = strchr(line, '\t');
    if (line[0] == '#' || !tab)
      continue;
    *tab = 0;
    if (run_case(line, tab + 1, p))
      passed++;
    else
      failed++;
  }
  fclose(f);
  struct stat st;
  if (stat(PROBE, &st) == 0) {
    fprintf(stderr, "FAIL: an attack created %s\n", PROBE);
    failed++;
  }
  for (size_t i = 0; i < nkept; i++)
    script_free(kept[i]);
  procedure_free(p);
  printf("%d attacks refused as expected, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
