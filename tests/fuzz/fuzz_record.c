/* fuzz_record.c - a session record (JSON) verified as `incidesk verify` does: its digest and
 * parts read, the scenario and procedure files it names hashed and, when they match, its
 * actions played again and compared with it member by member. */
#include "fuzz.h"
#include "record_cmds.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *path = fuzz_write("record.json", data, size);
  VerifyOpts o = {NULL, 0, NULL};
  VerifyResult r;
  Error err;
  if (verify_record(path, &o, &r, &err) == 0)
    verify_result_free(&r);
  return 0;
}
