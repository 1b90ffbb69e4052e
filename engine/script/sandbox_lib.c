/* sandbox_lib.c - the library functions the sandbox replaces or wraps, so that nothing a
 * script calls can get round its limits (docs/sandbox.md):
 *   - pcall, xpcall, coroutine.resume and coroutine.close cannot catch running out of a
 *     budget: once a limit has run out they raise the error again;
 *   - setmetatable refuses a __gc metamethod (a finalizer would run whenever the collector
 *     chose, outside any budget);
 *   - load compiles text only, under the name "=(load)", charging the budget by size;
 *   - table.insert, table.remove, table.move, table.concat and table.unpack are our own,
 *     charging each element they touch (Lua's loop inside one C call over a length that
 *     __len may make as large as it likes); table.sort is charged n log n up front;
 *   - string.rep and table.concat refuse a result longer than SANDBOX_STRING_LIMIT;
 *   - every other string and utf8 function, and tonumber, is charged by the length of the
 *     strings it is given before it runs (a scan inside one C call: utf8.len, string.byte,
 *     string.packsize ...).
 * Pattern matching (find, match, gmatch, gsub) is sandbox_match.c. */
#include <limits.h>
#include <lauxlib.h>
#include <lualib.h>
#include <math.h>
#include <string.h>

#include "sandbox.h"

/* ---- protected calls that cannot catch running out ---- */

static int finish_pcall(lua_State *L, int status, lua_KContext extra) {
  if (sb_dead(L))
    return lua_error(L); /* the error object is on top */
  if (status != LUA_OK && status != LUA_YIELD) {
    lua_pushboolean(L, 0);
    lua_pushvalue(L, -2);
    return 2;
  }
  return lua_gettop(L) - (int)extra;
}

static int sb_pcall(lua_State *L) {
  luaL_checkany(L, 1);
  lua_pushboolean(L, 1); /* the first result if there is no error */
  lua_insert(L, 1);
  int status = lua_pcallk(L, lua_gettop(L) - 2, LUA_MULTRET, 0, 0, finish_pcall);
  return finish_pcall(L, status, 0);
}

static int sb_xpcall(lua_State *L) {
  int n = lua_gettop(L);
  luaL_checktype(L, 2, LUA_TFUNCTION);
  lua_pushboolean(L, 1);
  lua_pushvalue(L, 1);
  lua_rotate(L, 3, 2); /* function, handler, true, function, arguments... */
  int status = lua_pcallk(L, n - 2, LUA_MULTRET, 2, 2, finish_pcall);
  return finish_pcall(L, status, 2);
}

/* Calls upvalue 1 with the arguments; raises again if a limit ran out meanwhile (for
 * functions that return an error as results: coroutine.resume, coroutine.close). */
static int checked(lua_State *L) {
  int n = lua_gettop(L);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, n, LUA_MULTRET);
  if (sb_dead(L))
    return lua_error(L);
  return lua_gettop(L);
}

/* ---- metatables, load ---- */

