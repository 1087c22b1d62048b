package uk.scrutiny.web.pages.democratic;

import static uk.scrutiny.web.pages.democratic.FormRequests.blank;
import static uk.scrutiny.web.pages.democratic.FormRequests.id;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.model.recommendation.ExecutiveDecision;
import uk.scrutiny.domain.model.recommendation.RagStatus;
import uk.scrutiny.web.pages.DateFields;
import uk.scrutiny.web.pages.RecommendationRows;
import uk.scrutiny.workflow.lifecycle.NoSuchItem;
import uk.scrutiny.workflow.recommendations.FollowUpAction;
import uk.scrutiny.workflow.recommendations.FollowUpCommands;
import uk.scrutiny.workflow.recommendations.RecommendationLifecycle;

/**
 * Democratic services' work on one item's recommendations: recording what the committee recommended, the
 * executive's response to each, and the progress of each accepted one (RAG with a note) until it is achieved and
 * the item closes. Each form calls one command of {@link RecommendationLifecycle}; what it refuses is shown next to
 * the field it names, and a form sent after the item moved on is refused with what is allowed now (as on the item
 * page, a form stays rendered while it is being sent so that its action reaches the service).
 *
 * <p>The recommendations form has as many rows as the user asks for ({@link NewRecommendations}).
 */
@Named
@RequestScoped
public class RecommendationsPage extends DemocraticServicesPage {

