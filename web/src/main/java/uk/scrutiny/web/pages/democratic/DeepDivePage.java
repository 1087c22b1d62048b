package uk.scrutiny.web.pages.democratic;

import static uk.scrutiny.web.pages.democratic.FormRequests.blank;
import static uk.scrutiny.web.pages.democratic.FormRequests.id;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import uk.scrutiny.web.pages.DateFields;
import uk.scrutiny.workflow.lifecycle.NoSuchItem;
import uk.scrutiny.workflow.recommendations.DeepDiveLifecycle;
import uk.scrutiny.workflow.recommendations.FollowUpAction;
import uk.scrutiny.workflow.recommendations.FollowUpCommands;

/**
 * Democratic services run an item's deep dive from this page: set it up (scope, working group, key lines of
 * enquiry), change its working group while it is under way, record its evidence sessions and findings, and agree
 * its final report with as many SMART recommendations as it makes ({@link NewRecommendations}), which hands the
 * item to the executive's response. Each form calls one command of {@link DeepDiveLifecycle}; what it
 * refuses is shown next to the field it names. As on the item page, a form sent after someone else moved the deep
 * dive on still reaches the service, to be refused as a conflict and replaced by what is allowed now.
 */
@Named
@RequestScoped
public class DeepDivePage extends DemocraticServicesPage {

