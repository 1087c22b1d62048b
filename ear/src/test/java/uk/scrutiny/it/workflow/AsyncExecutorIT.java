package uk.scrutiny.it.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeRepository;

/**
 * Work the engine does on its own threads inside the server: timers and failed jobs through the async executor,
 * future delegates through the async task invoker. Each must run on a container-managed thread, inside a JTA
 * transaction, with CDI beans found by name.
 */
@ExtendWith(ArquillianExtension.class)
class AsyncExecutorIT {

    /** Timers are found by polling, every 10 s by default when none was due; a minute is ample. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Deployment
    static WebArchive deployment() {
        return WorkflowArchives.withEngine("workflow-async-it.war", AsyncExecutorIT.class);
    }

    @Inject
    RepositoryService repositoryService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    ManagementService managementService;

    @Inject
    CommitteeRepository committees;

    @Inject
    UserTransaction transaction;

    @BeforeEach
    void deployTestProcesses() {
        TestProcesses.deploy(repositoryService);
    }

    @Test
    void aBoundaryTimerFiresOnTheJobExecutorAndCommitsItsDomainChangeWithTheProcessState() throws Exception {
        String name = "Chased committee " + UUID.randomUUID();
        transaction.begin();
        committees.store(new Committee(name, "Not chased yet"));
        transaction.commit();

        ProcessInstance instance = runtimeService.startProcessInstanceByKey("itChase", name, Map.of("committeeName", name));
        Job timer = managementService.createTimerJobQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(timer).as("the boundary timer, waiting").isNotNull();
        assertThat(timer.getCategory()).as("only this archive's engine runs it, not the application's")
                .isEqualTo(WorkflowArchives.JOB_CATEGORY);

        Task chase = awaitNonNull(() -> taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("chase").singleResult());

        assertThat(chase.getName()).isEqualTo("Chase the response");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("respond")
                .count()).as("the interrupted task").isZero();
        assertThat(managementService.createTimerJobQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(committees.findByName(name).orElseThrow().remit()).isEqualTo(ChaseRecorder.CHASED_REMIT);
        Map<String, Object> variables = runtimeService.getVariables(instance.getId());
        assertThat(variables).containsEntry("jobInTransaction", true)
                .containsEntry("jobComponentContext", ContainerContext.AVAILABLE);
        assertThat((String) variables.get("jobThread")).isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void aFutureDelegateRunsItsWorkOnAContainerManagedThread() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("itContextProbe");

        assertThat(runtimeService.getVariable(instance.getId(), "invokerComponentContext"))
                .isEqualTo(ContainerContext.AVAILABLE);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getName())
                .isEqualTo("Inspect the probe");
    }

    @Test
    void aFailedJobIsRecordedForItsRetryInATransactionOfItsOwn() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("itFailing");

        // Flowable moves a failed job to the timer jobs, with one retry fewer, until its retry is due.
        Job retry = awaitNonNull(() -> managementService.createTimerJobQuery().processInstanceId(instance.getId())
                .withException().singleResult());

        assertThat(retry.getRetries()).isEqualTo(2);
        assertThat(retry.getExceptionMessage()).contains("failer.fail()");
        assertThat(managementService.getTimerJobExceptionStacktrace(retry.getId())).contains(Failer.MESSAGE);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count())
                .as("still waiting in the failing step").isOne();
        // Not left for later archives' engines to retry: the failure is all this test is about.
        runtimeService.deleteProcessInstance(instance.getId(), "test over");
    }

    private static <T> T awaitNonNull(Supplier<T> probe) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Nothing after " + PATIENCE);
    }
}
