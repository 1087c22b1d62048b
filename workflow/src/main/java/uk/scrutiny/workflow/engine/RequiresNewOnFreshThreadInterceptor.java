package uk.scrutiny.workflow.engine;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.impl.cfg.TransactionPropagation;
import org.flowable.common.engine.impl.interceptor.AbstractCommandInterceptor;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.interceptor.CommandConfig;
import org.flowable.common.engine.impl.interceptor.CommandExecutor;
import org.flowable.common.engine.impl.interceptor.CommandInterceptor;
import org.flowable.common.engine.impl.interceptor.JtaTransactionInterceptor;

/**
 * Flowable's JTA transaction interceptor, except that "requires new" work issued while a
 * transaction is active runs on another thread instead of suspending that transaction.
 *
 * <p>Flowable's {@link JtaTransactionInterceptor} handles {@code REQUIRES_NEW} by
 * {@code TransactionManager.suspend()}, begin, commit, {@code resume()}. Suspension is not part of
 * the standard Jakarta Transactions API ({@link PortableTransactionManager} cannot offer it), but a
 * transaction belongs to a thread, so a thread that has none gives the same isolation. Flowable
 * asks for a new transaction inside an active one when a job fails (recording the failure and
 * decrementing retries must survive the job's own rollback), for transaction-dependent listeners,
 * for rejected job hand-offs and for the deprecated {@code deleteWithRelatedData}; id blocks would
 * too, but the UUID generator needs none. Everything else is delegated unchanged to Flowable's
 * interceptor, which this class wraps rather than copies.
 *
 * <p>The calling thread blocks until the work is done, exactly as with suspend/resume. As with
 * suspension, the outer transaction keeps its database locks meanwhile: if the new transaction
 * needs a row the outer one has written, it waits for Derby's lock timeout and fails, rather than
 * hanging. The executor must run each task on a thread without a transaction (in the container a
 * {@code ManagedExecutorService}, whose tasks start without one) and must not run it on the
 * calling thread; it should have spare capacity, since the caller holds a connection while waiting.
 */
public class RequiresNewOnFreshThreadInterceptor extends AbstractCommandInterceptor {

    private final TransactionManager transactionManager;
    private final JtaTransactionInterceptor transactions;
    private final Executor requiresNewExecutor;

    public RequiresNewOnFreshThreadInterceptor(TransactionManager transactionManager, Executor requiresNewExecutor) {
        this.transactionManager = Objects.requireNonNull(transactionManager, "transactionManager");
        this.requiresNewExecutor = Objects.requireNonNull(requiresNewExecutor, "requiresNewExecutor");
        this.transactions = new JtaTransactionInterceptor(transactionManager);
    }

    @Override
    public void setNext(CommandInterceptor next) {
        super.setNext(next);
        transactions.setNext(next);
    }

    @Override
    public <T> T execute(CommandConfig config, Command<T> command, CommandExecutor commandExecutor) {
        if (config.getTransactionPropagation() == TransactionPropagation.REQUIRES_NEW && hasTransaction()) {
            return onFreshThread(() -> transactions.execute(config, command, commandExecutor));
        }
        return transactions.execute(config, command, commandExecutor);
    }

    private boolean hasTransaction() {
        try {
            return transactionManager.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            throw new FlowableException("Could not read the status of the current transaction", e);
        }
    }

    private <T> T onFreshThread(Callable<T> work) {
        Thread caller = Thread.currentThread();
        FutureTask<T> task = new FutureTask<>(() -> {
            if (Thread.currentThread() == caller) {
                // Running here would make Flowable's interceptor try to suspend, and fail obscurely.
                throw new FlowableException("The requires-new executor ran a task on the calling thread; "
                        + "it must use threads of its own");
            }
            return work.call();
        });
        requiresNewExecutor.execute(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlowableException("Interrupted while waiting for requires-new work on another thread", e);
        } catch (ExecutionException e) {
            // Rethrow what the work threw, so Flowable's callers (optimistic locking handling,
            // failed-job bookkeeping) see the exception types they expect.
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new FlowableException("Requires-new work failed on another thread", cause);
        }
    }
}
