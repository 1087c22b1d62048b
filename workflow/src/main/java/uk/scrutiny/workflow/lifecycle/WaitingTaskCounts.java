package uk.scrutiny.workflow.lifecycle;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many tasks wait on a person or a group, kept from one change of what waits on whom to the next. Counting
 * democratic services' tasks reads an index entry per task (thousands at the benchmark's size, most of "my tasks"'
 * time, ear/BENCHMARK.md session 7), while the answer changes only when a task does.
 *
 * <p>Every change of the rows ({@link WaitingTaskRows}) moves a generation on, when it is made and again when its
 * transaction ends, and a count is used only while the generation it was read in is still the current one. A count
 * read while another transaction changed the rows is therefore never used after that transaction ends, and a
 * transaction that changed rows itself counts afresh (it sees its own changes; the kept counts do not). Changes made
 * by another server on the same database are not seen here, so a count is also kept for a few seconds at most.
 */
@ApplicationScoped
public class WaitingTaskCounts {

    /** Longest a count is used (changes by another server sharing a PostgreSQL database are not seen here). */
    private static final long KEPT_NANOS = TimeUnit.SECONDS.toNanos(5);

    /** Counts kept at most: one per person or group, and per committee for the dashboard. */
    private static final int MOST_KEPT = 10_000;

    private static final String CHANGED_HERE = WaitingTaskCounts.class.getName() + ".changed";

    private final AtomicLong generation = new AtomicLong();

    private final Map<Object, Counted> counts = new ConcurrentHashMap<>();

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** A count that may fail as the database can. */
    @FunctionalInterface
    interface Counting {
        long count() throws SQLException;
    }

    private record Counted(long count, long generation, long readAt) {
    }

    /** The count of this key (a record naming what is counted): kept, or counted now and kept. */
    long count(Object key, Counting counting) throws SQLException {
        if (transactions.getTransactionKey() == null || transactions.getResource(CHANGED_HERE) != null) {
            return counting.count();
        }
        long current = generation.get();
        long now = System.nanoTime();
        Counted kept = counts.get(key);
        if (kept != null && kept.generation() == current && now - kept.readAt() < KEPT_NANOS) {
            return kept.count();
        }
        long count = counting.count();
        if (counts.size() >= MOST_KEPT) {
            counts.clear();
        }
        counts.put(key, new Counted(count, current, now));
        return count;
    }

    /** The rows are changing in the current transaction (or, outside one, have changed). */
    void changing() {
        generation.incrementAndGet();
        if (transactions.getTransactionKey() == null || transactions.getResource(CHANGED_HERE) != null) {
            return;
        }
        transactions.putResource(CHANGED_HERE, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                generation.incrementAndGet();
            }
        });
    }
}
