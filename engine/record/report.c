/* report.c - the evidence report as one HTML page. */
#include "report.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "criteria.h"
#include "record.h"
#include "record_internal.h"
#include "units.h"

static const cJSON *get(const cJSON *o, const char *k) {
  return cJSON_GetObjectItemCaseSensitive(o, k);
}

static const char *str(const cJSON *o, const char *k) {
  const cJSON *v = get(o, k);
  return cJSON_IsString(v) ? v->valuestring : "";
}

static double num(const cJSON *o, const char *k) {
  const cJSON *v = get(o, k);
  return cJSON_IsNumber(v) ? v->valuedouble : 0;
}

/* Appends s with &, <, >, " and ' escaped. */
static void esc(Buf *b, const char *s) {
  for (; s && *s; s++) {
    switch (*s) {
    case '&':
      buf_puts(b, "&amp;");
      break;
    case '<':
      buf_puts(b, "&lt;");
      break;
    case '>':
      buf_puts(b, "&gt;");
      break;
    case '"':
      buf_puts(b, "&quot;");
      break;
    case '\'':
      buf_puts(b, "&#39;");
      break;
    default:
      buf_put(b, s, 1);
    }
  }
}

/* <tr><th>label</th><td>value</td></tr>, value escaped. */
static void row(Buf *b, const char *label, const char *value) {
  buf_printf(b, "<tr><th>%s</th><td>", label);
  esc(b, value);
  buf_puts(b, "</td></tr>\n");
}

static void row_code(Buf *b, const char *label, const char *value) {
  buf_printf(b, "<tr><th>%s</th><td><code>", label);
  esc(b, value);
  buf_puts(b, "</code></td></tr>\n");
}

/* "2026-01-01T09:00:00Z" -> "2026-01-01 09:00:00 UTC" */
static void when(Buf *b, const char *iso) {
  if (strlen(iso) == 20 && iso[10] == 'T' && iso[19] == 'Z')
    buf_printf(b, "%.10s %.8s UTC", iso, iso + 11);
  else
    esc(b, iso);
}

static void seconds(char *out, size_t n, double ms) {
  long long s = (long long)(ms / 1000.0);
  if (s >= 60)
    snprintf(out, n, "%lld min %02lld s", s / 60, s % 60);
  else
    snprintf(out, n, "%.1f s", ms / 1000.0);
}

static const char css[] =
    "<style>\n"
    "@page { size: A4; margin: 14mm 12mm; }\n"
    "body { font: 10.5pt/1.4 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; color: #1b1f24; "
    "margin: 0 auto;"
    " max-width: 190mm; padding: 8mm 4mm; }\n"
    "h1 { font-size: 17pt; margin: 0 0 2mm; } h2 { font-size: 12.5pt; margin: 6mm 0 2mm; "
    "border-bottom: 1px solid #9aa4ad;"
    " padding-bottom: 1mm; } h3 { font-size: 11pt; margin: 4mm 0 1mm; }\n"
    ".sub { color: #4a5560; margin: 0 0 4mm; }\n"
    "table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; }\n"
    "th, td { text-align: left; vertical-align: top; padding: 1.2mm 2mm; border-bottom: 1px solid "
    "#dde2e6; }\n"
    "table.kv th { width: 34%; color: #4a5560; font-weight: normal; }\n"
    "table.items { font-size: 9pt; } table.items th { background: #eef1f4; }\n"
    "tr, .crit { page-break-inside: avoid; break-inside: avoid; }\n"
    "code { font: 8.5pt 'DejaVu Sans Mono', monospace; word-break: break-all; }\n"
    ".badge { display: inline-block; padding: 0.6mm 2.5mm; border-radius: 3mm; font-weight: bold; "
    "}\n"
    ".ok { background: #d7f0dd; color: #11602a; } .bad { background: #f8d7d7; color: #8a1111; }"
    " .part { background: #fbeccb; color: #7a4b00; }\n"
    ".grid { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; }\n"
    ".score { font-size: 22pt; font-weight: bold; }\n"
    ".crit { border: 1px solid #dde2e6; border-radius: 2mm; padding: 1mm 3mm 2mm; margin: 2mm 0; "
    "}\n"
    ".note { font-size: 9pt; color: #4a5560; }\n"
    "section.record + section.record { page-break-before: always; break-before: page; }\n"
    "svg text { font: 8pt 'DejaVu Sans', Arial, sans-serif; fill: #1b1f24; }\n"
    "footer { margin-top: 6mm; font-size: 8.5pt; color: #4a5560; }\n"
    "</style>\n";

