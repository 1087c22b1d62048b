package uk.scrutiny.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem details body. Every 4xx and 5xx the API sends has one, so a client always learns what went
 * wrong and, for bad input, which field to correct.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "correlationId"})
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** One offending field: its name as the client sent it and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public String type = "about:blank";
    public String title;
    public int status;
    public String detail;
    public String instance;
    public List<FieldError> errors;
    public String correlationId;

    public Problem() {
    }

    public Problem(int status, String title, String detail) {
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem(status.getStatusCode(), status.getReasonPhrase(), detail);
    }

    public Problem withErrors(List<FieldError> errors) {
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        return this;
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
