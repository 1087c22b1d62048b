package uk.scrutiny.web.api;

/** A query or path parameter the client got wrong; answered 400 naming the parameter. */
public class BadParameter extends RuntimeException {

    private final String field;

    public BadParameter(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
