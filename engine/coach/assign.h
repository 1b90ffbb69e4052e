/* assign.h - a coach's assignments: the file, and how far a trainee has got with each.
 *
 * The file (docs/coaching.md; JSON Schema docs/schema/assignments.schema.json), by default
 * RECORDS/assignments.json where the desk reads it:
 *   {"format": "incidesk-assignments/1",
 *    "assignments": [{"id": "A1", "trainees": ["t1"], "scenarios": ["house_fire"],
 *                     "criterion": "CC38-1.7", "mode": "assessment", "min_percent": 80,
 *                     "due": "2026-02-01", "note": "...", "created": "...Z", "by": "coach"}]}
 * The desk's first, provisional shape ({"assignments": [{"trainee", "scenario", "mode",
 * "min_percent", "due", "note"}]}, no "format") is read too: "trainee" and "scenario" are
 * the one-element forms of "trainees" and "scenarios".
 */
#ifndef INCIDESK_ASSIGN_H
#define INCIDESK_ASSIGN_H

#include <stddef.h>

#include "scenario.h"
#include "util.h"

#define ASSIGN_FORMAT "incidesk-assignments/1"

/* One assignment. Strings owned by the AssignFile; optional ones NULL when absent. */
typedef struct Assignment {
  char *id;
  StrList trainees;  /* at least one */
  StrList scenarios; /* scenario ids; may be empty when criterion is set */
  char *criterion;   /* a criterion to practise ("CC38-1.7"), or NULL */
  char *mode;        /* "practice", "assessment", or NULL for either */
  double min_percent;
  char *due; /* YYYY-MM-DD, or NULL */
  char *note, *created, *by;
  char *source; /* "review" when made by --from-review, or NULL */
  int line;     /* where it starts in the file read, or 0 */
} Assignment;

typedef struct AssignFile {
  Assignment *v;
  size_t len;
} AssignFile;

/* Reads and checks an assignments file. 0, or -1 with err "FILE:LINE: ..." naming the
 * assignment (and member) at fault. Free with assign_file_free. */
int assign_read(const char *path, AssignFile *out, Error *err);
/* The same for text already read (path names it in errors). */
int assign_parse(const char *path, const char *text, size_t len, AssignFile *out, Error *err);
void assign_file_free(AssignFile *f);

/* Appends a deep copy of a (its line ignored). */
void assign_push(AssignFile *f, const Assignment *a);
/* The next free id: "A" and one more than the largest number of an "A<n>" id. Caller frees. */
char *assign_next_id(const AssignFile *f);
/* The file as JSON text (the canonical shape above, with "format"). Caller frees. */
char *assign_to_json(const AssignFile *f);
/* Checks one assignment as the reader does (errors without a line). 0, or -1 with err. */
int assign_check(const Assignment *a, Error *err);

/* What progress is judged on, for one record (strings borrowed). */
typedef struct AssignRecord {
  const char *path, *trainee, *scenario, *mode, *started;
  double percent;
  const char *met; /* the criteria the record met, space-separated */
} AssignRecord;

typedef enum AssignState {
  ASSIGN_NOT_STARTED,
  ASSIGN_STARTED,
  ASSIGN_DONE,
  ASSIGN_OVERDUE
} AssignState;

/* How far one trainee has got with one assignment. */
typedef struct AssignProgress {
  size_t done, total; /* targets (scenarios, or 1 for a criterion alone) done, of total */
  size_t attempts;    /* records of the trainee that the assignment could count */
  double best;        /* best percent among them, or -1 */
  AssignState state;
  StrList records;      /* per target done, the first record that did it (paths) */
  StrList done_targets; /* those targets (scenario ids, or the criterion) */
} AssignProgress;

/* A record counts for an assignment when it is the trainee's, of an assigned scenario (any
 * scenario for a criterion alone), in the assignment's mode (if set), started no earlier
 * than the assignment was created, scored at least min_percent, and met the criterion (if
 * set). today ("YYYY-MM-DD") decides overdue. Free with assign_progress_free. */
void assign_progress(const Assignment *a, const char *trainee, const AssignRecord *r, size_t n,
                     const char *today, AssignProgress *out);
void assign_progress_free(AssignProgress *p);
const char *assign_state_name(AssignState s);

#endif
