/* load_procedure.c - the constructors of a procedure file: procedure{}, question{}, node{} ... */
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "sandbox.h"
#include "script.h"
#include <stddef.h>

#define APPEND(arr, n) (arr = xrealloc(arr, ((n) + 1) * sizeof *(arr)), memset(&(arr)[n], 0, sizeof *(arr)), &(arr)[(n)++])

static Procedure *proc(lua_State *L) {
  return sandbox_of(L)->owner;
}

/* Reads and checks the `id` field, refusing a duplicate among n entries of arr. */
#define TAKE_ID(L, what, arr, n)                                                            \
  char *id_ = sb_id(L, what);                                                               \
  for (size_t i_ = 0; i_ < (n); i_++)                                                       \
    if (strcmp((arr)[i_].id, id_) == 0) {                                                   \
      free(id_);                                                                            \
      sb_error(L, "%s '%s' is declared twice (first at line %d)", what, (arr)[i_].id, (arr)[i_].line); \
    }

static int c_procedure(lua_State *L) {
  static const FieldSpec spec[] = {{"id", F_STR, 1}, {"version", F_STR, 1}, {"title", F_STR, 1},
                                   {"organisation", F_STR, 0}, {"root", F_STR, 1},
                                   {"answer_target_s", F_INT, 0}, {"pass_percent", F_INT, 0},
                                   {"compliance", F_TABLE, 0}, {0}};
  sb_check_fields(L, "procedure", spec);
  Procedure *p = proc(L);
  if (p->id) sb_error(L, "procedure is declared twice (first at line %d)", p->line);
  p->line = sb_line(L);
  p->id = sb_str(L, "id");
  sb_check_id(L, "procedure", p->id);
  p->version = sb_str(L, "version"), p->title = sb_str(L, "title");
  p->organisation = sb_str(L, "organisation"), p->root = sb_str(L, "root");
  p->answer_target_s = (int)sb_int(L, "answer_target_s", 10);
  p->pass_percent = (int)sb_int(L, "pass_percent", 75);
  if (p->answer_target_s <= 0 || p->pass_percent < 0 || p->pass_percent > 100)
    sb_error(L, "procedure: answer_target_s must be positive and pass_percent 0 to 100");
  static const char *const levels[] = {"high", "compliant", "partial", "low"};
  static const int dflt[] = {95, 85, 75, 60};
  for (int i = 0; i < 4; i++) p->compliance[i] = dflt[i];
  if (lua_getfield(L, 1, "compliance") == LUA_TTABLE) {
    static const FieldSpec cspec[] = {{"high", F_INT, 0}, {"compliant", F_INT, 0}, {"partial", F_INT, 0}, {"low", F_INT, 0}, {0}};
    sb_check_fields_at(L, 2, "compliance", cspec);
    for (int i = 0; i < 4; i++) {
      lua_getfield(L, 2, levels[i]);
      if (lua_isinteger(L, -1)) p->compliance[i] = (int)lua_tointeger(L, -1);
      lua_pop(L, 1);
      if (p->compliance[i] < 0 || p->compliance[i] > 100) sb_error(L, "compliance levels are percents, 0 to 100");
    }
  }
  lua_pop(L, 1);
  return 0;
}

static int c_priority(lua_State *L) {
  static const FieldSpec spec[] = {{"id", F_STR, 1}, {"label", F_STR, 0}, {"dispatch_target_s", F_INT, 0}, {0}};
  sb_check_fields(L, "priority", spec);
  Procedure *p = proc(L);
  TAKE_ID(L, "priority", p->priorities, p->npriorities);
  Priority *x = APPEND(p->priorities, p->npriorities);
  x->id = id_, x->line = sb_line(L), x->label = sb_str(L, "label");
  x->dispatch_target_s = (int)sb_int(L, "dispatch_target_s", 0);
  return 0;
}

/* code{}, advice{}, resource_type{}, briefing_item{}, task{}, level{}: an id and a text.
 * Upvalue 1 is the offset of the NamedList in Procedure, upvalue 2 the constructor name. */
