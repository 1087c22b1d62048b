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
        accept(task(key));
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
        accept(task(key));
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
        accept(review);
        assertThat(tasks(key)).as("the other officer still answers").singleElement()
                .satisfies(t -> assertThat(t.getAssignee()).isEqualTo("officer"));

        // A colleague asked while the first request is still out: an instance of its own.
        addRequest(key, 301L);
        assertThat(tasks(key)).extracting(Task::getAssignee).containsExactlyInAnyOrder("officer", "officer2");
        Task added = taskOf(key, "officer2");
        assertThat(added.getDueDate()).isEqualTo(RequestsOnFile.due(301L));

        complete(taskOf(key, "officer"), Map.of());
        accept(tasks(key).stream().filter(t -> t.getTaskDefinitionKey().equals("reviewResponse")).findFirst()
                .orElseThrow());
        assertThat(tasks(key)).as("publication waits for the added request").singleElement()
                .satisfies(t -> assertThat(t.getTaskDefinitionKey()).isEqualTo("officerResponse"));
        complete(added, Map.of());
        complete(task(key), Map.of("accepted", false));
        assertThat(task(key).getAssignee()).as("returned to the officer holding the added request")
                .isEqualTo("officer2");
        complete(task(key), Map.of());
        accept(task(key));
        assertThat(task(key).getTaskDefinitionKey()).isEqualTo("publish");
        assertThat(runtime.getVariables(processOf(key))).containsOnlyKeys("itemId");
    }

    /**
     * Both responses in review, so no request awaits its officer: accepting one leaves the other's review waiting
     * (the engine asks for the requests again as each instance ends and leaves at once on none).
     */
    @Test
    void aResponseAcceptedWhileAnotherIsInReviewLeavesThatReviewWaiting() {
        String key = start(10);
        complete(key, Map.of("decision", "REPORT"));
        complete(key, Map.of());
        issue(key, 101L, 201L);
        complete(taskOf(key, "officer"), Map.of());
        complete(taskOf(key, "officer2"), Map.of());
        accept(reviewOf(key, 101L));
        assertThat(tasks(key)).as("the other response still in review").singleElement()
                .satisfies(t -> assertThat(t.getName()).isEqualTo("Review the response from Oona Example"));
        accept(reviewOf(key, 201L));
        assertThat(task(key).getTaskDefinitionKey()).isEqualTo("publish");
    }

    /**
     * Three officers, two of them asked while the first answers (instances added to the running subprocess): each
     * added instance counts as running while it is in review, returns loop on their own, and the item goes on
     * only when the last response is accepted, whichever order they are accepted in.
     */
    @Test
    void threeOfficersTwoAskedLaterAreEachWaitedForThroughReturnsAndAcceptances() {
        String key = start(11);
        complete(key, Map.of("decision", "REPORT"));
        complete(key, Map.of());
        issue(key, 101L);
        addRequest(key, 201L);
        complete(taskOf(key, "officer2"), Map.of());
        addRequest(key, 302L);
        assertThat(tasks(key)).extracting(Task::getTaskDefinitionKey).containsExactlyInAnyOrder("officerResponse",
                "reviewResponse", "officerResponse");
        complete(taskOf(key, "officer"), Map.of());
        complete(taskOf(key, "officer2"), Map.of());
        assertThat(tasks(key)).as("every response in review").extracting(Task::getTaskDefinitionKey)
                .containsOnly("reviewResponse").hasSize(3);

        accept(reviewOf(key, 302L));
        assertThat(tasks(key)).as("the last added accepted first").hasSize(2)
                .allSatisfy(t -> assertThat(t.getTaskDefinitionKey()).isEqualTo("reviewResponse"));
        complete(reviewOf(key, 201L), Map.of("accepted", false));
        assertThat(taskOf(key, "officer2").getTaskDefinitionKey()).as("returned for more")
                .isEqualTo("officerResponse");
        accept(reviewOf(key, 101L));
        assertThat(tasks(key)).as("the returned one still to come").singleElement()
                .satisfies(t -> assertThat(t.getAssignee()).isEqualTo("officer2"));
        complete(taskOf(key, "officer2"), Map.of());
        accept(reviewOf(key, 201L));
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
        accept(task(referred));
        complete(referred, Map.of());
        complete(referred, Map.of("resolution", "REFERRED_TO_DEEP_DIVE"));
        assertThat(running(referred)).isFalse();

        String recommended = start(4);
        complete(recommended, Map.of("decision", "REPORT"));
        complete(recommended, Map.of());
        issue(recommended, 201L);
        assertThat(task(recommended).getAssignee()).isEqualTo("officer2");
        complete(recommended, Map.of());
        accept(task(recommended));
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

    /** Completes the issue task with these requests on file for the item, none accepted yet. */
    private static void issue(String key, Long... requestIds) {
        RequestsOnFile.issue(itemIdOf(key), requestIds);
        complete(key, Map.of());
    }

    /** A further officer asked while others answer, as ItemLifecycle asks: an instance of its own. */
    private static void addRequest(String key, long requestId) {
        RequestsOnFile.issue(itemIdOf(key), requestId);
        runtime.addMultiInstanceExecution("responses", processOf(key), Map.of("requestId", requestId));
    }

    /** Accepts the response this review task is for: accepted on file first, as ItemLifecycle stores it first. */
    private static void accept(Task review) {
        assertThat(review.getTaskDefinitionKey()).isEqualTo("reviewResponse");
        long requestId = ((Number) runtime.getVariable(review.getExecutionId(), "requestId")).longValue();
        RequestsOnFile.accept(itemIdOf(review.getProcessInstanceId()), requestId);
        complete(review, Map.of("accepted", true));
    }

    private static long itemIdOf(String keyOrProcessInstanceId) {
        String processInstanceId = keyOrProcessInstanceId.startsWith("test-") ? processOf(keyOrProcessInstanceId)
                : keyOrProcessInstanceId;
        return ((Number) runtime.getVariable(processInstanceId, "itemId")).longValue();
    }

    private static Task reviewOf(String key, long requestId) {
        return tasks(key).stream().filter(t -> t.getTaskDefinitionKey().equals("reviewResponse"))
                .filter(t -> ((Number) runtime.getVariable(t.getExecutionId(), "requestId")).longValue() == requestId)
                .findFirst().orElseThrow(() -> new AssertionError("No review of request " + requestId));
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
     * What RequestTasks reads from the domain in the application: here requests on file per item, by id (1xx to
     * officer, 2xx and 3xx to officer2), each due on a day of its own, and whether each is accepted yet.
     */
    public static final class RequestsOnFile {

        /** Per item, its requests in the order issued, each with whether its response is accepted. */
        static final Map<Long, Map<Long, Boolean>> ACCEPTED = new java.util.concurrent.ConcurrentHashMap<>();

        static void issue(long itemId, Long... requestIds) {
            for (Long requestId : requestIds) {
                ACCEPTED.computeIfAbsent(itemId, id -> new java.util.LinkedHashMap<>()).put(requestId, false);
            }
        }

        static void accept(long itemId, long requestId) {
            ACCEPTED.get(itemId).put(requestId, true);
        }

        public List<Long> requestsNotYetAccepted(long itemId) {
            return ACCEPTED.getOrDefault(itemId, Map.of()).entrySet().stream().filter(e -> !e.getValue())
                    .map(Map.Entry::getKey).toList();
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
