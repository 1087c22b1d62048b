package uk.scrutiny.workflow.chasing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import uk.scrutiny.domain.model.calendar.WorkingDayCalendar;

/**
 * When each notice about an officer's response falls due, in the council's working days and at the council's time
 * of day (Europe/London, so summer time moves the instant, not the hour).
 *
 * @param firstReminderWorkingDays the first reminder, this many working days before the due date
 * @param secondReminderWorkingDays the second reminder, fewer working days before it (0: on the due date)
 * @param escalationWorkingDaysAfterDue the escalation, this many working days after it (0: on the due date itself)
 * @param sendAt the time of day every notice goes out
 */
public record ChasingRules(int firstReminderWorkingDays, int secondReminderWorkingDays,
        int escalationWorkingDaysAfterDue, LocalTime sendAt) {

    public static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    public ChasingRules {
        if (secondReminderWorkingDays < 0 || firstReminderWorkingDays <= secondReminderWorkingDays) {
            throw new IllegalArgumentException("The first reminder must come more working days before the due date "
                    + "than the second, and the second not after it: " + firstReminderWorkingDays + " and "
                    + secondReminderWorkingDays + " will not do");
        }
        if (escalationWorkingDaysAfterDue < 0) {
            throw new IllegalArgumentException("The escalation cannot come before the due date: "
                    + escalationWorkingDaysAfterDue + " working days after it will not do");
        }
        Objects.requireNonNull(sendAt, "The time of day notices go out is required");
    }

    /** When {@code notice} is due for a response due on {@code due}. */
    public Instant dueAt(Notice notice, LocalDate due, WorkingDayCalendar days) {
        LocalDate on = switch (notice) {
            case FIRST_REMINDER -> workingDays(days, due, -firstReminderWorkingDays);
            case SECOND_REMINDER -> workingDays(days, due, -secondReminderWorkingDays);
            case ESCALATION -> workingDays(days, due, escalationWorkingDaysAfterDue);
        };
        return on.atTime(sendAt).atZone(COUNCIL_ZONE).toInstant();
    }

    private static LocalDate workingDays(WorkingDayCalendar days, LocalDate from, int count) {
        LocalDate day = from;
        int step = count < 0 ? -1 : 1;
        for (int counted = 0; counted < Math.abs(count); ) {
            day = day.plusDays(step);
            if (days.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
