/* test_record.c - records: digest, atomic writing, reading actions with their lines. */
#include <dirent.h>
#include <stdlib.h>
#include <unistd.h>

#include "check.h"
#include "session.h"

static char *expert_record(void) {
  Session s;
  Error err;
  char *text = NULL;
  if (session_load(&s, DATA_DIR "/mini_fire.lua", NULL, 1, &err) == 0 &&
      session_read_actions(&s, DATA_DIR "/mini_fire.expert.json", &err) == 0 && session_play(&s, &err) == 0) {
    RecordMeta m = {"t1", "c1", "assessment", "2026-01-01T00:00:00Z", "2026-01-01T00:05:00Z", 1};
    text = record_build(&m, s.proc, s.sim, s.score);
  }
  session_free(&s);
  return text;
}

static char *digest_member(const char *text) {
  const char *d = strstr(text, "\"digest\":\t\"");
  if (!d) return NULL;
  d += strlen("\"digest\":\t\"");
  return xstrndup(d, strcspn(d, "\""));
}

static void record_should_carry_a_digest_of_its_canonical_form(void) {
  char *text = expert_record();
  CHECK(text != NULL);
  if (!text) return;
  Error err;
  char *want = digest_member(text), *got = record_digest_text(text, &err);
  CHECK(want && got && strcmp(want, got) == 0);
  /* white space between tokens is not significant */
  Buf spaced = {0};
  for (const char *p = text; *p; p++) buf_put(&spaced, p, 1), *p == '\n' ? buf_puts(&spaced, "   ") : (void)0;
  char *again = record_digest_text(spaced.data, &err);
  CHECK(again && strcmp(again, want) == 0);
  /* one changed digit is */
  char *tampered = xstrdup(text);
  char *pos = strstr(tampered, "\"t_ms\":\t3000");
  CHECK(pos != NULL);
  if (pos) pos[strlen("\"t_ms\":\t")] = '4';
  char *changed = record_digest_text(tampered, &err);
  CHECK(changed && strcmp(changed, want) != 0);
  free(want), free(got), free(again), free(changed), free(tampered), free(text);
  buf_free(&spaced);
}

static void record_should_be_identical_for_identical_inputs(void) {
  char *a = expert_record(), *b = expert_record();
  CHECK(a && b && strcmp(a, b) == 0);
  free(a), free(b);
}

static int leftovers(const char *dir) {
  DIR *d = opendir(dir);
  int n = 0;
  struct dirent *e;
  while (d && (e = readdir(d)))
    if (strstr(e->d_name, ".tmp.")) n++;
  if (d) closedir(d);
  return n;
}

static void record_should_write_atomically_or_not_at_all(void) {
  char dir[] = "/tmp/incidesk_rec_XXXXXX";
  CHECK(mkdtemp(dir) != NULL);
  char *path = xasprintf("%s/r.json", dir);
  Error err;
  CHECK(record_write_atomic(path, "{\"a\": 1}\n", &err) == 0);
  size_t len;
  char *back = file_read_all(path, &len, &err);
  CHECK(back && strcmp(back, "{\"a\": 1}\n") == 0);
  free(back);
  char *missing = xasprintf("%s/no/such/dir/r.json", dir);
  CHECK(record_write_atomic(missing, "{}", &err) == -1);
  CHECK(strstr(err.msg, "no/such/dir/r.json: cannot write") != NULL);
  CHECK(leftovers(dir) == 0);
  unlink(path);
  rmdir(dir);
  free(path), free(missing);
}

static void record_should_name_the_line_of_a_bad_action(void) {
  const char *path = "/tmp/incidesk_test_actions.json";
  FILE *f = fopen(path, "w");
  fputs("{\"format\": \"incidesk-actions/1\",\n \"actions\": [\n  {\"t_ms\": 1000, \"type\": \"answer\"},\n"
        "  {\"t_ms\": 2000, \"type\": \"wave\"}\n]}\n", f);
  fclose(f);
  ActionList l = {0};
  Error err;
  CHECK(record_read_actions(path, &l, &err) == -1);
  CHECK_STR(err.msg, "/tmp/incidesk_test_actions.json:4: unknown action type 'wave'");
  actions_free(&l);
  remove(path);
}

int main(void) {
  RUN(record_should_carry_a_digest_of_its_canonical_form);
  RUN(record_should_be_identical_for_identical_inputs);
  RUN(record_should_write_atomically_or_not_at_all);
  RUN(record_should_name_the_line_of_a_bad_action);
  return check_done();
}
