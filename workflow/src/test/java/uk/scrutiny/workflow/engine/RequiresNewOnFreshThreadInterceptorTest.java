package uk.scrutiny.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.transaction.Status;

import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.impl.cfg.TransactionPropagation;
import org.flowable.common.engine.impl.interceptor.AbstractCommandInterceptor;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.interceptor.CommandConfig;
import org.flowable.common.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Transaction propagation of the container engine's transaction interceptor, over
 * {@link PortableTransactionManager} and the thread-bound {@link FakeTransactions}.
 */
class RequiresNewOnFreshThreadInterceptorTest {

    /** What a command saw of its surroundings when it ran. */
    record Observation(Thread thread, Object transactionKey, int status) {
    }

    private final FakeTransactions container = new FakeTransactions();
    private final PortableTransactionManager manager = new PortableTransactionManager(container, container);
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> new Thread(runnable, "requires-new"));
    private final RequiresNewOnFreshThreadInterceptor interceptor = new RequiresNewOnFreshThreadInterceptor(manager, executor);

    {
        // The rest of Flowable's chain, reduced to running the command.
        interceptor.setNext(new AbstractCommandInterceptor() {
            @Override
            public <T> T execute(CommandConfig config, Command<T> command, CommandExecutor commandExecutor) {
                return command.execute(null);
            }
        });
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    private Command<Observation> observe() {
        return context -> new Observation(Thread.currentThread(), container.getTransactionKey(), container.getTransactionStatus());
    }

    private static CommandConfig config(TransactionPropagation propagation) {
        return new CommandConfig(false, propagation);
    }

    @Test
    void withoutATransactionItBeginsAndCommitsOneOnTheCallingThread() {
        Observation seen = interceptor.execute(config(TransactionPropagation.REQUIRED), observe(), null);

        assertThat(seen.thread()).isSameAs(Thread.currentThread());
        assertThat(seen.status()).isEqualTo(Status.STATUS_ACTIVE);
        assertThat(container.log).containsExactly("begin tx1 on " + Thread.currentThread().getName(), "commit tx1");
        assertThat(container.getTransactionStatus()).isEqualTo(Status.STATUS_NO_TRANSACTION);
    }

    @Test
    void requiredJoinsTheCallersTransaction() throws Exception {
        container.begin();

        Observation seen = interceptor.execute(config(TransactionPropagation.REQUIRED), observe(), null);

        assertThat(seen.transactionKey()).isEqualTo("tx1");
        assertThat(container.getTransactionStatus()).isEqualTo(Status.STATUS_ACTIVE);
        assertThat(container.log).hasSize(1);
        container.rollback();
    }

    @Test
    void requiresNewRunsInItsOwnTransactionOnAnotherThreadWhileTheCallersStaysOpen() throws Exception {
        container.begin();

        Observation seen = interceptor.execute(config(TransactionPropagation.REQUIRES_NEW), observe(), null);

        assertThat(seen.thread()).isNotSameAs(Thread.currentThread());
        assertThat(seen.transactionKey()).isEqualTo("tx2");
        assertThat(seen.status()).isEqualTo(Status.STATUS_ACTIVE);
        assertThat(container.log).containsExactly("begin tx1 on " + Thread.currentThread().getName(),
                "begin tx2 on requires-new", "commit tx2");
        assertThat(container.getTransactionKey()).isEqualTo("tx1");
        assertThat(container.getTransactionStatus()).isEqualTo(Status.STATUS_ACTIVE);
        container.rollback();
    }

    @Test
    void aFailureInRequiresNewWorkRollsBackOnlyItsTransactionAndKeepsItsType() throws Exception {
        container.begin();
        AtomicReference<Object> innerKey = new AtomicReference<>();
        Command<Void> failing = context -> {
            innerKey.set(container.getTransactionKey());
            throw new FlowableOptimisticLockingException("concurrent update");
        };

        assertThatThrownBy(() -> interceptor.execute(config(TransactionPropagation.REQUIRES_NEW), failing, null))
                .isInstanceOf(FlowableOptimisticLockingException.class);

        assertThat(innerKey.get()).isEqualTo("tx2");
        assertThat(container.log).contains("rollback tx2").doesNotContain("rollback-only tx1");
        assertThat(container.getTransactionStatus()).isEqualTo(Status.STATUS_ACTIVE);
        container.rollback();
    }

    @Test
    void aFailureInJoinedWorkMarksTheCallersTransactionRollbackOnly() throws Exception {
        container.begin();
        Command<Void> failing = context -> {
            throw new FlowableException("failed");
        };

        assertThatThrownBy(() -> interceptor.execute(config(TransactionPropagation.REQUIRED), failing, null))
                .isInstanceOf(FlowableException.class);

        assertThat(container.getTransactionStatus()).isEqualTo(Status.STATUS_MARKED_ROLLBACK);
        container.rollback();
    }

    @Test
    void requiresNewWithoutATransactionStaysOnTheCallingThread() {
        RequiresNewOnFreshThreadInterceptor strict = new RequiresNewOnFreshThreadInterceptor(manager, task -> {
            throw new AssertionError("no thread hop needed without a transaction");
        });
        strict.setNext(new AbstractCommandInterceptor() {
            @Override
            public <T> T execute(CommandConfig config, Command<T> command, CommandExecutor commandExecutor) {
                return command.execute(null);
            }
        });

        Observation seen = strict.execute(config(TransactionPropagation.REQUIRES_NEW), observe(), null);

        assertThat(seen.thread()).isSameAs(Thread.currentThread());
        assertThat(container.log).containsExactly("begin tx1 on " + Thread.currentThread().getName(), "commit tx1");
    }

    @Test
    void refusesAnExecutorThatRunsTasksOnTheCallingThread() throws Exception {
        RequiresNewOnFreshThreadInterceptor sameThread = new RequiresNewOnFreshThreadInterceptor(manager, Runnable::run);
        sameThread.setNext(new AbstractCommandInterceptor() {
            @Override
            public <T> T execute(CommandConfig config, Command<T> command, CommandExecutor commandExecutor) {
                return command.execute(null);
            }
        });
        container.begin();

        assertThatThrownBy(() -> sameThread.execute(config(TransactionPropagation.REQUIRES_NEW), observe(), null))
                .isInstanceOf(FlowableException.class)
                .hasMessageContaining("threads of its own");
        assertThat(container.getTransactionKey()).isEqualTo("tx1");
        container.rollback();
    }

    @Test
    void notSupportedRunsWithoutTouchingTransactions() throws Exception {
        container.begin();

        Observation seen = interceptor.execute(config(TransactionPropagation.NOT_SUPPORTED), observe(), null);

        assertThat(seen.thread()).isSameAs(Thread.currentThread());
        assertThat(container.log).hasSize(1);
        container.rollback();
    }
}
