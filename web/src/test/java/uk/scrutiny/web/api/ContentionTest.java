package uk.scrutiny.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.junit.jupiter.api.Test;

/** Which failures are a lost race for locks (answered 409 or 503, to be retried) rather than a fault (500). */
class ContentionTest {

    @Test
    void derbysLockTimeoutAndDeadlockDeepInThePersistenceExceptionAreContention() {
        assertThat(ProblemMappers.isContention(new PersistenceException("flush failed",
                new SQLTransactionRollbackException("A lock could not be obtained within the time requested",
                        "40XL1")))).isTrue();
        assertThat(ProblemMappers.isContention(new RuntimeException(new PersistenceException(
                new SQLException("A lock could not be obtained due to a deadlock", "40001"))))).isTrue();
        assertThat(ProblemMappers.isContention(new FlowableOptimisticLockingException("task was updated"))).isTrue();
    }

    @Test
    void otherDatabaseFailuresAndPlainBugsAreNot() {
        assertThat(ProblemMappers.isContention(new PersistenceException(
                new SQLException("The statement was aborted because it would have caused a duplicate key", "23505"))))
                .isFalse();
        assertThat(ProblemMappers.isContention(new PersistenceException(new SQLException("no state")))).isFalse();
        assertThat(ProblemMappers.isContention(new NullPointerException())).isFalse();
    }
}
