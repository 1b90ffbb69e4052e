/* cmd_override.c - `incidesk override RECORD ITEM ...`: a coach overrides an item's points
 * with a written justification, in a signed addendum beside the record (override.h). */
#include <cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "coach_cmds.h"
#include "hmac.h"
#include "override.h"
#include "record_cmds.h"
#include "record_internal.h"

const char usage_override[] =
    "usage: incidesk override RECORD ITEM --points N --why TEXT --coach ID --key FILE [--at TIME]\n"
    "\n"
    "Overrides the points of one scored item of a record (ITEM is the item's id, as the\n"
    "debrief and the evidence report show it: briefing:F2, escalation:trapped ...), with a\n"
    "written justification. The record never changes: the override goes to an addendum\n"
    "beside it, RECORD.override.json (RECORD less .json), which holds every override of the\n"
    "record in order with who made it and when, the record's digest, and an HMAC under the\n"
    "centre's key, so that nobody without the key can add or change one unseen. Review\n"
    "(with --key) counts the overridden points; the evidence report shows every override.\n"
    "A later override of the same item replaces the earlier one's points; both stay listed.\n"
    "\n"
    "options:\n"
    "  --points N     the item's points now, a whole number from 0 to its points possible\n"
    "  --why TEXT     the justification (at least 10 characters)\n"
    "  --coach ID     who overrides\n"
    "  --key FILE     the centre's HMAC key (required: the addendum is signed)\n"
    "  --at TIME      when, ISO 8601 UTC (default now)\n"
    "\n"
    "exit: 0 written, 2 bad input (nothing written)\n";

typedef struct Opts {
  const char *record, *item, *why, *coach, *key, *at;
  int points, have_points;
} Opts;

static int usage(const char *fmt, const char *arg) { return coach_usage("override", fmt, arg); }

static int parse(int argc, char **argv, Opts *o) {
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--points") == 0 || strcmp(a, "--why") == 0 || strcmp(a, "--coach") == 0 ||
        strcmp(a, "--key") == 0 || strcmp(a, "--at") == 0) {
      if (i + 1 >= argc)
        return usage("%s needs a value", a);
      const char *v = argv[++i];
      if (a[2] == 'p') {
        char *end;
        long p = strtol(v, &end, 10);
        if (!*v || *end || p < 0 || p > 1000)
          return usage("--points must be a whole number from 0, not '%s'", v);
        o->points = (int)p, o->have_points = 1;
      } else if (a[2] == 'w')
        o->why = v;
      else if (a[2] == 'c')
        o->coach = v;
      else if (a[2] == 'k')
        o->key = v;
      else
        o->at = v;
    } else if (a[0] == '-' && a[1])
      return usage("unknown option '%s'", a);
    else if (!o->record)
      o->record = a;
    else if (!o->item)
      o->item = a;
    else
      return usage("unexpected argument '%s'", a);
  }
  if (!o->record || !o->item)
    return usage("%s", "needs a RECORD and an ITEM");
  if (!o->have_points)
    return usage("%s", "needs --points N");
  if (!o->why || strlen(o->why) < 10)
    return usage("%s", "needs --why TEXT, a written justification of 10 characters or more");
  if (!o->coach || !*o->coach)
    return usage("%s", "needs --coach ID");
  if (!o->key)
    return usage("%s", "needs --key FILE: the addendum is signed with the centre's key");
  if (o->at && scan_day_number(o->at) < 0)
    return usage("--at must be an ISO 8601 time, not '%s'", o->at);
  return 0;
}

