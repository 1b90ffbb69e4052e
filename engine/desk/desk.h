/* desk.h - the trainee's desk: an SDL2 + SDL2_ttf call-taking and dispatch screen.
 *
 * Screens: the menu (scenarios with level, difficulty, criteria and best score; filters by
 * criterion and tag; practice or assessment; trainee id; assignments), the call (incoming
 * call with its answer timer, transcript, questions, phrases, complaint steps, advice,
 * partners, incident log, map and resources), the knowledge check after the call (the
 * scenario's questions for the "understand" criteria) and the debrief (score, critical
 * items, items by category, timeline, criteria evidenced). A shift scenario (docs/shift.md)
 * shows the supervisor screen in the call's place (incident board, incident detail, resource
 * board, contact queue and transcript, colleagues, the shift clock at the scenario's
 * compression), then the shift's results with the improvements to choose, then the same
 * knowledge check and debrief.
 *
 * The desk never changes a session except through the action model: every input becomes an
 * Action stamped with the simulated time and goes to sim_apply; time passes only through
 * sim_advance. It reads the session through the Sim accessors. Loading scenarios, reading
 * actions files and writing records (Lua and JSON work) are done by the host, a table of
 * callbacks that engine/app provides, so this module links neither Lua nor cJSON.
 */
#ifndef INCIDESK_DESK_H
#define INCIDESK_DESK_H

#include <SDL.h>
#include <stdint.h>

#include "action.h"
#include "procedure.h"
#include "score.h"
#include "sim.h"
#include "util.h"

typedef enum DeskMode { DESK_PRACTICE, DESK_ASSESSMENT } DeskMode;
/* DESK_CALL is the call screen, or the supervisor screen when the scenario is a shift;
 * DESK_RESULTS is a shift's end-of-shift review (its results and the improvements to choose). */
typedef enum DeskScreen {
  DESK_MENU,
  DESK_CALL,
  DESK_KNOWLEDGE,
  DESK_DEBRIEF,
  DESK_RESULTS
} DeskScreen;

/* One scenario file of the catalogue; scenario is NULL (and error set) if it failed to load. */
typedef struct DeskEntry {
  const char *path;
  const Scenario *scenario;
  const char *error;
} DeskEntry;

/* What the menu needs of a saved record. */
typedef struct DeskRecordInfo {
  const char *scenario, *trainee, *mode, *ended;
  double percent;
  int passed;
} DeskRecordInfo;

/* A coach's assignment to one trainee (read from RECORDS/assignments.json if it exists):
 * one entry per assigned scenario, or one with scenario NULL for a criterion to practise in
 * any scenario that claims it. */
typedef struct DeskAssignment {
  const char *trainee, *scenario, *mode, *due, *note;
  double min_percent;
  const char *id;            /* the assignment's id ("A3") */
  const char *criterion;     /* a criterion to practise ("CC38-1.7"), or NULL */
  const char *record;        /* the record that completed this entry, or NULL */
  const char *state;         /* the assignment's: "not started", "started", "done", "overdue" */
  int done;                  /* 1 if this entry is completed */
  int targets_done, targets; /* the whole assignment: entries completed, of */
} DeskAssignment;

/* Everything the menu shows; owned by the host until the next catalog call or its end. */
typedef struct DeskCatalog {
  const DeskEntry *entries;
  size_t nentries;
  const DeskRecordInfo *records;
  size_t nrecords;
  const DeskAssignment *assignments;
  size_t nassignments;
  const char *const *journals; /* journals of unfinished sessions in the records folder */
  size_t njournals;
  const char *folder;         /* where the scenarios were found */
  const char *records_folder; /* where records are saved and read */
} DeskCatalog;

/* A loaded scenario with a new simulation at t = 0 (the call ringing), scenario triggers
 * attached. All owned by the host until unload or the next load. */
typedef struct DeskSession {
  const Scenario *scenario;
  const Procedure *procedure;
  Sim *sim;
  uint64_t seed;
} DeskSession;

/* Who and when, for the record of the loaded session. */
typedef struct DeskSave {
  const char *trainee, *mode, *started, *ended; /* ended: ISO 8601 UTC */
  uint64_t seed;
  const Score *score;
} DeskSave;