    /** The forms of the page, by the id of their h:form, and the action each sends. */
    private static final Map<String, FollowUpAction> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put("start-form", FollowUpAction.START_DEEP_DIVE);
        FORMS.put("join-form", FollowUpAction.CHANGE_WORKING_GROUP);
        FORMS.put("leave-form", FollowUpAction.CHANGE_WORKING_GROUP);
        FORMS.put("session-form", FollowUpAction.ADD_EVIDENCE_SESSION);
        FORMS.put("finding-form", FollowUpAction.RECORD_FINDING);
        FORMS.put("report-form", FollowUpAction.AGREE_FINAL_REPORT);
    }

    @Inject
    DeepDiveLifecycle lifecycle;

    @Inject
    RecommendationRepository recommendations;

    private String item;
    private DeepDiveLifecycle.Status status;
    private List<NewRecommendations.Row> newRows;

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
    private String joinReason;
    private String leaveReason;

    @Override
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

    /** The committee's members who are not in the working group yet. */
    public List<CommitteeMember> getJoinable() {
        DeepDive deepDive = getDeepDive();
        List<CommitteeMember> group = deepDive == null ? List.of() : deepDive.workingGroup();
        return getEligibleMembers().stream().filter(m -> group.stream().noneMatch(g -> g.id().equals(m.id())))
                .toList();
    }

    public List<CommitteeMember> getWorkingGroup() {
        DeepDive deepDive = getDeepDive();
        return deepDive == null ? List.of() : deepDive.workingGroup();
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
        return status.yourActions().contains(action.apiName()) || !isMovedOn() && sent(form);
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
                    DeadlineCalculator deadlines = deadlines();
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

    /** The recommendation rows of the final report form: one to start with, or as sent (one more, one fewer). */
    public List<NewRecommendations.Row> getNewRows() {
        if (newRows == null) {
            newRows = NewRecommendations.read(this::param);
        }
        return newRows;
    }

    /** What was last sent in a plain input (radios, check boxes, the recommendation rows); "" when nothing. */
    public String posted(String name) {
        String value = param(name);
        return value == null ? "" : value;
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
        return run(() -> lifecycle.start(itemId(), command, actor()), this::fieldFor,
                "The deep dive has started with its working group.", next());
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
        return run(() -> lifecycle.addEvidenceSession(itemId(), command, actor()), this::fieldFor,
                "The " + kindWords(kind).toLowerCase() + " is recorded.", next());
    }

    public String recordFinding() {
        if (blank(finding)) {
            errors.add("finding", "Enter the finding");
            return null;
        }
        return run(() -> lifecycle.recordFinding(itemId(), finding.strip(), actor()), this::fieldFor,
                "The finding is recorded.", next());
    }

    public String addToWorkingGroup() {
        Long memberId = id(param("joining"));
        CommitteeMember joining = memberId == null ? null : getJoinable().stream()
                .filter(m -> m.id().equals(memberId)).findFirst().orElse(null);
        if (joining == null) {
            errors.add("joining", "Select the member joining the working group");
            return null;
        }
        return run(() -> lifecycle.addToWorkingGroup(itemId(), memberId, blankToNull(joinReason), actor()),
                v -> "reason".equals(v.field()) ? "joinReason" : "joining", joining.name() + " has joined the working group.", next());
    }

    public String removeFromWorkingGroup() {
        Long memberId = id(param("leaving"));
        CommitteeMember leaving = memberId == null ? null : getWorkingGroup().stream()
                .filter(m -> m.id().equals(memberId)).findFirst().orElse(null);
        if (leaving == null) {
            errors.add("leaving", "Select the member leaving the working group");
            return null;
        }
        return run(() -> lifecycle.removeFromWorkingGroup(itemId(), memberId, blankToNull(leaveReason), actor()),
                v -> "reason".equals(v.field()) ? "leaveReason" : "leaving", leaving.name() + " has left the working group.", next());
    }

    public String agreeFinalReport() {
        newRows = NewRecommendations.read(this::param);
        if (NewRecommendations.rowsChanged(this::param)) {
            return null;
        }
        LocalDate on = DateFields.read(errors, "reportOn", "the date the final report was agreed", reportDay,
                reportMonth, reportYear);
        NewRecommendations.Checked checked = NewRecommendations.check(newRows, errors,
                "Enter at least one recommendation");
        if (errors.isPresent()) {
            return null;
        }
        FollowUpCommands.FinalReport command = new FollowUpCommands.FinalReport(on, checked.recommendations());
        return run(() -> lifecycle.agreeFinalReport(itemId(), command, actor()),
                v -> v.field() != null && v.field().startsWith("recommendations") ? checked.fieldOf(v)
                        : fieldFor(v), "The final report is agreed. Its recommendations now await the executive's "
                        + "response.", next());
    }

    private String next() {
        return "/democratic/deep-dive.xhtml?faces-redirect=true&item=" + itemId();
    }

    private String fieldFor(DomainRuleViolation violation) {
        return fieldOf(violation.field());
    }

    /** The service's field names as this page's field ids (the recommendations': {@link NewRecommendations}). */
    static String fieldOf(String field) {
        if (field == null) {
            return null;
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
            case "recommendations" -> "text-1";
            default -> null;
        };
    }

    @Override
    protected String subject() {
        return "The deep dive";
    }

    @Override
    protected List<String> allowedNow() {
        return find().allowedActions();
    }

    @Override
    protected void forget() {
        status = null;
    }

    @Override
    protected String actionWords(String apiName) {
        return inWords(apiName);
    }

    static String inWords(String apiName) {
        return switch (apiName) {
            case "start-deep-dive" -> "start the deep dive";
            case "change-working-group" -> "change the working group";
            case "add-evidence-session" -> "record an evidence session";
            case "record-finding" -> "record a finding";
            case "agree-final-report" -> "agree the final report";
            case "record-executive-response" -> "record the executive's response";
            case "record-progress" -> "record progress on a recommendation";
            default -> itemActionWords(apiName);
        };
    }

    // ---- Helpers -----------------------------------------------------------------------------------------

    /** From the view parameter, or from the request while a form is sent (see ItemWorkPage.itemId). */
    private Long itemId() {
        return id(item != null ? item : param("item"));
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
    public String getJoinReason() { return joinReason; }
    public void setJoinReason(String v) { joinReason = v; }
    public String getLeaveReason() { return leaveReason; }
    public void setLeaveReason(String v) { leaveReason = v; }
}
