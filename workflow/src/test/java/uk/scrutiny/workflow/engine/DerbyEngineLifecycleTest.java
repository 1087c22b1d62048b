package uk.scrutiny.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;

import org.flowable.common.engine.impl.AbstractEngineConfiguration;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;

/** Engine starts, restarts and stops on Derby, and the job executor firing timers. */
class DerbyEngineLifecycleTest {

    @Test
    void aSecondEngineOnTheSameDatabaseKeepsSchemaDataAndDeployment() throws SQLException {
        String database = "secondEngine";
        ProcessEngine first = TestEngines.standalone(database).buildProcessEngine();
        Deployment firstDeployment;
        ProcessInstance instance;
        try {
            firstDeployment = TestEngines.testProcesses().deploy(first.getRepositoryService());
            instance = first.getRuntimeService().startProcessInstanceByKey("review", Map.of("officer", "a", "priority", 1));
        } finally {
            first.close();
        }

        // Creating the schema a second time would fail on the existing tables, so a clean start
        // already shows the schema was only checked; the history property would record an upgrade.
        ProcessEngine second = TestEngines.standalone(database).buildProcessEngine();
        try {
            assertThat(TestEngines.singleString(database, "select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'schema.history'"))
                    .isEqualTo("create(" + ProcessEngine.VERSION + ")");
            assertThat(second.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isOne();

            Deployment again = TestEngines.testProcesses().deploy(second.getRepositoryService());
            assertThat(again.getId()).isEqualTo(firstDeployment.getId());
            assertThat(second.getRepositoryService().createDeploymentQuery().deploymentName(TestEngines.TEST_DEPLOYMENT).count()).isOne();
            assertThat(second.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("review").count()).isOne();

            // Filtering compares content: a changed process is deployed, as a new version.
            Deployment changed = new ProcessDefinitionDeployer(TestEngines.TEST_DEPLOYMENT, "test-processes-changed/deployment.list",
                    getClass().getClassLoader()).deploy(second.getRepositoryService());
            assertThat(changed.getId()).isNotEqualTo(firstDeployment.getId());
            assertThat(second.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("review")
                    .latestVersion().singleResult().getVersion()).isEqualTo(2);
        } finally {
            second.close();
        }
    }

    @Test
    void createDropRemovesEveryTableItCreated() throws SQLException {
        String database = "createDrop";
        DerbyStandaloneProcessEngineConfiguration configuration = TestEngines.standalone(database);
        configuration.setDatabaseSchemaUpdate(AbstractEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        ProcessEngine engine = configuration.buildProcessEngine();
        assertThat(TestEngines.flowableTables(database)).hasSize(32);

        engine.close();

        assertThat(TestEngines.flowableTables(database)).isEmpty();
    }

    @Test
    void theJobExecutorFiresABoundaryTimerOnThreadsFromTheGivenFactory() throws InterruptedException {
        List<String> madeThreads = new CopyOnWriteArrayList<>();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "test-managed-" + madeThreads.size());
            madeThreads.add(thread.getName());
            return thread;
        };
        DerbyStandaloneProcessEngineConfiguration configuration = TestEngines.standalone("timers");
        configuration.setAsyncExecutorActivate(true);
        configuration.setAsyncExecutorDefaultTimerJobAcquireWaitTime(100);
        configuration.setAsyncExecutorDefaultAsyncJobAcquireWaitTime(100);
        ThreadFactoryAsyncJobExecutor.installOn(configuration, factory);
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            TestEngines.testProcesses().deploy(engine.getRepositoryService());
            ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("escalation");
            assertThat(engine.getManagementService().createTimerJobQuery().processInstanceId(instance.getId()).count()).isOne();

            Task chase = null;
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (chase == null && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
                chase = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("chase").singleResult();
            }

            assertThat(chase).as("the 'chase' task the timer leads to").isNotNull();
            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("respond").count()).isZero();
            assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                    .activityId("late").finished().count()).isOne();
            // Acquisition of async jobs and timers, expired-job reset, and at least one job-execution thread.
            assertThat(madeThreads).hasSizeGreaterThanOrEqualTo(4);
        } finally {
            engine.close();
        }
    }
}