/* A session cut short, recovered from its journal into a record. */
typedef struct DeskRecovered {
  char record[512], scenario[512]; /* the record written; the scenario file it plays */
  uint64_t seed;
} DeskRecovered;

typedef struct DeskHost {
  void *ud;
  /* Reads the scenarios, saved records and assignments. 0, or -1 with err. */
  int (*catalog)(void *ud, const DeskCatalog **out, Error *err);
  /* Loads a scenario and its procedure, replacing any loaded session. 0, or -1 with err. */
  int (*load)(void *ud, const char *path, uint64_t seed, DeskSession *out, Error *err);
  /* Frees the loaded session. keep_journal: the session was cut short (the desk quit
   * mid-call), so its journal stays for `incidesk recover`; else it is removed. */
  void (*unload)(void *ud, int keep_journal);
  /* The session just loaded begins (who and when, score NULL): the host opens the journal
   * beside the record it will write. 0, or -1 with err (the session goes on unjournalled). */
  int (*begin)(void *ud, const DeskSave *s, Error *err);
  /* Appends an action to the journal and flushes it, before the desk applies it (a crash
   * loses at most the action in flight). 0, or -1 with err. */
  int (*journal)(void *ud, const Action *a, Error *err);
  /* Reads an actions file (or record), checked against the loaded session; appends to out. */
  int (*read_actions)(void *ud, const char *path, ActionList *out, Error *err);
  /* Writes the record of the loaded session atomically (the host's --out path, or a new
   * file in the records folder), then removes its journal; the path written goes to
   * path_out. 0, or -1 with err. unload removes a journal left unsaved. */
  int (*save)(void *ud, const DeskSave *s, char *path_out, size_t n, Error *err);
  /* Rebuilds the record of the session a journal (one of the catalogue's) left behind, as
   * `incidesk recover` does, saves it beside the journal and removes the journal. 0, or -1
   * with err (the journal is kept). NULL: the desk cannot recover. */
  int (*recover)(void *ud, const char *journal, DeskRecovered *out, Error *err);
} DeskHost;

typedef struct DeskConfig {
  const char *trainee; /* initial trainee id, or NULL */
  DeskMode mode;
  uint64_t seed;
  int autosave;         /* when the session ends, write the record: 1 always, 0 in assessment
                         * mode only, -1 never and keep no journal (screenshots) */
  const char *font_dir; /* NULL: /usr/share/fonts/truetype/dejavu */
} DeskConfig;

typedef struct Desk Desk;

/* A desk drawing with r (and reading the size and density of win, which may be NULL).
 * Both are borrowed. The host is borrowed and must outlive the desk. NULL with err. */
Desk *desk_new(SDL_Renderer *r, SDL_Window *win, const DeskHost *host, const DeskConfig *cfg,
               Error *err);
/* A desk drawing offscreen into its own w x h surface with the software renderer. */
Desk *desk_new_offscreen(int w, int h, const DeskHost *host, const DeskConfig *cfg, Error *err);
void desk_free(Desk *d);
/* The offscreen surface (ARGB8888), or NULL for a window desk. Owned by the desk. */
SDL_Surface *desk_surface(Desk *d);
/* Gives an offscreen desk a new size. 0, or -1 with err. */
int desk_resize(Desk *d, int w, int h, Error *err);

/* Shows the menu, reading the catalogue. 0, or -1 with err. */
int desk_open_menu(Desk *d, Error *err);
/* Loads a scenario and shows its call, ringing at t = 0. 0, or -1 with err. */
int desk_start(Desk *d, const char *scenario_path, Error *err);
/* Plays the actions with t_ms <= at_ms (all if at_ms < 0) into the session as if typed,
 * then advances to at_ms. A close among them ends the call: the knowledge check follows if
 * the scenario has questions (answered by the knowledge actions after it), then the debrief. */
int desk_replay(Desk *d, const ActionList *l, int64_t at_ms, Error *err);
/* Ends the running session now (a close action if the call is still open; unanswered
 * knowledge questions left unanswered) and shows the debrief. 0, or -1 with err. */
