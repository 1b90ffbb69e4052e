/* test_gui.c - drives the desk through a whole session (a call, or a shift on the supervisor
 * screen) with synthetic SDL key and text
 * events (dummy video driver: a window with a software framebuffer), typing each action of an
 * actions file the way a trainee would, from the keyboard alone. Then checks that
 *   - the desk made exactly those actions at those times (every input became an action);
 *   - the record the desk wrote equals, item for item, the record `incidesk run` makes from
 *     the desk's own action log (and so do its events, actions and score).
 *
 * usage: test_desk_gui SCENARIO ACTIONS practice|assessment TMPDIR   (from the repo root)
 */
#include <SDL_ttf.h>
#include <cJSON.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "desk_host.h"
#include "journal.h"
#include "keys.h"
#include "session.h"
#include "unit/check.h"

typedef struct Bot {
  Desk *d;
  const Procedure *p;
  const Scenario *sc;
  int pasted; /* one log value goes in through the clipboard */
  int speed;  /* simulated ms per wall ms: a shift's compression, 1 for a call */
  int shift;
} Bot;

static void step(Bot *b, int64_t dt) {
  Error err;
  if (desk_step(b->d, dt, &err) < 0)
    fprintf(stderr, "desk_step: %s\n", err.msg);
}

/* Lets simulated time run to t in frames of at most 2 s of wall time; what the speed cannot
 * reach exactly goes through desk_replay (with no actions), which advances to t. */
static void advance_to(Bot *b, int64_t t) {
  while (t - sim_now(desk_sim(b->d)) >= b->speed) {
    int64_t dt = (t - sim_now(desk_sim(b->d))) / b->speed;
    step(b, dt > 2000 ? 2000 : dt);
  }
  if (sim_now(desk_sim(b->d)) < t) {
    ActionList none = {0};
    Error err;
    CHECK(desk_replay(b->d, &none, t, &err) == 0);
  }
}

/* The shortest piece (4+ characters, no digits) of texts[k] that no other text contains, so
 * typing it as a filter leaves that one line; the whole digit-free text if none is unique. */
static void unique_piece(const char *const *texts, size_t n, size_t k, char *out, size_t cap) {
  const char *t = texts[k];
  size_t len = strlen(t);
  for (size_t w = 4; w <= len && w < cap; w++)
    for (size_t i = 0; i + w <= len; i++) {
      memcpy(out, t + i, w);
      out[w] = 0;
      if (strpbrk(out, "0123456789") || out[0] == ' ')
        continue;
      int unique = 1;
      for (size_t j = 0; j < n && unique; j++)
        if (j != k && str_icontains(texts[j], out))
          unique = 0;
      if (unique)
        return;
    }
  snprintf(out, cap, "%.*s", (int)strcspn(t, "0123456789"), t);
}

static void filter_and_enter(const char *const *texts, size_t n, size_t k) {
  char piece[256];
  unique_piece(texts, n, k, piece, sizeof piece);
  keys_type(piece);
  keys_press(SDLK_RETURN, 0);
}

static size_t index_of(const char *const *ids, size_t n, const char *id) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(ids[i], id) == 0)
      return i;
  return n;
}

/* Ticks the items of the action in its order (the desk keeps the order ticked). */
static void tick_list(const NamedList *l, const Action *a) {
  for (size_t k = 0; k < a->nlist; k++) {
    size_t i = 0;
    while (i < l->len && strcmp(a->list[k], l->v[i].id) != 0)
      i++;
    keys_press(SDLK_HOME, 0);
    if (i < 9 && k % 2)
      keys_press((SDL_Keycode)(SDLK_1 + (int)i), 0); /* digits tick too */
    else
      keys_repeat(SDLK_DOWN, (int)i), keys_press(SDLK_SPACE, 0);
  }
  keys_press(SDLK_RETURN, 0);
}

static void select_unit(Bot *b, const char *id) {
  keys_press(b->shift ? SDLK_F2 : SDLK_F7, 0);
  keys_press(SDLK_HOME, 0);
  keys_repeat(SDLK_DOWN, scenario_unit_index(b->sc, id));
}

