/* cmd_criteria.h - the `criteria` command and what `check` shares with it. */
#ifndef INCIDESK_CMD_CRITERIA_H
#define INCIDESK_CMD_CRITERIA_H

#include "scenario.h"
#include "util.h"

extern const char usage_criteria[];
int cmd_criteria(int argc, char **argv);

/* Appends to out (once each) the criteria that the scored items of the scenario's expert
 * run (SCENARIO minus .lua, plus .expert.json) evidence. 0, or -1 with err. */
int criteria_evidenced(const char *scenario, StrList *out, Error *err);

/* Appends the .lua files under path, sorted (defined in main.c). 0, or -1 with err. */
int check_collect(const char *path, StrList *out, Error *err);

/* Prints check's findings ("FILE:LINE: message") as JSON for tools. */
/* check --json: the findings, and the planted mistakes of shifts (docs/shift.md), each a
 * "FILE:LINE: message" line. */
void check_print_json(const StrList *findings, const StrList *planted, size_t nproc, size_t nscen);

#endif
