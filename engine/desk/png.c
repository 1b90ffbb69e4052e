/* png.c - the PNG writer: signature, IHDR, one IDAT, IEND. Each row is filtered (None, Sub or
 * Up, whichever leaves the smallest bytes) and the whole compressed as one zlib stream of
 * fixed-Huffman deflate blocks with greedy LZ77 matching (RFC 1950, 1951). */
#include "png.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

uint32_t png_crc32(uint32_t crc, const void *p, size_t n) {
  static uint32_t table[256];
  if (!table[1])
    for (uint32_t i = 0; i < 256; i++) {
      uint32_t c = i;
      for (int k = 0; k < 8; k++)
        c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      table[i] = c;
    }
  const unsigned char *b = p;
  crc = ~crc;
  for (size_t i = 0; i < n; i++)
    crc = table[(crc ^ b[i]) & 0xFF] ^ (crc >> 8);
  return ~crc;
}

uint32_t png_adler32(uint32_t a, const void *p, size_t n) {
  const unsigned char *b = p;
  uint32_t s1 = a & 0xFFFF, s2 = a >> 16;
  for (size_t i = 0; i < n; i++) {
    s1 = (s1 + b[i]) % 65521u;
    s2 = (s2 + s1) % 65521u;
  }
  return s2 << 16 | s1;
}

static void be32(unsigned char *o, uint32_t v) {
  o[0] = (unsigned char)(v >> 24), o[1] = (unsigned char)(v >> 16);
  o[2] = (unsigned char)(v >> 8), o[3] = (unsigned char)v;
}

/* ---- deflate: fixed Huffman codes, greedy matches from a hash of 3-byte sequences ---- */

typedef struct Bits {
  unsigned char *out;
  size_t len, cap;
  uint32_t acc;
  int n;
} Bits;

static void put_bits(Bits *b, uint32_t v, int n) { /* LSB first */
  b->acc |= v << b->n;
  b->n += n;
  while (b->n >= 8) {
    if (b->len == b->cap)
      b->out = xrealloc(b->out, b->cap = b->cap * 2 + 1024);
    b->out[b->len++] = (unsigned char)b->acc;
    b->acc >>= 8, b->n -= 8;
  }
}

static void put_code(Bits *b, uint32_t code, int n) { /* Huffman codes go MSB first */
  uint32_t r = 0;
  for (int i = 0; i < n; i++)
    r |= ((code >> i) & 1) << (n - 1 - i);
  put_bits(b, r, n);
}

static void put_litlen(Bits *b, int v) {
  if (v < 144)
    put_code(b, 0x30 + (uint32_t)v, 8);
  else if (v < 256)
    put_code(b, 0x190 + (uint32_t)(v - 144), 9);
  else if (v < 280)
    put_code(b, (uint32_t)(v - 256), 7);
  else
    put_code(b, 0xC0 + (uint32_t)(v - 280), 8);
}

