/* recover.c - the record of a session cut short, rebuilt from its journal: shared by
 * `incidesk recover` and the desk's menu (record_cmds.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "journal.h"
#include "record_cmds.h"

char *recover_record_path(const char *journal) {
  size_t n = strlen(journal), k = strlen(JOURNAL_SUFFIX);
  if (n > k && strcmp(journal + n - k, JOURNAL_SUFFIX) == 0)
    return xstrndup(journal, n - k);
  return xasprintf("%s.json", journal);
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

int recover_journal(const char *journal, const char *out, const uint8_t *key, size_t key_len,
                    RecoverResult *res, Error *err) {
  JournalRead jr;
  Session s;
  memset(&s, 0, sizeof s);
  memset(res, 0, sizeof *res);
  int rc = -1;
  if (journal_read(journal, &jr, err) < 0)
    goto done;
  struct stat st;
  if (stat(out, &st) == 0) {
    error_set(err, out, 0, "a record is already here; choose another --out (the journal is kept)");
    goto done;
  }
  const JournalHeader *h = &jr.header;
  if (session_load(&s, h->scenario_file, h->procedure_file, h->seed, err) < 0 ||
      same_files(journal, h, &s, err) < 0 ||
      record_check_actions(journal, &jr.actions, s.proc, script_scenario(s.script), err) < 0)
    goto done;
  for (size_t i = 0; i < jr.actions.len; i++)
    actions_push(&s.actions, &jr.actions.v[i]);
  if (session_play(&s, err) < 0)
    goto done;
  char ended[32];
  journal_time(journal, ended, sizeof ended);
  RecordMeta m = {h->trainee, h->centre, h->mode, h->started, ended, h->seed};
  RecordSeal seal = {key, key_len, 1};
  char *text = record_build_sealed(&m, &seal, s.proc, s.sim, s.score);
  rc = record_write_atomic(out, text, err);
  free(text);
  if (rc == 0) {
    res->nactions = jr.actions.len;
    res->dropped_line = jr.dropped_line;
    res->percent = s.score->percent;
    res->seed = h->seed;
    snprintf(res->scenario_id, sizeof res->scenario_id, "%s", script_scenario(s.script)->id);
    snprintf(res->scenario_file, sizeof res->scenario_file, "%s", h->scenario_file);
    snprintf(res->level, sizeof res->level, "%s", s.score->level);
  }
done:
  session_free(&s);
  journal_read_free(&jr);
  return rc;
}