static void type_log(Bot *b, const Action *a) {
  size_t f = 0;
  while (f < b->p->nfields && strcmp(b->p->fields[f].id, a->arg) != 0)
    f++;
  keys_press(SDLK_F6, 0);
  keys_repeat(SDLK_DOWN, 3 + (int)f);
  keys_press(SDLK_a, KMOD_LCTRL);
  if (!b->pasted++) {
    SDL_SetClipboardText(a->value);
    keys_press(SDLK_v, KMOD_LCTRL);
  } else {
    keys_type(a->value);
  }
  keys_press(SDLK_RETURN, 0);
}

static void pick(int down, const char *id) {
  keys_press(SDLK_F6, 0);
  keys_repeat(SDLK_DOWN, down);
  keys_press(SDLK_RETURN, 0);
  keys_type(id);
  keys_press(SDLK_RETURN, 0);
}

static const char **ids_of(const NamedList *l, int text) {
  const char **v = xcalloc(l->len + 1, sizeof *v);
  for (size_t i = 0; i < l->len; i++)
    v[i] = text ? l->v[i].text : l->v[i].id;
  return v;
}

static void ask(Bot *b, const char *id) {
  const char **texts = xcalloc(b->p->nquestions + 1, sizeof *texts);
  size_t k = 0;
  for (size_t i = 0; i < b->p->nquestions; i++) {
    texts[i] = b->p->questions[i].text;
    if (strcmp(b->p->questions[i].id, id) == 0)
      k = i;
  }
  keys_press(SDLK_F1, 0);
  filter_and_enter(texts, b->p->nquestions, k);
  free(texts);
}

static void say(Bot *b, const Action *a) {
  keys_press(SDLK_F2, 0);
  if (a->arg) {
    size_t i = 0;
    while (i < b->p->nphrases && strcmp(b->p->phrases[i].id, a->arg) != 0)
      i++;
    keys_press(SDLK_UP, 0);
    keys_press(SDLK_HOME, 0);
    keys_repeat(SDLK_DOWN, (int)i);
    keys_press(SDLK_RETURN, 0);
  }
  if (a->value) {
    keys_press(SDLK_DOWN, 0); /* off a phrase row, so End moves the list, not the text */
    keys_press(SDLK_END, 0);
    keys_press(SDLK_a, KMOD_LCTRL);
    keys_type(a->value);
    keys_press(SDLK_RETURN, 0);
  }
}

static void complaint(Bot *b, const char *id) {
  size_t i = 0;
  while (i < b->p->ncomplaint_steps && strcmp(b->p->complaint_steps[i].id, id) != 0)
    i++;
  keys_press(SDLK_F2, 0);
  keys_press(SDLK_UP, 0);
  keys_press(SDLK_HOME, 0);
  keys_repeat(SDLK_DOWN, (int)(b->p->nphrases + i));
  keys_press(SDLK_RETURN, 0);
}

/* On the knowledge check: choose the question, then its numbers (Enter after an order). */
static void knowledge(Bot *b, const Action *a) {
  const Knowledge *k = scenario_knowledge(b->sc, a->arg);
  keys_press(SDLK_HOME, 0);
  keys_repeat(SDLK_DOWN, (int)(k - b->sc->knowledge));
  for (size_t i = 0; i < a->nlist; i++)
    keys_press(SDLK_0 + atoi(a->list[i]), 0);
  if (!k->choices.len)
    keys_press(SDLK_RETURN, 0);
}

static void advise(Bot *b, const char *id) {
  const char **texts = ids_of(&b->p->advice, 1), **ids = ids_of(&b->p->advice, 0);
  keys_press(SDLK_F3, 0);
  filter_and_enter(texts, b->p->advice.len, index_of(ids, b->p->advice.len, id));
  free(texts), free(ids);
}

