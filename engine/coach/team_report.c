/* team_report.c - the team report: one self-contained printable HTML page with inline SVG
 * charts (scores over time per trainee, the criterion heat map, the time-to-answer
 * distribution against the 10 s standard) and review's tables. Nothing is fetched. */
#include <stdlib.h>
#include <string.h>

#include "review_internal.h"

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
    "@page { size: A4 landscape; margin: 12mm; }\n"
    "body { font: 10pt/1.4 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; color: #1b1f24; "
    "margin: 0 auto; "
    "max-width: 277mm; padding: 6mm 4mm; }\n"
    "h1 { font-size: 18pt; margin: 0 0 2mm; } h2 { font-size: 13pt; margin: 7mm 0 2mm; "
    "border-bottom: 1px solid "
    "#9aa4ad; padding-bottom: 1mm; page-break-after: avoid; break-after: avoid; }\n"
    ".sub, .note { color: #4a5560; } .note { font-size: 8.5pt; }\n"
    "table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 1mm 0 3mm; }\n"
    "th, td { text-align: left; padding: 1mm 1.5mm; border-bottom: 1px solid #dde2e6; "
    "vertical-align: top; }\n"
    "th { background: #eef1f4; } td.n { text-align: right; font-variant-numeric: tabular-nums; }\n"
    "tr, figure, .spark { page-break-inside: avoid; break-inside: avoid; }\n"
    "figure { margin: 2mm 0; } figcaption { font-size: 8.5pt; color: #4a5560; }\n"
    ".sparks { display: grid; grid-template-columns: repeat(4, 1fr); gap: 2mm 4mm; }\n"
    "svg text { font: 7.5pt 'DejaVu Sans', Arial, sans-serif; fill: #1b1f24; }\n"
    "section + section { page-break-before: always; break-before: page; }\n"
    "footer { margin-top: 6mm; font-size: 8pt; color: #4a5560; }\n"
    "</style>\n";

static double pct(double a, double b) { return b > 0 ? 100.0 * a / b : 0; }

/* "YYYY-MM-DD" of a day number (days since 1970-01-01; H. Hinnant's civil_from_days). */
static void day_text(char *out, size_t n, long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097, doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365,
       doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153, d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
  snprintf(out, n, "%04d-%02d-%02d", (int)(yoe + era * 400 + (m <= 2)) % 10000, (int)m % 100,
           (int)d % 100);
}

/* ---- scores over time: a small chart per trainee (weekly means, every session dotted) ---- */

static void spark(Buf *b, const Review *rv, uint32_t t, const char *id, long d0, long d1) {
  const double W = 250, H = 104, X0 = 26, X1 = 244, Y0 = 16, Y1 = 84;
  double span = d1 > d0 ? (double)(d1 - d0) : 1;
  buf_printf(b,
             "<div class=\"spark\"><svg viewBox=\"0 0 %.0f %.0f\" width=\"100%%\" role=\"img\" "
             "aria-label=\"",
             W, H);
  esc(b, id);
  buf_puts(b, ": percent per session over time\">\n");
  buf_printf(b, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" fill=\"#f6f8fa\"/>\n",
             X0, Y0, X1 - X0, Y1 - Y0);
  for (int p = 0; p <= 100; p += 50)
    buf_printf(b, "<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">%d</text>\n", X0 - 3,
               Y1 - (Y1 - Y0) * p / 100.0 + 3, p);
  double y75 = Y1 - (Y1 - Y0) * 0.75;
  buf_printf(b,
             "<line x1=\"%.0f\" x2=\"%.0f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#c0392b\" "
             "stroke-dasharray=\"3 2\"/>\n",
             X0, X1, y75, y75);
  size_t nweeks = (size_t)(span / 7) + 1;
  double *sum = xcalloc(nweeks + 1, sizeof *sum);
  int *cnt = xcalloc(nweeks + 1, sizeof *cnt);
  for (size_t i = 0; i < rv->nrows; i++) {
    const Row *r = &rv->rows[i];
    if (r->trainee != t)
      continue;
    double x = X0 + (X1 - X0) * (double)(r->day - d0) / span,
           y = Y1 - (Y1 - Y0) * r->percent / 100.0;
    buf_printf(b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"1.2\" fill=\"%s\" fill-opacity=\"0.45\"/>\n",
               x, y, r->passed ? "#2e7d32" : "#c0392b");
    size_t w = (size_t)((r->day - d0) / 7);
    sum[w] += r->percent, cnt[w]++;
  }
  buf_puts(b, "<polyline fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"1.6\" points=\"");
  for (size_t w = 0; w < nweeks; w++)
    if (cnt[w])
      buf_printf(b, "%.1f,%.1f ", X0 + (X1 - X0) * (double)(w * 7 + 3) / span,
                 Y1 - (Y1 - Y0) * sum[w] / cnt[w] / 100.0);
  buf_puts(b, "\"/>\n");
  const TraineeAgg *a = keyvec_at(&rv->trainees, t);
  buf_puts(b, "<text x=\"2\" y=\"10\" font-weight=\"bold\">");
  esc(b, id);
  buf_printf(b,
             "</text><text x=\"%.0f\" y=\"10\" text-anchor=\"end\" style=\"font-size: 6pt\">%d "
             "sessions \xC2\xB7 mean %.1f%% \xC2\xB7 %+.1f/30 d</text>\n",
             X1, a->sessions, a->sum / a->sessions, review_trend(rv, t));
  char from[64], to[64];
  day_text(from, sizeof from, d0), day_text(to, sizeof to, d1);
  buf_printf(b,
             "<text x=\"%.0f\" y=\"%.0f\">%s</text><text x=\"%.0f\" y=\"%.0f\" "
             "text-anchor=\"end\">%s</text>\n",
             X0, H - 6, from, X1, H - 6, to);
  buf_puts(b, "</svg></div>\n");
  free(sum), free(cnt);
}

