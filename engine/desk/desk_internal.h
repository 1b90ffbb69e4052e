/* desk_internal.h - the desk's state shared by its screens (not part of its contract). */
#ifndef INCIDESK_DESK_INTERNAL_H
#define INCIDESK_DESK_INTERNAL_H

#include "desk.h"
#include "edit.h"
#include "list.h"
#include "ren.h"
#include "shift_results.h"

/* Panels of the call screen that take the keyboard. */
typedef enum Focus { F_QUESTIONS, F_TALK, F_ADVICE, F_PARTNERS, F_LOG, F_RESOURCES, F_COUNT } Focus;

typedef enum ModalKind { MODAL_NONE, MODAL_PICK, MODAL_CHECK, MODAL_CONFIRM } ModalKind;

/* A dialog over the call: pick one choice, tick several, or confirm. Confirming makes the
 * action `act` with `arg` (and the choice: a value, a list in the order ticked, or the main
 * argument). */
typedef struct Modal {
  ModalKind kind;
  ActionType act;
  char arg[128];
  char title[200], body[600];
  char incident[128];        /* a shift: the incident the action names, or "" */
  const char **ids, **texts; /* choices; strings borrowed from the procedure */
  int *checked;              /* 0 not ticked, else the order it was ticked in (1, 2, ...) */
  int n, cap;
  List list;
} Modal;

/* Panels of the supervisor screen that take the keyboard. */
typedef enum ShiftFocus { S_INCIDENTS, S_UNITS, S_QUEUE, S_COLLEAGUES, S_COUNT } ShiftFocus;

/* The supervisor screen of a shift (shift.c) and its end-of-shift review (results.c). The
 * lists hold scenario indices: incidents referred, contacts arrived, colleagues. */
typedef struct ShiftDesk {
  int on; /* the session is a shift */
  ShiftFocus focus;
  int typing; /* W in the queue: free words to the contact go into the play's say line */
  List incidents, contacts, colleagues;
  const char *act_incident; /* the incident the next play_act names (borrowed), or NULL */
  ShiftResults *results;    /* once the shift has ended */
  List improve;             /* the scenario's improvements, then the text line */
  int *ticked;              /* per improvement: ticked */
  Edit text;                /* an action written by the trainee */
} ShiftDesk;

/* Rows of the log panel before the fields. */
enum { LOG_CODE, LOG_PRIORITY, LOG_VALIDITY, LOG_FIELDS };

/* The running session as the call screen sees it. */
typedef struct Play {
  DeskSession s;
  const Procedure *p;
  const Scenario *sc;
  Sim *sim;
  char path[512];
  int running;       /* a session is loaded */
  int paused, speed; /* practice: pause, x1 x2 x4 x8 */
  Focus focus;
  Focus tab; /* which of questions / talk / advice / partners the box shows */
  List questions, talk, advice, partners, log, units;
  int *qorder;           /* question indices in display order */
  int nq_path;           /* the first nq_path of qorder are on the current path */
  int hint_q;            /* question index hinted, or -1 */
  const Outcome *expect; /* outcome on the facts known now, or NULL */
  size_t facts_seen;     /* fact events when the order was computed */
  size_t events_seen;    /* events looked at for autofill */
  Edit say;
  char jargon[160];           /* practice: jargon in the say line */
  Edit *fields;               /* one per procedure field */
  unsigned char *from_answer; /* field text came from an answer, not typed */
  Modal modal;
  int scroll;         /* transcript: entries scrolled back */
  List kq;            /* knowledge questions (after the call) */
  SDL_Rect tabs;      /* where the tabs were drawn, for the mouse */
  char korder[16][8]; /* an ordering question: the item numbers typed so far */
  int nkorder;
  Score *score; /* once closed */
  char started[32], ended[32];
  int saved;
  ShiftDesk sh;
} Play;

enum { MENU_LIST, MENU_TRAINEE, MENU_MODE, MENU_CRIT, MENU_TAG, MENU_CONTROLS };

