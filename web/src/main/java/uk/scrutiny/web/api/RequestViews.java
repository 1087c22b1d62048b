package uk.scrutiny.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.deadline.DeadlineCalculator;
import uk.scrutiny.domain.model.deadline.WorkingDaysLeft;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.RequestSearch;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.service.CouncilCalendar;

/**
 * The requests list of {@code GET /api/requests}: one page found by the database ({@link RequestSearch}), each
 * request with its due date as a date and as working days left on the council's calendar, and the item and meeting
 * it belongs to.
 */
@ApplicationScoped
public class RequestViews {

    @Schema(name = "RequestListEntry", description = "An information request in a list, with its item and meeting.")
    public record Entry(@Schema(example = "41") long id,
            @Schema(example = "17") long itemId,
            @Schema(example = "Re-referrals to children's social care") String itemTitle,
            @Schema(example = "request_issued") String itemStage,
            @Schema(example = "1") long committeeId,
            @Schema(example = "Children's Services Overview and Scrutiny Committee") String committee,
            @Schema(example = "12") Long meetingId,
            @Schema(example = "2026-01-27") LocalDate meetingDate,
            @Schema(example = "officer") String officer,
            @Schema(example = "Olu Example (Lead Officer)") String officerName,
            @Schema(description = "open, responded, accepted or withdrawn", example = "open") String status,
            @Schema(example = "2026-01-12") LocalDate due,
            @Schema(example = "2026-01-12") LocalDate originalDue,
            @Schema(description = "working days after today up to and including due; negative when overdue",
                    example = "3") int workingDaysLeft,
            @Schema(example = "3 working days left") String dueDescription,
            @Schema(description = "still awaiting the officer after its due date") boolean overdue) {
    }

    @Schema(name = "RequestPage")
    public record Page(List<Entry> requests, int page, int size, long total,
            @Schema(description = "with dueWithinWorkingDays: the last day that counts", example = "2026-01-23")
            LocalDate dueBy) {
    }

    @Inject
    ScrutinyItemRepository items;

    @Inject
    CouncilCalendar calendar;

    /** The day {@code workingDays} working days after today (today itself when 0). */
    public LocalDate workingDaysAhead(LocalDate today, int workingDays) {
        LocalDate day = today;
        for (int i = 0; i < workingDays; i++) {
            day = calendar.calendar().nextWorkingDay(day);
        }
        return day;
    }

    @Transactional
    public Page list(RequestSearch search, LocalDate dueBy) {
        RequestSearch.Result result = items.searchRequests(search);
        DeadlineCalculator deadlines = calendar.deadlines();
        List<Entry> entries = result.requests().stream().map(r -> entry(r, search.today(), deadlines)).toList();
        return new Page(entries, search.page(), search.size(), result.total(), dueBy);
    }

    private static Entry entry(InformationRequest request, LocalDate today, DeadlineCalculator deadlines) {
        ScrutinyItem item = request.item();
        Meeting meeting = item.targetMeeting();
        WorkingDaysLeft left = deadlines.workingDaysLeft(today, request.due());
        return new Entry(request.id(), item.id(), item.title(), ItemViews.lower(item.stage()), item.committee().id(),
                item.committee().name(), meeting == null ? null : meeting.id(), meeting == null ? null : meeting.date(),
                request.officer().username(), request.officer().displayName(), ItemViews.lower(request.status()),
                request.due(), request.originalDue(), left.workingDays(), left.describe(),
                request.status().awaitsOfficer() && left.isOverdue());
    }
}
