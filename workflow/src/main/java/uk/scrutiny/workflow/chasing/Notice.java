package uk.scrutiny.workflow.chasing;

/**
 * What the system sends about an officer's response, most urgent last. Each is sent at most once per request and
 * due date; when a later one is already due, an earlier one still waiting is not sent at all.
 */
public enum Notice {

    /** Some working days before the due date (default 5). */
    FIRST_REMINDER("firstReminder"),
    /** Fewer working days before the due date (default 1). */
    SECOND_REMINDER("secondReminder"),
    /** The response is overdue: the officer and democratic services are told. */
    ESCALATION("escalation");

    private final String boundaryEvent;

    Notice(String boundaryEvent) {
        this.boundaryEvent = boundaryEvent;
    }

    /** The id of the boundary timer on the officer's task in the lifecycle BPMN. */
    public String boundaryEvent() {
        return boundaryEvent;
    }
}
