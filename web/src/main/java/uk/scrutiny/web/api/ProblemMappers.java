package uk.scrutiny.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
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
        @Override
        public Response toResponse(Throwable e) {
            return unexpected(e);
        }
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
