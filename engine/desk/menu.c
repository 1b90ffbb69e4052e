/* menu.c - the menu: the scenario catalogue with level, difficulty, criteria and best score;
 * filters by criterion and tag; practice or assessment; trainee id; assignments. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "criteria.h"
#include "desk_internal.h"

void menu_free(Menu *m) {
  list_free(&m->list);
  free(m->crits), free(m->tags), free(m->best), free(m->assigned);
  m->crits = m->tags = NULL, m->best = NULL, m->assigned = NULL;
  m->ncrits = m->ntags = 0;
}

static int has_str(const char **v, int n, const char *s) {
  for (int i = 0; i < n; i++)
    if (strcmp(v[i], s) == 0)
      return 1;
  return 0;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The distinct criteria and tags of the catalogue, sorted. */
static void collect_filters(Menu *m) {
  size_t nc = 0, nt = 0;
  for (size_t i = 0; i < m->cat->nentries; i++) {
    const Scenario *sc = m->cat->entries[i].scenario;
    if (sc)
      nc += sc->criteria.len, nt += sc->tags.len;
  }
  m->crits = xcalloc(nc + 1, sizeof *m->crits);
  m->tags = xcalloc(nt + 1, sizeof *m->tags);
  for (size_t i = 0; i < m->cat->nentries; i++) {
    const Scenario *sc = m->cat->entries[i].scenario;
    for (size_t k = 0; sc && k < sc->criteria.len; k++)
      if (!has_str(m->crits, m->ncrits, sc->criteria.v[k]))
        m->crits[m->ncrits++] = sc->criteria.v[k];
    for (size_t k = 0; sc && k < sc->tags.len; k++)
      if (!has_str(m->tags, m->ntags, sc->tags.v[k]))
        m->tags[m->ntags++] = sc->tags.v[k];
  }
  qsort(m->crits, (size_t)m->ncrits, sizeof *m->crits, cmp_str);
  qsort(m->tags, (size_t)m->ntags, sizeof *m->tags, cmp_str);
}

/* Best percent per scenario and assignments, for the trainee now typed. */
static void compute_best(Desk *d) {
  Menu *m = &d->menu;
  const char *who = desk_trainee(d);
  for (size_t i = 0; i < m->cat->nentries; i++) {
    const Scenario *sc = m->cat->entries[i].scenario;
    m->best[i] = -1;
    m->assigned[i] = 0;
    for (size_t r = 0; sc && r < m->cat->nrecords; r++) {
      const DeskRecordInfo *ri = &m->cat->records[r];
      if (str_eq(ri->scenario, sc->id) && str_eq(ri->trainee, who) && ri->percent > m->best[i])
        m->best[i] = ri->percent;
    }
    for (size_t a = 0; sc && a < m->cat->nassignments; a++) {
      const DeskAssignment *as = &m->cat->assignments[a];
      int fits = as->scenario ? str_eq(as->scenario, sc->id)
                              : as->criterion && strlist_has(&sc->criteria, as->criterion);
      if (fits && str_eq(as->trainee, who) && (!m->assigned[i] || !as->done))
        m->assigned[i] = (int)a + 1;
    }
  }
  snprintf(m->best_for, sizeof m->best_for, "%s", who);
}

static int match_entry(const void *ud, int i, const char *f) {
  const Menu *m = ud;
  const Scenario *sc = m->cat->entries[i].scenario;
  if (!sc)
    return m->crit == 0 && m->tag == 0 && !*f;
  if (m->crit && !strlist_has(&sc->criteria, m->crits[m->crit - 1]))
    return 0;
  if (m->tag && !strlist_has(&sc->tags, m->tags[m->tag - 1]))
    return 0;
  return str_icontains(sc->title, f) || str_icontains(sc->id, f);
}

static void refresh(Desk *d) {
  Menu *m = &d->menu;
  if (strcmp(m->best_for, desk_trainee(d)) != 0)
    compute_best(d);
  list_refresh(&m->list, (int)m->cat->nentries, match_entry, m);
}