static int c_named(lua_State *L) {
  const char *what = lua_tostring(L, lua_upvalueindex(2));
  static const FieldSpec spec[] = {{"id", F_STR, 1}, {"text", F_STR, 0}, {"name", F_STR, 0}, {0}};
  sb_check_fields(L, what, spec);
  NamedList *l = (NamedList *)((char *)proc(L) + lua_tointeger(L, lua_upvalueindex(1)));
  TAKE_ID(L, what, l->v, l->len);
  Named *x = APPEND(l->v, l->len);
  x->id = id_, x->line = sb_line(L);
  x->text = sb_str(L, "text");
  if (!x->text) x->text = sb_str(L, "name");
  if (!x->text) x->text = xstrdup(x->id);
  return 0;
}

static int c_fact(lua_State *L) {
  static const FieldSpec spec[] = {{"id", F_STR, 1}, {"text", F_STR, 0}, {"values", F_LIST, 0}, {0}};
  sb_check_fields(L, "fact", spec);
  Procedure *p = proc(L);
  TAKE_ID(L, "fact", p->facts, p->nfacts);
  Fact *x = APPEND(p->facts, p->nfacts);
  x->id = id_, x->line = sb_line(L), x->text = sb_str(L, "text");
  sb_list(L, 1, "values", &x->values, 0);
  return 0;
}

static int c_field(lua_State *L) {
  static const FieldSpec spec[] = {{"id", F_STR, 1}, {"label", F_STR, 0}, {"fact", F_STR, 0}, {0}};
  sb_check_fields(L, "field", spec);
  Procedure *p = proc(L);
  TAKE_ID(L, "field", p->fields, p->nfields);
  Field *x = APPEND(p->fields, p->nfields);
  x->id = id_, x->line = sb_line(L), x->label = sb_str(L, "label"), x->fact = sb_str(L, "fact");
  if (!x->label) x->label = xstrdup(x->id);
  return 0;
}

static int c_question(lua_State *L) {
  static const FieldSpec spec[] = {{"id", F_STR, 1}, {"text", F_STR, 1}, {"kind", F_STR, 1},
                                   {"fact", F_STR, 1}, {"field", F_STR, 0}, {0}};
  sb_check_fields(L, "question", spec);
  Procedure *p = proc(L);
  TAKE_ID(L, "question", p->questions, p->nquestions);
  Question *x = APPEND(p->questions, p->nquestions);
  x->id = id_, x->line = sb_line(L), x->text = sb_str(L, "text");
  x->fact = sb_str(L, "fact"), x->field = sb_str(L, "field");
  char *kind = sb_str(L, "kind");
  int open = strcmp(kind, "open") == 0, closed = strcmp(kind, "closed") == 0;
  free(kind);
  if (!open && !closed) sb_error(L, "question kind must be \"open\" or \"closed\"");
  x->open = open;
  return 0;
}

static int c_phrase(lua_State *L) {
  static const FieldSpec spec[] = {{"id", F_STR, 1}, {"kind", F_STR, 1}, {"text", F_STR, 1}, {0}};
  static const char *const kinds[] = {"reassure", "control", "repeat_back", "next_steps", NULL};
  sb_check_fields(L, "phrase", spec);
  Procedure *p = proc(L);
  TAKE_ID(L, "phrase", p->phrases, p->nphrases);
  Phrase *x = APPEND(p->phrases, p->nphrases);
  x->id = id_, x->line = sb_line(L), x->text = sb_str(L, "text");
  lua_getfield(L, 1, "kind");
  const char *k = lua_tostring(L, -1);
  int i = 0;
  while (kinds[i] && strcmp(kinds[i], k) != 0) i++;
  if (!kinds[i]) sb_error(L, "phrase kind must be reassure, control, repeat_back or next_steps, not '%s'", k);
  lua_pop(L, 1);
  x->kind = (PhraseKind)i;
  return 0;
}

