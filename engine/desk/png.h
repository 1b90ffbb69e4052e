/* png.h - a small PNG writer for screenshots, with no dependency: 8-bit RGB, rows filtered
 * (None, Sub or Up), a zlib stream of fixed-Huffman deflate written here, CRC-32 and
 * Adler-32 computed here. */
#ifndef INCIDESK_PNG_H
#define INCIDESK_PNG_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

/* Writes w x h pixels, each a uint32_t 0xAARRGGBB (alpha ignored), rows pitch bytes apart,
 * to path (atomically: a temporary file renamed). 0, or -1 with err. */
int png_write_argb(const char *path, const void *pixels, int w, int h, size_t pitch, Error *err);
/* CRC-32 (ISO 3309, as PNG uses) of n bytes, continuing from crc (start with 0). */
uint32_t png_crc32(uint32_t crc, const void *p, size_t n);
/* Adler-32 (zlib) of n bytes, continuing from a (start with 1). */
uint32_t png_adler32(uint32_t a, const void *p, size_t n);

#endif
