/* desk_host.c - the host of the desk: scenarios through engine/script, records through
 * engine/record and cJSON. */
#include "desk_host.h"

#include <cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "assign.h"
#include "journal.h"
#include "record_cmds.h"
#include "session.h"

struct DeskHostState {
  char *scenarios, *records, *out, *procedure;
  Session cur; /* the loaded session (cur.sim is the live one) */
  int loaded;
  char *record;     /* where the loaded session's record goes (chosen when it begins) */
  Journal *journal; /* its journal, until the record is written */
  char *kept;       /* the journal of a session cut short, kept for recovery */
  int save_failed;  /* the loaded session's record could not be written */
  StrList journals; /* unfinished sessions' journals in the records folder */
  /* the catalogue and what it owns */
  DeskCatalog cat;
  DeskEntry *entries;
  Script **scripts;
  DeskRecordInfo *recs;
  DeskAssignment *asg;
  AssignRecord *arecs; /* the records as assignment progress sees them */
  StrList strings; /* every string the catalogue points to */
};

DeskHostState *desk_host_new(const DeskHostOptions *o) {
  DeskHostState *h = xcalloc(1, sizeof *h);
  h->scenarios = xstrdup(o->scenarios ? o->scenarios : "scenarios");
  h->records = xstrdup(o->records ? o->records : "records");
  h->out = xstrdup(o->out);
  h->procedure = xstrdup(o->procedure);
  return h;
}

static void catalog_free(DeskHostState *h) {
  for (size_t i = 0; i < h->cat.nentries; i++)
    script_free(h->scripts[i]);
  free(h->entries), free(h->scripts), free(h->recs), free(h->asg), free(h->arecs);
  strlist_free(&h->strings);
  strlist_free(&h->journals);
  h->entries = NULL, h->scripts = NULL, h->recs = NULL, h->asg = NULL, h->arecs = NULL;
  memset(&h->cat, 0, sizeof h->cat);
}

static void unload(void *ud, int keep) {
  DeskHostState *h = ud;
  /* a session whose record could not be written (a full or read-only disk) is only in its
   * journal: it stays, whatever the desk does next */
  if ((keep || h->save_failed) && h->journal) {
    free(h->kept);
    h->kept = journal_path_for(h->record);
    journal_close_keep(h->journal);
  } else {
    journal_close_remove(h->journal); /* left without a record: the trainee moved on */
  }
  h->journal = NULL;
  h->save_failed = 0;
  free(h->record);
  h->record = NULL;
  if (h->loaded)
    session_free(&h->cur);
  h->loaded = 0;
}

void desk_host_free(DeskHostState *h) {
  if (!h)
    return;
  unload(h, 0);
  catalog_free(h);
  free(h->kept);
  free(h->scenarios), free(h->records), free(h->out), free(h->procedure);
  free(h);
}

/* A copy of s kept until the catalogue is freed. */
static const char *keep(DeskHostState *h, const char *s) {
  if (!s)
    return NULL;
  strlist_push(&h->strings, s);
  return h->strings.v[h->strings.len - 1];
}

static int ends_with(const char *s, const char *suffix) {
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The files of folder ending in suffix, sorted, as "folder/name". */
static void list_files(const char *folder, const char *suffix, StrList *out) {
  DIR *dir = opendir(folder);
  if (!dir)
    return;
  StrList names = {0};
  struct dirent *e;
  while ((e = readdir(dir)))
    if (e->d_name[0] != '.' && ends_with(e->d_name, suffix))
      strlist_push(&names, e->d_name);
  closedir(dir);
  if (names.len)
    qsort(names.v, names.len, sizeof *names.v, cmp_str);
  for (size_t i = 0; i < names.len; i++) {
    char *p = xasprintf("%s%s%s", folder, ends_with(folder, "/") ? "" : "/", names.v[i]);
    struct stat st;
    if (stat(p, &st) == 0 && S_ISREG(st.st_mode))
      strlist_push(out, p);
    free(p);
  }
  strlist_free(&names);
}

static void read_scenarios(DeskHostState *h) {
  StrList files = {0};
  list_files(h->scenarios, ".lua", &files);
  h->entries = xcalloc(files.len + 1, sizeof *h->entries);
  h->scripts = xcalloc(files.len + 1, sizeof *h->scripts);
  for (size_t i = 0; i < files.len; i++) {
    Error err;
    DeskEntry *e = &h->entries[i];
    e->path = keep(h, files.v[i]);
    h->scripts[i] = script_load_scenario(files.v[i], 1, &err);
    if (h->scripts[i])
      e->scenario = script_scenario(h->scripts[i]);
    else
      e->error = keep(h, err.msg);
  }
  h->cat.entries = h->entries;
  h->cat.nentries = files.len;
  strlist_free(&files);
}

static const char *jstr(const cJSON *o, const char *k) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
  return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* The criteria a record met, space-separated (kept). */
static const char *met_criteria(DeskHostState *h, const cJSON *r) {
  Buf b = {0};
  const cJSON *c;
  cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(r, "by_criterion")) {
    if (str_eq(jstr(c, "status"), "met"))
      buf_printf(&b, "%s%s", b.len ? " " : "", c->string);
  }
  const char *kept = keep(h, b.data ? b.data : "");
  buf_free(&b);
  return kept;
}