typedef struct Menu {
  const DeskCatalog *cat;
  List list;
  Edit trainee;
  int control;
  const char **crits, **tags; /* distinct criteria and tags of the catalogue (borrowed) */
  int ncrits, ntags;
  int crit, tag;     /* 0: all, k: crits[k - 1] */
  double *best;      /* per entry for the trainee, -1 if none */
  int *assigned;     /* per entry: an assignment for the trainee (index + 1), 0 */
  char best_for[64]; /* trainee the best scores were computed for */
  int jfocus, jsel;  /* F6: an unfinished session (journal) is selected, which */
} Menu;

typedef struct DebRow {
  int item; /* score item, or -1 for a heading */
  const char *heading;
  int critical; /* in the critical section */
} DebRow;

typedef struct Debrief {
  DebRow *rows;
  int nrows, sel, top;
  char heading[200];
} Debrief;

/* A finished record shown read-only (replay.c): the call at the cursor, rebuilt from the
 * record's actions; the items of the whole session on the timeline. */
typedef struct Replay {
  int active, verified;
  char scenario[512], record[512];
  ActionList actions; /* the record's */
  Score *score;       /* of the whole session */
  int64_t *stops;     /* event, action and item times, sorted, unique */
  size_t nstops;
  int64_t end, cursor;
  SDL_Rect axis; /* where the timeline was drawn, for the mouse */
} Replay;

struct Desk {
  SDL_Renderer *r;
  SDL_Window *win;
  SDL_Surface *surface; /* offscreen target, owned */
  int own_renderer;
  Ren g;
  DeskHost host;
  DeskConfig cfg;
  DeskMode mode;
  DeskScreen screen;
  Menu menu;
  Play play;
  Debrief deb;
  int64_t wall_ms;
  char msg[300];
  int64_t msg_until;
  char saved[512];
  int quit;
  int eat_text; /* the text event of a key just used as a command is dropped */
  unsigned long frames;
  Replay rp;
};