int menu_build(Desk *d, Error *err) {
  Menu *m = &d->menu;
  const DeskCatalog *cat;
  if (d->host.catalog(d->host.ud, &cat, err) < 0)
    return -1;
  menu_free(m);
  m->cat = cat;
  list_init(&m->list, (int)cat->nentries);
  collect_filters(m);
  m->best = xcalloc(cat->nentries + 1, sizeof *m->best);
  m->assigned = xcalloc(cat->nentries + 1, sizeof *m->assigned);
  m->crit = m->tag = 0;
  m->best_for[0] = 1; /* forces compute_best */
  refresh(d);
  return 0;
}

static void start_selected(Desk *d) {
  int i = list_selected(&d->menu.list);
  if (i < 0)
    return;
  const DeskEntry *e = &d->menu.cat->entries[i];
  Error err;
  if (!e->scenario)
    desk_say(d, "Cannot load: %s", e->error ? e->error : "?");
  else if (desk_start(d, e->path, &err) < 0)
    desk_say(d, "%s", err.msg);
}

/* Left/right on a choice control. */
static void change(Desk *d, int dir) {
  Menu *m = &d->menu;
  if (m->control == MENU_MODE)
    d->mode = d->mode == DESK_PRACTICE ? DESK_ASSESSMENT : DESK_PRACTICE;
  if (m->control == MENU_CRIT)
    m->crit = (m->crit + dir + m->ncrits + 1) % (m->ncrits + 1);
  if (m->control == MENU_TAG)
    m->tag = (m->tag + dir + m->ntags + 1) % (m->ntags + 1);
  refresh(d);
}

/* Keys while an unfinished session is selected (F6): Up/Down, Enter recovers it and shows
 * its debrief, Esc goes back to the list. */
static int journal_key(Desk *d, SDL_Keycode s) {
  Menu *m = &d->menu;
  int n = m->cat->njournals > 3 ? 3 : (int)m->cat->njournals;
  Error err;
  if (s == SDLK_UP || s == SDLK_DOWN)
    m->jsel = (m->jsel + (s == SDLK_UP ? n - 1 : 1)) % n;
  else if (s == SDLK_ESCAPE || s == SDLK_TAB)
    m->jfocus = 0;
  else if (s == SDLK_RETURN || s == SDLK_KP_ENTER) {
    m->jfocus = 0;
    if (desk_recover(d, m->cat->journals[m->jsel], &err) < 0)
      desk_say(d, "Not recovered: %s", err.msg);
  } else
    return 0;
  return 1;
}

int menu_key(Desk *d, const SDL_KeyboardEvent *k) {
  Menu *m = &d->menu;
  SDL_Keycode s = k->keysym.sym;
  int shift = (k->keysym.mod & KMOD_SHIFT) != 0;
  if (m->jfocus && m->cat && m->cat->njournals)
    return journal_key(d, s);
  if (s == SDLK_F6 && m->cat && m->cat->njournals)
    return m->jfocus = 1, m->jsel = 0, 1;
  if (s == SDLK_RETURN || s == SDLK_KP_ENTER)
    return start_selected(d), 1;
  if (s == SDLK_TAB)
    return m->control = (m->control + (shift ? MENU_CONTROLS - 1 : 1)) % MENU_CONTROLS, 1;
  if (s >= SDLK_F2 && s <= SDLK_F5) {
    m->control = MENU_TRAINEE + (int)(s - SDLK_F2);
    if (m->control != MENU_TRAINEE)
      change(d, 1);
    return 1;
  }
  if (s == SDLK_ESCAPE) {
    if (m->list.filter[0])
      list_filter_clear(&m->list), refresh(d);
    else
      m->control = MENU_LIST;
    return 1;
  }
  if (m->control == MENU_TRAINEE && s != SDLK_UP && s != SDLK_DOWN && edit_key(&m->trainee, k))
    return refresh(d), 1;
  if (m->control >= MENU_MODE && (s == SDLK_LEFT || s == SDLK_RIGHT))
    return change(d, s == SDLK_LEFT ? -1 : 1), 1;
  if (m->control == MENU_LIST && s == SDLK_BACKSPACE)
    return list_filter_back(&m->list), refresh(d), 1;
  return list_key(&m->list, s);
}

void menu_text(Desk *d, const char *text) {
  Menu *m = &d->menu;
  if (m->control == MENU_TRAINEE)
    edit_insert(&m->trainee, text);
  else if (m->control == MENU_LIST)
    list_filter_add(&m->list, text);
  refresh(d);
}