/* The summary of one record file, or 0 if it is not a record. */
static int read_record(DeskHostState *h, const char *path, DeskRecordInfo *out, AssignRecord *ar) {
  Error err;
  size_t len;
  char *text = file_read_all(path, &len, &err);
  cJSON *r = text ? cJSON_Parse(text) : NULL;
  free(text);
  const cJSON *sc = cJSON_GetObjectItemCaseSensitive(r, "scenario");
  const cJSON *score = cJSON_GetObjectItemCaseSensitive(r, "score");
  const cJSON *pc = cJSON_GetObjectItemCaseSensitive(score, "percent");
  int ok = str_eq(jstr(r, "format"), "incidesk-record/1") && jstr(sc, "id") && cJSON_IsNumber(pc);
  if (ok) {
    *out = (DeskRecordInfo){
        keep(h, jstr(sc, "id")),  keep(h, jstr(r, "trainee")),
        keep(h, jstr(r, "mode")), keep(h, jstr(r, "ended")),
        pc->valuedouble,          cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(score, "passed"))};
    *ar = (AssignRecord){keep(h, path),          out->trainee, out->scenario, out->mode,
                         keep(h, jstr(r, "started")), pc->valuedouble, met_criteria(h, r)};
  }
  cJSON_Delete(r);
  return ok;
}

static void read_records(DeskHostState *h) {
  StrList files = {0};
  list_files(h->records, ".json", &files);
  h->recs = xcalloc(files.len + 1, sizeof *h->recs);
  h->arecs = xcalloc(files.len + 1, sizeof *h->arecs);
  size_t n = 0;
  for (size_t i = 0; i < files.len; i++)
    n += (size_t)read_record(h, files.v[i], &h->recs[n], &h->arecs[n]);
  h->cat.records = h->recs;
  h->cat.nrecords = n;
  strlist_free(&files);
}

/* One entry of the menu's assignments list for (assignment, trainee, scenario or NULL). */
static void add_assignment(DeskHostState *h, size_t *n, const Assignment *a, const char *who, const char *scenario,
                           const AssignProgress *p) {
  DeskAssignment *d = &h->asg[(*n)++];
  const char *record = NULL;
  for (size_t i = 0; i < p->done_targets.len; i++)
    if (!scenario || str_eq(p->done_targets.v[i], scenario))
      record = p->records.v[i];
  *d = (DeskAssignment){keep(h, who),       keep(h, scenario),     keep(h, a->mode),
                        keep(h, a->due),    keep(h, a->note),      a->min_percent,
                        keep(h, a->id),     keep(h, a->criterion), keep(h, record),
                        assign_state_name(p->state), record != NULL, (int)p->done,
                        (int)p->total};
}

static void read_assignments(DeskHostState *h) {
  char *path = xasprintf("%s/assignments.json", h->records);
  AssignFile f;
  Error err;
  size_t cap = 1, n = 0;
  int ok = assign_read(path, &f, &err) == 0;
  free(path);
  for (size_t i = 0; ok && i < f.len; i++)
    cap += f.v[i].trainees.len * (f.v[i].scenarios.len ? f.v[i].scenarios.len : 1);
  h->asg = xcalloc(cap, sizeof *h->asg);
  char today[16];
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(today, sizeof today, "%Y-%m-%d", &tm);
  for (size_t i = 0; ok && i < f.len; i++)
    for (size_t k = 0; k < f.v[i].trainees.len; k++) {
      AssignProgress p;
      assign_progress(&f.v[i], f.v[i].trainees.v[k], h->arecs, h->cat.nrecords, today, &p);
      for (size_t s = 0; s < f.v[i].scenarios.len; s++)
        add_assignment(h, &n, &f.v[i], f.v[i].trainees.v[k], f.v[i].scenarios.v[s], &p);
      if (!f.v[i].scenarios.len)
        add_assignment(h, &n, &f.v[i], f.v[i].trainees.v[k], NULL, &p);
      assign_progress_free(&p);
    }
  if (ok)
    assign_file_free(&f);
  h->cat.assignments = h->asg;
  h->cat.nassignments = n;
}

static int catalog(void *ud, const DeskCatalog **out, Error *err) {
  DeskHostState *h = ud;
  (void)err;
  catalog_free(h);
  read_scenarios(h);
  read_records(h);
  read_assignments(h);
  list_files(h->records, JOURNAL_SUFFIX, &h->journals);
  h->cat.journals = (const char *const *)h->journals.v;
  h->cat.njournals = h->journals.len;
  h->cat.folder = h->scenarios;
  h->cat.records_folder = h->records;
  *out = &h->cat;
  return 0;
}

