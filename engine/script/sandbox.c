/* sandbox.c - the Lua state every procedure and scenario runs in, and field checking. */
#include "sandbox.h"

#include "sha256.h"

#include <lauxlib.h>
#include <lualib.h>
#include <stdlib.h>
#include <string.h>

/* Chunks are named "=~" so that Lua's messages start "~:LINE:"; fail() puts the real path
 * there (Lua would shorten a long path to fit its own buffer). */
#define CHUNK_NAME "=~"
#define CHUNK_TAG "~:"

static void *sb_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  Sandbox *sb = ud;
  if (!ptr) osize = 0;
  if (nsize == 0) {
    sb->used -= osize;
    free(ptr);
    return NULL;
  }
  if (nsize > osize && sb->used + (nsize - osize) > SANDBOX_MEMORY_LIMIT) return NULL;
  void *p = realloc(ptr, nsize);
  if (!p) return NULL;
  sb->used = sb->used - osize + nsize;
  return p;
}

Sandbox *sandbox_of(lua_State *L) {
  return *(Sandbox **)lua_getextraspace(L);
}

/* Line events keep the line of the author's chunk that runs (so that errors without a
 * position, such as running out of memory, can still name one); count events spend the
 * instruction budget. */
static void budget_hook(lua_State *L, lua_Debug *ar) {
  Sandbox *sb = sandbox_of(L);
  if (ar->event == LUA_HOOKLINE) {
    if (lua_getinfo(L, "S", ar) && ar->source[0] == '=' && ar->source[1] == '~') sb->last_line = ar->currentline;
    return;
  }
  sb->budget -= 1000;
  if (sb->budget < 0) {
    lua_pushfstring(L, CHUNK_TAG "%d: instruction budget exceeded (an endless loop?)", sb->last_line);
    lua_error(L);
  }
}

static int strict_index(lua_State *L) {
  const char *k = lua_tostring(L, 2);
  return luaL_error(L, "undefined global '%s'", k ? k : "?");
}

static int sb_random(lua_State *L) {
  Rng *r = sandbox_of(L)->rng;
  int n = lua_gettop(L);
  if (n == 0) {
    lua_pushnumber(L, rng_unit(r));
    return 1;
  }
  lua_Integer lo = 1, hi;
  if (n == 1) hi = luaL_checkinteger(L, 1);
  else lo = luaL_checkinteger(L, 1), hi = luaL_checkinteger(L, 2);
  luaL_argcheck(L, lo <= hi, n, "interval is empty");
  lua_pushinteger(L, (lua_Integer)rng_range(r, (int64_t)lo, (int64_t)hi));
  return 1;
}

/* load(string [, name [, mode [, env]]]): text chunks only, never a reader function. */
static int safe_load(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  const char *name = luaL_optstring(L, 2, "=(load)");
  if (luaL_loadbufferx(L, s, n, name, "t") != LUA_OK) {
    lua_pushnil(L);
    lua_insert(L, -2);
    return 2;
  }
  if (!lua_isnoneornil(L, 4)) {
    lua_pushvalue(L, 4);
    if (!lua_setupvalue(L, -2, 1)) lua_pop(L, 1);
  }
  return 1;
}

/* Iteration in a fixed order, so that scripts stay deterministic (Lua seeds its string
 * hashes at random, which makes the order of next() vary from run to run). */
static const char prelude[] =
    "local next, type, sort, tostring = next, type, table.sort, tostring\n"
    "local function before(a, b)\n"
    "  local ta, tb = type(a), type(b)\n"
    "  if ta ~= tb then return ta < tb end\n"
    "  if ta == 'number' or ta == 'string' then return a < b end\n"
    "  return tostring(a) < tostring(b)\n"
    "end\n"
    "pairs = function(t)\n"
    "  local keys, i = {}, 0\n"
    "  for k in next, t do keys[#keys + 1] = k end\n"
    "  sort(keys, before)\n"
    "  return function() i = i + 1; local k = keys[i]; if k ~= nil then return k, t[k] end end, t, nil\n"
    "end\n";

