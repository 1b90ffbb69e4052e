/* units.c - CC38 and CC39 as printed in the units (../shared/seeds/). */
#include "units.h"

#include <stdlib.h>
#include <string.h>

static const UnitInfo units[] = {
    {"CC38",
     "Deal with incidents through a contact centre",
     "K/503/0421",
     2,
     "OCR unit 16; City & Guilds unit 234",
     {"observation, product, professional discussion, questioning, witness testimony",
      "observation, product, professional discussion, questioning, witness testimony",
      "report, professional discussion, questioning"}},
    {"CC39",
     "Manage incidents referred to a contact centre",
     "K/503/0418",
     3,
     "OCR unit 17; City & Guilds unit 320",
     {"observation, product, professional discussion, questioning, reflective account, witness "
      "testimony",
      "observation, product, professional discussion, questioning, reflective account, witness "
      "testimony",
      "reflective account, professional discussion, questioning"}},
};

const UnitInfo *unit_find(const char *code) {
  for (size_t i = 0; code && i < sizeof units / sizeof *units; i++)
    if (strncmp(code, units[i].code, 4) == 0 && (code[4] == 0 || code[4] == '-'))
      return &units[i];
  return NULL;
}

int unit_outcome(const char *criterion) {
  if (!unit_find(criterion) || criterion[4] != '-')
    return 0;
  int lo = atoi(criterion + 5);
  return lo >= 1 && lo <= 3 ? lo : 0;
}
