/* load_scenario.c - the constructors of a scenario file, linking, and triggers in a session. */
#include <ctype.h>
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sandbox.h"
#include "criteria.h"
#include "script.h"

#define APPEND(arr, n) (arr = xrealloc(arr, ((n) + 1) * sizeof *(arr)), memset(&(arr)[n], 0, sizeof *(arr)), &(arr)[(n)++])

struct Script {
  Sandbox *sb;
  Scenario *sc;
  const Sim *sim; /* while attached */
};

static Scenario *scen(lua_State *L) {
  return ((Script *)sandbox_of(L)->owner)->sc;
}

static int c_scenario(lua_State *L) {
  static const FieldSpec spec[] = {{"id", F_STR, 1}, {"version", F_STR, 1}, {"title", F_STR, 1},
                                   {"procedure", F_STR, 1}, {"level", F_STR, 0}, {"difficulty", F_INT, 0},
                                   {"criteria", F_LIST, 0}, {"tags", F_LIST, 0}, {"summary", F_STR, 0}, {0}};
  sb_check_fields(L, "scenario", spec);
  Scenario *s = scen(L);
  if (s->id) sb_error(L, "scenario is declared twice (first at line %d)", s->line);
  s->line = sb_line(L);
  s->id = sb_id(L, "scenario");
  s->version = sb_str(L, "version"), s->title = sb_str(L, "title"), s->procedure = sb_str(L, "procedure");
  s->level = sb_str(L, "level"), s->summary = sb_str(L, "summary");
  if (!s->level) s->level = xstrdup("CC38");
  if (strcmp(s->level, "CC38") != 0 && strcmp(s->level, "CC39") != 0)
    sb_error(L, "scenario level must be \"CC38\" or \"CC39\", not '%s'", s->level);
  s->difficulty = (int)sb_int(L, "difficulty", 1);
  if (s->difficulty < 1 || s->difficulty > 5) sb_error(L, "scenario difficulty must be 1 to 5");
  sb_list(L, 1, "criteria", &s->criteria, 1), sb_list(L, 1, "tags", &s->tags, 0);
  for (size_t i = 0; i < s->tags.len; i++)
    for (const char *c = s->tags.v[i]; *c; c++)
      if (!(isalnum((unsigned char)*c) || strchr("_-.:", *c)))
        sb_error(L, "tag '%s': letters, digits and _ - . : only", s->tags.v[i]);
  return 0;
}

static int c_place(lua_State *L) {
  static const FieldSpec spec[] = {{"id", F_STR, 1}, {"name", F_STR, 0}, {"x", F_NUM, 1}, {"y", F_NUM, 1}, {0}};
  sb_check_fields(L, "place", spec);
  Scenario *s = scen(L);
  char *id = sb_id(L, "place"); /* declared twice: found once all is loaded */
  Place *x = APPEND(s->places, s->nplaces);
  x->id = id, x->line = sb_line(L), x->name = sb_str(L, "name");
  if (!x->name) x->name = xstrdup(id);
  x->x = sb_num(L, "x", 0), x->y = sb_num(L, "y", 0);
  return 0;
}

static int c_resource(lua_State *L) {
  static const FieldSpec spec[] = {{"id", F_STR, 1}, {"type", F_STR, 1}, {"name", F_STR, 0}, {"base", F_STR, 1},
                                   {"speed_kmh", F_NUM, 0}, {"turnout_s", F_INT, 0}, {"channel", F_STR, 0},
                                   {"status", F_STR, 0}, {0}};
  sb_check_fields(L, "resource", spec);
  Scenario *s = scen(L);
  char *id = sb_id(L, "resource"); /* declared twice: found once all is loaded */
  Unit *x = APPEND(s->units, s->nunits);
  x->id = id, x->line = sb_line(L), x->type = sb_str(L, "type"), x->name = sb_str(L, "name");
  x->base = sb_str(L, "base"), x->channel = sb_str(L, "channel");
  if (!x->name) x->name = xstrdup(id);
  if (!x->channel) x->channel = xstrdup("radio");
  x->speed_kmh = sb_num(L, "speed_kmh", 40);
  x->turnout_s = (int)sb_int(L, "turnout_s", 60);
  if (x->speed_kmh <= 0 || x->speed_kmh > 400 || x->turnout_s < 0)
    sb_error(L, "resource speed_kmh must be above 0 (and at most 400) and turnout_s not negative");
  char *st = sb_str(L, "status");
  int bad = st && (unit_status_parse(st, &x->status) < 0 || (x->status != UNIT_AVAILABLE && x->status != UNIT_UNAVAILABLE));
  free(st);
  if (bad) sb_error(L, "resource status must be \"available\" or \"unavailable\"");
  return 0;
}