static void open_libs(lua_State *L) {
  static const luaL_Reg libs[] = {{LUA_GNAME, luaopen_base},       {LUA_TABLIBNAME, luaopen_table},
                                  {LUA_STRLIBNAME, luaopen_string}, {LUA_MATHLIBNAME, luaopen_math},
                                  {LUA_UTF8LIBNAME, luaopen_utf8},  {LUA_COLIBNAME, luaopen_coroutine},
                                  {NULL, NULL}};
  for (const luaL_Reg *l = libs; l->func; l++) {
    luaL_requiref(L, l->name, l->func, 1);
    lua_pop(L, 1);
  }
  static const char *const removed[] = {"dofile", "loadfile", "require", "collectgarbage", "print", NULL};
  for (const char *const *r = removed; *r; r++) {
    lua_pushnil(L);
    lua_setglobal(L, *r);
  }
  lua_register(L, "load", safe_load);
  lua_getglobal(L, LUA_STRLIBNAME);
  lua_pushnil(L);
  lua_setfield(L, -2, "dump");
  lua_pop(L, 1);
  lua_getglobal(L, LUA_MATHLIBNAME);
  lua_pushcfunction(L, sb_random);
  lua_setfield(L, -2, "random");
  lua_pushnil(L);
  lua_setfield(L, -2, "randomseed");
  lua_pop(L, 1);
  luaL_loadbufferx(L, prelude, sizeof prelude - 1, "=prelude", "t");
  lua_call(L, 0, 0);
}

static int open_protected(lua_State *L) {
  open_libs(L);
  return 0;
}

Sandbox *sandbox_open(const char *path, uint64_t seed) {
  Sandbox *sb = xcalloc(1, sizeof *sb);
  sb->path = xstrdup(path);
  sb->seed = seed; /* the load-time generator is seeded from the file's contents in run_file */
  sb->rng = &sb->load_rng;
  sb->L = lua_newstate(sb_alloc, sb);
  if (!sb->L) {
    sandbox_close(sb);
    return NULL;
  }
  *(Sandbox **)lua_getextraspace(sb->L) = sb;
  lua_pushcfunction(sb->L, open_protected);
  if (lua_pcall(sb->L, 0, 0, 0) != LUA_OK) {
    sandbox_close(sb);
    return NULL;
  }
  lua_sethook(sb->L, budget_hook, LUA_MASKCOUNT | LUA_MASKLINE, 1000);
  return sb;
}

void sandbox_close(Sandbox *sb) {
  if (!sb) return;
  if (sb->L) lua_close(sb->L);
  free(sb->path);
  free(sb);
}

/* Makes reading an undefined global an error (after the constructors are registered). */
static void make_strict(lua_State *L) {
  lua_pushglobaltable(L);
  lua_newtable(L);
  lua_pushcfunction(L, strict_index);
  lua_setfield(L, -2, "__index");
  lua_setmetatable(L, -2);
  lua_pop(L, 1);
}

/* Turns the error on top of the stack into err, with the real path; pops it. */
static int fail(Sandbox *sb, int status, Error *err) {
  const char *msg = lua_type(sb->L, -1) == LUA_TSTRING ? lua_tostring(sb->L, -1) : NULL;
  if (status == LUA_ERRMEM)
    error_set(err, sb->path, sb->last_line, "memory limit exceeded (%u MB)", SANDBOX_MEMORY_LIMIT >> 20);
  else if (msg && strncmp(msg, CHUNK_TAG, 2) == 0)
    error_set(err, NULL, 0, "%s:%s", sb->path, msg + 2);
  else
    error_set(err, sb->path, sb->last_line, "%s", msg ? msg : "error object is not a string");
  lua_pop(sb->L, 1);
  return -1;
}

