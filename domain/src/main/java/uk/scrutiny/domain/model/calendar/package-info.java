/**
 * The working-day calendar: which days count when a deadline is measured in working days.
 *
 * <p>A working day is Monday to Friday, not a bank holiday of England and Wales and not a closure day of the
 * council. Bank holidays are data, never computed, because they move (8 May 2020, 2-3 June 2022): they come from a
 * file in the GOV.UK {@code bank-holidays.json} format ({@link uk.scrutiny.domain.model.calendar.BankHolidayFeed}),
 * one is bundled, and an administrator can replace it with a newer one. Closures are set per council
 * ({@link uk.scrutiny.domain.model.calendar.ClosurePeriod}). Everything here is plain, immutable Java so the deadline
 * rules can be tested without a container.
 */
package uk.scrutiny.domain.model.calendar;
