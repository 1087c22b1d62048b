package uk.scrutiny.web.pages.democratic;

import static uk.scrutiny.web.pages.democratic.FormRequests.blank;
import static uk.scrutiny.web.pages.democratic.FormRequests.id;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.deadline.DeadlineCalculator;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.model.recommendation.ExecutiveDecision;
import uk.scrutiny.domain.model.recommendation.RagStatus;
import uk.scrutiny.domain.service.CouncilCalendar;
import uk.scrutiny.web.pages.DateFields;
import uk.scrutiny.web.pages.FormErrors;
import uk.scrutiny.web.pages.RecommendationRows;
import uk.scrutiny.workflow.lifecycle.Actor;
import uk.scrutiny.workflow.lifecycle.ConcurrentChange;
import uk.scrutiny.workflow.lifecycle.LifecycleConflict;
import uk.scrutiny.workflow.lifecycle.LifecycleForbidden;
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
 * <p>The recommendations form has as many rows as the user asked for ("Add another recommendation"); its inputs
 * are plain HTML read from the request, so each row keeps a plain id the error summary can link to.
 */
@Named
@RequestScoped
public class RecommendationsPage {

    /** The forms of the page, by the id of their h:form, and the action each sends. */
    private static final Map<String, FollowUpAction> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put("recommendations-form", FollowUpAction.RECORD_RECOMMENDATIONS);
        FORMS.put("response-form", FollowUpAction.RECORD_EXECUTIVE_RESPONSE);
        FORMS.put("progress-form", FollowUpAction.RECORD_PROGRESS);
    }

    /** How many rows the recommendations form has at most: a committee rarely makes more than a dozen. */
    static final int MOST_ROWS = 20;

    /** One row of the recommendations form, as typed. */
    public record NewRow(int number, String text, String decisionMaker, String day, String month, String year) {
    }

    @Inject
    RecommendationLifecycle lifecycle;

    @Inject
    CouncilCalendar calendar;

    @Inject
    FormErrors errors;

    @Inject
    FacesContext faces;

    @Inject
    SecurityContext security;

    Clock clock = Clock.systemUTC();

    private String item;
    private RecommendationLifecycle.Status status;
    private ScrutinyItem theItem;
    private List<RecommendationRows.Row> rows;
    private DeadlineCalculator deadlines;
    private boolean movedOn;
    private List<NewRow> newRows;

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

    /** An item that does not exist is a 404 with the page saying so (see ItemWorkPage.load for why not sent). */
    public void load() {
        if (!isFound()) {
            faces.getExternalContext().setResponseStatus(404);
        }
    }

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
            return lifecycle.status(itemId(), Actors.of(security));
        } catch (NoSuchItem missing) {
            throw missing;
        } catch (RuntimeException e) {
            if (!(e instanceof FlowableObjectNotFoundException) && !deadlockVictim(e)) {
                throw e;
            }
            return lifecycle.status(itemId(), Actors.of(security));
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
        String lower = stage.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
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
        return !movedOn && sent(form);
    }

    public boolean isAnyAction() {
        return FORMS.keySet().stream().anyMatch(this::shows);
    }

    public boolean isMovedOn() {
        return movedOn;
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

    /** The rows of the recommendations form: one to start with, or as many as were sent (plus one more if asked). */
    public List<NewRow> getNewRows() {
        if (newRows == null) {
            newRows = readRows(false);
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

    /** Adds a row to the recommendations form, keeping what was typed in the others. */
    public String addAnother() {
        newRows = readRows(true);
        return null;
    }

    public String recordRecommendations() {
        newRows = readRows(false);
        List<FollowUpCommands.NewRecommendation> made = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (NewRow row : newRows) {
            boolean hasDate = !blank(row.day()) || !blank(row.month()) || !blank(row.year());
            if (blank(row.text()) && blank(row.decisionMaker()) && !hasDate) {
                continue;
            }
            if (blank(row.text())) {
                errors.add("text-" + row.number(), "Enter recommendation " + row.number());
            }
            if (blank(row.decisionMaker())) {
                errors.add("decisionMaker-" + row.number(), "Enter who decides on recommendation " + row.number()
                        + ", for example Cabinet or a portfolio holder");
            }
            LocalDate target = hasDate ? DateFields.read(errors, "targetDate-" + row.number(),
                    "the target date of recommendation " + row.number(), row.day(), row.month(), row.year()) : null;
            made.add(new FollowUpCommands.NewRecommendation(strip(row.text()), strip(row.decisionMaker()), target));
            numbers.add(row.number());
        }
        if (made.isEmpty() && !errors.isPresent()) {
            errors.add("text-1", "Enter at least one recommendation the committee made");
        }
        if (errors.isPresent()) {
            return null;
        }
        return run("recommendations-form", violation -> {
            // "recommendations[0].text": the index counts only the rows sent, so find the row it is.
            String field = violation.field();
            if (field != null && field.startsWith("recommendations[")) {
                int index = Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
                String which = field.substring(field.indexOf("].") + 2);
                int number = numbers.get(Math.min(index, numbers.size() - 1));
                return switch (which) {
                    case "decisionMaker" -> "decisionMaker-" + number;
                    case "targetDate" -> "targetDate-" + number + "-day";
                    default -> "text-" + number;
                };
            }
            return "text-1";
        }, () -> lifecycle.recordRecommendations(itemId(), made, actor()),
                made.size() == 1 ? "The recommendation is recorded." : "The " + made.size()
                        + " recommendations are recorded.");
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
        return run("response-form", violation -> switch (String.valueOf(violation.field())) {
            case "reasons" -> "reasons";
            case "respondedOn" -> "respondedOn-day";
            case "decision" -> "decision";
            default -> "responseTo";
        }, () -> lifecycle.recordExecutiveResponse(itemId(), recommendationId, command, actor()),
                "The executive's response to recommendation " + number + " is recorded: "
                        + RecommendationRows.decision(chosen).toLowerCase() + ".");
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
        return run("progress-form", violation -> switch (String.valueOf(violation.field())) {
            case "notes" -> "notes";
            case "recordedOn" -> "recordedOn-day";
            case "ragStatus" -> "ragStatus";
            default -> "progressOn";
        }, () -> lifecycle.recordProgress(itemId(), recommendationId, command, actor()),
                rag == RagStatus.GREEN ? "Recommendation " + number + " is marked achieved."
                        : "Progress on recommendation " + number + " is recorded: "
                                + RecommendationRows.rag(rag).toLowerCase() + ".");
    }

    /** Where a refusal of the service goes: the form's field that the violation names. */
    private interface FieldOf {
        String of(DomainRuleViolation violation);
    }

    /**
     * Runs a command. A domain rule's refusal goes next to the field it names; a refusal because the item has moved
     * on (or is not this user's to act on) goes in the error summary with what is allowed now, and the page then
     * shows only the forms for that.
     */
    private String run(String form, FieldOf fieldOf, Runnable command, String success) {
        try {
            command.run();
        } catch (DomainRuleViolation violation) {
            errors.add(fieldOf.of(violation), violation.getMessage());
            return null;
        } catch (NoSuchItem missing) {
            errors.add(fieldOf.of(new DomainRuleViolation(null, missing.getMessage())), missing.getMessage());
            return null;
        } catch (LifecycleConflict conflict) {
            return refused("The item has moved on: " + conflict.getMessage(), conflict.allowedActions());
        } catch (LifecycleForbidden forbidden) {
            return refused(forbidden.getMessage(), forbidden.allowedActions());
        } catch (RuntimeException e) {
            if (!ConcurrentChange.detected(e)) {
                throw e;
            }
            status = null;
            RecommendationLifecycle.Status now = find();
            return refused("Someone else acted on this item at the same time.", now == null ? List.of()
                    : now.allowedActions());
        }
        faces.getExternalContext().getFlash().put("success", success);
        return "/democratic/recommendations.xhtml?faces-redirect=true&item=" + itemId();
    }

    private String refused(String message, List<String> allowed) {
        movedOn = true;
        status = null;
        errors.add(null, message);
        errors.add(null, FormRequests.allowedNow(allowed, RecommendationsPage::actionWords,
                "Nothing more can be done with these recommendations."));
        return null;
    }

    static String actionWords(String apiName) {
        return switch (apiName) {
            case "record-recommendations" -> "record the recommendations";
            case "record-executive-response" -> "record the executive's response";
            case "record-progress" -> "record progress";
            case "start-deep-dive" -> "start the deep dive";
            default -> ItemWorkPage.actionWords(apiName);
        };
    }

    // ---- Helpers -----------------------------------------------------------------------------------------

    /** The rows sent (every numbered row up to the count field), with one more when asked. */
    private List<NewRow> readRows(boolean oneMore) {
        int count = 1;
        String sent = param("rows");
        if (sent != null) {
            try {
                count = Math.max(1, Math.min(MOST_ROWS, Integer.parseInt(sent.strip())));
            } catch (NumberFormatException e) {
                count = 1;
            }
        }
        if (oneMore && count < MOST_ROWS) {
            count++;
        }
        List<NewRow> read = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            read.add(new NewRow(n, param("text-" + n), param("decisionMaker-" + n), param("targetDate-" + n + "-day"),
                    param("targetDate-" + n + "-month"), param("targetDate-" + n + "-year")));
        }
        return read;
    }

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

    /** Whether this request sends the form (MyFaces marks a sent form with {@code <id>_SUBMIT}). */
    private boolean sent(String form) {
        return FormRequests.sent(faces, form);
    }

    private Actor actor() {
        return Actors.of(security);
    }

    private DeadlineCalculator deadlines() {
        if (deadlines == null) {
            deadlines = calendar.deadlines();
        }
        return deadlines;
    }

    private LocalDate today() {
        return Days.today(clock);
    }

    /** From the view parameter, or straight from the request while a form is being sent. */
    private Long itemId() {
        return id(item != null ? item : param("item"));
    }

    private String param(String name) {
        return faces.getExternalContext().getRequestParameterMap().get(name);
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
