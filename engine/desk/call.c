/* call.c - the running session: loading it through the host, the clock, turning inputs into
 * actions, what the call screen derives from the simulation (question order, hints, log
 * fields filled by answers), and the end of the session. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "desk_internal.h"

static int max_int(int a, int b) { return a > b ? a : b; }

static void modal_alloc(Play *p) {
  const Procedure *pr = p->p;
  int cap = max_int((int)pr->codes.len, (int)pr->npriorities);
  cap = max_int(cap, max_int((int)pr->briefing_items.len, (int)pr->tasks.len));
  if (sim_is_shift(p->sim)) { /* the supervisor's dialogs: corrections, contacts, talks */
    cap = max_int(cap, max_int((int)pr->nquestions, (int)pr->advice.len));
    cap = max_int(cap, max_int((int)pr->levels.len, (int)pr->nphrases));
    cap = max_int(cap, (int)pr->ncomplaint_steps);
  }
  cap = max_int(cap, 8);
  p->modal.cap = cap;
  p->modal.ids = xcalloc((size_t)cap, sizeof *p->modal.ids);
  p->modal.texts = xcalloc((size_t)cap, sizeof *p->modal.texts);
  p->modal.checked = xcalloc((size_t)cap, sizeof *p->modal.checked);
  list_init(&p->modal.list, cap);
}

static void lists_alloc(Play *p) {
  const Procedure *pr = p->p;
  list_init(&p->questions, (int)pr->nquestions);
  list_init(&p->talk, (int)(pr->nphrases + pr->ncomplaint_steps) + 1);
  list_init(&p->kq, (int)p->sc->nknowledge);
  list_init(&p->advice, (int)pr->advice.len);
  list_init(&p->partners, (int)(pr->norgs + pr->levels.len));
  list_init(&p->log, LOG_FIELDS + (int)pr->nfields);
  list_init(&p->units, (int)p->sc->nunits);
  p->qorder = xcalloc(pr->nquestions + 1, sizeof *p->qorder);
  p->fields = xcalloc(pr->nfields + 1, sizeof *p->fields);
  p->from_answer = xcalloc(pr->nfields + 1, 1);
  modal_alloc(p);
}

int play_begin(Desk *d, const char *path, Error *err) {
  play_end(d, 0);
  debrief_free(&d->deb);
  Play *p = &d->play;
  if (d->host.load(d->host.ud, path, d->cfg.seed, &p->s, err) < 0)
    return -1;
  p->p = p->s.procedure;
  p->sc = p->s.scenario;
  p->sim = p->s.sim;
  p->running = 1;
  snprintf(p->path, sizeof p->path, "%s", path);
  p->speed = sim_is_shift(p->sim) && p->sc->shift.compression > 0 ? p->sc->shift.compression : 1;
  p->hint_q = -1;
  p->facts_seen = (size_t)-1;
  lists_alloc(p);
  if (sim_is_shift(p->sim))
    super_begin(d);
  desk_iso_now(p->started, sizeof p->started);
  d->saved[0] = 0;
  if (d->cfg.autosave >= 0) {
    DeskSave who = {desk_trainee(d), d->mode == DESK_PRACTICE ? "practice" : "assessment",
                    p->started,      NULL,
                    p->s.seed,       NULL};
    Error jerr;
    if (d->host.begin(d->host.ud, &who, &jerr) < 0)
      desk_say(d, "No journal for this session: %s", jerr.msg);
  }
  play_refresh(d);
  list_select(&p->log, LOG_FIELDS);
  return 0;
}

void play_end(Desk *d, int keep) {
  Play *p = &d->play;
  if (!p->running)
    return;
  d->host.unload(d->host.ud, keep);
  list_free(&p->questions), list_free(&p->talk), list_free(&p->advice);
  list_free(&p->partners), list_free(&p->log), list_free(&p->units), list_free(&p->kq);
  list_free(&p->modal.list);
  free(p->modal.ids), free(p->modal.texts), free(p->modal.checked);
  free(p->qorder), free(p->fields), free(p->from_answer);
  super_free(p);
  score_free(p->score);
  memset(p, 0, sizeof *p);
}

const char *play_known(const void *sim, const char *fact) { return sim_known(sim, fact); }

/* The last accepted action of type t (with arg, if not NULL), or NULL. */
static const Action *last_action(const Play *p, ActionType t, const char *arg) {
  for (size_t i = sim_action_count(p->sim); i-- > 0;) {
    const Action *a = sim_action(p->sim, i);
    if (a->type == t && sim_action_accepted(p->sim, i) && (!arg || str_eq(a->arg, arg)))
      return a;
  }
  return NULL;
}

int play_asked(const Play *p, const char *q) { return last_action(p, ACT_ASK, q) != NULL; }

const char *play_logged(const Play *p, const char *field) {
  const Action *a = last_action(p, ACT_LOG, field);
  return a ? a->value : NULL;
}

