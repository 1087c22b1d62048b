package uk.scrutiny.web.pages.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flowable.task.api.Task;
import uk.scrutiny.domain.model.deadline.DeadlineCalculator;
import uk.scrutiny.domain.model.deadline.ExplainedDate;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.model.recommendation.Recommendation;
import uk.scrutiny.domain.model.recommendation.RecommendationRepository;
import uk.scrutiny.domain.service.CouncilCalendar;
import uk.scrutiny.web.pages.officer.DueDate;
import uk.scrutiny.web.pages.officer.MyRequestsPage;
import uk.scrutiny.workflow.lifecycle.Actor;
import uk.scrutiny.workflow.lifecycle.ItemLifecycle;

/**
 * Where an item stands, as members follow it: its stage, the next deadline it has to meet, and who it is waiting
 * on. The next deadline follows the stage: an officer response while a request is open, the publication of the
 * report until it is published, then the meeting itself.
 */
@ApplicationScoped
public class ItemStatus {

    static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    /** Stages after the meeting has considered the item: no meeting deadline is ahead of it any more. */
    private static final Set<Stage> AFTER_MEETING = EnumSet.of(Stage.CONSIDERED, Stage.DEEP_DIVE,
            Stage.EXECUTIVE_RESPONSE, Stage.MONITORING_RECOMMENDATIONS);

    /** One item's status line. */
    public record Line(ScrutinyItem item, String stage, DueDate next, String waitingOn) {

        /** The tag colour of the stage: blue while the recommendations are followed up, so members spot them. */
        public String stageTag() {
            return switch (item.stage()) {
                case EXECUTIVE_RESPONSE, MONITORING_RECOMMENDATIONS -> "govuk-tag--blue";
                default -> "govuk-tag--grey";
            };
        }
    }

    @Inject
    ItemLifecycle lifecycle;

    @Inject
    CouncilCalendar calendar;

    @Inject
    RecommendationRepository recommendations;

    Clock clock = Clock.system(COUNCIL_ZONE);

    // REQUIRED: the waiting task is a Flowable query.
    @Transactional
    public Line of(ScrutinyItem item, Actor actor) {
        ItemLifecycle.Status status = lifecycle.status(item.id(), actor);
        return new Line(item, stage(item.stage()), nextDeadline(item), waitingOn(item, status.task(), status.tasks()));
    }

    private DueDate nextDeadline(ScrutinyItem item) {
        if (!item.stage().isOpen()) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        DeadlineCalculator deadlines = calendar.deadlines();
        Optional<InformationRequest> open = item.openRequests().stream()
                .min(Comparator.comparing(InformationRequest::due));
        if (open.isPresent()) {
            return MyRequestsPage.dueDate(deadlines, open.get(), today);
        }
        if (item.stage() == Stage.EXECUTIVE_RESPONSE) {
            return executiveResponseDue(item, deadlines, today);
        }
        if (item.targetMeeting() == null || AFTER_MEETING.contains(item.stage())) {
            return null;
        }
        LocalDate meeting = item.targetMeeting().date();
        if (item.publishedOn() == null) {
            ExplainedDate publication = deadlines.publicationDate(meeting);
            return new DueDate("Report published", publication.date(),
                    deadlines.workingDaysLeft(today, publication.date()), publication, null);
        }
        return new DueDate("Committee meeting", meeting, deadlines.workingDaysLeft(today, meeting), null,
                "The report was published; members' questions go to the report author before the meeting.");
    }

    /** The executive's response to the recommendations still without one: all made together, so due together. */
    private DueDate executiveResponseDue(ScrutinyItem item, DeadlineCalculator deadlines, LocalDate today) {
        return recommendations.findByItem(item.id()).stream().filter(Recommendation::isAwaitingExecutiveResponse)
                .findFirst().map(r -> new DueDate("Executive response", r.executiveResponseDue(),
                        deadlines.workingDaysLeft(today, r.executiveResponseDue()),
                        deadlines.executiveResponseDue(r.madeOn()), null)).orElse(null);
    }

    private static String waitingOn(ScrutinyItem item, Optional<Task> task, List<Task> tasks) {
        // The follow-up after the recommendations is a process of its own: the item's lifecycle waits on nobody.
        if (item.stage() == Stage.EXECUTIVE_RESPONSE) {
            return "The executive: its response to the committee's recommendations";
        }
        if (item.stage() == Stage.MONITORING_RECOMMENDATIONS) {
            return "Democratic services: progress on the accepted recommendations";
        }
        if (task.isEmpty()) {
            return item.stage().isOpen() ? "Nobody: no step is waiting" : "Nobody: the item is "
                    + stage(item.stage()).toLowerCase();
        }
        // While its requests are out the item waits on every officer still to respond, and on democratic services
        // for the responses already in.
        List<String> officers = item.openRequests().stream().map(r -> r.officer().displayName()).toList();
        boolean reviewing = tasks.stream().anyMatch(t -> "reviewResponse".equals(t.getTaskDefinitionKey()));
        if (!officers.isEmpty()) {
            String who = officers.size() == 1 ? officers.get(0) + " (the officer answering the request)"
                    : String.join(", ", officers.subList(0, officers.size() - 1)) + " and "
                            + officers.get(officers.size() - 1) + " (the officers still to respond)";
            return reviewing ? who + "; democratic services for the responses already in" : who;
        }
        Task t = task.get();
        if (t.getAssignee() != null) {
            return t.getAssignee() + " (the officer asked)";
        }
        return "triage".equals(t.getTaskDefinitionKey()) ? "The chair or democratic services" : "Democratic services";
    }

    /** "Request issued" for REQUEST_ISSUED: the stage as people say it. */
    public static String stage(Stage stage) {
        if (stage == Stage.MONITORING_RECOMMENDATIONS) {
            return "In monitoring";
        }
        String lower = stage.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

}