static void scores_over_time(Buf *b, const Review *rv) {
  long d0 = 0, d1 = 0;
  for (size_t i = 0; i < rv->nrows; i++) {
    if (!i || rv->rows[i].day < d0)
      d0 = rv->rows[i].day;
    if (!i || rv->rows[i].day > d1)
      d1 = rv->rows[i].day;
  }
  buf_puts(b, "<h2>Scores over time</h2>\n<figure><div class=\"sparks\">\n");
  size_t *ix = review_sorted(&rv->trainees);
  for (size_t k = 0; k < rv->trainees.len; k++)
    spark(b, rv, (uint32_t)ix[k], rv->trainees.keys[ix[k]], d0, d1);
  free(ix);
  buf_puts(b, "</div><figcaption>Each trainee's sessions by date (dots: green passed, red not "
              "passed), the weekly mean "
              "(blue line) and the 75% pass mark (dashed).</figcaption></figure>\n");
}

/* ---- the criterion heat map: trainees by criteria, cells coloured by percent of points ---- */

static const char *heat(double p) {
  return p >= 95   ? "#1e8449"
         : p >= 85 ? "#58b368"
         : p >= 75 ? "#c5d86d"
         : p >= 60 ? "#f4c542"
         : p >= 40 ? "#ee8b3a"
                   : "#c0392b";
}

