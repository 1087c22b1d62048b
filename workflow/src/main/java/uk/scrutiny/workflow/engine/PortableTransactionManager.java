package uk.scrutiny.workflow.engine;

import java.util.Objects;

import javax.transaction.xa.XAResource;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;

/**
 * A {@link TransactionManager} built only from the two transaction APIs every Jakarta EE server
 * must offer applications: {@link UserTransaction} and {@link TransactionSynchronizationRegistry}.
 *
 * <p>Flowable's JTA mode ({@code JtaProcessEngineConfiguration}) wants a {@code TransactionManager}
 * to join the caller's transaction, begin one when there is none, and register commit listeners.
 * Jakarta EE does not standardise looking one up (Liberty's is not in JNDI under a portable name),
 * but everything Flowable needs maps onto the standard pair:
 * <ul>
 * <li>{@code begin}, {@code commit}, {@code rollback}, {@code setTransactionTimeout} go through
 * {@code UserTransaction}; Flowable calls them only when it started the transaction itself;</li>
 * <li>{@code getStatus} and {@code setRollbackOnly} go through the registry, which, unlike
 * {@code UserTransaction}, is also legal while a container-managed transaction runs;</li>
 * <li>{@link #getTransaction()} returns a handle on the current transaction (identified by the
 * registry's transaction key) whose {@code registerSynchronization} becomes
 * {@code registerInterposedSynchronization}, the registry's variant for frameworks.</li>
 * </ul>
 *
 * <p>{@link #suspend()} and {@link #resume(Transaction)} cannot be built from these APIs and throw
 * {@link UnsupportedOperationException}: Flowable's "requires new" work is instead moved to a thread
 * of its own by {@link RequiresNewOnFreshThreadInterceptor}, and id blocks are avoided by the UUID
 * generator. Enlisting XA resources is likewise unsupported; Flowable never does it.
 *
 * <p>Thread-safe: it holds no state of its own, both delegates are thread-contextual.
 */
public class PortableTransactionManager implements TransactionManager {

    private final UserTransaction userTransaction;
    private final TransactionSynchronizationRegistry registry;

    public PortableTransactionManager(UserTransaction userTransaction, TransactionSynchronizationRegistry registry) {
        this.userTransaction = Objects.requireNonNull(userTransaction, "userTransaction");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void begin() throws NotSupportedException, SystemException {
        userTransaction.begin();
    }

    @Override
    public void commit() throws RollbackException, HeuristicMixedException, HeuristicRollbackException,
            SecurityException, IllegalStateException, SystemException {
        userTransaction.commit();
    }

    @Override
    public void rollback() throws IllegalStateException, SecurityException, SystemException {
        userTransaction.rollback();
    }

    @Override
    public void setRollbackOnly() throws IllegalStateException {
        registry.setRollbackOnly();
    }

    @Override
    public int getStatus() {
        return registry.getTransactionStatus();
    }

    /** The current transaction, or {@code null} when the thread has none (as the JTA contract says). */
    @Override
    public Transaction getTransaction() {
        Object key = registry.getTransactionKey();
        return key == null ? null : new CurrentTransaction(key);
    }

    @Override
    public void setTransactionTimeout(int seconds) throws SystemException {
        userTransaction.setTransactionTimeout(seconds);
    }

    @Override
    public Transaction suspend() {
        throw new UnsupportedOperationException("Suspending a transaction is not possible through the standard "
                + "Jakarta Transactions APIs; run requires-new work on another thread (RequiresNewOnFreshThreadInterceptor)");
    }

    @Override
    public void resume(Transaction transaction) {
        throw new UnsupportedOperationException("Resuming a transaction is not possible through the standard "
                + "Jakarta Transactions APIs; run requires-new work on another thread (RequiresNewOnFreshThreadInterceptor)");
    }

    /**
     * A handle on the transaction that was current when it was obtained. The registry only ever
     * speaks about the calling thread's transaction, so every operation first checks that this is
     * still that transaction, rather than silently acting on another one.
     */
    final class CurrentTransaction implements Transaction {

        private final Object key;

        CurrentTransaction(Object key) {
            this.key = key;
        }

        @Override
        public void commit() throws RollbackException, HeuristicMixedException, HeuristicRollbackException,
                SecurityException, IllegalStateException, SystemException {
            requireCurrent();
            userTransaction.commit();
        }

        @Override
        public void rollback() throws IllegalStateException, SystemException {
            requireCurrent();
            userTransaction.rollback();
        }

        @Override
        public void setRollbackOnly() throws IllegalStateException {
            requireCurrent();
            registry.setRollbackOnly();
        }

        /**
         * The status, if this transaction is still the thread's; {@link Status#STATUS_UNKNOWN}
         * otherwise, since the standard APIs cannot ask about a transaction on another thread.
         */
        @Override
        public int getStatus() {
            return isCurrent() ? registry.getTransactionStatus() : Status.STATUS_UNKNOWN;
        }

        @Override
        public void registerSynchronization(Synchronization synchronization) throws IllegalStateException {
            requireCurrent();
            registry.registerInterposedSynchronization(synchronization);
        }

        @Override
        public boolean enlistResource(XAResource resource) {
            throw new UnsupportedOperationException("XA resources cannot be enlisted through the standard Jakarta Transactions APIs");
        }

        @Override
        public boolean delistResource(XAResource resource, int flag) {
            throw new UnsupportedOperationException("XA resources cannot be delisted through the standard Jakarta Transactions APIs");
        }

        private boolean isCurrent() {
            return key.equals(registry.getTransactionKey());
        }

        private void requireCurrent() {
            if (!isCurrent()) {
                throw new IllegalStateException("Transaction " + key + " is not the transaction of the calling thread");
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof CurrentTransaction that && key.equals(that.key);
        }

        @Override
        public int hashCode() {
            return key.hashCode();
        }

        @Override
        public String toString() {
            return "Transaction[" + key + "]";
        }
    }
}
