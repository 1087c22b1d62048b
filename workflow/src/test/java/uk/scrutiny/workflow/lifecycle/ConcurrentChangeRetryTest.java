package uk.scrutiny.workflow.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import uk.scrutiny.workflow.engine.InterceptedCall;

/**
 * The retry of an action on one request after it lost the item's lock: tried again while it keeps losing to
 * concurrent actions, up to the bound; anything else, or a call inside a caller's transaction, is not repeated.
 * Whether the next try then goes through or is refused is the action's own checks (SeveralOfficersIT).
 */
class ConcurrentChangeRetryTest {

    private int status = Status.STATUS_NO_TRANSACTION;
    private final ConcurrentChangeRetry retry = new ConcurrentChangeRetry();

    ConcurrentChangeRetryTest() {
        retry.transactions = (TransactionSynchronizationRegistry) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {TransactionSynchronizationRegistry.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getTransactionStatus")) {
                        return status;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void anActionThatLostTheItemsLockToAnotherRequestsRunsAgain() throws Exception {
        Call call = new Call(List.of(() -> {
            throw new PersistenceException(new OptimisticLockException("The item was changed by someone else"));
        }, () -> {
            // As at commit: the transaction's rollback, caused by the lock.
            throw (RollbackException) new RollbackException("rolled back").initCause(
                    new OptimisticLockException("again"));
        }, () -> "submitted"));

        assertThat(retry.retry(call)).isEqualTo("submitted");
        assertThat(call.tries).isEqualTo(3);
    }

    @Test
    void afterTheBoundTheLossReachesTheCaller() {
        List<Callable<Object>> losses = new ArrayList<>();
        for (int i = 0; i < ConcurrentChangeRetry.TRIES; i++) {
            OptimisticLockException lost = new OptimisticLockException("lost " + i);
            losses.add(() -> {
                throw lost;
            });
        }
        losses.add(() -> "must not run");
        Call call = new Call(losses);

        assertThatThrownBy(() -> retry.retry(call)).hasMessage("lost " + (ConcurrentChangeRetry.TRIES - 1));
        assertThat(call.tries).isEqualTo(ConcurrentChangeRetry.TRIES);
    }

    @Test
    void aRefusalOrAnyOtherFailureIsNotRepeated() {
        Call refused = new Call(List.of(() -> {
            throw new LifecycleConflict(1, null, List.of(), "Already submitted.");
        }, () -> "must not run"));
        assertThatThrownBy(() -> retry.retry(refused)).isInstanceOf(LifecycleConflict.class);
        assertThat(refused.tries).isEqualTo(1);
    }

    @Test
    void insideACallersTransactionNothingIsRepeated() {
        status = Status.STATUS_ACTIVE;
        Call call = new Call(List.of(() -> {
            throw new OptimisticLockException("lost");
        }, () -> "must not run"));
        assertThatThrownBy(() -> retry.retry(call)).isInstanceOf(OptimisticLockException.class);
        assertThat(call.tries).isEqualTo(1);
    }

    /** The intercepted call: each proceed is one try. */
    private static final class Call extends InterceptedCall {

        private final List<Callable<Object>> attempts;
        int tries;

        Call(List<Callable<Object>> attempts) {
            this.attempts = attempts;
        }

        @Override
        public Object proceed() throws Exception {
            return attempts.get(tries++).call();
        }
    }
}