static int c_caller(lua_State *L) {
  static const FieldSpec spec[] = {{"name", F_STR, 0}, {"kind", F_STR, 0}, {"agitation", F_INT, 0},
                                   {"patience_s", F_INT, 0}, {"ring_patience_s", F_INT, 0},
                                   {"location", F_STR, 1}, {"truth", F_MAP, 1}, {"told", F_MAP, 0},
                                   {"says", F_MAP, 0}, {0}};
  sb_check_fields(L, "caller", spec);
  Scenario *s = scen(L);
  if (s->has_caller) sb_error(L, "caller is declared twice (first at line %d)", s->caller.line);
  s->has_caller = 1;
  Caller *c = &s->caller;
  c->line = sb_line(L), c->name = sb_str(L, "name"), c->kind = sb_str(L, "kind"), c->location = sb_str(L, "location");
  if (!c->name) c->name = xstrdup("Caller");
  if (!c->kind) c->kind = xstrdup("member_of_public");
  c->agitation = (int)sb_int(L, "agitation", 20);
  c->patience_s = (int)sb_int(L, "patience_s", 60);
  c->ring_patience_s = (int)sb_int(L, "ring_patience_s", 60);
  if (c->agitation < 0 || c->agitation > 100) sb_error(L, "caller agitation must be 0 to 100");
  if (c->patience_s < 0 || c->ring_patience_s < 0) sb_error(L, "caller patience must not be negative");
  sb_map(L, 1, "truth", &c->truth), sb_map(L, 1, "told", &c->told), sb_map(L, 1, "says", &c->says);
  return 0;
}

static int c_event(lua_State *L) {
  static const FieldSpec spec[] = {{"at_s", F_NUM, 0}, {"when", F_FUNC, 0}, {"say", F_STR, 0},
                                   {"facts", F_MAP, 0}, {"told", F_BOOL, 0}, {"agitation", F_INT, 0},
                                   {"unit", F_STR, 0}, {"status", F_STR, 0}, {"report", F_STR, 0},
                                   {"hangup", F_BOOL, 0}, {0}};
  sb_check_fields(L, "event", spec);
  Scenario *s = scen(L);
  ScenarioEvent *e = APPEND(s->events, s->nevents);
  e->line = sb_line(L);
  e->when_ref = -1;
  double at = sb_num(L, "at_s", -1);
  if (!(at < 0 || at <= 86400)) /* inf, nan, 1e300: no time, and undefined to convert */
    sb_error(L, "event at_s must be a time from 0 to 86400 seconds");
  e->at_ms = at < 0 ? -1 : (int64_t)(at * 1000.0 + 0.5);
  e->say = sb_str(L, "say"), e->unit = sb_str(L, "unit"), e->report = sb_str(L, "report");
  e->told = sb_bool(L, "told"), e->hangup = sb_bool(L, "hangup");
  e->agitation = (int)sb_int(L, "agitation", 0);
  sb_map(L, 1, "facts", &e->facts);
  char *st = sb_str(L, "status");
  int bad = (st != NULL) != (e->unit != NULL) || (st && unit_status_parse(st, &e->status) < 0);
  free(st);
  if (bad) sb_error(L, "event: `unit` and `status` go together, and status must be a unit status");
  if (lua_getfield(L, 1, "when") == LUA_TFUNCTION) e->when_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  else lua_pop(L, 1);
  if ((e->at_ms < 0) == (e->when_ref < 0)) sb_error(L, "event needs exactly one of at_s (a time) or when (a function)");
  return 0;
}

