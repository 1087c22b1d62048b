/**
 * The chair's pages ({@code /chair/}, chairs and vice-chairs): their tasks as chair, for the committees they chair
 * ({@link ChairedCommittees}): the red flags awaiting triage, which they triage with democratic services' form and
 * checks, and the reports past their publication date that wait on their agreement to be taken as urgent.
 */
package uk.scrutiny.web.pages.chair;
