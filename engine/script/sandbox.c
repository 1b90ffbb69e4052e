/* sandbox.c - the Lua state every procedure and scenario runs in, and field checking. */
#include "sandbox.h"

#include "sha256.h"

#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Chunks are named "=~" so that Lua's messages start "~:LINE:"; fail() puts the real path
 * there (Lua would shorten a long path to fit its own buffer). */
#define CHUNK_NAME "=~"
#define CHUNK_TAG "~:"

/* CPU time of the process, in seconds. */
static double cpu_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The line of the author's chunk running now: the innermost frame of it on the stack (a C
 * function that charges the budget is below the line that called it), else the last line
 * the hook saw. */
static int running_line(lua_State *L, Sandbox *sb) {
  lua_Debug ar;
  for (int level = 0; L && level < 64 && lua_getstack(L, level, &ar); level++)
    if (lua_getinfo(L, "Sl", &ar) && ar.source[0] == '=' && ar.source[1] == '~' && ar.currentline > 0)
      return ar.currentline;
  return sb->last_line;
}

/* Records the first limit that ran out (L, if known, gives its line); from then on nothing
 * may run (see sb_charge). */
static void die_at(lua_State *L, Sandbox *sb, const char *why) {
  if (sb->dead) return;
  sb->dead = 1;
  sb->dead_line = running_line(L, sb);
  snprintf(sb->dead_msg, sizeof sb->dead_msg, "%s", why);
}


static void die_of_budget(lua_State *L, Sandbox *sb) {
  if (sb->capped)
    die_at(L, sb, "instruction budget of the session's triggers exceeded (they may run 50 million instructions in all)");
  else
    die_at(L, sb, "instruction budget exceeded (an endless loop?)");
}

/* Every allocation goes through here: the memory limit, the string length limit, and a
 * charge to the running call's budget for the bytes (so that copying long strings over and
 * over costs what it does). Lua raises "not enough memory" when this returns NULL; fail()
 * says which limit it was. A block that shrinks is never refused. */
static void *sb_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  Sandbox *sb = ud;
  /* a new object: osize is its type (the Lua 5.4 manual, lua_Alloc) */
  int new_string = !ptr && osize == LUA_TSTRING;
  if (!ptr) osize = 0;
  if (nsize == 0) {
    sb->used -= osize;
    free(ptr);
    return NULL;
  }
  if (nsize > osize) {
    if (sb->armed && !sb->dead) {
      sb->budget -= (long)((nsize - osize) / SANDBOX_ALLOC_UNIT);
      if (sb->budget < 0) die_of_budget(NULL, sb);
    }
    if (sb->armed && sb->dead) return NULL;
    if (new_string && nsize > SANDBOX_STRING_LIMIT + 64) {
      sb->refused = 2;
      return NULL;
    }
    if (sb->used + (nsize - osize) > SANDBOX_MEMORY_LIMIT) {
      sb->refused = 1;
      return NULL;
    }
  }
  void *p = realloc(ptr, nsize);
  if (!p) return NULL;
  sb->used = sb->used - osize + nsize;
  return p;
}

Sandbox *sandbox_of(lua_State *L) {
  return *(Sandbox **)lua_getextraspace(L);
}

int sb_dead(lua_State *L) {
  return sandbox_of(L)->dead;
}

/* Raises the error of a sandbox that has run out. The hook then fires at every instruction,
 * so that whatever still runs (a __close handler, a message handler) stops at once too. */
static int raise_dead(lua_State *L, Sandbox *sb) {
  lua_sethook(L, lua_gethook(L), LUA_MASKCOUNT | LUA_MASKLINE, 1);
  lua_pushfstring(L, CHUNK_TAG "%d: %s", sb->dead_line, sb->dead_msg);
  return lua_error(L);
}

/* Reads the clock one time in 16 (reading it is a system call, dearer than the instructions
 * between). The call's time is counted from the first reading, 16 000 instructions in: a
 * short call never reads the clock at all. */
