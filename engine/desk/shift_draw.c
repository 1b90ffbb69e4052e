/* super_draw.c - the supervisor screen: the top bar with the shift clock, the incident
 * board, the detail of the incident selected, the resource board, the contact queue with the
 * taken contact's transcript, the colleagues, and the key help. Draws from the Sim's shift
 * accessors and events; allocates nothing. */
#include <stdio.h>
#include <string.h>

#include "desk_internal.h"

typedef struct ShiftLayout {
  SDL_Rect top, incidents, detail, units, queue, colleagues, contact, keys;
} ShiftLayout;

static void layout(Desk *d, ShiftLayout *L) {
  Ren *g = &d->g;
  int m = ren_px(g, 6), W = g->w, H = g->h - replay_bar_h(d);
  int top_h = g->line_h[FONT_HEAD] + ren_px(g, 14), keys_h = g->line_h[FONT_SMALL] + ren_px(g, 10);
  L->top = (SDL_Rect){0, 0, W, top_h};
  L->keys = (SDL_Rect){0, H - keys_h, W, keys_h};
  int y = top_h + m, bh = H - keys_h - m - y;
  int lw = W * 44 / 100, mw = W * 30 / 100, rw = W - lw - mw - 4 * m;
  int x1 = m, x2 = x1 + lw + m, x3 = x2 + mw + m;
  int ih = bh * 56 / 100, uh = bh * 52 / 100, ch = bh * 45 / 100;
  L->incidents = (SDL_Rect){x1, y, lw, ih};
  L->detail = (SDL_Rect){x1, y + ih + m, lw, bh - ih - m};
  L->units = (SDL_Rect){x2, y, mw, uh};
  L->queue = (SDL_Rect){x2, y + uh + m, mw, bh - uh - m};
  L->colleagues = (SDL_Rect){x3, y, rw, ch};
  L->contact = (SDL_Rect){x3, y + ch + m, rw, bh - ch - m};
}

static int text_y(const Desk *d, SDL_Rect r, Font f) { return r.y + (r.h - d->g.line_h[f]) / 2; }

/* One cell of a row: text from fraction a to b of the row's width. */
static void cell(Desk *d, SDL_Rect r, int a, int b, Font f, Colour c, const char *s) {
  int pad = ren_px(&d->g, 4), x = r.x + r.w * a / 100 + pad;
  ren_text(&d->g, f, ren_colour(c), s, x, text_y(d, r, f), r.w * (b - a) / 100 - 2 * pad);
}

static void draw_top(Desk *d, SDL_Rect r) {
  Ren *g = &d->g;
  Play *p = &d->play;
  ren_fill(g, r, ren_colour(C_PANEL_HI));
  ren_panel(g, r, "top bar");
  int pad = ren_px(g, 10), y = text_y(d, r, FONT_HEAD);
  int yb = r.y + (r.h - g->line_h[FONT_BOLD] - ren_px(g, 4)) / 2;
  char now[32], end[32], right[96];
  desk_time(now, sizeof now, sim_now(p->sim));
  desk_time(end, sizeof end, (int64_t)p->sc->shift.duration_s * 1000);
  if (p->paused)
    snprintf(right, sizeof right, "%s  %s / %s", p->paused == 2 ? "STOPPED" : "PAUSED", now, end);
  else
    snprintf(right, sizeof right, "Shift %s / %s  \xC3\x97%d", now, end, p->speed);
  int rw = ren_text_right(g, FONT_HEAD, ren_colour(p->paused ? C_WARN : C_TEXT), right,
                          r.x + r.w - pad, y, r.w / 3);
  int x = r.x + pad;
  x += ren_text(g, FONT_HEAD, ren_colour(C_ACCENT), "SUPERVISOR", x, y, 0) + pad;
  const char *mode = d->mode == DESK_PRACTICE ? "PRACTICE" : "ASSESSMENT";
  x += desk_badge(d, x, yb, mode, ren_colour(d->mode == DESK_PRACTICE ? C_ST_EN_ROUTE : C_BAD),
                  ren_colour(C_TEXT)) +
       pad;
  int over = sim_now(p->sim) >= (int64_t)p->sc->shift.duration_s * 1000;
  x += desk_badge(d, x, yb, over ? "TIME UP: F12 ENDS" : "ON SHIFT",
                  ren_colour(over ? C_WARN : C_GOOD), ren_colour(C_BG)) +
       pad;
  ren_text(g, FONT_BODY, ren_colour(C_TEXT), p->sc->title, x, text_y(d, r, FONT_BODY),
           r.x + r.w - x - rw - 2 * pad);
}

