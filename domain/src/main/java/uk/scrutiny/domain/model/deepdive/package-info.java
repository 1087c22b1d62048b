/**
 * Deep dives: a working group of committee members examining an item in depth over several evidence sessions
 * (witnesses, site visits, surveys), reaching findings and SMART recommendations in a final report. An aggregate of
 * its own, because it runs for months after the meeting that referred the item.
 */
package uk.scrutiny.domain.model.deepdive;
