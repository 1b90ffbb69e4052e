/* cmd_new.c - `incidesk new scenario PROCEDURE NAME`: a commented starting file for a new
 * scenario, whose caller's truth walks the procedure's tree to an outcome, so that it passes
 * `incidesk check` as written and the author changes it from there. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cmd_new.h"
#include "record.h"
#include "script.h"

const char usage_new[] =
    "usage: incidesk new scenario PROCEDURE NAME [--outcome ID] [-o FILE]\n"
    "\n"
    "Writes a commented starting scenario on PROCEDURE (an id, found as\n"
    "scenarios/procedures/ID.lua, or a path to a procedure file) with the id NAME, to FILE\n"
    "(default scenarios/NAME.lua; an existing file is never overwritten). The caller's truth\n"
    "leads down the tree to outcome ID (default: the first outcome that needs resources),\n"
    "so the file passes `incidesk check`; change it into your call. See docs/authoring.md.\n"
    "\n"
    "exit: 0 written, 2 bad input\n";

/* The value that makes branch b match, or NULL for `otherwise`. */
static const char *taking_value(const Branch *b, char num[32]) {
  snprintf(num, 32, "%g", b->number);
  return b->test == BR_EQUALS ? b->value : b->test == BR_ONE_OF ? b->values.v[0] : b->test == BR_AT_LEAST ? num
       : b->test == BR_UNKNOWN ? "unknown" : NULL;
}

/* Depth-first search for a truth whose walk reaches an outcome that is `want` (or, with
 * want NULL, the first that needs resources): at each node each branch is tried in order,
 * setting its fact to the value that takes it; a candidate is kept only if the ordinary
 * walk on it really reaches that outcome. */
static const Outcome *search(const Procedure *p, int n, KVList *truth, const char *want, int depth) {
  if (n < 0 || depth > (int)p->nnodes) return NULL;
  const Node *node = &p->nodes[n];
  if (node->outcome) {
    const Outcome *o = &p->outcomes[node->outcome_index];
    int good = want ? strcmp(o->id, want) == 0 : o->nneeds > 0;
    return good && procedure_walk(p, procedure_kv_lookup, truth, NULL, 0) == o ? o : NULL;
  }
  for (size_t i = 0; i < node->nbranches; i++) {
    const Branch *b = &node->branches[i];
    char num[32];
    const char *v = taking_value(b, num);
    int set = b->fact && v && !kv_get(truth, b->fact);
    if (b->fact && v && !set && !branch_matches(b, procedure_kv_lookup, truth)) continue;
    KVList trial = {0};
    for (size_t k = 0; k < truth->len; k++) kv_set(&trial, truth->v[k].key, truth->v[k].value);
    if (set) kv_set(&trial, b->fact, v);
    const Outcome *o = search(p, b->go_index, &trial, want, depth + 1);
    if (o) {
      kv_free(truth);
      *truth = trial;
      return o;
    }
    kv_free(&trial);
  }
  return NULL;
}

static const Outcome *invent_truth(const Procedure *p, const char *want, KVList *truth, StrList *asked) {
  const Outcome *o = search(p, p->root_index, truth, want, 0);
  for (size_t i = 0; !o && !want && i < p->noutcomes; i++) /* no outcome needs resources: any */
    o = search(p, p->root_index, truth, p->outcomes[i].id, 0);
  if (!o) return NULL;
  /* Every question on the path needs a truth value: the first that keeps the outcome. */
  procedure_walk(p, procedure_kv_lookup, truth, asked, 0);
  for (size_t i = 0; i < asked->len; i++) {
    const Question *q = procedure_question(p, asked->v[i]);
    if (!q || kv_get(truth, q->fact)) continue;
    const Fact *f = procedure_fact(p, q->fact);
    size_t nv = f ? f->values.len : 0;
    for (size_t k = 0; k <= nv; k++) {
      kv_set(truth, q->fact, k < nv ? f->values.v[k] : "unknown");
      if (procedure_walk(p, procedure_kv_lookup, truth, NULL, 0) == o) break;
    }
  }
  return o;
}

static void lua_str(FILE *f, const char *s) {
  fputc('"', f);
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') fputc('\\', f);
    fputc(*s, f);
  }
  fputc('"', f);
}

