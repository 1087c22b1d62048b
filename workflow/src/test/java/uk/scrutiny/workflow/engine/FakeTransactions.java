package uk.scrutiny.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;

/**
 * A hand-written stand-in for the container's {@link UserTransaction} and
 * {@link TransactionSynchronizationRegistry}: transactions bound to threads, as in a real
 * server, with interposed synchronizations called on completion and a log of what happened.
 * It implements only the behaviour the JTA specification prescribes for these two interfaces and
 * that the code under test relies on; it is no proof of how Liberty behaves (the in-container
 * tests are).
 */
final class FakeTransactions implements UserTransaction, TransactionSynchronizationRegistry {

    /** One transaction: what a real server keeps behind the registry's opaque key. */
    static final class FakeTransaction {
        final String key;
        final Thread thread;
        int status = Status.STATUS_ACTIVE;
        final List<Synchronization> synchronizations = new ArrayList<>();
        /** Enlisted resources, completed between beforeCompletion and afterCompletion as a server does. */
        final List<Participant> participants = new ArrayList<>();
        final Map<Object, Object> resources = new ConcurrentHashMap<>();

        FakeTransaction(String key, Thread thread) {
            this.key = key;
            this.thread = thread;
        }
    }

    /** A resource enlisted in a transaction (see {@link FakeJtaDataSource}). */
    interface Participant {
        void commit() throws Exception;

        void rollback() throws Exception;
    }

    private final ThreadLocal<FakeTransaction> current = new ThreadLocal<>();
    private final AtomicInteger counter = new AtomicInteger();
    /** "begin tx1 on main", "commit tx1", "rollback tx2", ... in the order they happened. */
    final List<String> log = new CopyOnWriteArrayList<>();

    FakeTransaction current() {
        return current.get();
    }

    @Override
    public void begin() throws NotSupportedException {
        if (current.get() != null) {
            throw new NotSupportedException("Nested transactions are not supported");
        }
        FakeTransaction transaction = new FakeTransaction("tx" + counter.incrementAndGet(), Thread.currentThread());
        current.set(transaction);
        log.add("begin " + transaction.key + " on " + Thread.currentThread().getName());
    }

    @Override
    public void commit() throws RollbackException {
        FakeTransaction transaction = requireTransaction();
        if (transaction.status == Status.STATUS_MARKED_ROLLBACK) {
            complete(transaction, Status.STATUS_ROLLEDBACK);
            throw new RollbackException("Transaction " + transaction.key + " was marked for rollback");
        }
        try {
            transaction.synchronizations.forEach(Synchronization::beforeCompletion);
        } catch (RuntimeException e) {
            complete(transaction, Status.STATUS_ROLLEDBACK);
            throw (RollbackException) new RollbackException("beforeCompletion failed").initCause(e);
        }
        complete(transaction, Status.STATUS_COMMITTED);
    }

    @Override
    public void rollback() {
        complete(requireTransaction(), Status.STATUS_ROLLEDBACK);
    }

    private void complete(FakeTransaction transaction, int outcome) {
        for (Participant participant : transaction.participants) {
            try {
                if (outcome == Status.STATUS_COMMITTED) {
                    participant.commit();
                } else {
                    participant.rollback();
                }
            } catch (Exception e) {
                throw new IllegalStateException("Resource failed to complete " + transaction.key, e);
            }
        }
        transaction.status = outcome;
        current.remove();
        log.add((outcome == Status.STATUS_COMMITTED ? "commit " : "rollback ") + transaction.key);
        transaction.synchronizations.forEach(synchronization -> synchronization.afterCompletion(outcome));
    }

    @Override
    public void setRollbackOnly() {
        FakeTransaction transaction = requireTransaction();
        transaction.status = Status.STATUS_MARKED_ROLLBACK;
        log.add("rollback-only " + transaction.key);
    }

    @Override
    public int getStatus() {
        return getTransactionStatus();
    }

    @Override
    public void setTransactionTimeout(int seconds) {
        log.add("timeout " + seconds);
    }

    @Override
    public Object getTransactionKey() {
        FakeTransaction transaction = current.get();
        return transaction == null ? null : transaction.key;
    }

    @Override
    public void putResource(Object key, Object value) {
        requireTransaction().resources.put(key, value);
    }

    @Override
    public Object getResource(Object key) {
        return requireTransaction().resources.get(key);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization synchronization) {
        FakeTransaction transaction = requireTransaction();
        if (transaction.status != Status.STATUS_ACTIVE && transaction.status != Status.STATUS_MARKED_ROLLBACK) {
            throw new IllegalStateException("Transaction " + transaction.key + " is completing");
        }
        transaction.synchronizations.add(synchronization);
    }

    @Override
    public int getTransactionStatus() {
        FakeTransaction transaction = current.get();
        return transaction == null ? Status.STATUS_NO_TRANSACTION : transaction.status;
    }

    @Override
    public boolean getRollbackOnly() {
        return requireTransaction().status == Status.STATUS_MARKED_ROLLBACK;
    }

    private FakeTransaction requireTransaction() {
        FakeTransaction transaction = current.get();
        if (transaction == null) {
            throw new IllegalStateException("No transaction on " + Thread.currentThread().getName());
        }
        return transaction;
    }
}
