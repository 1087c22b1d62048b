package uk.scrutiny.workflow.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
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
 * The {@code scrutinyItem} BPMN on its own (Derby in memory, no container): the routes each decision takes, one
 * officer task per request with its assignee and due date read from the request, and that only the item id is
 * persisted once the responses are in.
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
        configuration.setBeans(Map.of("officerChasing", new ChasingDates(), "requestTasks", new RequestsOnFile()));
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
        issue(key, 101L);
        Task officerTask = task(key);
        assertThat(officerTask.getTaskDefinitionKey()).isEqualTo("officerResponse");
        assertThat(officerTask.getAssignee()).isEqualTo("officer");
        assertThat(officerTask.getDueDate()).isEqualTo(RequestsOnFile.due(101L));
        assertThat(engine.getManagementService().createTimerJobQuery().processInstanceId(officerTask
                .getProcessInstanceId()).list()).as("the reminders and the escalation, waiting")
                .extracting(org.flowable.job.api.Job::getElementId)
                .containsExactlyInAnyOrder("firstReminder", "secondReminder", "escalation");
        complete(key, Map.of());
        assertThat(task(key).getTaskDefinitionKey()).isEqualTo("reviewResponse");
        assertThat(task(key).getName()).isEqualTo("Review the response from Olu Example");
        complete(key, Map.of("accepted", false));
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
        issue(key, 102L);
        complete(key, Map.of());
        complete(key, Map.of("accepted", true));
        complete(key, Map.of());
        complete(key, Map.of("resolution", "NOTED"));
        assertThat(running(key)).isFalse();
    }

    @Test
    void eachOfficerAnswersTheirOwnRequestAndTheItemWaitsForEveryAcceptanceBeforePublication() {
        String key = start(9);
        complete(key, Map.of("decision", "REPORT"));
        complete(key, Map.of());
        issue(key, 101L, 201L);
        assertThat(tasks(key)).extracting(Task::getTaskDefinitionKey, Task::getAssignee)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("officerResponse", "officer"),
                        org.assertj.core.groups.Tuple.tuple("officerResponse", "officer2"));
        assertThat(engine.getManagementService().createTimerJobQuery().processInstanceId(processOf(key)).count())
                .as("each officer task chased on its own").isEqualTo(6);

        complete(taskOf(key, "officer2"), Map.of());
        Task review = tasks(key).stream().filter(t -> t.getTaskDefinitionKey().equals("reviewResponse"))
                .findFirst().orElseThrow();
        assertThat(review.getName()).isEqualTo("Review the response from Oona Example");
        complete(review, Map.of("accepted", true));
        assertThat(tasks(key)).as("the other officer still answers").singleElement()
                .satisfies(t -> assertThat(t.getAssignee()).isEqualTo("officer"));

        // A colleague asked while the first request is still out: an instance of its own.
        runtime.addMultiInstanceExecution("responses", processOf(key), Map.of("requestId", 301L));
        assertThat(tasks(key)).extracting(Task::getAssignee).containsExactlyInAnyOrder("officer", "officer2");
        Task added = taskOf(key, "officer2");
        assertThat(added.getDueDate()).isEqualTo(RequestsOnFile.due(301L));

        complete(taskOf(key, "officer"), Map.of());
        complete(tasks(key).stream().filter(t -> t.getTaskDefinitionKey().equals("reviewResponse")).findFirst()
                .orElseThrow(), Map.of("accepted", true));
        assertThat(tasks(key)).as("publication waits for the added request").singleElement()
                .satisfies(t -> assertThat(t.getTaskDefinitionKey()).isEqualTo("officerResponse"));
        complete(added, Map.of());
        complete(task(key), Map.of("accepted", false));
        assertThat(task(key).getAssignee()).as("returned to the officer holding the added request")
                .isEqualTo("officer2");
        complete(task(key), Map.of());
        complete(task(key), Map.of("accepted", true));
        assertThat(task(key).getTaskDefinitionKey()).isEqualTo("publish");
        assertThat(runtime.getVariables(processOf(key))).containsOnlyKeys("itemId");
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
        issue(referred, 101L);
        complete(referred, Map.of());
        complete(referred, Map.of("accepted", true));
        complete(referred, Map.of());
        complete(referred, Map.of("resolution", "REFERRED_TO_DEEP_DIVE"));
        assertThat(running(referred)).isFalse();

        String recommended = start(4);
        complete(recommended, Map.of("decision", "REPORT"));
        complete(recommended, Map.of());
        issue(recommended, 201L);
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
        complete(task(key), transientVariables);
    }

    private static void complete(Task task, Map<String, Object> transientVariables) {
        tasks.complete(task.getId(), Map.of(), transientVariables);
    }

    /** Completes the issue task with these requests on file as the item's open ones. */
    private static void issue(String key, Long... requestIds) {
        long itemId = ((Number) runtime.getVariable(processOf(key), "itemId")).longValue();
        RequestsOnFile.OPEN.put(itemId, List.of(requestIds));
        complete(key, Map.of());
    }

    private static List<Task> tasks(String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(key).list();
    }

    private static Task taskOf(String key, String officer) {
        return tasks.createTaskQuery().processInstanceBusinessKey(key).taskAssignee(officer).singleResult();
    }

    private static java.util.List<String> groups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(l -> l.getGroupId()).toList();
    }

    private static boolean running(String key) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count() > 0;
    }

    /**
     * What RequestTasks reads from the domain in the application: here three requests on file, by id (1xx to
     * officer, 2xx and 3xx to officer2), each due on a day of its own.
     */
    public static final class RequestsOnFile {

        static final Map<Long, List<Long>> OPEN = new java.util.concurrent.ConcurrentHashMap<>();

        public List<Long> openRequests(long itemId) {
            return OPEN.get(itemId);
        }

        public String officer(long itemId, long requestId) {
            return requestId < 200 ? "officer" : "officer2";
        }

        public String officerName(long itemId, long requestId) {
            return requestId < 200 ? "Olu Example" : "Oona Example";
        }

        public Date due(long itemId, long requestId) {
            return due(requestId);
        }

        static Date due(long requestId) {
            return Date.from(Instant.parse("2026-01-12T00:00:00Z").plusSeconds(86400 * (requestId % 100)));
        }
    }

    /** The one method of OfficerChasing the process calls before any timer fires. */
    public static final class ChasingDates {

        public String cycle(Object execution, String notice) {
            return "R2/2099-01-0" + (1 + notice.length() % 3) + "T09:00:00Z/P36500D";
        }
    }
}