static void heat_map(Buf *b, const Review *rv) {
  size_t *tx = review_sorted(&rv->trainees), *cx = review_sorted(&rv->criteria);
  size_t nt = rv->trainees.len, nc = rv->criteria.len;
  double cw = 26, ch = 16, x0 = 70, y0 = 54;
  double W = x0 + cw * (double)nc + 10, H = y0 + ch * (double)(nt + 1) + 26;
  buf_printf(b,
             "<h2>Criterion heat map</h2>\n<figure><svg viewBox=\"0 0 %.0f %.0f\" width=\"100%%\" "
             "role=\"img\" "
             "aria-label=\"percent of points per trainee and criterion\">\n",
             W, H);
  char key[512];
  for (size_t c = 0; c < nc; c++)
    buf_printf(b, "<text transform=\"translate(%.1f %.1f) rotate(-60)\">%s</text>\n",
               x0 + cw * (double)c + cw / 2, y0 - 4, rv->criteria.keys[cx[c]]);
  for (size_t t = 0; t <= nt; t++) {
    const char *id = t < nt ? rv->trainees.keys[tx[t]] : "team";
    double y = y0 + ch * (double)t;
    buf_printf(b, "<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\"%s>", x0 - 4, y + ch / 2 + 3,
               t < nt ? "" : " font-weight=\"bold\"");
    esc(b, id);
    buf_puts(b, "</text>\n");
    for (size_t c = 0; c < nc; c++) {
      const Acc *a =
          t < nt
              ? keyvec_find(&rv->t_crit, review_pair(key, sizeof key, id, rv->criteria.keys[cx[c]]))
              : keyvec_at(&rv->criteria, cx[c]);
      double x = x0 + cw * (double)c;
      if (!a || a->possible <= 0) {
        buf_printf(
            b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#f0f2f4\"/>\n", x,
            y, cw - 1, ch - 1);
        continue;
      }
      double p = pct((double)a->points, (double)a->possible);
      buf_printf(b,
                 "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s "
                 "%s: %.0f%% of points in %d "
                 "sessions</title></rect>\n",
                 x, y, cw - 1, ch - 1, heat(p), id, rv->criteria.keys[cx[c]], p, a->sessions);
      buf_printf(b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"%s\">%.0f</text>\n",
                 x + cw / 2 - 0.5, y + ch / 2 + 3, p < 40 || p >= 95 ? "#ffffff" : "#1b1f24", p);
    }
  }
  static const double stops[] = {95, 85, 75, 60, 40, 0};
  static const char *const names[] = {"95+", "85+", "75+", "60+", "40+", "<40"};
  for (int i = 0; i < 6; i++) {
    double x = x0 + 58.0 * i, y = H - 16;
    buf_printf(b,
               "<rect x=\"%.0f\" y=\"%.0f\" width=\"14\" height=\"10\" fill=\"%s\"/><text "
               "x=\"%.0f\" y=\"%.0f\">%s%%</text>\n",
               x, y, heat(stops[i]), x + 17, y + 8, names[i]);
  }
  buf_puts(b, "</svg><figcaption>Percent of the points possible per criterion, per trainee and for "
              "the team (grey: not "
              "evidenced by that trainee's sessions); the number in each cell is the "
              "percent.</figcaption></figure>\n");
  free(tx), free(cx);
}

/* ---- time to answer against the 10 s standard ---- */

static void answer_times(Buf *b, const Review *rv) {
  enum { NB = 31 }; /* 0..29 s by the second, and 30 s or more */
  int bins[NB] = {0}, max = 1;
  size_t n = 0, within = 0;
  for (size_t i = 0; i < rv->nrows; i++) {
    int32_t t = rv->rows[i].answer_ms;
    if (t < 0)
      continue;
    n++, within += t <= 10000;
    int k = t >= 30000 ? NB - 1 : (int)(t / 1000);
    if (++bins[k] > max)
      max = bins[k];
  }
  const double W = 1000, H = 230, X0 = 40, X1 = 990, Y0 = 14, Y1 = 196, bw = (X1 - X0) / NB;
  double share = n ? 100.0 * (double)within / (double)n : 0;
  buf_printf(b,
             "<h2>Time to answer</h2>\n<figure><svg viewBox=\"0 0 %.0f %.0f\" width=\"100%%\" "
             "role=\"img\" "
             "aria-label=\"sessions by seconds to answer\">\n",
             W, H);
  for (int k = 0; k < NB; k++) {
    double h = (Y1 - Y0) * bins[k] / max;
    buf_printf(b,
               "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s%d "
               "s: %d sessions</title></rect>\n",
               X0 + bw * k + 0.5, Y1 - h, bw - 1, h, k < 10 ? "#2e7d32" : "#c0392b",
               k == NB - 1 ? "&ge;" : "", k, bins[k]);
    if (k % 5 == 0)
      buf_printf(b, "<text x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">%d s</text>\n", X0 + bw * k,
                 Y1 + 12, k);
  }
  double x10 = X0 + bw * 10;
  buf_printf(b,
             "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.0f\" y2=\"%.0f\" stroke=\"#1b1f24\" "
             "stroke-width=\"1.5\" stroke-dasharray=\"4 2\"/>\n",
             x10, x10, Y0 - 4, Y1);
  buf_printf(b, "<text x=\"%.1f\" y=\"%.0f\">10 s standard</text>\n", x10 + 4, Y0 + 4);
  buf_printf(b,
             "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"end\">%d</text><text x=\"%.0f\" y=\"%.0f\" "
             "text-anchor=\"end\">0</text>\n",
             X0 - 4, Y0 + 6, max, X0 - 4, Y1);
  buf_printf(b, "<text x=\"%.0f\" y=\"%.0f\">sessions; seconds from ringing to answer</text>\n", X0,
             H - 4);
  buf_printf(b,
             "</svg><figcaption>%.1f%% of %zu answered calls within 10 s: the standard asks for "
             "90%% (UK police 999, "
             "NFPA 1225); %s. Green: within 10 s.</figcaption></figure>\n",
             share, n, share >= 90 ? "the team meets it" : "the team does not meet it yet");
}