static const char *incident_state(IncidentState s) {
  return s == INCIDENT_OPEN ? "open" : s == INCIDENT_CLOSED ? "closed" : "pending";
}

static void incident_row(Desk *d, int i, int pos, SDL_Rect r, int sel) {
  (void)pos, (void)sel;
  const Sim *sim = d->play.sim;
  SimIncidentView v = sim_incident(sim, (size_t)i);
  const ShiftIncident *x = v.incident;
  char line[200], pri[40], age[32], units[16];
  snprintf(line, sizeof line, "%s \xC2\xB7 %s", x->id, x->title ? x->title : "");
  int changed = !str_eq(v.priority, x->priority) || !str_eq(v.code, x->code);
  snprintf(pri, sizeof pri, "%s%s", v.priority ? v.priority : "-", changed ? "*" : "");
  desk_time(age, sizeof age, (v.closed_ms >= 0 ? v.closed_ms : sim_now(sim)) - v.referred_ms);
  snprintf(units, sizeof units, "%d", v.units);
  Colour c = v.state == INCIDENT_CLOSED ? C_DIM : C_TEXT;
  cell(d, r, 0, 36, FONT_BODY, c, line);
  cell(d, r, 36, 45, FONT_BOLD, changed ? C_WARN : c, pri);
  cell(d, r, 45, 56, FONT_BODY, c, age);
  cell(d, r, 56, 67, FONT_BODY, c, incident_state(v.state));
  cell(d, r, 67, 76, FONT_BODY, v.units || v.state == INCIDENT_CLOSED ? c : C_BAD, units);
  cell(d, r, 76, 91, FONT_BODY, c, x->colleague ? x->colleague : "-");
  cell(d, r, 91, 100, FONT_BODY, v.reviewed ? C_GOOD : C_DIM, v.reviewed ? "yes" : "-");
}

static void header(Desk *d, SDL_Rect *in, const int *cols, const char *const *names, int n) {
  SDL_Rect r = {in->x, in->y, in->w, d->g.line_h[FONT_SMALL] + ren_px(&d->g, 4)};
  for (int k = 0; k < n; k++)
    cell(d, r, cols[k], cols[k + 1], FONT_SMALL, C_DIM, names[k]);
  in->y += r.h, in->h -= r.h;
}

static void draw_incidents(Desk *d, SDL_Rect r) {
  ShiftDesk *sh = &d->play.sh;
  SDL_Rect in = desk_panel(d, r, "Incidents", "F1", sh->focus == S_INCIDENTS);
  static const int cols[] = {0, 36, 45, 56, 67, 76, 91, 100};
  static const char *const names[] = {"incident", "prio", "age", "status", "units", "colleague", "seen"};
  header(d, &in, cols, names, 7);
  if (!sh->incidents.nvis)
    ren_text(&d->g, FONT_BODY, ren_colour(C_DIM), "No incident referred yet", in.x, in.y, in.w);
  else
    desk_list(d, &sh->incidents, in, sh->focus == S_INCIDENTS, incident_row);
}

/* The text of the last event of a kind about a subject, or NULL. */
static const char *last_event(const Sim *sim, const char *kind, const char *subject) {
  for (size_t i = sim_event_count(sim); i-- > 0;) {
    const SimEvent *e = sim_event(sim, i);
    if (strcmp(e->kind, kind) == 0 && str_eq(e->subject, subject))
      return e->text;
  }
  return NULL;
}

static int detail_units(Desk *d, size_t inc, char *buf, size_t n) {
  const Sim *sim = d->play.sim;
  size_t len = 0;
  buf[0] = 0;
  for (size_t u = 0; u < sim_unit_count(sim) && len + 1 < n; u++)
    if (sim_unit_incident(sim, u) == (int)inc)
      len +=
          (size_t)snprintf(buf + len, n - len, "%s%s", len ? ", " : "", sim_unit(sim, u).unit->id);
  return len > 0;
}

