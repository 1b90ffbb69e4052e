/* record.h - session records and actions files: JSON (cJSON) read and write, the
 * canonical serialisation and digest, and atomic writing.
 *
 * An actions file is {"format": "incidesk-actions/1", "actions": [ACTION...]}; a record
 * ("format": "incidesk-record/1") has the same `actions` member, so a record is an actions
 * file too. See docs/format.md and docs/record.md.
 */
#ifndef INCIDESK_RECORD_H
#define INCIDESK_RECORD_H

#include <stdint.h>

#include "action.h"
#include "procedure.h"
#include "score.h"
#include "sim.h"

#define RECORD_FORMAT "incidesk-record/1"
#define ACTIONS_FORMAT "incidesk-actions/1"

/* Reads the actions of an actions file or record into out (appended, sorted by time, ties
 * in file order). 0, or -1 with err "FILE:LINE: ..." naming the action at fault. */
int record_read_actions(const char *path, ActionList *out, Error *err);

/* Checks every id an action names (question, phrase, field, code, priority, verdict, unit,
 * briefing item, task, organisation and channel, advice, level) against the procedure and
 * scenario. 0, or -1 with err naming the file and the action's line. */
int record_check_actions(const char *path, const ActionList *l, const Procedure *p,
                         const Scenario *sc, Error *err);

/* Who, when and how: the parts of a record the session itself does not decide. */
typedef struct RecordMeta {
  const char *trainee, *centre, *mode; /* mode: "practice" or "assessment" */
  const char *started, *ended;         /* ISO 8601 UTC */
  uint64_t seed;
} RecordMeta;

/* The record of a finished session as formatted JSON text, digest included. Caller frees
 * with free(). */
char *record_build(const RecordMeta *m, const Procedure *p, const Sim *sim, const Score *s);

/* The digest of a record's JSON text: "sha256:" and the hex SHA-256 of the canonical
 * serialisation of every member but "digest". Caller frees; NULL with err if the text is
 * not a JSON object. */
char *record_digest_text(const char *json, Error *err);

/* Writes text to path atomically: a temporary file in the same folder, fsync, rename,
 * fsync of the folder. On failure nothing is left behind. 0, or -1 with err. */
int record_write_atomic(const char *path, const char *text, Error *err);

#endif
