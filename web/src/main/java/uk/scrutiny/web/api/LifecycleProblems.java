package uk.scrutiny.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.workflow.lifecycle.LifecycleConflict;
import uk.scrutiny.workflow.lifecycle.LifecycleForbidden;
import uk.scrutiny.workflow.lifecycle.NoSuchItem;

/**
 * Problem bodies for the item lifecycle. A refused action names the item's {@code stage} and the
 * {@code allowedActions} now (RFC 9457 extension members), so a client can offer the right next step.
 */
public final class LifecycleProblems {

    /** The 409 for an action that lost the race to a concurrent change of the item. */
    static LifecycleConflict lostTheRace(long itemId, Stage now, List<String> allowedActions) {
        return new LifecycleConflict(itemId, now, allowedActions, "Someone else acted on this item at the same "
                + "time; it is now at " + now.name().toLowerCase().replace('_', ' ') + ". Reload it and try again.");
    }

    private LifecycleProblems() {
    }

    /** A problem with the item's stage and the actions allowed now. */
    @JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "stage", "allowedActions", "errors",
            "correlationId"})
    public static class LifecycleProblem extends Problem {
        public String stage;
        public List<String> allowedActions;

        public LifecycleProblem() {
        }

        LifecycleProblem(Response.Status status, String detail, Stage stage, List<String> allowedActions) {
            super(status.getStatusCode(), status.getReasonPhrase(), detail);
            this.stage = stage == null ? null : stage.name().toLowerCase();
            this.allowedActions = allowedActions;
        }
    }

    @Provider
    public static class ConflictMapper implements ExceptionMapper<LifecycleConflict> {
        @Override
        public Response toResponse(LifecycleConflict e) {
            return new LifecycleProblem(Response.Status.CONFLICT, e.getMessage(), e.stage(), e.allowedActions())
                    .toResponse();
        }
    }

    @Provider
    public static class ForbiddenMapper implements ExceptionMapper<LifecycleForbidden> {
        @Override
        public Response toResponse(LifecycleForbidden e) {
            return new LifecycleProblem(Response.Status.FORBIDDEN, e.getMessage(), e.stage(), e.allowedActions())
                    .toResponse();
        }
    }

    /**
     * Two people completing the same step at once: Flowable's own version check on the task or execution fails for
     * the second one (the item's version check usually fails first; either way nothing of the loser is kept).
     */
    @Provider
    public static class FlowableConcurrencyMapper
            implements ExceptionMapper<org.flowable.common.engine.api.FlowableOptimisticLockingException> {
        @Override
        public Response toResponse(org.flowable.common.engine.api.FlowableOptimisticLockingException e) {
            return Problem.of(Response.Status.CONFLICT,
                    "Someone else changed this at the same time. Reload it and try again.").toResponse();
        }
    }

    /** The item in the address is a 404; a meeting, committee or source named in the body is a 422 on its field. */
    @Provider
    public static class NoSuchItemMapper implements ExceptionMapper<NoSuchItem> {
        @Override
        public Response toResponse(NoSuchItem e) {
            if (e.field() == null) {
                return Problem.of(Response.Status.NOT_FOUND, e.getMessage()).toResponse();
            }
            return new Problem(422, "Unprocessable Content", e.getMessage())
                    .withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage()))).toResponse();
        }
    }
}