int sandbox_run_file(Sandbox *sb, char **sha256, Error *err) {
  size_t len;
  char *src = file_read_all(sb->path, &len, err);
  if (!src) return -1;
  *sha256 = xmalloc(65);
  sha256_hex(src, len, *sha256);
  /* math.random while loading: the session seed mixed with what the file says, never with
   * how its path is spelled, so that the same seed gives the same session from anywhere */
  rng_seed(&sb->load_rng, sb->seed ^ rng_hash_str(*sha256));
  if (len > SANDBOX_FILE_LIMIT) {
    free(src);
    return error_set(err, sb->path, 0, "file is larger than %u MB", SANDBOX_FILE_LIMIT >> 20);
  }
  if (len && src[0] == LUA_SIGNATURE[0]) {
    free(src);
    return error_set(err, sb->path, 1, "binary (precompiled) chunks are not allowed");
  }
  make_strict(sb->L);
  int st = luaL_loadbufferx(sb->L, src, len, CHUNK_NAME, "t");
  free(src);
  if (st != LUA_OK) return fail(sb, st, err);
  sb->budget = SANDBOX_LOAD_BUDGET;
  sb->last_line = 1;
  st = lua_pcall(sb->L, 0, 0, 0);
  return st == LUA_OK ? 0 : fail(sb, st, err);
}

int sandbox_call(Sandbox *sb, int nargs, int nres, Error *err) {
  sb->budget = SANDBOX_CALL_BUDGET;
  int st = lua_pcall(sb->L, nargs, nres, 0);
  return st == LUA_OK ? 0 : fail(sb, st, err);
}

int sb_line(lua_State *L) {
  lua_Debug ar;
  if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar) && ar.currentline > 0) return ar.currentline;
  return sandbox_of(L)->last_line;
}

int sb_error(lua_State *L, const char *fmt, ...) {
  char msg[600];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  lua_pushfstring(L, CHUNK_TAG "%d: %s", sb_line(L), msg);
  return lua_error(L);
}

static size_t edit_distance(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b), row[64];
  if (la >= 63 || lb >= 63) return 99;
  for (size_t j = 0; j <= lb; j++) row[j] = j;
  for (size_t i = 1; i <= la; i++) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= lb; j++) {
      size_t up = row[j], best = diag + (a[i - 1] != b[j - 1]);
      if (up + 1 < best) best = up + 1;
      if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
      diag = up;
      row[j] = best;
    }
  }
  return row[lb];
}

static const char *type_word(FieldType t) {
  static const char *const w[] = {"a string", "a whole number", "a number", "true or false",
                                  "a list", "a table of name = value", "a function", "a table"};
  return w[t];
}

static int type_ok(lua_State *L, int idx, FieldType t) {
  switch (t) {
  case F_STR: return lua_type(L, idx) == LUA_TSTRING;
  case F_INT: return lua_isinteger(L, idx) || (lua_type(L, idx) == LUA_TNUMBER && lua_tonumber(L, idx) == (double)(long)lua_tonumber(L, idx));
  case F_NUM: return lua_type(L, idx) == LUA_TNUMBER;
  case F_BOOL: return lua_type(L, idx) == LUA_TBOOLEAN;
  case F_FUNC: return lua_type(L, idx) == LUA_TFUNCTION;
  default: return lua_type(L, idx) == LUA_TTABLE;
  }
}

void sb_check_fields_at(lua_State *L, int t, const char *what, const FieldSpec *spec) {
  if (lua_type(L, t) != LUA_TTABLE) sb_error(L, "%s needs a table: %s { ... }", what, what);
  lua_pushnil(L);
  while (lua_next(L, t)) {
    if (lua_type(L, -2) != LUA_TSTRING) {
      lua_pop(L, 2);
      sb_error(L, "%s: a value without a name (write name = value)", what);
    }
    const char *k = lua_tostring(L, -2);
    const FieldSpec *f = spec;
    while (f->name && strcmp(f->name, k) != 0) f++;
    if (!f->name) {
      const char *best = NULL;
      size_t bd = 3;
      for (const FieldSpec *g = spec; g->name; g++) {
        size_t d = edit_distance(k, g->name);
        if (d < bd) bd = d, best = g->name;
      }
      if (best) sb_error(L, "%s has no field '%s' (did you mean '%s'?)", what, k, best);
      sb_error(L, "%s has no field '%s'", what, k);
    }
    if (!type_ok(L, -1, f->type))
      sb_error(L, "%s field '%s' must be %s, not %s", what, k, type_word(f->type), luaL_typename(L, -1));
    lua_pop(L, 1);
  }
  for (const FieldSpec *f = spec; f->name; f++) {
    if (!f->required) continue;
    int ty = lua_getfield(L, t, f->name);
    lua_pop(L, 1);
    if (ty == LUA_TNIL) sb_error(L, "%s is missing its required field '%s'", what, f->name);
  }
}

