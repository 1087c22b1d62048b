package uk.scrutiny.domain.model.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.calendar.WorkingDayCalendar;

/**
 * When democratic services chase the executive for its response to a committee's recommendations: a reminder some
 * working days before the response is due, and an escalation on the first day it is overdue. Worked out from the
 * due date with the council's working-day calendar, with the steps shown to whoever asks why.
 *
 * <p>Why ten working days: the response usually goes to a Cabinet meeting or a portfolio holder's decision, whose
 * papers close a week or more before; a reminder later than two working weeks ahead could not change the date any
 * more. The escalation is on the day after the due date, not the next working day: from that day the response is
 * late, whatever the calendar says.
 */
public record ExecutiveResponseChase(LocalDate due, LocalDate remindOn, LocalDate escalateOn, List<String> steps) {

    /** How many working days before the due date the reminder goes. */
    public static final int REMINDER_WORKING_DAYS = 10;

    public ExecutiveResponseChase {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(remindOn, "remindOn");
        Objects.requireNonNull(escalateOn, "escalateOn");
        steps = List.copyOf(steps);
    }

    /** The reminder and escalation of a response due on the day. */
    public static ExecutiveResponseChase forDue(LocalDate due, WorkingDayCalendar calendar) {
        Objects.requireNonNull(due, "The due date is required.");
        Objects.requireNonNull(calendar, "The working-day calendar is required.");
        LocalDate remindOn = due;
        for (int i = 0; i < REMINDER_WORKING_DAYS; i++) {
            remindOn = calendar.previousWorkingDay(remindOn);
        }
        LocalDate escalateOn = due.plusDays(1);
        return new ExecutiveResponseChase(due, remindOn, escalateOn, List.of(
                "Executive response due " + DisplayDate.format(due) + ".",
                "Reminder " + REMINDER_WORKING_DAYS + " working days before: " + DisplayDate.format(remindOn) + ".",
                "Escalated to democratic services if still missing on " + DisplayDate.format(escalateOn)
                        + ", the first day it is overdue."));
    }
}
