/**
 * The deadlines of a scrutiny item, counted on a council's
 * {@link uk.scrutiny.domain.model.calendar.WorkingDayCalendar}: when a meeting's reports are published, when the
 * officer response is due, by when the key lines of enquiry (KLOE) should be agreed, when the executive must respond
 * to recommendations, and how many working days are left until a date.
 *
 * <p>{@link uk.scrutiny.domain.model.deadline.DeadlineRules} holds a council's settings;
 * {@link uk.scrutiny.domain.model.deadline.DeadlineCalculator} applies them. Every computed date is an
 * {@link uk.scrutiny.domain.model.deadline.ExplainedDate}: the date, the steps that led to it in plain English, and
 * warnings (for instance when the bank holidays of a year are not yet known). Nothing here throws for a date that is
 * merely awkward; it answers and warns.
 */
package uk.scrutiny.domain.model.deadline;
