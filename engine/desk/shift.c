/* shift.c - the supervisor screen of a shift (docs/shift.md): the incident board, the
 * resource board, the contact queue and the colleagues, and every supervisor's input turned
 * into an action through play_act. Keys:
 *   F1 incidents: R review, C correct (decision, then value), X close the incident
 *   F2 resources: D dispatch to the incident selected, B brief, I instruct, S status,
 *      X stand down
 *   F3 queue: T (or Enter) take, P say a phrase, K a complaint step, A advice, W write free
 *      words (Enter says them, Esc cancels), X close
 *   F4 colleagues: T talk (topic), A agree the area, S agree the support
 *   Tab next panel, F9 pause, F10 speed (practice), F12 end the shift, Esc leave. */
#include <stdio.h>
#include <string.h>

#include "desk_internal.h"

static const char *const decisions[] = {"priority", "code", "question", "advice", "escalation"};
static const char *const decision_texts[] = {
    "Priority: the priority it should have", "Code: the incident code it should have",
    "Question: a key question to go back and ask", "Advice: advice to withdraw",
    "Escalation: a level to escalate to"};

static int referred(const void *ud, int i, const char *f) {
  (void)f;
  return sim_incident(ud, (size_t)i).state != INCIDENT_PENDING;
}

static int arrived(const void *ud, int i, const char *f) {
  (void)f;
  return sim_contact(ud, (size_t)i).state != CONTACT_PENDING;
}

void super_begin(Desk *d) {
  Play *p = &d->play;
  ShiftDesk *sh = &p->sh;
  sh->on = 1;
  list_init(&sh->incidents, (int)p->sc->nincidents);
  list_init(&sh->contacts, (int)p->sc->ncontacts);
  list_init(&sh->colleagues, (int)p->sc->ncolleagues);
  list_init(&sh->improve, (int)p->sc->nimprovements + 1);
  sh->ticked = xcalloc(p->sc->nimprovements + 1, sizeof *sh->ticked);
}

void super_free(Play *p) {
  ShiftDesk *sh = &p->sh;
  if (!sh->on)
    return;
  list_free(&sh->incidents), list_free(&sh->contacts), list_free(&sh->colleagues);
  list_free(&sh->improve);
  free(sh->ticked);
  shift_results_free(sh->results);
  memset(sh, 0, sizeof *sh);
}

void super_refresh(Desk *d) {
  Play *p = &d->play;
  ShiftDesk *sh = &p->sh;
  list_refresh(&sh->incidents, (int)p->sc->nincidents, referred, p->sim);
  list_refresh(&sh->contacts, (int)p->sc->ncontacts, arrived, p->sim);
  list_refresh(&sh->colleagues, (int)p->sc->ncolleagues, NULL, NULL);
  list_refresh(&sh->improve, (int)p->sc->nimprovements + 1, NULL, NULL);
}

int super_selected_incident(const Play *p) { return list_selected(&p->sh.incidents); }

/* The id of the incident selected, or NULL (and the trainee told). */
static const char *incident_id(Desk *d) {
  int i = super_selected_incident(&d->play);
  if (i < 0) {
    desk_say(d, "No incident selected (F1)");
    return NULL;
  }
  return d->play.sc->incidents[i].id;
}

static void pick_open(Desk *d, ActionType act, const char *arg, const char *title) {
  modal_open(&d->play, MODAL_PICK, act, arg, title);
}

static void pick_done(Desk *d) {
  Modal *m = &d->play.modal;
  list_refresh(&m->list, m->n, NULL, NULL);
  if (!m->n)
    m->kind = MODAL_NONE, desk_say(d, "Nothing to choose from");
}

void super_pick_value(Desk *d, const char *decision) {
  Play *p = &d->play;
  const Procedure *pr = p->p;
  const char *id = incident_id(d);
  if (!id)
    return;
  char title[200];
  snprintf(title, sizeof title, "Correct the %s of %s", decision, id);
  pick_open(d, ACT_CORRECT, decision, title);
  snprintf(p->modal.incident, sizeof p->modal.incident, "%s", id);
  if (strcmp(decision, "priority") == 0)
    for (size_t i = 0; i < pr->npriorities; i++)
      modal_add(p, pr->priorities[i].id, pr->priorities[i].label, 0);
  else if (strcmp(decision, "question") == 0)
    for (size_t i = 0; i < pr->nquestions; i++)
      modal_add(p, pr->questions[i].id, pr->questions[i].text, 0);
  else {
    const NamedList *l = strcmp(decision, "code") == 0     ? &pr->codes
                         : strcmp(decision, "advice") == 0 ? &pr->advice
                                                           : &pr->levels;
    for (size_t i = 0; i < l->len; i++)
      modal_add(p, l->v[i].id, l->v[i].text, 0);
    if (l == &pr->levels) /* undoes an escalation the procedure did not call for */
      modal_add(p, "none", "No escalation: withdraw the colleague's", 0);
  }
  pick_done(d);
}

