package uk.scrutiny.it.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.inject.Inject;
import java.util.UUID;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.task.api.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.it.workflow.CommitteeReviews.DeliberateFailure;
import uk.scrutiny.it.workflow.CommitteeReviews.Registration;

/**
 * One JTA transaction on {@code jdbc/scrutiny} holds a JPA change of the domain and Flowable's process state: both
 * are kept or neither is, whether the business action fails itself or the engine refuses.
 */
@ExtendWith(ArquillianExtension.class)
class TransactionAtomicityIT {

    @Deployment
    static WebArchive deployment() {
        return WorkflowArchives.withEngine("workflow-atomicity-it.war", TransactionAtomicityIT.class,
                CommitteeReviews.class, Registration.class, DeliberateFailure.class);
    }

    @Inject
    CommitteeReviews reviews;

    @Inject
    CommitteeRepository committees;

    @Inject
    RepositoryService repositoryService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    HistoryService historyService;

    @BeforeEach
    void deployTestProcesses() {
        TestProcesses.deploy(repositoryService);
    }

    @Test
    void aFailedRegistrationKeepsNeitherTheCommitteeNorTheProcessInstance() {
        String name = "Atomicity rolled back " + UUID.randomUUID();

        DeliberateFailure failure = catchThrowableOfType(DeliberateFailure.class,
                () -> reviews.register(name, TestProcesses.REVIEW, true));

        Registration written = failure.registration();
        assertThat(written.committeeRowsSeen()).as("committee row, seen on the transaction's connection").isOne();
        assertThat(written.executionRowsSeen()).as("execution rows, seen on the same connection").isPositive();
        assertThat(committees.findByName(name)).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(written.processInstanceId()).count())
                .isZero();
        assertThat(taskService.createTaskQuery().processInstanceId(written.processInstanceId()).count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(written.processInstanceId()).count()).isZero();
    }

    @Test
    void aSuccessfulRegistrationKeepsTheCommitteeAndTheProcessInstance() {
        String name = "Atomicity committed " + UUID.randomUUID();

        Registration registration = reviews.register(name, TestProcesses.REVIEW, false);

        assertThat(committees.findByName(name)).isPresent();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(registration.processInstanceId())
                .singleResult().getBusinessKey()).isEqualTo(name);
        assertThat(taskService.createTaskQuery().processInstanceId(registration.processInstanceId()).singleResult()
                .getName()).isEqualTo("Review item");
    }

    @Test
    void anEngineRefusalRollsBackTheDomainChangeBeforeIt() {
        String name = "Atomicity refused " + UUID.randomUUID();

        FlowableObjectNotFoundException refusal = catchThrowableOfType(FlowableObjectNotFoundException.class,
                () -> reviews.register(name, "noSuchProcess", false));

        assertThat(refusal).hasMessageContaining("noSuchProcess");
        assertThat(committees.findByName(name)).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(name).count()).isZero();
    }

    @Test
    void aFailedCompletionKeepsTheTaskOpenAndTheOldRemit() {
        String name = "Completion rolled back " + UUID.randomUUID();
        Registration registration = reviews.register(name, TestProcesses.REVIEW, false);
        Task task = taskService.createTaskQuery().processInstanceId(registration.processInstanceId()).singleResult();

        catchThrowableOfType(DeliberateFailure.class,
                () -> reviews.completeReview(task.getId(), name, "Remit of a failed completion", true));

        assertThat(committees.findByName(name).orElseThrow().remit()).isEqualTo("Registered together with its review");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("task still open").isOne();
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getEndTime())
                .isNull();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(registration.processInstanceId())
                .count()).isOne();
    }

    @Test
    void aSuccessfulCompletionEndsTheProcessAndKeepsTheNewRemit() {
        String name = "Completion committed " + UUID.randomUUID();
        Registration registration = reviews.register(name, TestProcesses.REVIEW, false);
        Task task = taskService.createTaskQuery().processInstanceId(registration.processInstanceId()).singleResult();

        reviews.completeReview(task.getId(), name, "Remit of a completed review", false);

        assertThat(committees.findByName(name).orElseThrow().remit()).isEqualTo("Remit of a completed review");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
        HistoricProcessInstance ended = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(registration.processInstanceId()).singleResult();
        assertThat(ended.getEndTime()).as("process ended with its only task").isNotNull();
    }
}
