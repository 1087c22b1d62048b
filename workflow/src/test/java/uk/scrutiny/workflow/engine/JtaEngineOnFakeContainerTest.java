package uk.scrutiny.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The container configuration ({@link ContainerProcessEngineConfiguration}, {@link PortableTransactionManager},
 * {@link RequiresNewOnFreshThreadInterceptor}) on real Derby, with {@link FakeTransactions} and
 * {@link FakeJtaDataSource} standing in for the server. It shows that Flowable's side of the JTA
 * wiring holds; whether Liberty behaves like the fakes is for the in-container tests.
 */
class JtaEngineOnFakeContainerTest {

    /** Always fails, so the job executor has to record a failure. */
    public static final class Failer {
        public void fail() {
            throw new IllegalStateException("deliberate failure");
        }
    }

    private static final FakeTransactions container = new FakeTransactions();
    private static final List<String> requiresNewThreads = new CopyOnWriteArrayList<>();
    private static ExecutorService requiresNewExecutor;
    private static ProcessEngine engine;

    @BeforeAll
    static void startEngine() {
        requiresNewExecutor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "requires-new-" + requiresNewThreads.size());
            requiresNewThreads.add(thread.getName());
            return thread;
        });
        Failer failer = new Failer();
        FakeJtaDataSource dataSource = new FakeJtaDataSource("jtaOnFakes", container);
        ContainerProcessEngineConfiguration configuration = new ContainerProcessEngineConfiguration();
        if (FlowableDerbySupport.isDerby(dataSource)) {
            configuration.useDerby();
        }
        configuration.setEngineName("jtaOnFakes");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(new PortableTransactionManager(container, container));
        configuration.setRequiresNewExecutor(requiresNewExecutor);
        configuration.setAsyncExecutorActivate(true);
        configuration.setAsyncExecutorDefaultAsyncJobAcquireWaitTime(100);
        configuration.setAsyncExecutorDefaultTimerJobAcquireWaitTime(100);
        configuration.addPreDefaultELResolver(new NamedBeanELResolver(
                name -> "failer".equals(name) ? Optional.of(failer) : Optional.empty()));
        engine = configuration.buildProcessEngine();
        TestEngines.testProcesses().deploy(engine.getRepositoryService());
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
        requiresNewExecutor.shutdownNow();
    }

    @Test
    void engineCallsJoinTheCallersTransaction() throws Exception {
        RuntimeService runtimeService = engine.getRuntimeService();
        Map<String, Object> variables = Map.of("officer", "jta", "priority", 1);

        container.begin();
        ProcessInstance rolledBack = runtimeService.startProcessInstanceByKey("review", "jta-rolled-back", variables);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(rolledBack.getId()).count())
                .as("visible inside the caller's transaction").isOne();
        container.rollback();

        container.begin();
        ProcessInstance committed = runtimeService.startProcessInstanceByKey("review", "jta-committed", variables);
        container.commit();

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("jta-rolled-back").count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(committed.getId()).count()).isOne();
    }

    @Test
    void aFailedJobIsRecordedInARequiresNewTransactionOnAnotherThread() throws Exception {
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("failing");

        Job retried = null;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (retried == null && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            retried = engine.getManagementService().createTimerJobQuery().processInstanceId(instance.getId()).singleResult();
        }

        assertThat(retried).as("the failed job, moved to the timer jobs to wait for its retry").isNotNull();
        assertThat(retried.getRetries()).isEqualTo(2);
        assertThat(retried.getExceptionMessage()).contains("failer.fail()");
        assertThat(engine.getManagementService().getTimerJobExceptionStacktrace(retried.getId())).contains("deliberate failure");
        assertThat(requiresNewThreads).isNotEmpty();
        assertThat(container.log).anyMatch(entry -> entry.matches("begin tx\\d+ on requires-new-\\d+"));
    }
}
