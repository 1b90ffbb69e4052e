/* run_journal.c - `run` with a journal: every action is flushed to RECORD.journal before it
 * is applied, so a killed session can be recovered; actions may arrive on stdin. A session
 * cut short by the disk (the journal or the record cannot be written) or by SIGINT or
 * SIGTERM keeps its journal and says how to recover it; one refused as bad input leaves
 * nothing. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "hmac.h"
#include "journal.h"
#include "record_cmds.h"
#include "sha256.h"

/* The signal (SIGINT, SIGTERM) that asked the session to stop, or 0. */
static volatile sig_atomic_t interrupted;

static void on_signal(int sig) { interrupted = sig; }

/* SIGINT and SIGTERM stop the session between two actions (a read from stdin that waits is
 * cut short: no SA_RESTART); a file size limit makes write() fail with EFBIG rather than
 * kill the process mid-record. */
static void catch_signals(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
  signal(SIGXFSZ, SIG_IGN);
}

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

/* Journals then applies one action. 0; -1 with err if it cannot be applied; -2 with err if
 * the journal could not take it (the disk: what the journal holds is the session so far). */
static int step(Session *s, Journal *j, const Action *a, Error *err) {
  if (j && journal_append(j, a, err) < 0)
    return -2;
  return sim_apply(s->sim, a, err);
}

/* Reads actions from stdin, one JSON object a line, applying each as it arrives. */
static int play_stdin(Session *s, Journal *j, Error *err) {
  char *line = NULL;
  size_t cap = 0;
  int n = 0, rc = 0;
  int64_t last = 0;
  while (rc == 0 && !interrupted && getline(&line, &cap, stdin) >= 0) {
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

/* A note when the scenario or procedure file changed (or went) while the session ran: the
 * record pins the version that was played, which verify will look for. */
static void note_changed(const char *what, const char *path, const char *played) {
  size_t len;
  Error e;
  char *bytes = file_read_all(path, &len, &e), hex[65] = "";
  if (bytes)
    sha256_hex(bytes, len, hex);
  free(bytes);
  if (strcmp(hex, played) != 0)
    fprintf(stderr,
            "incidesk: note: %s %s %s during the session; the record pins the version that was "
            "played (SHA-256 %.12s...), and verify will say so until that version is back\n",
            what, path, bytes ? "changed" : "was deleted", played);
}

/* Appends to err how to get the session back from the journal that is kept. */
static void say_kept(Error *err, const Journal *j, const char *out) {
  char *jpath = journal_path_for(out);
  char *msg = xasprintf("%s; the session's %zu action%s %s kept in %s: incidesk recover %s", err->msg,
                        journal_count(j), journal_count(j) == 1 ? "" : "s",
                        journal_count(j) == 1 ? "is" : "are", jpath, jpath);
  error_set(err, NULL, 0, "%s", msg);
  free(msg), free(jpath);
}

/* After a SIGINT or SIGTERM: says what was kept, then dies of the signal as asked. */
static void die_interrupted(const Journal *j, const char *out) {
  int sig = interrupted;
  Error e;
  error_set(&e, NULL, 0, "interrupted by %s", sig == SIGINT ? "SIGINT" : "SIGTERM");
  if (j)
    say_kept(&e, j, out);
  else
    snprintf(e.msg + strlen(e.msg), sizeof e.msg - strlen(e.msg), "; no record written");
  fprintf(stderr, "incidesk: %s\n", e.msg);
  signal(sig, SIG_DFL);
  raise(sig);
}

int run_journalled(Session *s, const RunJournalOpts *o, Error *err) {
  int from_stdin = strcmp(o->actions, "-") == 0, rc = -1, keep = 0;
  size_t key_len = 0;
  uint8_t *key = NULL;
  Journal *j = NULL;
  catch_signals();
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
    rc = play_stdin(s, j, err);
  } else {
    rc = 0;
    for (size_t i = 0; rc == 0 && !interrupted && i < s->actions.len; i++)
      rc = step(s, j, &s->actions.v[i], err);
  }
  keep = rc == -2; /* the journal failed to take an action: it holds the session so far */
  if (interrupted && rc == 0)
    die_interrupted(j, o->out);
  if (rc < 0)
    goto done;
  rc = -1;
  s->score = score_session(s->proc, s->sim);
  if (o->out) {
    const Scenario *sc = script_scenario(s->script);
    note_changed("scenario", sc->file, sc->sha256);
    note_changed("procedure", s->proc->file, s->proc->sha256);
    if (write_record(s, o, key, key_len, err) < 0) {
      keep = 1; /* the session is whole in the journal: recover it when the disk allows */
      goto done;
    }
  }
  rc = 0;
done:
  if (keep) {
    say_kept(err, j, o->out);
    journal_close_keep(j);
  } else {
    journal_close_remove(j); /* written, or refused as bad input: nothing to recover */
  }
  free(key);
  return rc;
}