static int c_knowledge(lua_State *L) {
  static const FieldSpec spec[] = {{"id", F_STR, 1}, {"criterion", F_STR, 1}, {"text", F_STR, 1},
                                   {"choices", F_LIST, 0}, {"answer", F_INT, 0}, {"items", F_LIST, 0},
                                   {"order", F_LIST, 0}, {"explain", F_STR, 0}, {0}};
  sb_check_fields(L, "knowledge", spec);
  Scenario *s = scen(L);
  char *id = sb_id(L, "knowledge");
  if (scenario_knowledge(s, id)) {
    free(id);
    sb_error(L, "knowledge question is declared twice");
  }
  Knowledge *k = APPEND(s->knowledge, s->nknowledge);
  k->id = id, k->line = sb_line(L), k->criterion = sb_str(L, "criterion"), k->text = sb_str(L, "text");
  k->explain = sb_str(L, "explain");
  sb_list(L, 1, "choices", &k->choices, 0), sb_list(L, 1, "items", &k->items, 0);
  k->answer = (int)sb_int(L, "answer", 0);
  int is_choice = k->choices.len > 0, is_order = k->items.len > 0;
  if (is_choice == is_order) sb_error(L, "knowledge needs either choices (with answer) or items (with order)");
  if (is_choice && (k->answer < 1 || (size_t)k->answer > k->choices.len))
    sb_error(L, "knowledge answer must be the number of one of its %d choices", (int)k->choices.len);
  if (is_order) {
    lua_getfield(L, 1, "order");
    size_t n = lua_istable(L, -1) ? (size_t)lua_rawlen(L, -1) : 0;
    if (n != k->items.len) sb_error(L, "knowledge order must list each of its %d items once", (int)k->items.len);
    k->order = xcalloc(n, sizeof *k->order);
    k->norder = n;
    for (size_t i = 0; i < n; i++) {
      lua_rawgeti(L, -1, (lua_Integer)i + 1);
      int v = lua_isinteger(L, -1) ? (int)lua_tointeger(L, -1) : 0;
      lua_pop(L, 1);
      for (size_t j = 0; j < i; j++)
        if (k->order[j] == v) v = 0;
      if (v < 1 || (size_t)v > n) sb_error(L, "knowledge order must list each of its %d items once", (int)n);
      k->order[i] = v;
    }
    lua_pop(L, 1);
  }
  return 0;
}

static int c_referral(lua_State *L) {
  static const FieldSpec spec[] = {{"by", F_STR, 1}, {"code", F_STR, 1}, {"priority", F_STR, 1}, {"note", F_STR, 0}, {0}};
  sb_check_fields(L, "referral", spec);
  Scenario *s = scen(L);
  if (s->has_referral) sb_error(L, "referral is declared twice (first at line %d)", s->referral.line);
  s->has_referral = 1;
  Referral *r = &s->referral;
  r->line = sb_line(L), r->by = sb_str(L, "by"), r->code = sb_str(L, "code"), r->priority = sb_str(L, "priority");
  r->note = sb_str(L, "note");
  return 0;
}

/* --- the supervisor's shift (docs/shift.md) --- */

static int c_shift(lua_State *L) {
  static const FieldSpec spec[] = {{"duration_s", F_INT, 1}, {"compression", F_INT, 0}, {"briefing", F_STR, 0}, {0}};
  sb_check_fields(L, "shift", spec);
  Scenario *s = scen(L);
  if (s->is_shift) sb_error(L, "shift is declared twice (first at line %d)", s->shift.line);
  s->is_shift = 1;
  s->shift.line = sb_line(L);
  s->shift.duration_s = (int)sb_int(L, "duration_s", 0);
  s->shift.compression = (int)sb_int(L, "compression", 4);
  s->shift.briefing = sb_str(L, "briefing");
  if (s->shift.duration_s < 1800 || s->shift.duration_s > 5400)
    sb_error(L, "shift duration_s must be 1800 to 5400 (30 to 90 minutes)");
  if (s->shift.compression < 1 || s->shift.compression > 10) sb_error(L, "shift compression must be 1 to 10");
  return 0;
}

