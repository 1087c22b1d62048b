package uk.scrutiny.domain.model.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.scrutiny.domain.model.DomainRuleViolation;

class DeadlineRulesTest {

    @Test
    void theDefaultsAreThoseOfTheToolkit() {
        DeadlineRules defaults = DeadlineRules.defaults();

        assertThat(defaults.publicationClearWorkingDays()).isEqualTo(5);
        assertThat(defaults.officerResponseWorkingDays()).isEqualTo(5);
        assertThat(defaults.executiveResponseMonths()).isEqualTo(2);
        assertThat(defaults.meetingCycleMonths()).isEqualTo(2);
    }

    @Test
    void eachSettingCanBeChangedAloneAndRulesAreEqualByValue() {
        DeadlineRules changed = DeadlineRules.defaults().withPublicationClearWorkingDays(3)
                .withOfficerResponseWorkingDays(10).withExecutiveResponseMonths(3).withMeetingCycleMonths(1);

        assertThat(changed).isEqualTo(new DeadlineRules(3, 10, 3, 1));
        assertThat(DeadlineRules.defaults()).isEqualTo(new DeadlineRules(5, 5, 2, 2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no clear day            | 0 |  5 | 2 | 2 | publicationClearWorkingDays | Reports must be published at least 1 clear working day before the meeting; 0 is not allowed.
            response after publish  | 5 | -1 | 2 | 2 | officerResponseWorkingDays  | must be 0 or more, not -1.
            no months to respond    | 5 |  5 | 0 | 2 | executiveResponseMonths     | The executive must be given at least 1 month to respond to recommendations; 0 is not allowed.
            no meeting cycle        | 5 |  5 | 2 | 0 | meetingCycleMonths          | A meeting cycle must be at least 1 month; 0 is not allowed.
            """)
    void refusesSettingsThatMakeNoSense(String what, int n, int m, int months, int cycle, String field, String message) {
        assertThatThrownBy(() -> new DeadlineRules(n, m, months, cycle))
                .as(what)
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((DomainRuleViolation) e).field()).isEqualTo(field));
    }

    @Test
    void allowsTheOfficerResponseOnThePublicationDate() {
        assertThat(new DeadlineRules(1, 0, 1, 1).officerResponseWorkingDays()).isZero();
    }

    @Test
    void meetingDeadlinesGatherEachWarningOnceAndRefuseDatesInTheWrongOrder() {
        LocalDate meeting = LocalDate.of(2031, 1, 16);
        ExplainedDate publication = new ExplainedDate(LocalDate.of(2031, 1, 8), List.of(), List.of("A", "B"));
        ExplainedDate officer = new ExplainedDate(LocalDate.of(2031, 1, 1), List.of(), List.of("B", "C"));

        assertThat(new MeetingDeadlines(meeting, publication, officer).warnings()).containsExactly("A", "B", "C");
        assertThatThrownBy(() -> new MeetingDeadlines(LocalDate.of(2031, 1, 8), publication, officer))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("The publication date (Wed 8 Jan 2031) must be before the meeting (Wed 8 Jan 2031).");
        assertThatThrownBy(() -> new MeetingDeadlines(meeting, officer, publication))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("cannot be after the publication date");
    }

    @Test
    void anExplainedDateIsImmutable() {
        List<String> steps = new java.util.ArrayList<>(List.of("one"));
        ExplainedDate date = new ExplainedDate(LocalDate.of(2026, 1, 7), steps, List.of());
        steps.add("two");

        assertThat(date.steps()).containsExactly("one");
        assertThat(date.hasWarnings()).isFalse();
        assertThatThrownBy(() -> date.warnings().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
