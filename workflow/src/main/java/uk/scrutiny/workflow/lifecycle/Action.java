package uk.scrutiny.workflow.lifecycle;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The business actions on an item, each named as the API names it ({@code POST /api/items/{id}/<name>}), with the
 * user task of the {@code scrutinyItem} process that must be waiting for it. Deferral and withdrawal have no task:
 * democratic services take them whichever task waits (deferral while the item is prepared for a meeting not yet
 * held, withdrawal at any open stage).
 */
public enum Action {
    TRIAGE("triage", "triage"),
    AGREE_KEY_LINES_OF_ENQUIRY("agree-kloe", "scoping"),
    ISSUE_REQUEST("issue-request", "issueRequest"),
    SUBMIT_RESPONSE("submit-response", "officerResponse"),
    ACCEPT_RESPONSE("accept-response", "reviewResponse"),
    RETURN_RESPONSE("return-response", "reviewResponse"),
    PUBLISH("publish", "publish"),
    RECORD_OUTCOME("record-outcome", "recordOutcome"),
    DEFER("defer", null),
    WITHDRAW("withdraw", null);

    private final String apiName;
    private final String taskKey;

    Action(String apiName, String taskKey) {
        this.apiName = apiName;
        this.taskKey = taskKey;
    }

    public String apiName() {
        return apiName;
    }

    /** The process task that must be waiting, or null for an action allowed at any open stage. */
    String taskKey() {
        return taskKey;
    }

    /** The actions a waiting task stands for (accept and return share the review task). */
    static List<Action> forTask(String taskKey) {
        return Arrays.stream(values()).filter(a -> a.taskKey != null && a.taskKey.equals(taskKey)).toList();
    }

    public static Optional<Action> fromApiName(String name) {
        return Arrays.stream(values()).filter(a -> a.apiName.equals(name)).findFirst();
    }
}