static void draw_detail(Desk *d, SDL_Rect r) {
  Play *p = &d->play;
  SDL_Rect in = desk_panel(d, r, "Incident detail", NULL, 0);
  int i = super_selected_incident(p), y = in.y;
  if (i < 0) {
    desk_para(d, in, y, FONT_BODY, C_DIM, p->sc->shift.briefing ? p->sc->shift.briefing : "", 6);
    return;
  }
  SimIncidentView v = sim_incident(p->sim, (size_t)i);
  const ShiftIncident *x = v.incident;
  char line[400], units[200], t1[32], t2[32];
  y = desk_para(d, in, y, FONT_BOLD, C_TEXT, x->title ? x->title : x->id, 1);
  int ci = scenario_colleague_index(p->sc, x->colleague);
  snprintf(line, sizeof line, "Colleague %s decided code %s, priority %s; now %s %s",
           ci >= 0 ? p->sc->colleagues[ci].name : x->colleague ? x->colleague : "-", x->code ? x->code : "-",
           x->priority ? x->priority : "-", v.code ? v.code : "-", v.priority ? v.priority : "-");
  y = desk_para(d, in, y, FONT_BODY, C_TEXT, line, 1);
  desk_time(t1, sizeof t1, v.referred_ms);
  desk_time(t2, sizeof t2, v.first_dispatch_ms);
  snprintf(line, sizeof line, "Referred %s, first unit %s; units: %s", t1,
           v.first_dispatch_ms >= 0 ? t2 : "none yet",
           detail_units(d, (size_t)i, units, sizeof units) ? units : "none");
  y = desk_para(d, in, y, FONT_BODY, v.units ? C_TEXT : C_WARN, line, 2);
  const char *log = last_event(p->sim, "review", x->id);
  if (log)
    y = desk_para(d, in, y, FONT_BODY, C_CALLER, log, 4);
  else
    y = desk_para(d, in, y, FONT_BODY, C_DIM, "Not reviewed: R opens the colleague's log", 1);
  for (size_t k = 0; k < sim_event_count(p->sim); k++) {
    const SimEvent *e = sim_event(p->sim, k);
    if (strcmp(e->kind, "correction") == 0 && str_eq(e->subject, x->id)) {
      snprintf(line, sizeof line, "Corrected %s", e->text ? e->text : "");
      y = desk_para(d, in, y, FONT_SMALL, C_WARN, line, 1);
    }
  }
}

/* The unit's own report of the last five minutes that a scenario event made (a breakdown,
 * a hold-up), or NULL. */
static const char *unit_radio(const Sim *sim, const char *unit) {
  int64_t now = sim_now(sim);
  for (size_t i = sim_event_count(sim); i-- > 0;) {
    const SimEvent *e = sim_event(sim, i);
    if (e->t_ms < now - 300000)
      break;
    if (e->action >= 0 || strcmp(e->kind, "report") != 0 || !str_eq(e->subject, unit))
      continue;
    /* its latest report: a scenario event's if one fired at that moment, else routine */
    for (size_t k = i; k-- > 0 && sim_event(sim, k)->t_ms == e->t_ms;)
      if (strcmp(sim_event(sim, k)->kind, "scenario") == 0)
        return e->text;
    return NULL;
  }
  return NULL;
}

static void unit_row(Desk *d, int u, int pos, SDL_Rect r, int sel) {
  (void)pos, (void)sel;
  const Sim *sim = d->play.sim;
  SimUnitView v = sim_unit(sim, (size_t)u);
  int inc = sim_unit_incident(sim, (size_t)u), sq = ren_px(&d->g, 10);
  cell(d, r, 0, 16, FONT_BOLD, C_TEXT, v.unit->id);
  cell(d, r, 16, 44, FONT_BODY, C_TEXT, v.unit->type);
  ren_fill(&d->g, (SDL_Rect){r.x + r.w * 44 / 100, r.y + (r.h - sq) / 2, sq, sq},
           desk_status_colour(v.status));
  SDL_Rect rs = {r.x + sq + ren_px(&d->g, 2), r.y, r.w - sq - ren_px(&d->g, 2), r.h};
  cell(d, rs, 44, 70, FONT_BODY, C_TEXT, desk_status_word(v.status));
  const char *radio = unit_radio(sim, v.unit->id);
  if (radio) /* a breakdown or a hold-up the supervisor must act on: on the board for 5 minutes */
    cell(d, r, 72, 100, FONT_BOLD, C_WARN, radio);
  else
    cell(d, r, 72, 100, FONT_BODY, C_TEXT, inc >= 0 ? d->play.sc->incidents[inc].id : "-");
}

static void draw_units(Desk *d, SDL_Rect r) {
  Play *p = &d->play;
  SDL_Rect in = desk_panel(d, r, "Resources", "F2", p->sh.focus == S_UNITS);
  static const int cols[] = {0, 16, 44, 72, 100};
  static const char *const names[] = {"unit", "type", "status", "serving"};
  header(d, &in, cols, names, 4);
  desk_list(d, &p->units, in, p->sh.focus == S_UNITS, unit_row);
}

