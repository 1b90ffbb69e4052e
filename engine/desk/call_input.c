/* call_input.c - the keyboard on the call screen: panel keys, dialogs, and every input
 * turned into an action through play_act. */
#include <stdio.h>
#include <string.h>

#include "desk_internal.h"

static const char *const verdicts[] = {"genuine", "hoax", "duplicate", "non_emergency"};
static const char *const verdict_texts[] = {"Genuine call", "Hoax or malicious call",
                                            "Duplicate of a call already taken",
                                            "Not an emergency"};

void modal_open(Play *p, ModalKind kind, ActionType act, const char *arg, const char *title) {
  Modal *m = &p->modal;
  m->kind = kind;
  m->act = act;
  snprintf(m->arg, sizeof m->arg, "%s", arg ? arg : "");
  snprintf(m->title, sizeof m->title, "%s", title);
  m->body[0] = m->incident[0] = 0;
  m->n = 0;
  memset(m->checked, 0, (size_t)m->cap * sizeof *m->checked);
  list_filter_clear(&m->list);
  m->list.sel = m->list.top = m->list.nvis = 0;
}

void modal_add(Play *p, const char *id, const char *text, int checked) {
  Modal *m = &p->modal;
  if (m->n >= m->cap)
    return;
  m->ids[m->n] = id;
  m->texts[m->n] = text;
  m->checked[m->n++] = checked;
}

static int match_choice(const void *ud, int i, const char *f) {
  const Modal *m = ud;
  return str_icontains(m->ids[i], f) || str_icontains(m->texts[i], f);
}

/* Filters the choices; a choice whose id is the filter exactly is selected. */
static void modal_refresh(Modal *m) {
  list_refresh(&m->list, m->n, match_choice, m);
  for (int k = 0; k < m->list.nvis && m->list.filter[0]; k++)
    if (str_ieq(m->ids[m->list.vis[k]], m->list.filter))
      m->list.sel = k;
}

static void open_pick(Desk *d, int row) {
  Play *p = &d->play;
  const Procedure *pr = p->p;
  if (row == LOG_CODE) {
    modal_open(p, MODAL_PICK, ACT_CLASSIFY, NULL, "Incident code");
    for (size_t i = 0; i < pr->codes.len; i++)
      modal_add(p, pr->codes.v[i].id, pr->codes.v[i].text, 0);
  } else if (row == LOG_PRIORITY) {
    modal_open(p, MODAL_PICK, ACT_PRIORITISE, NULL, "Priority");
    for (size_t i = 0; i < pr->npriorities; i++)
      modal_add(p, pr->priorities[i].id, pr->priorities[i].label, 0);
  } else {
    modal_open(p, MODAL_PICK, ACT_VALIDITY, NULL, "Validity of the call");
    for (int i = 0; i < 4; i++)
      modal_add(p, verdicts[i], verdict_texts[i], 0);
  }
  modal_refresh(&p->modal);
}

void call_open_checklist(Desk *d, ActionType act) {
  Play *p = &d->play;
  int u = list_selected(&p->units);
  if (u < 0)
    return;
  const Unit *unit = &p->sc->units[u];
  char title[200];
  snprintf(title, sizeof title, "%s %s (%s): tick with Space",
           act == ACT_BRIEF ? "Brief" : "Instruct", unit->id, unit->name ? unit->name : unit->type);
  modal_open(p, MODAL_CHECK, act, unit->id, title);
  const NamedList *l = act == ACT_BRIEF ? &p->p->briefing_items : &p->p->tasks;
  for (size_t i = 0; i < l->len; i++)
    modal_add(p, l->v[i].id, l->v[i].text, 0);
  modal_refresh(&p->modal);
}

void call_open_confirm(Desk *d, ActionType act, const char *arg, const char *title,
                       const char *body) {
  modal_open(&d->play, MODAL_CONFIRM, act, arg, title);
  snprintf(d->play.modal.body, sizeof d->play.modal.body, "%s", body);
}