static void incidents_act(Desk *d, SDL_Keycode s) {
  Play *p = &d->play;
  const char *id = incident_id(d);
  if (!id)
    return;
  char title[200];
  if (s == SDLK_r || s == SDLK_RETURN || s == SDLK_KP_ENTER) {
    p->sh.act_incident = id;
    play_act(d, ACT_REVIEW, NULL, NULL, NULL, 0);
  } else if (s == SDLK_c) {
    snprintf(title, sizeof title, "Correct a decision on %s", id);
    pick_open(d, ACT_CORRECT, NULL, title);
    for (int i = 0; i < 5; i++)
      modal_add(p, decisions[i], decision_texts[i], 0);
    pick_done(d);
  } else {
    snprintf(title, sizeof title, "Close incident %s?", id);
    call_open_confirm(d, ACT_CLOSE, NULL, title,
                      "Its units are released. Enter closes it, Esc goes back.");
    snprintf(p->modal.incident, sizeof p->modal.incident, "%s", id);
  }
}

static int incidents_key(Desk *d, SDL_Keycode s) {
  if (s == SDLK_r || s == SDLK_c || s == SDLK_x || s == SDLK_RETURN || s == SDLK_KP_ENTER)
    return incidents_act(d, s), 1;
  return list_key(&d->play.sh.incidents, s);
}

static int units_key(Desk *d, SDL_Keycode s) {
  Play *p = &d->play;
  int u = list_selected(&p->units);
  if (u < 0)
    return list_key(&p->units, s);
  const char *id = p->sc->units[u].id;
  if (s == SDLK_d || s == SDLK_RETURN || s == SDLK_KP_ENTER) {
    p->sh.act_incident = incident_id(d);
    if (p->sh.act_incident)
      play_act(d, ACT_DISPATCH, id, NULL, NULL, 0);
  } else if (s == SDLK_b || s == SDLK_i)
    call_open_checklist(d, s == SDLK_b ? ACT_BRIEF : ACT_INSTRUCT);
  else if (s == SDLK_s || s == SDLK_x)
    play_act(d, s == SDLK_s ? ACT_STATUS : ACT_STAND_DOWN, id, NULL, NULL, 0);
  else
    return list_key(&p->units, s);
  return 1;
}

static void contact_pick(Desk *d, ActionType act) {
  Play *p = &d->play;
  const Procedure *pr = p->p;
  pick_open(d, act, NULL,
            act == ACT_SAY         ? "Say to the contact"
            : act == ACT_COMPLAINT ? "Complaint step"
                                   : "Advice to the contact");
  if (act == ACT_SAY)
    for (size_t i = 0; i < pr->nphrases; i++)
      modal_add(p, pr->phrases[i].id, pr->phrases[i].text, 0);
  else if (act == ACT_COMPLAINT)
    for (size_t i = 0; i < pr->ncomplaint_steps; i++)
      modal_add(p, pr->complaint_steps[i].id, pr->complaint_steps[i].text, 0);
  else
    for (size_t i = 0; i < pr->advice.len; i++)
      modal_add(p, pr->advice.v[i].id, pr->advice.v[i].text, 0);
  pick_done(d);
}

static int queue_key(Desk *d, SDL_Keycode s) {
  Play *p = &d->play;
  int c = list_selected(&p->sh.contacts), cur = sim_current_contact(p->sim);
  if (s == SDLK_p || s == SDLK_k || s == SDLK_a) {
    contact_pick(d, s == SDLK_p ? ACT_SAY : s == SDLK_k ? ACT_COMPLAINT : ACT_ADVISE);
    return 1;
  }
  if (s == SDLK_w) {
    p->sh.typing = 1;
    edit_clear(&p->say);
    return 1;
  }
  if (s == SDLK_x) {
    if (cur < 0)
      desk_say(d, "No contact taken");
    else
      play_act(d, ACT_CLOSE, p->sc->contacts[cur].id, NULL, NULL, 0);
    return 1;
  }
  if ((s == SDLK_t || s == SDLK_RETURN || s == SDLK_KP_ENTER) && c >= 0) {
    play_act(d, ACT_TAKE, p->sc->contacts[c].id, NULL, NULL, 0);
    return 1;
  }
  return list_key(&p->sh.contacts, s);
}

