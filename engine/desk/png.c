/* png.c - the PNG writer: signature, IHDR, one IDAT of zlib stored blocks, IEND. */
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

/* Writes one chunk: length, type, data, CRC over type and data. */
static int chunk(FILE *f, const char *type, const unsigned char *data, size_t n) {
  unsigned char head[8];
  be32(head, (uint32_t)n);
  memcpy(head + 4, type, 4);
  uint32_t crc = png_crc32(png_crc32(0, type, 4), data, n);
  unsigned char tail[4];
  be32(tail, crc);
  return fwrite(head, 1, 8, f) == 8 && (n == 0 || fwrite(data, 1, n, f) == n) &&
                 fwrite(tail, 1, 4, f) == 4
             ? 0
             : -1;
}

/* The raw scanlines (filter byte 0, then RGB) of the image. Caller frees. */
static unsigned char *scanlines(const void *pixels, int w, int h, size_t pitch, size_t *len) {
  size_t row = 1 + (size_t)w * 3;
  unsigned char *raw = xmalloc(row * (size_t)h), *o = raw;
  for (int y = 0; y < h; y++) {
    const uint32_t *px = (const uint32_t *)((const unsigned char *)pixels + (size_t)y * pitch);
    *o++ = 0;
    for (int x = 0; x < w; x++) {
      *o++ = (unsigned char)(px[x] >> 16), *o++ = (unsigned char)(px[x] >> 8);
      *o++ = (unsigned char)px[x];
    }
  }
  *len = row * (size_t)h;
  return raw;
}

/* raw wrapped as a zlib stream of stored blocks. Caller frees. */
static unsigned char *zlib_stored(const unsigned char *raw, size_t n, size_t *len) {
  size_t blocks = n / 65535 + 1, out_n = 2 + n + blocks * 5 + 4;
  unsigned char *z = xmalloc(out_n), *o = z;
  *o++ = 0x78, *o++ = 0x01;
  size_t off = 0;
  do {
    size_t k = n - off > 65535 ? 65535 : n - off;
    *o++ = off + k == n ? 1 : 0;
    *o++ = (unsigned char)k, *o++ = (unsigned char)(k >> 8);
    *o++ = (unsigned char)~k, *o++ = (unsigned char)(~k >> 8);
    memcpy(o, raw + off, k);
    o += k, off += k;
  } while (off < n);
  be32(o, png_adler32(1, raw, n));
  o += 4;
  *len = (size_t)(o - z);
  return z;
}

int png_write_argb(const char *path, const void *pixels, int w, int h, size_t pitch, Error *err) {
  if (w <= 0 || h <= 0)
    return error_set(err, path, 0, "empty image");
  size_t rawn, zn;
  unsigned char *raw = scanlines(pixels, w, h, pitch, &rawn);
  unsigned char *z = zlib_stored(raw, rawn, &zn);
  free(raw);
  char *tmp = xasprintf("%s.tmp.%ld", path, (long)getpid());
  FILE *f = fopen(tmp, "wb");
  int rc = f ? 0 : -1;
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
  int saved = errno;
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
