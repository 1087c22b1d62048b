package uk.scrutiny.it.workflow;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.flowable.engine.delegate.DelegateExecution;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeRepository;

/**
 * Called by name from the chase process when its timer fires ({@code ${chaseRecorder.record(execution)}}): it
 * changes the committee's remit through the domain repository, so the job's transaction holds a domain change and
 * process state together, and it notes what the job thread could see.
 */
@Named
@ApplicationScoped
public class ChaseRecorder {

    static final String CHASED_REMIT = "Chased by the timer";

    @Inject
    CommitteeRepository committees;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public void record(DelegateExecution execution) {
        String committeeName = (String) execution.getVariable("committeeName");
        Committee committee = committees.findByName(committeeName)
                .orElseThrow(() -> new IllegalStateException("No committee " + committeeName));
        committee.describeRemit(CHASED_REMIT);
        committees.store(committee);
        execution.setVariable("jobInTransaction", transactions.getTransactionStatus() == Status.STATUS_ACTIVE);
        execution.setVariable("jobComponentContext", ContainerContext.componentContext());
        execution.setVariable("jobThread", Thread.currentThread().getName());
    }
}
