/* util.c - memory, errors, buffers and small string helpers. */
#include "util.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void die_oom(void) {
  fputs("incidesk: out of memory\n", stderr);
  abort();
}

void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) die_oom();
  return p;
}

void *xcalloc(size_t count, size_t size) {
  void *p = calloc(count ? count : 1, size ? size : 1);
  if (!p) die_oom();
  return p;
}

void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) die_oom();
  return q;
}

char *xstrdup(const char *s) {
  return s ? xstrndup(s, strlen(s)) : NULL;
}

char *xstrndup(const char *s, size_t n) {
  char *p = xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

char *xasprintf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  Buf b = {0};
  char tmp[256];
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  if (n >= 0 && (size_t)n < sizeof tmp) {
    buf_put(&b, tmp, (size_t)n);
  } else if (n >= 0) {
    b.data = xmalloc((size_t)n + 1);
    vsnprintf(b.data, (size_t)n + 1, fmt, ap2);
  }
  va_end(ap2);
  va_end(ap);
  return b.data ? b.data : xstrdup("");
}

int error_vset(Error *err, const char *file, int line, const char *fmt, va_list ap) {
  if (!err) return -1;
  size_t off = 0;
  int n = 0;
  if (file && line > 0) n = snprintf(err->msg, sizeof err->msg, "%s:%d: ", file, line);
  else if (file) n = snprintf(err->msg, sizeof err->msg, "%s: ", file);
  if (n > 0) off = (size_t)n < sizeof err->msg ? (size_t)n : sizeof err->msg - 1;
  vsnprintf(err->msg + off, sizeof err->msg - off, fmt, ap);
  for (char *p = err->msg; *p; p++)
    if (*p == '\n' || *p == '\r') *p = ' '; /* one line, always */
  return -1;
}

int error_set(Error *err, const char *file, int line, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  error_vset(err, file, line, fmt, ap);
  va_end(ap);
  return -1;
}

static void buf_grow(Buf *b, size_t extra) {
  if (b->len + extra + 1 <= b->cap) return;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < b->len + extra + 1) cap *= 2;
  b->data = xrealloc(b->data, cap);
  b->cap = cap;
}

void buf_put(Buf *b, const char *s, size_t n) {
  buf_grow(b, n);
  memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = 0;
}

void buf_puts(Buf *b, const char *s) {
  buf_put(b, s, strlen(s));
}

void buf_printf(Buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  if (n > 0) {
    buf_grow(b, (size_t)n);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
    b->len += (size_t)n;
  }
  va_end(ap2);
  va_end(ap);
}

void buf_free(Buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

void vec_push(Vec *v, void *item) {
  if (v->len == v->cap) {
    v->cap = v->cap ? v->cap * 2 : 8;
    v->items = xrealloc(v->items, v->cap * sizeof *v->items);
  }
  v->items[v->len++] = item;
}

void vec_free(Vec *v) {
  free(v->items);
  v->items = NULL;
  v->len = v->cap = 0;
}

char *file_read_all(const char *path, size_t *len, Error *err) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    error_set(err, path, 0, "cannot open: %s", strerror(errno));
    return NULL;
  }
  Buf b = {0};
  char chunk[65536];
  size_t n;
  errno = 0;
  while (b.len <= FILE_READ_LIMIT && (n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_put(&b, chunk, n);
  int bad = ferror(f), e = errno;
  fclose(f);
  if (bad || b.len > FILE_READ_LIMIT) {
    buf_free(&b);
    if (bad) error_set(err, path, 0, "cannot read: %s", strerror(e ? e : EIO));
    else error_set(err, path, 0, "larger than %u MB, not an input file", FILE_READ_LIMIT >> 20);
    return NULL;
  }
  if (!b.data) b.data = xstrdup("");
  if (len) *len = b.len;
  return b.data;
}

int str_ieq(const char *a, const char *b) {
  if (!a || !b) return a == b;
  for (; *a && *b; a++, b++)
    if (tolower((unsigned char)*a) != tolower((unsigned char)*b)) return 0;
  return *a == *b;
}

int str_icontains(const char *h, const char *n) {
  if (!h || !n) return 0;
  size_t hl = strlen(h), nl = strlen(n);
  for (size_t i = 0; i + nl <= hl; i++) {
    size_t j = 0;
    while (j < nl && tolower((unsigned char)h[i + j]) == tolower((unsigned char)n[j])) j++;
    if (j == nl) return 1;
  }
  return 0;
}

int str_eq(const char *a, const char *b) {
  return strcmp(a ? a : "", b ? b : "") == 0;
}

int str_has_word(const char *text, const char *word) {
  if (!text || !word) return 0;
  size_t n = strlen(word), tl = strlen(text);
  for (size_t i = 0; n && i + n <= tl; i++) {
    size_t j = 0;
    while (j < n && tolower((unsigned char)text[i + j]) == tolower((unsigned char)word[j])) j++;
    if (j < n) continue;
    int left = i == 0 || !isalnum((unsigned char)text[i - 1]);
    int right = i + n == tl || !isalnum((unsigned char)text[i + n]);
    if (left && right) return 1;
  }
  return 0;
}
