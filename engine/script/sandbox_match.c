/* sandbox_match.c - string.find, string.match, string.gmatch and string.gsub for the
 * sandbox: Lua 5.4's pattern language (reference manual, section 6.4.1), matched by a
 * backtracking matcher of our own that spends the call's instruction budget as it goes.
 *
 * Lua's own matcher runs inside one C call, where the instruction hook never fires, and a
 * pattern such as ("a"):rep(5e4):find(".-.-.-.-b") backtracks for hours. Here every step
 * (an attempt at a position, a character tried by a repetition, a byte compared by a plain
 * search) costs one unit of the budget (sb_charge), so such a call ends with "instruction
 * budget exceeded" at the line that made it, like an endless loop. Results, captures and
 * error messages are those of Lua 5.4.
 */
#include <ctype.h>
#include <lauxlib.h>
#include <lualib.h>
#include <string.h>

#include "sandbox.h"

#define MATCH_MAXCAPTURES 32 /* LUA_MAXCAPTURES */
#define MATCH_MAXDEPTH 200   /* nested match() calls before "pattern too complex" */
#define CAP_UNFINISHED (-1)
#define CAP_POSITION (-2)
#define SPECIALS "^$*+?.([%-"

typedef struct Match {
  const char *src, *src_end; /* the subject */
  const char *p_end;         /* end of the pattern */
  lua_State *L;
  int depth; /* match() calls left before "pattern too complex" */
  int level; /* captures open or closed so far */
  struct {
    const char *init;
    ptrdiff_t len; /* or CAP_UNFINISHED, CAP_POSITION */
  } cap[MATCH_MAXCAPTURES];
} Match;

static const char *match(Match *m, const char *s, const char *p);

/* Lua's posrelatI: a 1-based position, negative from the end, clipped below to 1. */
static size_t pos_from(lua_Integer pos, size_t len) {
  if (pos > 0)
    return (size_t)pos;
  if (pos == 0 || pos < -(lua_Integer)len)
    return 1;
  return len - (size_t)(-(pos + 1)); /* pos = -1 is len, in unsigned steps that cannot overflow */
}

/* The end of the single-character class that starts at p. */
static const char *class_end(Match *m, const char *p) {
  char c = *p++;
  if (c == '%') {
    if (p >= m->p_end)
      luaL_error(m->L, "malformed pattern (ends with '%%')");
    return p + 1;
  }
  if (c == '[') {
    if (*p == '^')
      p++;
    do { /* the first character of a set is taken as it is, even ']' */
      if (p >= m->p_end)
        luaL_error(m->L, "malformed pattern (missing ']')");
      if (*(p++) == '%' && p < m->p_end)
        p++;
    } while (*p != ']');
    return p + 1;
  }
  return p;
}

/* c in the class %cl (%a, %d, ...; upper case is the complement; others stand for
 * themselves). */
static int in_class(int c, int cl) {
  int r;
  switch (tolower(cl)) {
  case 'a': r = isalpha(c); break;
  case 'c': r = iscntrl(c); break;
  case 'd': r = isdigit(c); break;
  case 'g': r = isgraph(c); break;
  case 'l': r = islower(c); break;
  case 'p': r = ispunct(c); break;
  case 's': r = isspace(c); break;
  case 'u': r = isupper(c); break;
  case 'w': r = isalnum(c); break;
  case 'x': r = isxdigit(c); break;
  default: return cl == c;
  }
  return isupper(cl) ? !r : r != 0;
}

/* c in the set [ ... ] from p (at '[') to ec (at ']'). */
static int in_set(int c, const char *p, const char *ec) {
  int yes = 1;
  if (p[1] == '^') {
    yes = 0;
    p++;
  }
  while (++p < ec) {
    if (*p == '%') {
      p++;
      if (in_class(c, (unsigned char)*p))
        return yes;
    } else if (p[1] == '-' && p + 2 < ec) {
      p += 2;
      if ((unsigned char)p[-2] <= c && c <= (unsigned char)*p)
        return yes;
    } else if ((unsigned char)*p == c) {
      return yes;
    }
  }
  return !yes;
}

/* Whether the character at s matches the class from p to ep. */
static int single(Match *m, const char *s, const char *p, const char *ep) {
  if (s >= m->src_end)
    return 0;
  int c = (unsigned char)*s;
  switch (*p) {
  case '.': return 1;
  case '%': return in_class(c, (unsigned char)p[1]);
  case '[': return in_set(c, p, ep - 1);
  default: return (unsigned char)*p == c;
  }
}

