/* shift_results.h - what a shift's results show (docs/shift.md): each incident against the
 * procedure, the colleagues' planted mistakes, and the problems by area. Read by the shift's
 * checks, the desk's end-of-shift review and `check`. */
#ifndef INCIDESK_SHIFT_RESULTS_H
#define INCIDESK_SHIFT_RESULTS_H

#include "procedure.h"
#include "sim.h"

/* A decision of a colleague that differs from what the procedure gives on the truth. */
typedef struct ShiftMistake {
  size_t incident;
  const char *decision; /* "priority", "code", "question", "advice", "escalation" */
  const char *area;     /* the area of the results it counts in */
  char *did, *right;    /* what the colleague did; the correction's value */
} ShiftMistake;

typedef struct ShiftIncidentResult {
  const Outcome *outcome;  /* the truth's outcome, or NULL if the tree gives none */
  const char *escalate_to; /* the level the procedure's rules want, or NULL */
  StrList path;            /* the questions on the truth's path (key ones: those whose facts the tree tests there) */
  int target_s;            /* the priority's dispatch target, 0 if none */
  int64_t referred_ms, first_dispatch_ms; /* -1 if not (yet) */
  int late;                /* needs units, and none was sent within the target */
  int mistakes;            /* planted mistakes in it */
} ShiftIncidentResult;

typedef struct ShiftResults {
  ShiftIncidentResult *incidents;
  size_t nincidents;
  ShiftMistake *mistakes;
  size_t nmistakes;
  int area[6]; /* problems by area, in the order of shift_areas */
  int complaints, queries, abandoned, corrected, reviewed;
} ShiftResults;

/* The results of a shift so far. Caller frees with shift_results_free. */
ShiftResults *shift_results(const Procedure *p, const Sim *sim);
void shift_results_free(ShiftResults *r);
/* 1 if the results show an area: two or more problems in it. */
int shift_area_shows(const ShiftResults *r, const char *area);

#endif
