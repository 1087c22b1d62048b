package uk.scrutiny.it.workflow;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeRepository;

/**
 * Business actions as the application will write them: one {@code @Transactional} method changes domain rows
 * through a repository and process state through an injected Flowable service, and may fail at the end, after
 * both changes were written.
 */
@ApplicationScoped
public class CommitteeReviews {

    @Inject
    CommitteeRepository committees;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Resource(lookup = "jdbc/scrutiny")
    DataSource dataSource;

    /**
     * Registers a committee and starts the given process for it. Before returning (or failing on request), counts
     * both new rows through a plain JDBC connection of {@code jdbc/scrutiny}: only a connection in this same
     * transaction can see them before the commit.
     */
    @Transactional
    public Registration register(String committeeName, String processKey, boolean failAtTheEnd) {
        committees.store(new Committee(committeeName, "Registered together with its review"));
        Map<String, Object> variables = new HashMap<>();
        variables.put("officer", "officer");
        variables.put("priority", 50);
        variables.put("committeeName", committeeName);
        String processInstanceId = runtimeService.startProcessInstanceByKey(processKey, committeeName, variables).getId();
        Registration registration = new Registration(processInstanceId,
                count("select count(*) from committee where name = ?", committeeName),
                count("select count(*) from ACT_RU_EXECUTION where PROC_INST_ID_ = ?", processInstanceId));
        if (failAtTheEnd) {
            throw new DeliberateFailure(registration);
        }
        return registration;
    }

    /** Completes a review task and rewrites the committee's remit, failing at the end on request. */
    @Transactional
    public void completeReview(String taskId, String committeeName, String newRemit, boolean failAtTheEnd) {
        Committee committee = committees.findByName(committeeName).orElseThrow();
        committee.describeRemit(newRemit);
        committees.store(committee);
        taskService.complete(taskId);
        if (failAtTheEnd) {
            throw new DeliberateFailure(null);
        }
    }

    private int count(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The started process instance and what the transaction's own connection saw of both changes. */
    public record Registration(String processInstanceId, int committeeRowsSeen, int executionRowsSeen) {
    }

    /** Thrown after all the work is written, so that only the rollback can undo it. */
    public static class DeliberateFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Registration registration;

        DeliberateFailure(Registration registration) {
            super("deliberate failure after the work was written");
            this.registration = registration;
        }

        public Registration registration() {
            return registration;
        }
    }
}