static const char *balance(Match *m, const char *s, const char *p) {
  if (p + 1 >= m->p_end)
    luaL_error(m->L, "malformed pattern (missing arguments to '%%b')");
  if (s >= m->src_end || *s != *p)
    return NULL;
  char open = p[0], close = p[1];
  int depth = 1;
  while (++s < m->src_end) {
    sb_charge(m->L, 1);
    if (*s == close) {
      if (--depth == 0)
        return s + 1;
    } else if (*s == open) {
      depth++;
    }
  }
  return NULL;
}

/* Greedy repetition (* and +): as many as match, then back off one at a time. */
static const char *max_expand(Match *m, const char *s, const char *p, const char *ep) {
  ptrdiff_t i = 0;
  while (single(m, s + i, p, ep)) {
    sb_charge(m->L, 1);
    i++;
  }
  for (; i >= 0; i--) {
    const char *r = match(m, s + i, ep + 1);
    if (r)
      return r;
  }
  return NULL;
}

/* Lazy repetition (-): as few as let the rest match. */
static const char *min_expand(Match *m, const char *s, const char *p, const char *ep) {
  for (;;) {
    const char *r = match(m, s, ep + 1);
    if (r)
      return r;
    if (!single(m, s, p, ep))
      return NULL;
    s++;
  }
}

static const char *open_capture(Match *m, const char *s, const char *p, ptrdiff_t what) {
  if (m->level >= MATCH_MAXCAPTURES)
    luaL_error(m->L, "too many captures");
  m->cap[m->level].init = s;
  m->cap[m->level].len = what;
  m->level++;
  const char *r = match(m, s, p);
  if (!r)
    m->level--;
  return r;
}

static const char *close_capture(Match *m, const char *s, const char *p) {
  int l = m->level - 1;
  while (l >= 0 && m->cap[l].len != CAP_UNFINISHED)
    l--;
  if (l < 0)
    luaL_error(m->L, "invalid pattern capture");
  m->cap[l].len = s - m->cap[l].init;
  const char *r = match(m, s, p);
  if (!r)
    m->cap[l].len = CAP_UNFINISHED;
  return r;
}

/* %1 .. %9: the text of an earlier capture again. */
static const char *back_reference(Match *m, const char *s, int digit) {
  int l = digit - '1';
  if (l < 0 || l >= m->level || m->cap[l].len == CAP_UNFINISHED)
    luaL_error(m->L, "invalid capture index %%%d", l + 1);
  ptrdiff_t len = m->cap[l].len;
  if (len < 0 || m->src_end - s < len)
    return NULL;
  sb_charge(m->L, len / 16);
  return memcmp(m->cap[l].init, s, (size_t)len) == 0 ? s + len : NULL;
}

/* %f[set]: a frontier, where the previous character is not in the set and this one is. */
static const char *frontier(Match *m, const char *s, const char *p) {
  if (*p != '[')
    luaL_error(m->L, "missing '[' after '%%f' in pattern");
  const char *ep = class_end(m, p);
  int prev = s == m->src ? 0 : (unsigned char)s[-1];
  int cur = s < m->src_end ? (unsigned char)*s : 0;
  return !in_set(prev, p, ep - 1) && in_set(cur, p, ep - 1) ? ep : NULL;
}

/* The end of the match of pattern p at s, or NULL. */
static const char *match(Match *m, const char *s, const char *p) {
  if (m->depth-- == 0)
    luaL_error(m->L, "pattern too complex");
  sb_charge(m->L, 1);
  while (s && p < m->p_end) {
    if (*p == '(') {
      s = p[1] == ')' ? open_capture(m, s, p + 2, CAP_POSITION) : open_capture(m, s, p + 1, CAP_UNFINISHED);
      break;
    }
    if (*p == ')') {
      s = close_capture(m, s, p + 1);
      break;
    }
    if (*p == '$' && p + 1 == m->p_end) {
      s = s == m->src_end ? s : NULL;
      break;
    }
    if (*p == '%' && p[1] == 'b') {
      s = balance(m, s, p + 2);
      p += 4;
      continue;
    }
    if (*p == '%' && p[1] == 'f') {
      const char *ep = frontier(m, s, p + 2);
      if (!ep)
        s = NULL;
      p = ep;
      continue;
    }
    if (*p == '%' && isdigit((unsigned char)p[1])) {
      s = back_reference(m, s, p[1]);
      p += 2;
      continue;
    }
    const char *ep = class_end(m, p);
    char q = ep < m->p_end ? *ep : 0;
    if (!single(m, s, p, ep)) {
      if (q == '*' || q == '?' || q == '-')
        p = ep + 1; /* none is allowed */
      else
        s = NULL;
      continue;
    }
    if (q == '?') {
      const char *r = match(m, s + 1, ep + 1);
      if (r) {
        s = r;
        break;
      }
      p = ep + 1;
    } else if (q == '+') {
      s = max_expand(m, s + 1, p, ep);
      break;
    } else if (q == '*') {
      s = max_expand(m, s, p, ep);
      break;
    } else if (q == '-') {
      s = min_expand(m, s, p, ep);
      break;
    } else {
      s++;
      p = ep;
    }
  }
  m->depth++;
  return s;
}

