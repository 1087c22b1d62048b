/**
 * The pages of democratic services (role {@code democratic-services}, under {@code /democratic/}): the deadline
 * dashboard they start from, the work on one item (triage, key lines of enquiry, requests, review, publication,
 * outcome, withdrawal), the deep dive of an item referred to one (working group, evidence sessions, findings, final
 * report), the decision on an officer's extension request, and the work programme planner. The beans call the
 * lifecycle's commands and the deadline queries directly; a command refused by the service is shown on the form it
 * came from.
 */
package uk.scrutiny.web.pages.democratic;
