/* fuzz_xapi.c - a session record (JSON) exported as xAPI statements and as the evidence
 * report. The export refuses a record whose digest does not match, which every mutation
 * breaks, so the target first gives a JSON object the digest of its content (as a forger
 * would): what it fuzzes is everything after the digest check. */
#include <cJSON.h>

#include "fuzz.h"
#include "record.h"
#include "report.h"
#include "xapi.h"

/* The text with "digest" set to the digest of its content (caller frees), or NULL. */
static char *redigest(const char *text) {
  Error err;
  char *digest = record_digest_text(text, &err);
  cJSON *o = digest ? cJSON_Parse(text) : NULL;
  char *out = NULL;
  if (cJSON_IsObject(o)) {
    cJSON_DeleteItemFromObjectCaseSensitive(o, "digest");
    cJSON_AddStringToObject(o, "digest", digest);
    char *s = cJSON_Print(o);
    out = s ? xstrdup(s) : NULL;
    cJSON_free(s);
  }
  cJSON_Delete(o);
  free(digest);
  return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *raw = xstrndup((const char *)data, size);
  char *text = strlen(raw) == size ? redigest(raw) : NULL;
  free(raw);
  if (!text)
    return 0;
  Error err;
  XapiOptions opt = {NULL, NULL};
  XapiBatch *b = xapi_batch_new(&opt);
  if (xapi_batch_add(b, "record.json", text, strlen(text), &err) == 0) {
    free(xapi_batch_json(b, 0, xapi_batch_count(b)));
    ReportEntry e = {"record.json", text, strlen(text), 1, NULL, 0, 0};
    free(report_html(&e, 1, "2026-01-01T10:00:00Z", &err));
  }
  xapi_batch_free(b);
  free(text);
  return 0;
}
