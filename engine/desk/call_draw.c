/* call_draw.c - the call screen: layout, top bar, caller and mood, transcript, the
 * communication box (questions, talk, advice, partners), hints and key help. */
#include <stdio.h>
#include <string.h>

#include "desk_internal.h"

typedef struct CallLayout {
  SDL_Rect top, head, transcript, box, log, map, units, hint, keys;
} CallLayout;

static void layout(Desk *d, CallLayout *L) {
  Ren *g = &d->g;
  int m = ren_px(g, 6), W = g->w, H = g->h - replay_bar_h(d);
  int top_h = g->line_h[FONT_HEAD] + ren_px(g, 14);
  int keys_h = g->line_h[FONT_SMALL] + ren_px(g, 10);
  int hint_h = d->mode == DESK_PRACTICE ? g->line_h[FONT_BODY] + ren_px(g, 10) : 0;
  L->top = (SDL_Rect){0, 0, W, top_h};
  L->keys = (SDL_Rect){0, H - keys_h, W, keys_h};
  L->hint = (SDL_Rect){0, H - keys_h - hint_h, W, hint_h};
  int y = top_h + m, bh = H - keys_h - hint_h - m - y;
  int lw = W * 36 / 100, mw = W * 28 / 100, rw = W - lw - mw - 4 * m;
  int x1 = m, x2 = x1 + lw + m, x3 = x2 + mw + m;
  int head_h = g->line_h[FONT_HEAD] + g->line_h[FONT_BODY] + ren_px(g, 18);
  int box_h = (bh - head_h - 2 * m) * 52 / 100;
  L->head = (SDL_Rect){x1, y, lw, head_h};
  L->transcript = (SDL_Rect){x1, y + head_h + m, lw, bh - head_h - box_h - 2 * m};
  L->box = (SDL_Rect){x1, y + bh - box_h, lw, box_h};
  L->log = (SDL_Rect){x2, y, mw, bh};
  int map_h = bh * 54 / 100;
  L->map = (SDL_Rect){x3, y, rw, map_h};
  L->units = (SDL_Rect){x3, y + map_h + m, rw, bh - map_h - m};
}

static const char *call_word(CallState s) {
  static const char *const w[] = {"RINGING", "ON CALL", "CALLER HUNG UP", "CLOSED"};
  return w[s];
}

static void draw_top(Desk *d, SDL_Rect r) {
  Ren *g = &d->g;
  Play *p = &d->play;
  ren_fill(g, r, ren_colour(C_PANEL_HI));
  ren_panel(g, r, "top bar");
  int pad = ren_px(g, 10), y = r.y + (r.h - g->line_h[FONT_HEAD]) / 2;
  int yb = r.y + (r.h - g->line_h[FONT_BOLD] - ren_px(g, 4)) / 2;
  char clock[32], right[64];
  desk_time(clock, sizeof clock, sim_now(p->sim));
  if (p->paused == 2)
    snprintf(right, sizeof right, "STOPPED  %s", clock);
  else if (p->paused)
    snprintf(right, sizeof right, "PAUSED  %s", clock);
  else
    snprintf(right, sizeof right, "Clock %s  \xC3\x97%d", clock, p->speed);
  int rw = ren_text_right(g, FONT_HEAD, ren_colour(p->paused ? C_WARN : C_TEXT), right,
                          r.x + r.w - pad, y, r.w / 4);
  int x = r.x + pad;
  x += ren_text(g, FONT_HEAD, ren_colour(C_ACCENT), "INCIDENT DESK", x, y, 0) + pad;
  const char *mode = d->mode == DESK_PRACTICE ? "PRACTICE" : "ASSESSMENT";
  x += desk_badge(d, x, yb, mode, ren_colour(d->mode == DESK_PRACTICE ? C_ST_EN_ROUTE : C_BAD),
                  ren_colour(C_TEXT)) +
       pad;
  CallState cs = sim_call_state(p->sim);
  SDL_Color cc = ren_colour(cs == CALL_TALKING ? C_GOOD : cs == CALL_RINGING ? C_WARN : C_BAD);
  x += desk_badge(d, x, yb, call_word(cs), cc, ren_colour(C_BG)) + pad;
  char title[300];
  snprintf(title, sizeof title, "%s \xC2\xB7 %s \xC2\xB7 difficulty %d/5", p->sc->title,
           p->sc->level ? p->sc->level : "", p->sc->difficulty);
  ren_text(g, FONT_BODY, ren_colour(C_TEXT), title, x, r.y + (r.h - g->line_h[FONT_BODY]) / 2,
           r.x + r.w - x - rw - 2 * pad);
}