/* ---- sections ---- */

static void who_and_what(Buf *b, const cJSON *r) {
  const cJSON *sc = get(r, "scenario"), *pr = get(r, "procedure");
  buf_puts(b, "<div class=\"grid\"><div><h2>Candidate and session</h2><table class=\"kv\">\n");
  row(b, "Trainee", str(r, "trainee"));
  if (get(r, "centre"))
    row(b, "Centre", str(r, "centre"));
  row(b, "Mode", str(r, "mode"));
  buf_puts(b, "<tr><th>Started</th><td>");
  when(b, str(r, "started"));
  buf_puts(b, "</td></tr>\n<tr><th>Ended</th><td>");
  when(b, str(r, "ended"));
  char dur[48];
  seconds(dur, sizeof dur, num(r, "duration_ms"));
  buf_puts(b, "</td></tr>\n");
  /* a shift's events begin with its "shift" event (docs/shift.md) */
  const cJSON *evs = cJSON_GetObjectItemCaseSensitive(r, "events");
  const cJSON *k0 = cJSON_IsArray(evs) && evs->child ? cJSON_GetObjectItemCaseSensitive(evs->child, "kind") : NULL;
  int shift = cJSON_IsString(k0) && strcmp(k0->valuestring, "shift") == 0;
  row(b, shift ? "Simulated shift length" : "Simulated call length", dur);
  row(b, "Seed", str(r, "seed"));
  row(b, "Recorded by", str(r, "tool_version"));
  if (cJSON_IsTrue(get(r, "recovered")))
    row(b, "Note", "rebuilt from the session's journal after an interruption");
  buf_puts(b, "</table></div>\n<div><h2>Scenario and procedure</h2><table class=\"kv\">\n");
  row(b, "Scenario", str(sc, "title"));
  char *v = xasprintf("%s, version %s, %s, difficulty %.0f", str(sc, "id"), str(sc, "version"),
                      str(sc, "level"), num(sc, "difficulty"));
  row(b, "Id, version", v);
  free(v);
  row_code(b, "Scenario SHA-256", str(sc, "sha256"));
  v = xasprintf("%s, version %s", str(pr, "id"), str(pr, "version"));
  row(b, "Procedure", v);
  free(v);
  row_code(b, "Procedure SHA-256", str(pr, "sha256"));
  buf_puts(b, "</table></div></div>\n");
}

static void verification(Buf *b, const ReportEntry *e, const cJSON *r) {
  buf_puts(b, "<h2>Verification</h2>\n<p>");
  if (e->verified) {
    buf_printf(b,
               "<span class=\"badge ok\">Verified</span> The digest matches the record%s; the "
               "scenario and "
               "procedure files match their SHA-256; replaying the %d recorded actions with the "
               "seed gives the "
               "same events, scored items and score, to the byte.",
               e->keyed ? ", and so does the centre's HMAC seal" : "",
               cJSON_GetArraySize(get(r, "actions")));
  } else {
    buf_puts(b, "<span class=\"badge bad\">NOT VERIFIED</span> ");
    for (size_t i = 0; i < e->nfails; i++) {
      if (i)
        buf_puts(b, "; ");
      esc(b, e->fails[i]);
    }
    buf_puts(b,
             ". This record must not be relied on as evidence until the difference is explained.");
  }
  buf_puts(b, "</p>\n<p class=\"note\">Digest <code>");
  esc(b, str(r, "digest"));
  buf_puts(b, "</code>");
  if (get(r, "hmac"))
    buf_puts(b, e->keyed ? " &middot; HMAC seal checked"
                         : " &middot; HMAC seal present, not checked (no key)");
  buf_puts(b, "</p>\n");
}

