package uk.scrutiny.domain.model.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.calendar.WorkingDayCalendar;

class ExecutiveResponseChaseTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    @Test
    void theReminderGoesTenWorkingDaysBeforeAndTheEscalationOnTheFirstDayOverdue() {
        ExecutiveResponseChase chase = ExecutiveResponseChase.forDue(LocalDate.of(2026, 3, 27), CALENDAR);

        assertThat(chase.remindOn()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(chase.escalateOn()).isEqualTo(LocalDate.of(2026, 3, 28));
        assertThat(chase.steps()).containsExactly("Executive response due Fri 27 Mar 2026.",
                "Reminder 10 working days before: Fri 13 Mar 2026.",
                "Escalated to democratic services if still missing on Sat 28 Mar 2026, the first day it is overdue.");
    }

    @Test
    void bankHolidaysDoNotCountAsWorkingDaysBeforeTheDueDate() {
        // Good Friday 3 Apr and Easter Monday 6 Apr 2026 are skipped.
        ExecutiveResponseChase chase = ExecutiveResponseChase.forDue(LocalDate.of(2026, 4, 10), CALENDAR);

        assertThat(chase.remindOn()).isEqualTo(LocalDate.of(2026, 3, 25));
    }
}