/* ---- drawing ---- */

static void control(Desk *d, SDL_Rect r, const char *label, const char *value, int which) {
  Ren *g = &d->g;
  int on = d->menu.control == which, pad = ren_px(g, 6);
  ren_panel(g, r, label);
  int lw = ren_text(g, FONT_SMALL, ren_colour(C_DIM), label, r.x,
                    r.y + (r.h - g->line_h[FONT_SMALL]) / 2, r.w / 3);
  SDL_Rect box = {r.x + lw + pad, r.y, r.w - lw - pad, r.h};
  if (which == MENU_TRAINEE) {
    edit_draw(g, &d->menu.trainee, box, on, "anonymous");
    return;
  }
  ren_fill(g, box, ren_colour(on ? C_SEL : C_BG));
  ren_box(g, box, ren_colour(on ? C_FOCUS : C_LINE), 1);
  char v[200];
  snprintf(v, sizeof v, "\xE2\x97\x82 %s \xE2\x96\xB8", value);
  ren_text(g, FONT_BODY, ren_colour(C_TEXT), v, box.x + pad, r.y + (r.h - g->line_h[FONT_BODY]) / 2,
           box.w - 2 * pad);
}

static void draw_controls(Desk *d, SDL_Rect r) {
  Menu *m = &d->menu;
  int gap = ren_px(&d->g, 12), w = (r.w - 3 * gap) / 4;
  control(d, (SDL_Rect){r.x, r.y, w, r.h}, "F2 Trainee", NULL, MENU_TRAINEE);
  control(d, (SDL_Rect){r.x + (w + gap), r.y, w, r.h}, "F3 Mode",
          d->mode == DESK_PRACTICE ? "practice" : "assessment", MENU_MODE);
  control(d, (SDL_Rect){r.x + 2 * (w + gap), r.y, w, r.h}, "F4 Criterion",
          m->crit ? m->crits[m->crit - 1] : "all", MENU_CRIT);
  control(d, (SDL_Rect){r.x + 3 * (w + gap), r.y, r.w - 3 * (w + gap), r.h}, "F5 Tag",
          m->tag ? m->tags[m->tag - 1] : "all", MENU_TAG);
}

/* "12: CC38 1.1 1.2 ... CC39 1.2": the criteria with each unit named once. */
static void criteria_short(const Scenario *sc, char *buf, size_t n) {
  size_t len = (size_t)snprintf(buf, n, "%zu:", sc->criteria.len);
  const char *unit = "";
  for (size_t k = 0; k < sc->criteria.len && len + 16 < n; k++) {
    const char *c = sc->criteria.v[k], *dash = strchr(c, '-');
    size_t ul = dash ? (size_t)(dash - c) : 0;
    if (dash && !(strncmp(unit, c, ul) == 0 && unit[ul] == '-')) {
      len += (size_t)snprintf(buf + len, n - len, " %.*s", (int)ul, c);
      unit = c;
    }
    len += (size_t)snprintf(buf + len, n - len, " %s", dash ? dash + 1 : c);
  }
}

typedef struct Cols {
  int title, level, diff, crit, best;
} Cols;

static void columns(Desk *d, int w, Cols *c) {
  Ren *g = &d->g;
  c->best = ren_px(g, 90), c->level = ren_px(g, 64), c->diff = ren_px(g, 84);
  c->crit = w * 26 / 100;
  c->title = w - c->best - c->level - c->diff - c->crit;
}

