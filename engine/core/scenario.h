/* scenario.h - a scenario as plain data: metadata, town map, resources, caller, events.
 *
 * Built by engine/script from a Lua file (or by tests by hand); read by the simulation.
 * All fields are public. Every string and array is owned by the Scenario and freed by
 * scenario_free. `line` fields hold the line of the declaration in `file` (0 if none), so
 * later checks can point an author at the right place.
 */
#ifndef INCIDESK_SCENARIO_H
#define INCIDESK_SCENARIO_H

#include <stddef.h>
#include <stdint.h>

/* A fact id and its value (or a line key and its text). */
typedef struct KV {
  char *key;
  char *value;
} KV;

typedef struct KVList {
  KV *v;
  size_t len;
} KVList;

/* Value for key, or NULL. */
const char *kv_get(const KVList *l, const char *key);
/* Sets key to value (copies both), replacing an existing value. Keeps keys sorted. */
void kv_set(KVList *l, const char *key, const char *value);
void kv_free(KVList *l);

typedef struct StrList {
  char **v;
  size_t len;
} StrList;
void strlist_push(StrList *l, const char *s); /* copies s */
int strlist_has(const StrList *l, const char *s);
void strlist_free(StrList *l);

typedef struct Place {
  char *id, *name;
  double x, y; /* km */
  int line;
} Place;

typedef enum UnitStatus {
  UNIT_AVAILABLE,
  UNIT_DISPATCHED,
  UNIT_EN_ROUTE,
  UNIT_ON_SCENE,
  UNIT_RETURNING,
  UNIT_UNAVAILABLE
} UnitStatus;
const char *unit_status_name(UnitStatus s);
/* 0 and *out set if name is a status name, else -1. */
int unit_status_parse(const char *name, UnitStatus *out);
/* 1 if a unit in this status is committed to an incident: dispatched, en route or on scene. */
int unit_status_committed(UnitStatus s);

typedef struct Unit {
  char *id, *type, *name, *base, *channel;
  double speed_kmh;
  int turnout_s;
  UnitStatus status; /* at the start of the session */
  int line;
} Unit;

typedef struct Caller {
  char *name, *kind, *location;
  int agitation;       /* 0..100 at the start */
  int patience_s;      /* hangs up after this long with nothing said to the caller */
  int ring_patience_s; /* hangs up if not answered in this time */
  KVList truth;        /* fact -> value */
  KVList told;         /* facts volunteered in the opening line */
  KVList says;         /* line key (fact id or situation) -> words */
  int line;
} Caller;

typedef struct ScenarioEvent {
  int64_t at_ms;     /* when it fires, or -1 for a conditional event */
  int when_ref;      /* engine/script's handle of the `when` function, or -1 */
  KVList facts;      /* truth changes */
  int told;          /* the caller volunteers the new facts */
  char *say;         /* the caller's words, or NULL */
  int agitation;     /* added to the caller's agitation */
  char *unit;        /* a unit whose status changes, or NULL */
  UnitStatus status; /* its new status */
  char *report;      /* the unit's report, or NULL */
  int hangup;        /* the caller hangs up */
  int line;
} ScenarioEvent;

/* A knowledge question for the "understand" criteria: a choice (answer: 1-based index into
 * choices) or an ordering (order: the right order as 1-based indexes into items). */
typedef struct Knowledge {
  char *id, *criterion, *text, *explain;
  StrList choices, items;
  int answer;
  int *order;
  size_t norder;
  int line;
} Knowledge;

/* An incident referred by a colleague, with the decisions they made. */
typedef struct Referral {
  char *by, *code, *priority, *note;
  int line;
} Referral;

/* A shift (docs/shift.md): the supervisor's session over several incidents. */
typedef struct Shift {
  int duration_s, compression;
  char *briefing;
  int line;
} Shift;

/* An incident a colleague refers to the supervisor, with what they decided. */
typedef struct ShiftIncident {
  char *id, *title, *place, *colleague, *log;
  int64_t at_ms;
  KVList truth;
  char *code, *priority, *escalated; /* escalated: a level, or NULL */
  StrList asked, advice;
  int line;
} ShiftIncident;

/* A call-taker working the shift with the supervisor. */
typedef struct Colleague {
  char *id, *name, *role;
  char *need;      /* the area they need support in, or NULL */
  StrList support; /* the support types that fit the need */
  KVList says;     /* topic -> words */
  int line;
} Colleague;

/* A contact that queues for the supervisor: a query or a complaint about an incident. */
typedef struct ShiftContact {
  char *id, *kind, *incident, *caller, *says;
  int64_t at_ms;
  int patience_s;
  int line;
} ShiftContact;

/* An action to improve the team, for one area. */
typedef struct Improvement {
  char *id, *area, *text;
  int line;
} Improvement;

typedef struct Scenario {
  char *file;    /* path it was loaded from */
  char *sha256;  /* hex digest of the file's bytes */
  char *id, *version, *title, *procedure, *level, *summary;
  int difficulty;
  StrList criteria, tags;
  int line; /* of the scenario{} declaration */
  Place *places;
  size_t nplaces;
  Unit *units;
  size_t nunits;
  Caller caller;
  int has_caller;
  ScenarioEvent *events;
  size_t nevents;
  Knowledge *knowledge;
  size_t nknowledge;
  Referral referral;
  int has_referral;
  Shift shift;
  int is_shift; /* a shift {} was declared: no caller, incidents instead */
  ShiftIncident *incidents;
  size_t nincidents;
  Colleague *colleagues;
  size_t ncolleagues;
  ShiftContact *contacts;
  size_t ncontacts;
  Improvement *improvements;
  size_t nimprovements;
  struct ScenarioIndex *index; /* lookups by id, built by scenario_index once loaded */
} Scenario;

/* Builds the lookup index of places, units, incidents, contacts and colleagues by id, so
 * that the lookups below take log time (a long shift has hundreds of each). Call once the
 * scenario is complete; adding to it afterwards needs another call. Returns NULL, or the
 * kind ("place", "resource", ...) of an id declared twice, with the line of its later
 * declaration in *dup_line (the earliest such line of all). */
const char *scenario_index(Scenario *s, int *dup_line);

/* Frees everything the scenario owns and the scenario itself; s may be NULL. */
void scenario_free(Scenario *s);
const Place *scenario_place(const Scenario *s, const char *id);
const Unit *scenario_unit(const Scenario *s, const char *id);
const Knowledge *scenario_knowledge(const Scenario *s, const char *id);
/* Index of unit id, or -1. */
int scenario_unit_index(const Scenario *s, const char *id);
/* Index of a shift's incident, contact or colleague by id, or -1. */
int scenario_incident_index(const Scenario *s, const char *id);
int scenario_contact_index(const Scenario *s, const char *id);
int scenario_colleague_index(const Scenario *s, const char *id);
const Improvement *scenario_improvement(const Scenario *s, const char *id);

/* The areas of a shift's results (docs/shift.md) and the support types. */
extern const char *const shift_areas[];
extern const size_t shift_narea;
extern const char *const shift_supports[];
extern const size_t shift_nsupport;
/* Index of an area or support type, or -1. */
int shift_area_index(const char *area);
int shift_support_index(const char *support);
/* 1 if the support type fits the area by default. */
int shift_support_fits(const char *support, const char *area);

#endif
