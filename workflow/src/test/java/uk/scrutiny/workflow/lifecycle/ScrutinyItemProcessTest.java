package uk.scrutiny.workflow.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.scrutiny.workflow.engine.DerbyStandaloneProcessEngineConfiguration;
import uk.scrutiny.workflow.engine.ProcessDefinitionDeployer;

/**
 * The {@code scrutinyItem} BPMN on its own (Derby in memory, no container): the routes each decision takes, the
 * officer task's assignee and due date from transient variables, and that only the item id is persisted.
 */
class ScrutinyItemProcessTest {

    private static ProcessEngine engine;
    private static RuntimeService runtime;
    private static TaskService tasks;

    @BeforeAll
    static void startEngine() {
        DerbyStandaloneProcessEngineConfiguration configuration = new DerbyStandaloneProcessEngineConfiguration();
        configuration.setEngineName("scrutinyItemProcessTest");
        configuration.setJdbcUrl("jdbc:derby:memory:scrutinyItemProcessTest;create=true");
        configuration.setJdbcDriver("org.apache.derby.jdbc.EmbeddedDriver");
        configuration.setJdbcUsername("");
        configuration.setJdbcPassword("");
        configuration.setAsyncExecutorActivate(false);
        // The chasing timers' dates come from the domain in the application (OfficerChasing); here, where no timer
        // fires, any date far ahead lets the officer task start and shows the timers waiting on it.
        configuration.setBeans(Map.of("officerChasing", new ChasingDates()));
        engine = configuration.buildProcessEngine();
        ProcessDefinitionDeployer.forApplication().deploy(engine.getRepositoryService());
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @Test
    void reportPathLoopsOnReturnAndOnFurtherReportThenClosesWhenNoted() {
        String key = start(1);
        assertThat(task(key).getTaskDefinitionKey()).isEqualTo("triage");
        assertThat(groups(task(key))).containsExactlyInAnyOrder("chair", "democratic-services");
        complete(key, Map.of("decision", "REPORT"));
        assertThat(task(key).getTaskDefinitionKey()).isEqualTo("scoping");
        complete(key, Map.of());
        assertThat(task(key).getTaskDefinitionKey()).isEqualTo("issueRequest");
        Date due = Date.from(Instant.parse("2026-01-12T00:00:00Z"));
        complete(key, Map.of("officer", "officer", "due", due));
        Task officerTask = task(key);
        assertThat(officerTask.getTaskDefinitionKey()).isEqualTo("officerResponse");
        assertThat(officerTask.getAssignee()).isEqualTo("officer");
        assertThat(officerTask.getDueDate()).isEqualTo(due);
        assertThat(engine.getManagementService().createTimerJobQuery().processInstanceId(officerTask
                .getProcessInstanceId()).list()).as("the reminders and the escalation, waiting")
                .extracting(org.flowable.job.api.Job::getElementId)
                .containsExactlyInAnyOrder("firstReminder", "secondReminder", "escalation");
        complete(key, Map.of());
        assertThat(task(key).getTaskDefinitionKey()).isEqualTo("reviewResponse");
        complete(key, Map.of("accepted", false, "officer", "officer", "due", due));
        assertThat(task(key).getTaskDefinitionKey()).as("returned for more").isEqualTo("officerResponse");
        assertThat(task(key).getAssignee()).isEqualTo("officer");
        complete(key, Map.of());
        complete(key, Map.of("accepted", true));
        assertThat(task(key).getTaskDefinitionKey()).isEqualTo("publish");
        complete(key, Map.of());
        assertThat(task(key).getTaskDefinitionKey()).isEqualTo("recordOutcome");
        complete(key, Map.of("resolution", "FURTHER_REPORT"));
        assertThat(task(key).getTaskDefinitionKey()).as("a new cycle").isEqualTo("scoping");
        assertThat(runtime.getVariables(task(key).getProcessInstanceId())).as("only the item id is kept")
                .containsOnlyKeys("itemId");
        complete(key, Map.of());
        complete(key, Map.of("officer", "officer", "due", due));
        complete(key, Map.of());
        complete(key, Map.of("accepted", true));
        complete(key, Map.of());
        complete(key, Map.of("resolution", "NOTED"));
        assertThat(running(key)).isFalse();
    }

    @Test
    void noFurtherActionDeepDiveAndRecommendationsEndTheProcess() {
        String dropped = start(2);
        complete(dropped, Map.of("decision", "NO_FURTHER_ACTION"));
        assertThat(running(dropped)).isFalse();

        String deepDive = start(3);
        complete(deepDive, Map.of("decision", "DEEP_DIVE"));
        assertThat(running(deepDive)).isFalse();

        String referred = start(5);
        complete(referred, Map.of("decision", "REPORT"));
        complete(referred, Map.of());
        complete(referred, Map.of("officer", "officer", "due", new Date()));
        complete(referred, Map.of());
        complete(referred, Map.of("accepted", true));
        complete(referred, Map.of());
        complete(referred, Map.of("resolution", "REFERRED_TO_DEEP_DIVE"));
        assertThat(running(referred)).isFalse();

        String recommended = start(4);
        complete(recommended, Map.of("decision", "REPORT"));
        complete(recommended, Map.of());
        complete(recommended, Map.of("officer", "officer2", "due", new Date()));
        assertThat(task(recommended).getAssignee()).isEqualTo("officer2");
        complete(recommended, Map.of());
        complete(recommended, Map.of("accepted", true));
        complete(recommended, Map.of());
        complete(recommended, Map.of("resolution", "RECOMMENDATIONS_MADE"));
        assertThat(running(recommended)).isFalse();
    }

    @Test
    void monitoringWaitsOnTheReviewTimerWithNoTask() {
        String watched = start(6);
        Date reviewAt = Date.from(Instant.parse("2027-03-01T00:00:00Z"));
        complete(watched, Map.of("decision", "MONITOR", "reviewAt", reviewAt));
        assertThat(running(watched)).isTrue();
        assertThat(task(watched)).isNull();
        var timers = engine.getManagementService().createTimerJobQuery()
                .processInstanceId(processOf(watched)).list();
        assertThat(timers).singleElement().satisfies(job -> {
            assertThat(job.getElementId()).isEqualTo("awaitReview");
            assertThat(job.getDuedate()).isEqualTo(reviewAt);
        });
        assertThat(runtime.getVariables(processOf(watched))).containsOnlyKeys("itemId");
    }

    @Test
    void backgroundEnquiriesGoToTheOfficerNamedOrToDemocraticServicesThenBackToTriage() {
        String byOfficer = start(7);
        Map<String, Object> toOfficer = new java.util.HashMap<>();
        toOfficer.put("decision", "ENQUIRIES");
        toOfficer.put("enquirer", "officer2");
        complete(byOfficer, toOfficer);
        Task enquiries = task(byOfficer);
        assertThat(enquiries.getTaskDefinitionKey()).isEqualTo("backgroundEnquiries");
        assertThat(enquiries.getAssignee()).isEqualTo("officer2");
        assertThat(groups(enquiries)).contains("democratic-services");
        complete(byOfficer, Map.of());
        assertThat(task(byOfficer).getTaskDefinitionKey()).isEqualTo("triage");

        String byDemocraticServices = start(8);
        Map<String, Object> toGroup = new java.util.HashMap<>();
        toGroup.put("decision", "ENQUIRIES");
        toGroup.put("enquirer", null);
        complete(byDemocraticServices, toGroup);
        assertThat(task(byDemocraticServices).getAssignee()).isNull();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(byDemocraticServices)
                .taskCandidateGroup("democratic-services").count()).isEqualTo(1);
    }