static const char *contact_state(ContactState s) {
  static const char *const w[] = {"coming", "waiting", "taken", "done", "abandoned"};
  return w[s];
}

static void contact_row(Desk *d, int i, int pos, SDL_Rect r, int sel) {
  (void)pos, (void)sel;
  const Sim *sim = d->play.sim;
  SimContactView v = sim_contact(sim, (size_t)i);
  char wait[32] = "-";
  if (v.state == CONTACT_WAITING)
    desk_time(wait, sizeof wait, sim_now(sim) - v.arrived_ms);
  else if (v.taken_ms >= 0)
    desk_time(wait, sizeof wait, v.taken_ms - v.arrived_ms);
  Colour c = v.state == CONTACT_WAITING ? C_WARN : v.state == CONTACT_TAKEN ? C_GOOD : C_DIM;
  cell(d, r, 0, 30, FONT_BOLD, c, v.contact->id);
  cell(d, r, 30, 50, FONT_BODY, C_TEXT, v.contact->kind);
  cell(d, r, 50, 70, FONT_BODY, c, contact_state(v.state));
  cell(d, r, 70, 84, FONT_BODY, C_TEXT, wait);
  cell(d, r, 84, 100, FONT_BODY, C_DIM, v.contact->incident ? v.contact->incident : "-");
}

static void draw_queue(Desk *d, SDL_Rect r) {
  ShiftDesk *sh = &d->play.sh;
  SDL_Rect in = desk_panel(d, r, "Queue", "F3", sh->focus == S_QUEUE);
  static const int cols[] = {0, 30, 50, 70, 84, 100};
  static const char *const names[] = {"contact", "kind", "state", "waited", "about"};
  header(d, &in, cols, names, 5);
  if (!sh->contacts.nvis)
    ren_text(&d->g, FONT_BODY, ren_colour(C_DIM), "No contact waiting", in.x, in.y, in.w);
  else
    desk_list(d, &sh->contacts, in, sh->focus == S_QUEUE, contact_row);
}

static void colleague_row(Desk *d, int i, int pos, SDL_Rect r, int sel) {
  (void)pos, (void)sel;
  SimColleagueView v = sim_colleague(d->play.sim, (size_t)i);
  char talks[32];
  snprintf(talks, sizeof talks, "%d", v.talks);
  cell(d, r, 0, 30, FONT_BOLD, C_TEXT, v.colleague->name ? v.colleague->name : v.colleague->id);
  cell(d, r, 30, 44, FONT_BODY, v.talks ? C_TEXT : C_DIM, talks);
  cell(d, r, 44, 70, FONT_BODY, v.area ? C_GOOD : C_DIM, v.area ? v.area : "-");
  cell(d, r, 70, 100, FONT_BODY, v.support ? C_GOOD : C_DIM, v.support ? v.support : "-");
}

static void draw_colleagues(Desk *d, SDL_Rect r) {
  ShiftDesk *sh = &d->play.sh;
  SDL_Rect in = desk_panel(d, r, "Colleagues", "F4", sh->focus == S_COLLEAGUES);
  static const int cols[] = {0, 30, 44, 70, 100};
  static const char *const names[] = {"colleague", "talks", "area", "support"};
  header(d, &in, cols, names, 4);
  int rh = desk_row_h(d), n = sh->colleagues.nvis < 4 ? sh->colleagues.nvis : 4;
  SDL_Rect lr = {in.x, in.y, in.w, n * rh > in.h / 2 ? in.h / 2 : n * rh};
  desk_list(d, &sh->colleagues, lr, sh->focus == S_COLLEAGUES, colleague_row);
  int c = list_selected(&sh->colleagues);
  if (c < 0)
    return;
  const char *said = last_event(d->play.sim, "colleague", d->play.sc->colleagues[c].id);
  desk_para(d, in, lr.y + lr.h + ren_px(&d->g, 4), FONT_BODY, said ? C_CALLER : C_DIM,
            said ? said : "Not talked with yet: T to talk", 6);
}

/* What the caller and the supervisor said, and the units' replies to status requests (not
 * a talk with a colleague while the contact waits). */
static int in_transcript(const Sim *sim, const SimEvent *e) {
  if (e->action < 0 || (strcmp(e->kind, "caller") != 0 && strcmp(e->kind, "trainee") != 0 &&
                        strcmp(e->kind, "report") != 0))
    return 0;
  ActionType t = sim_action(sim, (size_t)e->action)->type;
  return t == ACT_TAKE || t == ACT_SAY || t == ACT_COMPLAINT || t == ACT_ADVISE || t == ACT_STATUS;
}