    /** The forms of the page, by the id of their h:form, and the action each sends. */
    private static final Map<String, FollowUpAction> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put("recommendations-form", FollowUpAction.RECORD_RECOMMENDATIONS);
        FORMS.put("response-form", FollowUpAction.RECORD_EXECUTIVE_RESPONSE);
        FORMS.put("progress-form", FollowUpAction.RECORD_PROGRESS);
    }

    @Inject
    RecommendationLifecycle lifecycle;

    private String item;
    private RecommendationLifecycle.Status status;
    private ScrutinyItem theItem;
    private List<RecommendationRows.Row> rows;
    private List<NewRecommendations.Row> newRows;

    // Fields of the response and progress forms, kept as typed.
    private String responseTo;
    private String decision;
    private String reasons;
    private String respondedDay;
    private String respondedMonth;
    private String respondedYear;
    private String progressOn;
    private String ragStatus;
    private String notes;
    private String recordedDay;
    private String recordedMonth;
    private String recordedYear;

    @Override
    public boolean isFound() {
        return find() != null;
    }

    RecommendationLifecycle.Status find() {
        if (status == null && itemId() != null) {
            try {
                status = readStatus();
            } catch (NoSuchItem e) {
                return null;
            }
            theItem = status.item();
            theItem.committee().name();
            rows = RecommendationRows.of(status.recommendations(), deadlines(), today());
        }
        return status;
    }

    /**
     * The status, read again once if the executive response's timers got in the way: the service reads the task,
     * then its candidate groups, and the escalation's job can end the task in between; and on embedded Derby the
     * read can be chosen as the victim of a deadlock with that job. The status is read in a transaction of its own,
     * so the second read sees the job's result.
     */
    private RecommendationLifecycle.Status readStatus() {
        try {
            return lifecycle.status(itemId(), actor());
        } catch (NoSuchItem missing) {
            throw missing;
        } catch (RuntimeException e) {
            if (!(e instanceof FlowableObjectNotFoundException) && !deadlockVictim(e)) {
                throw e;
            }
            return lifecycle.status(itemId(), actor());
        }
    }

    private static boolean deadlockVictim(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    // ---- What the page shows -----------------------------------------------------------------------------

    public ScrutinyItem getItem() {
        find();
        return theItem;
    }

    public List<RecommendationRows.Row> getRows() {
        find();
        return rows;
    }

    public List<RecommendationRows.Row> getAwaitingResponse() {
        return getRows().stream().filter(RecommendationRows.Row::awaitingResponse).toList();
    }

    public List<RecommendationRows.Row> getMonitored() {
        return getRows().stream().filter(RecommendationRows.Row::monitored).toList();
    }

    /** The first row whose executive response is due: they are all due on the same day, two months after. */
    public RecommendationRows.Row getFirstAwaiting() {
        List<RecommendationRows.Row> awaiting = getAwaitingResponse();
        return awaiting.isEmpty() ? null : awaiting.get(0);
    }

    public boolean isAnyOverdue() {
        return getRows().stream().anyMatch(RecommendationRows.Row::overdue);
    }

    /** The follow-up task the item waits on, in words, or null. */
    public String getWaitingFor() {
        return find().task().map(t -> t.getName()).orElse(null);
    }

    public String stage(Stage stage) {
        return words(stage);
    }

    /** Whether a form is shown: its action is this user's now, or (unless just refused) it is the form being sent. */
    public boolean shows(String form) {
        FollowUpAction action = FORMS.get(form);
        if (find() == null || action == null) {
            return false;
        }
        if (status.yourActions().contains(action.apiName())) {
            return true;
        }
        return !isMovedOn() && sent(form);
    }

    public boolean isAnyAction() {
        return FORMS.keySet().stream().anyMatch(this::shows);
    }

    public List<ExecutiveDecision> getDecisions() {
        return List.of(ExecutiveDecision.values());
    }

    public String decisionWords(ExecutiveDecision value) {
        return RecommendationRows.decision(value);
    }

    public List<RagStatus> getRagStatuses() {
        return List.of(RagStatus.values());
    }

    public String ragWords(RagStatus value) {
        return RecommendationRows.rag(value);
    }

    /** The rows of the recommendations form: one to start with, or as sent (with one more, or one fewer). */
    public List<NewRecommendations.Row> getNewRows() {
        if (newRows == null) {
            newRows = NewRecommendations.read(this::param);
        }
        return newRows;
    }

    /** The recommendation a form is about: as chosen, or the only one it can be, or the one the link named. */
    public boolean chosen(String field, RecommendationRows.Row row) {
        String value = "responseTo".equals(field) ? responseTo : progressOn;
        if (value != null) {
            return value.equals(String.valueOf(row.id()));
        }
        if (sent("response-form") || sent("progress-form")) {
            return false;
        }
        List<RecommendationRows.Row> choices = "responseTo".equals(field) ? getAwaitingResponse() : getMonitored();
        String linked = param("recommendation");
        return choices.size() == 1 || String.valueOf(row.id()).equals(linked);
    }

    // ---- The actions -------------------------------------------------------------------------------------

    public String recordRecommendations() {
        newRows = NewRecommendations.read(this::param);
        if (NewRecommendations.rowsChanged(this::param)) {
            return null;
        }
        NewRecommendations.Checked checked = NewRecommendations.check(newRows, errors,
                "Enter at least one recommendation the committee made");
        if (errors.isPresent()) {
            return null;
        }
        List<FollowUpCommands.NewRecommendation> made = checked.recommendations();
        return run(() -> lifecycle.recordRecommendations(itemId(), made, actor()), checked::fieldOf,
                made.size() == 1 ? "The recommendation is recorded." : "The " + made.size()
                        + " recommendations are recorded.", next());
    }

    public String recordResponse() {
        responseTo = param("responseTo");
        decision = param("decision");
        Long recommendationId = id(responseTo);
        if (recommendationId == null) {
            errors.add("responseTo", "Select the recommendation the executive responded to");
        }
        ExecutiveDecision chosen = choice(ExecutiveDecision.class, decision);
        if (chosen == null) {
            errors.add("decision", "Select the executive's decision");
        } else if (chosen != ExecutiveDecision.ACCEPTED && blank(reasons)) {
            errors.add("reasons", "Enter the executive's reasons for " + (chosen == ExecutiveDecision.REJECTED
                    ? "rejecting" : "only partly accepting") + " the recommendation");
        }
        LocalDate on = DateFields.read(errors, "respondedOn", "the date the response was received", respondedDay,
                respondedMonth, respondedYear);
        if (errors.isPresent()) {
            return null;
        }
        FollowUpCommands.ExecutiveResponse command = new FollowUpCommands.ExecutiveResponse(chosen, strip(reasons),
                on);
        String number = numberOf(recommendationId);
        return run(() -> lifecycle.recordExecutiveResponse(itemId(), recommendationId, command, actor()),
                violation -> switch (String.valueOf(violation.field())) {
                    case "reasons" -> "reasons";
                    case "respondedOn" -> "respondedOn-day";
                    case "decision" -> "decision";
                    default -> "responseTo";
                }, "The executive's response to recommendation " + number + " is recorded: "
                        + RecommendationRows.decision(chosen).toLowerCase() + ".", next());
    }

    public String recordProgress() {
        progressOn = param("progressOn");
        ragStatus = param("ragStatus");
        Long recommendationId = id(progressOn);
        if (recommendationId == null) {
            errors.add("progressOn", "Select the recommendation the update is about");
        }
        RagStatus rag = choice(RagStatus.class, ragStatus);
        if (rag == null) {
            errors.add("ragStatus", "Select the RAG status");
        }
        if (blank(notes)) {
            errors.add("notes", "Enter a note on the progress made");
        }
        LocalDate on = DateFields.read(errors, "recordedOn", "the date of the update", recordedDay, recordedMonth,
                recordedYear);
        if (errors.isPresent()) {
            return null;
        }
        FollowUpCommands.Progress command = new FollowUpCommands.Progress(rag, notes.strip(), on);
        String number = numberOf(recommendationId);
        return run(() -> lifecycle.recordProgress(itemId(), recommendationId, command, actor()),
                violation -> switch (String.valueOf(violation.field())) {
                    case "notes" -> "notes";
                    case "recordedOn" -> "recordedOn-day";
                    case "ragStatus" -> "ragStatus";
                    default -> "progressOn";
                }, rag == RagStatus.GREEN ? "Recommendation " + number + " is marked achieved."
                        : "Progress on recommendation " + number + " is recorded: "
                                + RecommendationRows.rag(rag).toLowerCase() + ".", next());
    }

    private String next() {
        return "/democratic/recommendations.xhtml?faces-redirect=true&item=" + itemId();
    }

    @Override
    protected List<String> allowedNow() {
        RecommendationLifecycle.Status now = find();
        return now == null ? List.of() : now.allowedActions();
    }

    @Override
    protected void forget() {
        status = null;
    }

    @Override
    protected String actionWords(String apiName) {
        return inWords(apiName);
    }

    @Override
    protected String nothingLeft() {
        return "Nothing more can be done with these recommendations.";
    }

    static String inWords(String apiName) {
        return switch (apiName) {
            case "record-recommendations" -> "record the recommendations";
            case "record-executive-response" -> "record the executive's response";
            case "record-progress" -> "record progress";
            case "start-deep-dive" -> "start the deep dive";
            default -> itemActionWords(apiName);
        };
    }

    // ---- Helpers -----------------------------------------------------------------------------------------

    private String numberOf(Long recommendationId) {
        return getRows().stream().filter(r -> recommendationId.equals(r.id())).map(r -> String.valueOf(r.number()))
                .findFirst().orElse(String.valueOf(recommendationId));
    }

    /** The response and update dates start at today, unless it is the form being sent. */
    private void prefill() {
        LocalDate today = today();
        if (respondedDay == null && respondedMonth == null && respondedYear == null && !sent("response-form")) {
            respondedDay = String.valueOf(today.getDayOfMonth());
            respondedMonth = String.valueOf(today.getMonthValue());
            respondedYear = String.valueOf(today.getYear());
        }
        if (recordedDay == null && recordedMonth == null && recordedYear == null && !sent("progress-form")) {
            recordedDay = String.valueOf(today.getDayOfMonth());
            recordedMonth = String.valueOf(today.getMonthValue());
            recordedYear = String.valueOf(today.getYear());
        }
    }

    /** From the view parameter, or straight from the request while a form is being sent. */
    private Long itemId() {
        return id(item != null ? item : param("item"));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }

    // Fields.
    public String getItemParam() { return item; }
    public void setItemParam(String v) { item = v; }
    public String getResponseTo() { return responseTo; }
    public String getDecision() { return decision; }
    public String getReasons() { return reasons; }
    public void setReasons(String v) { reasons = v; }
    public String getRespondedDay() { prefill(); return respondedDay; }
    public void setRespondedDay(String v) { respondedDay = v; }
    public String getRespondedMonth() { prefill(); return respondedMonth; }
    public void setRespondedMonth(String v) { respondedMonth = v; }
    public String getRespondedYear() { prefill(); return respondedYear; }
    public void setRespondedYear(String v) { respondedYear = v; }
    public String getProgressOn() { return progressOn; }
    public String getRagStatus() { return ragStatus; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
    public String getRecordedDay() { prefill(); return recordedDay; }
    public void setRecordedDay(String v) { recordedDay = v; }
    public String getRecordedMonth() { prefill(); return recordedMonth; }
    public void setRecordedMonth(String v) { recordedMonth = v; }
    public String getRecordedYear() { prefill(); return recordedYear; }
    public void setRecordedYear(String v) { recordedYear = v; }
}
