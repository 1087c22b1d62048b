/**
 * Scrutiny items: the topics on a work programme and everything that happens to one on its way from a red flag (or
 * the annual programme) to the committee's decision: triage, key lines of enquiry (KLOE) with the standard data
 * inclusions, information requests to officers with their extensions, hand-overs and responses, publication,
 * members' questions, outcomes, and the timeline that records each change. {@link
 * uk.scrutiny.domain.model.item.ScrutinyItem} is the aggregate root: the other entities here are changed only
 * through it (or through a request it holds) and stored with it.
 */
package uk.scrutiny.domain.model.item;
