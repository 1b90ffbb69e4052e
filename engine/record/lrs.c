/* lrs.c - POST /statements with libcurl, retrying what may pass on a second try. */
#include "lrs.h"

#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The LRS's answer, kept short: enough for one line of error. */
static size_t keep_body(char *data, size_t size, size_t n, void *ud) {
  Buf *b = ud;
  size_t len = size * n;
  if (b->len < 2048)
    buf_put(b, data, len < 2048 - b->len ? len : 2048 - b->len);
  return len;
}

static char *statements_url(const char *endpoint) {
  size_t n = strlen(endpoint);
  while (n && endpoint[n - 1] == '/')
    n--;
  if (n >= 11 && strncmp(endpoint + n - 11, "/statements", 11) == 0)
    return xstrndup(endpoint, n);
  return xasprintf("%.*s/statements", (int)n, endpoint);
}

/* The LRS's message on one line: its JSON "message" member if it has one, else its text
 * without HTML tags, white space collapsed, at most 300 bytes. */
static void one_line(const Buf *body, char *out, size_t n) {
  const char *s = body->data ? body->data : "";
  const char *m = strstr(s, "\"message\":\"");
  size_t len = strlen(s), k = 0;
  if (m)
    s = m + 11, len = strcspn(s, "\"");
  int in_tag = 0, space = 0;
  for (size_t i = 0; i < len && k + 1 < n && k < 300; i++) {
    char c = s[i];
    if (c == '<')
      in_tag = 1;
    if (in_tag) {
      in_tag = c != '>';
      space = 1;
      continue;
    }
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = 1;
      continue;
    }
    if (space && k)
      out[k++] = ' ';
    space = 0;
    out[k++] = c;
  }
  out[k] = 0;
}

static void pause_ms(long ms) {
  struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
  nanosleep(&ts, NULL);
}

/* One attempt: 1 if it may pass on another try, 0 done (ok or refused), -1 refused. */
static int attempt(CURL *c, const char *url, Buf *body, long *status, char *why, size_t whyn) {
  body->len = 0;
  if (body->data)
    body->data[0] = 0;
  *status = 0;
  CURLcode rc = curl_easy_perform(c);
  if (rc != CURLE_OK) {
    snprintf(why, whyn, "%s", curl_easy_strerror(rc));
    return rc == CURLE_URL_MALFORMAT || rc == CURLE_UNSUPPORTED_PROTOCOL ? -1 : 1;
  }
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, status);
  (void)url;
  if (*status == 200 || *status == 204)
    return 0;
  char msg[320];
  one_line(body, msg, sizeof msg);
  snprintf(why, whyn, "HTTP %ld%s%s", *status, *msg ? ": " : "", msg);
  return *status == 429 || *status >= 500 ? 1 : -1;
}

int lrs_post(const LrsOptions *o, const char *json, Error *err) {
  static int curl_ready;
  if (!curl_ready && curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
    return error_set(err, o->endpoint, 0, "cannot start libcurl");
  curl_ready = 1;
  CURL *c = curl_easy_init();
  if (!c)
    return error_set(err, o->endpoint, 0, "cannot start libcurl");
  char *url = statements_url(o->endpoint);
  struct curl_slist *h = NULL;
  h = curl_slist_append(h, "X-Experience-API-Version: 1.0.3");
  h = curl_slist_append(h, "Content-Type: application/json");
  Buf body = {0};
  curl_easy_setopt(c, CURLOPT_URL, url);
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, json);
  curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)strlen(json));
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, keep_body);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &body);
  curl_easy_setopt(c, CURLOPT_TIMEOUT, o->timeout_s > 0 ? o->timeout_s : 30L);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_USERAGENT, "incidesk/" INCIDESK_VERSION);
  if (o->auth) {
    curl_easy_setopt(c, CURLOPT_HTTPAUTH, (long)CURLAUTH_BASIC);
    curl_easy_setopt(c, CURLOPT_USERPWD, o->auth);
  }
  int tries = o->tries > 0 ? o->tries : 4, rc = -1, n = 0;
  long status = 0, wait = 500;
  char why[400] = "";
  for (n = 1; n <= tries; n++, wait *= 2) {
    int r = attempt(c, url, &body, &status, why, sizeof why);
    if (r == 0) {
      rc = 0;
      break;
    }
    if (r < 0)
      break;
    if (n < tries)
      pause_ms(wait);
  }
  if (rc < 0 && status && status != 429 && status < 500)
    error_set(err, url, 0, "the LRS refused the statements: %s", why);
  else if (rc < 0 && status)
    error_set(err, url, 0, "the LRS kept failing (%d tr%s): %s", tries, tries == 1 ? "y" : "ies",
              why);
  else if (rc < 0 && n > tries)
    error_set(err, url, 0, "no answer from the LRS after %d tr%s: %s", tries,
              tries == 1 ? "y" : "ies", why);
  else if (rc < 0)
    error_set(err, url, 0, "cannot post to the LRS: %s", why);
  curl_slist_free_all(h);
  curl_easy_cleanup(c);
  buf_free(&body);
  free(url);
  return rc;
}