static void partner(Bot *b, const Action *a) {
  keys_press(SDLK_F4, 0);
  keys_press(SDLK_HOME, 0);
  if (a->type == ACT_CONTACT) {
    size_t i = 0;
    while (i < b->p->norgs && strcmp(b->p->orgs[i].id, a->arg) != 0)
      i++;
    keys_repeat(SDLK_DOWN, (int)i);
    keys_press(str_eq(a->value, "voice") ? SDLK_v : SDLK_d, 0);
    return;
  }
  const char **ids = ids_of(&b->p->levels, 0);
  keys_repeat(SDLK_DOWN, (int)(b->p->norgs + index_of(ids, b->p->levels.len, a->arg)));
  free(ids);
  keys_press(SDLK_RETURN, 0);
  keys_press(SDLK_RETURN, 0); /* confirm */
}

/* ---- the supervisor screen of a shift ---- */

/* Goes to row `pos` of the panel of key f. */
static void select_row(SDL_Keycode f, int pos) {
  keys_press(f, 0);
  keys_press(SDLK_HOME, 0);
  keys_repeat(SDLK_DOWN, pos);
}

/* The incident board lists the incidents referred, in the scenario's order. */
static void select_incident(Bot *b, const char *id) {
  const Sim *sim = desk_sim(b->d);
  int pos = 0;
  for (size_t i = 0; i < sim_incident_count(sim); i++) {
    SimIncidentView v = sim_incident(sim, i);
    if (strcmp(v.incident->id, id) == 0)
      break;
    pos += v.state != INCIDENT_PENDING;
  }
  select_row(SDLK_F1, pos);
}

/* The queue lists the contacts arrived, in the scenario's order. */
static void select_contact(Bot *b, const char *id) {
  const Sim *sim = desk_sim(b->d);
  int pos = 0;
  for (size_t i = 0; i < sim_contact_count(sim); i++) {
    SimContactView v = sim_contact(sim, i);
    if (strcmp(v.contact->id, id) == 0)
      break;
    pos += v.state != CONTACT_PENDING;
  }
  select_row(SDLK_F3, pos);
}

/* A pick dialog: the id typed as a filter selects it exactly. */
static void pick_id(const char *id) {
  keys_type(id);
  keys_press(SDLK_RETURN, 0);
}

static void colleague_pick(Bot *b, const Action *a, SDL_Keycode key) {
  int i = 0;
  while (i < (int)b->sc->ncolleagues && strcmp(b->sc->colleagues[i].id, a->arg) != 0)
    i++;
  select_row(SDLK_F4, i);
  keys_press(key, 0);
  pick_id(a->value);
}

/* On the results: tick the improvements in the action's order, write its text, confirm. */
static void improve(Bot *b, const Action *a) {
  int cur = 0, n = (int)b->sc->nimprovements;
  for (size_t k = 0; k < a->nlist; k++) {
    int i = 0;
    while (i < n && strcmp(b->sc->improvements[i].id, a->list[k]) != 0)
      i++;
    keys_repeat(i > cur ? SDLK_DOWN : SDLK_UP, i > cur ? i - cur : cur - i);
    keys_press(SDLK_SPACE, 0);
    cur = i;
  }
  if (a->value) {
    keys_repeat(SDLK_DOWN, n - cur);
    keys_type(a->value);
  }
  keys_press(SDLK_RETURN, 0);
}