static void open_channels(Desk *d, const Organisation *o) {
  Play *p = &d->play;
  char title[200];
  snprintf(title, sizeof title, "Inform %s by", o->name);
  modal_open(p, MODAL_PICK, ACT_CONTACT, o->id, title);
  for (size_t i = 0; i < o->channels.len; i++) {
    const char *c = o->channels.v[i];
    modal_add(p, c, strcmp(c, "voice") == 0 ? "Voice call" : "Data message", 0);
  }
  const char *code = play_last_arg(p, ACT_CLASSIFY), *pri = play_last_arg(p, ACT_PRIORITISE);
  const Named *cn = code ? named_find(&p->p->codes, code) : NULL;
  const char *where = p->p->nfields ? play_logged(p, p->p->fields[0].id) : NULL;
  snprintf(p->modal.body, sizeof p->modal.body, "Message: %s%s%s, priority %s, at %s.",
           code ? code : "incident not yet classified", cn ? ", " : "", cn ? cn->text : "",
           pri ? pri : "not set", where ? where : "location not yet logged");
  modal_refresh(&p->modal);
}

/* Confirms the dialog: the action it stands for. */
static void modal_confirm(Desk *d) {
  Play *p = &d->play;
  Modal *m = &p->modal;
  int i = list_selected(&m->list);
  ModalKind kind = m->kind;
  m->kind = MODAL_NONE;
  if (m->incident[0]) /* a shift's action that names its incident */
    d->play.sh.act_incident = m->incident;
  if (kind == MODAL_PICK && i >= 0) {
    if (m->act == ACT_CORRECT && !m->arg[0]) { /* the decision picked: now its value */
      d->play.sh.act_incident = NULL;
      super_pick_value(d, m->ids[i]);
    } else if (m->act == ACT_CORRECT || m->act == ACT_TALK || m->act == ACT_AGREE_AREA ||
               m->act == ACT_AGREE_SUPPORT) {
      play_act(d, m->act, m->arg, m->ids[i], NULL, 0);
    } else if (m->act == ACT_CONTACT)
      play_act(d, ACT_CONTACT, m->arg, m->ids[i], NULL, 0);
    else
      play_act(d, m->act, m->ids[i], NULL, NULL, 0);
  } else if (kind == MODAL_CHECK) {
    const char *chosen[64];
    size_t n = 0;
    for (int order = 1; order <= m->n && n < 64; order++) /* in the order ticked */
      for (int k = 0; k < m->n; k++)
        if (m->checked[k] == order)
          chosen[n++] = m->ids[k];
    if (!n) {
      m->kind = kind;
      desk_say(d, "Tick at least one with Space");
      return;
    }
    play_act(d, m->act, m->arg, NULL, chosen, n);
  } else if (kind == MODAL_CONFIRM) {
    if (m->act == ACT_COUNT)
      desk_open_menu(d, NULL);
    else
      play_act(d, m->act, m->arg[0] ? m->arg : NULL, NULL, NULL, 0);
  }
  d->play.sh.act_incident = NULL;
}

/* Ticks item i last, or unticks it (the later ticks move up). */
static void toggle(Modal *m, int i) {
  if (i < 0)
    return;
  int was = m->checked[i], most = 0;
  for (int k = 0; k < m->n; k++) {
    if (was && m->checked[k] > was)
      m->checked[k]--;
    if (m->checked[k] > most)
      most = m->checked[k];
  }
  m->checked[i] = was ? 0 : most + 1;
}

static int modal_key(Desk *d, const SDL_KeyboardEvent *k) {
  Modal *m = &d->play.modal;
  SDL_Keycode s = k->keysym.sym;
  if (s == SDLK_ESCAPE || (m->kind == MODAL_CONFIRM && s == SDLK_n)) {
    m->kind = MODAL_NONE;
    return 1;
  }
  if (s == SDLK_RETURN || s == SDLK_KP_ENTER || (m->kind == MODAL_CONFIRM && s == SDLK_y)) {
    modal_confirm(d);
    return 1;
  }
  if (m->kind == MODAL_CHECK && (s == SDLK_SPACE || (s >= SDLK_1 && s <= SDLK_9))) {
    if (s != SDLK_SPACE)
      m->list.sel = (int)(s - SDLK_1) < m->list.nvis ? (int)(s - SDLK_1) : m->list.sel;
    toggle(m, list_selected(&m->list));
    return 1;
  }
  if (m->kind == MODAL_PICK && s == SDLK_BACKSPACE) {
    list_filter_back(&m->list);
    modal_refresh(m);
    return 1;
  }
  return list_key(&m->list, s);
}

/* The n-th (0-based) item shown in a list, or -1. */
static int nth_shown(const List *l, int n) { return n < l->nvis ? l->vis[n] : -1; }