/* The caller's mood: a four-step gauge (how many steps are filled says it without colour),
 * the word, and the agitation number. */
static void draw_mood(Desk *d, int x, int y, int max_w) {
  Ren *g = &d->g;
  int a = sim_agitation(d->play.sim), level = a < 25 ? 1 : a < 50 ? 2 : a < 75 ? 3 : 4;
  static const Colour col[] = {C_GOOD, C_ACCENT, C_WARN, C_BAD};
  int sw = ren_px(g, 14), sh = g->line_h[FONT_BODY] - ren_px(g, 4), gap = ren_px(g, 3);
  for (int i = 0; i < 4; i++) {
    SDL_Rect s = {x + i * (sw + gap), y + ren_px(g, 2) + (4 - i - 1) * sh / 8, sw,
                  sh - (4 - i - 1) * sh / 8};
    if (i < level)
      ren_fill(g, s, ren_colour(col[level - 1]));
    else
      ren_box(g, s, ren_colour(C_DIM), 1);
  }
  char word[64];
  snprintf(word, sizeof word, "Mood: %s (%d/100)", sim_mood(d->play.sim), a);
  int gx = x + 4 * (sw + gap) + gap;
  ren_text(g, FONT_BOLD, ren_colour(C_TEXT), word, gx, y, max_w - (gx - x));
}

static void draw_head(Desk *d, SDL_Rect r) {
  Ren *g = &d->g;
  Play *p = &d->play;
  ren_fill(g, r, ren_colour(C_PANEL));
  ren_panel(g, r, "caller");
  int pad = ren_px(g, 8), x = r.x + pad, w = r.w - 2 * pad;
  int y1 = r.y + ren_px(g, 6), y2 = y1 + g->line_h[FONT_HEAD] + ren_px(g, 4);
  CallState cs = sim_call_state(p->sim);
  char line[200], t[32];
  if (cs == CALL_RINGING) {
    int64_t now = sim_now(p->sim), target = (int64_t)p->p->answer_target_s * 1000;
    int flash = (d->wall_ms / 500) % 2 == 0;
    ren_fill(g, r, ren_colour(flash ? C_HINT_BG : C_PANEL));
    desk_time(t, sizeof t, now);
    snprintf(line, sizeof line, "\xE2\x98\x8E Incoming 999 call  %s", t);
    ren_text(g, FONT_HEAD, ren_colour(C_WARN), line, x, y1, w);
    SDL_Rect bar = {x, y2 + ren_px(g, 2), w / 2, g->line_h[FONT_BODY] - ren_px(g, 4)};
    ren_box(g, bar, ren_colour(C_DIM), 1);
    int fill = (int)(bar.w * (now > target ? target : now) / (target > 0 ? target : 1));
    ren_fill(g, (SDL_Rect){bar.x, bar.y, fill, bar.h}, ren_colour(now > target ? C_BAD : C_WARN));
    snprintf(line, sizeof line, now > target ? "over the %d s answer target" : "answer within %d s",
             p->p->answer_target_s);
    ren_text(g, FONT_BODY, ren_colour(now > target ? C_BAD : C_TEXT), line, bar.x + bar.w + pad, y2,
             w - bar.w - pad);
    return;
  }
  const char *name = NULL;
  for (size_t i = 0; i < p->p->nfacts && !name; i++)
    if (strstr(p->p->facts[i].id, "name"))
      name = sim_known(p->sim, p->p->facts[i].id);
  int64_t talk = sim_answered_ms(p->sim) >= 0 ? sim_now(p->sim) - sim_answered_ms(p->sim) : 0;
  desk_time(t, sizeof t, talk);
  snprintf(line, sizeof line, "Caller: %s  \xC2\xB7  %s %s",
           name && strcmp(name, "unknown") ? name : "name not yet known",
           cs == CALL_TALKING   ? "on the line"
           : cs == CALL_HUNG_UP ? "hung up after"
                                : "closed after",
           t);
  ren_text(g, FONT_HEAD, ren_colour(cs == CALL_TALKING ? C_TEXT : C_DIM), line, x, y1, w);
  draw_mood(d, x, y2, w);
}

/* ---- transcript ---- */