/* ---- the tables ---- */

static void trainee_table(Buf *b, const Review *rv, const CoachCatalog *cat) {
  buf_puts(b,
           "<h2>Trainees</h2>\n<table><thead><tr><th>Trainee</th><th>Sessions</th><th>Mean "
           "%</th><th>Best %</th>"
           "<th>Pass rate</th><th>High / compliant / partial / low / non-compliant</th><th>Trend "
           "/30 d</th>"
           "<th>Answer p50 / p90 s</th><th>Dispatch p50 / p90 s</th><th>Weak (below threshold)</th>"
           "<th>Recommended scenarios</th></tr></thead><tbody>\n");
  size_t *ix = review_sorted(&rv->trainees);
  for (size_t k = 0; k < rv->trainees.len; k++) {
    const TraineeAgg *t = keyvec_at(&rv->trainees, ix[k]);
    double a50, a90, d50, d90;
    review_times(rv, (uint32_t)ix[k], 0, &a50, &a90);
    review_times(rv, (uint32_t)ix[k], 1, &d50, &d90);
    buf_puts(b, "<tr><td>");
    esc(b, rv->trainees.keys[ix[k]]);
    buf_printf(
        b,
        "</td><td class=\"n\">%d</td><td class=\"n\">%.1f</td><td class=\"n\">%.1f</td><td "
        "class=\"n\">%.0f%%</td>"
        "<td>%d / %d / %d / %d / %d</td><td class=\"n\">%+.1f</td><td class=\"n\">%.1f / %.1f</td>"
        "<td class=\"n\">%.1f / %.1f</td><td>",
        t->sessions, t->sum / t->sessions, t->best, pct(t->passed, t->sessions), t->levels[0],
        t->levels[1], t->levels[2], t->levels[3], t->levels[4], review_trend(rv, (uint32_t)ix[k]),
        a50 / 1000, a90 / 1000, d50 / 1000, d90 / 1000);
    TraineeAdvice adv;
    review_advise(rv, k, cat, 3, &adv);
    for (size_t i = 0; i < adv.ncriteria; i++)
      buf_printf(b, "%s%s %.0f%%", i ? ", " : "", adv.criteria[i].key, adv.criteria[i].percent);
    buf_puts(b, "</td><td>");
    for (size_t i = 0; i < adv.nrecs; i++) {
      buf_puts(b, i ? "<br>" : "");
      esc(b, adv.recs[i].scenario);
    }
    buf_puts(b, "</td></tr>\n");
    review_advice_free(&adv);
  }
  free(ix);
  buf_puts(b, "</tbody></table>\n");
}

static void criterion_table(Buf *b, const Review *rv) {
  buf_puts(b, "<h2>Criteria</h2>\n<table><thead><tr><th>Criterion</th><th>Sessions</th><th>Met</"
              "th><th>Partly</th>"
              "<th>Not met</th><th>Points %</th><th>Items most often lost "
              "(sessions)</th></tr></thead><tbody>\n");
  size_t *ix = review_sorted(&rv->criteria);
  for (size_t k = 0; k < rv->criteria.len; k++) {
    const char *c = rv->criteria.keys[ix[k]];
    const Acc *a = keyvec_at(&rv->criteria, ix[k]);
    buf_puts(b, "<tr><td>");
    esc(b, c);
    buf_printf(b,
               "</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td "
               "class=\"n\">%d</td>"
               "<td class=\"n\">%.1f</td><td>",
               a->sessions, a->met, a->partly, a->not_met,
               pct((double)a->points, (double)a->possible));
    const char *ids[3];
    const Lost *what[3];
    size_t nl = review_top_lost(&rv->lost, c, ids, what, 3);
    for (size_t i = 0; i < nl; i++) {
      buf_puts(b, i ? ", " : "");
      esc(b, ids[i]);
      buf_printf(b, " (%d)", what[i]->count);
    }
    buf_puts(b, "</td></tr>\n");
  }
  free(ix);
  buf_puts(b, "</tbody></table>\n");
}

