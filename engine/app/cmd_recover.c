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

static int recover(const RecoverOpts *o, const char *out, Error *err) {
  size_t key_len = 0;
  uint8_t *key = NULL;
  RecoverResult r;
  if (o->key && !(key = hmac_key_read(o->key, &key_len, err)))
    return -1;
  int rc = recover_journal(o->journal, out, key, key_len, &r, err);
  free(key);
  if (rc < 0)
    return -1;
  if (r.dropped_line)
    fprintf(stderr,
            "incidesk: note: %s:%d: dropped a half-written last line (the action in flight)\n",
            o->journal, r.dropped_line);
  printf("recovered %zu action%s of %s -> %s (%.1f%% %s)\n", r.nactions,
         r.nactions == 1 ? "" : "s", r.scenario_id, out, r.percent, r.level);
  return 0;
}

int cmd_recover(int argc, char **argv) {
  RecoverOpts o = {0};
  int rc = parse(argc, argv, &o);
  if (rc)
    return rc;
  char *out = o.out ? xstrdup(o.out) : recover_record_path(o.journal);
  Error err;
  rc = recover(&o, out, &err) < 0 ? record_cmd_fail(&err) : 0;
  if (rc == 0 && !o.keep)
    remove(o.journal);
  free(out);
  return rc;
}
