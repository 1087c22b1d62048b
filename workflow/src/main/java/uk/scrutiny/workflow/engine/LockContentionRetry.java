package uk.scrutiny.workflow.engine;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;

/**
 * Runs a {@link RetriedOnLockContention} command a second time, in a new transaction, when the first try was rolled
 * back because the database chose it as a deadlock victim (SQLSTATE 40001), its wait for a lock timed out (40XL1,
 * Derby; Derby also answers 40XL1, at once, when it cannot take the next block of an identity column's values because
 * another transaction holds the column's sequence row: see ear/BENCHMARK.md), or the engine found a row of its own
 * changed under it. Those failures say nothing about the command: two
 * transactions on different items met on a shared row or page, and the loser's work was undone whole, so the same
 * command can simply run again.
 *
 * <p>Never retried: the item's own optimistic lock ({@code jakarta.persistence.OptimisticLockException}), which is
 * a real conflict of two actions on the same item and must reach the user as 409; any other failure; and a call
 * made inside a transaction that was already active (the caller's transaction is the one that would have to start
 * again). Once only: a command that loses twice is answered as the contention it is (409 or 503, see the web
 * layer's problem mappers), so a lock problem shows in the logs rather than being retried away.
 *
 * <p>The priority puts this interceptor outside {@code @Transactional}'s (platform-before + 200), so each try is a
 * transaction of its own.
 */
@RetriedOnLockContention
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class LockContentionRetry {

    private static final Logger LOG = Logger.getLogger(LockContentionRetry.class.getName());

    /** Deadlock victim (standard); lock wait timed out (Derby: 40XL2 is the same with the lock table dumped). */
    private static final Set<String> LOST_A_LOCK = Set.of("40001", "40XL1", "40XL2");

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object retryOnce(InvocationContext call) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return call.proceed();
        }
        try {
            return call.proceed();
        } catch (Exception first) {
            if (!lostALock(first)) {
                throw first;
            }
            LOG.log(Level.INFO, "{0}.{1} lost a lock to a concurrent transaction ({2}); trying once more",
                    new Object[] {call.getMethod().getDeclaringClass().getSimpleName(), call.getMethod().getName(),
                            cause(first)});
            return call.proceed();
        }
    }

    /** Whether the failure, however deeply wrapped by JPA, JTA or the engine, is a lost lock (see the class). */
    public static boolean lostALock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FlowableOptimisticLockingException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && LOST_A_LOCK.contains(s.getSQLState())) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String cause(Throwable e) {
        Throwable deepest = e;
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            deepest = t;
        }
        return deepest.getClass().getSimpleName() + ": " + deepest.getMessage();
    }
}
