package uk.scrutiny.domain.model.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.calendar.WorkingDayCalendar;

/**
 * On which working day each notice about an officer's response is sent: reminders some working days before the
 * due date (by default 5 and 1), and the escalation on the working day after it, if the response has still not
 * been submitted.
 *
 * <p>A reminder goes on its day or not at all: one whose day had already passed when the request was issued, or
 * when its due date moved, is skipped rather than sent late, since a late "5 working days left" would be wrong and
 * the next reminder or the escalation follows anyway. The escalation is never skipped: a response overdue stays
 * overdue until it comes.
 *
 * @param reminderWorkingDays working days before the due date of each reminder, most first; two at most (the
 *     lifecycle process has a timer for each)
 */
public record ChasingRules(List<Integer> reminderWorkingDays) {

    /** How many reminders the lifecycle process can time. */
    public static final int MOST_REMINDERS = 2;

    /** The escalation: this many working days after the due date. */
    public static final int ESCALATION_WORKING_DAYS = 1;

    public ChasingRules {
        reminderWorkingDays = List.copyOf(Objects.requireNonNull(reminderWorkingDays,
                "The reminders' working days are required"));
        if (reminderWorkingDays.size() > MOST_REMINDERS) {
            throw new IllegalArgumentException("At most " + MOST_REMINDERS + " reminders are sent before a due date,"
                    + " not " + reminderWorkingDays.size() + ": " + reminderWorkingDays);
        }
        for (int i = 0; i < reminderWorkingDays.size(); i++) {
            int days = reminderWorkingDays.get(i);
            if (days < 1 || (i > 0 && days >= reminderWorkingDays.get(i - 1))) {
                throw new IllegalArgumentException("Reminders come one or more working days before the due date, "
                        + "the first furthest ahead: " + reminderWorkingDays + " will not do");
            }
        }
    }

    /** 5 and 1 working days before. */
    public static ChasingRules defaults() {
        return new ChasingRules(List.of(5, 1));
    }

    /** The day the {@code n}th reminder (0 first) is sent for a response due on {@code due}. */
    public LocalDate reminderOn(int n, LocalDate due, WorkingDayCalendar calendar) {
        LocalDate day = Objects.requireNonNull(due, "The due date is required.");
        for (int i = 0; i < reminderWorkingDays.get(n); i++) {
            day = calendar.previousWorkingDay(day);
        }
        return day;
    }

    /** The day a response due on {@code due} and still missing is escalated. */
    public LocalDate escalationOn(LocalDate due, WorkingDayCalendar calendar) {
        LocalDate day = Objects.requireNonNull(due, "The due date is required.");
        for (int i = 0; i < ESCALATION_WORKING_DAYS; i++) {
            day = calendar.nextWorkingDay(day);
        }
        return day;
    }

    /** Whether the {@code n}th reminder goes out {@code today}: on its day only, never late. */
    public boolean remindsOn(LocalDate today, int n, LocalDate due, WorkingDayCalendar calendar) {
        return reminderOn(n, due, calendar).equals(today);
    }

    /** Whether a response due on {@code due} and still missing is escalated {@code today}: from its day on. */
    public boolean escalatesBy(LocalDate today, LocalDate due, WorkingDayCalendar calendar) {
        return !escalationOn(due, calendar).isAfter(today);
    }

    /** How each notice's day was worked out, for whoever asks why a reminder came when it did. */
    public List<String> explain(LocalDate due, WorkingDayCalendar calendar) {
        List<String> steps = new java.util.ArrayList<>();
        steps.add("Response due " + DisplayDate.format(due) + ".");
        for (int n = 0; n < reminderWorkingDays.size(); n++) {
            steps.add("Reminder " + reminderWorkingDays.get(n) + " working day" + (reminderWorkingDays.get(n) == 1
                    ? "" : "s") + " before: " + DisplayDate.format(reminderOn(n, due, calendar)) + ".");
        }
        steps.add("Escalated to democratic services if still missing on "
                + DisplayDate.format(escalationOn(due, calendar)) + ", the next working day.");
        return steps;
    }
}