static int c_organisation(lua_State *L) {
  static const FieldSpec spec[] = {{"id", F_STR, 1}, {"name", F_STR, 0}, {"channels", F_LIST, 1},
                                   {"preferred", F_STR, 0}, {0}};
  sb_check_fields(L, "organisation", spec);
  Procedure *p = proc(L);
  TAKE_ID(L, "organisation", p->orgs, p->norgs);
  Organisation *x = APPEND(p->orgs, p->norgs);
  x->id = id_, x->line = sb_line(L), x->name = sb_str(L, "name"), x->preferred = sb_str(L, "preferred");
  if (!x->name) x->name = xstrdup(x->id);
  sb_list(L, 1, "channels", &x->channels, 1);
  for (size_t i = 0; i < x->channels.len; i++)
    if (strcmp(x->channels.v[i], "voice") != 0 && strcmp(x->channels.v[i], "data") != 0)
      sb_error(L, "organisation channels are \"voice\" and \"data\", not '%s'", x->channels.v[i]);
  return 0;
}

static int c_jargon(lua_State *L) {
  sb_declaring(L, "jargon");
  if (lua_type(L, 1) != LUA_TTABLE) sb_error(L, "jargon needs a list of words: jargon { \"ETA\", ... }");
  sb_list(L, 1, NULL, &proc(L)->jargon, 0);
  return 0;
}

/* Reads one fact test (fact and one of equals/one_of/at_least/unknown) from table t. */
static void read_test(lua_State *L, int t, Branch *b, const char *what) {
  static const char *const tests[] = {"equals", "one_of", "at_least", "unknown", "otherwise"};
  int n = 0;
  for (int i = 0; i < 5; i++) {
    if (lua_getfield(L, t, tests[i]) != LUA_TNIL) n++, b->test = (BranchTest)i;
    lua_pop(L, 1);
  }
  if (n != 1) sb_error(L, "%s needs exactly one of equals, one_of, at_least, unknown or otherwise", what);
  lua_getfield(L, t, "fact");
  b->fact = lua_type(L, -1) == LUA_TSTRING ? xstrdup(lua_tostring(L, -1)) : NULL;
  lua_pop(L, 1);
  if (b->test != BR_OTHERWISE && !b->fact) sb_error(L, "%s needs the fact it tests", what);
  if (b->test == BR_EQUALS) {
    lua_getfield(L, t, "equals");
    b->value = xstrdup(lua_tostring(L, -1));
    lua_pop(L, 1);
  } else if (b->test == BR_ONE_OF) {
    sb_list(L, t, "one_of", &b->values, 0);
  } else if (b->test == BR_AT_LEAST) {
    lua_getfield(L, t, "at_least");
    b->number = lua_tonumber(L, -1);
    lua_pop(L, 1);
  }
  b->line = sb_line(L);
}

static const FieldSpec test_fields[] = {{"fact", F_STR, 0}, {"equals", F_STR, 0}, {"one_of", F_LIST, 0},
                                        {"at_least", F_NUM, 0}, {"unknown", F_BOOL, 0},
                                        {"otherwise", F_BOOL, 0}, {"go", F_STR, 1}, {0}};

static int c_node(lua_State *L) {
  static const FieldSpec spec[] = {{"id", F_STR, 1}, {"ask", F_LIST, 0}, {"branches", F_LIST, 0},
                                   {"outcome", F_STR, 0}, {0}};
  sb_check_fields(L, "node", spec);
  Procedure *p = proc(L);
  TAKE_ID(L, "node", p->nodes, p->nnodes);
  Node *x = APPEND(p->nodes, p->nnodes);
  x->id = id_, x->line = sb_line(L), x->outcome = sb_str(L, "outcome");
  sb_list(L, 1, "ask", &x->ask, 1);
  lua_getfield(L, 1, "branches");
  int bt = lua_gettop(L);
  size_t nb = lua_isnil(L, bt) ? 0 : (size_t)lua_rawlen(L, bt);
  if (x->outcome && nb) sb_error(L, "node '%s' has both branches and an outcome", x->id);
  x->branches = xcalloc(nb, sizeof *x->branches);
  x->nbranches = nb;
  for (size_t i = 0; i < nb; i++) {
    lua_rawgeti(L, bt, (lua_Integer)i + 1);
    sb_check_fields_at(L, lua_gettop(L), "branch", test_fields);
    read_test(L, lua_gettop(L), &x->branches[i], "branch");
    lua_getfield(L, -1, "go");
    x->branches[i].go = xstrdup(lua_tostring(L, -1));
    lua_pop(L, 2);
  }
  lua_pop(L, 1);
  return 0;
}