static int type_shift_action(Bot *b, const Action *a) {
  switch (a->type) {
  case ACT_REVIEW:
    select_incident(b, a->incident), keys_press(SDLK_r, 0);
    return 0;
  case ACT_CORRECT:
    select_incident(b, a->incident), keys_press(SDLK_c, 0);
    pick_id(a->arg), pick_id(a->value);
    return 0;
  case ACT_DISPATCH:
    select_incident(b, a->incident), select_unit(b, a->arg), keys_press(SDLK_d, 0);
    return 0;
  case ACT_TAKE:
    select_contact(b, a->arg), keys_press(SDLK_t, 0);
    return 0;
  case ACT_SAY:
  case ACT_COMPLAINT:
  case ACT_ADVISE:
    keys_press(SDLK_F3, 0);
    if (a->type == ACT_SAY && !a->arg && a->value) { /* free words */
      keys_press(SDLK_w, 0), keys_type(a->value), keys_press(SDLK_RETURN, 0);
      return 0;
    }
    if (!a->arg || a->value)
      return -1; /* a phrase and free words in one action: the desk makes two */
    keys_press(a->type == ACT_SAY ? SDLK_p : a->type == ACT_COMPLAINT ? SDLK_k : SDLK_a, 0);
    pick_id(a->arg);
    return 0;
  case ACT_CLOSE:
    if (a->arg)
      keys_press(SDLK_F3, 0), keys_press(SDLK_x, 0);
    else if (a->incident)
      select_incident(b, a->incident), keys_press(SDLK_x, 0), keys_press(SDLK_RETURN, 0);
    else
      keys_press(SDLK_F12, 0), keys_press(SDLK_RETURN, 0);
    return 0;
  case ACT_TALK:
    colleague_pick(b, a, SDLK_t);
    return 0;
  case ACT_AGREE_AREA:
    colleague_pick(b, a, SDLK_a);
    return 0;
  case ACT_AGREE_SUPPORT:
    colleague_pick(b, a, SDLK_s);
    return 0;
  case ACT_IMPROVE:
    improve(b, a);
    return 0;
  default:
    return 1; /* as in a call */
  }
}

/* Pushes the keys that make action a. 0, or -1 if the desk has no keys for it. */
static int type_action(Bot *b, const Action *a) {
  if (b->shift) {
    int rc = type_shift_action(b, a);
    if (rc <= 0)
      return rc;
  }
  switch (a->type) {
  case ACT_ANSWER:
    keys_press(SDLK_RETURN, 0);
    break;
  case ACT_ASK:
    ask(b, a->arg);
    break;
  case ACT_SAY:
    say(b, a);
    break;
  case ACT_LOG:
    type_log(b, a);
    break;
  case ACT_CLASSIFY:
    pick(0, a->arg);
    break;
  case ACT_PRIORITISE:
    pick(1, a->arg);
    break;
  case ACT_VALIDITY:
    pick(2, a->arg);
    break;
  case ACT_DISPATCH:
    select_unit(b, a->arg), keys_press(SDLK_d, 0);
    break;
  case ACT_BRIEF:
    select_unit(b, a->arg), keys_press(SDLK_b, 0), tick_list(&b->p->briefing_items, a);
    break;
  case ACT_INSTRUCT:
    select_unit(b, a->arg), keys_press(SDLK_i, 0), tick_list(&b->p->tasks, a);
    break;
  case ACT_STATUS:
    select_unit(b, a->arg), keys_press(SDLK_s, 0);
    break;
  case ACT_STAND_DOWN:
    select_unit(b, a->arg), keys_press(SDLK_x, 0);
    break;
  case ACT_CONTACT:
  case ACT_ESCALATE:
    partner(b, a);
    break;
  case ACT_ADVISE:
    advise(b, a->arg);
    break;
  case ACT_COMPLAINT:
    complaint(b, a->arg);
    break;
  case ACT_KNOWLEDGE:
    knowledge(b, a);
    break;
  case ACT_CLOSE:
    keys_press(SDLK_F12, 0), keys_press(SDLK_RETURN, 0);
    break;
  default:
    return -1;
  }
  return 0;
}

static int same_list(const Action *a, const Action *b) {
  if (a->nlist != b->nlist)
    return 0;
  for (size_t i = 0; i < a->nlist; i++)
    if (strcmp(a->list[i], b->list[i]) != 0)
      return 0;
  return 1;
}

static int same_action(const Action *a, const Action *b) {
  return a->t_ms == b->t_ms && a->type == b->type && str_eq(a->arg, b->arg) &&
         str_eq(a->value, b->value) && str_eq(a->incident, b->incident) && same_list(a, b);
}

/* The journal beside the record holds exactly the actions the desk has applied. */
static void check_journal(Bot *b, const char *journal) {
  JournalRead r;
  Error err;
  const Sim *sim = desk_sim(b->d);
  CHECK(journal_read(journal, &r, &err) == 0);
  CHECK(r.actions.len == sim_action_count(sim));
  for (size_t i = 0; i < r.actions.len && i < sim_action_count(sim); i++)
    CHECK(same_action(&r.actions.v[i], sim_action(sim, i)));
  CHECK_STR(r.header.trainee, "gui-test");
  journal_read_free(&r);
}

