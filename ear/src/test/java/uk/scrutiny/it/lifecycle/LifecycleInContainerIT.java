package uk.scrutiny.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.inject.Inject;
import java.io.File;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.scrutiny.domain.model.catalogue.DataSourceRepository;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.item.Resolution;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.model.item.TriageDecision;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.redflag.Severity;
import uk.scrutiny.domain.service.CouncilCalendar;
import uk.scrutiny.it.ContainerArchives;
import uk.scrutiny.workflow.lifecycle.Actor;
import uk.scrutiny.workflow.lifecycle.Commands;
import uk.scrutiny.workflow.lifecycle.ItemLifecycle;
import uk.scrutiny.workflow.lifecycle.WaitingTasks;
import uk.scrutiny.workflow.recommendations.FollowUpAction;
import uk.scrutiny.workflow.recommendations.FollowUpCommands;
import uk.scrutiny.workflow.recommendations.RecommendationLifecycle;
import uk.scrutiny.it.TestServer;

/**
 * What HTTP cannot reach, in the container with the real ItemLifecycle and process:
 * <ul>
 *   <li>a transition that fails half-way: the item has been changed and flushed when the engine refuses to complete
 *   the task (its process instance is suspended), and the one JTA transaction leaves both the item and the process
 *   exactly as they were; the same action succeeds once the process is active again, so the refusal, not the
 *   action, was what failed;</li>
 *   <li>the watch list's review timer firing: made due now rather than on the review date, it runs the real
 *   {@code monitoringReview} step, which brings the item back for triage;</li>
 *   <li>what waits on whom ({@link WaitingTasks}, kept by the engine's events) after each kind of task change:
 *   created, assigned, re-dated, handed over, completed and ended by a withdrawal, against the engine's own task
 *   query.</li>
 * </ul>
 * This archive's engine has its own job category and its executor off, so it never runs the application's jobs;
 * the test runs its own timer job explicitly.
 */
@ExtendWith(ArquillianExtension.class)
class LifecycleInContainerIT {

    private static final Actor MEMBER = new Actor("member", Set.of(Role.MEMBER));
    private static final Actor CHAIR = new Actor("chair", Set.of(Role.MEMBER, Role.CHAIR));

    private static final String CONFIG = """
            # Outranks the test server's system properties (400): this engine runs no jobs by itself.
            config_ordinal=500
            scrutiny.workflow.async-executor.activate=false
            scrutiny.workflow.job-category=lifecycle-it
            """;