static void entry_row(Desk *d, int i, int pos, SDL_Rect r, int sel) {
  Ren *g = &d->g;
  Menu *m = &d->menu;
  (void)pos;
  const DeskEntry *e = &m->cat->entries[i];
  const Scenario *sc = e->scenario;
  Cols c;
  columns(d, r.w, &c);
  int pad = ren_px(g, 6), ty = r.y + (r.h - g->line_h[FONT_BODY]) / 2, x = r.x + pad;
  if (!sc) {
    ren_text(g, FONT_BODY, ren_colour(C_BAD), e->path, x, ty, r.w - 2 * pad);
    return;
  }
  int bw = m->assigned[i] ? desk_badge(d, x, r.y + (r.h - g->line_h[FONT_BOLD] - ren_px(g, 4)) / 2,
                                       "ASSIGNED", ren_colour(C_ACCENT), ren_colour(C_BG)) +
                                pad
                          : 0;
  ren_text(g, sel ? FONT_BOLD : FONT_BODY, ren_colour(C_TEXT), sc->title, x + bw, ty,
           c.title - 2 * pad - bw);
  x = r.x + c.title;
  ren_text(g, FONT_BODY, ren_colour(C_TEXT), sc->level ? sc->level : "", x, ty, c.level - pad);
  x += c.level;
  char dots[40] = "";
  for (int k = 1; k <= 5; k++)
    strcat(dots, k <= sc->difficulty ? "\xE2\x97\x8F" : "\xE2\x97\x8B");
  ren_text(g, FONT_BODY, ren_colour(C_WARN), dots, x, ty, c.diff - pad);
  x += c.diff;
  char crit[300];
  criteria_short(sc, crit, sizeof crit);
  ren_text(g, FONT_SMALL, ren_colour(C_DIM), crit, x, r.y + (r.h - g->line_h[FONT_SMALL]) / 2,
           c.crit - pad);
  char best[32] = "\xE2\x80\x94";
  if (m->best[i] >= 0)
    snprintf(best, sizeof best, "%.1f%%", m->best[i]);
  ren_text_right(g, FONT_BOLD, ren_colour(m->best[i] >= 0 ? C_GOOD : C_DIM), best, r.x + r.w - pad,
                 ty, c.best - pad);
}

/* The trainee's assignments at the foot of the list, with how far each is met. Returns the
 * height used. */
/* Journals of sessions cut short, with the command that recovers them. Returns the height. */
static int draw_journals(Desk *d, SDL_Rect in) {
  Ren *g = &d->g;
  const DeskCatalog *c = d->menu.cat;
  int n = c->njournals > 3 ? 3 : (int)c->njournals, lh = g->line_h[FONT_SMALL] + ren_px(g, 2);
  int pad = ren_px(g, 6), h = n ? n * lh + 2 * pad : 0, y = in.y + in.h - h + pad;
  if (!n)
    return 0;
  ren_fill(g, (SDL_Rect){in.x, in.y + in.h - h, in.w, h}, ren_colour(C_HINT_BG));
  for (int k = 0; k < n; k++, y += lh) {
    char line[600];
    int on = d->menu.jfocus && d->menu.jsel == k;
    if (on)
      ren_fill(g, (SDL_Rect){in.x, y - ren_px(g, 1), in.w, lh}, ren_colour(C_SEL));
    snprintf(line, sizeof line,
             "\xE2\x9A\xA0 Unfinished session: incidesk recover %s  \xC2\xB7 %s", c->journals[k],
             on ? "Enter recovers it here, Esc back" : "F6 to recover it here");
    ren_text(g, FONT_SMALL, ren_colour(C_WARN), line, in.x + pad, y, in.w - 2 * pad);
  }
  return h;
}

