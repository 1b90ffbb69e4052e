/* test_widgets.c - the desk's building blocks without a window: the UTF-8 text field, the
 * keyboard list, the text cache table and the PNG writer (read back with a small inflater,
 * unfiltered and compared pixel by pixel). */
#include <stdlib.h>
#include <string.h>

#include "edit.h"
#include "list.h"
#include "png.h"
#include "textcache.h"
#include "unit/check.h"

static SDL_KeyboardEvent key(SDL_Keycode sym, Uint16 mod) {
  SDL_KeyboardEvent k;
  memset(&k, 0, sizeof k);
  k.type = SDL_KEYDOWN;
  k.keysym.sym = sym;
  k.keysym.mod = mod;
  return k;
}

static void edit_should_insert_and_delete_whole_utf8_characters(void) {
  Edit e;
  edit_set(&e, "caf\xC3\xA9");
  CHECK(e.len == 5 && e.cursor == 5);
  edit_backspace(&e);
  CHECK_STR(e.text, "caf");
  edit_insert(&e, "\xE2\x82\xAC!");
  CHECK_STR(e.text, "caf\xE2\x82\xAC!");
  edit_move(&e, -1, 0);
  edit_move(&e, -1, 0);
  CHECK(e.cursor == 3);
  edit_delete(&e);
  CHECK_STR(e.text, "caf!");
}

static void edit_should_replace_a_selection_made_with_shift(void) {
  Edit e;
  edit_set(&e, "14 Mill Lane");
  SDL_KeyboardEvent home = key(SDLK_HOME, 0), sright = key(SDLK_RIGHT, KMOD_LSHIFT);
  edit_key(&e, &home);
  edit_key(&e, &sright), edit_key(&e, &sright);
  size_t a, b;
  edit_selection(&e, &a, &b);
  CHECK(a == 0 && b == 2);
  edit_insert(&e, "16");
  CHECK_STR(e.text, "16 Mill Lane");
  SDL_KeyboardEvent all = key(SDLK_a, KMOD_LCTRL), bs = key(SDLK_BACKSPACE, 0);
  edit_key(&e, &all);
  edit_key(&e, &bs);
  CHECK(e.len == 0 && e.text[0] == 0);
}

static void edit_should_turn_pasted_newlines_into_spaces_and_stop_at_capacity(void) {
  Edit e;
  edit_set(&e, "");
  edit_insert(&e, "a\nb\tc\x01");
  CHECK_STR(e.text, "a b c");
  char big[EDIT_CAP * 2];
  memset(big, 'x', sizeof big - 3);
  memcpy(big + sizeof big - 3, "\xC3\xA9", 3); /* ends with a 2-byte character */
  edit_set(&e, big);
  CHECK(e.len == EDIT_CAP - 1 && strlen(e.text) == e.len);
  edit_set(&e, "");
  for (int i = 0; i < EDIT_CAP; i++)
    edit_insert(&e, "\xC3\xA9");
  CHECK(e.len <= EDIT_CAP - 1 && e.len % 2 == 0); /* never half a character */
}

static void edit_should_paste_from_the_clipboard(void) {
  Edit e;
  edit_set(&e, "at ");
  SDL_SetClipboardText("14 Mill\nLane");
  SDL_KeyboardEvent v = key(SDLK_v, KMOD_LCTRL);
  CHECK(edit_key(&e, &v) == 1);
  CHECK_STR(e.text, "at 14 Mill Lane");
}

static const char *const fruit[] = {"apple", "banana", "cherry", "damson", "elder"};
static const char *fruit_text(const void *ud, int i) { return ((const char *const *)ud)[i]; }
static int fruit_match(const void *ud, int i, const char *f) {
  return str_icontains(fruit_text(ud, i), f);
}

static void list_should_filter_move_and_keep_the_selection(void) {
  List l;
  list_init(&l, 5);
  list_refresh(&l, 5, fruit_match, fruit);
  CHECK(l.nvis == 5 && list_selected(&l) == 0);
  list_key(&l, SDLK_DOWN), list_key(&l, SDLK_DOWN);
  CHECK(list_selected(&l) == 2);
  list_filter_add(&l, "an");
  list_refresh(&l, 5, fruit_match, fruit);
  CHECK(l.nvis == 1 && list_selected(&l) == 1); /* "banana": cherry is gone */
  list_filter_back(&l), list_filter_back(&l);
  list_refresh(&l, 5, fruit_match, fruit);
  CHECK(l.nvis == 5 && list_selected(&l) == 1);
  list_key(&l, SDLK_END);
  CHECK(list_selected(&l) == 4);
  list_scroll(&l, 2);
  CHECK(l.top == 3);
  list_key(&l, SDLK_UP), list_key(&l, SDLK_UP), list_key(&l, SDLK_UP), list_key(&l, SDLK_UP),
      list_key(&l, SDLK_UP);
  CHECK(list_selected(&l) == 0);
  list_free(&l);
}

