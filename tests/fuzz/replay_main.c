/* replay_main.c - runs a fuzz target once over files, without libFuzzer: the seed corpora and
 * the saved crashes of tests/fuzz/regressions/ in every CTest build (the sanitizer build
 * included). A folder stands for every file in it; a missing argument is skipped (a corpus
 * that has no files yet). Exit 0 when every input ran (a bug aborts or trips a sanitizer). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

static size_t run_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return 0;
  Buf b = {0};
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    buf_put(&b, chunk, n);
  fclose(f);
  LLVMFuzzerTestOneInput((const uint8_t *)(b.data ? b.data : ""), b.len);
  buf_free(&b);
  return 1;
}

static int cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static size_t run_path(const char *path) {
  struct stat st;
  if (stat(path, &st) != 0)
    return 0;
  if (!S_ISDIR(st.st_mode))
    return run_file(path);
  DIR *d = opendir(path);
  if (!d)
    return 0;
  StrList names = {0};
  struct dirent *e;
  while ((e = readdir(d)))
    if (e->d_name[0] != '.')
      strlist_push(&names, e->d_name);
  closedir(d);
  if (names.len)
    qsort(names.v, names.len, sizeof *names.v, cmp);
  size_t count = 0;
  for (size_t i = 0; i < names.len; i++) {
    char *p = xasprintf("%s/%s", path, names.v[i]);
    count += run_path(p);
    free(p);
  }
  strlist_free(&names);
  return count;
}

int main(int argc, char **argv) {
  size_t n = 0;
  fuzz_dir(); /* paths are from the repository root, as for scripts/fuzz */
  for (int i = 1; i < argc; i++)
    n += run_path(argv[i]);
  printf("replayed %zu input%s\n", n, n == 1 ? "" : "s");
  return 0;
}
