/* cmd_verify.c - `incidesk verify RECORD...`: is the record what the session produced? */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hmac.h"
#include "record_cmds.h"
#include "sha256.h"

const char usage_verify[] =
    "usage: incidesk verify RECORD... [--key FILE] [--root DIR] [--quiet]\n"
    "\n"
    "Checks that each record is what its session produced:\n"
    "  - its digest: SHA-256 of the canonical form of every other member (docs/record.md);\n"
    "  - with --key, its HMAC under the centre's key, so a forged re-digest is found too;\n"
    "  - the SHA-256 of the scenario and procedure files it names (scenario.file,\n"
    "    procedure.file) against the files present;\n"
    "  - a re-run of its actions with its seed, compared with it member by member: events,\n"
    "    items, score and totals must be equal to the byte.\n"
    "Prints one line a record: `RECORD: ok`, or `RECORD: FAILED: ` and what differs\n"
    "(\"digest\", \"scenario file changed (PATH)\", \"items differ at items[3].points\" ...).\n"
    "\n"
    "options:\n"
    "  --key FILE   the centre's HMAC key: records must carry a matching \"hmac\"\n"
    "  --root DIR   relative scenario and procedure paths are under DIR (default: the\n"
    "               current folder)\n"
    "  --quiet      print only the records that fail\n"
    "\n"
    "exit: 0 every record verified, 1 any check failed, 2 bad input (a file that is not a\n"
    "record, bad arguments)\n";

static void add_fail(VerifyResult *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void add_fail(VerifyResult *r, const char *fmt, ...) {
  char buf[1200];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  strlist_push(&r->fails, buf);
  r->ok = 0;
}

static char *resolve(const VerifyOpts *o, const char *path) {
  if (!o->root || path[0] == '/')
    return xstrdup(path);
  return xasprintf("%s/%s", o->root, path);
}

/* Compares a file's SHA-256 with the record's; 1 if the same. */
static int file_matches(VerifyResult *r, const char *what, const char *path, const char *want) {
  Error err;
  size_t len;
  char *bytes = file_read_all(path, &len, &err);
  if (!bytes) {
    add_fail(r, "%s file missing (%s)", what, path);
    return 0;
  }
  char hex[65];
  sha256_hex(bytes, len, hex);
  free(bytes);
  if (strcmp(hex, want) == 0)
    return 1;
  add_fail(r, "%s file changed (%s)", what, path);
  return 0;
}

/* Plays the record's actions again and compares the record it gives with the stored one. */
static void rerun(const char *path, const char *text, const RecordInfo *info, const char *scen,
                  const char *proc, VerifyResult *r) {
  Session s;
  Error err;
  if (session_load(&s, scen, proc, info->seed, &err) < 0 ||
      session_read_actions(&s, path, &err) < 0 || session_play(&s, &err) < 0) {
    add_fail(r, "re-run failed: %s", err.msg);
    session_free(&s);
    return;
  }
  RecordMeta m = {info->trainee, info->centre, info->mode, info->started, info->ended, info->seed};
  RecordSeal seal = {NULL, 0, info->recovered};
  char *again = record_build_sealed(&m, &seal, s.proc, s.sim, s.score);
  session_free(&s);
  char where[512];
  int d = record_compare_rerun(text, again, where, sizeof where);
  free(again);
  if (d < 0)
    add_fail(r, "re-run failed: the record is not a JSON object");
  else if (d > 0) {
    size_t top = strcspn(where, ".[");
    if (where[top])
      add_fail(r, "%.*s differ at %s", (int)top, where, where);
    else
      add_fail(r, "%s differs", where);
  }
}

int verify_record(const char *path, const VerifyOpts *o, VerifyResult *r, Error *err) {
  memset(r, 0, sizeof *r);
  r->ok = 1;
  size_t len;
  char *text = file_read_all(path, &len, err);
  if (!text)
    return -1;
  SealCheck seal;
  RecordInfo info;
  int rc = -1;
  if (record_seal_check(path, text, len, o->key, o->key_len, &seal, err) < 0)
    goto done;
  if (!seal.is_record) {
    error_set(err, path, 1, "not a record: no \"digest\", and \"format\" is not \"%s\"",
              RECORD_FORMAT);
    goto done;
  }
  if (!seal.digest_ok)
    add_fail(r, "digest");
  if (record_info_read(path, text, len, &info, err) < 0) {
    rc = seal.digest_ok ? -1 : 0; /* tampered beyond reading: the digest says so */
    goto done;
  }
  if (o->key && !seal.hmac_present)
    add_fail(r, "hmac missing (a key was given)");
  else if (o->key && !seal.hmac_ok)
    add_fail(r, "hmac");
  char *scen = resolve(o, info.scenario_file), *proc = resolve(o, info.procedure_file);
  int files_ok = file_matches(r, "scenario", scen, info.scenario_sha256);
  files_ok &= file_matches(r, "procedure", proc, info.procedure_sha256);
  if (files_ok)
    rerun(path, text, &info, scen, proc, r);
  free(scen), free(proc);
  record_info_free(&info);
  rc = 0;
done:
  free(text);
  if (rc < 0)
    verify_result_free(r);
  return rc;
}

void verify_result_free(VerifyResult *r) {
  strlist_free(&r->fails);
  r->ok = 0;
}

int cmd_verify(int argc, char **argv) {
  VerifyOpts o = {0};
  const char *key_file = NULL;
  int quiet = 0, nrec = 0;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--quiet") == 0)
      quiet = 1;
    else if (strcmp(a, "--key") == 0 || strcmp(a, "--root") == 0) {
      if (i + 1 >= argc)
        return record_cmd_usage("verify", "%s needs a value", a);
      if (strcmp(a, "--key") == 0)
        key_file = argv[++i];
      else
        o.root = argv[++i];
    } else if (a[0] == '-' && a[1])
      return record_cmd_usage("verify", "unknown option '%s'", a);
    else
      nrec++;
  }
  if (!nrec)
    return record_cmd_usage("verify", "%s", "needs at least one RECORD");
  Error err;
  uint8_t *key = NULL;
  if (key_file && !(key = hmac_key_read(key_file, &o.key_len, &err)))
    return record_cmd_fail(&err);
  o.key = key;
  int bad = 0, failed = 0;
  for (int i = 0; i < argc; i++) {
    if (argv[i][0] == '-' && argv[i][1]) {
      i += strcmp(argv[i], "--quiet") != 0;
      continue;
    }
    VerifyResult r;
    if (verify_record(argv[i], &o, &r, &err) < 0) {
      record_cmd_fail(&err);
      bad = 1;
      continue;
    }
    if (!r.ok) {
      failed = 1;
      printf("%s: FAILED: ", argv[i]);
      for (size_t k = 0; k < r.fails.len; k++)
        printf("%s%s", k ? "; " : "", r.fails.v[k]);
      printf("\n");
    } else if (!quiet) {
      printf("%s: ok\n", argv[i]);
    }
    verify_result_free(&r);
  }
  free(key);
  return bad ? 2 : failed ? 1 : 0;
}
