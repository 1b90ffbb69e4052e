/* procs.h - the shipped procedures, loaded once per fuzzing process, so that a fuzzed scenario
 * can be linked with the procedure it names and played. */
#ifndef INCIDESK_FUZZ_PROCS_H
#define INCIDESK_FUZZ_PROCS_H

#include "fuzz.h"
#include "script.h"

static Procedure *fuzz_procs_[16];
static size_t fuzz_nprocs_;

static inline void fuzz_load_procs_in(const char *folder) {
  DIR *d = opendir(folder);
  struct dirent *e;
  while (d && (e = readdir(d)) && fuzz_nprocs_ < 16) {
    size_t n = strlen(e->d_name);
    if (n < 5 || strcmp(e->d_name + n - 4, ".lua") != 0)
      continue;
    char *p = xasprintf("%s/%s", folder, e->d_name);
    Error err;
    Procedure *pr = script_load_procedure(p, &err);
    free(p);
    if (pr)
      fuzz_procs_[fuzz_nprocs_++] = pr;
  }
  if (d)
    closedir(d);
}

static inline void fuzz_procs_free(void) {
  for (size_t i = 0; i < fuzz_nprocs_; i++)
    procedure_free(fuzz_procs_[i]);
}

/* The shipped procedure with this id, or NULL. */
static inline const Procedure *fuzz_procedure(const char *id) {
  static int loaded;
  if (!loaded) {
    loaded = 1;
    fuzz_dir();
    fuzz_load_procs_in("scenarios/procedures");
    fuzz_load_procs_in("tests/data/procedures");
    atexit(fuzz_procs_free);
  }
  for (size_t i = 0; id && i < fuzz_nprocs_; i++)
    if (strcmp(fuzz_procs_[i]->id, id) == 0)
      return fuzz_procs_[i];
  return NULL;
}

#endif