static void scenario_table(Buf *b, const Review *rv) {
  buf_puts(b, "<h2>Scenarios</h2>\n<table><thead><tr><th>Scenario</th><th>Unit</th><th>Rated</"
              "th><th>Sessions</th>"
              "<th>Mean %</th><th>Pass rate</th><th>Caller's mean peak "
              "agitation</th></tr></thead><tbody>\n");
  size_t *ix = review_sorted(&rv->scenarios);
  for (size_t k = 0; k < rv->scenarios.len; k++) {
    const ScenarioAgg *s = keyvec_at(&rv->scenarios, ix[k]);
    buf_puts(b, "<tr><td>");
    esc(b, s->title);
    buf_puts(b, "</td><td>");
    esc(b, s->unit);
    buf_printf(b,
               "</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%.1f</td><td "
               "class=\"n\">%.0f%%</td>"
               "<td class=\"n\">%.0f</td></tr>\n",
               s->difficulty, s->sessions, s->sum / s->sessions, pct(s->passed, s->sessions),
               s->agitation_n ? s->sum_agitation / s->agitation_n : 0.0);
  }
  free(ix);
  buf_puts(b, "</tbody></table>\n");
}

char *team_report_html(const Review *rv, const CoachCatalog *cat, const char *generated) {
  Buf b = {0};
  buf_puts(&b, "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta "
               "name=\"viewport\" "
               "content=\"width=device-width, initial-scale=1\">\n<title>Team report</title>\n");
  buf_puts(&b, css);
  buf_puts(&b, "</head>\n<body>\n<section>\n<h1>Team report</h1>\n");
  const ReviewFilter *f = &rv->o.filter;
  buf_printf(&b, "<p class=\"sub\">%zu sessions of %zu trainees reviewed", rv->n.reviewed,
             rv->trainees.len);
  if (f->trainee || f->from || f->to || f->unit || f->procedure) {
    buf_puts(&b, " (");
    const char *parts[][2] = {{"trainee ", f->trainee},
                              {"from ", f->from},
                              {"to ", f->to},
                              {"unit ", f->unit},
                              {"procedure ", f->procedure}};
    int first = 1;
    for (size_t i = 0; i < 5; i++)
      if (parts[i][1]) {
        buf_puts(&b, first ? "" : ", ");
        buf_puts(&b, parts[i][0]);
        esc(&b, parts[i][1]);
        first = 0;
      }
    buf_puts(&b, ")");
  }
  buf_printf(&b, "; %zu left out, failing verification; %zu coach overrides counted.</p>\n",
             rv->n.left_out, rv->n.overrides);
  scores_over_time(&b, rv);
  answer_times(&b, rv);
  buf_puts(&b, "</section>\n<section>\n");
  heat_map(&b, rv);
  trainee_table(&b, rv, cat);
  buf_puts(&b, "</section>\n<section>\n");
  criterion_table(&b, rv);
  scenario_table(&b, rv);
  if (rv->left_out.len) {
    buf_puts(&b, "<h2>Left out</h2>\n<ul class=\"note\">\n");
    for (size_t i = 0; i < rv->left_out.len; i++) {
      buf_puts(&b, "<li>");
      esc(&b, rv->left_out.v[i]);
      buf_puts(&b, "</li>\n");
    }
    buf_puts(&b, "</ul>\n");
  }
  buf_puts(&b, "</section>\n<footer>Made by Incident Desk (incidesk review --html)");
  if (generated) {
    buf_puts(&b, " on ");
    esc(&b, generated);
  }
  buf_printf(&b,
             ". Weak: below %.0f%% of the points; records checked by their digest (and HMAC with "
             "--key).</footer>\n"
             "</body>\n</html>\n",
             rv->o.threshold);
  return b.data;
}
