/* team_report.c - the team report (stub). */
#include "review_internal.h"

char *team_report_html(const Review *rv, const CoachCatalog *cat, const char *generated) {
  (void)rv, (void)cat, (void)generated;
  return xstrdup("<!DOCTYPE html>\n");
}
