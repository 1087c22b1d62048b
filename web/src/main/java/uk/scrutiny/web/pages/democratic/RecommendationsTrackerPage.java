package uk.scrutiny.web.pages.democratic;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.deadline.DeadlineCalculator;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.recommendation.Recommendation;
import uk.scrutiny.domain.model.recommendation.RecommendationRepository;
import uk.scrutiny.domain.service.CouncilCalendar;
import uk.scrutiny.web.pages.FormErrors;
import uk.scrutiny.web.pages.RecommendationRows;
import uk.scrutiny.workflow.recommendations.RecommendationLifecycle;

/**
 * Democratic services' recommendations tracker, the Excel tracker it replaces: every recommendation of a committee
 * (or of all of them) with its decision maker, the executive's response or when it is due, the latest RAG rating
 * and the last progress update, filtered by committee and status with a GET form so a filtered list can be
 * bookmarked. The overdue executive responses democratic services are chasing come first.
 *
 * <p>Read over the repositories' finders, item by item, like the API's list: enough for a council's few hundred
 * recommendations.
 */
@Named
@RequestScoped
public class RecommendationsTrackerPage {

    /** The statuses the list can be filtered by, in the users' words. */
    static final Map<String, String> STATUSES = new LinkedHashMap<>();

    static {
        STATUSES.put("awaiting", "Awaiting the executive's response");
        STATUSES.put("overdue", "Executive response overdue");
        STATUSES.put("monitoring", "Being monitored");
        STATUSES.put("achieved", "Achieved");
        STATUSES.put("rejected", "Rejected");
    }

    /** One recommendation of the tracker, with the item it belongs to. */
    public record Line(long itemId, String itemTitle, String committee, RecommendationRows.Row row) {
    }

    /** An overdue executive response being chased: the follow-up task waiting on democratic services. */
    public record Chase(long itemId, String itemTitle, String committee, String task, String due, String left,
            long awaiting) {
    }

    /** One choice of a filter's select. */
    public record Option(String value, String label) {
    }

    @Inject
    CommitteeRepository committees;

    @Inject
    ScrutinyItemRepository items;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    RecommendationLifecycle lifecycle;

    @Inject
    CouncilCalendar calendar;

    @Inject
    FormErrors errors;

    @Inject
    SecurityContext security;

    Clock clock = Clock.systemUTC();

    private String committee;
    private String status;
    private final List<Line> lines = new ArrayList<>();
    private final List<Chase> chases = new ArrayList<>();
    private final List<Option> committeeOptions = new ArrayList<>();

    // REQUIRED: the chase tasks come from Flowable; the rows read every lazy part while the transaction is open.
    @Transactional
    public void load() {
        LocalDate today = Days.today(clock);
        DeadlineCalculator deadlines = calendar.deadlines();
        List<Committee> all = committees.findAll();
        all.forEach(c -> committeeOptions.add(new Option(String.valueOf(c.id()), c.name())));
        Long committeeId = null;
        if (committee != null && !committee.isBlank()) {
            committeeId = all.stream().filter(c -> String.valueOf(c.id()).equals(committee.strip()))
                    .map(Committee::id).findFirst().orElse(null);
            if (committeeId == null) {
                errors.add("committee", "Select a committee from the list");
            }
        }
        if (status != null && !status.isBlank() && !STATUSES.containsKey(status)) {
            errors.add("status", "Select a status from the list");
        }
        Predicate<Recommendation> wanted = wanted(today);
        Long chosen = committeeId;
        for (Committee c : all) {
            if (chosen != null && !chosen.equals(c.id())) {
                continue;
            }
            for (ScrutinyItem item : items.findByCommittee(c.id())) {
                List<Recommendation> made = recommendations.findByItem(item.id());
                for (int i = 0; i < made.size(); i++) {
                    if (wanted.test(made.get(i))) {
                        lines.add(new Line(item.id(), item.title(), c.name(),
                                RecommendationRows.row(made.get(i), i + 1, deadlines, today)));
                    }
                }
            }
        }
        lines.sort(Comparator.comparing((Line l) -> !l.row().overdue()).thenComparing(l -> l.row().dueDate())
                .thenComparing(Line::itemId).thenComparing(l -> l.row().number()));
        loadChases(deadlines, today);
    }

    private Predicate<Recommendation> wanted(LocalDate today) {
        String chosen = status == null ? "" : status;
        return switch (chosen) {
            case "awaiting" -> Recommendation::isAwaitingExecutiveResponse;
            case "overdue" -> r -> r.isExecutiveResponseOverdue(today);
            case "monitoring" -> Recommendation::isBeingMonitored;
            case "achieved" -> Recommendation::isAchieved;
            case "rejected" -> r -> r.executiveResponse().map(e -> !e.decision().isMonitored()).orElse(false);
            default -> r -> true;
        };
    }

    /** The executive responses overdue, as democratic services' follow-up tasks, for every committee. */
    private void loadChases(DeadlineCalculator deadlines, LocalDate today) {
        for (RecommendationLifecycle.WaitingTask task : lifecycle.tasksFor(Actors.of(security))) {
            if (!task.action().contains("record-executive-response") || task.due() == null
                    || !task.due().isBefore(today)) {
                continue;
            }
            items.find(task.itemId()).filter(i -> i.stage().isOpen()).ifPresent(item -> chases.add(new Chase(
                    item.id(), item.title(), item.committee().name(), task.taskName(), Days.format(task.due()),
                    Days.left(deadlines, today, task.due()), recommendations.findByItem(item.id()).stream()
                            .filter(Recommendation::isAwaitingExecutiveResponse).count())));
        }
    }

    public List<Option> getStatuses() {
        return STATUSES.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
    }

    public List<Option> getCommittees() {
        return committeeOptions;
    }

    /** What the list shows, in words, for the caption. */
    public String getShowing() {
        String which = committeeOptions.stream().filter(o -> o.value().equals(committee)).map(Option::label)
                .findFirst().orElse("All committees");
        String what = STATUSES.get(status == null ? "" : status);
        return which + (what == null ? "" : ": " + what.toLowerCase());
    }

    public List<Line> getLines() { return lines; }
    public List<Chase> getChases() { return chases; }
    public String getCommittee() { return committee; }
    public void setCommittee(String v) { committee = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
}
