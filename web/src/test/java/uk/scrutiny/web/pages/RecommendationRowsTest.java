package uk.scrutiny.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.calendar.BankHoliday;
import uk.scrutiny.domain.model.calendar.WorkingDayCalendar;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.deadline.DeadlineCalculator;
import uk.scrutiny.domain.model.deadline.DeadlineRules;
import uk.scrutiny.domain.model.item.ItemType;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.recommendation.ExecutiveDecision;
import uk.scrutiny.domain.model.recommendation.ExecutiveResponse;
import uk.scrutiny.domain.model.recommendation.RagStatus;
import uk.scrutiny.domain.model.recommendation.Recommendation;

class RecommendationRowsTest {

    /** England and Wales in 2026 (the bundled feed needs a JSON-P provider this module's tests do not have). */
    private static final DeadlineCalculator DEADLINES = new DeadlineCalculator(WorkingDayCalendar.of(List.of(
            new BankHoliday(LocalDate.of(2026, 1, 1), "New Year's Day"),
            new BankHoliday(LocalDate.of(2026, 4, 3), "Good Friday"),
            new BankHoliday(LocalDate.of(2026, 4, 6), "Easter Monday"),
            new BankHoliday(LocalDate.of(2026, 5, 4), "Early May bank holiday"),
            new BankHoliday(LocalDate.of(2026, 5, 25), "Spring bank holiday"),
            new BankHoliday(LocalDate.of(2026, 8, 31), "Summer bank holiday"),
            new BankHoliday(LocalDate.of(2026, 12, 25), "Christmas Day"),
            new BankHoliday(LocalDate.of(2026, 12, 28), "Boxing Day")), Set.of(2026), List.of()),
            DeadlineRules.defaults());

    private final ScrutinyItem item = new ScrutinyItem(new Committee("Children's Services Overview and Scrutiny "
            + "Committee", null), "Re-referrals", null, ItemType.REPORT, "Work programme");
    private final LocalDate madeOn = LocalDate.of(2026, 1, 27);

    private Recommendation made(String text) {
        return Recommendation.made(item, null, text, "Cabinet", madeOn, DEADLINES);
    }

    @Test
    void anAwaitedResponseShowsItsDueDateWorkingDaysLeftAndHowItWasWorkedOutAndChased() {
        Recommendation awaited = made("Report each quarter the re-referral rate by locality.");

        RecommendationRows.Row soon = RecommendationRows.row(awaited, 1, DEADLINES, LocalDate.of(2026, 3, 20));
        assertThat(soon.due()).isEqualTo("Fri 27 Mar 2026");
        assertThat(soon.dueLeft()).isEqualTo(DEADLINES.workingDaysLeft(LocalDate.of(2026, 3, 20),
                LocalDate.of(2026, 3, 27)).describe());
        assertThat(soon.dueTag()).as("within ten working days").isEqualTo("govuk-tag--yellow");
        assertThat(soon.responseStatus()).isEqualTo("Awaiting response");
        assertThat(soon.overdue()).isFalse();
        assertThat(soon.howWorkedOut()).anyMatch(s -> s.contains("must respond within 2 months"))
                .anyMatch(s -> s.startsWith("Reminder 10 working days before"));

        RecommendationRows.Row late = RecommendationRows.row(awaited, 1, DEADLINES, LocalDate.of(2026, 4, 1));
        assertThat(late.overdue()).isTrue();
        assertThat(late.responseStatus()).isEqualTo("Overdue");
        assertThat(late.dueTag()).isEqualTo("govuk-tag--red");
        assertThat(late.dueLeft()).contains("overdue");
    }

    @Test
    void aResponseAndItsProgressAreShownInTheToolkitsWords() {
        Recommendation accepted = made("Report each quarter.");
        accepted.recordExecutiveResponse(new ExecutiveResponse(ExecutiveDecision.ACCEPTED, null,
                LocalDate.of(2026, 3, 10)));
        accepted.updateImplementation(RagStatus.AMBER, "First report received.", LocalDate.of(2026, 6, 1), null);
        accepted.updateImplementation(RagStatus.GREEN, "Reported every quarter.", LocalDate.of(2026, 9, 1), null);
        Recommendation rejected = made("Review the threshold document.");
        rejected.recordExecutiveResponse(new ExecutiveResponse(ExecutiveDecision.REJECTED, "Reviewed in 2025.",
                LocalDate.of(2026, 3, 10)));

        List<RecommendationRows.Row> rows = RecommendationRows.of(List.of(accepted, rejected), DEADLINES,
                LocalDate.of(2026, 10, 1));

        RecommendationRows.Row first = rows.get(0);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.responseStatus()).isEqualTo("Accepted");
        assertThat(first.respondedOn()).isEqualTo("Tue 10 Mar 2026");
        assertThat(first.dueLeft()).as("answered: no time left to show").isNull();
        assertThat(first.rag()).isEqualTo("Green: achieved");
        assertThat(first.achievedOn()).isEqualTo("Tue 1 Sep 2026");
        assertThat(first.updates()).extracting(RecommendationRows.Update::rag)
                .containsExactly("Amber: acceptable progress", "Green: achieved");
        assertThat(first.lastUpdate().notes()).isEqualTo("Reported every quarter.");
        assertThat(first.monitored()).as("achieved: monitoring has ended").isFalse();
        RecommendationRows.Row second = rows.get(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.responseStatus()).isEqualTo("Rejected");
        assertThat(second.reasons()).isEqualTo("Reviewed in 2025.");
        assertThat(second.rag()).isNull();
        assertThat(second.lastUpdate()).isNull();
    }
}
