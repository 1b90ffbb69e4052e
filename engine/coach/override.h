/* override.h - a coach's override of scored items, with audit: a signed addendum beside the
 * record (the record itself never changes).
 *
 * RECORD.json's addendum is RECORD.override.json (docs/coaching.md, and the JSON Schema
 * docs/schema/override.schema.json):
 *   {"format": "incidesk-override/1", "record": NAME, "record_digest": "sha256:...",
 *    "overrides": [{"item", "criterion", "was", "points", "possible", "justification",
 *                   "coach", "at"}...],
 *    "digest": "sha256:...", "hmac": "hmac-sha256:..."}
 * digest and hmac cover the canonical form of every other member, as a record's do
 * (docs/record.md); the HMAC is under the centre's key, so nobody without it can write or
 * change an override unseen. Overrides apply in order; a later one of the same item wins.
 */
#ifndef INCIDESK_OVERRIDE_H
#define INCIDESK_OVERRIDE_H

#include <stddef.h>
#include <stdint.h>

#include "scan.h"
#include "util.h"

#define OVERRIDE_FORMAT "incidesk-override/1"
#define OVERRIDE_SUFFIX ".override.json"

/* One override of one item. Strings owned by the Addendum. */
typedef struct Override {
  char *item, *criterion, *justification, *coach, *at;
  int was, points, possible;
} Override;

typedef struct Addendum {
  char *record, *record_digest;
  Override *v;
  size_t len;
} Addendum;

/* RECORD less ".json", plus OVERRIDE_SUFFIX. Caller frees with free(). */
char *override_path_for(const char *record_path);

/* Reads an addendum. *seal gets 1 if its digest and (key given) its HMAC match, 0 if not.
 * 0, or -1 with err "FILE:LINE: ..." if it is not an addendum of this format. Free with
 * override_free. */
int override_read(const char *path, const uint8_t *key, size_t key_len, Addendum *out, int *seal,
                  Error *err);
void override_free(Addendum *a);
/* Appends a copy of o to a. */
void override_push(Addendum *a, const Override *o);

/* The addendum as JSON text with its digest and HMAC under key. Caller frees with free(). */
char *override_build(const Addendum *a, const uint8_t *key, size_t key_len);

/* Applies the addendum beside s->path, if there is one, to s's items: only with a key, only
 * if its seal matches and it was made for this record (record_digest). Returns how many
 * overrides applied (s->items' points changed; the caller re-totals), or 0 with
 * s->override_note saying why an addendum found was left aside. */
int override_apply_to_scan(RecordScan *s, const uint8_t *key, size_t key_len);

/* The overrides of the record at record_path as an HTML section for reports (seal checked
 * with key, if given), or NULL if it has no addendum. Caller frees with free(). */
char *override_html(const char *record_path, const char *record_digest, const uint8_t *key,
                    size_t key_len);

#endif
