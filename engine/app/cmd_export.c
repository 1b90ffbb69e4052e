/* cmd_export.c - `incidesk export --xapi RECORD...`: xAPI 1.0.3 statements, to a file,
 * stdout or a Learning Record Store. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lrs.h"
#include "record_cmds.h"
#include "xapi.h"

const char usage_export[] =
    "usage: incidesk export --xapi RECORD... [-o FILE] [options]\n"
    "\n"
    "Exports records as xAPI 1.0.3 statements (a JSON array): one per scored item (verb\n"
    "scored, or answered for a knowledge question) and one for the session (passed or\n"
    "failed), with the trainee as an account of the centre's home page, scores, success,\n"
    "the session's duration, a registration UUID derived from the record and the unit\n"
    "criteria as category context activities. Statement ids are derived from the record,\n"
    "so an export can be repeated. Each record's digest must match its content.\n"
    "Without -o or --lrs the statements go to stdout.\n"
    "\n"
    "options:\n"
    "  --xapi               the format (the only one; required)\n"
    "  -o FILE              write the statements here, atomically\n"
    "  --activity-base IRI  activity ids go under this IRI (default " XAPI_DEFAULT_BASE ")\n"
    "  --homepage URL       the centre's home page for actor accounts (default:\n"
    "                       ACTIVITY-BASE/centres/CENTRE)\n"
    "  --lrs URL            POST the statements to this LRS xAPI endpoint (URL/statements),\n"
    "                       retrying a failure that may pass (no answer, HTTP 429 or 5xx)\n"
    "  --auth USER:PASS     HTTP Basic credentials for the LRS\n"
    "\n"
    "exit: 0 exported, 1 the LRS refused the statements or could not be reached, 2 bad\n"
    "input (a record that is not one, or whose digest does not match; bad arguments)\n";

typedef struct ExportOpts {
  int xapi;
  const char *out, *base, *homepage, *lrs, *auth;
  StrList records;
} ExportOpts;

static int has_scheme(const char *s) {
  size_t n = strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-");
  return n > 0 && ((s[0] | 32) >= 'a' && (s[0] | 32) <= 'z') && s[n] == ':' && s[n + 1];
}

static int is_http(const char *s) {
  return strncmp(s, "http://", 7) == 0 || strncmp(s, "https://", 8) == 0;
}

static int parse(int argc, char **argv, ExportOpts *o) {
  static const char *const valued[] = {"-o",    "--activity-base", "--homepage",
                                       "--lrs", "--auth",          NULL};
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--xapi") == 0) {
      o->xapi = 1;
      continue;
    }
    int k = 0;
    while (valued[k] && strcmp(valued[k], a) != 0)
      k++;
    if (valued[k]) {
      if (i + 1 >= argc)
        return record_cmd_usage("export", "%s needs a value", a);
      const char *v = argv[++i];
      const char **slot[] = {&o->out, &o->base, &o->homepage, &o->lrs, &o->auth};
      *slot[k] = v;
    } else if (a[0] == '-' && a[1]) {
      return record_cmd_usage("export", "unknown option '%s'", a);
    } else {
      strlist_push(&o->records, a);
    }
  }
  if (!o->xapi)
    return record_cmd_usage("export", "%s", "needs --xapi (the only format)");
  if (!o->records.len)
    return record_cmd_usage("export", "%s", "needs at least one RECORD");
  if (o->base && !has_scheme(o->base))
    return record_cmd_usage("export", "--activity-base must be an IRI with a scheme, not '%s'",
                            o->base);
  if (o->homepage && !is_http(o->homepage))
    return record_cmd_usage("export", "--homepage must be an http(s) URL, not '%s'", o->homepage);
  if (o->lrs && !is_http(o->lrs))
    return record_cmd_usage("export", "--lrs must be an http(s) URL, not '%s'", o->lrs);
  if (o->auth && !strchr(o->auth, ':'))
    return record_cmd_usage("export", "%s", "--auth must be USER:PASS");
  if (o->auth && !o->lrs)
    return record_cmd_usage("export", "%s", "--auth needs --lrs");
  return 0;
}

static int collect(const ExportOpts *o, XapiBatch *b, Error *err) {
  for (size_t i = 0; i < o->records.len; i++) {
    size_t len;
    char *text = file_read_all(o->records.v[i], &len, err);
    int rc = text ? xapi_batch_add(b, o->records.v[i], text, len, err) : -1;
    free(text);
    if (rc < 0)
      return -1;
  }
  return 0;
}

/* Posts the statements in batches of at most 100. */
static int post(const ExportOpts *o, const XapiBatch *b, Error *err) {
  LrsOptions lo = {o->lrs, o->auth, 0, 0};
  size_t n = xapi_batch_count(b);
  for (size_t from = 0; from < n; from += 100) {
    char *json = xapi_batch_json(b, from, 100);
    int rc = lrs_post(&lo, json, err);
    free(json);
    if (rc < 0)
      return -1;
  }
  printf("posted %zu statement%s of %zu record%s to %s\n", n, n == 1 ? "" : "s", o->records.len,
         o->records.len == 1 ? "" : "s", o->lrs);
  return 0;
}

int cmd_export(int argc, char **argv) {
  ExportOpts o = {0};
  int rc = parse(argc, argv, &o);
  if (rc) {
    strlist_free(&o.records);
    return rc;
  }
  XapiOptions xo = {o.base, o.homepage};
  XapiBatch *b = xapi_batch_new(&xo);
  Error err;
  if (collect(&o, b, &err) < 0) {
    rc = record_cmd_fail(&err);
  } else if (o.out || !o.lrs) {
    char *json = xapi_batch_json(b, 0, xapi_batch_count(b));
    if (o.out && record_write_atomic(o.out, json, &err) < 0)
      rc = record_cmd_fail(&err);
    else if (!o.out)
      fputs(json, stdout);
    free(json);
  }
  if (rc == 0 && o.lrs && post(&o, b, &err) < 0) {
    fprintf(stderr, "incidesk: %s\n", err.msg);
    rc = 1;
  }
  xapi_batch_free(b);
  strlist_free(&o.records);
  return rc;
}
