/* call_panels.c - the incident log (code, priority, validity and the log fields), the town
 * map, the resource list and the dialogs of the call screen. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "desk_internal.h"

/* ---- incident log ---- */

static void selector_value(const Play *p, int row, char *buf, size_t n) {
  const char *v = play_last_arg(p, row == LOG_CODE       ? ACT_CLASSIFY
                                   : row == LOG_PRIORITY ? ACT_PRIORITISE
                                                         : ACT_VALIDITY);
  const char *text = NULL;
  if (v && row == LOG_CODE) {
    const Named *c = named_find(&p->p->codes, v);
    text = c ? c->text : NULL;
  } else if (v && row == LOG_PRIORITY) {
    const Priority *pr = procedure_priority(p->p, v);
    text = pr ? pr->label : NULL;
  }
  if (!v)
    snprintf(buf, n, "not set \xE2\x80\x94 Enter to choose");
  else
    snprintf(buf, n, "%s%s%s", v, text ? " \xC2\xB7 " : "", text ? text : "");
}

static void log_row(Desk *d, int row, int pos, SDL_Rect r, int sel) {
  Ren *g = &d->g;
  Play *p = &d->play;
  (void)pos;
  int pad = ren_px(g, 4), lw = r.w * 36 / 100, focused = sel && p->focus == F_LOG;
  int ty = r.y + (r.h - g->line_h[FONT_BODY]) / 2, sy = r.y + (r.h - g->line_h[FONT_SMALL]) / 2;
  if (row < LOG_FIELDS) {
    static const char *const labels[] = {"Incident code", "Priority", "Validity"};
    char v[300];
    selector_value(p, row, v, sizeof v);
    ren_text(g, FONT_BOLD, ren_colour(C_ACCENT), labels[row], r.x + pad, ty, lw - pad);
    int set = strncmp(v, "not set", 7) != 0;
    ren_text(g, set ? FONT_BOLD : FONT_BODY, ren_colour(set ? C_TEXT : C_DIM), v, r.x + lw, ty,
             r.w - lw - pad);
    return;
  }
  int f = row - LOG_FIELDS;
  const Field *fd = &p->p->fields[f];
  const Edit *e = &p->fields[f];
  const char *logged = play_logged(p, fd->id),
             *known = fd->fact ? sim_known(p->sim, fd->fact) : NULL;
  const char *mark = "";
  Colour mc = C_DIM;
  if (logged && known && strcmp(known, "unknown") != 0 && !str_icontains(logged, known))
    mark = "\xE2\x9A\xA0", mc = C_WARN;
  else if (logged && strcmp(logged, e->text) == 0)
    mark = "\xE2\x9C\x93", mc = C_GOOD;
  else if (e->len)
    mark = "\xE2\x97\x8F", mc = p->from_answer[f] ? C_ACCENT : C_WARN;
  int mw = ren_measure(g, FONT_BOLD, "\xE2\x9A\xA0") + 2 * pad;
  ren_text(g, FONT_SMALL, ren_colour(sel ? C_TEXT : C_DIM), fd->label, r.x + pad, sy, lw - 2 * pad);
  SDL_Rect box = {r.x + lw, r.y + 1, r.w - lw - mw, r.h - 2};
  edit_draw(g, e, box, focused, NULL);
  if (mark[0])
    ren_text(g, FONT_BOLD, ren_colour(mc), mark, r.x + r.w - mw + pad, ty, 0);
}

void call_draw_log(Desk *d, SDL_Rect r) {
  Ren *g = &d->g;
  Play *p = &d->play;
  SDL_Rect in = desk_panel(d, r, "Incident log", "F5 log \xC2\xB7 F6 code", p->focus == F_LOG);
  int legend = g->line_h[FONT_SMALL] + ren_px(g, 4), top = 0;
  if (p->sc->has_referral) { /* a colleague's decisions, to check and correct */
    const Referral *rf = &p->sc->referral;
    char buf[600];
    snprintf(buf, sizeof buf, "Referred by %s as %s %s: %s", rf->by ? rf->by : "a colleague",
             rf->code ? rf->code : "?", rf->priority ? rf->priority : "?",
             rf->note ? rf->note : "");
    top = ren_wrap(g, FONT_SMALL, ren_colour(C_RADIO), buf, in.x, in.y, in.w, 3) + ren_px(g, 4);
  }
  desk_list(d, &p->log, (SDL_Rect){in.x, in.y + top, in.w, in.h - legend - top}, p->focus == F_LOG,
            log_row);
  ren_text(
      g, FONT_SMALL, ren_colour(C_DIM),
      "\xE2\x9C\x93 logged  \xE2\x97\x8F not logged yet  \xE2\x9A\xA0 caller now says otherwise",
      in.x, in.y + in.h - g->line_h[FONT_SMALL], in.w);
}