static void textcache_should_find_what_it_holds_and_drop_old_entries_when_full(void) {
  TextCache c;
  textcache_init(&c, 64);
  TextKey k = {1, {255, 255, 255, 255}, TEXT_LINE, 0, 0, "hello"};
  CHECK(textcache_find(&c, &k) == NULL);
  textcache_insert(&c, &k)->w = 42;
  TextEntry *e = textcache_find(&c, &k);
  CHECK(e && e->w == 42);
  TextKey other = k;
  other.color.r = 0; /* another colour is another entry */
  CHECK(textcache_find(&c, &other) == NULL);
  char buf[32];
  for (int f = 0; f < 10; f++) {
    textcache_next_frame(&c);
    for (int i = 0; i < 20; i++) {
      snprintf(buf, sizeof buf, "s%d-%d", f, i);
      TextKey t = {0, {1, 2, 3, 4}, TEXT_WRAP, 100, 3, buf};
      if (!textcache_find(&c, &t))
        textcache_insert(&c, &t);
    }
  }
  CHECK(c.count <= c.cap * 3 / 4);
  CHECK(c.evictions > 0);
  CHECK(textcache_find(&c, &k) == NULL); /* unused for frames: evicted */
  textcache_free(&c);
}

static uint32_t be32(const unsigned char *p) {
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* A small inflater for what the writer makes (fixed-Huffman and stored blocks), so the test
 * reads the PNG back without trusting the writer. */
typedef struct In {
  const unsigned char *p;
  size_t n, pos;
  int bit, bad;
} In;

static unsigned get(In *s, int n) { /* n bits, LSB first */
  unsigned v = 0;
  for (int i = 0; i < n; i++) {
    if (s->pos >= s->n)
      return s->bad = 1, 0;
    v |= (unsigned)((s->p[s->pos] >> s->bit) & 1) << i;
    if (++s->bit == 8)
      s->bit = 0, s->pos++;
  }
  return v;
}

static unsigned get_code(In *s, int n) { /* n bits, MSB first */
  unsigned v = 0;
  for (int i = 0; i < n; i++)
    v = v << 1 | get(s, 1);
  return v;
}

static int fixed_litlen(In *s) {
  unsigned c = get_code(s, 7);
  if (c <= 0x17)
    return 256 + (int)c;
  c = c << 1 | get(s, 1);
  if (c >= 0x30 && c <= 0xBF)
    return (int)c - 0x30;
  if (c >= 0xC0 && c <= 0xC7)
    return 280 + (int)c - 0xC0;
  c = c << 1 | get(s, 1);
  return 144 + (int)c - 0x190;
}

static size_t inflate_fixed(In *s, unsigned char *out, size_t cap) {
  static const int lb[29] = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                             31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
  static const int le[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                             2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
  static const int db[30] = {1,    2,    3,    4,    5,    7,    9,    13,    17,    25,
                             33,   49,   65,   97,   129,  193,  257,  385,   513,   769,
                             1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
  static const int de[30] = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                             6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
  size_t n = 0;
  for (int last = 0; !last && !s->bad;) {
    last = (int)get(s, 1);
    unsigned type = get(s, 2);
    if (type == 0) { /* stored */
      if (s->bit)
        s->bit = 0, s->pos++;
      unsigned len = get(s, 16);
      get(s, 16);
      for (unsigned k = 0; k < len && n < cap; k++)
        out[n++] = (unsigned char)get(s, 8);
      continue;
    }
    if (type != 1)
      return s->bad = 1, n;
    for (int sym; (sym = fixed_litlen(s)) != 256 && !s->bad;) {
      if (sym < 256) {
        if (n < cap)
          out[n++] = (unsigned char)sym;
        continue;
      }
      int len = lb[sym - 257] + (int)get(s, le[sym - 257]);
      int dc = (int)get_code(s, 5), dist = db[dc] + (int)get(s, de[dc]);
      if ((size_t)dist > n)
        return s->bad = 1, n;
      for (int k = 0; k < len && n < cap; k++, n++)
        out[n] = out[n - (size_t)dist];
    }
  }
  return n;
}

static void png_should_write_a_valid_file_that_reads_back(void) {
  enum { W = 61, H = 37 };
  uint32_t px[W * H];
  for (int y = 0; y < H; y++) /* flat areas, gradients and noise: every filter and matches */
    for (int x = 0; x < W; x++)
      px[y * W + x] = 0xFF000000u | (y < 12   ? 0x203040u
                                     : y < 24 ? (uint32_t)(x * 4) << 16 | (uint32_t)(y * 6)
                                              : (uint32_t)((x * 7919 + y * 104729) & 0xFFFFFF));
  const char *path = "test_desk_widgets.png";
  Error err;
  CHECK(png_write_argb(path, px, W, H, W * 4, &err) == 0);
  size_t n;
  unsigned char *f = (unsigned char *)file_read_all(path, &n, &err);
  CHECK(f && n > 8 && memcmp(f, "\x89PNG\r\n\x1a\n", 8) == 0);
  static unsigned char raw[H * (1 + 3 * W) + 16];
  size_t rawn = 0, off = 8;
  int chunks_ok = 1, saw_end = 0;
  while (f && off + 12 <= n) {
    uint32_t len = be32(f + off);
    const unsigned char *type = f + off + 4, *data = f + off + 8;
    chunks_ok &= png_crc32(0, type, 4 + len) == be32(data + len);
    if (memcmp(type, "IHDR", 4) == 0)
      CHECK(be32(data) == W && be32(data + 4) == H && data[8] == 8 && data[9] == 2);
    if (memcmp(type, "IDAT", 4) == 0) {
      CHECK(data[0] == 0x78 && (data[0] * 256 + data[1]) % 31 == 0);
      In s = {data + 2, len - 6, 0, 0, 0};
      rawn = inflate_fixed(&s, raw, sizeof raw);
      CHECK(!s.bad);
      CHECK(png_adler32(1, raw, rawn) == be32(data + len - 4));
    }
    saw_end |= memcmp(type, "IEND", 4) == 0;
    off += 12 + len;
  }
  CHECK(chunks_ok && saw_end && rawn == H * (1 + 3 * W));
  CHECK(n < sizeof raw / 2); /* the flat and gradient parts compress */
  int same = 1;
  for (int y = 0; y < H && rawn == H * (1 + 3 * W); y++) { /* undo the filters, compare */
    unsigned char *row = raw + y * (1 + 3 * W), *prior = y ? raw + (y - 1) * (1 + 3 * W) + 1 : NULL;
    CHECK(row[0] <= 2);
    for (int i = 0; i < 3 * W; i++) {
      int pred = row[0] == 1   ? (i >= 3 ? row[1 + i - 3] : 0)
                 : row[0] == 2 ? (prior ? prior[i] : 0)
                               : 0;
      row[1 + i] = (unsigned char)(row[1 + i] + pred);
    }
    for (int x = 0; x < W; x++)
      same &= row[1 + 3 * x] == (unsigned char)(px[y * W + x] >> 16) &&
              row[2 + 3 * x] == (unsigned char)(px[y * W + x] >> 8) &&
              row[3 + 3 * x] == (unsigned char)px[y * W + x];
  }
  CHECK(same);
  free(f);
  remove(path);
}

int main(void) {
  if (SDL_Init(SDL_INIT_VIDEO) < 0) { /* the clipboard needs a video driver (dummy) */
    fprintf(stderr, "SDL_Init: %s\n", SDL_GetError());
    return 1;
  }
  RUN(edit_should_insert_and_delete_whole_utf8_characters);
  RUN(edit_should_replace_a_selection_made_with_shift);
  RUN(edit_should_turn_pasted_newlines_into_spaces_and_stop_at_capacity);
  RUN(edit_should_paste_from_the_clipboard);
  RUN(list_should_filter_move_and_keep_the_selection);
  RUN(textcache_should_find_what_it_holds_and_drop_old_entries_when_full);
  RUN(png_should_write_a_valid_file_that_reads_back);
  SDL_Quit();
  return check_done();
}