static int sb_setmetatable(lua_State *L) {
  if (lua_type(L, 2) == LUA_TTABLE) {
    lua_pushliteral(L, "__gc");
    if (lua_rawget(L, 2) != LUA_TNIL)
      return luaL_error(L, "__gc metamethods are not allowed (a finalizer would run outside the budget)");
    lua_pop(L, 1);
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

/* load(text [, name [, mode [, env]]]): text chunks only, never a reader function; the name
 * is always "=(load)" (so a chunk cannot pass for the file in error messages) and the mode
 * always "t"; compiling is charged by the text's size. */
static int sb_load(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  sb_charge(L, 1000 + (long)(n / 4));
  if (luaL_loadbufferx(L, s, n, "=(load)", "t") != LUA_OK) {
    if (sb_dead(L))
      return lua_error(L);
    lua_pushnil(L);
    lua_insert(L, -2);
    return 2;
  }
  if (!lua_isnoneornil(L, 4)) {
    lua_pushvalue(L, 4);
    if (!lua_setupvalue(L, -2, 1))
      lua_pop(L, 1);
  }
  return 1;
}

/* ---- table functions that charge each element ---- */

/* The length of table argument 1 (its __len if it has one). */
static lua_Integer table_len(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  return luaL_len(L, 1);
}

static int sb_insert(lua_State *L) {
  lua_Integer e = luaL_intop(+, table_len(L), 1), pos = e;
  if (lua_gettop(L) == 3) {
    pos = luaL_checkinteger(L, 2);
    luaL_argcheck(L, (lua_Unsigned)pos - 1u < (lua_Unsigned)e, 2, "position out of bounds");
    sb_charge(L, (long)(e - pos));
    for (lua_Integer i = e; i > pos; i--) {
      lua_geti(L, 1, i - 1);
      lua_seti(L, 1, i);
    }
  } else if (lua_gettop(L) != 2) {
    return luaL_error(L, "wrong number of arguments to 'insert'");
  }
  lua_seti(L, 1, pos);
  return 0;
}

static int sb_remove(lua_State *L) {
  lua_Integer size = table_len(L), pos = luaL_optinteger(L, 2, size);
  if (pos != size)
    luaL_argcheck(L, (lua_Unsigned)pos - 1u <= (lua_Unsigned)size, 2, "position out of bounds");
  if (pos < size)
    sb_charge(L, (long)(size - pos));
  lua_geti(L, 1, pos);
  for (; pos < size; pos++) {
    lua_geti(L, 1, pos + 1);
    lua_seti(L, 1, pos);
  }
  lua_pushnil(L);
  lua_seti(L, 1, pos);
  return 1;
}

static int sb_move(lua_State *L) {
  lua_Integer f = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3), t = luaL_checkinteger(L, 4);
  int tt = lua_isnoneornil(L, 5) ? 1 : 5;
  luaL_checktype(L, 1, LUA_TTABLE);
  luaL_checktype(L, tt, LUA_TTABLE);
  if (e >= f) {
    luaL_argcheck(L, f > 0 || e < LUA_MAXINTEGER + f, 3, "too many elements to move");
    lua_Integer n = e - f + 1;
    luaL_argcheck(L, t <= LUA_MAXINTEGER - n + 1, 4, "destination wrap around");
    sb_charge(L, n > LONG_MAX / 2 ? LONG_MAX / 2 : (long)n);
    int forward = t > e || t <= f || (tt != 1 && !lua_compare(L, 1, tt, LUA_OPEQ));
    for (lua_Integer k = 0; k < n; k++) {
      lua_Integer i = forward ? k : n - 1 - k;
      lua_geti(L, 1, f + i);
      lua_seti(L, tt, t + i);
    }
  }
  lua_pushvalue(L, tt);
  return 1;
}

static int sb_concat(lua_State *L) {
  lua_Integer last = table_len(L);
  size_t lsep;
  const char *sep = luaL_optlstring(L, 2, "", &lsep);
  lua_Integer i = luaL_optinteger(L, 3, 1);
  last = luaL_optinteger(L, 4, last);
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  for (; i <= last; i++) {
    sb_charge(L, 1);
    lua_geti(L, 1, i);
    if (!lua_isstring(L, -1))
      return luaL_error(L, "invalid value (at index %I) in table for 'concat'", (LUAI_UACINT)i);
    luaL_addvalue(&b);
    if (i < last)
      luaL_addlstring(&b, sep, lsep);
    if (luaL_bufflen(&b) > SANDBOX_STRING_LIMIT)
      return luaL_error(L, "table.concat: the result would be longer than %d MB (the sandbox's string limit)",
                        (int)(SANDBOX_STRING_LIMIT >> 20));
    if (i == LUA_MAXINTEGER)
      break;
  }
  luaL_pushresult(&b);
  return 1;
}

static int sb_unpack(lua_State *L) {
  lua_Integer i = luaL_optinteger(L, 2, 1);
  lua_Integer e = lua_isnoneornil(L, 3) ? luaL_len(L, 1) : luaL_checkinteger(L, 3);
  if (i > e)
    return 0;
  lua_Unsigned n = (lua_Unsigned)e - (lua_Unsigned)i;
  if (n >= (unsigned int)INT_MAX || !lua_checkstack(L, (int)(++n)))
    return luaL_error(L, "too many results to unpack");
  sb_charge(L, (long)n);
  for (; i < e; i++)
    lua_geti(L, 1, i);
  lua_geti(L, 1, e);
  return (int)n;
}

/* table.sort: n log n comparisons of the elements in the table itself (more come only from
 * __index and __lt functions, which run on the instruction budget). */
static int sb_sort(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_Unsigned n = lua_rawlen(L, 1);
  sb_charge(L, n < 2 ? 1 : (long)((double)n * log2((double)n)));
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 0);
  return 0;
}