/* ---- map ---- */

typedef struct MapView {
  double minx, miny, k; /* world km -> pixels */
  SDL_Rect fit;         /* the places fit in here */
  SDL_Rect r;           /* the whole map area */
} MapView;

static void map_fit(const Play *p, SDL_Rect r, MapView *v) {
  const Scenario *sc = p->sc;
  double minx = 1e9, miny = 1e9, maxx = -1e9, maxy = -1e9;
  for (size_t i = 0; i < sc->nplaces; i++) {
    minx = fmin(minx, sc->places[i].x), maxx = fmax(maxx, sc->places[i].x);
    miny = fmin(miny, sc->places[i].y), maxy = fmax(maxy, sc->places[i].y);
  }
  if (minx > maxx)
    minx = miny = 0, maxx = maxy = 1;
  double w = fmax(maxx - minx, 0.5), h = fmax(maxy - miny, 0.5);
  v->fit = r;
  v->k = fmin(r.w / w, r.h / h);
  v->minx = minx - (r.w / v->k - w) / 2;
  v->miny = miny - (r.h / v->k - h) / 2;
}

static void map_xy(const MapView *v, double x, double y, int *px, int *py) {
  *px = v->fit.x + (int)lround((x - v->minx) * v->k);
  *py = v->fit.y + v->fit.h - (int)lround((y - v->miny) * v->k); /* north up */
}

static void map_grid(Desk *d, const MapView *v) {
  SDL_Color c = ren_colour(C_GRID);
  double x0 = v->minx - (v->fit.x - v->r.x) / v->k,
         y0 = v->miny - (v->r.y + v->r.h - v->fit.y - v->fit.h) / v->k;
  for (double x = floor(x0); x <= x0 + v->r.w / v->k; x += 1) {
    int px, py;
    map_xy(v, x, 0, &px, &py);
    if (px >= v->r.x && px < v->r.x + v->r.w)
      ren_line(&d->g, px, v->r.y, px, v->r.y + v->r.h - 1, c);
  }
  for (double y = floor(y0); y <= y0 + v->r.h / v->k; y += 1) {
    int px, py;
    map_xy(v, 0, y, &px, &py);
    if (py >= v->r.y && py < v->r.y + v->r.h)
      ren_line(&d->g, v->r.x, py, v->r.x + v->r.w - 1, py, c);
  }
}

/* A label beside a marker, kept inside the map: right of it, else left, else above. */
static void map_label(Desk *d, const MapView *v, const char *s, int x, int y, Font f, SDL_Color c,
                      int above) {
  int backed = above < 0; /* on a dark box, over whatever is beneath */
  above = above > 0;
  Ren *g = &d->g;
  int w = ren_measure(g, f, s), gap = ren_px(g, 9), right = v->r.x + v->r.w - (x + gap),
      left = x - gap - v->r.x;
  int lx, ly = y - g->line_h[f] / 2, maxw;
  if (above) {
    maxw = v->r.w / 4;
    lx = x - (w < maxw ? w : maxw) / 2, ly = y - gap - g->line_h[f];
  } else if (w <= right || right >= left)
    lx = x + gap, maxw = right;
  else
    maxw = left, lx = x - gap - (w < maxw ? w : maxw);
  if (lx < v->r.x)
    lx = v->r.x;
  if (lx + (w < maxw ? w : maxw) > v->r.x + v->r.w)
    lx = v->r.x + v->r.w - (w < maxw ? w : maxw);
  if (ly < v->r.y)
    ly = v->r.y;
  if (ly + g->line_h[f] > v->r.y + v->r.h)
    ly = v->r.y + v->r.h - g->line_h[f];
  if (backed) {
    int bw = w < maxw ? w : maxw, pad = ren_px(g, 3);
    ren_fill(g, (SDL_Rect){lx - pad, ly, bw + 2 * pad, g->line_h[f]}, ren_colour(C_BG));
  }
  ren_text(g, f, c, s, lx, ly, maxw);
}