static void ask(Desk *d, int k) {
  Play *p = &d->play;
  if (k < 0)
    return;
  play_act(d, ACT_ASK, p->p->questions[p->qorder[k]].id, NULL, NULL, 0);
  list_filter_clear(&p->questions);
  play_refresh(d);
}

static void say_phrase(Desk *d, int i) {
  Play *p = &d->play;
  int nph = (int)p->p->nphrases;
  if (i < 0)
    return;
  if (i >= nph && i < play_talk_rows(p) - 1) {
    play_act(d, ACT_COMPLAINT, p->p->complaint_steps[i - nph].id, NULL, NULL, 0);
    return;
  }
  if (i >= nph) {
    if (p->say.len)
      play_act(d, ACT_SAY, NULL, p->say.text, NULL, 0);
    edit_clear(&p->say);
    p->jargon[0] = 0;
    return;
  }
  play_act(d, ACT_SAY, p->p->phrases[i].id, NULL, NULL, 0);
}

static void advise(Desk *d, int i) {
  Play *p = &d->play;
  if (i < 0)
    return;
  const Named *a = &p->p->advice.v[i];
  list_filter_clear(&p->advice);
  play_refresh(d);
  if (d->mode == DESK_PRACTICE && p->expect && strlist_has(&p->expect->forbidden, a->id)) {
    call_open_confirm(
        d, ACT_ADVISE, a->id, "Warning: advice the procedure forbids",
        "On what the caller has told you, the procedure says this advice must never be "
        "given: it could endanger the caller. Enter gives it anyway, Esc goes back.");
    return;
  }
  play_act(d, ACT_ADVISE, a->id, NULL, NULL, 0);
}

static int digit(SDL_Keycode s) {
  if (s >= SDLK_1 && s <= SDLK_9)
    return (int)(s - SDLK_1);
  if (s >= SDLK_KP_1 && s <= SDLK_KP_9)
    return (int)(s - SDLK_KP_1);
  return -1;
}

static int enter(SDL_Keycode s) { return s == SDLK_RETURN || s == SDLK_KP_ENTER; }

static int questions_key(Desk *d, SDL_Keycode s) {
  Play *p = &d->play;
  if (digit(s) >= 0)
    return ask(d, nth_shown(&p->questions, digit(s))), 1;
  if (enter(s))
    return ask(d, list_selected(&p->questions)), 1;
  if (s == SDLK_BACKSPACE)
    return list_filter_back(&p->questions), play_refresh(d), 1;
  return list_key(&p->questions, s);
}

/* Practice mode: the jargon words in the say line. */
static void check_jargon(Desk *d) {
  Play *p = &d->play;
  p->jargon[0] = 0;
  if (d->mode != DESK_PRACTICE)
    return;
  const SimRules *r = sim_rules(p->sim);
  for (size_t i = 0; i < r->njargon; i++) {
    const char *w = r->jargon[i];
    size_t n = strlen(w);
    for (const char *at = p->say.text; *at; at++) {
      int left = at == p->say.text || !SDL_isalnum((unsigned char)at[-1]);
      if (left && SDL_strncasecmp(at, w, n) == 0 && !SDL_isalnum((unsigned char)at[n])) {
        size_t len = strlen(p->jargon);
        snprintf(p->jargon + len, sizeof p->jargon - len, "%s'%s'", len ? ", " : "", w);
        break;
      }
    }
  }
}

static int talk_key(Desk *d, const SDL_KeyboardEvent *k) {
  Play *p = &d->play;
  SDL_Keycode s = k->keysym.sym;
  int on_say = list_selected(&p->talk) == play_talk_rows(p) - 1;
  if (enter(s))
    return say_phrase(d, list_selected(&p->talk)), 1;
  if (on_say && s != SDLK_UP && s != SDLK_PAGEUP && edit_key(&p->say, k))
    return check_jargon(d), 1;
  if (!on_say && digit(s) >= 0 && digit(s) < (int)p->p->nphrases)
    return say_phrase(d, digit(s)), 1;
  return list_key(&p->talk, s);
}

static int advice_key(Desk *d, SDL_Keycode s) {
  Play *p = &d->play;
  if (digit(s) >= 0)
    return advise(d, nth_shown(&p->advice, digit(s))), 1;
  if (enter(s))
    return advise(d, list_selected(&p->advice)), 1;
  if (s == SDLK_BACKSPACE)
    return list_filter_back(&p->advice), play_refresh(d), 1;
  return list_key(&p->advice, s);
}

