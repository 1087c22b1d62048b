package uk.scrutiny.it.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.scrutiny.it.recommendations.InContainer.CHAIR;
import static uk.scrutiny.it.recommendations.InContainer.DEMOCRATIC;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.committee.CommitteeMember;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.deepdive.EvidenceKind;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.service.CouncilCalendar;
import uk.scrutiny.workflow.lifecycle.LifecycleConflict;
import uk.scrutiny.workflow.lifecycle.LifecycleForbidden;
import uk.scrutiny.workflow.recommendations.DeepDiveLifecycle;
import uk.scrutiny.workflow.recommendations.FollowUpCommands;
import uk.scrutiny.workflow.recommendations.RecommendationLifecycle;

/**
 * The deep dive, through the application services in the container: the item lifecycle cannot yet send an item to
 * a deep dive (its triage and outcome refuse it until that work lands), so the item is placed at stage deep dive
 * through the domain, as that work will leave it, and everything after is the application's own path.
 */
@ExtendWith(ArquillianExtension.class)
class DeepDiveIT {

    @Deployment
    static WebArchive deployment() {
        return FollowUpArchive.of("deep-dive-it.war", DeepDiveIT.class);
    }

    @Inject
    InContainer setUp;

    @Inject
    DeepDiveLifecycle deepDives;

    @Inject
    RecommendationLifecycle recommendations;

    @Inject
    CouncilCalendar calendar;

    @Inject
    RuntimeService runtimeService;

    @Inject
    ManagementService managementService;

    @Test
    void aDeepDiveGathersEvidenceAndFindingsThenItsFinalReportsRecommendationsAwaitTheExecutive() {
        Meeting meeting = setUp.lastMeetingHeld();
        long id = setUp.itemReferredToDeepDive("Deep dive " + UUID.randomUUID(), meeting.committee());
        DeepDiveLifecycle.Status before = deepDives.status(id, DEMOCRATIC);
        assertThat(before.allowedActions()).containsExactly("start-deep-dive", "withdraw");
        assertThat(before.eligibleMembers()).hasSizeGreaterThanOrEqualTo(2);
        List<Long> group = before.eligibleMembers().stream().limit(2).map(CommitteeMember::id).toList();

        assertThatThrownBy(() -> deepDives.start(id, new FollowUpCommands.StartDeepDive("Scope", null, group,
                List.of("Why?")), CHAIR)).isInstanceOf(LifecycleForbidden.class);
        assertThatThrownBy(() -> deepDives.start(id, new FollowUpCommands.StartDeepDive("Scope", null,
                List.of(999_999_999L), List.of("Why?")), DEMOCRATIC)).isInstanceOfSatisfying(
                DomainRuleViolation.class, e -> assertThat(e.field()).isEqualTo("workingGroup[0]"));
        deepDives.start(id, new FollowUpCommands.StartDeepDive("Why children go missing from education",
                null, group, List.of("How quickly are children missing education found?")), DEMOCRATIC);

        DeepDiveLifecycle.Status started = deepDives.status(id, DEMOCRATIC);
        assertThat(started.item().stage()).isEqualTo(Stage.DEEP_DIVE);
        assertThat(started.allowedActions()).containsExactly("add-evidence-session", "record-finding",
                "agree-final-report", "withdraw");
        assertThat(started.deepDive().orElseThrow().workingGroup()).extracting(CommitteeMember::id)
                .containsExactlyElementsOf(group);
        assertThat(started.item().keyLinesOfEnquiry().isAgreed()).isTrue();
        assertThat(recommendations.tasksFor(DEMOCRATIC)).anySatisfy(t -> {
            assertThat(t.itemId()).isEqualTo(id);
            assertThat(t.action()).isEqualTo("add-evidence-session|record-finding|agree-final-report");
        });
        assertThatThrownBy(() -> deepDives.start(id, new FollowUpCommands.StartDeepDive("Again", null, group,
                List.of("Why?")), DEMOCRATIC)).isInstanceOfSatisfying(LifecycleConflict.class,
                e -> assertThat(e.stage()).isEqualTo(Stage.DEEP_DIVE));

        LocalDate today = InContainer.today();
        deepDives.addEvidenceSession(id, new FollowUpCommands.EvidenceSession(EvidenceKind.EVIDENCE_SESSION,
                "Head teachers", today, "Two heads described the referral form.",
                List.of(new FollowUpCommands.Witness("A Head", "Primary head teacher"))), DEMOCRATIC);
        deepDives.addEvidenceSession(id, new FollowUpCommands.EvidenceSession(EvidenceKind.SITE_VISIT,
                "Visit to the front door", today, null, List.of()), DEMOCRATIC);
        assertThatThrownBy(() -> deepDives.agreeFinalReport(id, new FollowUpCommands.FinalReport(null, List.of(
                new FollowUpCommands.NewRecommendation("x", "Cabinet", null))), DEMOCRATIC))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.field()).isEqualTo("findings"));
        deepDives.recordFinding(id, "Referrals wait on average 9 days before anyone follows them up.", DEMOCRATIC);

        List<Long> made = deepDives.agreeFinalReport(id, new FollowUpCommands.FinalReport(today, List.of(
                new FollowUpCommands.NewRecommendation("Follow up every referral within 2 working days.",
                        "Portfolio Holder for Children's Services", today.plusYears(1)))), DEMOCRATIC);

        RecommendationLifecycle.Status after = recommendations.status(id, DEMOCRATIC);
        assertThat(after.item().stage()).isEqualTo(Stage.EXECUTIVE_RESPONSE);
        assertThat(after.recommendations()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(made.get(0));
            assertThat(r.deepDive()).isNotNull();
            assertThat(r.madeOn()).isEqualTo(today);
            assertThat(r.executiveResponseDue())
                    .isEqualTo(calendar.deadlines().executiveResponseDue(today).date());
        });
        assertThat(after.allowedActions()).containsExactly("record-executive-response", "withdraw");
        assertThat(deepDives.status(id, DEMOCRATIC).deepDive().orElseThrow().isConcluded()).isTrue();
        assertThatThrownBy(() -> deepDives.recordFinding(id, "Late finding", DEMOCRATIC))
                .isInstanceOfSatisfying(LifecycleConflict.class,
                        e -> assertThat(e.stage()).isEqualTo(Stage.EXECUTIVE_RESPONSE));
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey("itemRecommendations").processInstanceBusinessKey(String.valueOf(id))
                .singleResult();
        assertThat(managementService.createTimerJobQuery().processInstanceId(instance.getId()).count())
                .as("reminder and escalation").isEqualTo(2);
        assertThat(setUp.timeline(id)).anySatisfy(l -> assertThat(l).startsWith("democratic|Deep dive started on"))
                .contains("democratic|Deep dive evidence session on " + display(today) + ": \"Head teachers\", "
                                + "witnesses: A Head.",
                        "democratic|Deep dive finding 1: \"Referrals wait on average 9 days before anyone follows "
                                + "them up.\"")
                .anySatisfy(l -> assertThat(l).startsWith("democratic|Deep dive final report agreed on"));
        runtimeService.deleteProcessInstance(instance.getId(), "test over"); // its timers are not other tests'
    }

    private static String display(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.ENGLISH));
    }
}
