/* keys.h - synthetic keyboard input for the desk tests: key presses and typed text pushed as
 * SDL events the way SDL delivers a real keyboard's (a key down, the text it types when text
 * input is on, a key up). */
#ifndef INCIDESK_TEST_KEYS_H
#define INCIDESK_TEST_KEYS_H

#include <SDL.h>
#include <string.h>

static inline void keys_push_text(const char *s, size_t n) {
  SDL_Event e;
  memset(&e, 0, sizeof e);
  e.type = SDL_TEXTINPUT;
  memcpy(e.text.text, s, n < sizeof e.text.text ? n : sizeof e.text.text - 1);
  SDL_PushEvent(&e);
}

/* One key press; a printable key without Ctrl also types its character. */
static inline void keys_press(SDL_Keycode sym, Uint16 mod) {
  SDL_Event e;
  memset(&e, 0, sizeof e);
  e.type = SDL_KEYDOWN;
  e.key.state = SDL_PRESSED;
  e.key.keysym.sym = sym;
  e.key.keysym.scancode = SDL_GetScancodeFromKey(sym);
  e.key.keysym.mod = mod;
  SDL_PushEvent(&e);
  if (sym >= 32 && sym < 127 && !(mod & KMOD_CTRL)) {
    char c = (char)sym;
    if ((mod & KMOD_SHIFT) && c >= 'a' && c <= 'z')
      c = (char)(c - 'a' + 'A');
    keys_push_text(&c, 1);
  }
  e.type = SDL_KEYUP;
  e.key.state = SDL_RELEASED;
  SDL_PushEvent(&e);
}

static inline void keys_repeat(SDL_Keycode sym, int n) {
  for (int i = 0; i < n; i++)
    keys_press(sym, 0);
}

/* Types UTF-8 text: ASCII through key presses (shift for capitals), the rest as text only. */
static inline void keys_type(const char *s) {
  while (*s) {
    unsigned char c = (unsigned char)*s;
    if (c >= 32 && c < 127) {
      int upper = c >= 'A' && c <= 'Z';
      SDL_Keycode sym = upper ? (SDL_Keycode)(c - 'A' + 'a') : (SDL_Keycode)c;
      if (c < 'A' || c > 'Z') { /* keep punctuation as it is typed */
        SDL_Event e;
        memset(&e, 0, sizeof e);
        e.type = SDL_KEYDOWN;
        e.key.keysym.sym = sym;
        SDL_PushEvent(&e);
        keys_push_text((const char *)s, 1);
        e.type = SDL_KEYUP;
        SDL_PushEvent(&e);
      } else {
        keys_press(sym, KMOD_LSHIFT);
      }
      s++;
      continue;
    }
    size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    keys_push_text(s, n);
    s += n;
  }
}

#endif