void sb_check_fields(lua_State *L, const char *what, const FieldSpec *spec) {
  lua_settop(L, 1);
  sb_check_fields_at(L, 1, what, spec);
}

void sb_check_id(lua_State *L, const char *what, const char *s) {
  if (!*s) sb_error(L, "%s: an id may not be empty", what);
  for (const char *p = s; *p; p++) {
    char c = *p;
    int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
    if (!ok) sb_error(L, "%s: '%s' is not a valid id (letters, digits, _ - . only)", what, s);
  }
}

char *sb_str(lua_State *L, const char *name) {
  lua_getfield(L, 1, name);
  char *s = lua_type(L, -1) == LUA_TSTRING ? xstrdup(lua_tostring(L, -1)) : NULL;
  lua_pop(L, 1);
  return s;
}

long sb_int(lua_State *L, const char *name, long dflt) {
  lua_getfield(L, 1, name);
  long v = lua_type(L, -1) == LUA_TNUMBER ? (long)lua_tonumber(L, -1) : dflt;
  lua_pop(L, 1);
  return v;
}

double sb_num(lua_State *L, const char *name, double dflt) {
  lua_getfield(L, 1, name);
  double v = lua_type(L, -1) == LUA_TNUMBER ? lua_tonumber(L, -1) : dflt;
  lua_pop(L, 1);
  return v;
}

int sb_bool(lua_State *L, const char *name) {
  lua_getfield(L, 1, name);
  int v = lua_toboolean(L, -1);
  lua_pop(L, 1);
  return v;
}

void sb_list(lua_State *L, int t, const char *name, StrList *out, int ids) {
  if (name) lua_getfield(L, t, name);
  else lua_pushvalue(L, t);
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    return;
  }
  if (lua_type(L, -1) != LUA_TTABLE) sb_error(L, "'%s' must be a list of strings", name ? name : "value");
  lua_Unsigned n = lua_rawlen(L, -1);
  for (lua_Unsigned i = 1; i <= n; i++) {
    lua_rawgeti(L, -1, (lua_Integer)i);
    if (lua_type(L, -1) != LUA_TSTRING) sb_error(L, "'%s' item %d must be a string", name ? name : "list", (int)i);
    const char *s = lua_tostring(L, -1);
    if (ids) sb_check_id(L, name ? name : "list", s);
    strlist_push(out, s);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
}

void sb_map(lua_State *L, int t, const char *name, KVList *out) {
  lua_getfield(L, t, name);
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    return;
  }
  /* Check every entry before copying any, so that an error leaves nothing half-built. */
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    if (lua_type(L, -2) != LUA_TSTRING) sb_error(L, "'%s' must map names to values", name);
    int vt = lua_type(L, -1);
    if (vt != LUA_TSTRING && vt != LUA_TNUMBER && vt != LUA_TBOOLEAN)
      sb_error(L, "'%s.%s' must be a string, number or boolean", name, lua_tostring(L, -2));
    lua_pop(L, 1);
  }
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    lua_pushvalue(L, -1);
    const char *v = lua_type(L, -1) == LUA_TBOOLEAN ? (lua_toboolean(L, -1) ? "true" : "false") : lua_tostring(L, -1);
    kv_set(out, lua_tostring(L, -3), v);
    lua_pop(L, 2);
  }
  lua_pop(L, 1);
}
