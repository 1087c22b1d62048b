package uk.scrutiny.workflow.recommendations;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The actions after the committee's outcome, named as the API names them, with the tasks of the
 * {@code itemRecommendations} process that must be waiting for each. Recording a meeting's recommendations and
 * starting a deep dive have no task: they start the process.
 */
public enum FollowUpAction {
    RECORD_RECOMMENDATIONS("record-recommendations"),
    START_DEEP_DIVE("start-deep-dive"),
    CHANGE_WORKING_GROUP("change-working-group", "deepDive"),
    ADD_EVIDENCE_SESSION("add-evidence-session", "deepDive"),
    RECORD_FINDING("record-finding", "deepDive"),
    AGREE_FINAL_REPORT("agree-final-report", "deepDive"),
    RECORD_EXECUTIVE_RESPONSE("record-executive-response", "executiveResponse", "executiveResponseOverdue"),
    RECORD_PROGRESS("record-progress", "monitoring");

    private final String apiName;
    private final Set<String> taskKeys;

    FollowUpAction(String apiName, String... taskKeys) {
        this.apiName = apiName;
        this.taskKeys = Set.of(taskKeys);
    }

    public String apiName() {
        return apiName;
    }

    /** The tasks of the follow-up process at which the action is taken. */
    Set<String> taskKeys() {
        return taskKeys;
    }

    boolean isTakenAt(String taskKey) {
        return taskKeys.contains(taskKey);
    }

    /** The actions a waiting task stands for. */
    static List<FollowUpAction> forTask(String taskKey) {
        return Arrays.stream(values()).filter(a -> a.isTakenAt(taskKey)).toList();
    }
}
