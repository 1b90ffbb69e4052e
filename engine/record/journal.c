/* journal.c - writing and reading session journals (JSON lines, each flushed to disk). */
#include "journal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "record.h"
#include "record_internal.h"

struct Journal {
  int fd;
  char *path;
  size_t count;
  off_t size; /* bytes of whole lines written */
  int64_t last_t_ms;
};

char *journal_path_for(const char *record_path) {
  return xasprintf("%s%s", record_path, JOURNAL_SUFFIX);
}

/* Flushes the folder holding path, so that a created or removed name is durable too. */
static void sync_dir_of(const char *path) {
  const char *slash = strrchr(path, '/');
  char *dir = slash ? xstrndup(path, (size_t)(slash - path) + 1) : xstrdup(".");
  int dfd = open(dir, O_RDONLY);
  if (dfd >= 0)
    fsync(dfd), close(dfd);
  free(dir);
}

/* Writes the whole line and its newline with one write() where the kernel allows, then
 * fsync. -1 with errno set on failure. */
static int write_line(int fd, const char *line) {
  char *s = xasprintf("%s\n", line);
  size_t len = strlen(s), off = 0;
  int rc = 0;
  while (off < len) {
    ssize_t n = write(fd, s + off, len - off);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0) {
      rc = -1;
      break;
    }
    off += (size_t)n;
  }
  free(s);
  if (rc == 0 && fsync(fd) != 0)
    rc = -1;
  return rc;
}

static char *header_line(const JournalHeader *h) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "format", JOURNAL_FORMAT);
  cJSON *s = cJSON_AddObjectToObject(o, "scenario");
  cJSON_AddStringToObject(s, "file", h->scenario_file ? h->scenario_file : "");
  cJSON_AddStringToObject(s, "sha256", h->scenario_sha256 ? h->scenario_sha256 : "");
  cJSON *p = cJSON_AddObjectToObject(o, "procedure");
  cJSON_AddStringToObject(p, "file", h->procedure_file ? h->procedure_file : "");
  cJSON_AddStringToObject(p, "sha256", h->procedure_sha256 ? h->procedure_sha256 : "");
  char seed[32];
  snprintf(seed, sizeof seed, "%llu", (unsigned long long)h->seed);
  cJSON_AddStringToObject(o, "seed", seed);
  cJSON_AddStringToObject(o, "trainee", h->trainee ? h->trainee : "anonymous");
  if (h->centre)
    cJSON_AddStringToObject(o, "centre", h->centre);
  cJSON_AddStringToObject(o, "mode", h->mode ? h->mode : "assessment");
  cJSON_AddStringToObject(o, "started", h->started ? h->started : "");
  char *text = cJSON_PrintUnformatted(o);
  cJSON_Delete(o);
  char *out = xstrdup(text);
  cJSON_free(text);
  return out;
}

Journal *journal_open(const char *path, const JournalHeader *h, Error *err) {
  int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0) {
    if (errno == EEXIST)
      error_set(err, path, 0,
                "a journal of an unfinished session is here: recover it with `incidesk recover "
                "%s`, or remove it",
                path);
    else
      error_set(err, path, 0, "cannot write: %s", strerror(errno));
    return NULL;
  }
  char *line = header_line(h);
  int rc = write_line(fd, line);
  free(line);
  if (rc < 0) {
    error_set(err, path, 0, "cannot write: %s", strerror(errno));
    close(fd);
    unlink(path);
    return NULL;
  }
  sync_dir_of(path);
  Journal *j = xcalloc(1, sizeof *j);
  j->fd = fd;
  j->path = xstrdup(path);
  j->size = lseek(fd, 0, SEEK_END);
  return j;
}

int journal_append(Journal *j, const Action *a, Error *err) {
  char *line = record_action_line(a);
  size_t len = strlen(line) + 1;
  int rc = write_line(j->fd, line);
  free(line);
  if (rc < 0) {
    int e = errno;
    /* what was written of this line (a short write to a full disk, a line whose fsync
     * failed) goes again, so that the journal holds exactly the actions it took */
    if (ftruncate(j->fd, j->size) == 0)
      fsync(j->fd);
    return error_set(err, j->path, 0, "cannot write: %s", strerror(e));
  }
  j->size += (off_t)len;
  j->count++;
  return 0;
}

size_t journal_count(const Journal *j) { return j ? j->count : 0; }

static void journal_end(Journal *j, int remove) {
  if (!j)
    return;
  close(j->fd);
  if (remove) {
    unlink(j->path);
    sync_dir_of(j->path);
  }
  free(j->path);
  free(j);
}

