package uk.scrutiny.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.flowable.task.api.Task;
import uk.scrutiny.domain.model.committee.CommitteeMember;
import uk.scrutiny.domain.model.deadline.ExplainedDate;
import uk.scrutiny.domain.model.deepdive.DeepDive;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.recommendation.ExecutiveResponseChase;
import uk.scrutiny.domain.model.recommendation.RagStatus;
import uk.scrutiny.domain.model.recommendation.Recommendation;
import uk.scrutiny.domain.model.recommendation.RecommendationRepository;
import uk.scrutiny.domain.service.CouncilCalendar;
import uk.scrutiny.workflow.lifecycle.Actor;
import uk.scrutiny.workflow.recommendations.DeepDiveLifecycle;
import uk.scrutiny.workflow.recommendations.RecommendationLifecycle;

/**
 * Builds the JSON views of recommendations, executive responses, monitoring and deep dives inside one transaction,
 * so the resources stay thin and every lazy part is read from one consistent state.
 */
@ApplicationScoped
public class RecommendationViews {

    private static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    @Schema(name = "ProgressUpdateRecorded")
    public record UpdateView(long id, @Schema(description = "green, amber or red") String ragStatus, String notes,
            LocalDate recordedOn, String recordedBy) {
    }

    @Schema(name = "Recommendation")
    public record RecommendationView(long id, @Schema(description = "1, 2, 3… within the item") int number,
            String text, String decisionMaker, LocalDate madeOn, LocalDate targetDate,
            @Schema(description = "the deep dive whose final report made it, if any") Long deepDiveId,
            LocalDate executiveResponseDue, boolean executiveResponseOverdue,
            @Schema(description = "accepted, partly_accepted or rejected; absent until the executive responds")
            String executiveDecision, String executiveReasons, LocalDate respondedOn,
            @Schema(description = "latest RAG rating: green, amber or red") String ragStatus, LocalDate achievedOn,
            List<UpdateView> updates) {
    }

    @Schema(name = "ExecutiveResponseDeadline", description = "When the executive's response is due, how that was "
            + "worked out, and when it is chased.")
    public record DeadlineView(LocalDate due, List<String> howWorkedOut, LocalDate reminderOn, LocalDate escalationOn,
            List<String> chasing, boolean overdue, List<String> warnings) {
    }

    @Schema(name = "FollowUpTask", description = "The task of the recommendations process the item waits on.")
    public record TaskView(String name, LocalDate due) {
    }

    @Schema(name = "ItemRecommendations")
    public record ItemRecommendationsView(long itemId, String title, long committeeId, String committee,
            String stage, DeadlineView executiveResponse, List<RecommendationView> recommendations,
            TaskView waitingFor,
            @Schema(description = "actions the item allows now, for anyone") List<String> allowedActions,
            @Schema(description = "those the signed-in user may take") List<String> yourActions) {
    }

    @Schema(name = "RecommendationSummary")
    public record SummaryView(long id, long itemId, String itemTitle, long committeeId, String committee,
            String text, String decisionMaker, LocalDate madeOn, LocalDate executiveResponseDue,
            boolean executiveResponseOverdue, String executiveDecision, String ragStatus, LocalDate achievedOn) {
    }

    @Schema(name = "PendingFollowUp", description = "An executive response to record or chase, recommendations to "
            + "monitor, or a deep dive under way, waiting on the signed-in user.")
    public record PendingView(long itemId, String title, String stage, String action, String task, LocalDate due,
            boolean overdue) {
    }

    @Schema(name = "WitnessHeard")
    public record WitnessView(String name, String role) {
    }

    @Schema(name = "EvidenceSession")
    public record SessionView(long id, @Schema(description = "evidence_session, site_visit or survey") String kind,
            String title, LocalDate heldOn, String notes, List<WitnessView> witnesses) {
    }

    @Schema(name = "WorkingGroupMember")
    public record MemberView(long id, String name, String role, int municipalYear) {
    }

    @Schema(name = "DeepDiveDetails")
    public record DeepDiveView(long id, String scope, LocalDate startedOn, LocalDate finalReportOn,
            List<MemberView> workingGroup, List<SessionView> sessions, List<String> findings) {
    }

    @Schema(name = "ItemDeepDive")
    public record ItemDeepDiveView(long itemId, String title, String stage,
            @Schema(description = "absent until the deep dive starts") DeepDiveView deepDive,
            @Schema(description = "the item's key lines of enquiry") List<String> keyLinesOfEnquiry,
            @Schema(description = "members of the item's committee who can join the working group")
            List<MemberView> eligibleMembers,
            List<String> allowedActions, List<String> yourActions) {
    }

    @Inject
    RecommendationLifecycle recommendationLifecycle;

    @Inject
    DeepDiveLifecycle deepDiveLifecycle;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    ScrutinyItemRepository items;

    @Inject
    CouncilCalendar calendar;

