/* mouse.c - the mouse as a second way in (the keyboard is the first): a click selects a row
 * or a tab and moves the focus there, a double click acts on the row as Enter would, a click
 * on the ringing call answers it, the wheel moves the selection as the arrow keys do. */
#include "desk_internal.h"

static void press(Desk *d, SDL_Keycode sym) {
  SDL_Event e;
  SDL_zero(e);
  e.type = SDL_KEYDOWN;
  e.key.keysym.sym = sym;
  desk_event(d, &e);
}

/* Selects the row of l at (x, y). 1 if there was one. */
static int hit(List *l, int x, int y) {
  int k = list_hit(l, x, y);
  if (k >= 0)
    l->sel = k;
  return k >= 0;
}

static List *tab_list(Play *p) {
  List *l[] = {&p->questions, &p->talk, &p->advice, &p->partners};
  return l[p->tab <= F_PARTNERS ? p->tab : 0];
}

static void click_call(Desk *d, int x, int y, int clicks) {
  Play *p = &d->play;
  SDL_Point pt = {x, y};
  SDL_Rect head;
  if (p->modal.kind) {
    if (hit(&p->modal.list, x, y) && clicks >= 2)
      press(d, SDLK_RETURN);
    return;
  }
  if (p->sh.on) {
    super_click(d, x, y, clicks);
    return;
  }
  if (sim_call_state(p->sim) == CALL_RINGING && desk_panel_rect(d, "caller", &head) == 0 &&
      SDL_PointInRect(&pt, &head)) {
    press(d, SDLK_RETURN);
    return;
  }
  if (p->tabs.w > 0 && SDL_PointInRect(&pt, &p->tabs)) {
    p->focus = p->tab = (Focus)((x - p->tabs.x) * 4 / p->tabs.w);
    return;
  }
  Focus f = hit(tab_list(p), x, y) ? p->tab
            : hit(&p->log, x, y)   ? F_LOG
            : hit(&p->units, x, y) ? F_RESOURCES
                                   : F_COUNT;
  if (f == F_COUNT)
    return;
  p->focus = f;
  if (clicks >= 2)
    press(d, SDLK_RETURN);
}

static void click(Desk *d, int x, int y, int clicks) {
  if (d->rp.active) { /* read-only: only the timeline takes a click */
    replay_click(d, x, y);
    return;
  }
  switch (d->screen) {
  case DESK_MENU:
    if (hit(&d->menu.list, x, y) && clicks >= 2)
      press(d, SDLK_RETURN);
    break;
  case DESK_CALL:
    click_call(d, x, y, clicks);
    break;
  case DESK_RESULTS:
    if (hit(&d->play.sh.improve, x, y) && clicks >= 2)
      press(d, SDLK_SPACE);
    break;
  case DESK_KNOWLEDGE:
    if (hit(&d->play.kq, x, y))
      d->play.nkorder = 0;
    break;
  default:
    break;
  }
}

void desk_mouse(Desk *d, const SDL_Event *e) {
  float k = desk_density(d);
  if (e->type == SDL_MOUSEBUTTONDOWN && e->button.button == SDL_BUTTON_LEFT)
    click(d, (int)((float)e->button.x * k), (int)((float)e->button.y * k), e->button.clicks);
  else if (e->type == SDL_MOUSEWHEEL && e->wheel.y != 0)
    for (int i = 0; i < (e->wheel.y > 0 ? e->wheel.y : -e->wheel.y) && i < 5; i++)
      press(d, e->wheel.y > 0 ? SDLK_UP : SDLK_DOWN);
}
