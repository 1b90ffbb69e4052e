/* edit.h - a one-line UTF-8 text field: cursor, selection (shift+arrows, ctrl+A), backspace
 * and delete by whole characters, clipboard cut, copy and paste (SDL clipboard).
 *
 * The text lives in a fixed buffer inside the Edit (no allocation); input that would not
 * fit is cut at a character boundary. Control characters are dropped; a pasted newline or
 * tab becomes a space. Offsets are in bytes and always on character boundaries.
 */
#ifndef INCIDESK_EDIT_H
#define INCIDESK_EDIT_H

#include <SDL.h>
#include <stddef.h>

#include "ren.h"

#define EDIT_CAP 512

typedef struct Edit {
  char text[EDIT_CAP];
  size_t len;
  size_t cursor, anchor; /* selection is [min, max) of the two; empty when equal */
  int changed;           /* set by every change; cleared by the owner */
} Edit;

void edit_set(Edit *e, const char *s);
void edit_clear(Edit *e);
/* Inserts UTF-8 text at the cursor, replacing the selection. */
void edit_insert(Edit *e, const char *s);
void edit_backspace(Edit *e);
void edit_delete(Edit *e);
/* Moves the cursor one character (dir -1 or 1) or to an end (dir -2 home, 2 end); select
 * extends the selection instead of dropping it. */
void edit_move(Edit *e, int dir, int select);
void edit_select_all(Edit *e);
/* Start and end of the selection. */
void edit_selection(const Edit *e, size_t *a, size_t *b);
/* Handles editing keys (arrows, home, end, backspace, delete, ctrl+A/C/X/V). 1 if used. */
int edit_key(Edit *e, const SDL_KeyboardEvent *k);
/* Draws the field in box: the text scrolled so the cursor shows (an ellipsis marks text
 * out of view), the selection, and the cursor when focused. placeholder shows when empty. */
void edit_draw(Ren *g, const Edit *e, SDL_Rect box, int focused, const char *placeholder);

#endif
