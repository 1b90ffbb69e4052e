/* xapi.h - records as xAPI 1.0.3 statements (docs/record.md, "xAPI").
 *
 * Each record gives one statement per scored item (verb `scored`, or `answered` for a
 * knowledge question) and one for the session (`passed` or `failed`). The actor is an
 * account {homePage: the centre's home page, name: the trainee id}; activity ids live under
 * a configurable IRI; results carry score.scaled/raw/min/max, success and (for the
 * session) an ISO 8601 duration; context.registration is a UUID derived from the record's
 * digest, criteria are context activities of the `category` kind and IRI-keyed
 * extensions. Statement ids are name-based UUIDs too, so exporting a record twice gives the
 * same statements.
 */
#ifndef INCIDESK_XAPI_H
#define INCIDESK_XAPI_H

#include <stddef.h>

#include "util.h"

#define XAPI_DEFAULT_BASE "https://incidesk.invalid/xapi"

typedef struct XapiOptions {
  const char *activity_base; /* IRI all activity ids go under; NULL: XAPI_DEFAULT_BASE */
  const char *homepage;      /* the centre's home page for actor accounts; NULL:
                                ACTIVITY_BASE/centres/CENTRE */
} XapiOptions;

typedef struct XapiBatch XapiBatch;

/* An empty batch; the options' strings are copied. Caller frees with xapi_batch_free. */
XapiBatch *xapi_batch_new(const XapiOptions *o);
void xapi_batch_free(XapiBatch *b);

/* Adds the statements of one record (its JSON text). The record's digest must match its
 * content. 0, or -1 with err "path:LINE: ..." (bad JSON, not a record, a broken digest, a
 * time that is not ISO 8601 UTC). */
int xapi_batch_add(XapiBatch *b, const char *path, const char *text, size_t len, Error *err);

size_t xapi_batch_count(const XapiBatch *b);

/* Statements [from, from + n) as a formatted JSON array (n is cut to what there is).
 * Caller frees with free(). */
char *xapi_batch_json(const XapiBatch *b, size_t from, size_t n);

/* A name-based UUID (RFC 4122 layout, version 5 bits, variant 10) from the first 16 bytes
 * of SHA-256(namespace || name), in lowercase 8-4-4-4-12 form into out. */
void xapi_uuid(const char *name, char out[37]);

/* ISO 8601 duration of ms milliseconds to 0.01 s: 90000 -> "PT1M30S", 3250 -> "PT3.25S". */
void xapi_duration(long long ms, char *out, size_t n);

#endif
