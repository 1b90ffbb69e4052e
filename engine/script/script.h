/* script.h - the Lua 5.4 bridge: sandboxed loading of procedures and scenarios into the
 * plain structures of engine/procedure and engine/core, and scenario triggers during a
 * session.
 *
 * The sandbox (docs/sandbox.md; sandbox.h for the mechanics): text chunks only; base
 * (without dofile, loadfile, require, collectgarbage, print; `load` restricted to text),
 * table, string, math (math.random is the seeded generator), utf8 and coroutine; a memory
 * cap and a string length cap; an instruction budget on every call into a script, which
 * work inside library functions is charged to and which pcall cannot catch; no __gc;
 * declarations only while a file loads; strict globals. Every error a file can cause is one
 * line "FILE:LINE: message".
 */
#ifndef INCIDESK_SCRIPT_H
#define INCIDESK_SCRIPT_H

#include <stdint.h>

#include "procedure.h"
#include "sim.h"

typedef struct Script Script;

/* Loads and links a procedure. Caller frees with procedure_free; NULL with err on failure. */
Procedure *script_load_procedure(const char *path, Error *err);

/* Loads a scenario; seed drives any math.random the file calls while loading. The Script
 * keeps the Lua state alive for the scenario's `when` triggers. Caller frees with
 * script_free; NULL with err on failure. */
Script *script_load_scenario(const char *path, uint64_t seed, Error *err);
/* The scenario loaded; owned by the Script. */
const Scenario *script_scenario(const Script *s);
/* Checks the scenario's references to its own places and units, and the procedure's ids
 * its events and lines use. 0, or -1 with err at the line of the declaration at fault. */
int script_link_scenario(Script *s, const Procedure *p, Error *err);
/* Makes the sim call this script's triggers and math.random use the sim's generator: a new
 * session, whose triggers get the session's instruction and time budgets afresh. The Script
 * must outlive the Sim. */
void script_attach(Script *s, Sim *sim);
void script_free(Script *s);

/* The path of the procedure file for a scenario: PROCEDURE.lua in a `procedures` folder
 * beside the scenario, or beside its parent folder. Caller frees with free(); NULL if none
 * exists. */
char *script_find_procedure(const char *scenario_path, const char *procedure_id);

#endif
