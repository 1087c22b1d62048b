package uk.scrutiny.web.api;

/**
 * The answers every lifecycle action of the items API documents alike: the item as the action left it, and the
 * three refusals. Declared once, as named responses among the components of {@code /openapi} (on {@link ScrutinyApi},
 * the one place MicroProfile OpenAPI takes them), and referred to by name from each action
 * ({@code @APIResponse(responseCode = "409", ref = LifecycleResponses.WRONG_STAGE)}) instead of repeated whole. An
 * action whose answer says something of its own, used by that action alone, keeps it inline.
 */
final class LifecycleResponses {

    /** The names of the responses among the components. */
    static final String ITEM = "ItemAsItNowStands";
    static final String WRONG_STAGE = "WrongStage";
    static final String NOT_YOURS = "NotYours";
    static final String BAD_FIELD = "BadField";
    /** The refusal of an action on one named request of the item (accept or return its response). */
    static final String RESPONSE_NOT_IN_REVIEW = "ResponseNotWaitingForReview";

    static final String PROBLEM_JSON = "application/problem+json";

    // Examples for the OpenAPI document: what a client sees when an action is refused.
    static final String WRONG_STAGE_EXAMPLE = """
            {"type": "about:blank", "title": "Conflict", "status": 409,
             "detail": "The item is at triage: publish is not possible now; allowed now: triage, start-enquiries, \
            withdraw.",
             "stage": "triage", "allowedActions": ["triage", "start-enquiries", "withdraw"]}""";
    static final String NOT_YOURS_EXAMPLE = """
            {"type": "about:blank", "title": "Forbidden", "status": 403,
             "detail": "This request is addressed to another officer.",
             "stage": "request_issued", "allowedActions": ["submit-response", "defer", "withdraw"]}""";
    static final String BAD_FIELD_EXAMPLE = """
            {"type": "about:blank", "title": "Unprocessable Content", "status": 422,
             "detail": "Some of what was sent needs correcting.",
             "errors": [{"field": "reason", "message": "reason is required."}]}""";

    private LifecycleResponses() {
    }
}
