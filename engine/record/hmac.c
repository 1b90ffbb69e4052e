/* hmac.c - HMAC-SHA256 and key files. */
#include "hmac.h"

#include <stdlib.h>
#include <string.h>

#include "sha256.h"

void hmac_sha256(const uint8_t *key, size_t key_len, const void *data, size_t n, uint8_t out[32]) {
  uint8_t k[64] = {0}, pad[64], inner[32];
  if (key_len > sizeof k) {
    Sha256 c;
    sha256_init(&c);
    sha256_update(&c, key, key_len);
    sha256_final(&c, k);
  } else if (key_len) {
    memcpy(k, key, key_len);
  }
  Sha256 c;
  for (size_t i = 0; i < 64; i++)
    pad[i] = (uint8_t)(k[i] ^ 0x36);
  sha256_init(&c);
  sha256_update(&c, pad, 64);
  sha256_update(&c, data, n);
  sha256_final(&c, inner);
  for (size_t i = 0; i < 64; i++)
    pad[i] = (uint8_t)(k[i] ^ 0x5c);
  sha256_init(&c);
  sha256_update(&c, pad, 64);
  sha256_update(&c, inner, sizeof inner);
  sha256_final(&c, out);
}

void hmac_sha256_hex(const uint8_t *key, size_t key_len, const void *data, size_t n, char out[65]) {
  static const char hex[] = "0123456789abcdef";
  uint8_t mac[32];
  hmac_sha256(key, key_len, data, n, mac);
  for (size_t i = 0; i < 32; i++) {
    out[2 * i] = hex[mac[i] >> 4];
    out[2 * i + 1] = hex[mac[i] & 15];
  }
  out[64] = 0;
}

uint8_t *hmac_key_read(const char *path, size_t *key_len, Error *err) {
  size_t len;
  char *text = file_read_all(path, &len, err);
  if (!text)
    return NULL;
  while (len && (text[len - 1] == '\n' || text[len - 1] == '\r' || text[len - 1] == ' ' ||
                 text[len - 1] == '\t'))
    len--;
  if (len < HMAC_KEY_MIN) {
    free(text);
    error_set(err, path, 0, "a key file must hold at least %d bytes (it holds %zu)", HMAC_KEY_MIN,
              len);
    return NULL;
  }
  *key_len = len;
  return (uint8_t *)text;
}
