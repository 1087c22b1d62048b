package uk.scrutiny.workflow.lifecycle;

/** A scrutiny item, meeting, committee, data source or user named by the client that does not exist (404 or 422). */
public class NoSuchItem extends RuntimeException {

    private final String field;

    public NoSuchItem(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field that named it, or null for the item in the address. */
    public String field() {
        return field;
    }
}