/* The contact taken now, else the one selected in the queue: its caller and transcript. */
static void draw_contact(Desk *d, SDL_Rect r) {
  Play *p = &d->play;
  SDL_Rect in = desk_panel(d, r, "Contact", NULL, p->sh.typing);
  if (p->sh.typing) { /* the line of free words, at the bottom */
    int eh = d->g.line_h[FONT_BODY] + ren_px(&d->g, 8);
    edit_draw(&d->g, &p->say, (SDL_Rect){in.x, in.y + in.h - eh, in.w, eh}, 1,
              "Type what to say; Enter says it");
    ren_panel(&d->g, in, "Contact");
    in.h -= eh + ren_px(&d->g, 4);
  }
  int c = sim_current_contact(p->sim);
  if (c < 0)
    c = list_selected(&p->sh.contacts);
  if (c < 0) {
    ren_text(&d->g, FONT_BODY, ren_colour(C_DIM), "No contact", in.x, in.y, in.w);
    return;
  }
  const ShiftContact *x = &p->sc->contacts[c];
  char line[300];
  snprintf(line, sizeof line, "%s (%s about %s)", x->caller ? x->caller : x->id, x->kind,
           x->incident ? x->incident : "-");
  int y = desk_para(d, in, in.y, FONT_BOLD, C_TEXT, line, 1);
  size_t from = sim_event_count(p->sim), to = from;
  for (size_t i = 0; i < sim_event_count(p->sim); i++) {
    const SimEvent *e = sim_event(p->sim, i);
    if (strcmp(e->kind, "answered") == 0 && str_eq(e->subject, x->id))
      from = i + 1;
    else if (strcmp(e->kind, "closed") == 0 && str_eq(e->subject, x->id) && i >= from)
      to = i;
  }
  if (from >= to) {
    desk_para(d, in, y, FONT_BODY, C_DIM, "Not taken: T in the queue takes it", 1);
    return;
  }
  int lh = d->g.line_h[FONT_BODY] + ren_px(&d->g, 2), fit = (in.y + in.h - y) / lh, n = 0;
  for (size_t i = from; i < to; i++)
    n += in_transcript(p->sim, sim_event(p->sim, i));
  int skip = n > fit ? n - fit : 0; /* the newest lines that fit */
  for (size_t i = from; i < to; i++) {
    const SimEvent *e = sim_event(p->sim, i);
    if (!in_transcript(p->sim, e) || skip-- > 0)
      continue;
    Colour col = strcmp(e->kind, "caller") == 0    ? C_CALLER
                 : strcmp(e->kind, "trainee") == 0 ? C_TRAINEE
                                                   : C_RADIO;
    snprintf(line, sizeof line, "%s: %s", strcmp(e->kind, "trainee") == 0 ? "You" : e->kind,
             e->text ? e->text : (e->subject ? e->subject : ""));
    ren_text(&d->g, FONT_BODY, ren_colour(col), line, in.x, y, in.w);
    y += lh;
  }
}

static const char *key_help(const Play *p) {
  if (p->sh.typing)
    return "Typing to the contact: Enter says it, Esc cancels";
  switch (p->sh.focus) {
  case S_INCIDENTS:
    return "R review  C correct  X close incident  \xC2\xB7  F1-F4 panels  F12 end shift  "
           "F9 pause  F10 speed";
  case S_UNITS:
    return "D dispatch to the incident selected  B brief  I instruct  S status  X stand down  "
           "\xC2\xB7  F12 end shift";
  case S_QUEUE:
    return "T take  P phrase  K complaint step  A advice  W write  X close contact  \xC2\xB7  F12 "
           "end "
           "shift";
  default:
    return "T talk  A agree area  S agree support  \xC2\xB7  F1-F4 panels  F12 end shift";
  }
}

void super_draw(Desk *d) {
  Play *p = &d->play;
  ShiftLayout L;
  layout(d, &L);
  draw_top(d, L.top);
  draw_incidents(d, L.incidents);
  draw_detail(d, L.detail);
  draw_units(d, L.units);
  draw_queue(d, L.queue);
  draw_colleagues(d, L.colleagues);
  draw_contact(d, L.contact);
  if (!d->rp.active)
    desk_key_help(d, L.keys, key_help(p));
  if (p->modal.kind)
    call_draw_modal(d);
}
