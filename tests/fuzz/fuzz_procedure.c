/* fuzz_procedure.c - a procedure file (Lua text) loaded through the sandbox and linked, then
 * swept by `check` (every branch of its tree). */
#include "fuzz.h"
#include "script.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *path = fuzz_write("procedure.lua", data, size);
  Error err;
  Procedure *p = script_load_procedure(path, &err);
  if (!p)
    return 0;
  Findings f = {0};
  procedure_check(p, &f);
  strlist_free(&f.v);
  procedure_free(p);
  return 0;
}