/* desk.c */
void desk_say(Desk *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *desk_trainee(const Desk *d);
/* A panel: background, title bar (with a focus outline) and the text area set for checks.
 * Returns the area inside, below the title. */
SDL_Rect desk_panel(Desk *d, SDL_Rect r, const char *title, const char *key, int focused);
int desk_row_h(const Desk *d);
/* Output pixels per window point (HiDPI); 1 offscreen. */
float desk_density(const Desk *d);
void desk_key_help(Desk *d, SDL_Rect r, const char *help);
/* A paragraph wrapped to in.w at y, in at most `lines` lines, fewer (the last cut with an
 * ellipsis) if the room left in `in` is less. Returns the y below it (and a gap). */
int desk_para(Desk *d, SDL_Rect in, int y, Font f, Colour c, const char *s, int lines);
/* Draws the rows of a list that fit in area (scrolling it), the selection, and a scroll
 * bar when not all rows fit; row draws the content of one row. Returns the rows shown. */
typedef void (*DeskRowFn)(Desk *d, int item, int pos, SDL_Rect r, int selected);
int desk_list(Desk *d, List *l, SDL_Rect area, int focused, DeskRowFn row);
/* A small box with a word, e.g. a mode badge; returns its width. */
int desk_badge(Desk *d, int x, int y, const char *word, SDL_Color bg, SDL_Color fg);
void desk_time(char *buf, size_t n, int64_t ms); /* "m:ss" */
SDL_Color desk_status_colour(UnitStatus s);
const char *desk_status_word(UnitStatus s); /* "available", "en route" ... */
void desk_iso_now(char *buf, size_t n);

/* menu.c */
int menu_build(Desk *d, Error *err);
void menu_free(Menu *m);
int menu_key(Desk *d, const SDL_KeyboardEvent *k);
void menu_text(Desk *d, const char *text);
void menu_draw(Desk *d);

/* call.c: the session */
int play_begin(Desk *d, const char *path, Error *err);
/* Ends the session. keep: it was cut short and its journal stays for recovery. */
void play_end(Desk *d, int keep);
void play_update(Desk *d, int64_t dt_ms);
/* Applies an action stamped now. 0, or -1 (shown to the trainee) if the session failed. */
int play_act(Desk *d, ActionType t, const char *arg, const char *value, const char **list,
             size_t nlist);
int play_apply(Desk *d, const Action *a, Error *err);
void play_refresh(Desk *d);
/* After the close action: the knowledge check if there are questions, else play_score. */
void play_closed(Desk *d);
/* The knowledge check if there are questions left, else play_score. */
void play_after(Desk *d);
/* Scores the session and shows the debrief (saving the record if configured). */
void play_score(Desk *d);
int play_all_known(const Play *p); /* every knowledge question answered */
/* Rows of the talk list: the phrases, the complaint steps, then the free-text line. */
int play_talk_rows(const Play *p);
int play_save(Desk *d);
/* Facts known now, as a FactLookup for procedure_walk. */
const char *play_known(const void *sim, const char *fact);
int play_asked(const Play *p, const char *question);
const char *play_logged(const Play *p, const char *field);
const char *play_last_arg(const Play *p, ActionType t);

/* mouse.c: a click selects (a double click also acts, as Enter); the wheel scrolls */
void desk_mouse(Desk *d, const SDL_Event *e);

/* call_input.c */
int call_key(Desk *d, const SDL_KeyboardEvent *k);
void call_text(Desk *d, const char *text);
void modal_open(Play *p, ModalKind kind, ActionType act, const char *arg, const char *title);
void modal_add(Play *p, const char *id, const char *text, int checked);
/* Opens the brief (ACT_BRIEF) or instruct tick list for the unit selected. */
void call_open_checklist(Desk *d, ActionType act);
void call_open_confirm(Desk *d, ActionType act, const char *arg, const char *title,
                       const char *body);
/* F9 and F10: pause and speed in practice mode. */
int call_clock_key(Desk *d, SDL_Keycode s);

/* call_draw.c and call_panels.c */
void call_draw(Desk *d);
void call_draw_log(Desk *d, SDL_Rect r);
void call_draw_map(Desk *d, SDL_Rect r);
void call_draw_units(Desk *d, SDL_Rect r);
void call_draw_modal(Desk *d);

/* shift.c (super_): the supervisor screen's state, keys and mouse */
void super_begin(Desk *d);
void super_free(Play *p);
void super_refresh(Desk *d);
int super_key(Desk *d, const SDL_KeyboardEvent *k);
void super_text(Desk *d, const char *text);
void super_click(Desk *d, int x, int y, int clicks);
/* The incident selected on the board (scenario index), or -1. */
int super_selected_incident(const Play *p);
/* After the correction's decision was picked: the dialog of its values. */
void super_pick_value(Desk *d, const char *decision);

/* super_draw.c */
void super_draw(Desk *d);

/* results.c: the end of a shift */
void results_open(Desk *d);
int results_key(Desk *d, const SDL_KeyboardEvent *k);
void results_text(Desk *d, const char *text);
void results_draw(Desk *d);

/* knowledge.c */
int knowledge_key(Desk *d, const SDL_KeyboardEvent *k);
/* Selects the first question not answered yet. */
void knowledge_next(Play *p);
void knowledge_draw(Desk *d);

/* debrief.c */
int debrief_build(Desk *d);
void debrief_free(Debrief *b);
int debrief_key(Desk *d, const SDL_KeyboardEvent *k);
void debrief_draw(Desk *d);
void debrief_timeline(Desk *d, SDL_Rect r);

/* replay.c */
void replay_free(Replay *rp);
int replay_key(Desk *d, const SDL_KeyboardEvent *k);
int replay_click(Desk *d, int x, int y); /* 1 if the click was on the timeline */
int replay_bar_h(const Desk *d);         /* height of the replay panel, 0 if not replaying */
void replay_draw(Desk *d);

#endif