int desk_end_session(Desk *d, Error *err);
/* On the menu, selects the scenario with this path (clearing filters). 0, or -1 if absent. */
int desk_menu_select(Desk *d, const char *path);
/* Reads an actions file through the host, for desk_replay. */
int desk_read_actions(Desk *d, const char *path, ActionList *out, Error *err);

/* Handles one input event. */
void desk_event(Desk *d, const SDL_Event *e);
/* Lets dt_ms of wall time pass: the simulated clock moves by dt_ms times the speed (practice
 * mode may pause or speed up). */
void desk_update(Desk *d, int64_t dt_ms);
/* Draws a frame (not presented). 0, or -1 with err (fonts missing). */
int desk_draw(Desk *d, Error *err);
/* One frame of the interactive loop: handles pending SDL events, updates by dt_ms, draws
 * and presents. Returns 1 once the trainee has quit, -1 on error, else 0. */
int desk_step(Desk *d, int64_t dt_ms, Error *err);

DeskScreen desk_screen(const Desk *d);
/* The running session's simulation and procedure (NULL on the menu). */
const Sim *desk_sim(const Desk *d);
const Procedure *desk_procedure(const Desk *d);
/* The path of the last record saved, or "" if none. */
const char *desk_saved_path(const Desk *d);
/* The item selected in a panel's list (names as for desk_focus; the menu's list is
 * "scenarios"), or -1. */
int desk_selection(const Desk *d, const char *panel);
/* Puts the keyboard focus on a panel by name: questions, talk, advice, partners, log,
 * classify, resources; in a shift: incidents, resources, queue, colleagues. 0, or -1 if
 * there is no such panel. */
int desk_focus(Desk *d, const char *panel);

typedef struct DeskStats {
  unsigned long frames, rasterised, cache_hits, overflows;
  char overflow_what[200]; /* the first text drawn outside its panel */
} DeskStats;
void desk_stats(const Desk *d, DeskStats *out);
/* Where the panel with this title was drawn in the last frame (e.g. "Resources",
 * "Transcript", "Map", "Incident log", "caller", "Timeline"). 0, or -1 if not drawn. */
int desk_panel_rect(const Desk *d, const char *title, SDL_Rect *out);
/* The dialog open on the call screen: 0 none, else its kind (pick 1, tick 2, confirm 3). */
int desk_dialog(const Desk *d);

/* A finished record to show read-only: the session re-played from its scenario, seed and
 * actions (read through the host from record), with a timeline scrubber. verified: the
 * caller checked the record's digest (1 match, 0 shown as NOT VERIFIED). */
typedef struct DeskReplaySpec {
  const char *scenario, *record;
  uint64_t seed;
  int verified;
  int64_t at_ms; /* the cursor to start at */
} DeskReplaySpec;
/* Opens the replay: the call screen at the cursor and the replay panel below it. Keys:
 * Left/Right the previous/next event, action or item, Home/End, PgUp/PgDn 30 s, Esc quits;
 * a click on the timeline moves the cursor there. 0, or -1 with err. */
int desk_open_replay(Desk *d, const DeskReplaySpec *s, Error *err);
/* Moves the replay's cursor (clamped to the session) and rebuilds the call screen there. */
int desk_replay_seek(Desk *d, int64_t t_ms, Error *err);
/* The replay's cursor, or -1 if no replay is open; the number of items on its timeline. */
int64_t desk_replay_cursor(const Desk *d);
int desk_replay_items(const Desk *d);
/* Recovers a journal through the host (the record is written, the journal removed) and
 * shows the recovered session's debrief. On the menu: F6 selects an unfinished session,
 * Enter recovers it. 0, or -1 with err. */
int desk_recover(Desk *d, const char *journal, Error *err);
/* desk_run on a replay instead of the menu. */
int desk_run_replay(const DeskHost *host, const DeskConfig *cfg, const DeskReplaySpec *s,
                    Error *err);

/* Opens a resizable HiDPI window and runs the desk until the trainee quits: on the menu, or
 * straight into scenario_path if not NULL. 0, or -1 with err. */
int desk_run(const DeskHost *host, const DeskConfig *cfg, const char *scenario_path, Error *err);

#endif