static int c_outcome(lua_State *L) {
  static const FieldSpec spec[] = {{"id", F_STR, 1}, {"code", F_STR, 1}, {"priority", F_STR, 1},
                                   {"validity", F_STR, 0}, {"resources", F_MAP, 0}, {"briefing", F_LIST, 0},
                                   {"tasks", F_MAP, 0}, {"advice", F_LIST, 0}, {"permitted", F_LIST, 0},
                                   {"forbidden", F_LIST, 0}, {"notify", F_LIST, 0}, {"complaint", F_BOOL, 0}, {0}};
  sb_check_fields(L, "outcome", spec);
  Procedure *p = proc(L);
  TAKE_ID(L, "outcome", p->outcomes, p->noutcomes);
  Outcome *x = APPEND(p->outcomes, p->noutcomes);
  x->id = id_, x->line = sb_line(L), x->code = sb_str(L, "code"), x->priority = sb_str(L, "priority");
  x->validity = sb_str(L, "validity");
  if (!x->validity) x->validity = xstrdup("genuine");
  x->complaint = sb_bool(L, "complaint");
  KVList counts = {0};
  sb_map(L, 1, "resources", &counts);
  x->needs = xcalloc(counts.len, sizeof *x->needs);
  for (size_t i = 0; i < counts.len; i++) {
    Need *n = &x->needs[x->nneeds++];
    n->type = xstrdup(counts.v[i].key);
    n->count = atoi(counts.v[i].value);
  }
  kv_free(&counts);
  for (size_t i = 0; i < x->nneeds; i++)
    if (x->needs[i].count <= 0) sb_error(L, "outcome resources: the count of '%s' must be a positive number", x->needs[i].type);
  if (lua_getfield(L, 1, "tasks") == LUA_TTABLE) {
    for (size_t i = 0; i < x->nneeds; i++) sb_list(L, 2, x->needs[i].type, &x->needs[i].tasks, 1);
    lua_pushnil(L);
    while (lua_next(L, 2)) {
      lua_pop(L, 1);
      const char *k = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?";
      size_t i = 0;
      while (i < x->nneeds && strcmp(x->needs[i].type, k) != 0) i++;
      if (i == x->nneeds) sb_error(L, "outcome tasks name '%s', which is not among its resources", k);
    }
  }
  lua_pop(L, 1);
  sb_list(L, 1, "briefing", &x->briefing, 1), sb_list(L, 1, "advice", &x->advice, 1);
  sb_list(L, 1, "permitted", &x->permitted, 1), sb_list(L, 1, "forbidden", &x->forbidden, 1);
  lua_getfield(L, 1, "notify");
  size_t nn = lua_isnil(L, -1) ? 0 : (size_t)lua_rawlen(L, -1);
  x->notify = xcalloc(nn, sizeof *x->notify);
  for (size_t i = 0; i < nn; i++) {
    static const FieldSpec nspec[] = {{"org", F_STR, 1}, {"channel", F_STR, 1}, {0}};
    lua_rawgeti(L, -1, (lua_Integer)i + 1);
    sb_check_fields_at(L, lua_gettop(L), "notify", nspec);
    Notify *n = &x->notify[x->nnotify++];
    lua_getfield(L, -1, "org"), n->org = xstrdup(lua_tostring(L, -1)), lua_pop(L, 1);
    lua_getfield(L, -1, "channel"), n->channel = xstrdup(lua_tostring(L, -1)), lua_pop(L, 1);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return 0;
}

static int c_complaint_step(lua_State *L) {
  static const FieldSpec spec[] = {{"id", F_STR, 1}, {"order", F_INT, 1}, {"text", F_STR, 1}, {0}};
  sb_check_fields(L, "complaint_step", spec);
  Procedure *p = proc(L);
  TAKE_ID(L, "complaint_step", p->complaint_steps, p->ncomplaint_steps);
  ComplaintStep *x = APPEND(p->complaint_steps, p->ncomplaint_steps);
  x->id = id_, x->line = sb_line(L), x->text = sb_str(L, "text");
  x->order = (int)sb_int(L, "order", 0);
  return 0;
}

static int c_escalation(lua_State *L) {
  static const FieldSpec spec[] = {{"id", F_STR, 1}, {"fact", F_STR, 1}, {"equals", F_STR, 0},
                                   {"one_of", F_LIST, 0}, {"at_least", F_NUM, 0}, {"unknown", F_BOOL, 0},
                                   {"level", F_STR, 1}, {"within_s", F_INT, 1}, {0}};
  sb_check_fields(L, "escalation", spec);
  Procedure *p = proc(L);
  TAKE_ID(L, "escalation", p->escalations, p->nescalations);
  Escalation *x = APPEND(p->escalations, p->nescalations);
  x->id = id_, x->line = sb_line(L), x->level = sb_str(L, "level");
  x->within_s = (int)sb_int(L, "within_s", 0);
  read_test(L, 1, &x->test, "escalation");
  if (x->test.test == BR_OTHERWISE) sb_error(L, "escalation needs a test of a fact");
  return 0;
}

Procedure *script_load_procedure(const char *path, Error *err) {
  Sandbox *sb = sandbox_open(path, 0);
  if (!sb) {
    error_set(err, path, 0, "cannot start the Lua sandbox");
    return NULL;
  }
  Procedure *p = xcalloc(1, sizeof *p);
  p->file = xstrdup(path);
  sb->owner = p;
  lua_State *L = sb->L;
  static const struct { const char *name; lua_CFunction f; } fns[] = {
      {"procedure", c_procedure}, {"priority", c_priority}, {"fact", c_fact}, {"field", c_field},
      {"question", c_question}, {"phrase", c_phrase}, {"organisation", c_organisation},
      {"jargon", c_jargon}, {"node", c_node}, {"complaint_step", c_complaint_step}, {"outcome", c_outcome}, {"escalation", c_escalation}};
  for (size_t i = 0; i < sizeof fns / sizeof *fns; i++) lua_register(L, fns[i].name, fns[i].f);
  static const struct { const char *name; size_t off; } named[] = {
      {"code", offsetof(Procedure, codes)}, {"advice", offsetof(Procedure, advice)},
      {"resource_type", offsetof(Procedure, resource_types)},
      {"briefing_item", offsetof(Procedure, briefing_items)}, {"task", offsetof(Procedure, tasks)},
      {"level", offsetof(Procedure, levels)}};
  for (size_t i = 0; i < sizeof named / sizeof *named; i++) {
    lua_pushinteger(L, (lua_Integer)named[i].off);
    lua_pushstring(L, named[i].name);
    lua_pushcclosure(L, c_named, 2);
    lua_setglobal(L, named[i].name);
  }
  int rc = sandbox_run_file(sb, &p->sha256, err);
  sandbox_close(sb);
  if (rc == 0 && !p->id) rc = error_set(err, path, 1, "no procedure { id = ..., ... } declaration");
  if (rc == 0 && !p->nnodes) rc = error_set(err, path, p->line, "the procedure declares no node");
  if (rc == 0) rc = procedure_link(p, err);
  if (rc < 0) {
    procedure_free(p);
    return NULL;
  }
  return p;
}