typedef struct Line {
  const char *who;
  Colour colour;
  const char *text;
} Line;

/* The transcript line of event e, or 0 if it shows none. buf holds composed text. */
static int event_line(const Desk *d, const SimEvent *e, Line *l, char *buf, size_t n) {
  const Play *p = &d->play;
  const char *k = e->kind;
  int practice = d->mode == DESK_PRACTICE;
  *l = (Line){"Desk", C_DIM, buf};
  if (strcmp(k, "caller") == 0)
    *l = (Line){"Caller", C_CALLER, e->text ? e->text : ""};
  else if (strcmp(k, "trainee") == 0) {
    const Named *adv =
        e->text && strcmp(e->text, "advice") == 0 ? named_find(&p->p->advice, e->subject) : NULL;
    *l = (Line){"You", C_TRAINEE, adv ? adv->text : e->text ? e->text : ""};
  } else if (strcmp(k, "report") == 0) {
    snprintf(buf, n, "%s: %s", e->subject ? e->subject : "", e->text ? e->text : "");
    *l = (Line){"Radio", C_RADIO, buf};
  } else if (strcmp(k, "unit") == 0) {
    UnitStatus st;
    snprintf(buf, n, "%s %s", e->subject,
             unit_status_parse(e->text, &st) == 0 ? desk_status_word(st) : e->text);
    l->who = "Status";
  } else if (strcmp(k, "rejected") == 0) {
    snprintf(buf, n, "\xE2\x9A\xA0 %s refused: %s", e->subject, e->text ? e->text : "");
    l->colour = C_BAD;
  } else if (strcmp(k, "jargon") == 0 && practice) {
    snprintf(buf, n, "\xE2\x9A\xA0 '%s' is jargon to a caller", e->subject);
    l->colour = C_WARN;
  } else if (strcmp(k, "repeat") == 0 && practice) {
    snprintf(buf, n, "\xE2\x9A\xA0 asked again: the caller already said that");
    l->colour = C_WARN;
  } else if (strcmp(k, "mood") == 0)
    snprintf(buf, n, "The caller is now %s", e->text);
  else if (strcmp(k, "hangup") == 0) {
    snprintf(buf, n, "The caller hung up (%s)", e->text ? e->text : "");
    l->colour = C_BAD;
  } else if (strcmp(k, "answered") == 0)
    snprintf(buf, n, "Call answered");
  else if (strcmp(k, "ringing") == 0)
    snprintf(buf, n, "Incoming call");
  else if (strcmp(k, "closed") == 0)
    snprintf(buf, n, "Call closed");
  else
    return 0;
  return 1;
}

static void draw_transcript(Desk *d, SDL_Rect r) {
  Ren *g = &d->g;
  Play *p = &d->play;
  SDL_Rect in = desk_panel(d, r, "Transcript", "Ctrl+PgUp/PgDn", 0);
  int tw = ren_measure(g, FONT_MONO, "00:00") + ren_px(g, 6);
  int lw = ren_measure(g, FONT_BOLD, "Status") + ren_px(g, 8);
  int textw = in.w - tw - lw, y = in.y + in.h, skip = p->scroll, shown = 0, hidden = 0;
  char buf[600], t[32];
  for (size_t i = sim_event_count(p->sim); i-- > 0;) {
    const SimEvent *e = sim_event(p->sim, i);
    Line l;
    if (!event_line(d, e, &l, buf, sizeof buf))
      continue;
    if (skip > 0) {
      skip--;
      continue;
    }
    int h = ren_wrap_h(g, FONT_BODY, ren_colour(l.colour), l.text, textw, 6);
    if (h < g->line_h[FONT_BODY])
      h = g->line_h[FONT_BODY];
    if (y - h < in.y + (hidden || shown ? g->line_h[FONT_SMALL] + ren_px(g, 4) : 0)) {
      hidden++;
      continue;
    }
    y -= h + ren_px(g, 4);
    desk_time(t, sizeof t, e->t_ms);
    ren_text(g, FONT_MONO, ren_colour(C_DIM), t, in.x, y, tw);
    ren_text(g, FONT_BOLD, ren_colour(l.colour), l.who, in.x + tw, y, lw - ren_px(g, 4));
    ren_wrap(g, FONT_BODY, ren_colour(l.colour), l.text, in.x + tw + lw, y, textw, 6);
    shown++;
  }
  if (hidden || p->scroll) {
    snprintf(buf, sizeof buf, "\xE2\x96\xB2 %d earlier%s", hidden,
             p->scroll ? " \xC2\xB7 scrolled back (Ctrl+PgDn)" : "");
    ren_text(g, FONT_SMALL, ren_colour(C_DIM), buf, in.x, in.y, in.w);
  }
}