static void write_scenario(FILE *f, const Procedure *p, const char *name, const KVList *truth, const StrList *asked, const Outcome *o) {
  fprintf(f, "-- %s: a new scenario on procedure '%s' (%s).\n", name, p->id, p->title);
  fprintf(f, "-- Written by `incidesk new scenario`: the caller's truth below leads down the tree to\n"
             "-- outcome '%s'. Change it into your call, then run\n"
             "-- `incidesk check` and write %s.expert.json and %s.novice.json (docs/authoring.md).\n\n",
          o->id, name, name);
  fprintf(f, "scenario {\n  id = \"%s\",\n  version = \"0.1.0\",\n  title = \"%s (draft)\",\n  procedure = \"%s\",\n", name, name, p->id);
  fprintf(f, "  level = \"CC38\",          -- or \"CC39\"\n  difficulty = 1,           -- 1 (easy) to 5\n"
             "  criteria = { },           -- the criteria its expert run evidences: incidesk criteria\n"
             "  tags = { },               -- free words, plus caller:* and event:* (docs/format.md)\n"
             "  summary = \"What happens in this call, in a sentence or two.\",\n}\n\n");
  fprintf(f, "-- The town map, in km: where the units wait and where the incident is.\n");
  fprintf(f, "place { id = \"base\", name = \"The station\", x = 2.0, y = 2.0 }\n");
  fprintf(f, "place { id = \"scene\", name = \"The incident address\", x = 5.0, y = 6.0 }\n\n");
  if (o->nneeds) fprintf(f, "-- The units in play: the outcome needs these; add spares and others.\n");
  for (size_t i = 0; i < o->nneeds; i++)
    for (int k = 0; k < o->needs[i].count; k++)
      fprintf(f, "resource { id = \"%c%zu%d\", type = \"%s\", name = \"%s %d\", base = \"base\", speed_kmh = 50, turnout_s = 60 }\n",
              o->needs[i].type[0] >= 'a' && o->needs[i].type[0] <= 'z' ? o->needs[i].type[0] - 32 : 'U', i + 1, k + 1,
              o->needs[i].type, o->needs[i].type, k + 1);
  fprintf(f, "\ncaller {\n  name = \"A. Caller\",\n  kind = \"member_of_public\",\n"
             "  agitation = 30,           -- 0 calm .. 100 panicking\n  patience_s = 60,          -- hangs up when ignored this long\n"
             "  location = \"scene\",\n  truth = {                 -- what is really so; the tree walks on these\n");
  for (size_t i = 0; i < truth->len; i++) {
    fprintf(f, "    %s = ", truth->v[i].key);
    lua_str(f, truth->v[i].value);
    fprintf(f, ",\n");
  }
  fprintf(f, "  },\n  says = {                  -- her words for each fact, and for these situations\n"
             "    opening = \"Hello? I need help.\",\n");
  for (size_t i = 0; i < asked->len; i++) {
    const Question *q = procedure_question(p, asked->v[i]);
    fprintf(f, "    %s = \"(what she says when asked: %s)\",\n", q->fact, q->text);
  }
  fprintf(f, "    unknown = \"I don't know.\",\n    panic = \"I can't think, please hurry!\",\n"
             "    [\"repeat\"] = \"I told you that already!\",\n  },\n}\n\n");
  fprintf(f, "-- Things that happen during the call, by time or by condition, for example:\n"
             "-- event { at_s = 90, say = \"It's getting worse!\", agitation = 15 }\n"
             "-- event { when = function(s) return s.time_s > 120 and not s.answered end, hangup = true }\n\n"
             "-- A knowledge question for the \"understand\" criteria, asked at the debrief:\n"
             "-- knowledge { id = \"k_1\", criterion = \"CC38-3.3\", text = \"...?\", choices = { \"...\", \"...\" }, answer = 1 }\n");
}

int cmd_new(int argc, char **argv) {
  const char *out = NULL, *want = NULL, *pos[3] = {NULL, NULL, NULL};
  int npos = 0;
  for (int i = 0; i < argc; i++) {
    if (strcmp(argv[i], "-o") == 0 && i + 1 < argc) out = argv[++i];
    else if (strcmp(argv[i], "--outcome") == 0 && i + 1 < argc) want = argv[++i];
    else if (argv[i][0] == '-' || npos == 3) {
      fprintf(stderr, "incidesk: new: unexpected argument '%s' (see incidesk new --help)\n", argv[i]);
      return 2;
    } else pos[npos++] = argv[i];
  }
  if (npos != 3 || strcmp(pos[0], "scenario") != 0) {
    fprintf(stderr, "incidesk: new: usage: incidesk new scenario PROCEDURE NAME [-o FILE]\n");
    return 2;
  }
  const char *name = pos[2];
  for (const char *c = name; *c; c++)
    if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '_')) {
      fprintf(stderr, "incidesk: new: a scenario NAME is lower-case letters, digits and _, not '%s'\n", name);
      return 2;
    }
  char *ppath = strchr(pos[1], '/') || strstr(pos[1], ".lua") ? xstrdup(pos[1]) : xasprintf("scenarios/procedures/%s.lua", pos[1]);
  char *opath = out ? xstrdup(out) : xasprintf("scenarios/%s.lua", name);
  Error err;
  int rc = 2;
  Procedure *p = script_load_procedure(ppath, &err);
  struct stat st;
  if (!p) fprintf(stderr, "incidesk: %s\n", err.msg);
  else if (stat(opath, &st) == 0) fprintf(stderr, "incidesk: %s: already exists; not overwritten\n", opath);
  else {
    KVList truth = {0};
    StrList asked = {0};
    const Outcome *o = invent_truth(p, want, &truth, &asked);
    if (!o && want && !procedure_outcome(p, want)) {
      fprintf(stderr, "incidesk: %s: no outcome '%s'\n", ppath, want);
    } else if (!o) {
      fprintf(stderr, "incidesk: %s: no path of the tree leads to %s%s (run incidesk check on it)\n", ppath,
              want ? "outcome " : "an outcome", want ? want : "");
    } else {
      char *tmp = NULL;
      size_t len = 0;
      FILE *mem = open_memstream(&tmp, &len);
      write_scenario(mem, p, name, &truth, &asked, o);
      fclose(mem);
      if (record_write_atomic(opath, tmp, &err) < 0) fprintf(stderr, "incidesk: %s\n", err.msg);
      else {
        printf("wrote %s (procedure %s, outcome %s); next: incidesk check %s\n", opath, p->id, o->id, opath);
        rc = 0;
      }
      free(tmp);
    }
    kv_free(&truth);
    strlist_free(&asked);
  }
  procedure_free(p);
  free(ppath), free(opath);
  return rc;
}
