/* list.h - a keyboard list: selection moved by arrows, page keys, home and end, scrolled to
 * keep the selection in view, and narrowed by a typed filter (type-to-filter).
 *
 * The list holds item indices, not items: the owner says how many items there are and
 * which match the filter (a match function, or case-insensitive substring of a text). The
 * index array is allocated once by list_init for a capacity; refreshing allocates nothing.
 */
#ifndef INCIDESK_LIST_H
#define INCIDESK_LIST_H

#include <SDL.h>

/* 1 if item i is shown under the filter (filter may be ""). */
typedef int (*ListMatchFn)(const void *ud, int i, const char *filter);
/* The text of item i, for the default match. */
typedef const char *(*ListTextFn)(const void *ud, int i);

typedef struct List {
  int *vis; /* owned: indices of the items shown, in order */
  int nvis, cap;
  int sel;  /* position in vis of the selection (0 when empty) */
  int top;  /* first position shown */
  int page; /* rows shown at the last draw, for page keys */
  char filter[64];
  SDL_Rect area; /* where its rows were last drawn, and their height: for the mouse */
  int row_h;
} List;

void list_init(List *l, int cap);
void list_free(List *l);
/* Recomputes the items shown (the first n, at most cap) keeping the selected item if it is
 * still shown. match NULL: every item. */
void list_refresh(List *l, int n, ListMatchFn match, const void *ud);
/* Moves the selection for arrow, page, home and end keys. 1 if the key was used. */
int list_key(List *l, SDL_Keycode key);
/* The selected item, or -1 if none is shown. */
int list_selected(const List *l);
/* Selects item i if shown. */
void list_select(List *l, int item);
/* Adjusts top so the selection is among `rows` rows shown from top. */
void list_scroll(List *l, int rows);
/* The position (in vis) of the row drawn at (x, y), or -1. */
int list_hit(const List *l, int x, int y);
/* Appends typed text to the filter (1 if it changed) / removes its last character. */
int list_filter_add(List *l, const char *text);
int list_filter_back(List *l);
void list_filter_clear(List *l);

#endif
