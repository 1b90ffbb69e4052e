/* fuzz_actions.c - an actions file (JSON) read, checked against a shipped scenario and its
 * procedure (pick.h) and played; each of its lines is also parsed as `run --actions -` reads
 * stdin. For every session that plays, these must hold:
 *   - the record built has a digest that matches its content;
 *   - the record, read back as an actions file, gives the same actions;
 *   - playing those actions again gives the same record, byte for byte (the session is a
 *     pure function of scenario, seed and actions). */
#include "pick.h"
#include "record.h"
#include "session.h"

static int same_actions(const ActionList *a, const ActionList *b) {
  if (a->len != b->len)
    return 0;
  for (size_t i = 0; i < a->len; i++) {
    const Action *x = &a->v[i], *y = &b->v[i];
    if (x->t_ms != y->t_ms || x->type != y->type || !str_eq(x->arg, y->arg) ||
        !str_eq(x->value, y->value) || x->nlist != y->nlist)
      return 0;
    for (size_t k = 0; k < x->nlist; k++)
      if (strcmp(x->list[k], y->list[k]) != 0)
        return 0;
  }
  return 1;
}

/* The shipped scenarios, loaded once each: their triggers keep no state of their own
 * between sessions (each attach starts a session afresh), and an actions file cannot reach
 * their Lua state, so playing many sessions on one load is playing each on a fresh one. */
typedef struct Loaded {
  char path[128];
  Script *script;
  Procedure *proc;
} Loaded;
static Loaded loaded[64];
static size_t nloaded;

static void free_loaded(void) {
  for (size_t i = 0; i < nloaded; i++)
    script_free(loaded[i].script), procedure_free(loaded[i].proc);
}

/* A session of the scenario at path, loaded (NULL if it does not load). */
static const Loaded *load(const char *path) {
  for (size_t i = 0; i < nloaded; i++)
    if (strcmp(loaded[i].path, path) == 0)
      return loaded[i].script ? &loaded[i] : NULL;
  if (nloaded == 64)
    return NULL;
  if (!nloaded)
    atexit(free_loaded);
  Loaded *l = &loaded[nloaded++];
  snprintf(l->path, sizeof l->path, "%s", path);
  Session s;
  Error err;
  if (session_load(&s, path, NULL, 3, &err) == 0) {
    l->script = s.script, l->proc = s.proc;
    s.script = NULL, s.proc = NULL;
  }
  session_free(&s);
  return l->script ? l : NULL;
}

/* Plays the actions file at path; the record's text (caller frees), or NULL. */
static char *play(const char *scenario, const char *path, ActionList *played) {
  const Loaded *l = load(scenario);
  if (!l)
    return NULL;
  Session s = {0};
  s.script = l->script, s.proc = l->proc, s.seed = 3;
  Error err;
  char *text = NULL;
  if (session_read_actions(&s, path, &err) == 0 && session_play(&s, &err) == 0) {
    RecordMeta m = {"fuzz", "centre", "practice", "2026-01-01T09:00:00Z", "2026-01-01T09:10:00Z", 3};
    text = record_build(&m, s.proc, s.sim, s.score);
    if (played)
      for (size_t i = 0; i < s.actions.len; i++)
        actions_push(played, &s.actions.v[i]);
  }
  s.script = NULL, s.proc = NULL; /* kept loaded */
  session_free(&s);
  return text;
}

static void parse_lines(const uint8_t *data, size_t size) {
  char *copy = xstrndup((const char *)data, size);
  int line = 1;
  for (char *p = copy, *nl; p && *p; p = nl ? nl + 1 : NULL, line++) {
    nl = strchr(p, '\n');
    if (nl)
      *nl = 0;
    Action a = {0};
    Error err;
    record_action_parse_line("stdin", line, p, &a, &err);
    action_clear(&a);
  }
  free(copy);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  parse_lines(data, size);
  const char *path = fuzz_write("actions.json", data, size);
  char scenario[128], *text0 = xstrndup((const char *)data, size);
  fuzz_pick_scenario(text0, scenario, sizeof scenario);
  free(text0);
  ActionList played = {0}, back = {0};
  char *rec = play(scenario, path, &played);
  if (rec) {
    SealCheck seal;
    Error err;
    FUZZ_ASSERT(record_seal_check("rec", rec, strlen(rec), NULL, 0, &seal, &err) == 0 && seal.digest_ok,
                "a record just built has a matching digest");
    const char *rpath = fuzz_write("record.json", (const uint8_t *)rec, strlen(rec));
    FUZZ_ASSERT(record_read_actions(rpath, &back, &err) == 0 && same_actions(&played, &back),
                "a record read as an actions file gives the actions played");
    char *again = play(scenario, rpath, NULL);
    FUZZ_ASSERT(again && strcmp(again, rec) == 0, "the same actions give the same record");
    free(again);
  }
  free(rec);
  actions_free(&played);
  actions_free(&back);
  return 0;
}