    /** The application's libraries from the built EAR, with an engine of its own that runs no jobs by itself. */
    @Deployment
    static WebArchive deployment() {
        TestServer.awaitApplication();
        WebArchive war = ShrinkWrap.create(WebArchive.class, "lifecycle-in-container-it.war")
                .addClasses(LifecycleInContainerIT.class, ItemSnapshots.class, ItemSnapshots.Snapshot.class,
                        ContainerArchives.class)
                .addAsLibrary(ContainerArchives.libraryOf(org.assertj.core.api.Assertions.class))
                .addAsResource(new StringAsset(CONFIG), "META-INF/microprofile-config.properties")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        File earFile = new File(System.getProperty("it.ear.file", "target/scrutiny.ear"));
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile);
        Map<org.jboss.shrinkwrap.api.ArchivePath, Node> libraries = ear.getContent(
                path -> path.get().startsWith("/lib/") && path.get().endsWith(".jar"));
        libraries.forEach((path, node) -> war.addAsLibrary(node.getAsset(), path.get().substring("/lib/".length())));
        return war;
    }

    @Inject
    ItemLifecycle lifecycle;

    @Inject
    ItemSnapshots snapshots;

    @Inject
    CommitteeRepository committees;

    @Inject
    DataSourceRepository dataSources;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    ManagementService managementService;

    @Inject
    WaitingTasks waitingTasks;

    @Inject
    RecommendationLifecycle recommendationLifecycle;

    @Inject
    CouncilCalendar calendar;

    @Test
    void aTriageTheEngineRefusesAfterTheItemChangedLeavesItemAndProcessAsBefore() {
        long committeeId = committees.findAll().get(0).id();
        long dataSourceId = dataSources.findAll().get(0).id();
        long itemId = lifecycle.raiseRedFlag(new Commands.RaiseRedFlag(committeeId, dataSourceId,
                "Atomicity " + UUID.randomUUID(), "Re-referrals", null, Severity.HIGH, "Rising"), MEMBER);
        ItemSnapshots.Snapshot before = snapshots.of(itemId);
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(itemId)).singleResult();
        runtimeService.suspendProcessInstanceById(task.getProcessInstanceId());

        Throwable failure = catchThrowable(() -> lifecycle.triage(itemId, new Commands.Triage(
                TriageDecision.NO_FURTHER_ACTION, "A single data point.", null, null), CHAIR));

        assertThat(failure).as("the engine refused after the item changed").isNotNull()
                .satisfies(f -> assertThat(causes(f)).anyMatch(FlowableException.class::isInstance));
        ItemSnapshots.Snapshot after = snapshots.of(itemId);
        assertThat(after).as("stage, timeline and triage as before").isEqualTo(before);
        assertThat(after.stage()).isEqualTo(Stage.TRIAGE);
        Task still = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(itemId)).singleResult();
        assertThat(still.getId()).as("the same triage task waits").isEqualTo(task.getId());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .count()).isOne();

        runtimeService.activateProcessInstanceById(task.getProcessInstanceId());
        lifecycle.triage(itemId, new Commands.Triage(TriageDecision.NO_FURTHER_ACTION, "A single data point.", null,
                null), CHAIR);
        assertThat(snapshots.of(itemId).stage()).isEqualTo(Stage.NO_FURTHER_ACTION);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .count()).as("ended").isZero();
    }

    @Test
    void aHandOverTheEngineRefusesKeepsTheRequestItsOfficerAndTheLeadOfficer() {
        long committeeId = committees.findAll().get(0).id();
        long dataSourceId = dataSources.findAll().get(0).id();
        long itemId = lifecycle.raiseRedFlag(new Commands.RaiseRedFlag(committeeId, dataSourceId,
                "Atomicity hand-over " + UUID.randomUUID(), "Re-referrals", null, Severity.HIGH, "Rising"), MEMBER);
        Actor democratic = new Actor("democratic", Set.of(Role.DEMOCRATIC_SERVICES));
        long meetingId = committees.findMeetings(committeeId, null, null).stream()
                .filter(m -> m.date().isBefore(java.time.LocalDate.now())).reduce((a, b) -> b).orElseThrow().id();
        lifecycle.triage(itemId, new Commands.Triage(TriageDecision.REPORT, "Needs a report", null, meetingId), CHAIR);
        lifecycle.agreeKeyLinesOfEnquiry(itemId, new Commands.AgreeKeyLinesOfEnquiry(
                java.util.List.of("Why have re-referrals risen?"), null, null), democratic);
        lifecycle.issueRequest(itemId, "officer", democratic);
        ItemSnapshots.Snapshot before = snapshots.of(itemId);
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(itemId)).singleResult();
        long requestId = lifecycle.status(itemId, democratic).item().requests().get(0).id();
        runtimeService.suspendProcessInstanceById(task.getProcessInstanceId());

        Throwable failure = catchThrowable(() -> lifecycle.handOver(itemId, requestId, "officer2", "On leave",
                democratic));

        assertThat(failure).isNotNull();
        assertThat(snapshots.of(itemId)).isEqualTo(before);
        assertThat(before.leadOfficer()).isEqualTo("officer");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
                .isEqualTo("officer");
        runtimeService.activateProcessInstanceById(task.getProcessInstanceId());
    }

    @Test
    void aMonitoredItemComesBackForTriageWhenItsReviewTimerFires() {
        long committeeId = committees.findAll().get(0).id();
        long dataSourceId = dataSources.findAll().get(0).id();
        long itemId = lifecycle.raiseRedFlag(new Commands.RaiseRedFlag(committeeId, dataSourceId,
                "Watch list " + UUID.randomUUID(), "Re-referrals", null, Severity.MEDIUM, "Rising"), MEMBER);
        java.time.LocalDate reviewOn = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(7);
        lifecycle.triage(itemId, new Commands.Triage(TriageDecision.MONITOR, "One quarter is not a trend.", reviewOn,
                null), CHAIR);
        assertThat(snapshots.of(itemId).stage()).isEqualTo(Stage.MONITORING);
        String processId = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(itemId)).singleResult().getId();
        org.flowable.job.api.Job timer = managementService.createTimerJobQuery().processInstanceId(processId)
                .singleResult();
        assertThat(timer.getElementId()).isEqualTo("awaitReview");
        assertThat(timer.getDuedate().toInstant())
                .isEqualTo(reviewOn.atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant());
        assertThat(taskService.createTaskQuery().processInstanceId(processId).count()).as("no task meanwhile").isZero();

        managementService.executeJob(managementService.moveTimerToExecutableJob(timer.getId()).getId());

        ItemSnapshots.Snapshot back = snapshots.of(itemId);
        assertThat(back.stage()).isEqualTo(Stage.TRIAGE);
        assertThat(back.timeline()).last().asString().startsWith("Review date").endsWith("back for triage.");
        Task triage = taskService.createTaskQuery().processInstanceId(processId).singleResult();
        assertThat(triage.getTaskDefinitionKey()).isEqualTo("triage");
        assertThat(lifecycle.status(itemId, CHAIR).yourActions()).contains("triage");
        lifecycle.triage(itemId, new Commands.Triage(TriageDecision.NO_FURTHER_ACTION, "Back to normal.", null, null),
                CHAIR);
        assertThat(snapshots.of(itemId).stage()).isEqualTo(Stage.NO_FURTHER_ACTION);
    }

    @Test
    void whatWaitsOnWhomFollowsEveryChangeOfTheTasks() {
        long committeeId = committees.findAll().get(0).id();
        long dataSourceId = dataSources.findAll().get(0).id();
        Actor democratic = new Actor("democratic", Set.of(Role.DEMOCRATIC_SERVICES));
        Actor officer = new Actor("officer", Set.of(Role.OFFICER));
        Actor officer2 = new Actor("officer2", Set.of(Role.OFFICER));
        List<Actor> everyone = List.of(democratic, CHAIR, officer, officer2);
        Set<Long> ours = new HashSet<>();
        long itemId = lifecycle.raiseRedFlag(new Commands.RaiseRedFlag(committeeId, dataSourceId,
                "Waiting tasks " + UUID.randomUUID(), "Re-referrals", null, Severity.HIGH, "Rising"), MEMBER);
        ours.add(itemId);
        assertWaitingAsTheEngineSays(ours, committeeId, everyone);
        assertThat(waiting(CHAIR, ours)).extracting(ItemLifecycle.WaitingTask::action)
                .containsExactly("triage|start-enquiries");

        lifecycle.startBackgroundEnquiries(itemId, new Commands.StartBackgroundEnquiries("officer",
                "The 2024 figures by locality"), democratic);
        assertWaitingAsTheEngineSays(ours, committeeId, everyone);
        assertThat(waiting(officer, ours)).as("held by the enquirer, so not democratic services' to take")
                .hasSize(1);
        assertThat(waiting(democratic, ours)).isEmpty();

        lifecycle.recordBackgroundFindings(itemId, "Re-referrals rose in two localities.", officer);
        // A meeting held already, so the outcome can be recorded (the report published by its publication date).
        var meeting = committees.findMeetings(committeeId, null, null).stream()
                .filter(m -> m.date().isBefore(java.time.LocalDate.now())).reduce((a, b) -> b).orElseThrow();
        long meetingId = meeting.id();
        lifecycle.triage(itemId, new Commands.Triage(TriageDecision.REPORT, "Needs a report", null, meetingId), CHAIR);
        lifecycle.agreeKeyLinesOfEnquiry(itemId, new Commands.AgreeKeyLinesOfEnquiry(
                List.of("Why have re-referrals risen?"), null, null), democratic);
        assertWaitingAsTheEngineSays(ours, committeeId, everyone);

        lifecycle.issueRequest(itemId, List.of("officer"), democratic);
        assertWaitingAsTheEngineSays(ours, committeeId, everyone);
        long first = lifecycle.status(itemId, democratic).item().requests().get(0).id();
        assertThat(waiting(officer, ours)).extracting(ItemLifecycle.WaitingTask::requestId).containsExactly(first);

        java.time.LocalDate later = lifecycle.status(itemId, democratic).item().requests().get(0).due().plusWeeks(2);
        long extension = lifecycle.askForExtension(itemId, first, later, "Figures come from the provider.", officer);
        lifecycle.grantExtension(itemId, first, extension, later, "Agreed.", democratic);
        assertWaitingAsTheEngineSays(ours, committeeId, everyone);
        assertThat(waiting(officer, ours)).extracting(ItemLifecycle.WaitingTask::due).containsExactly(later);

        lifecycle.handOver(itemId, first, "officer2", "On leave", democratic);
        assertWaitingAsTheEngineSays(ours, committeeId, everyone);
        assertThat(waiting(officer, ours)).isEmpty();
        assertThat(waiting(officer2, ours)).extracting(ItemLifecycle.WaitingTask::requestId).containsExactly(first);

        lifecycle.issueRequest(itemId, "officer", democratic); // a further officer, the item still at its stage
        long second = lifecycle.status(itemId, democratic).item().requests().stream()
                .filter(r -> r.id() != first).findFirst().orElseThrow().id();
        assertWaitingAsTheEngineSays(ours, committeeId, everyone);
        assertThat(waiting(officer, ours)).extracting(ItemLifecycle.WaitingTask::requestId).containsExactly(second);

        lifecycle.submitResponse(itemId, new Commands.SubmitResponse(Map.of(1, "Threshold changes."), Map.of()),
                officer2);
        assertWaitingAsTheEngineSays(ours, committeeId, everyone);
        assertThat(waiting(democratic, ours)).extracting(ItemLifecycle.WaitingTask::requestId).containsExactly(first);

        lifecycle.acceptResponse(itemId, first, democratic);
        assertWaitingAsTheEngineSays(ours, committeeId, everyone);
        assertThat(waiting(democratic, ours)).isEmpty();
        assertThat(waiting(officer, ours)).extracting(ItemLifecycle.WaitingTask::requestId).containsExactly(second);

        // The follow-up process's tasks are recorded too: the executive's response to the recommendation.
        lifecycle.submitResponse(itemId, new Commands.SubmitResponse(Map.of(1, "Provider figures attached."),
                Map.of()), officer);
        lifecycle.acceptResponse(itemId, second, democratic);
        lifecycle.publish(itemId, calendar.deadlines().publicationDate(meeting.date()).date(), democratic);
        lifecycle.recordOutcome(itemId, new Commands.RecordOutcome(Resolution.RECOMMENDATIONS_MADE,
                "The committee made a recommendation.", null), democratic);
        recommendationLifecycle.recordRecommendations(itemId, List.of(new FollowUpCommands.NewRecommendation(
                "Publish re-referral rates by locality every quarter.", "Cabinet Member for Children",
                later.plusMonths(9))), democratic);
        assertWaitingAsTheEngineSays(ours, committeeId, everyone);
        assertThat(waiting(democratic, ours)).as("the lifecycle's part is done").isEmpty();
        List<String> followUp = taskService.createTaskQuery().processVariableValueEquals("itemId", itemId).list()
                .stream().map(t -> t.getTaskDefinitionKey() + " " + t.getName()).toList();
        assertThat(followUp).hasSize(1);
        assertThat(recommendationLifecycle.tasksFor(democratic).stream().filter(t -> t.itemId() == itemId)
                .map(t -> t.action() + " " + t.taskName())).containsExactly("record-executive-response "
                        + followUp.get(0).substring(followUp.get(0).indexOf(' ') + 1));
        assertThat(recommendationLifecycle.tasksFor(democratic, FollowUpAction.RECORD_EXECUTIVE_RESPONSE, null))
                .extracting(RecommendationLifecycle.WaitingTask::itemId).contains(itemId);
        assertThat(recommendationLifecycle.tasksFor(democratic, FollowUpAction.RECORD_EXECUTIVE_RESPONSE,
                committeeId)).extracting(RecommendationLifecycle.WaitingTask::itemId).contains(itemId);
        assertThat(recommendationLifecycle.tasksFor(democratic, FollowUpAction.RECORD_EXECUTIVE_RESPONSE,
                committeeId + 100_000)).isEmpty();
        assertThat(recommendationLifecycle.tasksFor(democratic, FollowUpAction.ADD_EVIDENCE_SESSION, null))
                .extracting(RecommendationLifecycle.WaitingTask::itemId).doesNotContain(itemId);

        long withdrawn = lifecycle.raiseRedFlag(new Commands.RaiseRedFlag(committeeId, dataSourceId,
                "Waiting tasks withdrawn " + UUID.randomUUID(), "Re-referrals", null, Severity.LOW, "Rising"), MEMBER);
        ours.add(withdrawn);
        assertThat(waiting(democratic, Set.of(withdrawn))).hasSize(1);
        lifecycle.withdraw(withdrawn, "Covered by the annual report.", democratic);
        assertWaitingAsTheEngineSays(ours, committeeId, everyone);
        assertThat(waiting(democratic, Set.of(withdrawn))).isEmpty();
    }

    /**
     * What waits on each user, as the rows say (all committees, and the item's committee), is what the engine's own
     * task query says for the items of the test; and the totals agree for the whole database.
     */
    private void assertWaitingAsTheEngineSays(Set<Long> ours, long committeeId, List<Actor> actors) {
        for (Actor actor : actors) {
            List<ItemLifecycle.WaitingTask> engine = lifecycle.tasksFor(actor);
            List<String> expected = engine.stream().filter(t -> ours.contains(t.itemId()))
                    .map(LifecycleInContainerIT::withoutRequest).toList();
            assertThat(waiting(actor, ours).stream().map(LifecycleInContainerIT::withoutRequest).toList())
                    .as("what waits on %s", actor.username()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(waitingTasks.page(actor, committeeId, 0, 10_000).tasks().stream()
                    .filter(t -> ours.contains(t.itemId())).map(LifecycleInContainerIT::withoutRequest).toList())
                    .as("what waits on %s in the committee", actor.username())
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(waitingTasks.first(actor, 1).total()).as("how many wait on %s", actor.username())
                    .isEqualTo(engine.size());
        }
    }

    private List<ItemLifecycle.WaitingTask> waiting(Actor actor, Set<Long> items) {
        return waitingTasks.first(actor, 10_000).tasks().stream().filter(t -> items.contains(t.itemId())).toList();
    }

    private static String withoutRequest(ItemLifecycle.WaitingTask task) {
        return task.itemId() + " " + task.action() + " " + task.taskName() + " " + task.due();
    }

    private static java.util.List<Throwable> causes(Throwable failure) {
        java.util.List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