/* ---- the communication box ---- */

static void row_number(Desk *d, int pos, SDL_Rect r, int show) {
  char n[16];
  if (!show || pos >= 9)
    return;
  snprintf(n, sizeof n, "%d", pos + 1);
  ren_text(&d->g, FONT_MONO, ren_colour(C_ACCENT), n, r.x + ren_px(&d->g, 4),
           r.y + (r.h - d->g.line_h[FONT_MONO]) / 2, 0);
}

static void question_row(Desk *d, int k, int pos, SDL_Rect r, int sel) {
  Ren *g = &d->g;
  Play *p = &d->play;
  const Question *q = &p->p->questions[p->qorder[k]];
  int ty = r.y + (r.h - g->line_h[FONT_BODY]) / 2, nx = ren_px(g, 22), pad = ren_px(g, 6);
  row_number(d, pos, r, 1);
  const char *known = sim_known(p->sim, q->fact);
  char status[200] = "";
  if (known)
    snprintf(status, sizeof status, "\xE2\x9C\x93 %s", known);
  else if (play_asked(p, q->id))
    snprintf(status, sizeof status, "asked\xE2\x80\xA6");
  int sw = status[0]
               ? ren_text_right(g, FONT_SMALL, ren_colour(known ? C_GOOD : C_DIM), status,
                                r.x + r.w - pad, r.y + (r.h - g->line_h[FONT_SMALL]) / 2, r.w / 3)
               : 0;
  int x = r.x + nx;
  if (k < p->nq_path)
    x += ren_text(g, FONT_BODY, ren_colour(C_ACCENT), "\xE2\x96\xB8 ", x, ty, 0);
  if (d->mode == DESK_PRACTICE && p->qorder[k] == p->hint_q)
    x += desk_badge(d, x, r.y + (r.h - g->line_h[FONT_BOLD] - ren_px(g, 4)) / 2, "HINT",
                    ren_colour(C_WARN), ren_colour(C_BG)) +
         pad;
  ren_text(g, FONT_BODY, ren_colour(sel || k < p->nq_path ? C_TEXT : C_DIM), q->text, x, ty,
           r.x + r.w - x - sw - 2 * pad);
}

static void talk_row(Desk *d, int i, int pos, SDL_Rect r, int sel) {
  Ren *g = &d->g;
  Play *p = &d->play;
  int ty = r.y + (r.h - g->line_h[FONT_BODY]) / 2, x = r.x + ren_px(g, 22),
      nph = (int)p->p->nphrases;
  if (i == play_talk_rows(p) - 1) {
    int lw = ren_text(g, FONT_BOLD, ren_colour(C_TRAINEE), "Say:", r.x + ren_px(g, 4), ty, 0);
    SDL_Rect box = {r.x + lw + ren_px(g, 10), r.y + 1, r.w - lw - ren_px(g, 12), r.h - 2};
    edit_draw(g, &p->say, box, sel && p->focus == F_TALK, "type free words to the caller");
    return;
  }
  static const char *const kinds[] = {"reassure", "control", "repeat back", "next steps"};
  const char *kind, *text;
  int done = 0;
  if (i < nph) {
    row_number(d, pos, r, 1);
    kind = kinds[p->p->phrases[i].kind], text = p->p->phrases[i].text;
  } else {
    const ComplaintStep *st = &p->p->complaint_steps[i - nph];
    kind = "complaint", text = st->text;
    for (size_t k = 0; k < sim_action_count(p->sim) && !done; k++) {
      const Action *x2 = sim_action(p->sim, k);
      done = x2->type == ACT_COMPLAINT && str_eq(x2->arg, st->id) && sim_action_accepted(p->sim, k);
    }
  }
  int kw = ren_text(g, FONT_SMALL, ren_colour(i < nph ? C_DIM : C_ACCENT), kind, x,
                    r.y + (r.h - g->line_h[FONT_SMALL]) / 2, ren_px(g, 90));
  x += (kw > ren_px(g, 84) ? kw : ren_px(g, 84)) + ren_px(g, 6);
  int dw =
      done ? ren_text_right(g, FONT_SMALL, ren_colour(C_GOOD), "\xE2\x9C\x93 done",
                            r.x + r.w - ren_px(g, 4), r.y + (r.h - g->line_h[FONT_SMALL]) / 2, 0) +
                 ren_px(g, 6)
           : 0;
  ren_text(g, FONT_BODY, ren_colour(sel || i < nph ? C_TEXT : C_DIM), text, x, ty,
           r.x + r.w - x - dw - ren_px(g, 4));
}