/* ---- string functions: results capped, scans charged ---- */

static int sb_rep(lua_State *L) {
  size_t l, lsep;
  luaL_checklstring(L, 1, &l);
  lua_Integer n = luaL_checkinteger(L, 2);
  luaL_optlstring(L, 3, "", &lsep);
  if (n > 0 && l + lsep > 0 && (lua_Unsigned)n > (SANDBOX_STRING_LIMIT + lsep) / (l + lsep))
    return luaL_error(L, "string.rep: the result would be longer than %d MB (the sandbox's string limit)",
                      (int)(SANDBOX_STRING_LIMIT >> 20));
  sb_charge(L, n > 0 ? (long)(((lua_Unsigned)n * (l + lsep)) / SANDBOX_ALLOC_UNIT) : 0);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

/* Charges the length of every string argument (upvalue 2: bytes per instruction), then
 * calls upvalue 1. */
static int charged(lua_State *L) {
  int n = lua_gettop(L);
  size_t bytes = 0;
  for (int i = 1; i <= n; i++)
    if (lua_type(L, i) == LUA_TSTRING)
      bytes += lua_rawlen(L, i);
  sb_charge(L, 1 + (long)(bytes / (size_t)lua_tointeger(L, lua_upvalueindex(2))));
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, n, LUA_MULTRET);
  return lua_gettop(L);
}

/* Wraps every function of the table on top (but those named in skip) in `charged`:
 * parsing a format costs an instruction a byte, scanning a string one for four. */
static void charge_all(lua_State *L, const char *const *skip) {
  static const char *const formats[] = {"format", "pack", "unpack", "packsize", NULL};
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    int wrap = lua_type(L, -1) == LUA_TFUNCTION && lua_type(L, -2) == LUA_TSTRING, rate = 4;
    for (const char *const *s = skip; wrap && *s; s++)
      wrap = strcmp(lua_tostring(L, -2), *s) != 0;
    for (const char *const *s = formats; wrap && *s; s++)
      if (strcmp(lua_tostring(L, -2), *s) == 0)
        rate = 1;
    if (wrap) {
      lua_pushinteger(L, rate);
      lua_pushcclosure(L, charged, 2);
      lua_pushvalue(L, -2);
      lua_insert(L, -2);
      lua_rawset(L, -4); /* t[key] = closure; key stays for lua_next */
    } else {
      lua_pop(L, 1);
    }
  }
}

/* Replaces t[name] (t on top) by fn with the old value as its upvalue. */
static void wrap_field(lua_State *L, const char *name, lua_CFunction fn) {
  lua_getfield(L, -1, name);
  lua_pushinteger(L, 4); /* charged's rate */
  lua_pushcclosure(L, fn, 2);
  lua_setfield(L, -2, name);
}

void sandbox_open_lib(lua_State *L) {
  lua_pushglobaltable(L);
  lua_pushcfunction(L, sb_pcall);
  lua_setfield(L, -2, "pcall");
  lua_pushcfunction(L, sb_xpcall);
  lua_setfield(L, -2, "xpcall");
  lua_pushcfunction(L, sb_load);
  lua_setfield(L, -2, "load");
  wrap_field(L, "setmetatable", sb_setmetatable);
  wrap_field(L, "tonumber", charged);
  lua_pop(L, 1);

  lua_getglobal(L, LUA_COLIBNAME);
  wrap_field(L, "resume", checked);
  wrap_field(L, "close", checked);
  lua_pop(L, 1);

  static const luaL_Reg table_fns[] = {{"insert", sb_insert}, {"remove", sb_remove}, {"move", sb_move},
                                       {"concat", sb_concat}, {"unpack", sb_unpack}, {NULL, NULL}};
  lua_getglobal(L, LUA_TABLIBNAME);
  luaL_setfuncs(L, table_fns, 0);
  wrap_field(L, "sort", sb_sort);
  lua_pop(L, 1);

  /* len and sub do no more than their result, which the allocator charges */
  static const char *const own[] = {"find", "match", "gmatch", "gsub", "rep", "len", "sub", NULL};
  lua_getglobal(L, LUA_STRLIBNAME);
  charge_all(L, own);
  wrap_field(L, "rep", sb_rep);
  lua_pop(L, 1);
  static const char *const none[] = {NULL};
  lua_getglobal(L, LUA_UTF8LIBNAME);
  charge_all(L, none);
  lua_pop(L, 1);
}
