/* test_journal.c - records an assessor can trust: HMAC-SHA256, the journal (write, read,
 * a half-written last line), the seal (digest and HMAC) under any one-byte change, and the
 * comparison of a record with its re-run. */
#include <dirent.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "hmac.h"
#include "journal.h"
#include "session.h"

static char *hex_of(const uint8_t *b, size_t n) {
  Buf s = {0};
  for (size_t i = 0; i < n; i++)
    buf_printf(&s, "%02x", b[i]);
  return s.data;
}

/* RFC 4231 test cases 1, 2, 6 (a key longer than a block) and 7. */
static void hmac_should_match_rfc4231(void) {
  uint8_t key1[20], key6[131], mac[32];
  memset(key1, 0x0b, sizeof key1);
  memset(key6, 0xaa, sizeof key6);
  hmac_sha256(key1, sizeof key1, "Hi There", 8, mac);
  char *h = hex_of(mac, 32);
  CHECK_STR(h, "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
  free(h);
  char hex[65];
  hmac_sha256_hex((const uint8_t *)"Jefe", 4, "what do ya want for nothing?", 28, hex);
  CHECK_STR(hex, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  const char *m6 = "Test Using Larger Than Block-Size Key - Hash Key First";
  hmac_sha256_hex(key6, sizeof key6, m6, strlen(m6), hex);
  CHECK_STR(hex, "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  const char *m7 = "This is a test using a larger than block-size key and a larger than block-size "
                   "data. The key "
                   "needs to be hashed before being used by the HMAC algorithm.";
  hmac_sha256_hex(key6, sizeof key6, m7, strlen(m7), hex);
  CHECK_STR(hex, "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
}

static char *temp_dir(void) {
  char tmpl[] = "/tmp/incidesk_journal_XXXXXX";
  return xstrdup(mkdtemp(tmpl));
}

static Action act(int64_t t, ActionType type, const char *arg) {
  Action a = {0};
  a.t_ms = t, a.type = type, a.arg = (char *)arg;
  return a;
}

static void journal_should_read_back_what_was_appended(void) {
  char *dir = temp_dir();
  char *path = xasprintf("%s/r.json.journal", dir);
  JournalHeader h = {"s.lua",
                     "aa",
                     "p.lua",
                     "bb",
                     "t1",
                     NULL,
                     "practice",
                     "2026-01-01T00:00:00Z",
                     18446744073709551615ull};
  Error err;
  Journal *j = journal_open(path, &h, &err);
  CHECK(j != NULL);
  Action a1 = act(3000, ACT_ANSWER, NULL), a2 = act(4000, ACT_ASK, "q_what");
  CHECK(j && journal_append(j, &a1, &err) == 0 && journal_append(j, &a2, &err) == 0);
  CHECK(journal_count(j) == 2);
  /* a second session on the same record is refused while this journal exists */
  CHECK(journal_open(path, &h, &err) == NULL && strstr(err.msg, "recover") != NULL);
  journal_close_keep(j);
  JournalRead r;
  CHECK(journal_read(path, &r, &err) == 0);
  CHECK(r.actions.len == 2 && r.dropped_line == 0);
  CHECK(r.header.seed == 18446744073709551615ull);
  CHECK_STR(r.header.mode, "practice");
  CHECK(r.header.centre == NULL);
  CHECK(r.actions.len == 2 && r.actions.v[1].type == ACT_ASK &&
        strcmp(r.actions.v[1].arg, "q_what") == 0);
  journal_read_free(&r);
  /* a write cut short: the half line is dropped, its line named */
  FILE *f = fopen(path, "a");
  fputs("{\"t_ms\":5000,\"type\":\"ask\",\"quest", f);
  fclose(f);
  CHECK(journal_read(path, &r, &err) == 0);
  CHECK(r.actions.len == 2 && r.dropped_line == 4);
  journal_read_free(&r);
  /* a complete line that is not an action is bad input, at its line */
  f = fopen(path, "a");
  fputs("\n{\"t_ms\":6000,\"type\":\"answer\"}\n", f);
  fclose(f);
  CHECK(journal_read(path, &r, &err) == -1);
  CHECK(strstr(err.msg, "r.json.journal:4:") != NULL);
  journal_read_free(&r);
  CHECK(access(path, F_OK) == 0);
  remove(path);
  rmdir(dir);
  free(path), free(dir);
}

static void journal_should_be_removed_after_close_remove(void) {
  char *dir = temp_dir();
  char *path = journal_path_for(dir);
  char *jp = xasprintf("%s/a.json.journal", dir);
  JournalHeader h = {"s.lua", "aa", "p.lua", "bb", "t1", "c1", "assessment", "x", 1};
  Error err;
  Journal *j = journal_open(jp, &h, &err);
  CHECK(j != NULL);
  journal_close_remove(j);
  CHECK(access(jp, F_OK) != 0);
  CHECK(strcmp(path + strlen(dir), ".journal") == 0);
  rmdir(dir);
  free(path), free(jp), free(dir);
}

static char *golden(const char *name, size_t *len) {
  Error err;
  char *path = xasprintf("%s/golden/%s", TESTS_DIR, name);
  char *text = file_read_all(path, len, &err);
  free(path);
  return text;
}

/* Another character of the same kind: digit for digit, letter for letter. */
static char other(char c) {
  if (c >= '0' && c <= '9')
    return c == '9' ? '0' : (char)(c + 1);
  if (c == 'z' || c == 'Z')
    return (char)(c - 1);
  return (char)(c + 1);
}

static int is_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Changes every digit and letter of a golden record in turn (every `stride`-th one): each
 * change either leaves text that is not JSON (a letter of true/false/null) or breaks the
 * digest. Returns the number of changes tried. */
static size_t mutate_all(const char *name, size_t stride) {
  size_t len, tried = 0, not_json = 0, seen = 0;
  char *text = golden(name, &len);
  CHECK(text != NULL);
  if (!text)
    return 0;
  Error err;
  SealCheck sc;
  CHECK(record_seal_check(name, text, len, NULL, 0, &sc, &err) == 0 && sc.digest_ok);
  for (size_t i = 0; i < len; i++) {
    if (!is_alnum(text[i]) || seen++ % stride)
      continue;
    char was = text[i];
    text[i] = other(was);
    tried++;
    if (record_seal_check(name, text, len, NULL, 0, &sc, &err) < 0)
      not_json++;
    else if (sc.digest_ok) {
      fprintf(stderr, "%s: changing byte %zu ('%c' to '%c') keeps the digest\n", name, i, was,
              text[i]);
      CHECK(!sc.digest_ok);
    }
    text[i] = was;
  }
  CHECK(not_json * 20 < tried); /* only literals break the JSON */
  free(text);
  return tried;
}

static void seal_should_break_under_any_one_byte_change(void) {
  clock_t t0 = clock();
  size_t n = mutate_all("mini_fire.expert.json", 1);
  DIR *d = opendir(TESTS_DIR "/golden");
  struct dirent *e;
  while (d && (e = readdir(d)))
    if (strstr(e->d_name, ".json") && strcmp(e->d_name, "mini_fire.expert.json") != 0)
      n += mutate_all(e->d_name, 97);
  if (d)
    closedir(d);
  printf("  %zu one-byte changes, %.1f s\n", n, (double)(clock() - t0) / CLOCKS_PER_SEC);
  CHECK(n > 5000);
}

static void seal_should_carry_an_hmac_under_a_key(void) {
  Session s;
  Error err;
  CHECK(session_load(&s, DATA_DIR "/mini_fire.lua", NULL, 1, &err) == 0 &&
        session_read_actions(&s, DATA_DIR "/mini_fire.expert.json", &err) == 0 &&
        session_play(&s, &err) == 0);
  RecordMeta m = {"t1", "c1", "assessment", "2026-01-01T00:00:00Z", "2026-01-01T00:05:00Z", 1};
  const uint8_t key[] = "0123456789abcdef-centre-key", other_key[] = "0123456789abcdef-another-key";
  RecordSeal seal = {key, sizeof key - 1, 0};
  char *text = s.score ? record_build_sealed(&m, &seal, s.proc, s.sim, s.score) : NULL;
  char *plain = s.score ? record_build(&m, s.proc, s.sim, s.score) : NULL;
  session_free(&s);
  CHECK(text && plain && strstr(text, "\"hmac\":\t\"hmac-sha256:") != NULL);
  if (!text || !plain)
    return;
  SealCheck sc;
  CHECK(record_seal_check("r", text, strlen(text), key, sizeof key - 1, &sc, &err) == 0);
  CHECK(sc.digest_ok && sc.hmac_present && sc.hmac_ok);
  CHECK(record_seal_check("r", text, strlen(text), other_key, sizeof other_key - 1, &sc, &err) ==
        0);
  CHECK(sc.digest_ok && sc.hmac_present && !sc.hmac_ok);
  /* the digest does not cover the hmac: the same record unsealed has the same digest */
  RecordInfo a, b;
  CHECK(record_info_read("a", text, strlen(text), &a, &err) == 0 &&
        record_info_read("b", plain, strlen(plain), &b, &err) == 0);
  CHECK_STR(a.digest, b.digest);
  CHECK(b.hmac == NULL && a.hmac != NULL);
  record_info_free(&a), record_info_free(&b);
  free(text), free(plain);
}

static void compare_should_name_the_first_difference(void) {
  char where[128] = "";
  CHECK(record_compare_rerun("{\"a\":1,\"items\":[{\"p\":1},{\"p\":2}]}",
                             "{\"items\":[{\"p\":1},{\"p\":3}],\"a\":1}", where,
                             sizeof where) == 1);
  CHECK_STR(where, "items[1].p");
  CHECK(record_compare_rerun("{\"trainee\":\"x\",\"events\":[1,2]}",
                             "{\"trainee\":\"y\",\"events\":[1,2]}", where, sizeof where) == 0);
  CHECK(record_compare_rerun("{\"events\":[1,2]}", "{\"events\":[1,2,3]}", where, sizeof where) ==
        1);
  CHECK_STR(where, "events[2]");
  CHECK(record_compare_rerun("{\"outcome\":\"a\",\"scenario\":{\"file\":\"x\"}}",
                             "{\"outcome\":\"b\",\"scenario\":{\"file\":\"y\"}}", where,
                             sizeof where) == 1);
  CHECK_STR(where, "outcome");
  CHECK(record_compare_rerun("{\"scenario\":{\"file\":\"x\",\"id\":\"a\"}}",
                             "{\"scenario\":{\"file\":\"y\",\"id\":\"a\"}}", where,
                             sizeof where) == 0);
  CHECK(record_compare_rerun("{\"x\":1}", "{}", where, sizeof where) == 1);
  CHECK_STR(where, "x");
  CHECK(record_compare_rerun("[]", "{}", where, sizeof where) == -1);
}

int main(void) {
  RUN(hmac_should_match_rfc4231);
  RUN(journal_should_read_back_what_was_appended);
  RUN(journal_should_be_removed_after_close_remove);
  RUN(seal_should_break_under_any_one_byte_change);
  RUN(seal_should_carry_an_hmac_under_a_key);
  RUN(compare_should_name_the_first_difference);
  return check_done();
}