/* Types every action; checks each one landed as it should, and the journal halfway.
 * Returns the actions typed. */
static size_t play_all(Bot *b, const ActionList *l, const char *journal) {
  size_t done = 0;
  for (size_t i = 0; i < l->len && desk_screen(b->d) != DESK_DEBRIEF; i++) {
    const Action *a = &l->v[i];
    if (desk_screen(b->d) == DESK_CALL)
      advance_to(b, a->t_ms);
    if (type_action(b, a) < 0) {
      fprintf(stderr, "no keys for a '%s' action (line %d)\n", action_type_name(a->type), a->line);
      CHECK(0);
      return done;
    }
    step(b, 0);
    if (a->type == ACT_ADVISE &&
        desk_dialog(b->d) == 3) { /* practice: forbidden advice confirmed */
      keys_press(SDLK_RETURN, 0);
      step(b, 0);
    }
    const Sim *sim = desk_sim(b->d);
    size_t n = sim_action_count(sim);
    if (n != i + 1 || !same_action(sim_action(sim, n - 1), a)) {
      fprintf(stderr,
              "action %zu ('%s' at %lld ms, line %d) did not land: the desk has %zu actions\n", i,
              action_type_name(a->type), (long long)a->t_ms, a->line, n);
      if (n)
        fprintf(stderr, "  last: %s %s %s\n", action_type_name(sim_action(sim, n - 1)->type),
                sim_action(sim, n - 1)->arg ? sim_action(sim, n - 1)->arg : "",
                sim_action(sim, n - 1)->value ? sim_action(sim, n - 1)->value : "");
      CHECK(0);
      return done;
    }
    done++;
    if (done == l->len / 2)
      check_journal(b, journal);
  }
  return done;
}

static char *run_record(const char *scenario, const char *actions, const char *mode) {
  Session s;
  Error err;
  char *text = NULL;
  if (session_load(&s, scenario, NULL, 1, &err) == 0 &&
      session_read_actions(&s, actions, &err) == 0 && session_play(&s, &err) == 0) {
    RecordMeta m = {"gui-test", NULL, mode, "", "", 1};
    text = record_build(&m, s.proc, s.sim, s.score);
  } else {
    fprintf(stderr, "run: %s\n", err.msg);
  }
  session_free(&s);
  return text;
}

static void compare_member(const cJSON *a, const cJSON *b, const char *name) {
  const cJSON *x = cJSON_GetObjectItemCaseSensitive(a, name),
              *y = cJSON_GetObjectItemCaseSensitive(b, name);
  if (!x && !y && strcmp(name, "outcome") == 0) /* a shift's record has none */
    return;
  CHECK(x && y);
  if (!x || !y)
    return;
  if (cJSON_IsArray(x)) {
    CHECK(cJSON_GetArraySize(x) == cJSON_GetArraySize(y));
    const cJSON *i = x->child, *j = y->child;
    for (int k = 0; i && j; i = i->next, j = j->next, k++)
      if (!cJSON_Compare(i, j, 1)) {
        char *s1 = cJSON_PrintUnformatted(i), *s2 = cJSON_PrintUnformatted(j);
        fprintf(stderr, "%s[%d] differs:\n  desk: %s\n  run:  %s\n", name, k, s1, s2);
        free(s1), free(s2);
        CHECK(0);
        return;
      }
  } else if (!cJSON_Compare(x, y, 1)) {
    fprintf(stderr, "%s differs\n", name);
    CHECK(0);
  }
}

