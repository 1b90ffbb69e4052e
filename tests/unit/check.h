/* check.h - the smallest test harness: CHECK records a failure and goes on; RUN runs a
 * case and prints its name; check_done prints "N passed, M failed" and gives the exit code. */
#ifndef INCIDESK_CHECK_H
#define INCIDESK_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_failures, check_cases, check_case_failed;

#define CHECK(cond)                                                                  \
  do {                                                                               \
    if (!(cond)) {                                                                   \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);       \
      check_case_failed = 1;                                                         \
    }                                                                                \
  } while (0)

#define CHECK_STR(a, b)                                                              \
  do {                                                                               \
    const char *a_ = (a), *b_ = (b);                                                 \
    if (!a_ || !b_ || strcmp(a_, b_) != 0) {                                         \
      fprintf(stderr, "%s:%d: expected \"%s\", got \"%s\"\n", __FILE__, __LINE__,    \
              b_ ? b_ : "(null)", a_ ? a_ : "(null)");                               \
      check_case_failed = 1;                                                         \
    }                                                                                \
  } while (0)

#define RUN(fn)                                                                      \
  do {                                                                               \
    check_case_failed = 0;                                                           \
    fn();                                                                            \
    check_cases++;                                                                   \
    if (check_case_failed) check_failures++;                                         \
    printf("%s %s\n", check_case_failed ? "FAIL" : "ok  ", #fn);                     \
  } while (0)

static inline int check_done(void) {
  printf("%d passed, %d failed\n", check_cases - check_failures, check_failures);
  return check_failures ? 1 : 0;
}

#endif