    private static String processOf(String key) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult().getId();
    }

    @Test
    void aTaskEndedSinceItWasReadHasNoCandidateGroupsRatherThanFailingTheRead() {
        String key = start(2);
        Task triage = task(key);
        assertThat(CandidateGroups.of(tasks, triage)).containsExactly("chair", "democratic-services");
        complete(key, Map.of("decision", "REPORT"));
        assertThat(CandidateGroups.of(tasks, triage)).isEmpty();
    }

    private static String start(long itemId) {
        String key = "test-" + itemId + "-" + System.nanoTime();
        runtime.startProcessInstanceByKey(ItemLifecycle.PROCESS_KEY, key, Map.of("itemId", itemId));
        return key;
    }

    private static Task task(String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(key).singleResult();
    }

    private static void complete(String key, Map<String, Object> transientVariables) {
        tasks.complete(task(key).getId(), Map.of(), transientVariables);
    }

    private static java.util.List<String> groups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(l -> l.getGroupId()).toList();
    }

    private static boolean running(String key) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count() > 0;
    }

    /** The one method of OfficerChasing the process calls before any timer fires. */
    public static final class ChasingDates {

        public String cycle(Object execution, String notice) {
            return "R2/2099-01-0" + (1 + notice.length() % 3) + "T09:00:00Z/P36500D";
        }
    }
}
