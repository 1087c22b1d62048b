package uk.scrutiny.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transaction;

import org.junit.jupiter.api.Test;

/** The transaction manager adapter against hand-written doubles of the two standard APIs. */
class PortableTransactionManagerTest {

    private final FakeTransactions container = new FakeTransactions();
    private final PortableTransactionManager manager = new PortableTransactionManager(container, container);

    @Test
    void beginsCommitsAndReportsStatusThroughTheStandardApis() throws Exception {
        assertThat(manager.getStatus()).isEqualTo(Status.STATUS_NO_TRANSACTION);
        assertThat(manager.getTransaction()).isNull();

        manager.begin();
        assertThat(manager.getStatus()).isEqualTo(Status.STATUS_ACTIVE);
        manager.commit();

        assertThat(manager.getStatus()).isEqualTo(Status.STATUS_NO_TRANSACTION);
        assertThat(container.log).containsExactly("begin tx1 on " + Thread.currentThread().getName(), "commit tx1");
    }

    @Test
    void rollbackOnlyMakesTheCommitFail() throws Exception {
        manager.begin();
        manager.setRollbackOnly();
        assertThat(manager.getStatus()).isEqualTo(Status.STATUS_MARKED_ROLLBACK);

        assertThatThrownBy(manager::commit).isInstanceOf(RollbackException.class);
        assertThat(container.log).endsWith("rollback-only tx1", "rollback tx1");
    }

    @Test
    void theCurrentTransactionRegistersSynchronizationsAsInterposed() throws Exception {
        List<String> calls = new ArrayList<>();
        manager.begin();
        Transaction transaction = manager.getTransaction();

        transaction.registerSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                calls.add("before");
            }

            @Override
            public void afterCompletion(int status) {
                calls.add("after " + (status == Status.STATUS_COMMITTED ? "committed" : status));
            }
        });
        assertThat(container.current().synchronizations).hasSize(1);
        assertThat(transaction.getStatus()).isEqualTo(Status.STATUS_ACTIVE);
        transaction.commit();

        assertThat(calls).containsExactly("before", "after committed");
    }

    @Test
    void aTransactionHandleIsEqualToAnotherHandleOnTheSameTransactionOnly() throws Exception {
        manager.begin();
        Transaction first = manager.getTransaction();
        assertThat(manager.getTransaction()).isEqualTo(first).hasSameHashCodeAs(first);
        manager.rollback();

        manager.begin();
        assertThat(manager.getTransaction()).isNotEqualTo(first);
        manager.rollback();
    }

    @Test
    void aHandleRefusesToActOnceItsTransactionIsNoLongerTheThreadsOne() throws Exception {
        manager.begin();
        Transaction first = manager.getTransaction();
        manager.commit();
        manager.begin();

        assertThat(first.getStatus()).isEqualTo(Status.STATUS_UNKNOWN);
        assertThatThrownBy(first::setRollbackOnly).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> first.registerSynchronization(null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(first::commit).isInstanceOf(IllegalStateException.class);
        assertThat(manager.getStatus()).isEqualTo(Status.STATUS_ACTIVE);
        manager.rollback();
    }

    @Test
    void transactionsBelongToThreads() throws Exception {
        manager.begin();

        int statusElsewhere = CompletableFuture.supplyAsync(manager::getStatus).get();

        assertThat(statusElsewhere).isEqualTo(Status.STATUS_NO_TRANSACTION);
        manager.rollback();
    }

    @Test
    void suspendAndResumeAreRefusedWithAPointerToTheAlternative() throws Exception {
        manager.begin();

        assertThatThrownBy(manager::suspend).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("RequiresNewOnFreshThreadInterceptor");
        assertThatThrownBy(() -> manager.resume(manager.getTransaction())).isInstanceOf(UnsupportedOperationException.class);
        assertThat(manager.getStatus()).isEqualTo(Status.STATUS_ACTIVE);
        manager.rollback();
    }

    @Test
    void timeoutGoesToTheUserTransaction() throws Exception {
        manager.setTransactionTimeout(42);

        assertThat(container.log).containsExactly("timeout 42");
    }
}