    @Transactional
    public ItemRecommendationsView ofItem(long itemId, Actor actor) {
        RecommendationLifecycle.Status status = recommendationLifecycle.status(itemId, actor);
        ScrutinyItem item = status.item();
        LocalDate today = today();
        List<RecommendationView> views = new ArrayList<>();
        for (Recommendation r : status.recommendations()) {
            views.add(recommendation(r, views.size() + 1, today));
        }
        DeadlineView deadline = status.recommendations().isEmpty() ? null
                : deadline(status.recommendations().get(0), status.recommendations(), today);
        Optional<Task> task = status.task();
        return new ItemRecommendationsView(item.id(), item.title(), item.committee().id(), item.committee().name(),
                lower(item.stage()), deadline, views,
                task.map(t -> new TaskView(t.getName(), t.getDueDate() == null ? null
                        : t.getDueDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate())).orElse(null),
                status.allowedActions(), status.yourActions());
    }

    /**
     * Recommendations across items, filtered by the database.
     *
     * @param overdue true: only those whose executive response is overdue; false: only those not overdue
     */
    @Transactional
    public List<SummaryView> list(Long committeeId, String decisionMaker, RagStatus rag, Boolean overdue) {
        LocalDate today = today();
        return recommendations.search(committeeId, decisionMaker, rag, overdue, today).stream()
                .map(r -> new SummaryView(r.id(), r.item().id(), r.item().title(), r.item().committee().id(),
                        r.item().committee().name(), r.text(), r.decisionMaker(), r.madeOn(),
                        r.executiveResponseDue(), r.isExecutiveResponseOverdue(today),
                        r.executiveResponse().map(e -> lower(e.decision())).orElse(null), lower(r.ragStatus()),
                        r.achievedOn()))
                .toList();
    }

    @Transactional
    public List<PendingView> pending(Actor actor) {
        LocalDate today = today();
        List<PendingView> views = new ArrayList<>();
        for (RecommendationLifecycle.WaitingTask task : recommendationLifecycle.tasksFor(actor)) {
            items.find(task.itemId()).filter(i -> i.stage().isOpen()).ifPresent(item -> views.add(new PendingView(
                    item.id(), item.title(), lower(item.stage()), task.action(), task.taskName(), task.due(),
                    task.action().contains("record-executive-response")
                            && recommendations.findByItem(item.id()).stream()
                                    .anyMatch(r -> r.isExecutiveResponseOverdue(today)))));
        }
        return views;
    }

    @Transactional
    public ItemDeepDiveView deepDive(long itemId, Actor actor) {
        DeepDiveLifecycle.Status status = deepDiveLifecycle.status(itemId, actor);
        ScrutinyItem item = status.item();
        DeepDiveView deepDive = status.deepDive().map(RecommendationViews::deepDive).orElse(null);
        return new ItemDeepDiveView(item.id(), item.title(), lower(item.stage()), deepDive,
                item.keyLinesOfEnquiry().lines().stream().map(l -> l.text()).toList(),
                status.eligibleMembers().stream().map(RecommendationViews::member).toList(),
                status.allowedActions(), status.yourActions());
    }

    private static DeepDiveView deepDive(DeepDive d) {
        return new DeepDiveView(d.id(), d.scope(), d.startedOn(), d.finalReportOn(),
                d.workingGroup().stream().map(RecommendationViews::member).toList(),
                d.sessions().stream().map(s -> new SessionView(s.id(), lower(s.kind()), s.title(), s.heldOn(),
                        s.notes(), s.witnesses().stream().map(w -> new WitnessView(w.name(), w.role())).toList()))
                        .toList(),
                d.findings());
    }

    private static MemberView member(CommitteeMember m) {
        return new MemberView(m.id(), m.name(), lower(m.role()), m.municipalYear());
    }

    private DeadlineView deadline(Recommendation first, List<Recommendation> all, LocalDate today) {
        ExplainedDate due = calendar.deadlines().executiveResponseDue(first.madeOn());
        ExecutiveResponseChase chase = ExecutiveResponseChase.forDue(first.executiveResponseDue(),
                calendar.calendar());
        return new DeadlineView(first.executiveResponseDue(), due.steps(), chase.remindOn(), chase.escalateOn(),
                chase.steps(), all.stream().anyMatch(r -> r.isExecutiveResponseOverdue(today)), due.warnings());
    }

    private static RecommendationView recommendation(Recommendation r, int number, LocalDate today) {
        return new RecommendationView(r.id(), number, r.text(), r.decisionMaker(), r.madeOn(), r.targetDate(),
                r.deepDive() == null ? null : r.deepDive().id(), r.executiveResponseDue(),
                r.isExecutiveResponseOverdue(today),
                r.executiveResponse().map(e -> lower(e.decision())).orElse(null),
                r.executiveResponse().map(e -> e.reasons()).orElse(null),
                r.executiveResponse().map(e -> e.respondedOn()).orElse(null), lower(r.ragStatus()), r.achievedOn(),
                r.updates().stream().map(u -> new UpdateView(u.id(), lower(u.status()), u.notes(), u.recordedOn(),
                        u.recordedBy() == null ? null : u.recordedBy().username())).toList());
    }

    private static LocalDate today() {
        return LocalDate.now(COUNCIL_ZONE);
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase();
    }
}
