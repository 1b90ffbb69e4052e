/* procedure.h - the organisation's decision tree and the rules around it, as plain data.
 *
 * A Procedure is built by engine/script from a Lua file, then procedure_link resolves its
 * references. All fields are public and owned by the Procedure (procedure_free frees all).
 * `line` fields are the lines of the declarations in `file`, for error messages.
 */
#ifndef INCIDESK_PROCEDURE_H
#define INCIDESK_PROCEDURE_H

#include "scenario.h"
#include "sim.h"
#include "util.h"

typedef enum BranchTest { BR_EQUALS, BR_ONE_OF, BR_AT_LEAST, BR_UNKNOWN, BR_OTHERWISE } BranchTest;

/* One test of a fact; used by branches and escalation rules. */
typedef struct Branch {
  BranchTest test;
  char *fact;     /* NULL for BR_OTHERWISE */
  char *value;    /* BR_EQUALS */
  StrList values; /* BR_ONE_OF */
  double number;  /* BR_AT_LEAST */
  char *go;       /* branches: the next node's id */
  int go_index;   /* resolved by procedure_link */
  int line;
} Branch;

typedef struct Node {
  char *id;
  StrList ask; /* question ids */
  Branch *branches;
  size_t nbranches;
  char *outcome; /* a leaf names an outcome */
  int outcome_index;
  int line;
} Node;

typedef struct Question {
  char *id, *text, *fact, *field;
  int open;
  int line;
} Question;

typedef struct Fact {
  char *id, *text;
  StrList values; /* empty: free text or number */
  int line;
} Fact;

typedef struct Field {
  char *id, *label, *fact;
  int line;
} Field;

typedef struct Phrase {
  char *id, *text;
  PhraseKind kind;
  int line;
} Phrase;

/* An id with a text: codes, advice, resource types, briefing items, tasks, levels. */
typedef struct Named {
  char *id, *text;
  int line;
} Named;

typedef struct NamedList {
  Named *v;
  size_t len;
} NamedList;

typedef struct Priority {
  char *id, *label;
  int dispatch_target_s; /* 0: no target */
  int line;
} Priority;

typedef struct Organisation {
  char *id, *name, *preferred;
  StrList channels;
  int line;
} Organisation;

typedef struct Need {
  char *type;
  int count;
  StrList tasks;
} Need;

typedef struct Notify {
  char *org, *channel;
} Notify;

typedef struct ComplaintStep {
  char *id, *text;
  int order;
  int line;
} ComplaintStep;

typedef struct Outcome {
  char *id, *code, *priority, *validity;
  int complaint; /* handling it means taking every complaint step, in order */
  Need *needs;
  size_t nneeds;
  StrList briefing, advice, permitted, forbidden;
  Notify *notify;
  size_t nnotify;
  int line;
} Outcome;

typedef struct Escalation {
  char *id, *level;
  Branch test;
  int within_s;
  int line;
} Escalation;

typedef struct Procedure {
  char *file, *sha256;
  char *id, *version, *title, *organisation, *root;
  int answer_target_s, pass_percent;
  int compliance[4]; /* lowest percent of: high compliance, compliant, partial, low */
  int line;
  Question *questions;
  size_t nquestions;
  Fact *facts;
  size_t nfacts;
  Field *fields;
  size_t nfields;
  Phrase *phrases;
  size_t nphrases;
  Node *nodes;
  size_t nnodes;
  Outcome *outcomes;
  size_t noutcomes;
  Escalation *escalations;
  size_t nescalations;
  Priority *priorities;
  size_t npriorities;
  Organisation *orgs;
  size_t norgs;
  ComplaintStep *complaint_steps; /* sorted by order after procedure_link */
  size_t ncomplaint_steps;
  NamedList codes, advice, resource_types, briefing_items, tasks, levels;
  StrList jargon;
  int root_index;
  /* Filled by procedure_link for the simulation. */
  SimRules rules;
  SimQuestion *sim_questions;
  SimPhrase *sim_phrases;
} Procedure;

void procedure_free(Procedure *p);

/* Resolves and checks every reference (node ids, question ids, outcome ids, codes,
 * priorities, resource types, advice, organisations, levels) and fills p->rules.
 * 0, or -1 with err naming the file and line of the declaration at fault. */
int procedure_link(Procedure *p, Error *err);

const Question *procedure_question(const Procedure *p, const char *id);
const Fact *procedure_fact(const Procedure *p, const char *id);
const Outcome *procedure_outcome(const Procedure *p, const char *id);
const Priority *procedure_priority(const Procedure *p, const char *id);
const Organisation *procedure_org(const Procedure *p, const char *id);
const Named *named_find(const NamedList *l, const char *id);

/* The value of a fact, or NULL if it is not known. */
typedef const char *(*FactLookup)(const void *ud, const char *fact);
/* A FactLookup over a KVList of facts (ud is the const KVList *). */
const char *procedure_kv_lookup(const void *kvlist, const char *fact);

/* 1 if the test holds for the facts given. A fact not known matches only BR_UNKNOWN
 * (and BR_OTHERWISE); the value "unknown" counts as not known. */
int branch_matches(const Branch *b, FactLookup look, const void *ud);

/* Walks the tree from the root on the facts given. Returns the outcome reached, or NULL
 * if a node falls through all its branches or the walk loops. If asked is not NULL, the
 * ids of the questions of every node visited are appended to it (each once).
 * strict: the walk also fails (NULL) where it would pass a branch on a fact that was never
 * learned (look gives NULL) and that is not an `unknown` test: the decision there needs a
 * fact nobody asked for. (A fact learned as "unknown" counts as known.) */
const Outcome *procedure_walk(const Procedure *p, FactLookup look, const void *ud,
                              StrList *asked, int strict);
/* As procedure_walk; if tested is not NULL, the facts of the branches it tested on the way
 * (each once) are appended to it: the facts the decisions on that path depend on. */
const Outcome *procedure_walk_tested(const Procedure *p, FactLookup look, const void *ud,
                                     StrList *asked, StrList *tested, int strict);

/* A finding of `check`: "FILE:LINE: message". */
typedef struct Findings {
  StrList v;
} Findings;

/* Sweeps every branch: unreachable nodes, paths that end without an outcome, loops, facts
 * tested that no question elicits, questions never asked by any node. Appends findings. */
void procedure_check(const Procedure *p, Findings *out);

/* Checks a scenario against its procedure: truth values outside a fact's declared values,
 * a truth that leads to no outcome, resource types the procedure does not know, criteria
 * that are not criteria codes. Appends findings. */
void procedure_check_scenario(const Procedure *p, const Scenario *s, Findings *out);

#endif