static void match_init(Match *m, lua_State *L, const char *s, size_t ls, const char *p, size_t lp) {
  m->L = L;
  m->src = s;
  m->src_end = s + ls;
  m->p_end = p + lp;
  m->depth = MATCH_MAXDEPTH;
  m->level = 0;
}

/* Pushes capture i of the match s..e (the whole match for i = 0 when there are none). */
static void push_capture(Match *m, int i, const char *s, const char *e) {
  if (i >= m->level) {
    if (i != 0)
      luaL_error(m->L, "invalid capture index %%%d", i + 1);
    lua_pushlstring(m->L, s, (size_t)(e - s));
    return;
  }
  ptrdiff_t len = m->cap[i].len;
  if (len == CAP_UNFINISHED)
    luaL_error(m->L, "unfinished capture");
  if (len == CAP_POSITION)
    lua_pushinteger(m->L, (lua_Integer)(m->cap[i].init - m->src) + 1);
  else
    lua_pushlstring(m->L, m->cap[i].init, (size_t)len);
}

/* Pushes every capture (or the whole match, if s is set and there are none); their count. */
static int push_captures(Match *m, const char *s, const char *e) {
  int n = m->level == 0 && s ? 1 : m->level;
  luaL_checkstack(m->L, n, "too many captures");
  for (int i = 0; i < n; i++)
    push_capture(m, i, s, e);
  return n;
}

/* A plain search for p in s, a byte comparison charged at a time. */
static const char *find_plain(lua_State *L, const char *s, size_t ls, const char *p, size_t lp) {
  if (lp == 0)
    return s;
  if (lp > ls)
    return NULL;
  for (const char *at = s, *last = s + (ls - lp); at <= last; at++) {
    sb_charge(L, 1 + (long)(lp / 16));
    at = memchr(at, *p, (size_t)(last - at) + 1);
    if (!at)
      return NULL;
    if (memcmp(at + 1, p + 1, lp - 1) == 0)
      return at;
  }
  return NULL;
}

static int no_specials(const char *p, size_t lp) {
  for (size_t i = 0; i < lp; i++)
    if (p[i] && strchr(SPECIALS, p[i]))
      return 0;
  return 1;
}

static int find_or_match(lua_State *L, int find) {
  size_t ls, lp;
  const char *s = luaL_checklstring(L, 1, &ls), *p = luaL_checklstring(L, 2, &lp);
  size_t init = pos_from(luaL_optinteger(L, 3, 1), ls) - 1;
  if (init > ls) {
    luaL_pushfail(L);
    return 1;
  }
  if (find && (lua_toboolean(L, 4) || no_specials(p, lp))) {
    const char *at = find_plain(L, s + init, ls - init, p, lp);
    if (at) {
      lua_pushinteger(L, (lua_Integer)(at - s) + 1);
      lua_pushinteger(L, (lua_Integer)(at - s) + (lua_Integer)lp);
      return 2;
    }
    luaL_pushfail(L);
    return 1;
  }
  int anchor = lp > 0 && *p == '^';
  if (anchor)
    p++, lp--;
  Match m;
  match_init(&m, L, s, ls, p, lp);
  const char *s1 = s + init;
  do {
    m.level = 0;
    m.depth = MATCH_MAXDEPTH;
    const char *e = match(&m, s1, p);
    if (e) {
      if (!find)
        return push_captures(&m, s1, e);
      lua_pushinteger(L, (lua_Integer)(s1 - s) + 1);
      lua_pushinteger(L, (lua_Integer)(e - s));
      return push_captures(&m, NULL, NULL) + 2;
    }
  } while (s1++ < m.src_end && !anchor);
  luaL_pushfail(L);
  return 1;
}

static int sb_find(lua_State *L) { return find_or_match(L, 1); }
static int sb_match(lua_State *L) { return find_or_match(L, 0); }

/* gmatch's iterator: upvalues are the subject, the pattern and a userdata with where the
 * next search starts and where the last match ended. */
typedef struct GmatchState {
  size_t next;     /* offset the next search starts at */
  ptrdiff_t last;  /* offset the last match ended at, or -1 */
} GmatchState;