static int c_incident(lua_State *L) {
  static const FieldSpec spec[] = {{"id", F_STR, 1}, {"at_s", F_NUM, 1}, {"title", F_STR, 1}, {"place", F_STR, 1},
                                   {"colleague", F_STR, 0}, {"truth", F_MAP, 1}, {"code", F_STR, 1},
                                   {"priority", F_STR, 1}, {"asked", F_LIST, 0}, {"advice", F_LIST, 0},
                                   {"escalated", F_STR, 0}, {"log", F_STR, 0}, {0}};
  sb_check_fields(L, "incident", spec);
  Scenario *s = scen(L);
  char *id = sb_id(L, "incident"); /* declared twice: found once all is loaded */
  ShiftIncident *x = APPEND(s->incidents, s->nincidents);
  x->id = id, x->line = sb_line(L);
  double at = sb_num(L, "at_s", 0);
  if (!(at >= 0 && at <= 86400)) sb_error(L, "incident at_s must be 0 to 86400");
  x->at_ms = (int64_t)(at * 1000.0 + 0.5);
  x->title = sb_str(L, "title"), x->place = sb_str(L, "place"), x->colleague = sb_str(L, "colleague");
  x->code = sb_str(L, "code"), x->priority = sb_str(L, "priority"), x->escalated = sb_str(L, "escalated");
  x->log = sb_str(L, "log");
  sb_map(L, 1, "truth", &x->truth);
  sb_list(L, 1, "asked", &x->asked, 1), sb_list(L, 1, "advice", &x->advice, 1);
  return 0;
}

static int c_colleague(lua_State *L) {
  static const FieldSpec spec[] = {{"id", F_STR, 1}, {"name", F_STR, 0}, {"role", F_STR, 0}, {"need", F_STR, 0},
                                   {"support", F_LIST, 0}, {"says", F_MAP, 0}, {0}};
  sb_check_fields(L, "colleague", spec);
  Scenario *s = scen(L);
  char *id = sb_id(L, "colleague"); /* declared twice: found once all is loaded */
  Colleague *x = APPEND(s->colleagues, s->ncolleagues);
  x->id = id, x->line = sb_line(L), x->name = sb_str(L, "name"), x->role = sb_str(L, "role"), x->need = sb_str(L, "need");
  if (!x->name) x->name = xstrdup(id);
  if (!x->role) x->role = xstrdup("call-taker");
  sb_list(L, 1, "support", &x->support, 1), sb_map(L, 1, "says", &x->says);
  if (x->need && shift_area_index(x->need) < 0)
    sb_error(L, "colleague need '%s' is not an area (prioritising, questioning, advice, escalation, response_times, complaints)", x->need);
  for (size_t i = 0; i < x->support.len; i++)
    if (shift_support_index(x->support.v[i]) < 0)
      sb_error(L, "colleague support '%s' is not a type of support (coaching, buddying, refresher_scenario, procedure_briefing)", x->support.v[i]);
  if (x->support.len && !x->need) sb_error(L, "colleague support is given for a need: set need too");
  if (x->need && !x->support.len)
    for (size_t i = 0; i < shift_nsupport; i++)
      if (shift_support_fits(shift_supports[i], x->need)) strlist_push(&x->support, shift_supports[i]);
  return 0;
}

static int c_contact(lua_State *L) {
  static const FieldSpec spec[] = {{"id", F_STR, 1}, {"at_s", F_NUM, 1}, {"kind", F_STR, 1}, {"incident", F_STR, 1},
                                   {"caller", F_STR, 0}, {"says", F_STR, 0}, {"patience_s", F_INT, 0}, {0}};
  sb_check_fields(L, "contact", spec);
  Scenario *s = scen(L);
  char *id = sb_id(L, "contact"); /* declared twice: found once all is loaded */
  ShiftContact *x = APPEND(s->contacts, s->ncontacts);
  x->id = id, x->line = sb_line(L);
  double at = sb_num(L, "at_s", 0);
  if (!(at >= 0 && at <= 86400)) sb_error(L, "contact at_s must be 0 to 86400");
  x->at_ms = (int64_t)(at * 1000.0 + 0.5);
  x->kind = sb_str(L, "kind"), x->incident = sb_str(L, "incident"), x->caller = sb_str(L, "caller"), x->says = sb_str(L, "says");
  if (!x->caller) x->caller = xstrdup("Caller");
  x->patience_s = (int)sb_int(L, "patience_s", 180);
  if (strcmp(x->kind, "query") != 0 && strcmp(x->kind, "complaint") != 0)
    sb_error(L, "contact kind must be \"query\" or \"complaint\", not '%s'", x->kind);
  if (x->patience_s < 1) sb_error(L, "contact patience_s must be at least 1");
  return 0;
}

