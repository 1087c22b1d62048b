package uk.scrutiny.web.pages.chair;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.deadline.MeetingDeadlines;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.TriageDecision;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.people.UserRepository;
import uk.scrutiny.domain.model.redflag.RedFlag;
import uk.scrutiny.web.pages.democratic.DemocraticServicesPage;
import uk.scrutiny.web.pages.democratic.FormRequests;
import uk.scrutiny.web.pages.democratic.TriageForm;
import uk.scrutiny.workflow.lifecycle.Action;
import uk.scrutiny.workflow.lifecycle.Commands;
import uk.scrutiny.workflow.lifecycle.ItemLifecycle;
import uk.scrutiny.workflow.lifecycle.NoSuchItem;

/**
 * The chair's work on one item of a committee they chair: triage of its red flag (democratic services' form, see
 * {@link TriageForm}) or, instead of deciding now, background enquiries first; or agreement to take its late report
 * as urgent, with the reason. Each form calls one command
 * of {@link ItemLifecycle}; what the service refuses is shown on the form, next to the field it names. As on
 * democratic services' item page, a form is shown while the request that sent it is processed, so that a form sent
 * after someone else moved the item on reaches the service and is refused as a conflict, not silently dropped.
 */
@Named
@RequestScoped
public class ChairItemPage extends DemocraticServicesPage {

    private static final String TASKS = "/chair/tasks.xhtml?faces-redirect=true";

    /** The forms of the page, by the id of their h:form, and the action each sends. */
    private static final Map<String, Action> FORMS = Map.of("triage-form", Action.TRIAGE, "enquiries-form",
            Action.START_BACKGROUND_ENQUIRIES, "urgent-form", Action.AGREE_URGENT);

    @Inject
    ItemLifecycle lifecycle;

    @Inject
    CommitteeRepository committees;

    @Inject
    ChairedCommittees chaired;

    @Inject
    UserRepository users;

    private String id;
    private ItemLifecycle.Status status;

    // Form fields, kept as typed so a refused form shows them again.
    private String decision;
    private String triageReason;
    private String reviewDay;
    private String reviewMonth;
    private String reviewYear;
    private String meeting;
    private String whatToFindOut;
    private String enquirer;
    private String urgentReason;

    /** Items of the committees the chair chairs; any other is "not found", as on the list. */
    @Override
    @Transactional
    public boolean isFound() {
        return find() != null && chaired.chairs(status.item().committee().id());
    }

    private ItemLifecycle.Status find() {
        Long itemId = itemId();
        if (status == null && itemId != null) {
            try {
                status = lifecycle.status(itemId, actor());
            } catch (NoSuchItem e) {
                return null;
            }
        }
        return status;
    }

    public ScrutinyItem getItem() {
        return find().item();
    }

    public RedFlag getRedFlag() {
        return getItem().origin() == null ? null : getItem().origin().redFlag();
    }

    /** Whether a form is shown: its action is this chair's now, or (unless just refused) it is the form being sent. */
    public boolean shows(String form) {
        Action action = FORMS.get(form);
        if (!isFound() || action == null) {
            return false;
        }
        return status.yourActions().contains(action.apiName()) || (!isMovedOn() && sent(form));
    }

    public boolean isAnyAction() {
        return FORMS.keySet().stream().anyMatch(this::shows);
    }

    /** The deadlines of the item's meeting, for the urgent agreement: how late the report is. */
    public MeetingDeadlines getMeetingDeadlines() {
        Meeting target = getItem().targetMeeting();
        return target == null ? null : deadlines().deadlinesFor(target.date());
    }

    public List<TriageDecision> getDecisions() {
        return TriageForm.decisions();
    }

    @Transactional
    public List<Meeting> getMeetings() {
        return TriageForm.meetings(committees, getItem().committee().id(), today());
    }

    public String meetingLabel(Meeting m) {
        return TriageForm.meetingLabel(m, today());
    }

    /** The officers who may be asked to make the enquiries, by name. */
    @Transactional
    public List<User> getOfficers() {
        return users.findByRole(Role.OFFICER).stream().sorted(Comparator.comparing(User::displayName)).toList();
    }

    // ---- The actions -------------------------------------------------------------------------------------

    public String triage() {
        decision = param("decision");
        Commands.Triage command = TriageForm.read(errors, decision, triageReason, reviewDay, reviewMonth, reviewYear,
                meeting);
        if (command == null) {
            return null;
        }
        return run(() -> lifecycle.triage(itemId(), command, actor()), refusal(TriageForm.FIELDS, "decision"),
                TriageForm.done(command), TASKS);
    }

    /** Instead of deciding now: background enquiries first, by an officer or by democratic services. */
    public String startEnquiries() {
        if (whatToFindOut == null || whatToFindOut.isBlank()) {
            errors.add("whatToFindOut", "Enter what the background enquiries are to find out");
            return null;
        }
        String officer = enquirer == null || enquirer.isBlank() ? null : enquirer;
        return run(() -> lifecycle.startBackgroundEnquiries(itemId(), new Commands.StartBackgroundEnquiries(officer,
                whatToFindOut.strip()), actor()), refusal(Map.of("officer", "enquirer"), "whatToFindOut"),
                "Background enquiries have been asked for: the red flag comes back for triage with what they find.",
                TASKS);
    }

    public String agreeUrgent() {
        if (urgentReason == null || urgentReason.isBlank()) {
            errors.add("urgentReason", "Enter why the item cannot wait for the next meeting");
            return null;
        }
        return run(() -> lifecycle.agreeUrgent(itemId(), new Commands.AgreeUrgent(null, urgentReason.strip()),
                actor()), refusal(Map.of("reason", "urgentReason"), "urgentReason"), "You have agreed to take "
                        + getItem().title() + " as an urgent item: democratic services can now publish its report.",
                TASKS);
    }

    /** The form's field for a rule the service names, or the form's main field for any other. */
    private static Function<DomainRuleViolation, String> refusal(
            Map<String, String> fields, String main) {
        return violation -> fields.getOrDefault(violation.field(), main);
    }

    @Override
    protected String actionWords(String apiName) {
        return switch (apiName) {
            case "agree-urgent" -> "agree to take the item as urgent";
            case "start-enquiries" -> "ask for background enquiries";
            default -> super.actionWords(apiName);
        };
    }

    @Override
    protected List<String> allowedNow() {
        return find().allowedActions();
    }

    @Override
    protected void forget() {
        status = null;
    }

    /** From the view parameter, or from the request while a form is sent (the forms' conditions need it first). */
    private Long itemId() {
        return FormRequests.id(id != null ? id : param("id"));
    }

    // Fields.
    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getDecision() { return decision; }
    public void setDecision(String v) { decision = v; }
    public String getTriageReason() { return triageReason; }
    public void setTriageReason(String v) { triageReason = v; }
    public String getReviewDay() { return reviewDay; }
    public void setReviewDay(String v) { reviewDay = v; }
    public String getReviewMonth() { return reviewMonth; }
    public void setReviewMonth(String v) { reviewMonth = v; }
    public String getReviewYear() { return reviewYear; }
    public void setReviewYear(String v) { reviewYear = v; }
    public String getMeeting() { return meeting; }
    public void setMeeting(String v) { meeting = v; }
    public String getWhatToFindOut() { return whatToFindOut; }
    public void setWhatToFindOut(String v) { whatToFindOut = v; }
    public String getEnquirer() { return enquirer; }
    public void setEnquirer(String v) { enquirer = v; }
    public String getUrgentReason() { return urgentReason; }
    public void setUrgentReason(String v) { urgentReason = v; }
}
