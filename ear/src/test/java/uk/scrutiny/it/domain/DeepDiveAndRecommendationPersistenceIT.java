package uk.scrutiny.it.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.calendar.WorkingDayCalendar;
import uk.scrutiny.domain.model.catalogue.DataSourceRepository;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.deadline.DeadlineCalculator;
import uk.scrutiny.domain.model.deadline.DeadlineRules;
import uk.scrutiny.domain.model.deepdive.DeepDive;
import uk.scrutiny.domain.model.deepdive.DeepDiveRepository;
import uk.scrutiny.domain.model.deepdive.EvidenceKind;
import uk.scrutiny.domain.model.deepdive.EvidenceSession;
import uk.scrutiny.domain.model.deepdive.Witness;
import uk.scrutiny.domain.model.item.ItemType;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.people.UserRepository;
import uk.scrutiny.domain.model.recommendation.ExecutiveDecision;
import uk.scrutiny.domain.model.recommendation.ExecutiveResponse;
import uk.scrutiny.domain.model.recommendation.ImplementationUpdate;
import uk.scrutiny.domain.model.recommendation.RagStatus;
import uk.scrutiny.domain.model.recommendation.Recommendation;
import uk.scrutiny.domain.model.recommendation.RecommendationRepository;

/** The aggregates that outlive the meeting: deep dives and recommendations with their monitoring. */
@ExtendWith(ArquillianExtension.class)
class DeepDiveAndRecommendationPersistenceIT {

    private static final DeadlineCalculator DEADLINES =
            new DeadlineCalculator(WorkingDayCalendar.englandAndWales(), DeadlineRules.defaults());
    private static final LocalDate MADE_ON = LocalDate.of(2026, 1, 27);

    @Deployment
    static WebArchive deployment() {
        return DomainDeployment.of("deep-dive-recommendation-persistence-it.war",
                DeepDiveAndRecommendationPersistenceIT.class);
    }

    @Inject
    UserTransaction transaction;
    @Inject
    UserRepository users;
    @Inject
    CommitteeRepository committees;
    @Inject
    DataSourceRepository dataSources;
    @Inject
    ScrutinyItemRepository items;
    @Inject
    DeepDiveRepository deepDives;
    @Inject
    RecommendationRepository recommendations;

    private Transactions transactions;
    private Scenario scenario;
    private ScrutinyItem item;

    @BeforeEach
    void scenario() throws Exception {
        transactions = new Transactions(transaction);
        scenario = transactions.inNew(() -> new Scenario(users, committees, dataSources));
        item = transactions.inNew(() -> {
            ScrutinyItem stored = new ScrutinyItem(scenario.committee, "Children missing education", null,
                    ItemType.DEEP_DIVE, "Work programme");
            items.store(stored);
            return stored;
        });
    }

    @AfterEach
    void removeScenario() throws Exception {
        if (scenario != null) {
            scenario.removeIn(transactions, committees);
        }
    }

    @Test
    void aDeepDiveKeepsItsWorkingGroupSessionsWitnessesAndFindings() throws Exception {
        long id = transactions.inNew(() -> {
            DeepDive deepDive = new DeepDive(items.find(item.id()).orElseThrow(),
                    "How children missing education are found and helped", LocalDate.of(2026, 2, 2));
            deepDive.addMember(committees.findMembers(scenario.committee.id(), 2025).get(0));
            EvidenceSession session = deepDive.addSession(EvidenceKind.EVIDENCE_SESSION, "Education welfare",
                    LocalDate.of(2026, 2, 16));
            session.addWitness(new Witness("Head of Education Welfare", "The council"));
            session.addWitness(new Witness("A headteacher", "Secondary phase"));
            session.recordNotes("Referrals from schools arrive late in the term.");
            deepDive.addSession(EvidenceKind.SITE_VISIT, "Visit to the inclusion hub", LocalDate.of(2026, 3, 2));
            deepDive.recordFinding("Referrals from schools arrive late");
            deepDive.recordFinding("Tracking between services relies on spreadsheets");
            deepDives.store(deepDive);
            return deepDive.id();
        });

        transactions.inNew(() -> {
            DeepDive deepDive = deepDives.findForItem(item.id()).orElseThrow();
            assertThat(deepDive.id()).isEqualTo(id);
            assertThat(deepDive.workingGroup()).extracting(m -> m.id()).containsExactly(scenario.seat.id());
            assertThat(deepDive.sessions()).extracting(EvidenceSession::kind)
                    .containsExactly(EvidenceKind.EVIDENCE_SESSION, EvidenceKind.SITE_VISIT);
            assertThat(deepDive.sessions().get(0).witnesses()).extracting(Witness::name)
                    .containsExactly("Head of Education Welfare", "A headteacher");
            assertThat(deepDive.findings()).containsExactly("Referrals from schools arrive late",
                    "Tracking between services relies on spreadsheets");
            assertThat(deepDives.findInProgress(scenario.committee.id())).extracting(DeepDive::id).containsExactly(id);
            deepDive.completeFinalReport(LocalDate.of(2026, 6, 1));
            deepDives.store(deepDive);
            return null;
        });

        transactions.inNew(() -> {
            assertThat(deepDives.find(id).orElseThrow().finalReportOn()).isEqualTo(LocalDate.of(2026, 6, 1));
            assertThat(deepDives.findInProgress(scenario.committee.id())).isEmpty();
            return null;
        });
    }