/* The record's digest and the item's criterion, points and possible. 0, or -1 with err. */
static int read_item(const Opts *o, const uint8_t *key, size_t key_len, char **digest, Override *ov,
                     Error *err) {
  size_t len;
  char *text = file_read_all(o->record, &len, err);
  if (!text)
    return -1;
  SealCheck seal;
  int rc = -1;
  cJSON *r = NULL;
  if (record_seal_check(o->record, text, len, key, key_len, &seal, err) < 0)
    goto done;
  if (!seal.is_record) {
    error_set(err, o->record, 1, "not a record: no \"digest\", and \"format\" is not \"%s\"",
              RECORD_FORMAT);
    goto done;
  }
  if (!seal.digest_ok || (seal.hmac_present && !seal.hmac_ok)) {
    error_set(
        err, o->record, 1,
        "the record's %s does not match its content (see incidesk verify); no override written",
        seal.digest_ok ? "hmac" : "digest");
    goto done;
  }
  r = record_json_parse(o->record, text, len, err);
  const cJSON *it;
  cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(r, "items")) {
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(it, "id");
    if (!cJSON_IsString(id) || strcmp(id->valuestring, o->item) != 0)
      continue;
    const cJSON *c = cJSON_GetObjectItemCaseSensitive(it, "criterion");
    ov->criterion = xstrdup(cJSON_IsString(c) ? c->valuestring : "");
    ov->was = (int)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(it, "points"));
    ov->possible = (int)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(it, "possible"));
    *digest = xstrdup(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(r, "digest")));
    rc = 0;
    break;
  }
  if (r && rc < 0) { /* the line of the record's own "items" (a brief action has "items" too) */
    const char *top = strstr(text, "\n\t\"items\"");
    error_set(err, o->record,
              top ? record_line_of_offset(text, top + 1) : record_line_of_key(text, "items"),
              "the record has no scored item '%s'", o->item);
  }
done:
  cJSON_Delete(r);
  free(text);
  return rc;
}

static const char *base_name(const char *p) {
  const char *s = strrchr(p, '/');
  return s ? s + 1 : p;
}

static int run(const Opts *o, Error *err) {
  size_t key_len;
  uint8_t *key = hmac_key_read(o->key, &key_len, err);
  if (!key)
    return -1;
  char *digest = NULL, *path = override_path_for(o->record);
  Override ov = {0};
  Addendum a = {0};
  int rc = -1, seal = 0;
  if (read_item(o, key, key_len, &digest, &ov, err) < 0)
    goto done;
  if (o->points > ov.possible) {
    error_set(err, NULL, 0,
              "override: --points must be from 0 to %d, the item's points possible, not %d",
              ov.possible, o->points);
    goto done;
  }
  struct stat st;
  if (stat(path, &st) == 0) {
    if (override_read(path, key, key_len, &a, &seal, err) < 0)
      goto done;
    if (!seal) {
      error_set(
          err, path, 1,
          "the addendum's seal does not match (another key, or it was changed); not overwritten");
      goto done;
    }
    if (!str_eq(a.record_digest, digest)) {
      error_set(
          err, path, 1,
          "the addendum was made for another record (its record_digest differs); not overwritten");
      goto done;
    }
  } else {
    a.record = xstrdup(base_name(o->record));
    a.record_digest = xstrdup(digest);
  }
  char at[32];
  if (o->at)
    snprintf(at, sizeof at, "%s", o->at);
  else {
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(at, sizeof at, "%Y-%m-%dT%H:%M:%SZ", &tm);
  }
  for (size_t i = 0; i < a.len; i++) /* the points as they stand after earlier overrides */
    if (strcmp(a.v[i].item, o->item) == 0)
      ov.was = a.v[i].points;
  ov.item = (char *)o->item, ov.justification = (char *)o->why, ov.coach = (char *)o->coach,
  ov.at = at;
  ov.points = o->points;
  override_push(&a, &ov);
  char *text = override_build(&a, key, key_len);
  rc = record_write_atomic(path, text, err);
  free(text);
  if (rc == 0)
    printf("%s: %s %d -> %d of %d (%zu override%s, signed)\n", path, o->item, ov.was, ov.points,
           ov.possible, a.len, a.len == 1 ? "" : "s");
done:
  free(ov.criterion), free(digest), free(path), free(key);
  override_free(&a);
  return rc;
}

int cmd_override(int argc, char **argv) {
  Opts o = {0};
  int rc = parse(argc, argv, &o);
  Error err;
  if (rc == 0 && run(&o, &err) < 0)
    rc = record_cmd_fail(&err);
  return rc;
}