static void advice_row(Desk *d, int i, int pos, SDL_Rect r, int sel) {
  Ren *g = &d->g;
  Play *p = &d->play;
  const Named *a = &p->p->advice.v[i];
  int ty = r.y + (r.h - g->line_h[FONT_BODY]) / 2, pad = ren_px(g, 6);
  row_number(d, pos, r, 1);
  int given = 0;
  for (size_t k = 0; k < sim_action_count(p->sim) && !given; k++) {
    const Action *x = sim_action(p->sim, k);
    given = x->type == ACT_ADVISE && str_eq(x->arg, a->id) && sim_action_accepted(p->sim, k);
  }
  int sw = given ? ren_text_right(g, FONT_SMALL, ren_colour(C_GOOD), "\xE2\x9C\x93 given",
                                  r.x + r.w - pad, r.y + (r.h - g->line_h[FONT_SMALL]) / 2, 0)
                 : 0;
  int x = r.x + ren_px(g, 22);
  ren_text(g, FONT_BODY, ren_colour(sel ? C_TEXT : C_DIM), a->text, x, ty,
           r.x + r.w - x - sw - 2 * pad);
}

/* When (if ever) an accepted action of type t with this arg was taken; -1 if never. */
static int64_t done_at(const Play *p, ActionType t, const char *arg, const char **value) {
  for (size_t k = 0; k < sim_action_count(p->sim); k++) {
    const Action *x = sim_action(p->sim, k);
    if (x->type == t && str_eq(x->arg, arg) && sim_action_accepted(p->sim, k)) {
      if (value)
        *value = x->value;
      return x->t_ms;
    }
  }
  return -1;
}

static void partner_row(Desk *d, int i, int pos, SDL_Rect r, int sel) {
  Ren *g = &d->g;
  Play *p = &d->play;
  (void)pos;
  int norgs = (int)p->p->norgs, pad = ren_px(g, 6), ty = r.y + (r.h - g->line_h[FONT_BODY]) / 2;
  int sy = r.y + (r.h - g->line_h[FONT_SMALL]) / 2;
  char status[120] = "", t[32];
  const char *name, *ch = NULL;
  int64_t at;
  if (i < norgs) {
    const Organisation *o = &p->p->orgs[i];
    name = o->name;
    at = done_at(p, ACT_CONTACT, o->id, &ch);
    desk_time(t, sizeof t, at);
    if (at >= 0)
      snprintf(status, sizeof status, "\xE2\x9C\x93 %s at %s", ch ? ch : "", t);
    else
      snprintf(status, sizeof status, "%s%s%s", o->channels.len ? o->channels.v[0] : "",
               o->channels.len > 1 ? " / " : "", o->channels.len > 1 ? o->channels.v[1] : "");
  } else {
    const Named *l = &p->p->levels.v[i - norgs];
    name = l->text;
    at = done_at(p, ACT_ESCALATE, l->id, NULL);
    desk_time(t, sizeof t, at);
    if (at >= 0)
      snprintf(status, sizeof status, "\xE2\x9C\x93 escalated at %s", t);
  }
  int sw = ren_text_right(g, FONT_SMALL, ren_colour(at >= 0 ? C_GOOD : C_DIM), status,
                          r.x + r.w - pad, sy, r.w / 3);
  int x = r.x + pad;
  x += ren_text(g, FONT_SMALL, ren_colour(C_ACCENT), i < norgs ? "Inform" : "Escalate", x, sy, 0) +
       pad;
  ren_text(g, FONT_BODY, ren_colour(sel ? C_TEXT : C_DIM), name, x, ty,
           r.x + r.w - x - sw - 2 * pad);
}