static int colleagues_key(Desk *d, SDL_Keycode s) {
  Play *p = &d->play;
  int c = list_selected(&p->sh.colleagues);
  if (c < 0 || (s != SDLK_t && s != SDLK_a && s != SDLK_s && s != SDLK_RETURN))
    return list_key(&p->sh.colleagues, s);
  const Colleague *col = &p->sc->colleagues[c];
  char title[200];
  ActionType act = s == SDLK_a ? ACT_AGREE_AREA : s == SDLK_s ? ACT_AGREE_SUPPORT : ACT_TALK;
  snprintf(title, sizeof title, "%s %s",
           act == ACT_TALK         ? "Talk with"
           : act == ACT_AGREE_AREA ? "Agree the area of support with"
                                   : "Agree the type of support with",
           col->name ? col->name : col->id);
  pick_open(d, act, col->id, title);
  if (act == ACT_TALK)
    modal_add(p, "general", "General: how the shift is going", 0);
  if (act == ACT_AGREE_SUPPORT)
    for (size_t i = 0; i < shift_nsupport; i++)
      modal_add(p, shift_supports[i], shift_supports[i], 0);
  else
    for (size_t i = 0; i < 6; i++)
      modal_add(p, shift_areas[i], shift_areas[i], 0);
  pick_done(d);
  return 1;
}

static int escape(Desk *d) {
  call_open_confirm(d, ACT_COUNT, NULL, "Leave this shift?",
                    "The session ends without a score or a record. Enter leaves, Esc stays.");
  return 1;
}

/* Free words to the contact: Enter says them, Esc cancels; other keys edit the line. */
static int typing_key(Desk *d, const SDL_KeyboardEvent *k) {
  Play *p = &d->play;
  SDL_Keycode s = k->keysym.sym;
  if (s == SDLK_ESCAPE) {
    p->sh.typing = 0;
    return 1;
  }
  if (s == SDLK_RETURN || s == SDLK_KP_ENTER) {
    p->sh.typing = 0;
    if (p->say.len)
      play_act(d, ACT_SAY, NULL, p->say.text, NULL, 0);
    edit_clear(&p->say);
    return 1;
  }
  return edit_key(&p->say, k);
}

void super_text(Desk *d, const char *text) {
  if (d->play.sh.typing)
    edit_insert(&d->play.say, text);
}

int super_key(Desk *d, const SDL_KeyboardEvent *k) {
  ShiftDesk *sh = &d->play.sh;
  SDL_Keycode s = k->keysym.sym;
  if (sh->typing && (s < SDLK_F1 || s > SDLK_F12)) /* function keys still work */
    return typing_key(d, k);
  int back = (k->keysym.mod & KMOD_SHIFT) != 0;
  if (s >= SDLK_F1 && s <= SDLK_F4)
    return sh->focus = (ShiftFocus)(s - SDLK_F1), 1;
  if (s == SDLK_TAB)
    return sh->focus = (ShiftFocus)((sh->focus + (back ? S_COUNT - 1 : 1)) % S_COUNT), 1;
  if (s == SDLK_F9 || s == SDLK_F10)
    return call_clock_key(d, s);
  if (s == SDLK_F12) {
    call_open_confirm(d, ACT_CLOSE, NULL, "End the shift?",
                      "The shift ends and its results follow (not before its time is up). "
                      "Enter ends it, Esc goes back.");
    return 1;
  }
  if (s == SDLK_ESCAPE)
    return escape(d);
  switch (sh->focus) {
  case S_INCIDENTS:
    return incidents_key(d, s);
  case S_UNITS:
    return units_key(d, s);
  case S_QUEUE:
    return queue_key(d, s);
  default:
    return colleagues_key(d, s);
  }
}

/* Selects the row of l at (x, y). 1 if there was one. */
static int hit(List *l, int x, int y) {
  int k = list_hit(l, x, y);
  if (k >= 0)
    l->sel = k;
  return k >= 0;
}

void super_click(Desk *d, int x, int y, int clicks) {
  Play *p = &d->play;
  ShiftDesk *sh = &p->sh;
  ShiftFocus f = hit(&sh->incidents, x, y)    ? S_INCIDENTS
                 : hit(&p->units, x, y)       ? S_UNITS
                 : hit(&sh->contacts, x, y)   ? S_QUEUE
                 : hit(&sh->colleagues, x, y) ? S_COLLEAGUES
                                              : S_COUNT;
  if (f == S_COUNT)
    return;
  sh->focus = f;
  if (clicks >= 2) { /* a double click acts as Enter: review, dispatch, take, talk */
    SDL_KeyboardEvent k;
    SDL_zero(k);
    k.keysym.sym = SDLK_RETURN;
    super_key(d, &k);
  }
}