static void result(Buf *b, const cJSON *r) {
  const cJSON *s = get(r, "score");
  int passed = cJSON_IsTrue(get(s, "passed"));
  buf_printf(
      b, "<h2>Result</h2>\n<p><span class=\"score\">%.1f%%</span> &nbsp;<span class=\"badge %s\">",
      num(s, "percent"), passed ? "ok" : "bad");
  esc(b, str(s, "level"));
  buf_printf(b, "</span> &nbsp;<span class=\"badge %s\">%s</span></p>\n", passed ? "ok" : "bad",
             passed ? "passed" : "not passed");
  buf_printf(b,
             "<p>%.0f of %.0f points; pass mark %.0f%%; %.0f critical failure%s (any critical "
             "failure fails the "
             "session).</p>\n",
             num(s, "points"), num(s, "possible"), num(s, "pass_percent"),
             num(s, "critical_failures"), num(s, "critical_failures") == 1 ? "" : "s");
}

static void evidence_type(Buf *b, const cJSON *r) {
  const UnitInfo *u = unit_find(str(get(r, "scenario"), "level"));
  buf_puts(
      b, "<h2>Evidence type</h2>\n<p><strong>Observation of simulated practice.</strong> The "
         "session was "
         "played in a simulator: every decision was recorded with its time and scored against the "
         "organisation's procedure on the facts the candidate had at that moment.</p>\n");
  if (u) {
    buf_printf(b, "<p class=\"note\">Unit %s &ldquo;", u->code);
    esc(b, u->title);
    buf_printf(
        b, "&rdquo; (%s, level %d; %s). Evidence the unit accepts for learning outcomes 1 and 2: ",
        u->uan, u->level, u->printed);
    esc(b, u->evidence[0]);
    buf_puts(b, "; for outcome 3: ");
    esc(b, u->evidence[2]);
    buf_puts(
        b, ". The unit asks for observation in the workplace or tangible evidence of real work "
           "over a sufficient "
           "period: this report is supporting evidence for the assessor's judgement, not a "
           "substitute for "
           "it. Items of outcome 3 come from knowledge questions and count as questioning.</p>\n");
  }
}

static const char *status_class(const char *status) {
  return strcmp(status, "met") == 0 ? "ok" : strcmp(status, "partly met") == 0 ? "part" : "bad";
}

static void item_row(Buf *b, const cJSON *it) {
  char t[32];
  snprintf(t, sizeof t, "%.1f s", num(it, "t_ms") / 1000.0);
  int full = num(it, "points") >= num(it, "possible");
  buf_puts(b, "<tr><td>");
  esc(b, str(it, "id"));
  buf_puts(b, "</td><td>");
  esc(b, str(it, "expected"));
  buf_puts(b, "</td><td>");
  esc(b, str(it, "actual"));
  buf_printf(b, "</td><td>%s</td><td><span class=\"badge %s\">%.0f/%.0f</span></td><td>", t,
             full ? "ok" : "bad", num(it, "points"), num(it, "possible"));
  esc(b, str(it, "severity"));
  buf_puts(b, "</td><td>");
  esc(b, str(it, "explanation"));
  buf_puts(b, "</td></tr>\n");
}

static void criteria(Buf *b, const cJSON *r) {
  buf_puts(b, "<h2>Criteria evidenced</h2>\n");
  const cJSON *bc = get(r, "by_criterion"), *items = get(r, "items");
  for (const cJSON *c = bc ? bc->child : NULL; c; c = c->next) {
    const Criterion *cr = criteria_find(c->string);
    const char *status = str(c, "status");
    int lo = unit_outcome(c->string);
    buf_puts(b, "<div class=\"crit\"><h3>");
    esc(b, c->string);
    buf_printf(b, " <span class=\"badge %s\">", status_class(status));
    esc(b, status);
    buf_printf(b, "</span> <span class=\"note\">%.0f/%.0f points &middot; %s</span></h3>\n<p>",
               num(c, "points"), num(c, "possible"),
               lo == 3 ? "questioning (simulated)" : "observation of simulated practice");
    esc(b, cr ? cr->text : "(criterion text not known to this version)");
    buf_puts(
        b,
        "</p>\n<table class=\"items\"><tr><th>Item</th><th>Expected</th><th>Done</th><th>When</th>"
        "<th>Points</th><th>Severity</th><th>Why</th></tr>\n");
    for (const cJSON *it = items ? items->child : NULL; it; it = it->next)
      if (strcmp(str(it, "criterion"), c->string) == 0)
        item_row(b, it);
    buf_puts(b, "</table></div>\n");
  }
}

/* ---- the timeline (inline SVG) ---- */

#define TL_X0 96.0
#define TL_X1 708.0
#define TL_LANE 26.0
#define TL_TOP 8.0