static void draw_tabs(Desk *d, SDL_Rect r) {
  Ren *g = &d->g;
  Play *p = &d->play;
  static const char *const names[] = {"F1 Ask", "F2 Talk", "F3 Advise", "F4 Partners"};
  int tw = r.w / 4;
  p->tabs = r;
  for (int i = 0; i < 4; i++) {
    SDL_Rect t = {r.x + i * tw, r.y, i == 3 ? r.w - 3 * tw : tw, r.h};
    int on = p->tab == (Focus)i;
    ren_fill(g, t, ren_colour(on ? (p->focus == (Focus)i ? C_SEL : C_PANEL) : C_PANEL_HI));
    ren_panel(g, t, "tab");
    ren_text(g, on ? FONT_BOLD : FONT_BODY, ren_colour(on ? C_TEXT : C_DIM), names[i],
             t.x + ren_px(g, 6), t.y + (t.h - g->line_h[FONT_BOLD]) / 2, t.w - ren_px(g, 10));
  }
}

static const char *selected_text(const Play *p) {
  int i;
  switch (p->tab) {
  case F_QUESTIONS:
    i = list_selected(&p->questions);
    return i >= 0 ? p->p->questions[p->qorder[i]].text : NULL;
  case F_ADVICE:
    i = list_selected(&p->advice);
    return i >= 0 ? p->p->advice.v[i].text : NULL;
  case F_TALK:
    i = list_selected(&p->talk);
    if (i >= 0 && i < (int)p->p->nphrases)
      return p->p->phrases[i].text;
    return i >= 0 && i < play_talk_rows(p) - 1 ? p->p->complaint_steps[i - (int)p->p->nphrases].text
                                               : NULL;
  default:
    return NULL;
  }
}

static void draw_box(Desk *d, SDL_Rect r) {
  Ren *g = &d->g;
  Play *p = &d->play;
  int focused = p->focus <= F_PARTNERS, th = g->line_h[FONT_BOLD] + ren_px(g, 10),
      pad = ren_px(g, 6);
  ren_fill(g, r, ren_colour(C_PANEL));
  draw_tabs(d, (SDL_Rect){r.x, r.y, r.w, th});
  SDL_Rect in = {r.x + pad, r.y + th + pad / 2, r.w - 2 * pad, r.h - th - pad};
  ren_panel(g, in, "communication");
  List *l = p->tab == F_QUESTIONS ? &p->questions
            : p->tab == F_TALK    ? &p->talk
            : p->tab == F_ADVICE  ? &p->advice
                                  : &p->partners;
  int foot = p->tab == F_PARTNERS ? 0 : 2 * g->line_h[FONT_SMALL] + ren_px(g, 8);
  if (p->tab == F_TALK && p->jargon[0])
    foot += g->line_h[FONT_SMALL];
  if (l->filter[0]) {
    char f[120];
    snprintf(f, sizeof f, "Filter: %s  (Backspace, Esc clears)", l->filter);
    ren_text(g, FONT_SMALL, ren_colour(C_WARN), f, in.x, in.y, in.w);
    in.y += g->line_h[FONT_SMALL] + 2, in.h -= g->line_h[FONT_SMALL] + 2;
  }
  DeskRowFn fn = p->tab == F_QUESTIONS ? question_row
                 : p->tab == F_TALK    ? talk_row
                 : p->tab == F_ADVICE  ? advice_row
                                       : partner_row;
  desk_list(d, l, (SDL_Rect){in.x, in.y, in.w, in.h - foot}, focused, fn);
  int fy = in.y + in.h - foot + ren_px(g, 4);
  if (p->tab == F_TALK && p->jargon[0]) {
    char w[220];
    snprintf(w, sizeof w, "\xE2\x9A\xA0 Jargon to a caller: %s", p->jargon);
    ren_text(g, FONT_SMALL, ren_colour(C_WARN), w, in.x, fy, in.w);
    fy += g->line_h[FONT_SMALL];
  }
  const char *full = selected_text(p);
  if (full)
    ren_wrap(g, FONT_SMALL, ren_colour(C_DIM), full, in.x, fy, in.w, 2);
  if (focused)
    ren_box(g, r, ren_colour(C_FOCUS), ren_px(g, 2));
}

/* ---- hints and keys ---- */

