/* criteria.c - the criteria of units CC38 and CC39 (text from the OCR unit documents). */
#include "criteria.h"

#include <string.h>

static const Criterion all[] = {
    {"CC38-1.1", "Respond to incoming calls in a calm and professional manner", "answer_time reassurance"},
    {"CC38-1.2", "Maintain control of the conversation", "question open_first no_repeats irrelevant_questions"},
    {"CC38-1.3", "Record the contact and information in an incident log in accordance with organisational procedures", "log log_timeliness close"},
    {"CC38-1.4", "Assess and prioritise reported incidents in accordance with organisational procedures", "classification priority validity no_unneeded_response"},
    {"CC38-1.5", "Pass accurate and concise contact information to those responsible for taking action in accordance with organisational procedures", "briefing dispatch_time"},
    {"CC38-1.6", "Provide information, advice and support in response to requests in accordance with organisational procedures", "advice forbidden_advice advice_limits"},
    {"CC38-1.7", "Escalate incident responses in accordance with organisational procedures", "escalation needless_escalation"},
    {"CC38-2.1", "Communicate with external organisations in accordance with organisational procedures", "notify"},
    {"CC38-2.2", "Use the most efficient means (voice or data options) to communicate with those dealing with the incident", "channel"},
    {"CC38-2.3", "Use agreed conventions of wording, style and approach appropriate for different communication media", "no_jargon"},
    {"CC38-3.1", "Describe the incident management services offered by the contact centre", "knowledge"},
    {"CC38-3.2", "Describe the impact of regulation or legislation on incident management", "knowledge"},
    {"CC38-3.3", "Describe the purpose and use of decision trees", "knowledge"},
    {"CC38-3.4", "Describe how to determine the appropriate allocation of resources to incidents", "knowledge"},
    {"CC38-3.5", "Describe the boundaries of a contact incident that justify actions being escalated to different levels of response", "knowledge"},
    {"CC38-3.6", "Describe the nature and limits of instructions and advice that can be passed on to a contact reporting an incident", "knowledge"},
    {"CC38-3.7", "Describe standard wording and codes used by the organisation when dealing with incident management", "knowledge"},
    {"CC38-3.8", "Describe the type and extent of resources available for deployment in incident management", "knowledge"},
    {"CC39-1.1", "Respond to incoming contacts relating to incidents in accordance with organisational procedures", "answer_time question open_first"},
    {"CC39-1.2", "Select resources that are available to deal with reported incidents", "response resources dispatch_time reallocate"},
    {"CC39-1.3", "Inform the selected personnel of their responsibilities in accordance with organisational procedures", "briefing"},
    {"CC39-1.4", "Specify the action needed from personnel that are deployed to deal with the incident in accordance with organisational procedures", "tasks"},
    {"CC39-1.5", "Monitor the management of the incident in accordance with organisational procedures", "monitor status_check shift_end"},
    {"CC39-1.6", "Ensure that the correct decision paths have been followed to manage reported incidents", "decision_path decision_review needless_correction"},
    {"CC39-1.7", "Deal with queries and/or complaints about incident handling in accordance with organisational procedures", "complaint complaint_order query"},
    {"CC39-2.1", "Agree with colleagues the areas in which they need support and guidance in incident management", "support_area"},
    {"CC39-2.2", "Agree with colleagues the type of support that will provide them with support that is capable of meeting their identified needs", "support_type"},
    {"CC39-2.3", "Identify actions to improve team performance in incident handling from a review of incident management results", "improve"},
    {"CC39-3.1", "Explain the incident management services offered by the contact centre", "knowledge"},
    {"CC39-3.2", "Describe the strengths and weaknesses of methods of assessing the validity and priority of the potential incident", "knowledge"},
    {"CC39-3.3", "Explain the importance of clear communication using the most appropriate channel with those dealing with incidents", "knowledge"},
    {"CC39-3.4", "Describe the strengths and weaknesses of ways of monitoring the actions of those deployed to deal with the incident", "knowledge"},
    {"CC39-3.5", "Describe the strengths and weaknesses of different types of support for colleagues", "knowledge"},
    {"CC39-3.6", "Explain the importance of reviewing incident management results", "knowledge"},
};

const Criterion *criteria_all(size_t *n) {
  *n = sizeof all / sizeof *all;
  return all;
}

const Criterion *criteria_find(const char *code) {
  for (size_t i = 0; code && i < sizeof all / sizeof *all; i++)
    if (strcmp(all[i].code, code) == 0) return &all[i];
  return NULL;
}

int criteria_has_check(const Criterion *c, const char *check) {
  size_t n = strlen(check);
  for (const char *p = c->checks; (p = strstr(p, check)) != NULL; p += n)
    if ((p == c->checks || p[-1] == ' ') && (p[n] == ' ' || p[n] == 0)) return 1;
  return 0;
}

const Criterion *criteria_for_check(const char *check, const char *unit) {
  const Criterion *any = NULL;
  for (size_t i = 0; i < sizeof all / sizeof *all; i++) {
    if (!criteria_has_check(&all[i], check)) continue;
    if (unit && strncmp(all[i].code, unit, 4) == 0) return &all[i];
    if (!any) any = &all[i];
  }
  return any;
}
