/* test_desk_assign.c - the desk's menu reads the assignments file that `incidesk assign`
 * writes (and the desk's first, provisional shape) through the same code, with progress: each
 * assigned scenario done or not, the record that completed it, the assignment's state; a
 * criterion to practise shows once; and the menu draws them.
 *
 * usage: test_desk_assign OUT_DIR   (from the repository root; SDL_VIDEODRIVER=dummy)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "desk_host.h"
#include "unit/check.h"

static const char *out_dir;

static char *fixture(const char *name, const char *assignments) {
  char *dir = xasprintf("%s/%s", out_dir, name);
  char *cmd = xasprintf(
      "rm -rf '%s' && mkdir -p '%s' && cp tests/golden/mini_fire.expert.json '%s/r1.json'", dir,
      dir, dir);
  CHECK(system(cmd) == 0);
  free(cmd);
  char *path = xasprintf("%s/assignments.json", dir);
  FILE *f = fopen(path, "w");
  CHECK(f != NULL);
  if (f)
    fputs(assignments, f), fclose(f);
  free(path);
  return dir;
}

static const DeskAssignment *find(const DeskCatalog *c, const char *trainee, const char *scenario) {
  for (size_t i = 0; i < c->nassignments; i++)
    if (str_eq(c->assignments[i].trainee, trainee) && str_eq(c->assignments[i].scenario, scenario))
      return &c->assignments[i];
  return NULL;
}

static void desk_should_show_assignments_with_progress(void) {
  char *dir = fixture("new", "{\"format\": \"incidesk-assignments/1\", \"assignments\": ["
                             "{\"id\": \"A1\", \"trainees\": [\"golden\", \"t2\"], \"scenarios\": "
                             "[\"mini_fire\", \"mini_complaint\"],"
                             " \"mode\": \"any\", \"min_percent\": 80, \"due\": \"2099-01-01\", "
                             "\"created\": \"2025-12-01T00:00:00Z\"},"
                             "{\"id\": \"A2\", \"trainees\": [\"golden\"], \"criterion\": "
                             "\"CC38-1.1\", \"min_percent\": 0},"
                             "{\"id\": \"A3\", \"trainees\": [\"golden\"], \"scenarios\": "
                             "[\"mini_fire\"], \"min_percent\": 100,"
                             " \"created\": \"2026-06-01T00:00:00Z\"}]}");
  DeskHostOptions o = {"tests/data", dir, NULL, NULL};
  DeskHostState *hs = desk_host_new(&o);
  DeskHost host = desk_host_bind(hs);
  const DeskCatalog *c = NULL;
  Error err;
  CHECK(host.catalog(host.ud, &c, &err) == 0);
  CHECK(c && c->nassignments == 6); /* 2 trainees x 2 scenarios, a criterion, one scenario */
  const DeskAssignment *a = c ? find(c, "golden", "mini_fire") : NULL;
  CHECK(a && a->done && a->record && strstr(a->record, "r1.json") && a->targets_done == 1 &&
        a->targets == 2);
  CHECK(a && str_eq(a->state, "started") && str_eq(a->id, "A1"));
  a = c ? find(c, "golden", "mini_complaint") : NULL;
  CHECK(a && !a->done && !a->record);
  a = c ? find(c, "t2", "mini_fire") : NULL;
  CHECK(a && !a->done && str_eq(a->state, "not started"));
  a = c ? find(c, "golden", NULL) : NULL; /* the criterion alone */
  CHECK(a && str_eq(a->criterion, "CC38-1.1") && a->done && str_eq(a->state, "done") &&
        a->targets == 1);
  int late = 0; /* A3: the record was played before the assignment was made */
  for (size_t i = 0; c && i < c->nassignments; i++)
    late += str_eq(c->assignments[i].id, "A3") && !c->assignments[i].done;
  CHECK(late == 1);
  /* the menu draws them (the ASSIGNED badge, the list of assignments with progress) */
  DeskConfig cfg = {"golden", DESK_PRACTICE, 1, -1, NULL};
  Desk *d = desk_new_offscreen(1280, 800, &host, &cfg, &err);
  CHECK(d != NULL);
  if (d) {
    CHECK(desk_open_menu(d, &err) == 0);
    CHECK(desk_draw(d, &err) == 0);
    DeskStats st;
    desk_stats(d, &st);
    CHECK(st.overflows == 0);
    desk_free(d);
  }
  desk_host_free(hs);
  free(dir);
}

static void desk_should_read_the_provisional_shape(void) {
  char *dir = fixture(
      "old", "{\"assignments\": [{\"trainee\": \"golden\", \"scenario\": \"mini_fire\", \"mode\": "
             "\"assessment\", \"min_percent\": 80, \"due\": \"2026-02-01\", \"note\": \"Work on "
             "escalation.\"}]}");
  DeskHostOptions o = {"tests/data", dir, NULL, NULL};
  DeskHostState *hs = desk_host_new(&o);
  DeskHost host = desk_host_bind(hs);
  const DeskCatalog *c = NULL;
  Error err;
  CHECK(host.catalog(host.ud, &c, &err) == 0);
  CHECK(c && c->nassignments == 1);
  const DeskAssignment *a = c ? find(c, "golden", "mini_fire") : NULL;
  CHECK(a && str_eq(a->mode, "assessment") && a->min_percent == 80 &&
        str_eq(a->note, "Work on escalation."));
  CHECK(a && a->done && str_eq(a->id, "#1"));
  desk_host_free(hs);
  free(dir);
}

static void desk_should_ignore_a_bad_assignments_file(void) {
  char *dir = fixture("bad", "{\"assignments\": [{\"trainee\": \"golden\"}]}");
  DeskHostOptions o = {"tests/data", dir, NULL, NULL};
  DeskHostState *hs = desk_host_new(&o);
  DeskHost host = desk_host_bind(hs);
  const DeskCatalog *c = NULL;
  Error err;
  CHECK(host.catalog(host.ud, &c, &err) == 0);
  CHECK(c && c->nassignments == 0 && c->nrecords == 1);
  desk_host_free(hs);
  free(dir);
}

int main(int argc, char **argv) {
  out_dir = argc > 1 ? argv[1] : "/tmp";
  RUN(desk_should_show_assignments_with_progress);
  RUN(desk_should_read_the_provisional_shape);
  RUN(desk_should_ignore_a_bad_assignments_file);
  return check_done();
}