void call_draw_map(Desk *d, SDL_Rect r) {
  Ren *g = &d->g;
  Play *p = &d->play;
  SDL_Rect in = desk_panel(d, r, "Map", "1 km grid", 0);
  ren_fill(g, in, ren_colour(C_MAP));
  int m = ren_px(g, 26);
  MapView v;
  map_fit(p, (SDL_Rect){in.x + m, in.y + m / 2, in.w - 2 * m, in.h - m}, &v);
  v.r = in;
  map_grid(d, &v);
  const char *inc = p->sc->caller.location;
  int shown = sim_call_state(p->sim) != CALL_RINGING, ix = 0, iy = 0;
  for (size_t i = 0; i < p->sc->nplaces; i++) {
    const Place *pl = &p->sc->places[i];
    int x, y, s = ren_px(g, 4);
    map_xy(&v, pl->x, pl->y, &x, &y);
    if (inc && strcmp(pl->id, inc) == 0 && shown) {
      ix = x, iy = y;
      continue;
    }
    ren_fill(g, (SDL_Rect){x - s, y - s, 2 * s, 2 * s}, ren_colour(C_DIM));
    map_label(d, &v, pl->name, x, y, FONT_SMALL, ren_colour(C_DIM), 0);
  }
  int seen_x[64], seen_y[64], nseen = 0;
  for (size_t i = 0; i < sim_unit_count(p->sim); i++) {
    SimUnitView u = sim_unit(p->sim, i);
    int x, y, ux, uy, step = ren_px(g, 26);
    map_xy(&v, u.x, u.y, &ux, &uy);
    x = ux, y = uy;
    for (int k = 0; k < nseen; k++) /* units at one spot (a base) sit side by side */
      if (abs(seen_x[k] - ux) < 2 && abs(seen_y[k] - uy) < 2)
        x += step;
    if (nseen < 64)
      seen_x[nseen] = ux, seen_y[nseen++] = uy;
    SDL_Color c = desk_status_colour(u.status);
    if (shown && (u.status == UNIT_DISPATCHED || u.status == UNIT_EN_ROUTE))
      ren_line(g, x, y, ix, iy, c);
    ren_circle(g, x, y, ren_px(g, 7), c);
    map_label(d, &v, u.unit->id, x, y, FONT_BOLD, c, 1);
  }
  if (shown && inc) {
    ren_triangle(g, ix, iy, ren_px(g, 10), ren_colour(C_INCIDENT));
    const Place *pl = scenario_place(p->sc, inc);
    char label[200];
    snprintf(label, sizeof label, "INCIDENT %s", pl ? pl->name : "");
    map_label(d, &v, label, ix, iy, FONT_BOLD, ren_colour(C_INCIDENT), -1);
  }
}

/* ---- resources ---- */

static void unit_row(Desk *d, int i, int pos, SDL_Rect r, int sel) {
  Ren *g = &d->g;
  Play *p = &d->play;
  (void)pos;
  SimUnitView u = sim_unit(p->sim, (size_t)i);
  int pad = ren_px(g, 5), ty = r.y + (r.h - g->line_h[FONT_BODY]) / 2;
  int sy = r.y + (r.h - g->line_h[FONT_SMALL]) / 2;
  SDL_Color c = desk_status_colour(u.status);
  int chip = r.h - ren_px(g, 8);
  SDL_Rect cr = {r.x + pad, r.y + ren_px(g, 4), chip, chip};
  ren_fill(g, cr, c);
  char letter[4] = {(char)SDL_toupper(desk_status_word(u.status)[0]), 0};
  if (u.status == UNIT_ON_SCENE)
    letter[0] = 'S';
  ren_text(g, FONT_BOLD, ren_colour(C_BG), letter,
           cr.x + (chip - ren_measure(g, FONT_BOLD, letter)) / 2,
           cr.y + (chip - g->line_h[FONT_BOLD]) / 2, 0);
  int x = cr.x + chip + pad;
  int idw = ren_px(g, 44);
  ren_text(g, FONT_BOLD, ren_colour(C_TEXT), u.unit->id, x, ty, idw - pad);
  x += idw;
  char right[120], dist[40] = "";
  const Place *inc = p->sc->caller.location ? scenario_place(p->sc, p->sc->caller.location) : NULL;
  if (inc &&
      (u.status == UNIT_AVAILABLE || u.status == UNIT_DISPATCHED || u.status == UNIT_EN_ROUTE))
    snprintf(dist, sizeof dist, " \xC2\xB7 %.1f km", hypot(inc->x - u.x, inc->y - u.y));
  snprintf(right, sizeof right, "%s%s", desk_status_word(u.status), dist);
  int rw = ren_text_right(g, FONT_SMALL, c, right, r.x + r.w - pad, sy, r.w * 40 / 100);
  const Named *type = named_find(&p->p->resource_types, u.unit->type);
  char name[200];
  snprintf(name, sizeof name, "%s \xC2\xB7 %s", u.unit->name ? u.unit->name : u.unit->id,
           type ? type->text : u.unit->type);
  ren_text(g, FONT_BODY, ren_colour(sel ? C_TEXT : C_DIM), name, x, ty,
           r.x + r.w - x - rw - 2 * pad);
}

