/* fuzz.h - what the fuzz targets share: one scratch folder per process, and writing an input
 * there as a file (the engine reads scenarios, actions, records and journals from paths).
 *
 * Each target is a file fuzz_NAME.c defining LLVMFuzzerTestOneInput. It is linked twice: with
 * libFuzzer (clang -fsanitize=fuzzer, INCIDESK_FUZZ=ON, run by scripts/fuzz) and with
 * replay_main.c, a plain main() that runs it once over each file it is given (the seed
 * corpora and tests/fuzz/regressions/, in every CTest build, sanitizers included).
 * A target returns 0 for any input; a bug is a crash, a sanitizer report, a leak, a hang, or an
 * abort() where a target checks a property that must hold for every input. */
#ifndef INCIDESK_FUZZ_H
#define INCIDESK_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <unistd.h>

#include "scenario.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char fuzz_dir_[64];

/* Removes the scratch folder and what is in it (at exit). */
static inline void fuzz_cleanup(void) {
  DIR *d = opendir(fuzz_dir_);
  struct dirent *e;
  while (d && (e = readdir(d))) {
    if (e->d_name[0] == '.')
      continue;
    char *p = xasprintf("%s/%s", fuzz_dir_, e->d_name);
    unlink(p);
    free(p);
  }
  if (d)
    closedir(d);
  rmdir(fuzz_dir_);
}

/* The scratch folder (made once, under /dev/shm when there is one) and, the first time, a
 * chdir to the repository root so that the relative paths in shipped files resolve. */
static inline const char *fuzz_dir(void) {
  if (!fuzz_dir_[0]) {
    if (chdir(REPO_DIR) != 0)
      abort();
    snprintf(fuzz_dir_, sizeof fuzz_dir_, "%s/incidesk-fuzz-XXXXXX",
             access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp");
    if (!mkdtemp(fuzz_dir_))
      abort();
    atexit(fuzz_cleanup);
  }
  return fuzz_dir_;
}

/* Writes data to NAME in the scratch folder; returns the path (static, valid until the next
 * call). */
static inline const char *fuzz_write(const char *name, const uint8_t *data, size_t size) {
  static char path[128];
  snprintf(path, sizeof path, "%s/%s", fuzz_dir(), name);
  FILE *f = fopen(path, "wb");
  if (!f || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0)
    abort();
  return path;
}

/* A path in the scratch folder (static, valid until the next call), removed if it exists. */
static inline const char *fuzz_fresh(const char *name) {
  static char path[128];
  snprintf(path, sizeof path, "%s/%s", fuzz_dir(), name);
  unlink(path);
  return path;
}

/* A property every input must keep: abort() (a crash the fuzzer saves) with the reason. */
#define FUZZ_ASSERT(cond, what)                                                                    \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      fprintf(stderr, "fuzz: property broken: %s (%s)\n", what, #cond);                            \
      abort();                                                                                     \
    }                                                                                              \
  } while (0)

#endif