static void check_time(lua_State *L, Sandbox *sb) {
  if (sb->ticks++ % 16 != 15) return;
  double now = cpu_now();
  if (sb->call_start < 0) {
    sb->call_start = now;
    sb->deadline += now;
  }
  if (now <= sb->deadline) return;
  if (sb->capped)
    die_at(L, sb, "CPU time limit of the session's triggers exceeded");
  else
    die_at(L, sb, "CPU time limit exceeded (work the instruction budget cannot see, such as comparing long strings)");
}

void sb_charge(lua_State *L, long n) {
  Sandbox *sb = sandbox_of(L);
  if (!sb->armed) return;
  sb->budget -= n;
  if (sb->budget < 0) die_of_budget(L, sb);
  if (n >= 1000) check_time(L, sb);
  if (sb->dead) raise_dead(L, sb);
}

/* Line events keep the line that runs, for the one error that carries no position and
 * leaves no stack to look at: running out of memory (they do not ask which chunk the line
 * is in, which would double their cost; every other error is placed by running_line).
 * Count events spend the instruction budget. */
static void budget_hook(lua_State *L, lua_Debug *ar) {
  Sandbox *sb = sandbox_of(L);
  if (ar->event == LUA_HOOKLINE) {
    sb->last_line = ar->currentline;
    if (!sb->dead) return;
  }
  if (!sb->armed) {
    /* no script code may run outside a call into it (there is no __gc to run it) */
    lua_pushliteral(L, "script code ran outside a call into the script");
    lua_error(L);
  }
  if (!sb->dead) {
    sb->budget -= 1000;
    if (sb->budget < 0) die_of_budget(L, sb);
    check_time(L, sb);
  }
  if (sb->dead) raise_dead(L, sb);
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
  lua_getglobal(L, LUA_STRLIBNAME);
  lua_pushnil(L);
  lua_setfield(L, -2, "dump");
  lua_pop(L, 1);
  sandbox_open_lib(L);
  sandbox_open_match(L);
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
  sb->session_left = SANDBOX_SESSION_BUDGET;
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

/* Makes reading an undefined global an error (after the constructors are registered). The
 * metatable is protected (__metatable), as is the string metatable, so that a script can
 * neither turn strictness off nor change what string methods mean. */
static void make_strict(lua_State *L) {
  lua_pushglobaltable(L);
  lua_newtable(L);
  lua_pushcfunction(L, strict_index);
  lua_setfield(L, -2, "__index");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
  lua_pop(L, 1);
  lua_pushliteral(L, "");
  if (lua_getmetatable(L, -1)) {
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
}

/* The message handler of every call into the script: an error raised where Lua gives no
 * position (a C function's, error(msg, 0)) gets the line of the chunk that is running. */
static int add_line(lua_State *L) {
  Sandbox *sb = sandbox_of(L);
  const char *msg = lua_type(L, 1) == LUA_TSTRING ? lua_tostring(L, 1) : NULL;
  if (!sb->dead && msg && strncmp(msg, CHUNK_TAG, 2) != 0)
    lua_pushfstring(L, CHUNK_TAG "%d: %s", running_line(L, sb), msg);
  return 1;
}

/* lua_pcall with add_line as the message handler. */
static int pcall_placed(lua_State *L, int nargs, int nres) {
  int base = lua_gettop(L) - nargs;
  lua_pushcfunction(L, add_line);
  lua_insert(L, base);
  int st = lua_pcall(L, nargs, nres, base);
  lua_remove(L, base);
  return st;
}

/* Arms the budget and the clock for a call into the script; a trigger's are cut to what
 * the session has left. */
static void arm(Sandbox *sb, long budget, double seconds, int trigger) {
  sb->capped = 0;
  if (trigger) {
    if (sb->session_left < budget) budget = sb->session_left, sb->capped = 1;
    if (SANDBOX_SESSION_SECONDS - sb->session_cpu < seconds)
      seconds = SANDBOX_SESSION_SECONDS - sb->session_cpu, sb->capped = 1;
  }
  sb->budget = budget;
  sb->refused = 0;
  sb->ticks = 0;
  sb->call_start = -1; /* not read yet (check_time) */
  sb->deadline = seconds;
  sb->armed = 1;
}

/* Turns the error on top of the stack into err, with the real path; pops it. A limit that
 * ran out is named as such, however the script wrapped or replaced the error on its way. */
static int fail(Sandbox *sb, int status, Error *err) {
  const char *msg = lua_type(sb->L, -1) == LUA_TSTRING ? lua_tostring(sb->L, -1) : NULL;
  if (sb->dead)
    error_set(err, sb->path, sb->dead_line, "%s", sb->dead_msg);
  else if (status == LUA_ERRMEM && sb->refused == 2)
    error_set(err, sb->path, sb->last_line, "string longer than %u MB (the sandbox's limit)", SANDBOX_STRING_LIMIT >> 20);
  else if (status == LUA_ERRMEM)
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
  sb->last_line = 1;
  arm(sb, SANDBOX_LOAD_BUDGET, SANDBOX_LOAD_SECONDS, 0);
  int st = luaL_loadbufferx(sb->L, src, len, CHUNK_NAME, "t");
  free(src);
  sb->loading = 1;
  if (st == LUA_OK) st = pcall_placed(sb->L, 0, 0);
  sb->loading = 0;
  sb->armed = 0;
  return st == LUA_OK ? 0 : fail(sb, st, err);
}

int sandbox_call(Sandbox *sb, int nargs, int nres, Error *err) {
  if (sb->dead) {
    lua_pop(sb->L, nargs + 1);
    lua_pushnil(sb->L);
    return fail(sb, LUA_ERRRUN, err);
  }
  arm(sb, SANDBOX_CALL_BUDGET, SANDBOX_CALL_SECONDS, 1);
  long start = sb->budget;
  int st = pcall_placed(sb->L, nargs, nres);
  sb->armed = 0;
  sb->session_left -= start - (sb->budget > 0 ? sb->budget : 0);
  if (sb->call_start >= 0) sb->session_cpu += cpu_now() - sb->call_start;
  return st == LUA_OK ? 0 : fail(sb, st, err);
}

void sb_declaring(lua_State *L, const char *what) {
  if (!sandbox_of(L)->loading)
    sb_error(L, "%s { ... } declares part of the scenario: only while the file loads, not from a trigger", what);
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
  case F_INT: { /* an integer, or a float with a whole value in range (not inf, nan or 1e300, whose
                  * cast to an integer is undefined): what lua_tointegerx accepts */
    int whole = 0;
    if (lua_type(L, idx) == LUA_TNUMBER) lua_tointegerx(L, idx, &whole);
    return whole;
  }
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
    if (!type_ok(L, -1, f->type) && f->type == F_INT && lua_type(L, -1) == LUA_TNUMBER)
      sb_error(L, "%s field '%s' must be a whole number, not %s", what, k, lua_tostring(L, -1));
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
  sb_declaring(L, what);
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

char *sb_id(lua_State *L, const char *what) {
  lua_getfield(L, 1, "id");
  const char *s = lua_tostring(L, -1);
  sb_check_id(L, what, s ? s : "");
  char *id = xstrdup(s);
  lua_pop(L, 1);
  return id;
}

char *sb_str(lua_State *L, const char *name) {
  lua_getfield(L, 1, name);
  char *s = lua_type(L, -1) == LUA_TSTRING ? xstrdup(lua_tostring(L, -1)) : NULL;
  lua_pop(L, 1);
  return s;
}

long sb_int(lua_State *L, const char *name, long dflt) {
  lua_getfield(L, 1, name);
  int whole = 0;
  lua_Integer n = lua_type(L, -1) == LUA_TNUMBER ? lua_tointegerx(L, -1, &whole) : 0;
  long v = whole ? (long)n : dflt;
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
