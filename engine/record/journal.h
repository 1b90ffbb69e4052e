/* journal.h - the journal of a session in progress, so that a crash or kill -9 loses at most
 * the action in flight.
 *
 * A journal is a text file of JSON lines beside the record it will become
 * (RECORD.journal). Line 1 is the header: {"format": "incidesk-journal/1", "scenario":
 * {"file", "sha256"}, "procedure": {"file", "sha256"}, "seed", "trainee", "centre"?, "mode",
 * "started"}; every other line is one action in the shape of an actions file
 * ({"t_ms": 3000, "type": "answer"}). Each line is written with one write() and flushed to
 * disk (fsync) before journal_append returns, so whatever the journal holds was durable
 * before the action was applied. On success the caller writes the record atomically, then
 * journal_close_remove deletes the journal; `incidesk recover` rebuilds a record from a
 * journal left behind.
 *
 * Used by `incidesk run` and by the desk; plain C over POSIX files (cJSON inside).
 */
#ifndef INCIDESK_JOURNAL_H
#define INCIDESK_JOURNAL_H

#include <stdint.h>

#include "action.h"
#include "util.h"

#define JOURNAL_FORMAT "incidesk-journal/1"
#define JOURNAL_SUFFIX ".journal"

/* Who, what and when: everything a journal needs to replay its actions into a record.
 * In journal_open the strings are borrowed; from journal_read they are owned by the
 * JournalRead. centre may be NULL. */
typedef struct JournalHeader {
  const char *scenario_file, *scenario_sha256, *procedure_file, *procedure_sha256;
  const char *trainee, *centre, *mode, *started;
  uint64_t seed;
} JournalHeader;

typedef struct Journal Journal;

/* The journal path of a record: RECORD.journal. Caller frees with free(). */
char *journal_path_for(const char *record_path);

/* Creates the journal at path and writes and flushes its header. Refuses (NULL, err) if a
 * file is already there: an earlier session's journal is never overwritten. Caller ends
 * it with journal_close_remove or journal_close_keep. */
Journal *journal_open(const char *path, const JournalHeader *h, Error *err);

/* Appends one action as one line and flushes it to disk. 0, or -1 with err: the line could
 * not be written or flushed whole, and what was written of it is cut off again (the journal
 * holds exactly the actions appended before). */
int journal_append(Journal *j, const Action *a, Error *err);

/* Number of actions appended so far. */
size_t journal_count(const Journal *j);

/* Closes and deletes the journal (after the record is safely written, or when the session
 * was refused as bad input and there is nothing to keep). Frees j; j may be NULL. */
void journal_close_remove(Journal *j);

/* Closes the journal and leaves it on disk for recovery. Frees j; j may be NULL. */
void journal_close_keep(Journal *j);

/* A journal read back. */
typedef struct JournalRead {
  JournalHeader header; /* strings owned here */
  ActionList actions;   /* every complete action line, in file order */
  int dropped_line;     /* the line number of a half-written last line that was dropped, or 0 */
  Vec owned_;           /* private */
} JournalRead;

/* Reads a journal. A last line without its newline (a write cut short) is dropped and its
 * number put in dropped_line; every complete line is kept. 0, or -1 with err
 * "path:LINE: ..." for a bad header, a complete line that is not an action, or actions out
 * of time order. Free with journal_read_free (also after a failure). */
int journal_read(const char *path, JournalRead *out, Error *err);
void journal_read_free(JournalRead *r);

#endif