const char *play_last_arg(const Play *p, ActionType t) {
  const Action *a = last_action(p, t, NULL);
  return a ? a->arg : NULL;
}

static int question_index(const Procedure *pr, const char *id) {
  for (size_t i = 0; i < pr->nquestions; i++)
    if (strcmp(pr->questions[i].id, id) == 0)
      return (int)i;
  return -1;
}

static int in_order(const Play *p, int n, int q) {
  for (int k = 0; k < n; k++)
    if (p->qorder[k] == q)
      return 1;
  return 0;
}

/* Questions of the nodes on the path the known facts lead to first, then the others; the
 * hint is the first of the path not asked and not known. */
static void order_questions(Play *p) {
  const Procedure *pr = p->p;
  StrList path = {0};
  p->expect = procedure_walk(pr, play_known, p->sim, &path, 0);
  int n = 0;
  for (size_t i = 0; i < path.len; i++) {
    int q = question_index(pr, path.v[i]);
    if (q >= 0 && !in_order(p, n, q))
      p->qorder[n++] = q;
  }
  strlist_free(&path);
  p->nq_path = n;
  for (int q = 0; q < (int)pr->nquestions; q++)
    if (!in_order(p, n, q))
      p->qorder[n++] = q;
  p->hint_q = -1;
  for (int k = 0; k < p->nq_path && p->hint_q < 0; k++) {
    const Question *q = &pr->questions[p->qorder[k]];
    if (!play_asked(p, q->id) && !sim_known(p->sim, q->fact))
      p->hint_q = p->qorder[k];
  }
}

/* Log fields take the answers the caller gives, unless the trainee has typed in them. */
static void autofill(Play *p) {
  size_t n = sim_event_count(p->sim);
  for (size_t i = p->events_seen; i < n; i++) {
    const SimEvent *e = sim_event(p->sim, i);
    if (strcmp(e->kind, "fact") != 0 || !e->text || strcmp(e->text, "unknown") == 0)
      continue;
    for (size_t f = 0; f < p->p->nfields; f++) {
      const Field *fd = &p->p->fields[f];
      if (!fd->fact || strcmp(fd->fact, e->subject) != 0)
        continue;
      if (p->fields[f].len && !p->from_answer[f])
        continue;
      edit_set(&p->fields[f], e->text);
      p->fields[f].changed = 0;
      p->from_answer[f] = 1;
    }
  }
  p->events_seen = n;
}

static size_t fact_events(const Sim *sim) {
  size_t n = 0;
  for (size_t i = 0; i < sim_event_count(sim); i++)
    n += strcmp(sim_event(sim, i)->kind, "fact") == 0;
  return n;
}

static const char *question_text(const void *ud, int k) {
  const Play *p = ud;
  return p->p->questions[p->qorder[k]].text;
}

static int match_question(const void *ud, int k, const char *f) {
  return str_icontains(question_text(ud, k), f);
}

static int match_phrase(const void *ud, int i, const char *f) {
  const Play *p = ud;
  return i >= (int)p->p->nphrases || str_icontains(p->p->phrases[i].text, f);
}

int play_talk_rows(const Play *p) { return (int)(p->p->nphrases + p->p->ncomplaint_steps) + 1; }

static int match_advice(const void *ud, int i, const char *f) {
  const Play *p = ud;
  return str_icontains(p->p->advice.v[i].text, f);
}

void play_refresh(Desk *d) {
  Play *p = &d->play;
  if (!p->running)
    return;
  size_t facts = fact_events(p->sim);
  if (facts != p->facts_seen) {
    order_questions(p);
    p->facts_seen = facts;
  }
  if (p->events_seen != sim_event_count(p->sim))
    autofill(p);
  const Procedure *pr = p->p;
  list_refresh(&p->questions, (int)pr->nquestions, match_question, p);
  list_refresh(&p->talk, play_talk_rows(p), match_phrase, p);
  list_refresh(&p->kq, (int)p->sc->nknowledge, NULL, p);
  list_refresh(&p->advice, (int)pr->advice.len, match_advice, p);
  list_refresh(&p->partners, (int)(pr->norgs + pr->levels.len), NULL, p);
  list_refresh(&p->log, LOG_FIELDS + (int)pr->nfields, NULL, p);
  list_refresh(&p->units, (int)p->sc->nunits, NULL, p);
  if (p->sh.on)
    super_refresh(d);
}

static void stop_on_error(Desk *d, const Error *err) {
  d->play.paused = 2; /* the scenario failed: time stops */
  desk_say(d, "Stopped: %s", err->msg);
}

void play_update(Desk *d, int64_t dt_ms) {
  Play *p = &d->play;
  if (!p->running || p->score || p->paused)
    return;
  size_t before = sim_event_count(p->sim);
  Error err;
  if (sim_advance(p->sim, sim_now(p->sim) + dt_ms * p->speed, &err) < 0)
    stop_on_error(d, &err);
  if (sim_event_count(p->sim) != before)
    play_refresh(d);
}