    @Test
    void anItemHasOneDeepDiveAndAConcludedOneRefusesChanges() throws Exception {
        transactions.inNew(() -> {
            deepDives.store(new DeepDive(items.find(item.id()).orElseThrow(), "Scope", LocalDate.of(2026, 2, 2)));
            return null;
        });
        assertThatThrownBy(() -> transactions.inNew(() -> {
            deepDives.store(new DeepDive(items.find(item.id()).orElseThrow(), "Again", LocalDate.of(2026, 2, 3)));
            return null;
        })).hasStackTraceContaining("UQ_DEEP_DIVE_ITEM");

        assertThatThrownBy(() -> transactions.inNew(() -> {
            DeepDive deepDive = deepDives.findForItem(item.id()).orElseThrow();
            deepDive.completeFinalReport(LocalDate.of(2026, 6, 1));
            return null;
        })).isInstanceOf(DomainRuleViolation.class)
                .hasMessage("A deep dive needs a working group before its final report.");
    }

    @Test
    void aRecommendationKeepsItsResponseAndEveryRagUpdate() throws Exception {
        long id = transactions.inNew(() -> {
            Recommendation recommendation = Recommendation.made(items.find(item.id()).orElseThrow(), null,
                    "Report the number of children missing education to the committee each term from June 2026.",
                    "Cabinet", MADE_ON, DEADLINES);
            recommendation.aimFor(LocalDate.of(2026, 6, 30));
            recommendation.recordExecutiveResponse(new ExecutiveResponse(ExecutiveDecision.PARTLY_ACCEPTED,
                    "Half-yearly rather than each term", LocalDate.of(2026, 3, 10)));
            recommendation.updateImplementation(RagStatus.RED, "No report yet", LocalDate.of(2026, 7, 1),
                    scenario.democratic);
            recommendation.updateImplementation(RagStatus.AMBER, "First report scheduled", LocalDate.of(2026, 9, 1),
                    scenario.democratic);
            recommendations.store(recommendation);
            return recommendation.id();
        });

        transactions.inNew(() -> {
            Recommendation recommendation = recommendations.find(id).orElseThrow();
            assertThat(recommendation.executiveResponseDue()).isEqualTo(LocalDate.of(2026, 3, 27));
            assertThat(recommendation.executiveResponse()).hasValueSatisfying(r -> {
                assertThat(r.decision()).isEqualTo(ExecutiveDecision.PARTLY_ACCEPTED);
                assertThat(r.reasons()).isEqualTo("Half-yearly rather than each term");
            });
            assertThat(recommendation.updates()).extracting(ImplementationUpdate::status)
                    .containsExactly(RagStatus.RED, RagStatus.AMBER);
            assertThat(recommendation.updates().get(0).recordedBy().id()).isEqualTo(scenario.democratic.id());
            assertThat(recommendation.ragStatus()).isEqualTo(RagStatus.AMBER);
            assertThat(recommendation.targetDate()).isEqualTo(LocalDate.of(2026, 6, 30));
            return null;
        });
    }

