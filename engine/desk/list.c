/* list.c - the keyboard list. */
#include "list.h"

#include <string.h>

#include "util.h"

void list_init(List *l, int cap) {
  memset(l, 0, sizeof *l);
  l->cap = cap > 0 ? cap : 1;
  l->vis = xcalloc((size_t)l->cap, sizeof *l->vis);
  l->page = 8;
}

void list_free(List *l) {
  free(l->vis);
  memset(l, 0, sizeof *l);
}

void list_refresh(List *l, int n, ListMatchFn match, const void *ud) {
  int keep = list_selected(l);
  if (n > l->cap)
    n = l->cap;
  l->nvis = 0;
  for (int i = 0; i < n; i++)
    if (!match || match(ud, i, l->filter))
      l->vis[l->nvis++] = i;
  l->sel = 0;
  for (int k = 0; k < l->nvis; k++)
    if (l->vis[k] == keep)
      l->sel = k;
  if (l->top > l->sel)
    l->top = l->sel;
}

int list_selected(const List *l) { return l->nvis > 0 ? l->vis[l->sel] : -1; }

void list_select(List *l, int item) {
  for (int k = 0; k < l->nvis; k++)
    if (l->vis[k] == item)
      l->sel = k;
}

int list_key(List *l, SDL_Keycode key) {
  int page = l->page > 1 ? l->page - 1 : 1, s = l->sel;
  switch (key) {
  case SDLK_UP:
    s--;
    break;
  case SDLK_DOWN:
    s++;
    break;
  case SDLK_PAGEUP:
    s -= page;
    break;
  case SDLK_PAGEDOWN:
    s += page;
    break;
  case SDLK_HOME:
    s = 0;
    break;
  case SDLK_END:
    s = l->nvis - 1;
    break;
  default:
    return 0;
  }
  l->sel = s < 0 ? 0 : s >= l->nvis ? (l->nvis > 0 ? l->nvis - 1 : 0) : s;
  return 1;
}

void list_scroll(List *l, int rows) {
  if (rows < 1)
    rows = 1;
  l->page = rows;
  if (l->sel < l->top)
    l->top = l->sel;
  if (l->sel >= l->top + rows)
    l->top = l->sel - rows + 1;
  if (l->top > l->nvis - rows)
    l->top = l->nvis - rows;
  if (l->top < 0)
    l->top = 0;
}

int list_filter_add(List *l, const char *text) {
  size_t n = strlen(l->filter), k = strlen(text);
  if (!k || n + k >= sizeof l->filter)
    return 0;
  memcpy(l->filter + n, text, k + 1);
  return 1;
}

int list_filter_back(List *l) {
  size_t n = strlen(l->filter);
  if (!n)
    return 0;
  do
    n--;
  while (n > 0 && ((unsigned char)l->filter[n] & 0xC0) == 0x80);
  l->filter[n] = 0;
  return 1;
}

void list_filter_clear(List *l) { l->filter[0] = 0; }

int list_hit(const List *l, int x, int y) {
  SDL_Point pt = {x, y};
  if (l->row_h <= 0 || !SDL_PointInRect(&pt, &l->area))
    return -1;
  int k = l->top + (y - l->area.y) / l->row_h;
  return k < l->nvis ? k : -1;
}
