/* sha256.h - SHA-256 (FIPS 180-4), plain C, for record digests and file hashes. */
#ifndef INCIDESK_SHA256_H
#define INCIDESK_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct Sha256 {
  uint32_t h[8];
  uint64_t len;
  uint8_t block[64];
  size_t used;
} Sha256;

void sha256_init(Sha256 *c);
void sha256_update(Sha256 *c, const void *data, size_t n);
void sha256_final(Sha256 *c, uint8_t out[32]);
/* One-shot digest as 64 lowercase hex digits and a NUL into out. */
void sha256_hex(const void *data, size_t n, char out[65]);

#endif
