package uk.scrutiny.workflow.chasing;

/**
 * The chasing timers on the officer's task in the lifecycle BPMN ({@code officerResponse}), each a non-interrupting
 * boundary event: the first and second reminders of the configured thresholds, and the escalation.
 */
public enum ChaseTimer {

    FIRST_REMINDER("firstReminder", 0),
    SECOND_REMINDER("secondReminder", 1),
    ESCALATION("escalation", -1);

    private final String boundaryEvent;
    private final int reminder;

    ChaseTimer(String boundaryEvent, int reminder) {
        this.boundaryEvent = boundaryEvent;
        this.reminder = reminder;
    }

    /** The id of the boundary timer in the BPMN. */
    public String boundaryEvent() {
        return boundaryEvent;
    }

    /** Which reminder of the rules this timer sends (0 the first); negative for the escalation. */
    int reminder() {
        return reminder;
    }

    boolean isReminder() {
        return reminder >= 0;
    }
}
