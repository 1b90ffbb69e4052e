/* pack.c - the evidence pack: unit matrix and gaps before the sessions' evidence reports. */
#include "pack.h"

#include <stdlib.h>
#include <string.h>

#include "criteria.h"
#include "units.h"

static void esc(Buf *b, const char *s) {
  for (; s && *s; s++) {
    switch (*s) {
    case '<':
      buf_puts(b, "&lt;");
      break;
    case '>':
      buf_puts(b, "&gt;");
      break;
    case '&':
      buf_puts(b, "&amp;");
      break;
    case '"':
      buf_puts(b, "&quot;");
      break;
    default:
      buf_put(b, s, 1);
    }
  }
}

static const char css[] =
    "<style>\n"
    ".pack h1 { font-size: 19pt; } .pack table.matrix { font-size: 8.5pt; }\n"
    ".pack table.matrix td.code { white-space: nowrap; font-weight: bold; }\n"
    ".pack .sess { display: inline-block; margin: 0 1.5mm 1mm 0; padding: 0.3mm 1.5mm; "
    "border-radius: 2mm; "
    "text-decoration: none; color: inherit; }\n"
    ".pack a.sess.met { background: #d7f0dd; } .pack a.sess.partly { background: #fbeccb; }"
    " .pack a.sess.not { background: #f8d7d7; }\n"
    ".pack .gaps li { margin: 1mm 0; } .pack .summary td { font-weight: bold; }\n"
    ".pack { page-break-after: always; break-after: page; }\n"
    "</style>\n";

/* The status of criterion c in session s: 2 met, 1 partly, 0 not met, -1 not evidenced. */
static int status_in(const PackSession *s, const char *c) {
  for (size_t i = 0; i < s->ncrit; i++)
    if (strcmp(s->crit[i].key, c) == 0) {
      const char *st = scan_status(&s->crit[i]);
      return st[0] == 'm' ? 2 : st[0] == 'p' ? 1 : 0;
    }
  return -1;
}

/* Different dates among the verified sessions that met c. */
static int occasions_met(const PackSession *s, size_t n, const char *c) {
  int count = 0;
  for (size_t i = 0; i < n; i++) {
    if (!s[i].verified || status_in(&s[i], c) != 2)
      continue;
    int seen = 0;
    for (size_t k = 0; k < i && !seen; k++)
      seen = s[k].verified && status_in(&s[k], c) == 2 && strcmp(s[k].date, s[i].date) == 0;
    count += !seen;
  }
  return count;
}

static void session_link(Buf *b, const PackSession *s, int st) {
  static const char *const cls[] = {"not", "partly", "met"};
  static const char *const word[] = {"not met", "partly met", "met"};
  buf_printf(b, "<a class=\"sess %s\" href=\"#", cls[st]);
  esc(b, s->anchor);
  buf_puts(b, "\" title=\"");
  esc(b, s->title);
  buf_printf(b, ": %s\">", word[st]);
  esc(b, s->date);
  buf_puts(b, " ");
  esc(b, s->scenario);
  buf_printf(b, "%s</a>", st == 2 ? "" : st == 1 ? " (partly)" : " (not met)");
}

static void matrix(Buf *b, const PackOpts *o, const PackSession *s, size_t n, StrList *gaps) {
  size_t nc;
  const Criterion *all = criteria_all(&nc);
  const char *unit = NULL;
  for (size_t c = 0; c < nc; c++) {
    const char *code = all[c].code;
    if (o->unit && strncmp(code, o->unit, 4) != 0)
      continue;
    if (!unit || strncmp(unit, code, 4) != 0) {
      const UnitInfo *u = unit_find(code);
      if (unit)
        buf_puts(b, "</tbody></table>\n");
      unit = code;
      buf_puts(b, "<h2>");
      esc(b, u ? u->code : code);
      buf_puts(b, ": ");
      esc(b, u ? u->title : "");
      buf_printf(
          b,
          " (level %d)</h2>\n<table class=\"matrix\"><thead><tr><th>Criterion</th><th>Evidence "
          "(verified sessions)</th><th>Dates met (%d needed)</th></tr></thead><tbody>\n",
          u ? u->level : 0, o->occasions);
    }
    int occ = occasions_met(s, n, code), any = 0;
    buf_puts(b, "<tr><td class=\"code\">");
    esc(b, code);
    buf_puts(b, "</td><td>");
    esc(b, all[c].text);
    buf_puts(b, "<br>");
    for (size_t i = 0; i < n; i++) {
      int st = s[i].verified ? status_in(&s[i], code) : -1;
      if (st >= 0)
        session_link(b, &s[i], st), any = 1;
    }
    if (!any)
      buf_puts(b, "<span class=\"note\">no verified session evidences it</span>");
    int ok = occ >= o->occasions;
    buf_printf(b, "</td><td><span class=\"badge %s\">%d</span></td></tr>\n",
               ok    ? "ok"
               : occ ? "part"
                     : "bad",
               occ);
    if (!ok) {
      char *g = !all[c].checks[0] ? xasprintf("%s: not evidenced by the simulator; other evidence needed", code)
                : occ
                    ? xasprintf("%s: met on %d date%s, %d needed: another occasion needed", code,
                                occ, occ == 1 ? "" : "s", o->occasions)
                    : xasprintf("%s: %s", code,
                                any ? "evidenced but never fully met" : "no session evidences it");
      strlist_push(gaps, g);
      free(g);
    }
  }
  if (unit)
    buf_puts(b, "</tbody></table>\n");
}

