package uk.scrutiny.domain.model.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.domain.model.TestData.DANA;
import static uk.scrutiny.domain.model.TestData.assertViolation;
import static uk.scrutiny.domain.model.TestData.committee;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.calendar.WorkingDayCalendar;
import uk.scrutiny.domain.model.deadline.DeadlineCalculator;
import uk.scrutiny.domain.model.deadline.DeadlineRules;
import uk.scrutiny.domain.model.deepdive.DeepDive;
import uk.scrutiny.domain.model.item.ItemType;
import uk.scrutiny.domain.model.item.ScrutinyItem;

class RecommendationTest {

    private static final DeadlineCalculator DEADLINES =
            new DeadlineCalculator(WorkingDayCalendar.englandAndWales(), DeadlineRules.defaults());

    private final Committee committee = committee();
    private final ScrutinyItem item = new ScrutinyItem(committee, "Children missing education", null,
            ItemType.REPORT, "Work programme");
    private final LocalDate madeOn = LocalDate.of(2026, 1, 27);
    private final Recommendation recommendation = new Recommendation(item, null,
            "Report quarterly to the committee the number of children missing education, by age, from June 2026.",
            "Cabinet", madeOn, LocalDate.of(2026, 3, 27));

    @Test
    void theExecutiveResponseIsDueByTheCouncilsRules() {
        Recommendation madeOnNewYearsEve = Recommendation.made(item, null, "Do something specific", "Cabinet",
                LocalDate.of(2025, 12, 31), DEADLINES);

        // Two months after 31 Dec is Sat 28 Feb 2026; a statutory period is not extended, so the Friday before.
        assertThat(madeOnNewYearsEve.executiveResponseDue()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(Recommendation.made(item, null, "x", "Cabinet", madeOn, DEADLINES).executiveResponseDue())
                .isEqualTo(LocalDate.of(2026, 3, 27));
    }

    @Test
    void aGivenDueDateMustBeAfterTheRecommendationWasMade() {
        assertViolation(() -> new Recommendation(item, null, "x", "Cabinet", madeOn, madeOn), "executiveResponseDue")
                .hasMessage("The executive response due date (Tue 27 Jan 2026) must be after the recommendation was "
                        + "made (Tue 27 Jan 2026).");
        assertViolation(() -> new Recommendation(item, null, "x", " ", madeOn, madeOn.plusMonths(2)), "decisionMaker")
                .hasMessage("Decision maker is required.");
        DeepDive otherItemsDeepDive = new DeepDive(new ScrutinyItem(committee, "Other", null, ItemType.DEEP_DIVE,
                "Work programme"), "Scope", madeOn);
        assertViolation(() -> new Recommendation(item, otherItemsDeepDive, "x", "Cabinet", madeOn,
                madeOn.plusMonths(2)), "deepDive").hasMessage("The deep dive is into another item.");
    }

    @Test
    void aResponseOtherThanFullAcceptanceGivesReasonsAndIsGivenOnce() {
        assertViolation(() -> new ExecutiveResponse(ExecutiveDecision.REJECTED, null, madeOn), "reasons")
                .hasMessage("Give the executive's reasons for rejecting the recommendation.");
        assertViolation(() -> new ExecutiveResponse(ExecutiveDecision.PARTLY_ACCEPTED, " ", madeOn), "reasons")
                .hasMessage("Give the executive's reasons for only partly accepting the recommendation.");
        assertViolation(() -> recommendation.recordExecutiveResponse(new ExecutiveResponse(ExecutiveDecision.ACCEPTED,
                null, madeOn.minusDays(1))), "respondedOn");

        recommendation.recordExecutiveResponse(new ExecutiveResponse(ExecutiveDecision.ACCEPTED, null,
                LocalDate.of(2026, 3, 10)));

        assertThat(recommendation.isAwaitingExecutiveResponse()).isFalse();
        assertViolation(() -> recommendation.recordExecutiveResponse(new ExecutiveResponse(ExecutiveDecision.REJECTED,
                "Changed our mind", LocalDate.of(2026, 3, 11))), "decision")
                .hasMessage("The executive already responded on Tue 10 Mar 2026.");
    }

    @Test
    void aResponseIsOverdueOnlyAfterItsDueDate() {
        assertThat(recommendation.isExecutiveResponseOverdue(LocalDate.of(2026, 3, 27))).isFalse();
        assertThat(recommendation.isExecutiveResponseOverdue(LocalDate.of(2026, 3, 28))).isTrue();
    }

    @Test
    void onlyAnAcceptedRecommendationIsMonitored() {
        assertViolation(() -> recommendation.updateImplementation(RagStatus.AMBER, "Started", madeOn, DANA), "ragStatus")
                .hasMessageStartingWith("The executive has not responded yet");

        Recommendation rejected = new Recommendation(item, null, "x", "Cabinet", madeOn, madeOn.plusMonths(2));
        rejected.recordExecutiveResponse(new ExecutiveResponse(ExecutiveDecision.REJECTED, "Not affordable", madeOn));
        assertViolation(() -> rejected.updateImplementation(RagStatus.RED, "n/a", madeOn, DANA), "ragStatus")
                .hasMessage("The recommendation was rejected; it is not monitored.");
        assertThat(rejected.isBeingMonitored()).isFalse();
    }

    @Test
    void eachRagUpdateIsKeptAndGreenEndsMonitoring() {
        recommendation.recordExecutiveResponse(new ExecutiveResponse(ExecutiveDecision.PARTLY_ACCEPTED,
                "Quarterly is too often; half-yearly", LocalDate.of(2026, 3, 10)));
        recommendation.updateImplementation(RagStatus.RED, "No report yet", LocalDate.of(2026, 7, 1), DANA);
        assertViolation(() -> recommendation.updateImplementation(RagStatus.AMBER, "Earlier", LocalDate.of(2026, 6, 1),
                DANA), "recordedOn").hasMessageContaining("cannot come before the previous one");
        assertViolation(() -> recommendation.updateImplementation(RagStatus.AMBER, " ", LocalDate.of(2026, 8, 1),
                DANA), "notes").hasMessage("Note on progress is required.");
        recommendation.updateImplementation(RagStatus.AMBER, "First report scheduled", LocalDate.of(2026, 9, 1), DANA);
        assertThat(recommendation.isBeingMonitored()).isTrue();

        recommendation.updateImplementation(RagStatus.GREEN, "Reported in December", LocalDate.of(2026, 12, 8), DANA);

        assertThat(recommendation.updates()).extracting(ImplementationUpdate::status)
                .containsExactly(RagStatus.RED, RagStatus.AMBER, RagStatus.GREEN);
        assertThat(recommendation.ragStatus()).isEqualTo(RagStatus.GREEN);
        assertThat(recommendation.isAchieved()).isTrue();
        assertThat(recommendation.isBeingMonitored()).isFalse();
        assertViolation(() -> recommendation.updateImplementation(RagStatus.AMBER, "Slipped", LocalDate.of(2027, 1, 5),
                DANA), "ragStatus").hasMessage("The recommendation was achieved on Tue 8 Dec 2026; monitoring has ended.");
    }

    @Test
    void aTargetDateCannotPrecedeTheRecommendation() {
        assertViolation(() -> recommendation.aimFor(madeOn.minusDays(1)), "targetDate");
        recommendation.aimFor(LocalDate.of(2026, 6, 30));
        assertThat(recommendation.targetDate()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aRecommendationIsSettledOnceRejectedOrAchieved() {
        assertThat(recommendation.isSettled()).as("no response yet").isFalse();
        Recommendation rejected = new Recommendation(item, null, "x", "Cabinet", madeOn, madeOn.plusMonths(2));
        rejected.recordExecutiveResponse(new ExecutiveResponse(ExecutiveDecision.REJECTED, "No budget", madeOn));
        assertThat(rejected.isSettled()).isTrue();

        recommendation.recordExecutiveResponse(new ExecutiveResponse(ExecutiveDecision.ACCEPTED, null, madeOn));
        recommendation.updateImplementation(RagStatus.AMBER, "Under way", madeOn.plusMonths(3), DANA);
        assertThat(recommendation.isSettled()).as("monitored, not yet achieved").isFalse();
        recommendation.updateImplementation(RagStatus.GREEN, "Done", madeOn.plusMonths(6), DANA);
        assertThat(recommendation.isSettled()).isTrue();
    }
}