    @Test
    void recommendationsAreFoundWhileAwaitingTheExecutiveAndWhileMonitored() throws Exception {
        long[] ids = transactions.inNew(() -> {
            ScrutinyItem loaded = items.find(item.id()).orElseThrow();
            Recommendation awaiting = Recommendation.made(loaded, null, "Awaiting", "Cabinet", MADE_ON, DEADLINES);
            Recommendation amber = Recommendation.made(loaded, null, "Amber", "Portfolio holder", MADE_ON, DEADLINES);
            amber.recordExecutiveResponse(new ExecutiveResponse(ExecutiveDecision.ACCEPTED, null, MADE_ON.plusDays(30)));
            amber.updateImplementation(RagStatus.AMBER, "On track", MADE_ON.plusDays(60), scenario.democratic);
            Recommendation red = Recommendation.made(loaded, null, "Red", "Cabinet", MADE_ON, DEADLINES);
            red.recordExecutiveResponse(new ExecutiveResponse(ExecutiveDecision.ACCEPTED, null, MADE_ON.plusDays(30)));
            red.updateImplementation(RagStatus.RED, "Stalled", MADE_ON.plusDays(60), scenario.democratic);
            Recommendation rejected = Recommendation.made(loaded, null, "Rejected", "Cabinet", MADE_ON, DEADLINES);
            rejected.recordExecutiveResponse(new ExecutiveResponse(ExecutiveDecision.REJECTED, "Not affordable",
                    MADE_ON.plusDays(30)));
            for (Recommendation r : new Recommendation[] {awaiting, amber, red, rejected}) {
                recommendations.store(r);
            }
            return new long[] {awaiting.id(), amber.id(), red.id(), rejected.id()};
        });

        transactions.inNew(() -> {
            assertThat(recommendations.findByItem(item.id())).hasSize(4);
            assertThat(recommendations.findAwaitingExecutiveResponse()).extracting(Recommendation::id)
                    .contains(ids[0]).doesNotContain(ids[1], ids[2], ids[3]);
            assertThat(recommendations.findAwaitingExecutiveResponseDueBefore(LocalDate.of(2026, 3, 28)))
                    .extracting(Recommendation::id).contains(ids[0]);
            assertThat(recommendations.findAwaitingExecutiveResponseDueBefore(LocalDate.of(2026, 3, 27)))
                    .extracting(Recommendation::id).doesNotContain(ids[0]);
            assertThat(recommendations.findBeingMonitored(scenario.committee.id())).extracting(Recommendation::id)
                    .containsExactly(ids[2], ids[1]);
            return null;
        });
    }

    @Test
    void ofTwoConcurrentRagUpdatesTheSecondFails() throws Exception {
        long id = transactions.inNew(() -> {
            Recommendation recommendation = Recommendation.made(items.find(item.id()).orElseThrow(), null, "Do it",
                    "Cabinet", MADE_ON, DEADLINES);
            recommendation.recordExecutiveResponse(new ExecutiveResponse(ExecutiveDecision.ACCEPTED, null,
                    MADE_ON.plusDays(30)));
            recommendations.store(recommendation);
            return recommendation.id();
        });
        Recommendation first = transactions.inNew(() -> withUpdates(id));
        Recommendation second = transactions.inNew(() -> withUpdates(id));

        transactions.inNew(() -> {
            first.updateImplementation(RagStatus.GREEN, "Done", MADE_ON.plusDays(90), scenario.democratic);
            recommendations.store(first);
            return null;
        });
        assertThatThrownBy(() -> transactions.inNew(() -> {
            second.updateImplementation(RagStatus.RED, "Stalled", MADE_ON.plusDays(90), scenario.democratic);
            recommendations.store(second);
            return null;
        })).satisfies(e -> assertThat(Failures.isOptimisticLockFailure(e)).as("optimistic lock failure: " + e).isTrue());

        transactions.inNew(() -> {
            Recommendation kept = recommendations.find(id).orElseThrow();
            assertThat(kept.updates()).extracting(ImplementationUpdate::status).containsExactly(RagStatus.GREEN);
            assertThat(kept.isAchieved()).isTrue();
            return null;
        });
    }

    private Recommendation withUpdates(long id) {
        Recommendation recommendation = recommendations.find(id).orElseThrow();
        recommendation.updates().size();
        return recommendation;
    }
}