void call_draw_units(Desk *d, SDL_Rect r) {
  Play *p = &d->play;
  SDL_Rect in = desk_panel(d, r, "Resources", "F7", p->focus == F_RESOURCES);
  desk_list(d, &p->units, in, p->focus == F_RESOURCES, unit_row);
}

/* ---- dialogs ---- */

static void choice_row(Desk *d, int i, int pos, SDL_Rect r, int sel) {
  Ren *g = &d->g;
  Modal *m = &d->play.modal;
  (void)sel;
  int pad = ren_px(g, 6), ty = r.y + (r.h - g->line_h[FONT_BODY]) / 2, x = r.x + pad;
  if (m->kind == MODAL_CHECK) {
    char n[16];
    snprintf(n, sizeof n, "%d", pos + 1);
    if (pos < 9)
      ren_text(g, FONT_MONO, ren_colour(C_ACCENT), n, x, ty, 0);
    x += ren_px(g, 18);
    char box[16] = "\xE2\x98\x90";
    if (m->checked[i])
      snprintf(box, sizeof box, "\xE2\x98\x91%d", m->checked[i]);
    ren_text(g, FONT_BODY, ren_colour(m->checked[i] ? C_GOOD : C_DIM), box, x, ty, 0);
    x += ren_measure(g, FONT_BODY,
                     "\xE2\x98\x91"
                     "00") +
         pad;
  }
  int iw = ren_text(g, FONT_BOLD, ren_colour(C_TEXT), m->ids[i], x, ty, r.w / 3);
  x += (iw > ren_px(g, 90) ? iw : ren_px(g, 90)) + pad;
  ren_text(g, FONT_BODY, ren_colour(C_DIM), m->texts[i], x, ty, r.x + r.w - x - pad);
}

void call_draw_modal(Desk *d) {
  Ren *g = &d->g;
  Modal *m = &d->play.modal;
  int w = g->w * 56 / 100, rh = desk_row_h(d), pad = ren_px(g, 10);
  int body =
      m->body[0] ? ren_wrap_h(g, FONT_BODY, ren_colour(C_TEXT), m->body, w - 2 * pad, 6) + pad : 0;
  int rows = m->kind == MODAL_CONFIRM ? 0 : m->list.nvis < 10 ? m->list.nvis : 10;
  int head = g->line_h[FONT_BOLD] + ren_px(g, 10),
      filt = m->kind == MODAL_PICK ? g->line_h[FONT_SMALL] + 4 : 0;
  int h = head + body + filt + rows * rh + 2 * pad;
  if (h > g->h - 2 * pad)
    rows = (g->h - 2 * pad - head - body - filt - 2 * pad) / rh, h = g->h - 2 * pad;
  SDL_Rect r = {(g->w - w) / 2, (g->h - h) / 2, w, h};
  ren_fill(g, (SDL_Rect){0, 0, g->w, g->h}, (SDL_Color){0, 0, 0, 140});
  SDL_Rect in = desk_panel(d, r, m->title, "Esc", 1);
  if (body)
    ren_wrap(g, FONT_BODY, ren_colour(m->act == ACT_ADVISE ? C_WARN : C_TEXT), m->body, in.x, in.y,
             in.w, 6);
  int y = in.y + body;
  if (m->kind == MODAL_PICK) {
    char f[120];
    snprintf(f, sizeof f, m->list.filter[0] ? "Filter: %s" : "Type to filter", m->list.filter);
    ren_text(g, FONT_SMALL, ren_colour(C_WARN), f, in.x, y, in.w);
    y += filt;
  }
  if (rows > 0)
    desk_list(d, &m->list, (SDL_Rect){in.x, y, in.w, rows * rh}, 1, choice_row);
}
