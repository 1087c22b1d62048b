package uk.scrutiny.domain.model.item;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Which items to list, in what order, and which page of them: answered by the database
 * ({@link ScrutinyItemRepository#search(ItemSearch)}), never by reading every item. Criteria left null do not
 * filter. Built with {@link #of(LocalDate)} and the {@code with...} methods, like a Flowable query.
 *
 * <p>An item's <em>due date</em> is the earliest due date of its requests still awaiting their officer (what the
 * item waits on); an item with none has no due date, and sorts after every dated item when ascending. It is
 * <em>overdue</em> when that date is before today. <em>Updated</em> is when its timeline last recorded a change.
 * The item keeps both on its own row ({@link ScrutinyItem#nextDue()}, {@link ScrutinyItem#updatedAt()}).
 *
 * @param today the council's today, against which overdue is judged
 * @param order sort keys, first one first; the item id (newest first) always breaks ties, so pages never overlap
 * @param page page number from 0
 * @param size items per page, at least 1
 */
public record ItemSearch(LocalDate today, Long committeeId, Long meetingId, Stage stage, String leadOfficer,
        Boolean overdue, LocalDate dueBefore, List<SortKey> order, int page, int size) {

    /** What items can be sorted by, in the words of the API ({@code sort=due,-updated}). */
    public enum SortField {
        DUE("due"), UPDATED("updated"), CREATED("created"), MEETING("meeting"), TITLE("title"), STAGE("stage");

        private final String apiName;

        SortField(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }
    }

    public record SortKey(SortField field, boolean descending) {
        public SortKey {
            Objects.requireNonNull(field, "Sort field is required.");
        }
    }

    /** An item found, with the two derived values it may have been sorted by. */
    public record Found(ScrutinyItem item, LocalDate due, LocalDateTime updated) {
    }

    /** One page of items and how many match in all. */
    public record Result(List<Found> items, long total) {
        public Result {
            items = List.copyOf(items);
        }
    }

    public ItemSearch {
        Objects.requireNonNull(today, "Today's date is required.");
        order = List.copyOf(Objects.requireNonNull(order, "Order is required (an empty list for newest first)."));
        if (page < 0) {
            throw new IllegalArgumentException("The page number cannot be negative: " + page);
        }
        if (size < 1) {
            throw new IllegalArgumentException("The page size must be at least 1: " + size);
        }
    }

    /** Every item, newest first, first page of 20. */
    public static ItemSearch of(LocalDate today) {
        return new ItemSearch(today, null, null, null, null, null, null, List.of(), 0, 20);
    }

    public ItemSearch withCommittee(Long id) {
        return new ItemSearch(today, id, meetingId, stage, leadOfficer, overdue, dueBefore, order, page, size);
    }

    public ItemSearch withMeeting(Long id) {
        return new ItemSearch(today, committeeId, id, stage, leadOfficer, overdue, dueBefore, order, page, size);
    }

    public ItemSearch withStage(Stage atStage) {
        return new ItemSearch(today, committeeId, meetingId, atStage, leadOfficer, overdue, dueBefore, order, page,
                size);
    }

    /** Items whose lead officer has this user name. */
    public ItemSearch withLeadOfficer(String username) {
        return new ItemSearch(today, committeeId, meetingId, stage, username, overdue, dueBefore, order, page, size);
    }

    /** True: only overdue items; false: only items not overdue; null: either. */
    public ItemSearch withOverdue(Boolean isOverdue) {
        return new ItemSearch(today, committeeId, meetingId, stage, leadOfficer, isOverdue, dueBefore, order, page,
                size);
    }

    /** Items with something due before the day. */
    public ItemSearch withDueBefore(LocalDate day) {
        return new ItemSearch(today, committeeId, meetingId, stage, leadOfficer, overdue, day, order, page, size);
    }

    public ItemSearch orderedBy(List<SortKey> keys) {
        return new ItemSearch(today, committeeId, meetingId, stage, leadOfficer, overdue, dueBefore, keys, page,
                size);
    }

    public ItemSearch page(int number, int pageSize) {
        return new ItemSearch(today, committeeId, meetingId, stage, leadOfficer, overdue, dueBefore, order, number,
                pageSize);
    }

    /** Index of the first item of the page among all that match. */
    public long firstResult() {
        return (long) page * size;
    }
}
