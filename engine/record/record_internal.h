/* record_internal.h - what the files of engine/record share and nobody else needs: the
 * cJSON side of actions, the canonical form, digests and HMACs of parsed records. */
#ifndef INCIDESK_RECORD_INTERNAL_H
#define INCIDESK_RECORD_INTERNAL_H

#include <cJSON.h>

#include "record.h"

/* An action as a JSON object in the actions-file shape. Caller frees with cJSON_Delete. */
cJSON *record_action_json(const Action *a);
/* Parses one action object into a (zeroed by the caller). 0, or -1 with err at path:line. */
int record_action_parse(const char *path, int line, const cJSON *o, Action *a, Error *err);
/* Appends the canonical serialisation of j (docs/record.md) to b. */
void record_canon(Buf *b, const cJSON *j);
/* "sha256:HEX" over the canonical form of o without "digest" and "hmac". Caller frees. */
char *record_digest_of(const cJSON *o);
/* "hmac-sha256:HEX" over the same bytes as the digest. Caller frees. */
char *record_hmac_of(const cJSON *o, const uint8_t *key, size_t key_len);
/* 1-based line of the byte at `at` in s. */
int record_line_of_offset(const char *s, const char *at);
/* Parses JSON text; NULL with err "path:LINE: not valid JSON" (or a NUL byte) on failure.
 * Caller frees with cJSON_Delete. */
cJSON *record_json_parse(const char *path, const char *text, size_t len, Error *err);
/* Line of the first occurrence of "key" (with its quotes) in text, or 1. */
int record_line_of_key(const char *text, const char *key);

#endif
