/* hmac.h - HMAC-SHA256 (RFC 2104, FIPS 198-1) over engine/core's SHA-256: the optional
 * per-centre seal of a record, so that a record whose digest was forged after an edit is
 * still detected by whoever holds the centre's key. */
#ifndef INCIDESK_HMAC_H
#define INCIDESK_HMAC_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

/* The MAC of data under key, 32 bytes into out. Any key length (longer than a block is
 * hashed first, as the RFC says). */
void hmac_sha256(const uint8_t *key, size_t key_len, const void *data, size_t n, uint8_t out[32]);

/* As hmac_sha256, as 64 lowercase hex digits and a NUL. */
void hmac_sha256_hex(const uint8_t *key, size_t key_len, const void *data, size_t n, char out[65]);

/* Shortest key accepted from a key file, in bytes. */
#define HMAC_KEY_MIN 16

/* Reads a key file: its bytes, less trailing white space (a final newline). Caller frees
 * with free(); NULL with err ("FILE: ...") if it cannot be read or holds fewer than
 * HMAC_KEY_MIN bytes. */
uint8_t *hmac_key_read(const char *path, size_t *key_len, Error *err);

#endif