static int c_improvement(lua_State *L) {
  static const FieldSpec spec[] = {{"id", F_STR, 1}, {"area", F_STR, 1}, {"text", F_STR, 1}, {0}};
  sb_check_fields(L, "improvement", spec);
  Scenario *s = scen(L);
  char *id = sb_id(L, "improvement");
  if (scenario_improvement(s, id)) {
    free(id);
    sb_error(L, "improvement is declared twice");
  }
  Improvement *x = APPEND(s->improvements, s->nimprovements);
  x->id = id, x->line = sb_line(L), x->area = sb_str(L, "area"), x->text = sb_str(L, "text");
  if (shift_area_index(x->area) < 0)
    sb_error(L, "improvement area '%s' is not an area (prioritising, questioning, advice, escalation, response_times, complaints)", x->area);
  return 0;
}

Script *script_load_scenario(const char *path, uint64_t seed, Error *err) {
  Script *s = xcalloc(1, sizeof *s);
  s->sc = xcalloc(1, sizeof *s->sc);
  s->sc->file = xstrdup(path);
  s->sb = sandbox_open(path, seed);
  if (!s->sb) {
    error_set(err, path, 0, "cannot start the Lua sandbox");
    script_free(s);
    return NULL;
  }
  s->sb->owner = s;
  static const luaL_Reg fns[] = {{"scenario", c_scenario}, {"place", c_place}, {"resource", c_resource},
                                 {"caller", c_caller}, {"event", c_event}, {"knowledge", c_knowledge},
                                 {"referral", c_referral}, {"shift", c_shift}, {"incident", c_incident},
                                 {"colleague", c_colleague}, {"contact", c_contact}, {"improvement", c_improvement},
                                 {NULL, NULL}};
  for (const luaL_Reg *f = fns; f->name; f++) lua_register(s->sb->L, f->name, f->func);
  int rc = sandbox_run_file(s->sb, &s->sc->sha256, err);
  if (rc == 0 && !s->sc->id) rc = error_set(err, path, 1, "no scenario { id = ..., ... } declaration");
  Scenario *sc = s->sc;
  if (rc == 0) { /* ids declared twice are found here, in one sort, not at each declaration */
    int line = 0;
    const char *dup = scenario_index(sc, &line);
    if (dup) rc = error_set(err, path, line, "%s is declared twice", dup);
  }
  if (rc == 0 && !sc->has_caller && !sc->is_shift)
    rc = error_set(err, path, sc->line, "the scenario declares no caller { ... } (or shift { ... })");
  if (rc == 0 && sc->has_caller && sc->is_shift)
    rc = error_set(err, path, sc->caller.line, "a shift has no caller { ... }: its contacts and incidents come in over the shift");
  if (rc == 0 && sc->is_shift && !sc->nincidents) rc = error_set(err, path, sc->shift.line, "the shift declares no incident { ... }");
  if (rc == 0 && !sc->is_shift && (sc->nincidents || sc->ncolleagues || sc->ncontacts || sc->nimprovements))
    rc = error_set(err, path, sc->nincidents ? sc->incidents[0].line : sc->ncolleagues ? sc->colleagues[0].line
                              : sc->ncontacts ? sc->contacts[0].line : sc->improvements[0].line,
                   "incidents, colleagues, contacts and improvements belong to a shift: declare shift { ... }");
  if (rc < 0) {
    script_free(s);
    return NULL;
  }
  return s;
}

const Scenario *script_scenario(const Script *s) {
  return s->sc;
}

static int need_place(const Scenario *sc, const char *id, int line, Error *err) {
  if (!id || scenario_place(sc, id)) return 0;
  return error_set(err, sc->file, line, "unknown place '%s'", id);
}

