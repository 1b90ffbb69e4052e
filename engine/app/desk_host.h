/* desk_host.h - the desk's host: the Lua and JSON work the desk may not do itself (loading
 * scenarios and procedures, reading actions files, reading saved records and assignments,
 * writing records), behind the DeskHost callbacks of desk.h. */
#ifndef INCIDESK_DESK_HOST_H
#define INCIDESK_DESK_HOST_H

#include "desk.h"

typedef struct DeskHostOptions {
  const char *scenarios; /* folder the menu lists (its .lua files; procedures/ left out) */
  const char *records;   /* folder records are saved to and best scores read from */
  const char *out;       /* if not NULL, the one path every record is written to */
  const char *procedure; /* procedure file for every scenario, or NULL to find it */
} DeskHostOptions;

typedef struct DeskHostState DeskHostState;

/* Strings in opt are copied. Caller frees with desk_host_free. */
DeskHostState *desk_host_new(const DeskHostOptions *opt);
void desk_host_free(DeskHostState *h);
/* The journal of a session cut short by quitting mid-call, or whose record could not be
 * written (a full or read-only disk), kept for `incidesk recover`; or NULL. Owned by h. */
const char *desk_host_kept_journal(const DeskHostState *h);
/* The callbacks, bound to h (which must outlive every use of them). */
DeskHost desk_host_bind(DeskHostState *h);

/* Assignments live in RECORDS/assignments.json, the file `incidesk assign` writes
 * (engine/coach/assign.h, docs/coaching.md); the desk's first shape, {"assignments":
 * [{"trainee", "scenario", "mode", "min_percent", "due", "note"}]}, is still read. Progress
 * comes from the records in RECORDS, as `incidesk assign status` judges it. */

#endif
