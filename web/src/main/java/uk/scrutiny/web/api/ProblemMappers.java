package uk.scrutiny.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import uk.scrutiny.domain.model.DomainRuleViolation;

/**
 * Turns every failure into a problem details body. Client mistakes name the field; anything unexpected is logged
 * with a correlation id and the client sees only that id, never a stack trace or an SQL message.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    @Provider
    public static class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            if (status.getStatusCode() >= 500) {
                return unexpected(e);
            }
            String detail = switch (status.getStatusCode()) {
                case 401 -> "Sign in to use this part of the API.";
                case 403 -> "Your role does not allow this.";
                case 404 -> e instanceof NoSuchResource ? e.getMessage() : "There is nothing at this address.";
                case 405 -> "This address does not accept that method.";
                case 406 -> "This address answers only application/json.";
                case 415 -> "Send the body as application/json.";
                default -> status.getReasonPhrase();
            };
            Response.ResponseBuilder builder = Response.fromResponse(e.getResponse()).entity(Problem.of(status, detail))
                    .type(Problem.PROBLEM_JSON);
            return builder.build();
        }
    }

    /** Query or path parameters that do not parse (e.g. {@code ?from=yesterday}). */
    @Provider
    public static class BadParameterMapper implements ExceptionMapper<BadParameter> {
        @Override
        public Response toResponse(BadParameter e) {
            return Problem.of(Response.Status.BAD_REQUEST, e.getMessage())
                    .withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage()))).toResponse();
        }
    }

    @Provider
    public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(fieldName(v), v.getMessage())).sorted(
                            java.util.Comparator.comparing(Problem.FieldError::field)).toList();
            return new Problem(422, "Unprocessable Content", "Some of what was sent needs correcting.")
                    .withErrors(errors).toResponse();
        }

        /** The last node of the path: the field or parameter name the client knows, not the Java method. */
        private static String fieldName(ConstraintViolation<?> violation) {
            String name = null;
            for (Path.Node node : violation.getPropertyPath()) {
                name = node.getName();
            }
            return name == null ? violation.getPropertyPath().toString() : name;
        }
    }

    @Provider
    public static class DomainRuleViolationMapper implements ExceptionMapper<DomainRuleViolation> {
        @Override
        public Response toResponse(DomainRuleViolation e) {
            return new Problem(422, "Unprocessable Content", e.getMessage())
                    .withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage()))).toResponse();
        }
    }

    @Provider
    public static class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return Problem.of(Response.Status.CONFLICT,
                    "Someone else changed this at the same time. Reload it and try again.").toResponse();
        }
    }

    /** A body that is not valid JSON or does not fit the expected shape. */
    @Provider
    public static class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.of(Response.Status.BAD_REQUEST, "The body is not valid JSON of the expected shape.")
                    .toResponse();
        }
    }

    @Provider
    public static class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.of(Response.Status.BAD_REQUEST, "The body is not valid JSON of the expected shape.")
                    .toResponse();
        }
    }

    @Provider
    public static class UnexpectedMapper implements ExceptionMapper<Throwable> {
        @Context
        Request request;

        @Override
        public Response toResponse(Throwable e) {
            return isContention(e) ? contention(e, request.getMethod()) : unexpected(e);
        }
    }

    /**
     * Whether the database gave up on the request because another transaction held what it needed (a deadlock or a
     * lock wait timed out: SQLSTATE class 40) or the engine saw its rows changed under it: the work was rolled back,
     * nothing was changed, and the same request can simply be sent again.
     */
    static boolean isContention(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")
                    || t instanceof FlowableOptimisticLockingException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A change that lost to a concurrent one gets the 409 every other concurrent change gets; a read that did gets
     * 503 with Retry-After, since the client did nothing wrong and the same read will succeed in a moment. Both are
     * logged with a correlation id, as warnings: they are expected under load, but many of them mean lock trouble.
     */
    static Response contention(Throwable e, String method) {
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.WARNING, "Lost to a concurrent transaction (" + method + "), correlation id " + correlationId,
                e);
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        Problem problem = read
                ? Problem.of(Response.Status.SERVICE_UNAVAILABLE, "The records were busy with another change. "
                        + "Try again in a moment.")
                : Problem.of(Response.Status.CONFLICT, "Someone else was changing the same records at the same time, "
                        + "so nothing has been changed. Reload and try again.");
        problem.correlationId = correlationId;
        Response response = problem.toResponse();
        return read ? Response.fromResponse(response).header("Retry-After", "1").build() : response;
    }

    static Response unexpected(Throwable e) {
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, correlation id " + correlationId, e);
        Problem problem = Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Quote the correlation id if you report it.");
        problem.correlationId = correlationId;
        return problem.toResponse();
    }
}
