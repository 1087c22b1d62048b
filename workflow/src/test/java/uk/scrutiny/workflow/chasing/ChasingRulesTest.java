package uk.scrutiny.workflow.chasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.calendar.WorkingDayCalendar;

class ChasingRulesTest {

    private static final WorkingDayCalendar ENGLAND_AND_WALES = WorkingDayCalendar.englandAndWales();
    private static final ChasingRules DEFAULTS = new ChasingRules(5, 1, 1, LocalTime.of(9, 0));

    @Test
    void remindersAndEscalationCountWorkingDaysAroundChristmasInWinterTime() {
        // Due Tuesday 29 December 2026: Christmas Day (Friday) and Boxing Day's substitute (Monday 28) do not count.
        LocalDate due = LocalDate.of(2026, 12, 29);

        assertThat(DEFAULTS.dueAt(Notice.FIRST_REMINDER, due, ENGLAND_AND_WALES))
                .isEqualTo(Instant.parse("2026-12-18T09:00:00Z"));
        assertThat(DEFAULTS.dueAt(Notice.SECOND_REMINDER, due, ENGLAND_AND_WALES))
                .isEqualTo(Instant.parse("2026-12-24T09:00:00Z"));
        assertThat(DEFAULTS.dueAt(Notice.ESCALATION, due, ENGLAND_AND_WALES))
                .isEqualTo(Instant.parse("2026-12-30T09:00:00Z"));
    }

    @Test
    void noticesGoOutAtTheCouncilsTimeOfDayInSummerTime() {
        // Due Monday 6 July 2026: the day before is the Friday, 09:00 in London is 08:00 UTC.
        assertThat(DEFAULTS.dueAt(Notice.SECOND_REMINDER, LocalDate.of(2026, 7, 6), ENGLAND_AND_WALES))
                .isEqualTo(Instant.parse("2026-07-03T08:00:00Z"));
    }

    @Test
    void anEscalationOnTheDueDateItselfIsAllowedAndReminderOrderIsKept() {
        ChasingRules sameDay = new ChasingRules(3, 0, 0, LocalTime.MIDNIGHT);
        LocalDate due = LocalDate.of(2026, 11, 26);

        assertThat(sameDay.dueAt(Notice.ESCALATION, due, ENGLAND_AND_WALES))
                .isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
        assertThat(sameDay.dueAt(Notice.SECOND_REMINDER, due, ENGLAND_AND_WALES))
                .isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
        assertThatThrownBy(() -> new ChasingRules(1, 1, 1, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first reminder");
        assertThatThrownBy(() -> new ChasingRules(5, 1, -1, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("escalation");
    }
}
