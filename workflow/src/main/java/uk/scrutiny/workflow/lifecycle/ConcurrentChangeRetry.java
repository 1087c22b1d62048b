package uk.scrutiny.workflow.lifecycle;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a {@link RetriedAfterConcurrentChange} action again, in a new transaction, when it lost the item's optimistic
 * lock: two officers submitting their own responses to one item at the same moment both lock the item (the last
 * response moves it to response review, so each must see the other's), and the later one used to be refused with 409
 * although nothing it asked for had been done by anyone else. The winner has committed by the time the loser fails
 * (the loser waited on the item's row), so the next try starts from the winner's state and makes every check again:
 * a true conflict is refused there, as 409 or 403, with nothing half-done, since each failed try was rolled back
 * whole.
 *
 * <p>Each try that fails this way lost to an action that committed, so with n actions at once every one is through
 * or refused after at most n - 1 tries more; {@value #TRIES} in all bounds a pile-up, after which the failure reaches
 * the user as the 409 it is. Only the outermost call is retried (a caller's transaction would have to start again,
 * not this method). The priority puts this interceptor outside the lock-contention retry and {@code @Transactional}.
 */
@RetriedAfterConcurrentChange
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 90)
public class ConcurrentChangeRetry {

    static final int TRIES = 4;

    private static final Logger LOG = Logger.getLogger(ConcurrentChangeRetry.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object retry(InvocationContext call) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return call.proceed();
        }
        for (int tried = 1; ; tried++) {
            try {
                return call.proceed();
            } catch (Exception e) {
                if (tried == TRIES || !ConcurrentChange.detected(e)) {
                    throw e;
                }
                LOG.log(Level.FINE, "{0} lost the item''s lock to a concurrent action; try {1} of {2}",
                        new Object[] {call.getMethod().getName(), tried + 1, TRIES});
            }
        }
    }
}