static const char *const lanes[] = {"Call", "Caller", "Trainee", "Units", "Scored items"};

static int lane_of(const char *kind) {
  static const char *const by_lane[][6] = {{"ringing", "answered", "hangup", "closed", NULL},
                                           {"caller", "fact", "mood", NULL},
                                           {"trainee", "rejected", "jargon", "repeat", NULL},
                                           {"unit", "report", "scenario", NULL}};
  for (int l = 0; l < 4; l++)
    for (int k = 0; by_lane[l][k]; k++)
      if (strcmp(kind, by_lane[l][k]) == 0)
        return l;
  return 1;
}

static double tl_x(double t, double dur) { return TL_X0 + (TL_X1 - TL_X0) * t / dur; }

static void marker(Buf *b, double x, int lane, double r, const char *fill, double t,
                   const char *what, const char *text) {
  buf_printf(b,
             "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"#ffffff\" "
             "stroke-width=\"0.8\"><title>%.1f s ",
             x, TL_TOP + TL_LANE * (lane + 0.5), r, fill, t / 1000.0);
  esc(b, what);
  if (text && *text) {
    buf_puts(b, ": ");
    esc(b, text);
  }
  buf_puts(b, "</title></circle>\n");
}

static void axis(Buf *b, double dur, double h) {
  static const double steps[] = {5, 10, 15, 30, 60, 120, 300, 600, 1200, 3600};
  double step = steps[0];
  for (size_t i = 0; i < sizeof steps / sizeof *steps && dur / 1000.0 / step > 12; i++)
    step = steps[i];
  for (double s = 0; s * 1000.0 <= dur; s += step) {
    double x = tl_x(s * 1000.0, dur);
    buf_printf(b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#dde2e6\"/>", x,
               TL_TOP, x, h - 14);
    if (s >= 60)
      buf_printf(b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d:%02d</text>\n", x, h - 3,
                 (int)s / 60, (int)s % 60);
    else
      buf_printf(b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d s</text>\n", x, h - 3,
                 (int)s);
  }
}

static void timeline(Buf *b, const cJSON *r) {
  const cJSON *evs = get(r, "events"), *items = get(r, "items");
  double dur = num(r, "duration_ms");
  for (const cJSON *e = evs ? evs->child : NULL; e; e = e->next)
    dur = fmax(dur, num(e, "t_ms"));
  /* a session is a call of minutes: a record that claims more than a day (only a forged one
   * can) is drawn over a day, so that the axis keeps to a few ticks whose seconds fit an int */
  dur = fmin(fmax(dur, 1000.0), 86400000.0);
  double h = TL_TOP + TL_LANE * 5 + 18;
  buf_printf(b,
             "<h2>Timeline</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 720 "
             "%.0f\" width=\"100%%\" "
             "role=\"img\" aria-label=\"Timeline of the session\">\n",
             h);
  for (int l = 0; l < 5; l++) {
    double y = TL_TOP + TL_LANE * l;
    buf_printf(b, "<rect x=\"0\" y=\"%.1f\" width=\"720\" height=\"%.1f\" fill=\"%s\"/>", y,
               TL_LANE, l % 2 ? "#ffffff" : "#f4f6f8");
    buf_printf(b, "<text x=\"4\" y=\"%.1f\">%s</text>\n", y + TL_LANE / 2 + 3, lanes[l]);
  }
  axis(b, dur, h);
  static const char *const colour[] = {"#4a5560", "#7b4fb0", "#1f6fb2", "#b06a00"};
  const cJSON *acts = get(r, "actions");
  for (const cJSON *a = acts ? acts->child : NULL; a;
       a = a->next) { /* every action, with its arguments */
    Buf args = {0};
    for (const cJSON *m = a->child; m; m = m->next) {
      if (strcmp(m->string, "t_ms") == 0 || strcmp(m->string, "type") == 0)
        continue;
      char *v = cJSON_IsString(m) ? xstrdup(m->valuestring) : cJSON_PrintUnformatted(m);
      buf_printf(&args, "%s%s", args.len ? " " : "", v);
      cJSON_IsString(m) ? free(v) : cJSON_free(v);
    }
    marker(b, tl_x(num(a, "t_ms"), dur), 2, 3.2, colour[2], num(a, "t_ms"), str(a, "type"),
           args.data);
    buf_free(&args);
  }
  for (const cJSON *e = evs ? evs->child : NULL; e; e = e->next) {
    const char *kind = str(e, "kind");
    if (strcmp(kind, "trainee") == 0)
      continue; /* its action is drawn above */
    int lane = lane_of(kind), warn = strcmp(kind, "rejected") == 0 || strcmp(kind, "jargon") == 0 ||
                                     strcmp(kind, "repeat") == 0 || strcmp(kind, "hangup") == 0;
    char *what = *str(e, "subject") ? xasprintf("%s %s", kind, str(e, "subject")) : xstrdup(kind);
    marker(b, tl_x(num(e, "t_ms"), dur), lane, 3.2, warn ? "#c0392b" : colour[lane], num(e, "t_ms"),
           what, str(e, "text"));
    free(what);
  }
  for (const cJSON *it = items ? items->child : NULL; it; it = it->next) {
    double p = num(it, "points"), of = num(it, "possible");
    const char *fill = p >= of ? "#1e8e3e" : p > 0 ? "#e0a800" : "#c0392b";
    char *what = xasprintf("%s (%s) %.0f/%.0f", str(it, "id"), str(it, "criterion"), p, of);
    marker(b, tl_x(num(it, "t_ms"), dur), 4,
           strcmp(str(it, "severity"), "critical") == 0 ? 5.5 : 4.0, fill, num(it, "t_ms"), what,
           str(it, "explanation"));
    free(what);
  }
  buf_puts(b, "</svg>\n<p class=\"note\">Each mark is one event or scored item at its simulated "
              "time (hover for "
              "details). Scored items: green full points, amber part, red none; larger marks are "
              "critical. Red marks "
              "in other lanes: a rejected action, jargon, a repeated question, the caller hanging "
              "up.</p>\n");
}