static int partners_key(Desk *d, SDL_Keycode s) {
  Play *p = &d->play;
  int i = list_selected(&p->partners), norgs = (int)p->p->norgs;
  if (i >= 0 && i < norgs && (s == SDLK_v || s == SDLK_d)) {
    const Organisation *o = &p->p->orgs[i];
    const char *ch = s == SDLK_v ? "voice" : "data";
    if (!strlist_has(&o->channels, ch))
      desk_say(d, "%s takes no %s messages", o->name, ch);
    else
      play_act(d, ACT_CONTACT, o->id, ch, NULL, 0);
    return 1;
  }
  if (i >= 0 && enter(s)) {
    if (i < norgs)
      open_channels(d, &p->p->orgs[i]);
    else {
      const Named *l = &p->p->levels.v[i - norgs];
      char t[200];
      snprintf(t, sizeof t, "Escalate to %s?", l->text);
      call_open_confirm(d, ACT_ESCALATE, l->id, t, "Enter escalates, Esc goes back.");
    }
    return 1;
  }
  return list_key(&p->partners, s);
}

static void log_field(Desk *d, int f) {
  Play *p = &d->play;
  Edit *e = &p->fields[f];
  const char *was = play_logged(p, p->p->fields[f].id);
  if (!e->len)
    desk_say(d, "Type the value first");
  else if (was && strcmp(was, e->text) == 0)
    desk_say(d, "Already logged");
  else
    play_act(d, ACT_LOG, p->p->fields[f].id, e->text, NULL, 0);
}

static int log_key(Desk *d, const SDL_KeyboardEvent *k) {
  Play *p = &d->play;
  SDL_Keycode s = k->keysym.sym;
  int row = list_selected(&p->log);
  if (row < 0)
    return 0;
  if (row < LOG_FIELDS) {
    if (enter(s) || s == SDLK_SPACE)
      return open_pick(d, row), 1;
    return list_key(&p->log, s);
  }
  Edit *e = &p->fields[row - LOG_FIELDS];
  if (enter(s))
    return log_field(d, row - LOG_FIELDS), 1;
  if (s != SDLK_UP && s != SDLK_DOWN && s != SDLK_PAGEUP && s != SDLK_PAGEDOWN && edit_key(e, k)) {
    if (e->changed)
      p->from_answer[row - LOG_FIELDS] = 0;
    return 1;
  }
  return list_key(&p->log, s);
}

static int units_key(Desk *d, SDL_Keycode s) {
  Play *p = &d->play;
  int u = list_selected(&p->units);
  if (u < 0)
    return list_key(&p->units, s);
  const char *id = p->sc->units[u].id;
  switch (s) {
  case SDLK_d:
  case SDLK_RETURN:
  case SDLK_KP_ENTER:
    play_act(d, ACT_DISPATCH, id, NULL, NULL, 0);
    return 1;
  case SDLK_b:
    call_open_checklist(d, ACT_BRIEF);
    return 1;
  case SDLK_i:
    call_open_checklist(d, ACT_INSTRUCT);
    return 1;
  case SDLK_s:
    play_act(d, ACT_STATUS, id, NULL, NULL, 0);
    return 1;
  case SDLK_x:
    play_act(d, ACT_STAND_DOWN, id, NULL, NULL, 0);
    return 1;
  default:
    return list_key(&p->units, s);
  }
}

static List *focused_list(Play *p) {
  List *l[] = {&p->questions, &p->talk, &p->advice, &p->partners, &p->log, &p->units};
  return l[p->focus];
}

static void set_focus(Play *p, Focus f) {
  p->focus = f;
  if (f <= F_PARTNERS)
    p->tab = f;
}

int call_clock_key(Desk *d, SDL_Keycode s) {
  Play *p = &d->play;
  if (d->mode == DESK_ASSESSMENT) {
    desk_say(d, "The clock runs at normal speed in assessment mode");
    return 1;
  }
  if (p->paused == 2)
    return 1;
  if (s == SDLK_F9)
    p->paused = !p->paused;
  else
    p->speed = p->speed >= (p->sh.on ? 16 : 8) ? 1 : p->speed * 2;
  return 1;
}