static int gmatch_step(lua_State *L) {
  size_t ls, lp;
  const char *s = lua_tolstring(L, lua_upvalueindex(1), &ls);
  const char *p = lua_tolstring(L, lua_upvalueindex(2), &lp);
  GmatchState *g = lua_touserdata(L, lua_upvalueindex(3));
  Match m;
  match_init(&m, L, s, ls, p, lp);
  for (const char *src = s + g->next; src <= m.src_end; src++) {
    m.level = 0;
    m.depth = MATCH_MAXDEPTH;
    const char *e = match(&m, src, p);
    if (e && e - s != g->last) {
      g->next = (size_t)(e - s);
      g->last = e - s;
      return push_captures(&m, src, e);
    }
  }
  return 0;
}

static int sb_gmatch(lua_State *L) {
  size_t ls;
  luaL_checklstring(L, 1, &ls);
  luaL_checkstring(L, 2);
  size_t init = pos_from(luaL_optinteger(L, 3, 1), ls) - 1;
  lua_settop(L, 2);
  GmatchState *g = lua_newuserdatauv(L, sizeof *g, 0);
  g->next = init > ls ? ls + 1 : init;
  g->last = -1;
  lua_pushcclosure(L, gmatch_step, 3);
  return 1;
}

/* gsub's replacement string: %0 the match, %1-%9 a capture, %% a percent sign. */
static void add_replacement(Match *m, luaL_Buffer *b, const char *s, const char *e) {
  size_t l;
  const char *r = lua_tolstring(m->L, 3, &l), *end = r + l;
  while (r < end) {
    const char *pc = memchr(r, '%', (size_t)(end - r));
    if (!pc) {
      luaL_addlstring(b, r, (size_t)(end - r));
      break;
    }
    luaL_addlstring(b, r, (size_t)(pc - r));
    r = pc + 1;
    if (r < end && *r == '%') {
      luaL_addchar(b, '%');
    } else if (r < end && *r == '0') {
      luaL_addlstring(b, s, (size_t)(e - s));
    } else if (r < end && isdigit((unsigned char)*r)) {
      push_capture(m, *r - '1', s, e);
      luaL_tolstring(m->L, -1, NULL);
      lua_remove(m->L, -2);
      luaL_addvalue(b);
    } else {
      luaL_error(m->L, "invalid use of '%%' in replacement string");
    }
    r++;
  }
}

/* Adds the replacement of the match s..e; 1 if it changed the text. */
static int add_value(Match *m, luaL_Buffer *b, const char *s, const char *e, int tr) {
  lua_State *L = m->L;
  if (tr == LUA_TFUNCTION) {
    lua_pushvalue(L, 3);
    int n = push_captures(m, s, e);
    lua_call(L, n, 1);
  } else if (tr == LUA_TTABLE) {
    push_capture(m, 0, s, e);
    lua_gettable(L, 3);
  } else {
    add_replacement(m, b, s, e);
    return 1;
  }
  if (!lua_toboolean(L, -1)) {
    lua_pop(L, 1);
    luaL_addlstring(b, s, (size_t)(e - s));
    return 0;
  }
  if (!lua_isstring(L, -1))
    return luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
  luaL_addvalue(b);
  return 1;
}

static int sb_gsub(lua_State *L) {
  size_t ls, lp;
  const char *src = luaL_checklstring(L, 1, &ls), *p = luaL_checklstring(L, 2, &lp);
  const char *lastmatch = NULL;
  int tr = lua_type(L, 3);
  lua_Integer max = luaL_optinteger(L, 4, (lua_Integer)ls + 1), n = 0;
  int anchor = lp > 0 && *p == '^', changed = 0;
  luaL_argexpected(L, tr == LUA_TNUMBER || tr == LUA_TSTRING || tr == LUA_TFUNCTION || tr == LUA_TTABLE, 3,
                   "string/function/table");
  if (anchor)
    p++, lp--;
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  Match m;
  match_init(&m, L, src, ls, p, lp);
  while (n < max) {
    m.level = 0;
    m.depth = MATCH_MAXDEPTH;
    const char *e = match(&m, src, p);
    if (e && e != lastmatch) {
      n++;
      changed |= add_value(&m, &b, src, e, tr);
      src = lastmatch = e;
    } else if (src < m.src_end) {
      luaL_addchar(&b, *src++);
    } else {
      break;
    }
    if (anchor)
      break;
  }
  if (!changed) {
    lua_pushvalue(L, 1);
  } else {
    luaL_addlstring(&b, src, (size_t)(m.src_end - src));
    luaL_pushresult(&b);
  }
  lua_pushinteger(L, n);
  return 2;
}

void sandbox_open_match(lua_State *L) {
  static const luaL_Reg fns[] = {
      {"find", sb_find}, {"match", sb_match}, {"gmatch", sb_gmatch}, {"gsub", sb_gsub}, {NULL, NULL}};
  lua_getglobal(L, LUA_STRLIBNAME);
  luaL_setfuncs(L, fns, 0);
  lua_pop(L, 1);
}
