/* units.h - the two units a record gives evidence for, as the awarding bodies print them
 * (../shared/seeds/): titles, unit accreditation numbers, and the kinds of evidence each
 * learning outcome accepts. Used by the xAPI export and the evidence report. */
#ifndef INCIDESK_UNITS_H
#define INCIDESK_UNITS_H

typedef struct UnitInfo {
  const char *code;        /* "CC38" */
  const char *title;       /* "Deal with incidents through a contact centre" */
  const char *uan;         /* "K/503/0421" */
  int level;               /* 2 */
  const char *printed;     /* where the unit is printed: "OCR unit 16; City & Guilds unit 234" */
  const char *evidence[3]; /* kinds of evidence accepted for learning outcomes 1, 2, 3 */
} UnitInfo;

/* The unit of a unit code ("CC38") or criterion code ("CC38-1.4"), or NULL. Static data. */
const UnitInfo *unit_find(const char *code);

/* The learning outcome (1..3) of a criterion code ("CC38-1.4" -> 1), or 0. */
int unit_outcome(const char *criterion);

/* What a session in the simulator is, as evidence: the words the report and the xAPI export
 * use for it. */
#define EVIDENCE_TYPE "observation of simulated practice"

#endif
