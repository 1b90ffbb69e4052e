/* cmd_recover.c - `incidesk recover JOURNAL`: the record of a session that was cut short. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "hmac.h"
#include "journal.h"
#include "record_cmds.h"

const char usage_recover[] =
    "usage: incidesk recover JOURNAL [--out RECORD] [--key FILE] [--keep]\n"
    "\n"
    "Rebuilds the record of a session that was cut short (a crash, kill -9, a power cut)\n"
    "from its journal, RECORD.journal, which `incidesk run --out RECORD` (and the desk)\n"
    "write as the session goes. Every complete action of the journal is played again with\n"
    "the journal's seed through the scenario and procedure files it names, which must be\n"
    "unchanged (their SHA-256 is in the journal). A half-written last line, the action in\n"
    "flight, is dropped with a note. The record is written atomically, marked\n"
    "\"recovered\": true, and the journal is then removed.\n"
    "\n"
    "options:\n"
    "  --out RECORD   where to write the record (default: JOURNAL without .journal);\n"
    "                 an existing file is never overwritten\n"
    "  --key FILE     seal the record with this centre key (HMAC-SHA256)\n"
    "  --keep         keep the journal after writing the record\n"
    "\n"
    "exit: 0 recovered, 2 bad input (a bad journal, changed files, bad arguments)\n";

typedef struct RecoverOpts {
  const char *journal, *out, *key;
  int keep;
} RecoverOpts;

static int parse(int argc, char **argv, RecoverOpts *o) {
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--keep") == 0)
      o->keep = 1;
    else if (strcmp(a, "--out") == 0 || strcmp(a, "--key") == 0) {
      if (i + 1 >= argc)
        return record_cmd_usage("recover", "%s needs a value", a);
      if (strcmp(a, "--out") == 0)
        o->out = argv[++i];
      else
        o->key = argv[++i];
    } else if (a[0] == '-' && a[1])
      return record_cmd_usage("recover", "unknown option '%s'", a);
    else if (!o->journal)
      o->journal = a;
    else
      return record_cmd_usage("recover", "unexpected argument '%s'", a);
  }
  if (!o->journal)
    return record_cmd_usage("recover", "%s", "needs a JOURNAL file");
  return 0;
}

/* The default record path: the journal's path less ".journal". */
static char *record_path(const RecoverOpts *o) {
  if (o->out)
    return xstrdup(o->out);
  size_t n = strlen(o->journal), k = strlen(JOURNAL_SUFFIX);
  if (n > k && strcmp(o->journal + n - k, JOURNAL_SUFFIX) == 0)
    return xstrndup(o->journal, n - k);
  return xasprintf("%s.json", o->journal);
}

/* When the session was last heard of: the journal's modification time, ISO 8601 UTC. */
static void journal_time(const char *path, char *buf, size_t n) {
  struct stat st;
  time_t t = stat(path, &st) == 0 ? st.st_mtime : time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static int same_files(const char *jpath, const JournalHeader *h, const Session *s, Error *err) {
  const Scenario *sc = script_scenario(s->script);
  if (strcmp(sc->sha256, h->scenario_sha256) != 0)
    return error_set(err, jpath, 1,
                     "scenario file %s changed since the session (its SHA-256 differs)",
                     h->scenario_file);
  if (strcmp(s->proc->sha256, h->procedure_sha256) != 0)
    return error_set(err, jpath, 1,
                     "procedure file %s changed since the session (its SHA-256 differs)",
                     h->procedure_file);
  return 0;
}

static int recover(const RecoverOpts *o, const char *out, Error *err) {
  JournalRead jr;
  Session s;
  memset(&s, 0, sizeof s);
  size_t key_len = 0;
  uint8_t *key = NULL;
  int rc = -1;
  if (journal_read(o->journal, &jr, err) < 0)
    goto done;
  if (o->key && !(key = hmac_key_read(o->key, &key_len, err)))
    goto done;
  struct stat st;
  if (stat(out, &st) == 0) {
    error_set(err, out, 0, "a record is already here; choose another --out (the journal is kept)");
    goto done;
  }
  const JournalHeader *h = &jr.header;
  if (session_load(&s, h->scenario_file, h->procedure_file, h->seed, err) < 0 ||
      same_files(o->journal, h, &s, err) < 0 ||
      record_check_actions(o->journal, &jr.actions, s.proc, script_scenario(s.script), err) < 0)
    goto done;
  for (size_t i = 0; i < jr.actions.len; i++)
    actions_push(&s.actions, &jr.actions.v[i]);
  if (session_play(&s, err) < 0)
    goto done;
  char ended[32];
  journal_time(o->journal, ended, sizeof ended);
  RecordMeta m = {h->trainee, h->centre, h->mode, h->started, ended, h->seed};
  RecordSeal seal = {key, key_len, 1};
  char *text = record_build_sealed(&m, &seal, s.proc, s.sim, s.score);
  rc = record_write_atomic(out, text, err);
  free(text);
  if (rc == 0) {
    if (jr.dropped_line)
      fprintf(stderr,
              "incidesk: note: %s:%d: dropped a half-written last line (the action in flight)\n",
              o->journal, jr.dropped_line);
    printf("recovered %zu action%s of %s -> %s (%.1f%% %s)\n", jr.actions.len,
           jr.actions.len == 1 ? "" : "s", script_scenario(s.script)->id, out, s.score->percent,
           s.score->level);
  }
done:
  session_free(&s);
  journal_read_free(&jr);
  free(key);
  return rc;
}

int cmd_recover(int argc, char **argv) {
  RecoverOpts o = {0};
  int rc = parse(argc, argv, &o);
  if (rc)
    return rc;
  char *out = record_path(&o);
  Error err;
  rc = recover(&o, out, &err) < 0 ? record_cmd_fail(&err) : 0;
  if (rc == 0 && !o.keep)
    remove(o.journal);
  free(out);
  return rc;
}
