package uk.scrutiny.domain.model.item;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Scrutiny items and what the lifecycle needs to find among them. Finders that answer with requests return the
 * requests (each knows its item, {@link InformationRequest#item()}); anything changed is stored through its item.
 */
public interface ScrutinyItemRepository {

    Optional<ScrutinyItem> find(long id);

    /**
     * The items of these ids, with their committees, in id order; an id of no item is left out. One query for the
     * items a page shows, however many there are.
     */
    List<ScrutinyItem> findByIds(Collection<Long> ids);

    List<ScrutinyItem> findByCommittee(long committeeId);

    /**
     * A committee's items of exactly that title, oldest first: a title names an item to its users but is not a key,
     * so two items may share one.
     */
    List<ScrutinyItem> findByCommitteeAndTitle(long committeeId, String title);

    /** A committee's items at a stage, oldest first. */
    List<ScrutinyItem> findByCommitteeAndStage(long committeeId, Stage stage);

    /** Items at a stage across committees, oldest first (for instance every red flag awaiting triage). */
    List<ScrutinyItem> findByStage(Stage stage);

    /** The agenda of a meeting: items scheduled for it, oldest first. */
    List<ScrutinyItem> findByMeeting(long meetingId);

    List<ScrutinyItem> findByWorkProgramme(long workProgrammeId);

    /** The item a red flag started, if it has one. */
    Optional<ScrutinyItem> findRaisedFrom(long redFlagId);

    /** Items being monitored whose review date is on or before the day, earliest review first. */
    List<ScrutinyItem> findMonitoringDueForReview(LocalDate by);

    /**
     * Requests still awaiting their officer whose due date is before the day: with today, the overdue ones to
     * escalate; with a later day, the ones to remind. Earliest due first.
     */
    List<InformationRequest> findOpenRequestsDueBefore(LocalDate day);

    /** Requests an officer still has to answer, earliest due first: the officer's to-do list. */
    List<InformationRequest> findOpenRequestsFor(long officerUserId);

    /** Requests with an extension awaiting democratic services' decision, oldest request for extension first. */
    List<InformationRequest> findRequestsWithPendingExtension();

    /** Members' questions not yet answered that are addressed to a person, oldest first. */
    List<Question> findUnansweredQuestionsFor(long userId);

    /** One page of the items matching the search, in its order, with the total that match (see {@link ItemSearch}). */
    ItemSearch.Result search(ItemSearch search);

    /** One page of the requests matching the search, earliest due first (see {@link RequestSearch}). */
    RequestSearch.Result searchRequests(RequestSearch search);

    void store(ScrutinyItem item);

    long count();
}
