package uk.scrutiny.web.pages.democratic;

import static uk.scrutiny.web.pages.democratic.FormRequests.blank;
import static uk.scrutiny.web.pages.democratic.FormRequests.id;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.committee.CommitteeMember;
import uk.scrutiny.domain.model.deadline.DeadlineCalculator;
import uk.scrutiny.domain.model.deadline.ExplainedDate;
import uk.scrutiny.domain.model.deepdive.DeepDive;
import uk.scrutiny.domain.model.deepdive.EvidenceKind;
import uk.scrutiny.domain.model.deepdive.EvidenceSession;
import uk.scrutiny.domain.model.deepdive.Witness;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.recommendation.RecommendationRepository;
import uk.scrutiny.domain.service.CouncilCalendar;
import uk.scrutiny.web.pages.DateFields;
import uk.scrutiny.web.pages.FormErrors;
import uk.scrutiny.workflow.lifecycle.Actor;
import uk.scrutiny.workflow.lifecycle.ConcurrentChange;
import uk.scrutiny.workflow.lifecycle.LifecycleConflict;
import uk.scrutiny.workflow.lifecycle.LifecycleForbidden;
import uk.scrutiny.workflow.lifecycle.NoSuchItem;
import uk.scrutiny.workflow.recommendations.DeepDiveLifecycle;
import uk.scrutiny.workflow.recommendations.FollowUpAction;
import uk.scrutiny.workflow.recommendations.FollowUpCommands;

/**
 * Democratic services run an item's deep dive from this page: set it up (scope, working group, key lines of
 * enquiry), record its evidence sessions and findings, and agree its final report with SMART recommendations, which
 * hands the item to the executive's response. Each form calls one command of {@link DeepDiveLifecycle}; what it
 * refuses is shown next to the field it names. As on the item page, a form sent after someone else moved the deep
 * dive on still reaches the service, to be refused as a conflict and replaced by what is allowed now.
 */
@Named
@RequestScoped
public class DeepDivePage {