static const int len_base[29] = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
static const int len_extra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                  2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const int dist_base[30] = {1,    2,    3,    4,    5,    7,    9,    13,    17,    25,
                                  33,   49,   65,   97,   129,  193,  257,  385,   513,   769,
                                  1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
static const int dist_extra[30] = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                   6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

static void put_match(Bits *b, int len, int dist) {
  int i = 28;
  while (len_base[i] > len)
    i--;
  put_litlen(b, 257 + i);
  put_bits(b, (uint32_t)(len - len_base[i]), len_extra[i]);
  int k = 29;
  while (dist_base[k] > dist)
    k--;
  put_code(b, (uint32_t)k, 5);
  put_bits(b, (uint32_t)(dist - dist_base[k]), dist_extra[k]);
}

#define WINDOW 32768
#define HASH_BITS 15

static uint32_t hash3(const unsigned char *p) {
  return ((uint32_t)p[0] << 10 ^ (uint32_t)p[1] << 5 ^ p[2]) & ((1u << HASH_BITS) - 1);
}

/* The longest earlier match for src[i..] (at most 258 bytes, within the window). */
static int longest(const unsigned char *src, size_t n, size_t i, const long *head, const long *prev,
                   int *dist) {
  int best = 0, chain = 24;
  size_t max = n - i < 258 ? n - i : 258;
  for (long j = head[hash3(src + i)]; j >= 0 && chain-- > 0 && i - (size_t)j <= WINDOW;
       j = prev[j & (WINDOW - 1)]) {
    size_t k = 0;
    while (k < max && src[(size_t)j + k] == src[i + k])
      k++;
    if ((int)k > best)
      best = (int)k, *dist = (int)(i - (size_t)j);
    if (k == max)
      break;
  }
  return best;
}

/* src compressed as a zlib stream. Caller frees. */
static unsigned char *zlib_deflate(const unsigned char *src, size_t n, size_t *out_len) {
  Bits b = {0};
  put_bits(&b, 0x78, 8), put_bits(&b, 0x01, 8);
  put_bits(&b, 1, 1), put_bits(&b, 1, 2); /* the final block, fixed Huffman codes */
  long *head = xmalloc(sizeof(long) << HASH_BITS), *prev = xmalloc(sizeof(long) * WINDOW);
  for (size_t i = 0; i < (size_t)1 << HASH_BITS; i++)
    head[i] = -1;
  size_t i = 0;
  while (i < n) {
    int dist = 0, len = i + 3 <= n ? longest(src, n, i, head, prev, &dist) : 0;
    if (len >= 3)
      put_match(&b, len, dist);
    else
      put_litlen(&b, src[i]), len = 1;
    for (int k = 0; k < len; k++, i++)
      if (i + 3 <= n) {
        uint32_t h = hash3(src + i);
        prev[i & (WINDOW - 1)] = head[h];
        head[h] = (long)i;
      }
  }
  put_litlen(&b, 256);
  if (b.n)
    put_bits(&b, 0, 8 - b.n);
  unsigned char ad[4];
  be32(ad, png_adler32(1, src, n));
  for (int k = 0; k < 4; k++)
    put_bits(&b, ad[k], 8);
  free(head), free(prev);
  *out_len = b.len;
  return b.out;
}

/* ---- PNG ---- */

/* Writes one chunk: length, type, data, CRC over type and data. */
static int chunk(FILE *f, const char *type, const unsigned char *data, size_t n) {
  unsigned char head[8], tail[4];
  be32(head, (uint32_t)n);
  memcpy(head + 4, type, 4);
  be32(tail, png_crc32(png_crc32(0, type, 4), data, n));
  int ok = fwrite(head, 1, 8, f) == 8 && (n == 0 || fwrite(data, 1, n, f) == n) &&
           fwrite(tail, 1, 4, f) == 4;
  return ok ? 0 : -1;
}

static unsigned absb(unsigned char v) { return v < 128 ? v : 256u - v; }

/* Filters row (RGB) against prior (NULL for the first) into out: a filter byte, then the
 * bytes, with whichever of None, Sub and Up sums smallest. */
static void filter_row(const unsigned char *row, const unsigned char *prior, size_t n,
                       unsigned char *out) {
  unsigned long cost[3] = {0, 0, 0};
  for (size_t i = 0; i < n; i++) {
    cost[0] += row[i];
    cost[1] += absb((unsigned char)(row[i] - (i >= 3 ? row[i - 3] : 0)));
    cost[2] += absb((unsigned char)(row[i] - (prior ? prior[i] : 0)));
  }
  int f = cost[1] < cost[0] ? 1 : 0;
  if (cost[2] < cost[f])
    f = 2;
  out[0] = (unsigned char)f;
  for (size_t i = 0; i < n; i++) {
    unsigned char pred = f == 1 ? (i >= 3 ? row[i - 3] : 0) : f == 2 ? (prior ? prior[i] : 0) : 0;
    out[1 + i] = (unsigned char)(row[i] - pred);
  }
}

/* The filtered scanlines of the image. Caller frees. */
static unsigned char *scanlines(const void *pixels, int w, int h, size_t pitch, size_t *len) {
  size_t n = (size_t)w * 3;
  unsigned char *raw = xmalloc((n + 1) * (size_t)h), *rgb = xmalloc(2 * n);
  for (int y = 0; y < h; y++) {
    const uint32_t *px = (const uint32_t *)((const unsigned char *)pixels + (size_t)y * pitch);
    unsigned char *cur = rgb + (size_t)(y % 2) * n,
                  *prior = y ? rgb + (size_t)((y + 1) % 2) * n : NULL;
    for (int x = 0; x < w; x++) {
      cur[3 * x] = (unsigned char)(px[x] >> 16), cur[3 * x + 1] = (unsigned char)(px[x] >> 8);
      cur[3 * x + 2] = (unsigned char)px[x];
    }
    filter_row(cur, prior, n, raw + (size_t)y * (n + 1));
  }
  free(rgb);
  *len = (n + 1) * (size_t)h;
  return raw;
}

int png_write_argb(const char *path, const void *pixels, int w, int h, size_t pitch, Error *err) {
  if (w <= 0 || h <= 0)
    return error_set(err, path, 0, "empty image");
  size_t rawn, zn;
  unsigned char *raw = scanlines(pixels, w, h, pitch, &rawn);
  unsigned char *z = zlib_deflate(raw, rawn, &zn);
  free(raw);
  char *tmp = xasprintf("%s.tmp.%ld", path, (long)getpid());
  FILE *f = fopen(tmp, "wb");
  int rc = f ? 0 : -1, saved = errno;
  unsigned char ihdr[13] = {0};
  be32(ihdr, (uint32_t)w), be32(ihdr + 4, (uint32_t)h);
  ihdr[8] = 8, ihdr[9] = 2; /* 8-bit RGB; compression, filter, interlace 0 */
  if (rc == 0 && fwrite("\x89PNG\r\n\x1a\n", 1, 8, f) != 8)
    rc = -1;
  if (rc == 0)
    rc = chunk(f, "IHDR", ihdr, sizeof ihdr);
  if (rc == 0)
    rc = chunk(f, "IDAT", z, zn);
  if (rc == 0)
    rc = chunk(f, "IEND", NULL, 0);
  if (rc < 0 && f)
    saved = errno;
  if (f && fclose(f) != 0 && rc == 0)
    rc = -1, saved = errno;
  if (rc == 0 && rename(tmp, path) != 0)
    rc = -1, saved = errno;
  if (rc < 0) {
    unlink(tmp);
    error_set(err, path, 0, "cannot write: %s", strerror(saved));
  }
  free(tmp);
  free(z);
  return rc;
}