static int draw_assignments(Desk *d, SDL_Rect in) {
  Ren *g = &d->g;
  const DeskCatalog *c = d->menu.cat;
  int n = 0, lh = g->line_h[FONT_SMALL] + ren_px(g, 2), pad = ren_px(g, 6);
  for (size_t a = 0; a < c->nassignments; a++)
    n += str_eq(c->assignments[a].trainee, desk_trainee(d));
  if (!n)
    return 0;
  if (n > 5)
    n = 5;
  int h = (n + 1) * lh + 2 * pad, y = in.y + in.h - h + pad;
  ren_fill(g, (SDL_Rect){in.x, in.y + in.h - h, in.w, h}, ren_colour(C_PANEL_HI));
  char line[1400];
  snprintf(line, sizeof line, "Assignments for %s", desk_trainee(d));
  ren_text(g, FONT_BOLD, ren_colour(C_ACCENT), line, in.x + pad, y, in.w - 2 * pad);
  for (size_t a = 0, k = 0; a < c->nassignments && (int)k < n; a++) {
    const DeskAssignment *as = &c->assignments[a];
    if (!str_eq(as->trainee, desk_trainee(d)))
      continue;
    double best = -1;
    for (size_t r = 0; r < c->nrecords; r++)
      if ((!as->scenario || str_eq(c->records[r].scenario, as->scenario)) &&
          str_eq(c->records[r].trainee, as->trainee) && c->records[r].percent > best)
        best = c->records[r].percent;
    int done = as->done;
    char bs[600] = "not tried";
    if (done && as->record) /* a completed assignment links to its record */
      snprintf(bs, sizeof bs, "done: %s", as->record);
    else if (best >= 0)
      snprintf(bs, sizeof bs, "best %.1f%%", best);
    char what[200];
    if (as->scenario)
      snprintf(what, sizeof what, "%s%s%s", as->scenario, as->criterion ? " for " : "",
               as->criterion ? as->criterion : "");
    else
      snprintf(what, sizeof what, "practise %s", as->criterion ? as->criterion : "");
    snprintf(line, sizeof line, "%s %s: %s, at least %.0f%%%s%s \xC2\xB7 %d of %d %s \xC2\xB7 %s%s%s",
             done ? "\xE2\x9C\x93" : "\xE2\x80\xA2", what, as->mode ? as->mode : "any mode",
             as->min_percent, as->due ? ", due " : "", as->due ? as->due : "", as->targets_done,
             as->targets, as->state ? as->state : "", bs, as->note ? " \xC2\xB7 " : "",
             as->note ? as->note : "");
    y += lh;
    ren_text(g, FONT_SMALL, ren_colour(done ? C_GOOD : C_TEXT), line, in.x + pad, y,
             in.w - 2 * pad);
    k++;
  }
  return h;
}

static void draw_list(Desk *d, SDL_Rect r) {
  Ren *g = &d->g;
  Menu *m = &d->menu;
  SDL_Rect in =
      desk_panel(d, r, "Scenarios", "\xE2\x86\x91\xE2\x86\x93 choose \xC2\xB7 Enter start",
                 m->control == MENU_LIST);
  Cols c;
  columns(d, in.w, &c);
  int pad = ren_px(g, 6), hy = in.y;
  static const char *const heads[] = {"Scenario", "Level", "Difficulty", "Criteria"};
  int xs[] = {in.x + pad, in.x + c.title, in.x + c.title + c.level,
              in.x + c.title + c.level + c.diff};
  int ws[] = {c.title - pad, c.level, c.diff, c.crit};
  for (int k = 0; k < 4; k++)
    ren_text(g, FONT_SMALL, ren_colour(C_DIM), heads[k], xs[k], hy, ws[k] - pad);
  ren_text_right(g, FONT_SMALL, ren_colour(C_DIM), "Best", in.x + in.w - pad, hy, c.best);
  int top = g->line_h[FONT_SMALL] + ren_px(g, 4);
  if (m->list.filter[0]) {
    char f[120];
    snprintf(f, sizeof f, "Filter: %s", m->list.filter);
    ren_text_right(g, FONT_SMALL, ren_colour(C_WARN), f, in.x + in.w - c.best - pad, hy, c.crit);
  }
  int foot = draw_journals(d, in);
  foot += draw_assignments(d, (SDL_Rect){in.x, in.y, in.w, in.h - foot});
  SDL_Rect area = {in.x, in.y + top, in.w, in.h - top - foot};
  if (!m->list.nvis) {
    ren_text(g, FONT_BODY, ren_colour(C_DIM),
             m->cat->nentries ? "No scenario matches the filters." : "No scenarios found.",
             area.x + pad, area.y + pad, area.w - 2 * pad);
    return;
  }
  desk_list(d, &m->list, area, m->control == MENU_LIST, entry_row);
}

static int detail_line(Desk *d, SDL_Rect in, int y, Font f, Colour c, const char *s, int lines) {
  return desk_para(d, in, y, f, c, s, lines);
}

