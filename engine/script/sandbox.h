/* sandbox.h - internal to engine/script: the Lua state, its limits and field checking. */
#ifndef INCIDESK_SANDBOX_H
#define INCIDESK_SANDBOX_H

#include <lua.h>
#include <stddef.h>
#include <stdint.h>

#include "rng.h"
#include "scenario.h"
#include "util.h"

/* The limits (docs/sandbox.md says how each is enforced). The budget counts VM
 * instructions; work done inside a C function (pattern matching, moving table elements,
 * scanning a string) and bytes allocated are charged to it at a rate (sb_charge), so that
 * it bounds what the instruction hook alone never sees. The CPU-time limits are a backstop
 * for the little that no count sees (comparing two long strings); a script within its
 * budget never comes near them. The fuzz build (INCIDESK_FUZZ) defines smaller memory and
 * instruction budgets, so that the many inputs that run them out do not slow fuzzing. */
#ifndef SANDBOX_MEMORY_LIMIT
#define SANDBOX_MEMORY_LIMIT (64u * 1024u * 1024u) /* bytes per Lua state */
#endif
#define SANDBOX_STRING_LIMIT (1u * 1024u * 1024u)  /* bytes in one Lua string */
#ifndef SANDBOX_LOAD_BUDGET
#define SANDBOX_LOAD_BUDGET 20000000L             /* instructions to run a whole file */
#define SANDBOX_CALL_BUDGET 200000L               /* instructions per trigger call */
#define SANDBOX_SESSION_BUDGET 50000000L          /* instructions of all trigger calls */
#endif
#define SANDBOX_FILE_LIMIT (4u * 1024u * 1024u)   /* bytes of Lua source */
#define SANDBOX_ALLOC_UNIT 16                     /* bytes allocated that cost 1 instruction */
#define SANDBOX_LOAD_SECONDS 4.0                  /* CPU time to load a file */
#define SANDBOX_CALL_SECONDS 0.5                  /* CPU time per trigger call */
#define SANDBOX_SESSION_SECONDS 4.0               /* CPU time of all trigger calls */

typedef struct Sandbox {
  lua_State *L;
  char *path;        /* the file, as errors name it */
  size_t used;       /* bytes allocated by Lua */
  long budget;       /* instructions left in the current call */
  long session_left; /* instructions left for trigger calls */
  double deadline;   /* CPU time (s) the current call must end by */
  double call_start; /* CPU time (s) of its first clock reading, or -1 */
  double session_cpu; /* CPU time trigger calls have used */
  int armed;         /* a call into the script is running: charges count */
  int loading;       /* the file is loading: declarations are allowed */
  int capped;        /* the current call's limits are what the session had left */
  int refused;       /* why the allocator last refused: 0, 1 memory, 2 string length */
  int dead;          /* a budget or time limit ran out: nothing more runs */
  int dead_line;     /* the line running when it did */
  char dead_msg[160];
  unsigned ticks;    /* hook calls, to read the clock every so often */
  int last_line;     /* last line the hook saw running, for errors without one */
  Rng *rng;          /* math.random's generator */
  Rng load_rng;
  uint64_t seed;     /* the session seed */
  void *owner;       /* the loader or Script that constructors reach through */
} Sandbox;

/* A new sandboxed state; constructors are added by the caller. NULL only if Lua cannot
 * allocate its first bytes. Caller frees with sandbox_close. */
Sandbox *sandbox_open(const char *path, uint64_t seed);
void sandbox_close(Sandbox *sb);

/* Loads the file as a text chunk and runs it under the load budget; *sha256 gets the hex
 * digest of the bytes that ran (caller frees, set even on a Lua error). 0, or -1 with err. */
int sandbox_run_file(Sandbox *sb, char **sha256, Error *err);
/* Calls the function below nargs arguments on the stack with the call budget; leaves nres
 * results. 0, or -1 with err. */
int sandbox_call(Sandbox *sb, int nargs, int nres, Error *err);

/* The sandbox a constructor runs in (stored in the registry). */
Sandbox *sandbox_of(lua_State *L);

/* Spends n instructions' worth of the running call's budget on work done in C; raises
 * "instruction budget exceeded" (which nothing in the script can catch) when it runs out.
 * Does nothing outside a call into the script. */
void sb_charge(lua_State *L, long n);
/* 1 once a budget or time limit has run out (pcall and the like re-raise then). */
int sb_dead(lua_State *L);
/* The wrapped and replaced library functions (sandbox_lib.c, sandbox_match.c). */
void sandbox_open_lib(lua_State *L);
void sandbox_open_match(lua_State *L);
/* Raises an error unless the file is still loading: declarations made later, from a
 * trigger, would change the scenario under a running session. */
void sb_declaring(lua_State *L, const char *what);

/* Field checking for constructors `NAME { ... }`. */
typedef enum FieldType { F_STR, F_INT, F_NUM, F_BOOL, F_LIST, F_MAP, F_FUNC, F_TABLE } FieldType;
typedef struct FieldSpec {
  const char *name;
  FieldType type;
  int required;
} FieldSpec;

/* Raises a Lua error "FILE:LINE: what: message" at the line of the constructor call. */
int sb_error(lua_State *L, const char *fmt, ...);
/* Checks that argument 1 is a table whose fields are all in spec, with the right types,
 * and that required fields are there; raises an error otherwise (with a did-you-mean). */
void sb_check_fields(lua_State *L, const char *what, const FieldSpec *spec);
/* The same for the table at absolute index t. */
void sb_check_fields_at(lua_State *L, int t, const char *what, const FieldSpec *spec);
/* The line of the constructor call. */
int sb_line(lua_State *L);

/* Getters on the table at index 1; each copies (caller owns) and assumes sb_check_fields. */
char *sb_str(lua_State *L, const char *name);
long sb_int(lua_State *L, const char *name, long dflt);
double sb_num(lua_State *L, const char *name, double dflt);
int sb_bool(lua_State *L, const char *name);
/* A list of strings (ids are checked to be identifiers when ids is set). */
void sb_list(lua_State *L, int tindex, const char *name, StrList *out, int ids);
/* A map of string keys to strings or numbers, kept sorted. */
void sb_map(lua_State *L, int tindex, const char *name, KVList *out);
/* Raises an error unless s is an identifier (letters, digits, _ - .). */
void sb_check_id(lua_State *L, const char *what, const char *s);
/* The field `id` of the table at index 1, checked to be an identifier before it is copied
 * (so that an error leaks nothing). Caller owns the copy. */
char *sb_id(lua_State *L, const char *what);

#endif
