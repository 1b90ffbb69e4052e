/* cmd_criteria.c - `incidesk criteria`: the catalogue of unit criteria, the checks that
 * evidence each, and which scenarios of a library evidence it (by their expert runs). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd_criteria.h"
#include "criteria.h"
#include "session.h"

const char usage_criteria[] =
    "usage: incidesk criteria [--json] [DIR]\n"
    "\n"
    "Prints every criterion of units CC38 (level 2) and CC39 (level 3) with its text, the\n"
    "checks that evidence it, and the scenarios in DIR (default: scenarios) whose expert\n"
    "actions (NAME.expert.json) produce a scored item for it.\n"
    "\n"
    "exit: 0 ok, 2 bad input (a scenario or expert file that does not load)\n";

int criteria_evidenced(const char *scenario, StrList *out, Error *err) {
  Session s;
  size_t n = strlen(scenario);
  char *expert = xasprintf("%.*s.expert.json", (int)(n > 4 ? n - 4 : n), scenario);
  int rc = session_load(&s, scenario, NULL, 1, err);
  if (rc == 0) rc = session_read_actions(&s, expert, err);
  if (rc == 0) rc = session_play(&s, err);
  for (size_t i = 0; rc == 0 && i < s.score->nitems; i++)
    if (!strlist_has(out, s.score->items[i].criterion)) strlist_push(out, s.score->items[i].criterion);
  session_free(&s);
  free(expert);
  return rc;
}

/* The scenarios of dir that have an expert file, sorted. */
static int library(const char *dir, StrList *out, Error *err) {
  StrList files = {0};
  if (check_collect(dir, &files, err) < 0) return -1;
  for (size_t i = 0; i < files.len; i++) {
    const char *p = files.v[i];
    if (strstr(p, "procedures/")) continue;
    size_t n = strlen(p);
    char *expert = xasprintf("%.*s.expert.json", (int)(n - 4), p);
    FILE *f = fopen(expert, "r");
    if (f) fclose(f), strlist_push(out, p);
    free(expert);
  }
  strlist_free(&files);
  return 0;
}

static void json_str(FILE *o, const char *s) {
  fputc('"', o);
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') fputc('\\', o);
    fputc(*s, o);
  }
  fputc('"', o);
}

int cmd_criteria(int argc, char **argv) {
  int json = 0;
  const char *dir = "scenarios";
  for (int i = 0; i < argc; i++) {
    if (strcmp(argv[i], "--json") == 0) json = 1;
    else if (argv[i][0] == '-') {
      fprintf(stderr, "incidesk: criteria: unknown option '%s' (see incidesk criteria --help)\n", argv[i]);
      return 2;
    } else dir = argv[i];
  }
  StrList scen = {0};
  Error err;
  if (library(dir, &scen, &err) < 0) {
    fprintf(stderr, "incidesk: %s\n", err.msg);
    return 2;
  }
  StrList *ev = xcalloc(scen.len, sizeof *ev);
  int rc = 0;
  for (size_t i = 0; i < scen.len && rc == 0; i++)
    if (criteria_evidenced(scen.v[i], &ev[i], &err) < 0) {
      fprintf(stderr, "incidesk: %s\n", err.msg);
      rc = 2;
    }
  size_t n;
  const Criterion *all = criteria_all(&n);
  if (json && rc == 0) printf("{\"criteria\": [\n");
  for (size_t c = 0; c < n && rc == 0; c++) {
    if (json) {
      printf("  {\"code\": ");
      json_str(stdout, all[c].code);
      printf(", \"unit\": \"%.4s\", \"text\": ", all[c].code);
      json_str(stdout, all[c].text);
      printf(", \"checks\": [");
      const char *p = all[c].checks;
      for (int first = 1; *p; first = 0) {
        size_t len = strcspn(p, " ");
        printf("%s\"%.*s\"", first ? "" : ", ", (int)len, p);
        p += len + (p[len] == ' ');
      }
      printf("], \"scenarios\": [");
    } else {
      printf("%s  %s\n  checks: %s\n  evidenced by:", all[c].code, all[c].text, *all[c].checks ? all[c].checks : "(none yet)");
    }
    int k = 0;
    for (size_t i = 0; i < scen.len; i++) {
      if (!strlist_has(&ev[i], all[c].code)) continue;
      if (json) printf("%s", k ? ", " : ""), json_str(stdout, scen.v[i]);
      else printf(" %s", scen.v[i]);
      k++;
    }
    if (json) printf("]}%s\n", c + 1 < n ? "," : "");
    else printf("%s\n\n", k ? "" : " (no scenario)");
  }
  if (json && rc == 0) printf("]}\n");
  for (size_t i = 0; i < scen.len; i++) strlist_free(&ev[i]);
  free(ev);
  strlist_free(&scen);
  return rc;
}

/* "FILE:LINE: message" lines as a JSON list of {file, line, message}. */
static void print_file_lines(const StrList *l) {
  printf("[");
  for (size_t i = 0; i < l->len; i++) {
    const char *f = l->v[i];
    /* "FILE:LINE: message" or "FILE: message" */
    const char *colon = strstr(f, ": ");
    const char *num = colon;
    while (num > f && num[-1] >= '0' && num[-1] <= '9') num--;
    int has_line = num > f && num[-1] == ':' && num < colon;
    const char *file_end = has_line ? num - 1 : colon;
    char *file = xstrndup(f, colon ? (size_t)(file_end - f) : strlen(f));
    printf("%s\n  {\"file\": ", i ? "," : "");
    json_str(stdout, file);
    printf(", \"line\": %d, \"message\": ", has_line ? atoi(num) : 0);
    json_str(stdout, colon ? colon + 2 : f);
    printf("}");
    free(file);
  }
  printf("%s]", l->len ? "\n" : "");
}

void check_print_json(const StrList *findings, const StrList *planted, size_t nproc, size_t nscen) {
  printf("{\"procedures\": %zu, \"scenarios\": %zu, \"findings\": ", nproc, nscen);
  print_file_lines(findings);
  printf(", \"planted\": ");
  print_file_lines(planted);
  printf("}\n");
}