static int run_test(const char *scenario, const char *actions, const char *mode, const char *tmp) {
  char *out = xasprintf("%s/desk.record.json", tmp), *copy = xstrdup(scenario);
  char *old_journal = journal_path_for(out);
  remove(out); /* what an earlier run of this test left: the desk never reuses a journal */
  remove(old_journal);
  free(old_journal);
  DeskHostOptions ho = {dirname(copy), tmp, out, NULL};
  DeskHostState *hs = desk_host_new(&ho);
  DeskHost host = desk_host_bind(hs);
  DeskConfig cfg = {"gui-test", strcmp(mode, "assessment") == 0 ? DESK_ASSESSMENT : DESK_PRACTICE,
                    1, 0, NULL};
  SDL_Window *w = SDL_CreateWindow("test", 0, 0, 1280, 720, SDL_WINDOW_RESIZABLE);
  SDL_Renderer *r = w ? SDL_CreateRenderer(w, -1, SDL_RENDERER_SOFTWARE) : NULL;
  CHECK(r != NULL);
  Error err;
  Desk *d = r ? desk_new(r, w, &host, &cfg, &err) : NULL;
  ActionList l = {0};
  CHECK(d && desk_start(d, scenario, &err) == 0 && desk_read_actions(d, actions, &l, &err) == 0);
  if (d && l.len) {
    SDL_StartTextInput();
    step(&(Bot){d, NULL, NULL, 0, 1, 0}, 0);
    Bot b = {d, NULL, NULL, 0, 1, 0};
    b.sc = sim_scenario(desk_sim(d));
    b.shift = sim_is_shift(desk_sim(d));
    if (b.shift && b.sc->shift.compression > 0)
      b.speed = b.sc->shift.compression;
    Session s;
    if (session_load(&s, scenario, NULL, 1, &err) == 0) {
      b.p = s.proc;
      char *jpath = journal_path_for(out);
      size_t n = play_all(&b, &l, jpath);
      CHECK(n == l.len);
      CHECK(desk_screen(d) == DESK_DEBRIEF);
      if (cfg.mode == DESK_PRACTICE)
        keys_press(SDLK_s, 0);
      step(&b, 0);
      CHECK_STR(desk_saved_path(d), out);
      FILE *gone = fopen(jpath, "r"); /* the record written, the journal goes */
      CHECK(gone == NULL);
      if (gone)
        fclose(gone);
      free(jpath);
    }
    session_free(&s);
    char *want = run_record(scenario, out, mode);
    size_t len;
    char *got = file_read_all(out, &len, &err);
    cJSON *a = got ? cJSON_Parse(got) : NULL, *bj = want ? cJSON_Parse(want) : NULL;
    CHECK(a && bj);
    const char *members[] = {"items",       "events",       "actions", "score",
                             "by_category", "by_criterion", "outcome"};
    for (size_t k = 0; a && bj && k < sizeof members / sizeof *members; k++)
      compare_member(a, bj, members[k]);
    printf("%s: %zu actions typed, %d items equal to run's, %s\n", scenario, l.len,
           a ? cJSON_GetArraySize(cJSON_GetObjectItem(a, "items")) : 0, mode);
    cJSON_Delete(a), cJSON_Delete(bj);
    free(got), free(want);
  } else if (d) {
    fprintf(stderr, "%s\n", err.msg);
  }
  actions_free(&l);
  desk_free(d);
  if (r)
    SDL_DestroyRenderer(r);
  if (w)
    SDL_DestroyWindow(w);
  desk_host_free(hs);
  free(out), free(copy);
  return 0;
}

static const char *g_args[4];
static void desk_gui_should_type_a_whole_session_and_match_run(void) {
  run_test(g_args[0], g_args[1], g_args[2], g_args[3]);
}

int main(int argc, char **argv) {
  if (argc != 5) {
    fprintf(stderr, "usage: test_desk_gui SCENARIO ACTIONS practice|assessment TMPDIR\n");
    return 2;
  }
  setenv("SDL_VIDEODRIVER", getenv("SDL_VIDEODRIVER") ? getenv("SDL_VIDEODRIVER") : "dummy", 1);
  if (SDL_Init(SDL_INIT_VIDEO) < 0) {
    fprintf(stderr, "SDL_Init: %s\n", SDL_GetError());
    return 1;
  }
  for (int i = 0; i < 4; i++)
    g_args[i] = argv[i + 1];
  RUN(desk_gui_should_type_a_whole_session_and_match_run);
  TTF_Quit();
  SDL_Quit();
  return check_done();
}
