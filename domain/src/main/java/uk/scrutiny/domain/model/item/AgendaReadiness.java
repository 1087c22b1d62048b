package uk.scrutiny.domain.model.item;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Whether an item on a meeting's agenda is ready for publication, as democratic services chase it: the worst of its
 * requests decides, because the report cannot go out until every officer has answered and the answer is accepted.
 */
public enum AgendaReadiness {
    /** The report is published (or the item has gone further). */
    PUBLISHED("Published"),
    /** Every response is accepted: ready to publish. */
    ACCEPTED("Accepted"),
    /** A response is in and awaits democratic services' review. */
    RESPONSE_IN("Response in"),
    /** A request is still open and not yet due. */
    NOT_YET_DUE("Not yet due"),
    /** A request is still open after its due date. */
    LATE("Late"),
    /** No request has been issued yet, and the officer response deadline has not passed. */
    NO_REQUEST("No request yet"),
    /** No request has been issued and the officer response deadline has passed. */
    NO_REQUEST_LATE("No request, deadline passed");

    private final String label;

    AgendaReadiness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Needs democratic services to act or chase. */
    public boolean needsAttention() {
        return this == LATE || this == NO_REQUEST_LATE || this == RESPONSE_IN;
    }

    /** What an item's readiness depends on of one of its requests. */
    public record RequestState(RequestStatus status, LocalDate due) {
    }

    /**
     * @param officerResponseDue the officer response deadline of the item's meeting
     * @param today the council's today
     */
    public static AgendaReadiness of(ScrutinyItem item, LocalDate officerResponseDue, LocalDate today) {
        return of(item.publishedOn() != null || item.stage() == Stage.PUBLISHED || item.stage() == Stage.CONSIDERED,
                item.requests().stream().map(r -> new RequestState(r.status(), r.due())).toList(),
                officerResponseDue, today);
    }

    /**
     * The same from what a count of many agendas reads (see {@link DeadlineQueries#agendaEntries}) rather than from
     * the loaded item.
     *
     * @param published the report is published (or the item has gone further)
     * @param requests the item's requests
     */
    public static AgendaReadiness of(boolean published, Collection<RequestState> requests,
            LocalDate officerResponseDue, LocalDate today) {
        if (published) {
            return PUBLISHED;
        }
        boolean anyRequest = false;
        boolean late = false;
        boolean open = false;
        boolean responded = false;
        for (RequestState request : requests) {
            switch (request.status()) {
                case OPEN -> {
                    anyRequest = true;
                    open = true;
                    late |= request.due().isBefore(today);
                }
                case RESPONDED -> {
                    anyRequest = true;
                    responded = true;
                }
                case ACCEPTED -> anyRequest = true;
                case WITHDRAWN -> {
                    // no longer asked for
                }
            }
        }
        if (!anyRequest) {
            return officerResponseDue.isBefore(today) ? NO_REQUEST_LATE : NO_REQUEST;
        }
        if (late) {
            return LATE;
        }
        if (open) {
            return NOT_YET_DUE;
        }
        return responded ? RESPONSE_IN : ACCEPTED;
    }
}