    /** The forms of the page, by the id of their h:form, and the action each sends. */
    private static final Map<String, FollowUpAction> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put("start-form", FollowUpAction.START_DEEP_DIVE);
        FORMS.put("session-form", FollowUpAction.ADD_EVIDENCE_SESSION);
        FORMS.put("finding-form", FollowUpAction.RECORD_FINDING);
        FORMS.put("report-form", FollowUpAction.AGREE_FINAL_REPORT);
    }

    /** How many recommendations the final report form offers: a deep dive makes a few, not dozens. */
    static final int RECOMMENDATION_ROWS = 3;

    private static final Pattern INDEXED = Pattern.compile("recommendations\\[(\\d+)]\\.(\\w+)");

    @Inject
    DeepDiveLifecycle lifecycle;

    @Inject
    RecommendationRepository recommendations;

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
    private DeepDiveLifecycle.Status status;
    private boolean movedOn;

    // Form fields, kept as typed so a refused form shows them again.
    private String scope;
    private String keyLines;
    private String sessionTitle;
    private String heldDay;
    private String heldMonth;
    private String heldYear;
    private String witnesses;
    private String notes;
    private String finding;
    private String reportDay;
    private String reportMonth;
    private String reportYear;

    /** An item that does not exist is a 404, with the page saying so (see ItemWorkPage.load). */
    public void load() {
        if (!isFound()) {
            faces.getExternalContext().setResponseStatus(404);
        }
    }

    public boolean isFound() {
        return find() != null;
    }

    private DeepDiveLifecycle.Status find() {
        if (status == null && itemId() != null) {
            try {
                status = lifecycle.status(itemId(), actor());
            } catch (NoSuchItem e) {
                return null;
            }
        }
        return status;
    }

    // ---- What the page shows -----------------------------------------------------------------------------

    public ScrutinyItem getScrutinyItem() {
        return find().item();
    }

    public DeepDive getDeepDive() {
        return find().deepDive().orElse(null);
    }

    public List<CommitteeMember> getEligibleMembers() {
        return find().eligibleMembers();
    }

    public List<EvidenceSession> getSessions() {
        DeepDive deepDive = getDeepDive();
        return deepDive == null ? List.of() : deepDive.sessions();
    }

    public List<String> getFindings() {
        DeepDive deepDive = getDeepDive();
        return deepDive == null ? List.of() : deepDive.findings();
    }

    /** The deep dive's own questions: those the item carries since the deep dive started. */
    public List<String> getKeyLinesOfEnquiry() {
        return find().item().keyLinesOfEnquiry().lines().stream().map(l -> l.text()).toList();
    }

    /** Whether a form is shown: its action is this user's now, or (unless just refused) it is the form sent. */
    public boolean shows(String form) {
        FollowUpAction action = FORMS.get(form);
        if (find() == null || action == null) {
            return false;
        }
        return status.yourActions().contains(action.apiName()) || !movedOn && sent(form);
    }

    public boolean isAnyAction() {
        return FORMS.keySet().stream().anyMatch(this::shows);
    }

    /** Once the final report is agreed its recommendations await the executive on the recommendations page. */
    public boolean isConcluded() {
        DeepDive deepDive = getDeepDive();
        return deepDive != null && deepDive.isConcluded();
    }

    /** When the final report's recommendations need the executive's response: a date, the days left, the steps. */
    public record ResponseDue(String date, String left, String tagClass, List<String> steps) {
    }

    /** The executive's response to the deep dive's recommendations, once the final report made them; or null. */
    @Transactional
    public ResponseDue getExecutiveResponseDue() {
        if (!isConcluded()) {
            return null;
        }
        DeepDive deepDive = getDeepDive();
        return recommendations.findByItem(find().item().id()).stream()
                .filter(r -> r.deepDive() != null && r.deepDive().id().equals(deepDive.id())).findFirst()
                .map(r -> {
                    DeadlineCalculator deadlines = calendar.deadlines();
                    ExplainedDate rule = deadlines.executiveResponseDue(r.madeOn());
                    List<String> steps = new ArrayList<>(rule.steps());
                    steps.addAll(rule.warnings());
                    return new ResponseDue(Days.format(r.executiveResponseDue()),
                            Days.left(deadlines, today(), r.executiveResponseDue()),
                            Days.tagClass(deadlines, today(), r.executiveResponseDue()), steps);
                }).orElse(null);
    }

    public boolean member(CommitteeMember member) {
        String[] ticked = faces.getExternalContext().getRequestParameterValuesMap().get("workingGroup");
        return ticked != null && List.of(ticked).contains(String.valueOf(member.id()));
    }

    public String memberLabel(CommitteeMember member) {
        return member.name() + " (" + words(member.role()).toLowerCase() + ")";
    }

    public List<EvidenceKind> getKinds() {
        return List.of(EvidenceKind.values());
    }

    public String kindWords(EvidenceKind kind) {
        return switch (kind) {
            case EVIDENCE_SESSION -> "Evidence session with witnesses";
            case SITE_VISIT -> "Site visit";
            case SURVEY -> "Survey";
        };
    }

    public String witnessLine(Witness witness) {
        return witness.role() == null ? witness.name() : witness.name() + ", " + witness.role();
    }

    /** The rows' numbers, as text for the ids of their fields. */
    public List<String> getRecommendationRows() {
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= RECOMMENDATION_ROWS; i++) {
            rows.add(String.valueOf(i));
        }
        return rows;
    }

    /** The message about one field of a recommendation row, or null. */
    public String recError(String row, String part) {
        return errors.about("rec-" + row + "-" + part);
    }

    /** What was last sent in a plain input (radios, check boxes, the recommendation rows); "" when nothing. */
    public String posted(String name) {
        String value = faces.getExternalContext().getRequestParameterMap().get(name);
        return value == null ? "" : value;
    }

    public String format(LocalDate date) {
        return Days.format(date);
    }

    public String words(Enum<?> value) {
        String lower = value.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    public boolean isMovedOn() {
        return movedOn;
    }

    // ---- The actions -------------------------------------------------------------------------------------

    public String start() {
        if (blank(scope)) {
            errors.add("scope", "Enter the scope of the deep dive");
        }
        String[] ticked = faces.getExternalContext().getRequestParameterValuesMap().get("workingGroup");
        List<Long> memberIds = new ArrayList<>();
        for (String value : ticked == null ? new String[0] : ticked) {
            Long id = id(value);
            if (id != null) {
                memberIds.add(id);
            }
        }
        if (memberIds.isEmpty()) {
            errors.add("workingGroup", "Select the members of the working group");
        }
        List<String> lines = ItemWorkPage.lines(keyLines);
        if (lines.isEmpty()) {
            errors.add("keyLines", "Enter at least one key line of enquiry");
        }
        if (errors.isPresent()) {
            return null;
        }
        FollowUpCommands.StartDeepDive command = new FollowUpCommands.StartDeepDive(scope.strip(), null, memberIds,
                lines);
        return run(() -> lifecycle.start(itemId(), command, actor()),
                "The deep dive has started with its working group.");
    }

    public String addSession() {
        EvidenceKind kind = kind(posted("kind"));
        if (kind == null) {
            errors.add("kind", "Select how the evidence was gathered");
        }
        if (blank(sessionTitle)) {
            errors.add("sessionTitle", "Enter what the session was about");
        }
        LocalDate heldOn = DateFields.read(errors, "heldOn", "the date it was held", heldDay, heldMonth, heldYear);
        List<FollowUpCommands.Witness> gave = new ArrayList<>();
        for (String line : ItemWorkPage.lines(witnesses)) {
            int comma = line.indexOf(',');
            gave.add(comma < 0 ? new FollowUpCommands.Witness(line, null)
                    : new FollowUpCommands.Witness(line.substring(0, comma).strip(),
                            blankToNull(line.substring(comma + 1))));
        }
        if (kind == EvidenceKind.EVIDENCE_SESSION && gave.isEmpty()) {
            errors.add("witnesses", "Enter who gave evidence at the session");
        }
        if (errors.isPresent()) {
            return null;
        }
        FollowUpCommands.EvidenceSession command = new FollowUpCommands.EvidenceSession(kind, sessionTitle.strip(),
                heldOn, blankToNull(notes), gave);
        return run(() -> lifecycle.addEvidenceSession(itemId(), command, actor()),
                "The " + kindWords(kind).toLowerCase() + " is recorded.");
    }

    public String recordFinding() {
        if (blank(finding)) {
            errors.add("finding", "Enter the finding");
            return null;
        }
        return run(() -> {
            lifecycle.recordFinding(itemId(), finding.strip(), actor());
            return null;
        }, "The finding is recorded.");
    }

    public String agreeFinalReport() {
        LocalDate on = DateFields.read(errors, "reportOn", "the date the final report was agreed", reportDay,
                reportMonth, reportYear);
        List<FollowUpCommands.NewRecommendation> made = new ArrayList<>();
        for (int row = 1; row <= RECOMMENDATION_ROWS; row++) {
            String text = posted("rec-" + row + "-text");
            String maker = posted("rec-" + row + "-maker");
            String day = posted("rec-" + row + "-target-day");
            String month = posted("rec-" + row + "-target-month");
            String year = posted("rec-" + row + "-target-year");
            boolean anyDate = !(blank(day) && blank(month) && blank(year));
            if (blank(text) && blank(maker) && !anyDate) {
                continue; // an unused row
            }
            if (blank(text)) {
                errors.add("rec-" + row + "-text", "Enter recommendation " + row);
            }
            if (blank(maker)) {
                errors.add("rec-" + row + "-maker", "Enter who decides on recommendation " + row
                        + ", for example Cabinet");
            }
            LocalDate target = anyDate ? DateFields.read(errors, "rec-" + row + "-target",
                    "the target date of recommendation " + row, day, month, year) : null;
            made.add(new FollowUpCommands.NewRecommendation(text.strip(), maker.strip(), target));
        }
        if (made.isEmpty()) {
            errors.add("rec-1-text", "Enter at least one recommendation");
        }
        if (errors.isPresent()) {
            return null;
        }
        FollowUpCommands.FinalReport command = new FollowUpCommands.FinalReport(on, made);
        return run(() -> lifecycle.agreeFinalReport(itemId(), command, actor()), "The final report is agreed. "
                + "Its recommendations now await the executive's response.");
    }

    /**
     * Runs a command. Refused by a domain rule: the message goes next to the field it names (as this page calls
     * it). Refused because the deep dive has moved on (or is not this user's to act on): the error summary says so
     * and what is allowed now, and the page shows the forms for that instead.
     */
    private String run(Supplier<?> command, String success) {
        try {
            command.get();
        } catch (DomainRuleViolation violation) {
            errors.add(fieldOf(violation.field()), violation.getMessage());
            return null;
        } catch (NoSuchItem missing) {
            errors.add(null, missing.getMessage());
            return null;
        } catch (LifecycleConflict conflict) {
            return refused("The deep dive has moved on: " + conflict.getMessage(), conflict.allowedActions());
        } catch (LifecycleForbidden forbidden) {
            return refused(forbidden.getMessage(), forbidden.allowedActions());
        } catch (RuntimeException e) {
            if (!ConcurrentChange.detected(e)) {
                throw e;
            }
            status = null;
            return refused("Someone else acted on this item at the same time.", find().allowedActions());
        }
        faces.getExternalContext().getFlash().put("success", success);
        return "/democratic/deep-dive.xhtml?faces-redirect=true&item=" + itemId();
    }

    /** The service's field names as this page's field ids. */
    static String fieldOf(String field) {
        if (field == null) {
            return null;
        }
        Matcher indexed = INDEXED.matcher(field);
        if (indexed.matches()) {
            int row = Integer.parseInt(indexed.group(1)) + 1;
            String part = indexed.group(2);
            return "rec-" + row + switch (part) {
                case "decisionMaker" -> "-maker";
                case "targetDate" -> "-target-day";
                default -> "-text";
            };
        }
        String base = field.replaceAll("\\[\\d+].*", "");
        return switch (base) {
            case "scope" -> "scope";
            case "workingGroup" -> "workingGroup";
            case "keyLinesOfEnquiry" -> "keyLines";
            case "title" -> "sessionTitle";
            case "heldOn" -> "heldOn-day";
            case "witnesses", "witnesses.name", "witnesses.role" -> "witnesses";
            case "notes" -> "notes";
            case "findings" -> "finding";
            case "finalReportOn" -> "reportOn-day";
            case "recommendations" -> "rec-1-text";
            default -> null;
        };
    }

    private String refused(String message, List<String> allowed) {
        movedOn = true;
        status = null;
        errors.add(null, message);
        errors.add(null, FormRequests.allowedNow(allowed, DeepDivePage::actionWords,
                "Nothing more can be done with this item."));
        return null;
    }

    static String actionWords(String apiName) {
        return switch (apiName) {
            case "start-deep-dive" -> "start the deep dive";
            case "add-evidence-session" -> "record an evidence session";
            case "record-finding" -> "record a finding";
            case "agree-final-report" -> "agree the final report";
            case "record-executive-response" -> "record the executive's response";
            case "record-progress" -> "record progress on a recommendation";
            default -> ItemWorkPage.actionWords(apiName);
        };
    }

    // ---- Helpers -----------------------------------------------------------------------------------------

    /** Whether this request sends the form (MyFaces marks a sent form with {@code <id>_SUBMIT}). */
    private boolean sent(String form) {
        return FormRequests.sent(faces, form);
    }

    private Actor actor() {
        return Actors.of(security);
    }

    /** From the view parameter, or from the request while a form is sent (see ItemWorkPage.itemId). */
    private Long itemId() {
        return id(item != null ? item : faces.getExternalContext().getRequestParameterMap().get("item"));
    }

    LocalDate today() {
        return Days.today(clock);
    }

    private static EvidenceKind kind(String value) {
        try {
            return blank(value) ? null : EvidenceKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }

    /** The final report form starts at today, unless it is the form being sent. */
    private void prefillReportDate() {
        if (reportDay != null || reportMonth != null || reportYear != null || sent("report-form")) {
            return;
        }
        LocalDate on = today();
        reportDay = String.valueOf(on.getDayOfMonth());
        reportMonth = String.valueOf(on.getMonthValue());
        reportYear = String.valueOf(on.getYear());
    }

    // Fields.
    public String getItem() { return item; }
    public void setItem(String v) { item = v; }
    public String getScope() { return scope; }
    public void setScope(String v) { scope = v; }
    public String getKeyLines() { return keyLines; }
    public void setKeyLines(String v) { keyLines = v; }
    public String getSessionTitle() { return sessionTitle; }
    public void setSessionTitle(String v) { sessionTitle = v; }
    public String getHeldDay() { return heldDay; }
    public void setHeldDay(String v) { heldDay = v; }
    public String getHeldMonth() { return heldMonth; }
    public void setHeldMonth(String v) { heldMonth = v; }
    public String getHeldYear() { return heldYear; }
    public void setHeldYear(String v) { heldYear = v; }
    public String getWitnesses() { return witnesses; }
    public void setWitnesses(String v) { witnesses = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
    public String getFinding() { return finding; }
    public void setFinding(String v) { finding = v; }
    public String getReportDay() { prefillReportDate(); return reportDay; }
    public void setReportDay(String v) { reportDay = v; }
    public String getReportMonth() { prefillReportDate(); return reportMonth; }
    public void setReportMonth(String v) { reportMonth = v; }
    public String getReportYear() { prefillReportDate(); return reportYear; }
    public void setReportYear(String v) { reportYear = v; }
}
