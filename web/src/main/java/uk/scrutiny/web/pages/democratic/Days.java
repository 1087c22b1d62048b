package uk.scrutiny.web.pages.democratic;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.deadline.DeadlineCalculator;
import uk.scrutiny.domain.model.deadline.WorkingDaysLeft;

/** Today as the council counts it, and deadlines as the pages show them: a date and the working days left. */
final class Days {

    static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    private Days() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(COUNCIL_ZONE));
    }

    static String format(LocalDate date) {
        return date == null ? "" : DisplayDate.format(date);
    }

    static String left(DeadlineCalculator deadlines, LocalDate today, LocalDate due) {
        WorkingDaysLeft left = deadlines.workingDaysLeft(today, due);
        return left.describe();
    }

    /** The GOV.UK tag colour for a deadline: red when passed, yellow within five working days, else none. */
    static String tagClass(DeadlineCalculator deadlines, LocalDate today, LocalDate due) {
        WorkingDaysLeft left = deadlines.workingDaysLeft(today, due);
        if (left.isOverdue()) {
            return "govuk-tag--red";
        }
        return left.isDueToday() || left.workingDays() <= 5 ? "govuk-tag--yellow" : "govuk-tag--grey";
    }
}
