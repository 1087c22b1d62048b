package uk.scrutiny.workflow.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.scrutiny.workflow.engine.DerbyStandaloneProcessEngineConfiguration;
import uk.scrutiny.workflow.engine.ProcessDefinitionDeployer;

/**
 * The {@code itemRecommendations} BPMN on its own (Derby in memory, no container): the two ways in (a meeting's
 * recommendations, a deep dive), the response task's due date and its two timers at the dates given, the routes
 * after the response, and that only the item id is persisted. What the timers do, with the application's beans,
 * is tested over HTTP (RecommendationsIT: the escalation).
 */
class RecommendationsProcessTest {

    private static final Date DUE = Date.from(Instant.parse("2026-03-27T00:00:00Z"));
    private static final Date REMIND_AT = Date.from(Instant.parse("2026-03-13T08:00:00Z"));
    private static final Date ESCALATE_AT = Date.from(Instant.parse("2026-03-28T00:00:00Z"));

    private static ProcessEngine engine;
    private static RuntimeService runtime;
    private static TaskService tasks;
    private static ManagementService management;

    @BeforeAll
    static void startEngine() {
        DerbyStandaloneProcessEngineConfiguration configuration = new DerbyStandaloneProcessEngineConfiguration();
        configuration.setEngineName("recommendationsProcessTest");
        configuration.setJdbcUrl("jdbc:derby:memory:recommendationsProcessTest;create=true");
        configuration.setJdbcDriver("org.apache.derby.jdbc.EmbeddedDriver");
        configuration.setJdbcUsername("");
        configuration.setJdbcPassword("");
        configuration.setAsyncExecutorActivate(false);
        engine = configuration.buildProcessEngine();
        ProcessDefinitionDeployer.forApplication().deploy(engine.getRepositoryService());
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        management = engine.getManagementService();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @Test
    void aMeetingsRecommendationsWaitForTheResponseWithAReminderAndAnEscalationThenMonitoringUntilSettled() {
        String key = start(1, Map.of("deepDive", false, "due", DUE, "remindAt", REMIND_AT, "escalateAt", ESCALATE_AT));

        Task response = task(key);
        assertThat(response.getTaskDefinitionKey()).isEqualTo("executiveResponse");
        assertThat(response.getDueDate()).isEqualTo(DUE);
        assertThat(groups(response)).containsExactly("democratic-services");
        assertThat(management.createTimerJobQuery().processInstanceId(response.getProcessInstanceId())
                .orderByJobDuedate().asc().list()).extracting(Job::getDuedate).containsExactly(REMIND_AT, ESCALATE_AT);
        assertThat(runtime.getVariables(response.getProcessInstanceId())).as("only the item id is kept")
                .containsOnlyKeys("itemId");

        complete(key, Map.of("anyMonitored", true));
        Task monitoring = task(key);
        assertThat(monitoring.getTaskDefinitionKey()).isEqualTo("monitoring");
        assertThat(management.createTimerJobQuery().processInstanceId(monitoring.getProcessInstanceId()).count())
                .as("the response's timers go with it").isZero();
        complete(key, Map.of());
        assertThat(running(key)).isFalse();
    }

    @Test
    void aDeepDiveComesFirstAndItsFinalReportStartsTheResponseWhichClosesWhenEveryRecommendationIsRejected() {
        String key = start(2, Map.of("deepDive", true));

        Task deepDive = task(key);
        assertThat(deepDive.getTaskDefinitionKey()).isEqualTo("deepDive");
        assertThat(management.createTimerJobQuery().processInstanceId(deepDive.getProcessInstanceId()).count())
                .isZero();
        complete(key, Map.of("due", DUE, "remindAt", REMIND_AT, "escalateAt", ESCALATE_AT));
        Task response = task(key);
        assertThat(response.getTaskDefinitionKey()).isEqualTo("executiveResponse");
        assertThat(response.getDueDate()).isEqualTo(DUE);
        assertThat(management.createTimerJobQuery().processInstanceId(response.getProcessInstanceId()).count())
                .isEqualTo(2);

        complete(key, Map.of("anyMonitored", false));
        assertThat(running(key)).isFalse();
    }

    private static String start(long itemId, Map<String, Object> transientVariables) {
        String key = "test-" + itemId + "-" + System.nanoTime();
        runtime.createProcessInstanceBuilder().processDefinitionKey(FollowUpTasks.PROCESS_KEY).businessKey(key)
                .variable("itemId", itemId).transientVariables(transientVariables).start();
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
}