static int load(void *ud, const char *path, uint64_t seed, DeskSession *out, Error *err) {
  DeskHostState *h = ud;
  unload(h, 0);
  if (session_load(&h->cur, path, h->procedure, seed, err) < 0) {
    session_free(&h->cur);
    return -1;
  }
  h->loaded = 1;
  h->cur.sim = sim_new(script_scenario(h->cur.script), &h->cur.proc->rules, seed);
  script_attach(h->cur.script, h->cur.sim);
  *out = (DeskSession){script_scenario(h->cur.script), h->cur.proc, h->cur.sim, seed};
  return 0;
}

static int read_actions(void *ud, const char *path, ActionList *out, Error *err) {
  DeskHostState *h = ud;
  if (!h->loaded)
    return error_set(err, path, 0, "no scenario loaded");
  if (record_read_actions(path, out, err) < 0)
    return -1;
  return record_check_actions(path, out, h->cur.proc, script_scenario(h->cur.script), err);
}

/* records/SCENARIO-TRAINEE-STAMP.json, with a number added if it exists. Caller frees. */
static char *record_path(const DeskHostState *h, const char *scenario, const char *trainee) {
  char who[64], stamp[32];
  size_t n = 0;
  for (const char *c = trainee; *c && n < sizeof who - 1; c++)
    who[n++] = (char)((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
                              (*c >= '0' && *c <= '9') || *c == '-'
                          ? *c
                          : '_');
  who[n] = 0;
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm);
  for (int k = 1;; k++) {
    char *p = k == 1 ? xasprintf("%s/%s-%s-%s.json", h->records, scenario, who, stamp)
                     : xasprintf("%s/%s-%s-%s-%d.json", h->records, scenario, who, stamp, k);
    struct stat st;
    if (stat(p, &st) != 0)
      return p;
    free(p);
  }
}

/* Chooses the record's path (and makes the records folder). 0, or -1 with err. */
static int choose_record(DeskHostState *h, const char *trainee, Error *err) {
  if (h->record)
    return 0;
  if (!h->out && mkdir(h->records, 0755) != 0 && errno != EEXIST)
    return error_set(err, h->records, 0, "cannot make the records folder: %s", strerror(errno));
  h->record =
      h->out ? xstrdup(h->out) : record_path(h, script_scenario(h->cur.script)->id, trainee);
  return 0;
}

static int begin(void *ud, const DeskSave *s, Error *err) {
  DeskHostState *h = ud;
  if (!h->loaded)
    return error_set(err, NULL, 0, "no session loaded");
  if (choose_record(h, s->trainee, err) < 0)
    return -1;
  const Scenario *sc = script_scenario(h->cur.script);
  JournalHeader jh = {sc->file,   sc->sha256, h->cur.proc->file, h->cur.proc->sha256,
                      s->trainee, NULL,       s->mode,           s->started,
                      s->seed};
  char *jpath = journal_path_for(h->record);
  h->journal = journal_open(jpath, &jh, err);
  free(jpath);
  return h->journal ? 0 : -1;
}

static int journal(void *ud, const Action *a, Error *err) {
  DeskHostState *h = ud;
  return h->journal ? journal_append(h->journal, a, err) : 0;
}

static int save(void *ud, const DeskSave *s, char *path_out, size_t n, Error *err) {
  DeskHostState *h = ud;
  if (!h->loaded)
    return error_set(err, NULL, 0, "no session to save");
  if (choose_record(h, s->trainee, err) < 0)
    return -1;
  RecordMeta m = {s->trainee, NULL, s->mode, s->started, s->ended, s->seed};
  char *text = record_build(&m, h->cur.proc, h->cur.sim, s->score);
  int rc = record_write_atomic(h->record, text, err);
  h->save_failed = rc < 0;
  if (rc == 0) {
    snprintf(path_out, n, "%s", h->record);
    journal_close_remove(h->journal); /* the record holds it all now */
    h->journal = NULL;
  }
  free(text);
  return rc;
}

static int recover(void *ud, const char *journal, DeskRecovered *out, Error *err) {
  (void)ud;
  char *path = recover_record_path(journal);
  RecoverResult r;
  int rc = recover_journal(journal, path, NULL, 0, &r, err);
  if (rc == 0) {
    remove(journal);
    snprintf(out->record, sizeof out->record, "%s", path);
    snprintf(out->scenario, sizeof out->scenario, "%s", r.scenario_file);
    out->seed = r.seed;
  }
  free(path);
  return rc;
}

const char *desk_host_kept_journal(const DeskHostState *h) { return h->kept; }

DeskHost desk_host_bind(DeskHostState *h) {
  return (DeskHost){h, catalog, load, unload, begin, journal, read_actions, save, recover};
}