static void draw_detail(Desk *d, SDL_Rect r) {
  Menu *m = &d->menu;
  SDL_Rect in = desk_panel(d, r, "About this scenario", NULL, 0);
  int i = list_selected(&m->list);
  if (i < 0)
    return;
  const DeskEntry *e = &m->cat->entries[i];
  const Scenario *sc = e->scenario;
  int y = in.y;
  if (!sc) {
    detail_line(d, in, y, FONT_BODY, C_BAD, e->error ? e->error : "cannot load", 8);
    return;
  }
  char buf[600];
  y = detail_line(d, in, y, FONT_HEAD, C_TEXT, sc->title, 2);
  snprintf(buf, sizeof buf, "%s \xC2\xB7 %s \xC2\xB7 difficulty %d of 5 \xC2\xB7 procedure %s",
           sc->id, sc->level ? sc->level : "", sc->difficulty, sc->procedure);
  y = detail_line(d, in, y, FONT_SMALL, C_DIM, buf, 2);
  if (sc->summary)
    y = detail_line(d, in, y, FONT_BODY, C_TEXT, sc->summary, 6);
  if (m->assigned[i]) {
    const DeskAssignment *a = &m->cat->assignments[m->assigned[i] - 1];
    snprintf(buf, sizeof buf, "Assigned: %s mode, at least %.0f%%%s%s%s%s",
             a->mode ? a->mode : "any", a->min_percent, a->due ? ", due " : "",
             a->due ? a->due : "", a->note ? ". " : "", a->note ? a->note : "");
    y = detail_line(d, in, y, FONT_BOLD, C_ACCENT, buf, 3);
  }
  if (m->best[i] >= 0)
    snprintf(buf, sizeof buf, "Best so far for %s: %.1f%%", desk_trainee(d), m->best[i]);
  else
    snprintf(buf, sizeof buf, "No saved record yet for %s", desk_trainee(d));
  y = detail_line(d, in, y, FONT_BOLD, m->best[i] >= 0 ? C_GOOD : C_DIM, buf, 1);
  for (size_t k = 0; k < sc->criteria.len; k++) {
    const Criterion *c = criteria_find(sc->criteria.v[k]);
    snprintf(buf, sizeof buf, "%s  %s", sc->criteria.v[k], c ? c->text : "");
    y = detail_line(d, in, y, FONT_SMALL, C_TEXT, buf, 1);
  }
  buf[0] = 0;
  for (size_t k = 0; k < sc->tags.len && strlen(buf) < 500; k++)
    snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s#%s",
             k ? "  " : "Tags: ", sc->tags.v[k]);
  if (buf[0])
    detail_line(d, in, y, FONT_SMALL, C_DIM, buf, 2);
}

void menu_draw(Desk *d) {
  Ren *g = &d->g;
  Menu *m = &d->menu;
  if (!m->cat)
    return;
  int pad = ren_px(g, 10), W = g->w, H = g->h;
  int top_h = g->line_h[FONT_BIG] + ren_px(g, 16), ctl_h = desk_row_h(d) + ren_px(g, 4);
  int keys_h = g->line_h[FONT_SMALL] + ren_px(g, 10);
  SDL_Rect top = {0, 0, W, top_h};
  ren_fill(g, top, ren_colour(C_PANEL_HI));
  ren_panel(g, top, "title");
  int tw = ren_text(g, FONT_BIG, ren_colour(C_ACCENT), "Incident Desk", pad, ren_px(g, 8), W / 2);
  char sub[300];
  snprintf(sub, sizeof sub,
           "Contact-centre incident handling \xC2\xB7 %zu scenarios in %s \xC2\xB7 records in %s",
           m->cat->nentries, m->cat->folder ? m->cat->folder : "?",
           m->cat->records_folder ? m->cat->records_folder : "?");
  ren_text(g, FONT_SMALL, ren_colour(C_DIM), sub, 2 * pad + tw,
           top_h - g->line_h[FONT_SMALL] - ren_px(g, 10), W - 3 * pad - tw);
  draw_controls(d, (SDL_Rect){pad, top_h + pad, W - 2 * pad, ctl_h});
  int by = top_h + 2 * pad + ctl_h, bh = H - by - keys_h - pad;
  int lw = (W - 3 * pad) * 63 / 100;
  draw_list(d, (SDL_Rect){pad, by, lw, bh});
  draw_detail(d, (SDL_Rect){2 * pad + lw, by, W - 3 * pad - lw, bh});
  desk_key_help(d, (SDL_Rect){0, H - keys_h, W, keys_h},
                "\xE2\x86\x91\xE2\x86\x93 choose \xC2\xB7 type to filter \xC2\xB7 Enter start "
                "\xC2\xB7 Tab or F2\xE2\x80\x93"
                "F5 controls \xC2\xB7 \xE2\x86\x90\xE2\x86\x92 change \xC2\xB7 Ctrl+Q quit");
}
