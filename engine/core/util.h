/* util.h - memory, errors and growable buffers shared by every module.
 *
 * Memory: the x* helpers never return NULL; on exhaustion they print one line and abort,
 * which is the only sane answer for a simulator that owns no irreplaceable state in memory
 * (records are journalled on disk).
 */
#ifndef INCIDESK_UTIL_H
#define INCIDESK_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* Caller frees with free(). */
void *xmalloc(size_t n);
/* Caller frees with free(). */
void *xcalloc(size_t count, size_t size);
/* Caller frees with free(); p may be NULL. */
void *xrealloc(void *p, size_t n);
/* Caller frees with free(); s may be NULL (returns NULL). */
char *xstrdup(const char *s);
/* Caller frees with free(). */
char *xstrndup(const char *s, size_t n);
/* Caller frees with free(): printf into a new string. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* An error for the user: one line, already naming the input file and line. */
typedef struct Error {
  char msg[1024];
} Error;

/* Fills err (if not NULL) with "FILE:LINE: message" (":LINE" left out when line <= 0,
 * "FILE: " left out when file is NULL) and returns -1, so callers can `return error_set(..)`. */
int error_set(Error *err, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
int error_vset(Error *err, const char *file, int line, const char *fmt, va_list ap);

/* A growable byte string, always NUL terminated. Zero-initialise; free with buf_free. */
typedef struct Buf {
  char *data;
  size_t len, cap;
} Buf;
void buf_put(Buf *b, const char *s, size_t n);
void buf_puts(Buf *b, const char *s);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_free(Buf *b);

/* A growable array of pointers. Zero-initialise; vec_free frees the array, not the items. */
typedef struct Vec {
  void **items;
  size_t len, cap;
} Vec;
void vec_push(Vec *v, void *item);
void vec_free(Vec *v);

/* Largest file file_read_all reads: no input of ours comes near it, and a path that names
 * something endless (/dev/zero, a pipe that never ends) must not exhaust memory. */
#define FILE_READ_LIMIT (64u * 1024u * 1024u)

/* Reads a whole file (at most FILE_READ_LIMIT bytes). Caller frees with free(); NULL and err
 * filled on failure ("FILE: cannot open: ...", "FILE: cannot read: ...", "FILE: larger than
 * 64 MB, not an input file"). */
char *file_read_all(const char *path, size_t *len, Error *err);

/* 1 if a and b are equal ignoring ASCII case. */
int str_ieq(const char *a, const char *b);
/* 1 if needle occurs in haystack ignoring ASCII case (needle "" matches). */
int str_icontains(const char *haystack, const char *needle);
/* 1 if word occurs in text as a whole word (not inside a longer run of letters and
 * digits), ignoring ASCII case. */
int str_has_word(const char *text, const char *word);
/* 1 if s equals a, treating NULL as "". */
int str_eq(const char *a, const char *b);

#endif
