/* lrs.h - posting xAPI statements to a Learning Record Store (xAPI 1.0.3, libcurl).
 *
 * The only part of the engine that talks to a network, and only when asked to
 * (`incidesk export --xapi --lrs URL`). Built as its own library, incidesk_lrs, so that
 * nothing else links libcurl.
 */
#ifndef INCIDESK_LRS_H
#define INCIDESK_LRS_H

#include "util.h"

typedef struct LrsOptions {
  const char *endpoint; /* the LRS's xAPI endpoint ("http://host/xAPI"); "/statements" is
                           added unless it ends with it */
  const char *auth;     /* "USER:PASS" for HTTP Basic authentication, or NULL */
  int tries;            /* attempts for a transient failure (no answer, time-out, HTTP 429 or
                           5xx), with 0.5 s, 1 s, 2 s ... between them; 0 means 4 */
  long timeout_s;       /* per request; 0 means 30 */
} LrsOptions;

/* POSTs a JSON array of statements. 0 when the LRS accepted them (HTTP 200 or 204), or -1
 * with err one line: "URL: the LRS refused the statements: HTTP 400: <its message>", or
 * "URL: no answer from the LRS after 4 tries: <why>". */
int lrs_post(const LrsOptions *o, const char *json, Error *err);

#endif