static void draw_hint(Desk *d, SDL_Rect r) {
  Ren *g = &d->g;
  Play *p = &d->play;
  if (r.h <= 0)
    return;
  ren_fill(g, r, ren_colour(C_HINT_BG));
  ren_panel(g, r, "hint");
  char h[400];
  CallState cs = sim_call_state(p->sim);
  if (cs == CALL_RINGING)
    snprintf(h, sizeof h, "Hint: answer with Enter; the standard is within %d s.",
             p->p->answer_target_s);
  else if (cs == CALL_HUNG_UP)
    snprintf(h, sizeof h,
             "Hint: the caller has gone. Finish the log and the response, then close with F12.");
  else if (p->hint_q >= 0) {
    int pos = -1;
    for (int k = 0; k < p->questions.nvis; k++)
      if (p->qorder[p->questions.vis[k]] == p->hint_q)
        pos = k;
    char where[32] = "";
    if (pos >= 0 && pos < 9)
      snprintf(where, sizeof where, " (F1, then %d)", pos + 1);
    snprintf(h, sizeof h, "Hint: ask \xE2\x80\x9C%s\xE2\x80\x9D%s", p->p->questions[p->hint_q].text,
             where);
  } else
    snprintf(h, sizeof h,
             "Hint: the key questions on this path are asked: log, classify, "
             "prioritise, dispatch, brief and advise.");
  int pad = ren_px(g, 8);
  ren_text(g, FONT_BODY, ren_colour(C_WARN), h, r.x + pad, r.y + (r.h - g->line_h[FONT_BODY]) / 2,
           r.w - 2 * pad);
}

static const char *key_help(const Play *p) {
  if (p->modal.kind == MODAL_CHECK)
    return "\xE2\x86\x91\xE2\x86\x93 choose \xC2\xB7 Space or 1\xE2\x80\x93"
           "9 tick \xC2\xB7 Enter confirm \xC2\xB7 Esc cancel";
  if (p->modal.kind == MODAL_PICK)
    return "\xE2\x86\x91\xE2\x86\x93 choose \xC2\xB7 type to filter \xC2\xB7 Enter confirm "
           "\xC2\xB7 Esc cancel";
  if (p->modal.kind)
    return "Enter or Y confirm \xC2\xB7 Esc or N cancel";
  if (sim_call_state(p->sim) == CALL_RINGING)
    return "Enter or Space answer the call \xC2\xB7 F12 end \xC2\xB7 Ctrl+Q quit";
  static const char *const help[] = {
      "1\xE2\x80\x93"
      "9 or Enter ask \xC2\xB7 \xE2\x86\x91\xE2\x86\x93 choose \xC2\xB7 type to filter \xC2\xB7 "
      "Tab/F1\xE2\x80\x93"
      "F7 panels \xC2\xB7 F9 pause \xC2\xB7 F10 speed \xC2\xB7 F12 close call",
      "1\xE2\x80\x93"
      "9 or Enter say a phrase \xC2\xB7 type, then Enter, to say free words \xC2\xB7 "
      "Tab/F1\xE2\x80\x93"
      "F7 panels \xC2\xB7 F12 close call",
      "1\xE2\x80\x93"
      "9 or Enter give advice \xC2\xB7 type to filter \xC2\xB7 Tab/F1\xE2\x80\x93"
      "F7 panels \xC2\xB7 F12 close call",
      "V voice \xC2\xB7 D data \xC2\xB7 Enter choose channel / escalate \xC2\xB7 Tab/F1\xE2\x80\x93"
      "F7 panels \xC2\xB7 F12 close call",
      "type, Enter log \xC2\xB7 Ctrl+V paste \xC2\xB7 Shift+arrows select \xC2\xB7 Enter on "
      "code/priority/validity chooses \xC2\xB7 F6 code \xC2\xB7 F12 close",
      "D dispatch \xC2\xB7 B brief \xC2\xB7 I instruct \xC2\xB7 S status \xC2\xB7 X stand down "
      "\xC2\xB7 Tab/F1\xE2\x80\x93"
      "F7 panels \xC2\xB7 F12 close call",
  };
  return help[p->focus];
}

void call_draw(Desk *d) {
  Play *p = &d->play;
  if (p->sh.on) {
    super_draw(d);
    return;
  }
  CallLayout L;
  layout(d, &L);
  draw_top(d, L.top);
  draw_head(d, L.head);
  draw_transcript(d, L.transcript);
  draw_box(d, L.box);
  call_draw_log(d, L.log);
  call_draw_map(d, L.map);
  call_draw_units(d, L.units);
  if (d->mode == DESK_PRACTICE)
    draw_hint(d, L.hint);
  if (!d->rp.active) /* a replay shows its own keys */
    desk_key_help(d, L.keys, key_help(p));
  if (p->modal.kind)
    call_draw_modal(d);
}
