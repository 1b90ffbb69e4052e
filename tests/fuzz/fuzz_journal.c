/* fuzz_journal.c - a journal (JSON lines) read and recovered as `incidesk recover` does: the
 * scenario and procedure its header names loaded, its complete actions checked and played
 * with its seed, the record written atomically. (The header's SHA-256 of those files is not
 * compared, so that mutated journals get past it.) A recovered record must verify. */
#include "fuzz.h"
#include "journal.h"
#include "record_cmds.h"

static void recover(const JournalRead *jr) {
  const JournalHeader *h = &jr->header;
  Session s;
  Error err;
  if (session_load(&s, h->scenario_file, h->procedure_file, h->seed, &err) == 0 &&
      record_check_actions("journal", &jr->actions, s.proc, script_scenario(s.script), &err) == 0) {
    for (size_t i = 0; i < jr->actions.len; i++)
      actions_push(&s.actions, &jr->actions.v[i]);
    if (session_play(&s, &err) == 0) {
      RecordMeta m = {h->trainee, h->centre, h->mode, h->started, "2026-01-01T10:00:00Z", h->seed};
      RecordSeal seal = {NULL, 0, 1};
      char *text = record_build_sealed(&m, &seal, s.proc, s.sim, s.score);
      const char *out = fuzz_fresh("recovered.json");
      if (record_write_atomic(out, text, &err) == 0) {
        VerifyOpts o = {NULL, 0, NULL};
        VerifyResult r;
        FUZZ_ASSERT(verify_record(out, &o, &r, &err) == 0, "a recovered record reads as a record");
        if (!r.ok)
          fprintf(stderr, "fuzz: verify: %s\n", r.fails.len ? r.fails.v[0] : "?");
        FUZZ_ASSERT(r.ok, "a recovered record verifies");
        verify_result_free(&r);
      }
      free(text);
    }
  }
  session_free(&s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *path = fuzz_write("session.journal", data, size);
  JournalRead jr;
  Error err;
  if (journal_read(path, &jr, &err) == 0)
    recover(&jr);
  journal_read_free(&jr);
  return 0;
}