/* Tells the trainee why the last action was refused, if it was. */
static void report_rejection(Desk *d) {
  const Sim *sim = d->play.sim;
  size_t n = sim_action_count(sim);
  if (!n || sim_action_accepted(sim, n - 1))
    return;
  for (size_t i = sim_event_count(sim); i-- > sim_action_mark(sim, n - 1);) {
    const SimEvent *e = sim_event(sim, i);
    if (strcmp(e->kind, "rejected") == 0) {
      desk_say(d, "Refused: %s", e->text ? e->text : "not possible now");
      return;
    }
  }
}

/* A logged value shows in its field (for actions replayed rather than typed). */
static void show_logged(Play *p, const Action *a) {
  for (size_t f = 0; f < p->p->nfields; f++)
    if (a->arg && a->value && strcmp(p->p->fields[f].id, a->arg) == 0 &&
        strcmp(p->fields[f].text, a->value) != 0) {
      edit_set(&p->fields[f], a->value);
      p->from_answer[f] = 0;
    }
}

int play_apply(Desk *d, const Action *a, Error *err) {
  Play *p = &d->play;
  if (d->host.journal(d->host.ud, a, err) < 0)
    return -1;
  if (sim_apply(p->sim, a, err) < 0)
    return -1;
  if (a->type == ACT_LOG)
    show_logged(p, a);
  if (a->type == ACT_CLOSE && d->screen == DESK_CALL &&
      (!p->sh.on || sim_call_state(p->sim) == CALL_CLOSED))
    play_closed(d);
  else if (a->type == ACT_IMPROVE && d->screen == DESK_RESULTS)
    play_after(d);
  else if (a->type == ACT_KNOWLEDGE && d->screen == DESK_KNOWLEDGE && play_all_known(p))
    play_score(d);
  else if (a->type == ACT_KNOWLEDGE && d->screen == DESK_KNOWLEDGE)
    knowledge_next(p);
  else
    play_refresh(d);
  return 0;
}

int play_all_known(const Play *p) {
  for (size_t i = 0; i < p->sc->nknowledge; i++)
    if (!last_action(p, ACT_KNOWLEDGE, p->sc->knowledge[i].id))
      return 0;
  return 1;
}

int play_act(Desk *d, ActionType t, const char *arg, const char *value, const char **list,
             size_t nlist) {
  Play *p = &d->play;
  if (!p->running || p->score)
    return -1;
  if (p->paused && d->screen == DESK_CALL) {
    desk_say(d,
             p->paused == 2 ? "The session has stopped (see the message)" : "Paused: F9 to go on");
    return -1;
  }
  Action a = {sim_now(p->sim), t,    (char *)arg, (char *)value, (char **)list, nlist,
              (char *)p->sh.act_incident, 0};
  p->sh.act_incident = NULL;
  DeskScreen was = d->screen;
  Error err;
  if (play_apply(d, &a, &err) < 0) {
    stop_on_error(d, &err);
    return -1;
  }
  if (t != ACT_KNOWLEDGE && d->screen == was) /* a close that ended the session is not refused */
    report_rejection(d);
  return 0;
}

void play_closed(Desk *d) {
  Play *p = &d->play;
  p->modal.kind = MODAL_NONE;
  if (p->sh.on) {
    results_open(d);
    return;
  }
  play_after(d);
}

void play_after(Desk *d) {
  Play *p = &d->play;
  if (p->sc->nknowledge && !play_all_known(p)) {
    d->screen = DESK_KNOWLEDGE;
    play_refresh(d);
    knowledge_next(p);
    return;
  }
  play_score(d);
}

void play_score(Desk *d) {
  Play *p = &d->play;
  p->score = score_session(p->p, p->sim);
  desk_iso_now(p->ended, sizeof p->ended);
  debrief_build(d);
  d->screen = DESK_DEBRIEF;
  if (d->cfg.autosave > 0 || (d->cfg.autosave == 0 && d->mode == DESK_ASSESSMENT))
    play_save(d);
}

int play_save(Desk *d) {
  Play *p = &d->play;
  if (!p->score)
    return -1;
  if (p->saved) {
    desk_say(d, "Already saved: %s", d->saved);
    return 0;
  }
  DeskSave s = {desk_trainee(d), d->mode == DESK_PRACTICE ? "practice" : "assessment",
                p->started,      p->ended,
                p->s.seed,       p->score};
  Error err;
  if (d->host.save(d->host.ud, &s, d->saved, sizeof d->saved, &err) < 0) {
    d->saved[0] = 0;
    desk_say(d, "Not saved: %s", err.msg);
    return -1;
  }
  p->saved = 1;
  desk_say(d, "Record saved: %s", d->saved);
  return 0;
}