static void sessions_table(Buf *b, const PackSession *s, size_t n) {
  buf_puts(b, "<h2>Sessions</h2>\n<table "
              "class=\"items\"><thead><tr><th>Date</th><th>Scenario</th><th>Mode</th>"
              "<th>Score</th><th>Verification</th></tr></thead><tbody>\n");
  for (size_t i = 0; i < n; i++) {
    buf_puts(b, "<tr><td>");
    esc(b, s[i].date);
    buf_puts(b, "</td><td><a href=\"#");
    esc(b, s[i].anchor);
    buf_puts(b, "\">");
    esc(b, s[i].title);
    buf_puts(b, "</a></td><td>");
    esc(b, s[i].mode);
    buf_printf(b, "</td><td>%.1f%%%s</td><td>", s[i].percent,
               s[i].overrides ? " (with coach overrides)" : "");
    if (s[i].verified)
      buf_puts(b, "<span class=\"badge ok\">verified</span>");
    else {
      buf_puts(b, "<span class=\"badge bad\">NOT VERIFIED</span> ");
      esc(b, s[i].fails);
    }
    buf_puts(b, "</td></tr>\n");
  }
  buf_puts(b, "</tbody></table>\n");
}

char *pack_html(const PackOpts *o, const PackSession *s, size_t n, const char *page) {
  Buf b = {0};
  StrList gaps = {0};
  size_t verified = 0;
  for (size_t i = 0; i < n; i++)
    verified += s[i].verified != 0;
  buf_puts(&b, css);
  buf_puts(&b, "<section class=\"pack\">\n<h1>Evidence pack: ");
  esc(&b, o->trainee);
  buf_printf(&b,
             "</h1>\n<p class=\"sub\">%zu session%s, %zu verified (digest, file hashes and a "
             "re-run of each, as "
             "<code>incidesk verify</code>)%s%s. A criterion counts as evidenced when verified "
             "sessions met it on "
             "at least %d different dates (the units ask for competence shown over a sufficient "
             "period of time, "
             "on different occasions). Each session links to its evidence report below.</p>\n",
             n, n == 1 ? "" : "s", verified, o->generated ? "; made " : "",
             o->generated ? o->generated : "", o->occasions);
  Buf m = {0};
  matrix(&m, o, s, n, &gaps);
  buf_puts(&b, "<h2>Gaps</h2>\n");
  if (!gaps.len)
    buf_puts(&b, "<p><span class=\"badge ok\">none</span> every criterion is evidenced.</p>\n");
  else {
    buf_printf(&b, "<ul class=\"gaps\">\n");
    for (size_t i = 0; i < gaps.len; i++) {
      buf_puts(&b, "<li>");
      esc(&b, gaps.v[i]);
      buf_puts(&b, "</li>\n");
    }
    buf_puts(&b, "</ul>\n");
  }
  buf_put(&b, m.data ? m.data : "", m.len);
  buf_free(&m);
  sessions_table(&b, s, n);
  buf_puts(&b, "</section>\n");
  strlist_free(&gaps);
  /* the report page with the pack first in its body */
  const char *body = strstr(page, "<body>\n");
  Buf out = {0};
  if (!body) {
    buf_puts(&out, page);
    buf_put(&out, b.data, b.len);
  } else {
    const char *title = strstr(page, "<title>");
    const char *tend = title ? strstr(title, "</title>") : NULL;
    if (title && tend && tend < body) {
      buf_put(&out, page, (size_t)(title - page));
      buf_puts(&out, "<title>Evidence pack: ");
      esc(&out, o->trainee);
      buf_put(&out, tend, (size_t)(body + 7 - tend));
    } else
      buf_put(&out, page, (size_t)(body + 7 - page));
    buf_put(&out, b.data, b.len);
    buf_puts(&out, body + 7);
  }
  buf_free(&b);
  return out.data;
}
