package uk.scrutiny.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.junit.jupiter.api.Test;

class LockContentionRetryTest {

    private final FakeTransactions transactions = new FakeTransactions();
    private final LockContentionRetry retry = new LockContentionRetry();

    LockContentionRetryTest() {
        retry.transactions = transactions;
    }

    @Test
    void aDeadlockVictimRunsOnceMoreInATransactionOfItsOwn() throws Exception {
        Call call = new Call(List.of(() -> {
            throw wrapped(new SQLTransactionRollbackException("A lock could not be obtained due to a deadlock",
                    "40001"));
        }, () -> "done"));
        assertThat(retry.retryOnce(call)).isEqualTo("done");
        assertThat(call.tries).isEqualTo(2);
        assertThat(transactions.log).containsExactly("begin tx1 on " + Thread.currentThread().getName(),
                "rollback tx1", "begin tx2 on " + Thread.currentThread().getName(), "commit tx2");
    }

    @Test
    void aLockWaitThatTimedOutOrTheEnginesOptimisticLockIsRetriedToo() throws Exception {
        // A lock wait that timed out at commit reaches the caller as the transaction's rollback.
        Call timedOut = new Call(List.of(() -> {
            throw (RollbackException) new RollbackException("rolled back on commit").initCause(
                    wrapped(new SQLException("A lock could not be obtained within the time requested", "40XL1")));
        }, () -> "done"));
        assertThat(retry.retryOnce(timedOut)).isEqualTo("done");
        assertThat(timedOut.tries).isEqualTo(2);
        assertThat(LockContentionRetry.lostALock(wrapped(new SQLException("A lock could not be obtained within the "
                + "time requested", "40XL1")))).isTrue();
        assertThat(LockContentionRetry.lostALock(new RuntimeException(new FlowableOptimisticLockingException(
                "Task was updated by another transaction concurrently")))).isTrue();
        SQLException batch = new SQLException("Batch entry 0 failed", "XJ208");
        batch.setNextException(new SQLException("A lock could not be obtained due to a deadlock", "40001"));
        assertThat(LockContentionRetry.lostALock(new PersistenceException(batch))).isTrue();
    }

    @Test
    void theItemsOwnOptimisticLockIsARealConflictAndIsNeverRetried() {
        Call call = new Call(List.of(() -> {
            throw new OptimisticLockException("The item was changed by someone else");
        }, () -> "must not run"));
        assertThatThrownBy(() -> retry.retryOnce(call)).isInstanceOf(OptimisticLockException.class);
        assertThat(call.tries).isEqualTo(1);
    }

    @Test
    void otherFailuresAreNotRetried() {
        Call call = new Call(List.of(() -> {
            throw wrapped(new SQLIntegrityConstraintViolationException("duplicate key", "23505"));
        }, () -> "must not run"));
        assertThatThrownBy(() -> retry.retryOnce(call)).isInstanceOf(PersistenceException.class);
        assertThat(call.tries).isEqualTo(1);
    }

    @Test
    void aCommandThatLosesTwiceFailsWithTheSecondLoss() {
        PersistenceException second = wrapped(new SQLException("deadlock again", "40001"));
        Call call = new Call(List.of(() -> {
            throw wrapped(new SQLException("deadlock", "40001"));
        }, () -> {
            throw second;
        }, () -> "must not run"));
        assertThatThrownBy(() -> retry.retryOnce(call)).isSameAs(second);
        assertThat(call.tries).isEqualTo(2);
    }

    @Test
    void insideACallersTransactionTheCallersTransactionDecidesAndNothingIsRepeated() throws Exception {
        transactions.begin();
        Call call = new Call(List.of(() -> {
            throw wrapped(new SQLException("deadlock", "40001"));
        }, () -> "must not run"));
        assertThatThrownBy(() -> retry.retryOnce(call)).isInstanceOf(PersistenceException.class);
        assertThat(call.tries).isEqualTo(1);
        transactions.rollback();
    }

    private static PersistenceException wrapped(SQLException e) {
        return new PersistenceException("Exception [EclipseLink-4002]", e);
    }

    /**
     * The intercepted call as the container runs it: @Transactional's interceptor (inside this one) begins a
     * transaction unless one is active, runs the method, and rolls back on a failure or commits.
     */
    private final class Call extends InterceptedCall {

        private final List<Callable<Object>> attempts;
        int tries;

        Call(List<Callable<Object>> attempts) {
            this.attempts = new ArrayList<>(attempts);
        }

        @Override
        public Object proceed() throws Exception {
            Callable<Object> attempt = attempts.get(tries++);
            if (transactions.current() != null) {
                return attempt.call(); // REQUIRED joins the caller's transaction
            }
            transactions.begin();
            try {
                Object result = attempt.call();
                transactions.commit();
                return result;
            } catch (Exception e) {
                transactions.rollback();
                throw e;
            }
        }
    }
}
