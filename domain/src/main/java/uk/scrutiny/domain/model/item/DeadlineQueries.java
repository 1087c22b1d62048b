package uk.scrutiny.domain.model.item;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The read side democratic services chase deadlines with. Each finder answers in one query with everything its
 * page shows already loaded (item, committee, meeting, officer), so a dashboard of a hundred requests is one round
 * trip, not a hundred and one. Read only: what is changed goes through the items' repository.
 */
public interface DeadlineQueries {

    /**
     * Requests still awaiting their officer that are due on or before the day (overdue ones included), earliest due
     * first, each with its item, the item's committee and meeting, and the officer loaded.
     */
    List<InformationRequest> openRequestsDueBy(LocalDate day);

    /**
     * The open items on the agendas of meetings between two days (inclusive), by meeting date, each with its
     * committee, meeting and requests (and their officers) loaded.
     */
    List<ScrutinyItem> openAgendaItems(LocalDate from, LocalDate to);

    /** An open item on a meeting's agenda, as much of it as its readiness needs ({@link AgendaReadiness#of}). */
    record AgendaEntry(long meetingId, long itemId, boolean published, List<AgendaReadiness.RequestState> requests) {
        public AgendaEntry {
            requests = List.copyOf(requests);
        }
    }

    /**
     * The open items on the agendas of these meetings, by meeting date and item id, as much of each as its readiness
     * needs: the agendas counted without loading their items. By the meetings' ids, so the items come from the
     * index of their meeting rather than from every item joined to the meetings of some dates.
     */
    List<AgendaEntry> agendaEntries(Collection<Long> meetingIds);

    /**
     * A committee's items on the agendas of its meetings between two days (inclusive), whatever their stage, by
     * meeting date, with meetings and requests (and their officers) loaded: the work programme as planned.
     */
    List<ScrutinyItem> programmeItems(long committeeId, LocalDate from, LocalDate to);

    /**
     * An item as a published work programme shows it.
     *
     * @param meetingId the meeting whose agenda it is on, or null when it has not been given one
     */
    record ProgrammeEntry(long itemId, Long meetingId, String title, ItemType type, Stage stage) {
    }

    /**
     * A committee's work programme: its items on the agendas of these meetings (of the committee), whatever their
     * stage, then its items of any stage not yet given a meeting; each part in id order. Only what the programme
     * shows is read, not the items: from the index of their meeting, so a committee's items of other years are
     * never read.
     */
    List<ProgrammeEntry> workProgramme(long committeeId, Collection<Long> meetingIds);

    /** A committee's open items not yet given a meeting, oldest first. */
    List<ScrutinyItem> unscheduledOpenItems(long committeeId);

    /** Items by id, with committee and meeting loaded, in id order; ids that do not exist are left out. */
    List<ScrutinyItem> items(Collection<Long> ids);
}
