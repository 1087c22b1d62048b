package uk.scrutiny.domain.model.calendar;

import java.time.LocalDate;
import java.util.Objects;
import uk.scrutiny.domain.model.DomainRuleViolation;

/**
 * Days on which the council is closed although they are neither weekends nor bank holidays (typically between
 * Christmas and New Year). Set per council by an administrator; no deadline falls on them and they are not counted
 * as working days. Both ends are inclusive, as the users say them ("closed 24 December to 2 January").
 */
public record ClosurePeriod(LocalDate firstDay, LocalDate lastDay, String reason) {

    public ClosurePeriod {
        Objects.requireNonNull(firstDay, "First day of the closure is required.");
        Objects.requireNonNull(lastDay, "Last day of the closure is required.");
        if (lastDay.isBefore(firstDay)) {
            throw new DomainRuleViolation("lastDay", "The last day of a closure (" + DisplayDate.format(lastDay)
                    + ") cannot be before its first day (" + DisplayDate.format(firstDay) + ").");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("reason", "A closure needs a reason, such as ‘Christmas closure’.");
        }
        reason = reason.strip();
    }

    /** A closure of one day. */
    public static ClosurePeriod singleDay(LocalDate day, String reason) {
        return new ClosurePeriod(day, day, reason);
    }

    /** Whether the council is closed on this day because of this closure. */
    public boolean includes(LocalDate day) {
        Objects.requireNonNull(day, "Date is required.");
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