void journal_close_remove(Journal *j) { journal_end(j, 1); }

void journal_close_keep(Journal *j) { journal_end(j, 0); }

/* ---- reading ---- */

static const char *own(JournalRead *r, const char *s) {
  if (!s)
    return NULL;
  char *c = xstrdup(s);
  vec_push(&r->owned_, c);
  return c;
}

static const char *str_at(const cJSON *o, const char *a, const char *b) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, a);
  if (b)
    v = cJSON_GetObjectItemCaseSensitive(v, b);
  return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int read_header(const char *path, const char *line, JournalRead *r, Error *err) {
  cJSON *o = cJSON_Parse(line);
  const char *fmt = str_at(o, "format", NULL);
  int rc = -1;
  if (!cJSON_IsObject(o) || !fmt || strcmp(fmt, JOURNAL_FORMAT) != 0) {
    error_set(err, path, 1, "not a journal: line 1 must be a header with \"format\": \"%s\"",
              JOURNAL_FORMAT);
    goto done;
  }
  static const char *const need[][2] = {
      {"scenario", "file"}, {"scenario", "sha256"}, {"procedure", "file"}, {"procedure", "sha256"},
      {"seed", NULL},       {"trainee", NULL},      {"mode", NULL},        {"started", NULL}};
  for (size_t i = 0; i < sizeof need / sizeof *need; i++)
    if (!str_at(o, need[i][0], need[i][1])) {
      error_set(err, path, 1, "journal header needs the string \"%s%s%s\"", need[i][0],
                need[i][1] ? "." : "", need[i][1] ? need[i][1] : "");
      goto done;
    }
  JournalHeader *h = &r->header;
  h->scenario_file = own(r, str_at(o, "scenario", "file"));
  h->scenario_sha256 = own(r, str_at(o, "scenario", "sha256"));
  h->procedure_file = own(r, str_at(o, "procedure", "file"));
  h->procedure_sha256 = own(r, str_at(o, "procedure", "sha256"));
  h->trainee = own(r, str_at(o, "trainee", NULL));
  h->centre = own(r, str_at(o, "centre", NULL));
  h->mode = own(r, str_at(o, "mode", NULL));
  h->started = own(r, str_at(o, "started", NULL));
  const char *seed = str_at(o, "seed", NULL);
  char *end;
  errno = 0;
  unsigned long long v = strtoull(seed, &end, 10);
  if (*seed < '0' || *seed > '9' || errno || *end) {
    error_set(err, path, 1, "journal header: \"seed\" must be a decimal string from 0");
    goto done;
  }
  h->seed = (uint64_t)v;
  rc = 0;
done:
  cJSON_Delete(o);
  return rc;
}

int journal_read(const char *path, JournalRead *r, Error *err) {
  memset(r, 0, sizeof *r);
  size_t len;
  char *text = file_read_all(path, &len, err);
  if (!text)
    return -1;
  int rc = -1, line = 1;
  char *p = text, *end = text + len;
  if (len == 0 || memchr(text, '\n', len) == NULL) {
    error_set(err, path, 1, "not a journal: no complete header line");
    goto done;
  }
  int64_t last = 0;
  while (p < end) {
    char *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl) { /* the last line, cut short by a crash: the action in flight */
      r->dropped_line = line;
      break;
    }
    *nl = 0;
    if (strlen(p) != (size_t)(nl - p)) {
      error_set(err, path, line, "not a journal line (it contains a NUL byte)");
      goto done;
    }
    if (line == 1) {
      if (read_header(path, p, r, err) < 0)
        goto done;
    } else if (*p) {
      Action a = {0};
      if (record_action_parse_line(path, line, p, &a, err) < 0) {
        action_clear(&a);
        goto done;
      }
      if (a.t_ms < last) {
        error_set(err, path, line, "action at t_ms %lld is earlier than the one before it (%lld)",
                  (long long)a.t_ms, (long long)last);
        action_clear(&a);
        goto done;
      }
      last = a.t_ms;
      actions_push(&r->actions, &a);
      action_clear(&a);
    }
    p = nl + 1;
    line++;
  }
  rc = 0;
done:
  free(text);
  return rc;
}

void journal_read_free(JournalRead *r) {
  for (size_t i = 0; i < r->owned_.len; i++)
    free(r->owned_.items[i]);
  vec_free(&r->owned_);
  actions_free(&r->actions);
  memset(r, 0, sizeof *r);
}
