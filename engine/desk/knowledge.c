/* knowledge.c - the knowledge check after the call: the scenario's questions for the
 * "understand" criteria, answered from the keyboard (a number picks a choice; numbers typed
 * in turn give an order), each answer a knowledge action stamped at the close. */
#include <stdio.h>
#include <string.h>

#include "desk_internal.h"

static const Action *answer_of(const Play *p, const char *id) {
  for (size_t i = sim_action_count(p->sim); i-- > 0;) {
    const Action *a = sim_action(p->sim, i);
    if (a->type == ACT_KNOWLEDGE && str_eq(a->arg, id))
      return a;
  }
  return NULL;
}

void knowledge_next(Play *p) {
  for (int k = 0; k < p->kq.nvis; k++)
    if (!answer_of(p, p->sc->knowledge[p->kq.vis[k]].id)) {
      p->kq.sel = k;
      break;
    }
  p->nkorder = 0;
}

static void submit(Desk *d, const Knowledge *k, const char **list, size_t n) {
  play_act(d, ACT_KNOWLEDGE, k->id, NULL, list, n);
  if (d->screen == DESK_KNOWLEDGE)
    knowledge_next(&d->play);
}

static void give_digit(Desk *d, const Knowledge *k, int n) {
  Play *p = &d->play;
  char num[8];
  snprintf(num, sizeof num, "%d", n);
  if (k->choices.len) {
    const char *one[1] = {num};
    if (n <= (int)k->choices.len)
      submit(d, k, one, 1);
    return;
  }
  for (int i = 0; i < p->nkorder; i++)
    if (strcmp(p->korder[i], num) == 0)
      return; /* each item once */
  if (n <= (int)k->items.len && p->nkorder < 16)
    snprintf(p->korder[p->nkorder++], sizeof p->korder[0], "%s", num);
}

static void confirm_order(Desk *d, const Knowledge *k) {
  Play *p = &d->play;
  if (k->choices.len || p->nkorder != (int)k->items.len) {
    desk_say(d, "Give every item's number, in order");
    return;
  }
  const char *list[16];
  for (int i = 0; i < p->nkorder; i++)
    list[i] = p->korder[i];
  submit(d, k, list, (size_t)p->nkorder);
}

int knowledge_key(Desk *d, const SDL_KeyboardEvent *ev) {
  Play *p = &d->play;
  SDL_Keycode s = ev->keysym.sym;
  if (s == SDLK_F12 || s == SDLK_ESCAPE)
    return play_score(d), 1;
  int i = list_selected(&p->kq);
  if (i < 0)
    return 0;
  const Knowledge *k = &p->sc->knowledge[i];
  int answered = answer_of(p, k->id) != NULL;
  if (s >= SDLK_1 && s <= SDLK_9) {
    if (answered)
      desk_say(d, "Already answered");
    else
      give_digit(d, k, (int)(s - SDLK_0));
    return 1;
  }
  if (s == SDLK_BACKSPACE)
    return p->nkorder > 0 ? p->nkorder-- : 0, 1;
  if (s == SDLK_RETURN || s == SDLK_KP_ENTER)
    return answered ? 1 : (confirm_order(d, k), 1);
  int before = p->kq.sel, used = list_key(&p->kq, s);
  if (p->kq.sel != before)
    p->nkorder = 0;
  return used;
}

/* ---- drawing ---- */

static void question_row(Desk *d, int i, int pos, SDL_Rect r, int sel) {
  Ren *g = &d->g;
  Play *p = &d->play;
  (void)sel;
  const Knowledge *k = &p->sc->knowledge[i];
  int pad = ren_px(g, 6), ty = r.y + (r.h - g->line_h[FONT_BODY]) / 2;
  int answered = answer_of(p, k->id) != NULL;
  char n[16];
  snprintf(n, sizeof n, "%d.", pos + 1);
  int x = r.x + pad + ren_text(g, FONT_BOLD, ren_colour(C_ACCENT), n, r.x + pad, ty, 0) + pad;
  int mw = ren_text_right(g, FONT_BOLD, ren_colour(answered ? C_GOOD : C_DIM),
                          answered ? "\xE2\x9C\x93" : "\xE2\x80\xA6", r.x + r.w - pad, ty, 0);
  ren_text(g, FONT_BODY, ren_colour(C_TEXT), k->text, x, ty, r.x + r.w - x - mw - 2 * pad);
}

