/* libfault.c - an LD_PRELOAD shim that makes one kind of system call fail, for the fault
 * injection tests (tests/faults/faults.sh): a full disk (write -> ENOSPC), a failing disk
 * (fsync -> EIO), a read-only record folder (open, mkstemp, access, rename -> EROFS).
 *
 *   INCIDESK_FAULT_CALL    write | fsync | rename | open | mkstemp | access
 *   INCIDESK_FAULT_PATH    fail only calls on a path containing this (for write and fsync,
 *                          the path of the file descriptor)
 *   INCIDESK_FAULT_ERRNO   ENOSPC (default) | EIO | EROFS | EFBIG | EACCES
 *   INCIDESK_FAULT_AFTER   let this many matching calls through first (default 0)
 *   INCIDESK_FAULT_PARTIAL for write: the first failing call writes half its bytes (a short
 *                          write, as a disk filling up gives), the next ones fail
 *
 * Only calls the program makes through these symbols are affected (stdio's own writes to
 * the terminal are not). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

static int fault_errno(void) {
  const char *e = getenv("INCIDESK_FAULT_ERRNO");
  if (!e || strcmp(e, "ENOSPC") == 0)
    return ENOSPC;
  if (strcmp(e, "EIO") == 0)
    return EIO;
  if (strcmp(e, "EROFS") == 0)
    return EROFS;
  if (strcmp(e, "EFBIG") == 0)
    return EFBIG;
  return EACCES;
}

/* 1 (errno set) if this call is to fail. */
static int fails(const char *call, const char *path) {
  static int seen;
  const char *c = getenv("INCIDESK_FAULT_CALL"), *sub = getenv("INCIDESK_FAULT_PATH");
  if (!c || strcmp(c, call) != 0 || (sub && (!path || !strstr(path, sub))))
    return 0;
  const char *after = getenv("INCIDESK_FAULT_AFTER");
  if (seen++ < (after ? atoi(after) : 0))
    return 0;
  errno = fault_errno();
  return 1;
}

static const char *fd_path(int fd, char *buf, size_t n) {
  char link[64];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t k = readlink(link, buf, n - 1);
  if (k < 0)
    return NULL;
  buf[k] = 0;
  return buf;
}

static ssize_t (*real_write)(int, const void *, size_t);
static int (*real_fsync)(int);
static int (*real_rename)(const char *, const char *);
static int (*real_open)(const char *, int, ...);
static int (*real_open64)(const char *, int, ...);
static int (*real_mkstemp)(char *);
static int (*real_mkstemp64)(char *);
static int (*real_access)(const char *, int);

#define FIND(name) (*(void **)&real_##name = dlsym(RTLD_NEXT, #name))
__attribute__((constructor)) static void find_real(void) {
  FIND(write), FIND(fsync), FIND(rename), FIND(open), FIND(open64), FIND(mkstemp), FIND(mkstemp64);
  FIND(access);
}
#define REAL(name) real_##name

ssize_t write(int fd, const void *buf, size_t n) {
  static int partial_done;
  char path[4096];
  if (fd > 2 && fails("write", fd_path(fd, path, sizeof path))) {
    if (getenv("INCIDESK_FAULT_PARTIAL") && !partial_done && n > 1) {
      partial_done = 1;
      return REAL(write)(fd, buf, n / 2);
    }
    return -1;
  }
  return REAL(write)(fd, buf, n);
}

int fsync(int fd) {
  char path[4096];
  if (fails("fsync", fd_path(fd, path, sizeof path)))
    return -1;
  return REAL(fsync)(fd);
}

int rename(const char *from, const char *to) {
  if (fails("rename", to))
    return -1;
  return REAL(rename)(from, to);
}

static int open_common(int (*real)(const char *, int, ...), const char *path, int flags, mode_t mode) {
  if ((flags & O_CREAT) && fails("open", path))
    return -1;
  return real(path, flags, mode);
}
int open(const char *path, int flags, ...) {
  va_list ap;
  va_start(ap, flags);
  mode_t mode = (flags & O_CREAT) ? (mode_t)va_arg(ap, int) : 0;
  va_end(ap);
  return open_common(REAL(open), path, flags, mode);
}
int open64(const char *path, int flags, ...) {
  va_list ap;
  va_start(ap, flags);
  mode_t mode = (flags & O_CREAT) ? (mode_t)va_arg(ap, int) : 0;
  va_end(ap);
  return open_common(REAL(open64), path, flags, mode);
}

int mkstemp(char *tmpl) {
  if (fails("mkstemp", tmpl))
    return -1;
  return REAL(mkstemp)(tmpl);
}
int mkstemp64(char *tmpl) {
  if (fails("mkstemp", tmpl))
    return -1;
  return REAL(mkstemp64)(tmpl);
}

int access(const char *path, int mode) {
  if ((mode & W_OK) && fails("access", path))
    return -1;
  return REAL(access)(path, mode);
}
