/* session.h - loading a scenario with its procedure and playing an actions list through
 * the simulation: the wiring that `run`, `check` and later the desk share. */
#ifndef INCIDESK_SESSION_H
#define INCIDESK_SESSION_H

#include <stdio.h>

#include "record.h"
#include "score.h"
#include "script.h"

typedef struct Session {
  Script *script;
  Procedure *proc;
  Sim *sim;
  Score *score;
  ActionList actions;
  uint64_t seed;
} Session;

/* Loads SCENARIO (and its procedure: procedure_path, or found beside it). 0, or -1 with err. */
int session_load(Session *s, const char *scenario_path, const char *procedure_path, uint64_t seed, Error *err);
/* Reads and checks an actions file into s->actions. 0, or -1 with err. */
int session_read_actions(Session *s, const char *actions_path, Error *err);
/* Plays s->actions through a new simulation and scores it. 0, or -1 with err. */
int session_play(Session *s, Error *err);
void session_free(Session *s);

/* Prints the debrief: score, critical items first, then items by category. */
void session_print_debrief(const Session *s, FILE *out);

#endif
