/* action.h - the action model: every trainee input, from the desk or a file, is an Action.
 *
 * An action has a simulated time, a type and up to three arguments: a main id (`arg`: the
 * question, phrase, field, code, unit ...), a second string (`value`: a log value, free
 * text or a channel) and a list of ids (`list`: briefing items or tasks). Which JSON member
 * holds each argument is given by action_arg_key, action_value_key and action_list_key,
 * the one table both the reader and the writer use. In a shift, any action may also name
 * the incident it concerns (`incident`).
 */
#ifndef INCIDESK_ACTION_H
#define INCIDESK_ACTION_H

#include <stddef.h>
#include <stdint.h>

typedef enum ActionType {
  ACT_ANSWER,
  ACT_ASK,
  ACT_SAY,
  ACT_LOG,
  ACT_CLASSIFY,
  ACT_PRIORITISE,
  ACT_VALIDITY,
  ACT_DISPATCH,
  ACT_BRIEF,
  ACT_INSTRUCT,
  ACT_STATUS,
  ACT_STAND_DOWN,
  ACT_CONTACT,
  ACT_ADVISE,
  ACT_ESCALATE,
  ACT_COMPLAINT,
  ACT_KNOWLEDGE,
  ACT_CLOSE,
  /* the supervisor's shift (docs/shift.md) */
  ACT_TAKE,
  ACT_REVIEW,
  ACT_CORRECT,
  ACT_TALK,
  ACT_AGREE_AREA,
  ACT_AGREE_SUPPORT,
  ACT_IMPROVE,
  ACT_COUNT
} ActionType;

typedef struct Action {
  int64_t t_ms;
  ActionType type;
  char *arg;   /* owned; NULL if none */
  char *value; /* owned; NULL if none */
  char **list; /* owned array of owned strings; NULL if none */
  size_t nlist;
  char *incident; /* owned; the shift's incident it concerns ("incident" member), or NULL */
  int line; /* line in the actions file it came from, 0 if none */
} Action;

typedef struct ActionList {
  Action *v;
  size_t len, cap;
} ActionList;

const char *action_type_name(ActionType t);
/* 0 and *out set if name is an action type, else -1. */
int action_type_parse(const char *name, ActionType *out);
/* JSON member of the main argument, or NULL if the type takes none. */
const char *action_arg_key(ActionType t);
/* JSON member of the second string argument, or NULL. */
const char *action_value_key(ActionType t);
/* JSON member of the list argument, or NULL. */
const char *action_list_key(ActionType t);
/* 1 if the main argument is required for this type. */
int action_arg_required(ActionType t);

/* Deep copy of src into dst (dst's old contents are not freed). */
void action_copy(Action *dst, const Action *src);
void action_clear(Action *a);
/* Appends a deep copy of a. */
void actions_push(ActionList *l, const Action *a);
/* Stable sort by t_ms: ties keep file order. */
void actions_sort(ActionList *l);
void actions_free(ActionList *l);

#endif
