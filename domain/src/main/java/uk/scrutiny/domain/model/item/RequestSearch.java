package uk.scrutiny.domain.model.item;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Which information requests to list, earliest due first, a page at a time: the answer to "what is due in the next
 * ten working days" and to an officer's own list, from the database
 * ({@link ScrutinyItemRepository#searchRequests(RequestSearch)}). Criteria left null do not filter. Working days
 * are the calendar's business: the caller turns them into {@code dueOnOrBefore}.
 *
 * @param today the council's today, against which overdue is judged
 * @param overdue true: only requests awaiting their officer past their due date; false: only those that are not
 *     (including answered ones); null: either
 */
public record RequestSearch(LocalDate today, String officer, Long committeeId, RequestStatus status, Boolean overdue,
        LocalDate dueOnOrAfter, LocalDate dueOnOrBefore, int page, int size) {

    /** One page of requests (each with its item, the item's meeting and the officer read) and the total. */
    public record Result(List<InformationRequest> requests, long total) {
        public Result {
            requests = List.copyOf(requests);
        }
    }

    public RequestSearch {
        Objects.requireNonNull(today, "Today's date is required.");
        if (page < 0) {
            throw new IllegalArgumentException("The page number cannot be negative: " + page);
        }
        if (size < 1) {
            throw new IllegalArgumentException("The page size must be at least 1: " + size);
        }
    }

    /** Every request, earliest due first, first page of 20. */
    public static RequestSearch of(LocalDate today) {
        return new RequestSearch(today, null, null, null, null, null, null, 0, 20);
    }

    /** Requests addressed to the officer with this user name. */
    public RequestSearch withOfficer(String username) {
        return new RequestSearch(today, username, committeeId, status, overdue, dueOnOrAfter, dueOnOrBefore, page,
                size);
    }

    public RequestSearch withCommittee(Long id) {
        return new RequestSearch(today, officer, id, status, overdue, dueOnOrAfter, dueOnOrBefore, page, size);
    }

    public RequestSearch withStatus(RequestStatus requestStatus) {
        return new RequestSearch(today, officer, committeeId, requestStatus, overdue, dueOnOrAfter, dueOnOrBefore,
                page, size);
    }

    public RequestSearch withOverdue(Boolean isOverdue) {
        return new RequestSearch(today, officer, committeeId, status, isOverdue, dueOnOrAfter, dueOnOrBefore, page,
                size);
    }

    /** Requests due between the two days, both included; either may be null (open-ended). */
    public RequestSearch withDueBetween(LocalDate from, LocalDate to) {
        return new RequestSearch(today, officer, committeeId, status, overdue, from, to, page, size);
    }

    public RequestSearch page(int number, int pageSize) {
        return new RequestSearch(today, officer, committeeId, status, overdue, dueOnOrAfter, dueOnOrBefore, number,
                pageSize);
    }

    public long firstResult() {
        return (long) page * size;
    }
}