/* ---- the page ---- */

static void section(Buf *b, const ReportEntry *e, const ReportExtra *x, const cJSON *r) {
  buf_puts(b, "<section class=\"record\"");
  if (x && x->anchor) {
    buf_puts(b, " id=\"");
    esc(b, x->anchor);
    buf_puts(b, "\"");
  }
  buf_puts(b, ">\n<h1>Evidence report: ");
  esc(b, str(get(r, "scenario"), "title"));
  buf_puts(b, "</h1>\n<p class=\"sub\">Incident Desk session record <code>");
  esc(b, e->path);
  buf_puts(b, "</code></p>\n");
  who_and_what(b, r);
  verification(b, e, r);
  result(b, r);
  if (x && x->addendum_html)
    buf_puts(b, x->addendum_html);
  evidence_type(b, r);
  criteria(b, r);
  timeline(b, r);
  buf_puts(b, "</section>\n");
}

char *report_html(const ReportEntry *e, size_t n, const char *generated, Error *err) {
  return report_html_ex(e, NULL, n, generated, err);
}

char *report_html_ex(const ReportEntry *e, const ReportExtra *x, size_t n, const char *generated, Error *err) {
  Buf b = {0};
  buf_puts(&b, "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, "
               "initial-scale=1\">\n<title>Evidence report");
  if (n == 1) {
    RecordInfo info;
    if (record_info_read(e[0].path, e[0].text, e[0].len, &info, err) == 0) {
      buf_puts(&b, ": ");
      esc(&b, info.trainee);
      buf_puts(&b, ", ");
      esc(&b, info.scenario_id);
      record_info_free(&info);
    }
  }
  buf_puts(&b, "</title>\n");
  buf_puts(&b, css);
  buf_puts(&b, "</head>\n<body>\n");
  for (size_t i = 0; i < n; i++) {
    RecordInfo info;
    if (record_info_read(e[i].path, e[i].text, e[i].len, &info, err) < 0) {
      buf_free(&b);
      return NULL;
    }
    record_info_free(&info);
    cJSON *r = record_json_parse(e[i].path, e[i].text, e[i].len, err);
    section(&b, &e[i], x ? &x[i] : NULL, r);
    cJSON_Delete(r);
  }
  buf_puts(&b, "<footer>Made by Incident Desk (incidesk report)");
  if (generated) {
    buf_puts(&b, " on ");
    when(&b, generated);
  }
  buf_puts(&b, ". Criteria texts as printed in units CC38 and CC39. A record can be checked again "
               "at any time with "
               "<code>incidesk verify RECORD</code>.</footer>\n</body>\n</html>\n");
  return b.data;
}