static int para(Desk *d, SDL_Rect in, int y, Font f, Colour c, const char *s, int lines) {
  return desk_para(d, in, y, f, c, s, lines);
}

static void draw_question(Desk *d, SDL_Rect r) {
  Play *p = &d->play;
  SDL_Rect in = desk_panel(d, r, "Question", NULL, 0);
  int i = list_selected(&p->kq);
  if (i < 0)
    return;
  const Knowledge *k = &p->sc->knowledge[i];
  const Action *a = answer_of(p, k->id);
  int y = para(d, in, in.y, FONT_HEAD, C_TEXT, k->text, 4);
  const StrList *l = k->choices.len ? &k->choices : &k->items;
  y = para(d, in, y, FONT_SMALL, C_DIM,
           k->choices.len ? "Press the number of the right answer."
                          : "Type the numbers of the items in the right order, then Enter "
                            "(Backspace takes one back).",
           2);
  char buf[600];
  for (size_t c = 0; c < l->len; c++) {
    snprintf(buf, sizeof buf, "%zu   %s", c + 1, l->v[c]);
    y = para(d, in, y, FONT_BODY, C_TEXT, buf, 2);
  }
  buf[0] = 0;
  if (a) {
    snprintf(buf, sizeof buf, "Answered:");
    for (size_t j = 0; j < a->nlist; j++)
      snprintf(buf + strlen(buf), sizeof buf - strlen(buf), " %s", a->list[j]);
  } else if (!k->choices.len) {
    snprintf(buf, sizeof buf, "Your order:");
    for (int j = 0; j < (int)k->items.len; j++)
      snprintf(buf + strlen(buf), sizeof buf - strlen(buf), " %s",
               j < p->nkorder ? p->korder[j] : "_");
  }
  if (buf[0])
    para(d, in, y + ren_px(&d->g, 6), FONT_BOLD, a ? C_GOOD : C_WARN, buf, 2);
}

void knowledge_draw(Desk *d) {
  Ren *g = &d->g;
  Play *p = &d->play;
  int pad = ren_px(g, 10), W = g->w, H = g->h;
  int head_h = g->line_h[FONT_HEAD] + g->line_h[FONT_SMALL] + ren_px(g, 18);
  int keys_h = g->line_h[FONT_SMALL] + ren_px(g, 10);
  SDL_Rect head = {0, 0, W, head_h};
  ren_fill(g, head, ren_colour(C_PANEL_HI));
  ren_panel(g, head, "knowledge header");
  int answered = 0;
  for (size_t i = 0; i < p->sc->nknowledge; i++)
    answered += answer_of(p, p->sc->knowledge[i].id) != NULL;
  char line[300];
  snprintf(line, sizeof line,
           "The call is closed. Knowledge check: %zu question%s on what you did and why",
           p->sc->nknowledge, p->sc->nknowledge == 1 ? "" : "s");
  ren_text(g, FONT_HEAD, ren_colour(C_TEXT), line, pad, ren_px(g, 6), W - 2 * pad);
  snprintf(line, sizeof line,
           "%d of %zu answered \xC2\xB7 %s \xC2\xB7 the debrief follows the last answer", answered,
           p->sc->nknowledge, p->sc->title);
  ren_text(g, FONT_SMALL, ren_colour(C_DIM), line, pad, ren_px(g, 10) + g->line_h[FONT_HEAD],
           W - 2 * pad);
  int by = head_h + pad, bh = H - by - keys_h - pad, lw = (W - 3 * pad) * 40 / 100;
  SDL_Rect list =
      desk_panel(d, (SDL_Rect){pad, by, lw, bh}, "Questions", "\xE2\x86\x91\xE2\x86\x93", 1);
  desk_list(d, &p->kq, list, 1, question_row);
  draw_question(d, (SDL_Rect){2 * pad + lw, by, W - 3 * pad - lw, bh});
  desk_key_help(d, (SDL_Rect){0, H - keys_h, W, keys_h},
                "\xE2\x86\x91\xE2\x86\x93 question \xC2\xB7 1\xE2\x80\x93"
                "9 answer or order \xC2\xB7 Enter confirm an order \xC2\xB7 "
                "F12 finish (unanswered questions score nothing) \xC2\xB7 Ctrl+Q quit");
}