static int need_id(int ok, const Scenario *sc, int line, const char *what, const char *id, Error *err) {
  return ok ? 0 : error_set(err, sc->file, line, "unknown %s '%s'", what, id);
}

static int link_shift(const Scenario *sc, const Procedure *p, Error *err) {
  for (size_t i = 0; i < sc->nincidents; i++) {
    const ShiftIncident *x = &sc->incidents[i];
    if (need_place(sc, x->place, x->line, err) < 0 ||
        need_id(!x->colleague || scenario_colleague_index(sc, x->colleague) >= 0, sc, x->line, "colleague", x->colleague, err) < 0 ||
        need_id(named_find(&p->codes, x->code) != NULL, sc, x->line, "code", x->code, err) < 0 ||
        need_id(procedure_priority(p, x->priority) != NULL, sc, x->line, "priority", x->priority, err) < 0 ||
        need_id(!x->escalated || named_find(&p->levels, x->escalated), sc, x->line, "level", x->escalated, err) < 0)
      return -1;
    for (size_t k = 0; k < x->asked.len; k++)
      if (need_id(procedure_question(p, x->asked.v[k]) != NULL, sc, x->line, "question", x->asked.v[k], err) < 0) return -1;
    for (size_t k = 0; k < x->advice.len; k++)
      if (need_id(named_find(&p->advice, x->advice.v[k]) != NULL, sc, x->line, "advice", x->advice.v[k], err) < 0) return -1;
    for (size_t k = 0; k < x->truth.len; k++)
      if (!procedure_fact(p, x->truth.v[k].key))
        return error_set(err, sc->file, x->line, "unknown fact '%s' (procedure '%s' has no such fact)", x->truth.v[k].key, p->id);
  }
  for (size_t i = 0; i < sc->ncontacts; i++)
    if (need_id(scenario_incident_index(sc, sc->contacts[i].incident) >= 0, sc, sc->contacts[i].line, "incident",
                sc->contacts[i].incident, err) < 0)
      return -1;
  return 0;
}

int script_link_scenario(Script *s, const Procedure *p, Error *err) {
  Scenario *sc = s->sc;
  if (strcmp(sc->procedure, p->id) != 0)
    return error_set(err, sc->file, sc->line, "scenario names procedure '%s' but '%s' was loaded", sc->procedure, p->id);
  if (need_place(sc, sc->caller.location, sc->caller.line, err) < 0) return -1;
  for (size_t i = 0; i < sc->nunits; i++)
    if (need_place(sc, sc->units[i].base, sc->units[i].line, err) < 0) return -1;
  for (size_t i = 0; i < sc->nevents; i++) {
    const ScenarioEvent *e = &sc->events[i];
    if (e->unit && !scenario_unit(sc, e->unit)) return error_set(err, sc->file, e->line, "unknown resource '%s'", e->unit);
    for (size_t k = 0; k < e->facts.len; k++)
      if (!procedure_fact(p, e->facts.v[k].key)) return error_set(err, sc->file, e->line, "unknown fact '%s'", e->facts.v[k].key);
  }
  for (size_t i = 0; i < sc->nknowledge; i++)
    if (!criteria_find(sc->knowledge[i].criterion))
      return error_set(err, sc->file, sc->knowledge[i].line, "'%s' is not a criterion of CC38 or CC39", sc->knowledge[i].criterion);
  if (sc->has_referral && !named_find(&p->codes, sc->referral.code))
    return error_set(err, sc->file, sc->referral.line, "unknown code '%s'", sc->referral.code);
  if (sc->has_referral && !procedure_priority(p, sc->referral.priority))
    return error_set(err, sc->file, sc->referral.line, "unknown priority '%s'", sc->referral.priority);
  if (sc->is_shift && link_shift(sc, p, err) < 0) return -1;
  const KVList *lists[] = {&sc->caller.truth, &sc->caller.told};
  for (size_t l = 0; l < 2; l++)
    for (size_t k = 0; k < lists[l]->len; k++)
      if (!procedure_fact(p, lists[l]->v[k].key))
        return error_set(err, sc->file, sc->caller.line, "unknown fact '%s' (procedure '%s' has no such fact)", lists[l]->v[k].key, p->id);
  return 0;
}

