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
 * briefing item, task, organisation and channel, advice, level, complaint step, knowledge
 * question) against the procedure and scenario: what `run`, the desk, `recover` and the
 * re-run of `verify` all accept alike. 0, or -1 with err naming the file and the action's
 * line. */
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

/* What a record holds beyond the session: a centre's HMAC key, and whether it was rebuilt
 * from a journal. */
typedef struct RecordSeal {
  const uint8_t *key; /* NULL: no "hmac" member */
  size_t key_len;
  int recovered; /* 1: the record gets "recovered": true (rebuilt by `incidesk recover`) */
} RecordSeal;

/* As record_build, with an "hmac" member ("hmac-sha256:" and the HMAC-SHA256 under the key of
 * the same canonical bytes as the digest) when seal->key is set. seal may be NULL. Caller
 * frees with free(). */
char *record_build_sealed(const RecordMeta *m, const RecordSeal *seal, const Procedure *p, const Sim *sim,
                          const Score *s);

/* Parses one action written as a JSON object on one line (a journal line, a line of
 * `run --actions -`) into a, which the caller zeroes and later clears with action_clear.
 * 0, or -1 with err "path:line: ...". */
int record_action_parse_line(const char *path, int line, const char *text, Action *a, Error *err);
/* One action as one line of compact JSON in the actions-file shape, without a newline.
 * Caller frees with free(). */
char *record_action_line(const Action *a);

/* The digest of a record's JSON text: "sha256:" and the hex SHA-256 of the canonical
 * serialisation of every member but "digest". Caller frees; NULL with err if the text is
 * not a JSON object. */
char *record_digest_text(const char *json, Error *err);

/* The parts of a record that verify, export and report read before anything else. Every
 * string is owned (record_info_free); centre, hmac are NULL when absent. */
typedef struct RecordInfo {
  char *trainee, *centre, *mode, *started, *ended;
  uint64_t seed;
  char *scenario_file, *scenario_sha256, *scenario_id, *scenario_version;
  char *procedure_file, *procedure_sha256, *procedure_id, *procedure_version;
  char *digest, *hmac;
  int recovered;
} RecordInfo;

/* Reads those parts from a record's text. 0, or -1 with err "path:LINE: ..." if the text is
 * not JSON, not a record ("format"), or a member is missing or of the wrong type. */
int record_info_read(const char *path, const char *text, size_t len, RecordInfo *info, Error *err);
void record_info_free(RecordInfo *info);

/* The seal of a record: whether its digest (and, given a key, its HMAC) match its content. */
typedef struct SealCheck {
  int digest_ok;    /* "digest" present and equal to the digest of the content */
  int hmac_present; /* an "hmac" member is there */
  int hmac_ok;      /* a key was given, "hmac" present and equal to the HMAC under the key */
  int is_record;    /* "format" is RECORD_FORMAT or a "digest" string is there: a record, if
                       perhaps a tampered one, rather than some other JSON */
} SealCheck;

/* Checks the seal of a record's text. 0 and out filled, or -1 with err "path:LINE: ..." if the
 * text is not a JSON object. key may be NULL (hmac_ok is then 0). */
int record_seal_check(const char *path, const char *text, size_t len, const uint8_t *key, size_t key_len,
                      SealCheck *out, Error *err);

/* Compares a stored record with the record of a re-run of its actions, member by member in
 * canonical form, leaving out what the re-run does not decide (format, tool_version,
 * trainee, centre, mode, started, ended, seed, recovered, digest, hmac, scenario.file,
 * procedure.file). 0 if equal; 1 with the path of the first difference in where
 * ("items[3].points", "outcome"; a member only one side has is named too); -1 if either text
 * is not a JSON object. */
int record_compare_rerun(const char *stored, const char *rebuilt, char *where, size_t n);

/* Writes text to path atomically: a temporary file in the same folder, fsync, rename,
 * fsync of the folder. On failure nothing is left behind. 0, or -1 with err. */
int record_write_atomic(const char *path, const char *text, Error *err);

#endif
