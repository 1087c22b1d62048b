package uk.scrutiny.web.pages.democratic;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.deadline.DeadlineCalculator;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.recommendation.Recommendation;
import uk.scrutiny.domain.model.recommendation.RecommendationRepository;
import uk.scrutiny.domain.model.recommendation.TrackerFilter;
import uk.scrutiny.web.pages.RecommendationRows;
import uk.scrutiny.workflow.recommendations.FollowUpAction;
import uk.scrutiny.workflow.recommendations.RecommendationLifecycle;

/**
 * Democratic services' recommendations tracker, the Excel tracker it replaces: every recommendation of a committee
 * (or of all of them) with its decision maker, the executive's response or when it is due, the latest RAG rating
 * and the last progress update, filtered by committee, status and RAG rating with a GET form so a filtered list
 * can be bookmarked, a page of {@value #PAGE_SIZE} at a time. The overdue executive responses democratic services
 * are chasing come first.
 *
 * <p>A page is one query for its recommendations (with their items and progress updates) and one for their
 * numbers within their items, however many items it spans.
 */
@Named
@RequestScoped
public class RecommendationsTrackerPage extends DemocraticServicesPage {

    static final int PAGE_SIZE = 25;

    /** The statuses the list can be filtered by, in the users' words. */
    static final Map<String, String> STATUSES = new LinkedHashMap<>();

    /** The RAG ratings the list can be filtered by. */
    static final Map<String, String> RATINGS = new LinkedHashMap<>();

    static {
        STATUSES.put("awaiting", "Awaiting the executive's response");
        STATUSES.put("overdue", "Executive response overdue");
        STATUSES.put("monitoring", "Being monitored");
        STATUSES.put("achieved", "Achieved");
        STATUSES.put("rejected", "Rejected");
        RATINGS.put("red", "Red: unacceptable progress");
        RATINGS.put("amber", "Amber: acceptable progress");
        RATINGS.put("green", "Green: achieved");
        RATINGS.put("none_yet", "No rating yet");
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

    private String committee;
    private String status;
    private String rag;
    private String page;
    private Paging paging;
    private final List<Line> lines = new ArrayList<>();
    private final List<Chase> chases = new ArrayList<>();
    private final List<Option> committeeOptions = new ArrayList<>();

    // REQUIRED: the chase tasks come from Flowable; the rows read every lazy part while the transaction is open.
    @Transactional
    @Override
    public void load() {
        LocalDate today = today();
        List<Committee> all = committees.findAll();
        all.forEach(c -> committeeOptions.add(new Option(String.valueOf(c.id()), c.name())));
        Long committeeId = null;
        if (!FormRequests.blank(committee)) {
            committeeId = all.stream().filter(c -> String.valueOf(c.id()).equals(committee.strip()))
                    .map(Committee::id).findFirst().orElse(null);
            if (committeeId == null) {
                errors.add("committee", "Select a committee from the list");
            }
        }
        if (!FormRequests.blank(status) && !STATUSES.containsKey(status)) {
            errors.add("status", "Select a status from the list");
        }
        if (!FormRequests.blank(rag) && !RATINGS.containsKey(rag)) {
            errors.add("rag", "Select a RAG rating from the list");
        }
        TrackerFilter filter = new TrackerFilter(committeeId, chosen(status, TrackerFilter.Status.class),
                chosen(rag, TrackerFilter.Rating.class), today);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("committee", committee == null ? null : committee.strip());
        filters.put("status", status == null ? null : status.strip());
        filters.put("rag", rag == null ? null : rag.strip());
        // A page number from a link that has gone stale (fewer recommendations now) shows the last page.
        paging = Paging.of(page, PAGE_SIZE, recommendations.countTracked(filter),
                Paging.address("/democratic/recommendations-tracker.xhtml", filters), "page", "recommendations");
        List<Recommendation> shown = recommendations.track(filter, paging.first(), PAGE_SIZE);
        Map<Long, Integer> numbers = recommendations.numbersWithinItems(shown.stream().map(r -> r.item().id())
                .collect(Collectors.toSet()));
        DeadlineCalculator deadlines = deadlines();
        for (Recommendation r : shown) {
            lines.add(new Line(r.item().id(), r.item().title(), r.item().committee().name(),
                    RecommendationRows.row(r, numbers.getOrDefault(r.id(), 0), deadlines, today)));
        }
        loadChases(deadlines, today);
    }

    /** A filter's value as the domain's choice: "none_yet" as NONE_YET; null when blank or not one of them. */
    private static <E extends Enum<E>> E chosen(String value, Class<E> type) {
        if (FormRequests.blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ENGLISH));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The executive responses overdue, as democratic services' follow-up tasks, for every committee, in the order
     * of the tasks; their items are read together.
     */
    private void loadChases(DeadlineCalculator deadlines, LocalDate today) {
        List<RecommendationLifecycle.WaitingTask> overdue = lifecycle.tasksFor(actor(),
                        FollowUpAction.RECORD_EXECUTIVE_RESPONSE, null).stream()
                .filter(t -> t.due() != null && t.due().isBefore(today))
                .toList();
        Map<Long, ScrutinyItem> chased = items.findByIds(overdue.stream()
                        .map(RecommendationLifecycle.WaitingTask::itemId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(ScrutinyItem::id, Function.identity()));
        for (RecommendationLifecycle.WaitingTask task : overdue) {
            ScrutinyItem item = chased.get(task.itemId());
            if (item != null && item.stage().isOpen()) {
                chases.add(new Chase(item.id(), item.title(), item.committee().name(), task.taskName(),
                        Days.format(task.due()), Days.left(deadlines, today, task.due()),
                        recommendations.findByItem(item.id()).stream()
                                .filter(Recommendation::isAwaitingExecutiveResponse).count()));
            }
        }
    }

    public List<Option> getStatuses() {
        return STATUSES.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
    }

    public List<Option> getRatings() {
        return RATINGS.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
    }

    public List<Option> getCommittees() {
        return committeeOptions;
    }

    public Paging getPaging() {
        return paging;
    }

    /** Which of the recommendations found this page shows, for the caption: "26 to 50". */
    public String getRange() {
        return (paging.first() + 1) + " to " + (paging.first() + lines.size());
    }

    /** What the list shows, in words, for the caption. */
    public String getShowing() {
        String which = committeeOptions.stream().filter(o -> o.value().equals(committee)).map(Option::label)
                .findFirst().orElse("All committees");
        String what = STATUSES.get(status == null ? "" : status);
        String rating = RATINGS.get(rag == null ? "" : rag);
        return which + (what == null ? "" : ": " + what.toLowerCase())
                + (rating == null ? "" : (what == null ? ": " : ", ") + "RAG " + rating.toLowerCase());
    }

    public List<Line> getLines() { return lines; }
    public List<Chase> getChases() { return chases; }
    public String getCommittee() { return committee; }
    public void setCommittee(String v) { committee = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getRag() { return rag; }
    public void setRag(String v) { rag = v; }
    public String getPage() { return page; }
    public void setPage(String v) { page = v; }
}
