/* run_journal.c - `run` with a journal: every action is flushed to RECORD.journal before it
 * is applied, so a killed session can be recovered; actions may arrive on stdin. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "hmac.h"
#include "journal.h"
#include "record_cmds.h"

int record_cmd_fail(const Error *err) {
  fprintf(stderr, "incidesk: %s\n", err->msg);
  return 2;
}

int record_cmd_usage(const char *cmd, const char *fmt, const char *arg) {
  fprintf(stderr, "incidesk: %s: ", cmd);
  fprintf(stderr, fmt, arg);
  fprintf(stderr, " (see incidesk %s --help)\n", cmd);
  return 2;
}

/* Journals then applies one action. */
static int step(Session *s, Journal *j, const Action *a, Error *err) {
  if (j && journal_append(j, a, err) < 0)
    return -1;
  return sim_apply(s->sim, a, err);
}

/* Reads actions from stdin, one JSON object a line, applying each as it arrives. */
static int play_stdin(Session *s, Journal *j, Error *err) {
  char *line = NULL;
  size_t cap = 0;
  int n = 0, rc = 0;
  int64_t last = 0;
  while (rc == 0 && getline(&line, &cap, stdin) >= 0) {
    n++;
    line[strcspn(line, "\r\n")] = 0;
    if (!line[strspn(line, " \t")])
      continue;
    Action a = {0};
    ActionList one = {0};
    rc = record_action_parse_line("stdin", n, line, &a, err);
    if (rc == 0 && a.t_ms < last)
      rc =
          error_set(err, "stdin", n, "action at t_ms %lld is earlier than the one before it (%lld)",
                    (long long)a.t_ms, (long long)last);
    if (rc == 0)
      actions_push(&one, &a);
    if (rc == 0)
      rc = record_check_actions("stdin", &one, s->proc, script_scenario(s->script), err);
    if (rc == 0)
      actions_push(&s->actions, &a), last = a.t_ms;
    if (rc == 0)
      rc = step(s, j, &a, err);
    actions_free(&one);
    action_clear(&a);
  }
  free(line);
  return rc;
}

static void now_iso(char *buf, size_t n) {
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static int write_record(Session *s, const RunJournalOpts *o, const uint8_t *key, size_t key_len,
                        Error *err) {
  char ended[32];
  now_iso(ended, sizeof ended);
  RecordMeta m = {o->trainee, o->centre, o->mode, o->started, ended, o->seed};
  RecordSeal seal = {key, key_len, 0};
  char *text = record_build_sealed(&m, &seal, s->proc, s->sim, s->score);
  int rc = record_write_atomic(o->out, text, err);
  free(text);
  return rc;
}

/* The record's folder must take new files before the session starts. */
static int folder_writable(const char *path, Error *err) {
  const char *slash = strrchr(path, '/');
  char *dir = slash ? xstrndup(path, (size_t)(slash - path) + 1) : xstrdup(".");
  int rc = access(dir, W_OK | X_OK);
  int e = errno;
  free(dir);
  return rc == 0 ? 0 : error_set(err, path, 0, "cannot write: %s", strerror(e));
}

int run_journalled(Session *s, const RunJournalOpts *o, Error *err) {
  int from_stdin = strcmp(o->actions, "-") == 0, rc = -1;
  size_t key_len = 0;
  uint8_t *key = NULL;
  Journal *j = NULL;
  if (o->key_file && !(key = hmac_key_read(o->key_file, &key_len, err)))
    return -1;
  if (!from_stdin && session_read_actions(s, o->actions, err) < 0)
    goto done;
  if (o->out) {
    if (folder_writable(o->out, err) < 0)
      goto done;
    const Scenario *sc = script_scenario(s->script);
    JournalHeader h = {sc->file,  sc->sha256, s->proc->file, s->proc->sha256, o->trainee,
                       o->centre, o->mode,    o->started,    o->seed};
    char *jpath = journal_path_for(o->out);
    j = journal_open(jpath, &h, err);
    free(jpath);
    if (!j)
      goto done;
  }
  s->sim = sim_new(script_scenario(s->script), &s->proc->rules, s->seed);
  script_attach(s->script, s->sim);
  if (from_stdin) {
    if (play_stdin(s, j, err) < 0)
      goto done;
  } else {
    for (size_t i = 0; i < s->actions.len; i++)
      if (step(s, j, &s->actions.v[i], err) < 0)
        goto done;
  }
  s->score = score_session(s->proc, s->sim);
  if (o->out && write_record(s, o, key, key_len, err) < 0)
    goto done;
  rc = 0;
done:
  journal_close_remove(j); /* written, or refused: either way nothing to recover */
  free(key);
  return rc;
}