static void set_flag(lua_State *L, const char *table, const char *key) {
  lua_getfield(L, -1, table);
  lua_pushboolean(L, 1);
  lua_setfield(L, -2, key);
  lua_pop(L, 1);
}

/* The read-only view a `when` function gets (see docs/format.md). */
static void push_snapshot(lua_State *L, const Sim *sim) {
  lua_createtable(L, 0, 10);
  lua_pushnumber(L, (double)sim_now(sim) / 1000.0), lua_setfield(L, -2, "time_s");
  lua_pushboolean(L, sim_answered_ms(sim) >= 0), lua_setfield(L, -2, "answered");
  lua_pushinteger(L, sim_agitation(sim)), lua_setfield(L, -2, "agitation");
  lua_pushstring(L, sim_mood(sim)), lua_setfield(L, -2, "mood");
  lua_pushboolean(L, sim_call_state(sim) == CALL_CLOSED), lua_setfield(L, -2, "closed");
  lua_pushboolean(L, sim_call_state(sim) == CALL_HUNG_UP), lua_setfield(L, -2, "hung_up");
  static const char *const tables[] = {"known", "dispatched", "status", "advised", "escalated", "contacted"};
  for (size_t i = 0; i < 6; i++) lua_newtable(L), lua_setfield(L, -2, tables[i]);
  lua_getfield(L, -1, "known");
  for (size_t i = 0; i < sim_event_count(sim); i++) {
    const SimEvent *e = sim_event(sim, i);
    if (strcmp(e->kind, "fact") == 0) lua_pushstring(L, e->text), lua_setfield(L, -2, e->subject);
  }
  lua_pop(L, 1);
  for (size_t i = 0; i < sim_unit_count(sim); i++) {
    SimUnitView u = sim_unit(sim, i);
    lua_getfield(L, -1, "status");
    lua_pushstring(L, unit_status_name(u.status)), lua_setfield(L, -2, u.unit->id);
    lua_pop(L, 1);
    if (u.dispatched_ms >= 0) set_flag(L, "dispatched", u.unit->id);
  }
  for (size_t i = 0; i < sim_action_count(sim); i++) {
    const Action *a = sim_action(sim, i);
    if (!sim_action_accepted(sim, i) || !a->arg) continue;
    if (a->type == ACT_ADVISE) set_flag(L, "advised", a->arg);
    if (a->type == ACT_ESCALATE) set_flag(L, "escalated", a->arg);
    if (a->type == ACT_CONTACT) set_flag(L, "contacted", a->arg);
  }
}

static int run_trigger(void *ud, const Sim *sim, const ScenarioEvent *ev, int *fire, Error *err) {
  Script *s = ud;
  lua_State *L = s->sb->L;
  lua_rawgeti(L, LUA_REGISTRYINDEX, ev->when_ref);
  push_snapshot(L, sim);
  if (sandbox_call(s->sb, 1, 1, err) < 0) return -1;
  *fire = lua_toboolean(L, -1);
  lua_pop(L, 1);
  return 0;
}

void script_attach(Script *s, Sim *sim) {
  s->sim = sim;
  /* a new session: its triggers get the session's budgets afresh */
  s->sb->session_left = SANDBOX_SESSION_BUDGET;
  s->sb->session_cpu = 0;
  s->sb->rng = sim_rng(sim);
  sim_set_trigger(sim, run_trigger, s);
}

void script_free(Script *s) {
  if (!s) return;
  sandbox_close(s->sb);
  scenario_free(s->sc);
  free(s);
}

static char *try_path(const char *dir, size_t dlen, const char *mid, const char *id) {
  char *p = xasprintf("%.*s%s%s.lua", (int)dlen, dir, mid, id);
  if (access(p, R_OK) == 0) return p;
  free(p);
  return NULL;
}

char *script_find_procedure(const char *scenario_path, const char *id) {
  const char *slash = strrchr(scenario_path, '/');
  size_t dlen = slash ? (size_t)(slash - scenario_path) + 1 : 0;
  char *p = try_path(scenario_path, dlen, "procedures/", id);
  if (!p) p = try_path(scenario_path, dlen, "../procedures/", id);
  if (!p) p = try_path("", 0, "scenarios/procedures/", id);
  return p;
}
