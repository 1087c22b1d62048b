package uk.scrutiny.domain.model.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.calendar.DisplayDate;

/**
 * How long is left until a due date, in working days, as pages show it ("3 working days left", "due today",
 * "overdue by 2 working days"). A value of its own because "overdue" and "0 working days left" are different things:
 * a response due on Friday is overdue on Saturday although no working day has passed.
 *
 * @param today the day the question is asked
 * @param due the due date
 * @param workingDays working days after today up to and including the due date; negative (minus the working days
 *     after the due date up to and including today) when overdue
 * @param warnings for instance when bank holidays of a year in between are not known
 */
public record WorkingDaysLeft(LocalDate today, LocalDate due, int workingDays, List<String> warnings) {

    public WorkingDaysLeft {
        Objects.requireNonNull(today, "Today's date is required.");
        Objects.requireNonNull(due, "Due date is required.");
        warnings = List.copyOf(Objects.requireNonNull(warnings, "Warnings are required (an empty list when none)."));
        if (due.isBefore(today) ? workingDays > 0 : workingDays < 0) {
            throw new DomainRuleViolation("workingDays", workingDays + " working days cannot be left from "
                    + DisplayDate.format(today) + " until " + DisplayDate.format(due) + ".");
        }
    }

    /** The due date has passed. */
    public boolean isOverdue() {
        return due.isBefore(today);
    }

    /** The due date is today. */
    public boolean isDueToday() {
        return due.equals(today);
    }

    /** How many working days overdue (0 when not overdue, or overdue only by a weekend or holiday). */
    public int overdueBy() {
        return Math.max(0, -workingDays);
    }

    /** As a page shows it: "3 working days left", "1 working day left", "due today", "overdue by 2 working days", "overdue". */
    public String describe() {
        if (isDueToday()) {
            return "due today";
        }
        if (isOverdue()) {
            int late = overdueBy();
            return late == 0 ? "overdue" : "overdue by " + plural(late);
        }
        return plural(workingDays) + " left";
    }

    private static String plural(int days) {
        return days + (days == 1 ? " working day" : " working days");
    }
}