static int escape(Desk *d) {
  Play *p = &d->play;
  List *l = focused_list(p);
  if (l->filter[0]) {
    list_filter_clear(l);
    play_refresh(d);
    return 1;
  }
  call_open_confirm(d, ACT_COUNT, NULL, "Leave this call?",
                    "The session ends without a score or a record. Enter leaves, Esc stays.");
  return 1;
}

/* Keys that work whatever the focus. 1 if used. */
static int global_key(Desk *d, const SDL_KeyboardEvent *k) {
  Play *p = &d->play;
  SDL_Keycode s = k->keysym.sym;
  int shift = (k->keysym.mod & KMOD_SHIFT) != 0, ctrl = (k->keysym.mod & KMOD_CTRL) != 0;
  if (s >= SDLK_F1 && s <= SDLK_F4)
    return set_focus(p, (Focus)(F_QUESTIONS + (s - SDLK_F1))), 1;
  if (s == SDLK_F5 || s == SDLK_F6) {
    set_focus(p, F_LOG);
    p->log.sel = s == SDLK_F6 ? 0 : (p->log.sel < LOG_FIELDS ? LOG_FIELDS : p->log.sel);
    return 1;
  }
  if (s == SDLK_F7)
    return set_focus(p, F_RESOURCES), 1;
  if (s == SDLK_F9 || s == SDLK_F10)
    return call_clock_key(d, s);
  if (s == SDLK_F12) {
    call_open_confirm(d, ACT_CLOSE, NULL, "Close the call and end the session?",
                      "The log is closed and the session is scored. Enter closes, Esc goes back.");
    return 1;
  }
  if (s == SDLK_TAB)
    return set_focus(p, (Focus)((p->focus + (shift ? F_COUNT - 1 : 1)) % F_COUNT)), 1;
  if (ctrl && (s == SDLK_PAGEUP || s == SDLK_PAGEDOWN)) {
    p->scroll += s == SDLK_PAGEUP ? 3 : -3;
    if (p->scroll < 0)
      p->scroll = 0;
    return 1;
  }
  if (s == SDLK_ESCAPE)
    return escape(d);
  return 0;
}

int call_key(Desk *d, const SDL_KeyboardEvent *k) {
  Play *p = &d->play;
  if (!p->running)
    return 0;
  if (p->modal.kind)
    return modal_key(d, k);
  if (p->sh.on)
    return super_key(d, k);
  SDL_Keycode s = k->keysym.sym;
  if (sim_call_state(p->sim) == CALL_RINGING && (enter(s) || s == SDLK_SPACE))
    return play_act(d, ACT_ANSWER, NULL, NULL, NULL, 0), 1;
  if (global_key(d, k))
    return 1;
  switch (p->focus) {
  case F_QUESTIONS:
    return questions_key(d, s);
  case F_TALK:
    return talk_key(d, k);
  case F_ADVICE:
    return advice_key(d, s);
  case F_PARTNERS:
    return partners_key(d, s);
  case F_LOG:
    return log_key(d, k);
  default:
    return units_key(d, s);
  }
}

static int has_digit_only(const char *t) {
  for (; *t; t++)
    if (*t < '0' || *t > '9')
      return 0;
  return 1;
}

void call_text(Desk *d, const char *text) {
  Play *p = &d->play;
  if (!p->running)
    return;
  if (p->modal.kind == MODAL_PICK) {
    list_filter_add(&p->modal.list, text);
    modal_refresh(&p->modal);
    return;
  }
  if (p->sh.on && !p->modal.kind)
    super_text(d, text);
  if (p->modal.kind || p->sh.on)
    return;
  if ((p->focus == F_QUESTIONS || p->focus == F_ADVICE) && !has_digit_only(text)) {
    list_filter_add(p->focus == F_QUESTIONS ? &p->questions : &p->advice, text);
    play_refresh(d);
  } else if (p->focus == F_TALK) {
    list_select(&p->talk, play_talk_rows(p) - 1);
    edit_insert(&p->say, text);
    check_jargon(d);
  } else if (p->focus == F_LOG) {
    int row = list_selected(&p->log);
    if (row >= LOG_FIELDS) {
      edit_insert(&p->fields[row - LOG_FIELDS], text);
      p->from_answer[row - LOG_FIELDS] = 0;
    } else if (row >= 0) {
      open_pick(d, row);
      list_filter_add(&p->modal.list, text);
      modal_refresh(&p->modal);
    }
  }
}
