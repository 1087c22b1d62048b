package uk.scrutiny.domain.model.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.calendar.ClosurePeriod;
import uk.scrutiny.domain.model.calendar.WorkingDayCalendar;

class ChasingRulesTest {

    private static final WorkingDayCalendar ENGLAND_AND_WALES = WorkingDayCalendar.englandAndWales();
    private static final ChasingRules DEFAULTS = ChasingRules.defaults();

    @Test
    void remindersCountWorkingDaysBackOverChristmasAndTheEscalationIsTheNextWorkingDay() {
        // Due Tuesday 29 December 2026: Christmas Day (Friday 25) and Boxing Day's substitute (Monday 28) do not
        // count, nor the weekend.
        LocalDate due = LocalDate.of(2026, 12, 29);

        assertThat(DEFAULTS.reminderOn(0, due, ENGLAND_AND_WALES)).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(DEFAULTS.reminderOn(1, due, ENGLAND_AND_WALES)).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(DEFAULTS.escalationOn(due, ENGLAND_AND_WALES)).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void aResponseDueBeforeABankHolidayWeekendEscalatesOnTheTuesday() {
        // Due Friday 28 August 2026; Monday 31 August is the summer bank holiday.
        assertThat(DEFAULTS.escalationOn(LocalDate.of(2026, 8, 28), ENGLAND_AND_WALES))
                .isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void theCouncilsClosureDaysDoNotCountEither() {
        WorkingDayCalendar closedAfterChristmas = ENGLAND_AND_WALES.withClosure(
                new ClosurePeriod(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 31), "Christmas closure"));

        // Due Monday 4 January 2027: the day before that is a working day is Thursday 24 December.
        assertThat(DEFAULTS.reminderOn(1, LocalDate.of(2027, 1, 4), closedAfterChristmas))
                .isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void aReminderGoesOnItsDayOnlyAndIsSkippedOncePastButTheEscalationStands() {
        LocalDate due = LocalDate.of(2026, 12, 3); // Thursday; 5 working days before is Thursday 26 November
        LocalDate reminderDay = LocalDate.of(2026, 11, 26);

        assertThat(DEFAULTS.remindsOn(reminderDay, 0, due, ENGLAND_AND_WALES)).as("on its day").isTrue();
        assertThat(DEFAULTS.remindsOn(reminderDay.minusDays(1), 0, due, ENGLAND_AND_WALES)).as("not early").isFalse();
        assertThat(DEFAULTS.remindsOn(reminderDay.plusDays(1), 0, due, ENGLAND_AND_WALES)).as("never late")
                .isFalse();

        assertThat(DEFAULTS.escalatesBy(due, due, ENGLAND_AND_WALES)).as("not on the due date itself").isFalse();
        assertThat(DEFAULTS.escalatesBy(LocalDate.of(2026, 12, 4), due, ENGLAND_AND_WALES)).isTrue();
        assertThat(DEFAULTS.escalatesBy(LocalDate.of(2026, 12, 9), due, ENGLAND_AND_WALES)).as("still overdue later")
                .isTrue();
    }

    @Test
    void theExplanationListsEachDay() {
        assertThat(DEFAULTS.explain(LocalDate.of(2026, 12, 3), ENGLAND_AND_WALES)).containsExactly(
                "Response due Thu 3 Dec 2026.",
                "Reminder 5 working days before: Thu 26 Nov 2026.",
                "Reminder 1 working day before: Wed 2 Dec 2026.",
                "Escalated to democratic services if still missing on Fri 4 Dec 2026, the next working day.");
    }

    @Test
    void remindersMustComeBeforeTheDueDateTheFirstFurthestAhead() {
        assertThat(new ChasingRules(List.of(3)).reminderWorkingDays()).containsExactly(3);
        assertThat(new ChasingRules(List.of()).reminderWorkingDays()).isEmpty();
        assertThatThrownBy(() -> new ChasingRules(List.of(1, 5))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("first furthest ahead");
        assertThatThrownBy(() -> new ChasingRules(List.of(0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChasingRules(List.of(10, 5, 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("At most 2");
    }
}
