/* record_cmds.h - the commands that make records an assessor can trust: the journalled
 * `run`, `recover`, `verify`, `export --xapi` and `report` (one file each, cmd_*.c). */
#ifndef INCIDESK_RECORD_CMDS_H
#define INCIDESK_RECORD_CMDS_H

#include <stddef.h>
#include <stdint.h>

#include "session.h"

/* How `run` plays a loaded session. */
typedef struct RunJournalOpts {
  const char *actions;  /* an actions file or record, or "-": JSON lines on stdin */
  const char *out;      /* the record to write (and OUT.journal beside it), or NULL */
  const char *key_file; /* the centre's HMAC key, or NULL */
  const char *trainee, *centre, *mode, *started;
  uint64_t seed;
} RunJournalOpts;

/* Plays the session s (already loaded by session_load): reads the actions (from stdin,
 * line by line, as they arrive, for "-"), appends each to OUT.journal and flushes it before
 * applying it, scores the session, writes the record atomically and removes the journal.
 * On any failure nothing is left: no record, no journal. 0, or -1 with err. */
int run_journalled(Session *s, const RunJournalOpts *o, Error *err);

/* The outcome of verifying one record. */
typedef struct VerifyResult {
  int ok;        /* 1 if every check passed */
  StrList fails; /* what differs, one phrase each: "digest", "scenario file changed", ... */
} VerifyResult;

typedef struct VerifyOpts {
  const uint8_t *key; /* the centre's HMAC key, or NULL */
  size_t key_len;
  const char *root; /* folder that relative scenario/procedure paths are under, or NULL (cwd) */
} VerifyOpts;

/* Verifies the record at path: digest (and HMAC with a key), scenario and procedure hashes
 * against the files, then a re-run of its actions compared with it member by member.
 * 0 and r filled (free with verify_result_free), or -1 with err when the record cannot be
 * read as a record (bad input). */
int verify_record(const char *path, const VerifyOpts *o, VerifyResult *r, Error *err);
void verify_result_free(VerifyResult *r);

/* What recover_journal rebuilt. */
typedef struct RecoverResult {
  size_t nactions;  /* actions of the journal played again */
  int dropped_line; /* the half-written last line dropped, or 0 */
  double percent;
  uint64_t seed;
  char scenario_id[128], scenario_file[512], level[64];
} RecoverResult;

/* The record of a session cut short, from its journal (`incidesk recover` and the desk's
 * menu): every complete action played again with the journal's seed through its scenario
 * and procedure files (which must be unchanged), the record marked "recovered" and sealed
 * with key if not NULL, written atomically to out (never over an existing file). The
 * journal is left for the caller to remove. 0 and res filled, or -1 with err. */
int recover_journal(const char *journal, const char *out, const uint8_t *key, size_t key_len,
                    RecoverResult *res, Error *err);
/* The default record path of a journal: its path less ".journal". Caller frees. */
char *recover_record_path(const char *journal);

int cmd_recover(int argc, char **argv);
int cmd_verify(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_report(int argc, char **argv);
extern const char usage_recover[], usage_verify[], usage_export[], usage_report[];

/* Prints "incidesk: MESSAGE" and returns 2; for the commands above. */
int record_cmd_fail(const Error *err);
/* Prints "incidesk: CMD: MESSAGE (see incidesk CMD --help)" and returns 2. */
int record_cmd_usage(const char *cmd, const char *fmt, const char *arg);

#endif
