package uk.scrutiny.it.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.scrutiny.it.recommendations.InContainer.CHAIR;
import static uk.scrutiny.it.recommendations.InContainer.DEMOCRATIC;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
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
import uk.scrutiny.domain.model.recommendation.ExecutiveDecision;
import uk.scrutiny.domain.model.recommendation.ExecutiveResponseChase;
import uk.scrutiny.domain.service.CouncilCalendar;
import uk.scrutiny.workflow.lifecycle.LifecycleConflict;
import uk.scrutiny.workflow.lifecycle.LifecycleForbidden;
import uk.scrutiny.workflow.recommendations.DeepDiveLifecycle;
import uk.scrutiny.workflow.recommendations.FollowUpCommands;
import uk.scrutiny.workflow.recommendations.RecommendationLifecycle;

/**
 * In the container, one deployment for what HTTP cannot reach on the test server (each in-container deployment
 * costs minutes on a loaded machine).
 *
 * <p>The executive response's reminder and escalation, step by step: the timer jobs and their due dates are
 * asserted, then each job is run by hand through the engine, in its own transaction, with the application's beans,
 * and what it did is asserted. (Over HTTP the application's executor runs them; RecommendationsIT waits for the
 * escalation there, but the reminder of a response already overdue may be cancelled by it first.)
 *
 * <p>The deep dive, through the application services: the item lifecycle cannot yet send an item to a deep dive
 * (its triage and outcome refuse it until that work lands), so the item is placed at stage deep dive through the
 * domain, as that work will leave it, and everything after is the application's own path.
 */
@ExtendWith(ArquillianExtension.class)
class RecommendationTimersAndDeepDiveIT {

    private static final ZoneId COUNCIL = ZoneId.of("Europe/London");

    @Deployment
    static WebArchive deployment() {
        return FollowUpArchive.of("recommendations-in-container-it.war", RecommendationTimersAndDeepDiveIT.class);
    }

    @Inject
    InContainer setUp;

    @Inject
    RecommendationLifecycle lifecycle;

    @Inject
    DeepDiveLifecycle deepDives;

    @Inject
    CouncilCalendar calendar;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    ManagementService managementService;

    @Test
    void theResponseTaskHasAReminderTimerBeforeItsDueDateAndAnEscalationTimerTheDayAfter() {
        Meeting meeting = setUp.lastMeetingHeld();
        long id = setUp.itemWithRecommendationsMade("Timers " + UUID.randomUUID(), meeting.id());

        lifecycle.recordRecommendations(id, List.of(
                new FollowUpCommands.NewRecommendation("Report the rate each quarter.", "Cabinet", null),
                new FollowUpCommands.NewRecommendation("Review the thresholds.", "Portfolio Holder", null)),
                DEMOCRATIC);

        LocalDate due = calendar.deadlines().executiveResponseDue(meeting.date()).date();
        ExecutiveResponseChase chase = ExecutiveResponseChase.forDue(due, calendar.calendar());
        ProcessInstance instance = instanceOf(id);
        Task response = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(response.getTaskDefinitionKey()).isEqualTo("executiveResponse");
        assertThat(response.getDueDate()).isEqualTo(Date.from(due.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        List<Job> timers = managementService.createTimerJobQuery().processInstanceId(instance.getId())
                .orderByJobDuedate().asc().list();
        assertThat(timers).extracting(Job::getDuedate).containsExactly(
                Date.from(chase.remindOn().atTime(8, 0).atZone(COUNCIL).toInstant()),
                Date.from(chase.escalateOn().atStartOfDay(COUNCIL).toInstant()));
        assertThat(chase.remindOn()).isBefore(due);
        assertThat(chase.escalateOn()).isEqualTo(due.plusDays(1));
        assertThat(runtimeService.getVariables(instance.getId())).containsOnlyKeys("itemId");

        run(timers.get(0));

        assertThat(setUp.timeline(id)).last().isEqualTo("system|Reminder: the executive's response to 2 "
                + "recommendations is due on " + display(due) + ".");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult()
                .getTaskDefinitionKey()).as("a reminder leaves the task waiting").isEqualTo("executiveResponse");
        assertThat(managementService.createTimerJobQuery().processInstanceId(instance.getId()).count()).isOne();

        run(managementService.createTimerJobQuery().processInstanceId(instance.getId()).singleResult());

        assertThat(setUp.timeline(id)).last().isEqualTo("system|Executive response overdue: 2 recommendations "
                + "still without a response, due on " + display(due) + ". Escalated to democratic services.");
        Task chaseTask = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(chaseTask.getTaskDefinitionKey()).isEqualTo("executiveResponseOverdue");
        assertThat(taskService.getIdentityLinksForTask(chaseTask.getId())).singleElement()
                .satisfies(link -> assertThat(link.getGroupId()).isEqualTo("democratic-services"));
        assertThat(managementService.createTimerJobQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(lifecycle.tasksFor(DEMOCRATIC)).anySatisfy(t -> {
            assertThat(t.itemId()).isEqualTo(id);
            assertThat(t.action()).isEqualTo("record-executive-response");
        });

        // The overdue task takes the response like the one it replaced.
        RecommendationLifecycle.Status status = lifecycle.status(id, DEMOCRATIC);
        for (var recommendation : status.recommendations()) {
            lifecycle.recordExecutiveResponse(id, recommendation.id(), new FollowUpCommands.ExecutiveResponse(
                    ExecutiveDecision.ACCEPTED, null, null), DEMOCRATIC);
        }
        assertThat(setUp.stage(id)).isEqualTo(Stage.MONITORING_RECOMMENDATIONS);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult()
                .getTaskDefinitionKey()).isEqualTo("monitoring");
        runtimeService.deleteProcessInstance(instance.getId(), "test over"); // nothing left for other tests' engines
    }

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
        assertThat(lifecycle.tasksFor(DEMOCRATIC)).anySatisfy(t -> {
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

        RecommendationLifecycle.Status after = lifecycle.status(id, DEMOCRATIC);
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

    private ProcessInstance instanceOf(long itemId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("itemRecommendations")
                .processInstanceBusinessKey(String.valueOf(itemId)).singleResult();
    }

    /** What the job executor would do when the timer is due, done now. */
    private void run(Job timer) {
        Job executable = managementService.moveTimerToExecutableJob(timer.getId());
        managementService.executeJob(executable.getId());
    }

    private static String display(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.ENGLISH));
    }
}
