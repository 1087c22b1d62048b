package uk.scrutiny.web.pages.democratic;

import static uk.scrutiny.web.pages.democratic.FormRequests.blank;
import static uk.scrutiny.web.pages.democratic.FormRequests.id;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.committee.MeetingStatus;
import uk.scrutiny.domain.model.deadline.MeetingDeadlines;
import uk.scrutiny.domain.model.deepdive.DeepDiveRepository;
import uk.scrutiny.domain.model.item.ExtensionRequest;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.LineOfEnquiry;
import uk.scrutiny.domain.model.item.OfficerResponse;
import uk.scrutiny.domain.model.item.RequestStatus;
import uk.scrutiny.domain.model.item.Resolution;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.model.item.StandardDataInclusion;
import uk.scrutiny.domain.model.item.TimelineEntry;
import uk.scrutiny.domain.model.item.TriageDecision;
import uk.scrutiny.domain.model.notice.ChaseNoticeRepository;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.people.UserRepository;
import uk.scrutiny.web.pages.DateFields;
import uk.scrutiny.web.pages.TimelineRow;
import uk.scrutiny.workflow.lifecycle.Action;
import uk.scrutiny.workflow.lifecycle.Commands;
import uk.scrutiny.workflow.lifecycle.ItemLifecycle;
import uk.scrutiny.workflow.lifecycle.NoSuchItem;

/**
 * Democratic services' work on one item: where it stands with its deadlines, the background enquiries made on it
 * before triage, and the form for each step they may take now (triage, key lines of enquiry, issuing the request,
 * reviewing the response, publishing, recording the outcome, withdrawing). Each form calls one command of
 * {@link ItemLifecycle}; what the service refuses is shown on the form, next to the field it names.
 *
 * <p>A form is shown when the item's waiting task allows its action, and also while the request that sent it is
 * being processed: Faces runs an action only if its button is still rendered, and a form sent after someone else
 * moved the item on must reach the service to be refused as a conflict, not be silently dropped. Once refused, the
 * page shows only what is allowed now.
 */
@Named
@RequestScoped
public class ItemWorkPage extends DemocraticServicesPage {

    /** The forms of the page, by the id of their h:form, and the action each sends. */
    private static final Map<String, Action> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put("triage-form", Action.TRIAGE);
        FORMS.put("kloe-form", Action.AGREE_KEY_LINES_OF_ENQUIRY);
        FORMS.put("issue-form", Action.ISSUE_REQUEST);
        FORMS.put("accept-form", Action.ACCEPT_RESPONSE);
        FORMS.put("return-form", Action.RETURN_RESPONSE);
        FORMS.put("publish-form", Action.PUBLISH);
        FORMS.put("outcome-form", Action.RECORD_OUTCOME);
        FORMS.put("withdraw-form", Action.WITHDRAW);
    }

    private static final Set<Resolution> RESOLUTIONS = EnumSet.allOf(Resolution.class);

    @Inject
    ChaseNoticeRepository notices;

    @Inject
    ItemLifecycle lifecycle;

    @Inject
    CommitteeRepository committees;

    @Inject
    UserRepository users;

    @Inject
    DeepDiveRepository deepDives;

    private String id;
    private ItemLifecycle.Status status;
    private List<BackgroundEnquiry> backgroundEnquiries;

    // Form fields, kept as typed so a refused form shows them again.
    private String decision;
    private String triageReason;
    private String reviewDay;
    private String reviewMonth;
    private String reviewYear;
    private String meeting;
    private String questions;
    private String dataRequests;
    private List<String> inclusions;
    private List<String> officers;
    private String returnReason;
    private String publishDay;
    private String publishMonth;
    private String publishYear;
    private String resolution;
    private String outcomeText;
    private String furtherMeeting;
    private String withdrawReason;

    @Override
    public boolean isFound() {
        return find() != null;
    }

    /** The publication form starts at the meeting's publication date, unless it is the form being sent. */
    private void prefillPublication() {
        if (publishDay != null || publishMonth != null || publishYear != null || sent("publish-form")) {
            return;
        }
        MeetingDeadlines d = getMeetingDeadlines();
        if (d != null) {
            LocalDate on = d.publicationDate();
            publishDay = String.valueOf(on.getDayOfMonth());
            publishMonth = String.valueOf(on.getMonthValue());
            publishYear = String.valueOf(on.getYear());
        }
    }

    private ItemLifecycle.Status find() {
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

    public ScrutinyItem getItem() {
        return find().item();
    }

    /** Oldest first, with the reminders and escalations sent about the item's requests. */
    @Transactional
    public List<TimelineRow> getTimeline() {
        return TimelineRow.merge(getItem().timeline(), notices.findByItem(getItem().id()));
    }

    /**
     * Whether a form is shown: its action is this user's now, or (unless the service has just refused it) it is
     * the form being sent.
     */
    public boolean shows(String form) {
        Action action = FORMS.get(form);
        if (find() == null || action == null) {
            return false;
        }
        if (status.yourActions().contains(action.apiName())) {
            return true;
        }
        return !isMovedOn() && sent(form);
    }

    /** Deferral has a page of its own, shared with the planner. */
    public boolean isDeferrable() {
        return find() != null && status.yourActions().contains(Action.DEFER.apiName());
    }

    /**
     * The deep dive has a page of its own: offered once the item is referred to one (to start it) and for as long
     * as it has one (its record stays after the final report).
     */
    @jakarta.transaction.Transactional
    public boolean isDeepDive() {
        return find() != null && (status.item().stage() == Stage.DEEP_DIVE
                || deepDives.findForItem(status.item().id()).isPresent());
    }

    public boolean isAnyAction() {
        return FORMS.keySet().stream().anyMatch(this::shows);
    }

    /** The actions allowed now, in words, when someone else has to act (the officer, the chair). */
    public String getWaitingFor() {
        ItemLifecycle.Status s = find();
        if (s.task().isEmpty()) {
            return null;
        }
        return s.task().get().getName();
    }

    public MeetingDeadlines getMeetingDeadlines() {
        Meeting target = find().item().targetMeeting();
        return target == null ? null : deadlines().deadlinesFor(target.date());
    }

    @Override
    public String words(Enum<?> value) {
        return value == Resolution.REFERRED_TO_DEEP_DIVE ? "Referred to a deep dive" : super.words(value);
    }

    /**
     * Background enquiries made before triage, as the timeline recorded them.
     *
     * @param madeBy who makes (or made) them: the officer asked, or democratic services; null when the item left
     *               background enquiries without findings (withdrawn)
     * @param recordedAt when the findings were recorded (UTC), or null
     * @param findings what they found; null until recorded, and for earlier enquiries of an item asked for them
     *                 more than once (the item keeps the latest findings only)
     * @param underWay whether the item is still at these enquiries
     */
    public record BackgroundEnquiry(LocalDateTime askedAt, String askedBy, String whatToFindOut, String madeBy,
            LocalDateTime recordedAt, String findings, boolean underWay) {

        public boolean isRecorded() {
            return recordedAt != null;
        }
    }

    /**
     * The item's background enquiries, oldest first: each starts with the item moving to background enquiries and
     * ends when it goes back for triage with the findings. Who makes the enquiries under way is whoever their task
     * is assigned to (democratic services when no one is); for finished ones, who recorded the findings.
     */
    @Transactional
    public List<BackgroundEnquiry> getBackgroundEnquiries() {
        if (backgroundEnquiries != null) {
            return backgroundEnquiries;
        }
        ScrutinyItem item = getItem();
        List<TimelineEntry> entries = item.timeline();
        List<BackgroundEnquiry> found = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry start = entries.get(i);
            if (!start.isTransition() || start.toStage() != Stage.BACKGROUND_ENQUIRIES) {
                continue;
            }
            TimelineEntry end = entries.subList(i + 1, entries.size()).stream()
                    .filter(e -> e.isTransition() && e.fromStage() == Stage.BACKGROUND_ENQUIRIES)
                    .findFirst().orElse(null);
            boolean recorded = end != null && end.toStage() == Stage.TRIAGE;
            String madeBy = recorded ? displayName(end.who()) : end == null ? enquirerNow() : null;
            found.add(new BackgroundEnquiry(start.happenedAt(), displayName(start.who()), start.why(), madeBy,
                    recorded ? end.happenedAt() : null, null, end == null));
        }
        // Only the latest recorded enquiries' findings are kept on the item.
        for (int i = found.size() - 1; i >= 0; i--) {
            BackgroundEnquiry e = found.get(i);
            if (e.isRecorded()) {
                found.set(i, new BackgroundEnquiry(e.askedAt(), e.askedBy(), e.whatToFindOut(), e.madeBy(),
                        e.recordedAt(), item.backgroundFindings(), false));
                break;
            }
        }
        backgroundEnquiries = found;
        return found;
    }

    /** Who the enquiries under way are assigned to: an officer, or democratic services (their group's task). */
    private String enquirerNow() {
        String assignee = find().task().map(t -> t.getAssignee()).orElse(null);
        if (assignee == null) {
            return "Democratic services";
        }
        return users.findByUsername(assignee).map(User::displayName).orElse(assignee);
    }

    private static String displayName(User user) {
        return user == null ? "The system" : user.displayName();
    }

    /** A moment of the timeline (UTC) as the council's day, for "asked for on". */
    public String day(LocalDateTime utc) {
        return format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(Days.COUNCIL_ZONE).toLocalDate());
    }

    /** The requests as democratic services follow them, with each open one's time left. */
    public List<InformationRequest> getRequests() {
        return find().item().requests();
    }

    /** The extension awaiting democratic services' decision on a request, or null. */
    public ExtensionRequest pendingExtension(InformationRequest request) {
        return request.pendingExtension().orElse(null);
    }

    public boolean isOpen(InformationRequest request) {
        return request.status() == RequestStatus.OPEN;
    }

    /**
     * The response being reviewed: the one the page was opened for ({@code review}, or {@code request} as the review
     * forms send it back), or the first waiting. Each response is reviewed on its own.
     */
    public InformationRequest getSubmitted() {
        Long chosen = id(param("request") != null ? param("request") : param("review"));
        List<InformationRequest> waiting = getAwaitingReview();
        return waiting.stream().filter(r -> r.id().equals(chosen)).findFirst()
                .orElse(waiting.stream().findFirst().orElse(null));
    }

    /** The responses waiting for review, oldest request first. */
    public List<InformationRequest> getAwaitingReview() {
        return find().item().requests().stream().filter(r -> r.status() == RequestStatus.RESPONDED).toList();
    }

    /** Whether the request's response waits for review, for its link to be reviewed. */
    public boolean reviewable(InformationRequest request) {
        return request.status() == RequestStatus.RESPONDED;
    }

    /** Whether the item already has requests out: issuing then asks a further officer. */
    public boolean isFurtherRequest() {
        return find().item().requests().stream().anyMatch(r -> r.status() == RequestStatus.OPEN
                || r.status() == RequestStatus.RESPONDED);
    }

    public String getOfficersHint() {
        return isFurtherRequest() ? "Each officer chosen gets a request of their own; the item waits for their "
                + "response too." : "Select all that apply. Each officer answers on their own; the first is the "
                + "item's lead officer.";
    }

    public String getReviewHeading() {
        InformationRequest reviewed = getSubmitted();
        return reviewed == null ? "Review the officer's response"
                : "Review the response from " + reviewed.officer().displayName();
    }

    /** Ticked as sent. */
    public boolean chosen(User officer) {
        return officers != null && officers.contains(officer.username());
    }

    public String answer(OfficerResponse response, LineOfEnquiry line) {
        return response.answerTo(line).orElse("Not answered");
    }

    public String statement(OfficerResponse response, StandardDataInclusion inclusion) {
        return response.statementOn(inclusion).map(s -> s.isProvided() ? "Provided"
                : "Not provided: " + s.reasonNotProvided()).orElse("Nothing said");
    }

    /** The standard inclusions the KLOE ask for, in the toolkit's order. */
    public List<StandardDataInclusion> getAskedInclusions() {
        Set<StandardDataInclusion> asked = find().item().keyLinesOfEnquiry().standardInclusions();
        return Arrays.stream(StandardDataInclusion.values()).filter(asked::contains).toList();
    }

    public List<TriageDecision> getDecisions() {
        return TriageForm.decisions();
    }

    public List<Resolution> getResolutions() {
        return List.copyOf(RESOLUTIONS);
    }

    public List<StandardDataInclusion> getAllInclusions() {
        return List.of(StandardDataInclusion.values());
    }

    /** Ticked as sent; all five until the form is sent (the toolkit asks for all of them by default). */
    public boolean included(StandardDataInclusion inclusion) {
        return inclusions == null || inclusions.contains(inclusion.name());
    }

    /** Meetings of the item's committee from the start of last municipal year: what triage can report to. */
    public List<Meeting> getMeetings() {
        return TriageForm.meetings(committees, find().item().committee().id(), today());
    }

    /** Meetings after the item's own, for a further report. */
    public List<Meeting> getLaterMeetings() {
        Meeting target = find().item().targetMeeting();
        if (target == null) {
            return List.of();
        }
        return committees.findMeetings(target.committee().id(), target.date().plusDays(1), null).stream()
                .filter(m -> m.status() != MeetingStatus.CANCELLED).toList();
    }

    public String meetingLabel(Meeting m) {
        return TriageForm.meetingLabel(m, today());
    }

    /** By name: the order they are offered, and so the order they are asked in (the first is the lead). */
    public List<User> getOfficers() {
        return users.findByRole(Role.OFFICER).stream().sorted(java.util.Comparator.comparing(User::displayName))
                .toList();
    }

    /** The date an issued request will be due: the meeting's officer response deadline, or today if it has passed. */
    public LocalDate getDueIfIssuedNow() {
        MeetingDeadlines d = getMeetingDeadlines();
        if (d == null) {
            return null;
        }
        return d.officerResponseDue().isBefore(today()) ? today() : d.officerResponseDue();
    }

    // ---- The actions -------------------------------------------------------------------------------------

    public String triage() {
        decision = param("decision");
        Commands.Triage command = TriageForm.read(errors, decision, triageReason, reviewDay, reviewMonth, reviewYear,
                meeting);
        if (command == null) {
            return null;
        }
        return run("triage-form", TriageForm.FIELDS, () -> lifecycle.triage(itemId(), command, actor()),
                TriageForm.done(command));
    }

    public String agreeKloe() {
        String[] ticked = faces.getExternalContext().getRequestParameterValuesMap().get("inclusions");
        inclusions = ticked == null ? List.of() : List.of(ticked);
        List<String> keyQuestions = lines(questions);
        List<String> requests = lines(dataRequests);
        boolean hasLines = !find().item().keyLinesOfEnquiry().lines().isEmpty();
        if (keyQuestions.isEmpty() && requests.isEmpty() && !hasLines) {
            errors.add("questions", "Enter at least one key question or data request");
        }
        List<String> chosen = inclusions == null ? List.of() : inclusions;
        Set<StandardDataInclusion> standard = EnumSet.noneOf(StandardDataInclusion.class);
        for (String name : chosen) {
            StandardDataInclusion inclusion = choice(StandardDataInclusion.class, name,
                    EnumSet.allOf(StandardDataInclusion.class));
            if (inclusion != null) {
                standard.add(inclusion);
            }
        }
        if (errors.isPresent()) {
            return null;
        }
        List<String> warnings = new ArrayList<>();
        String done = run("kloe-form", Map.of("question", "questions", "dataRequest", "dataRequests",
                "standardInclusions", "inclusions", "keyLinesOfEnquiry", "questions"), () -> warnings.addAll(
                        lifecycle.agreeKeyLinesOfEnquiry(itemId(), new Commands.AgreeKeyLinesOfEnquiry(keyQuestions,
                                requests, standard), actor())), "The key lines of enquiry are agreed.");
        if (done != null && !warnings.isEmpty()) {
            faces.getExternalContext().getFlash().put("warnings", warnings);
        }
        return done;
    }

    public String issueRequest() {
        String[] ticked = faces.getExternalContext().getRequestParameterValuesMap().get("officers");
        officers = ticked == null ? List.of() : List.of(ticked);
        if (officers.isEmpty()) {
            errors.add("officers", "Select at least one officer to send the request to");
            return null;
        }
        List<String> names = getOfficers().stream().filter(o -> officers.contains(o.username()))
                .map(User::displayName).toList();
        return run("issue-form", Map.of("officers", "officers", "meeting", "officers"),
                () -> lifecycle.issueRequest(itemId(), officers, actor()), "The request has been sent to "
                        + (names.isEmpty() ? "the officers" : and(names)) + ".");
    }

    public String acceptResponse() {
        Long requestId = id(param("request"));
        if (requestId == null) {
            return run("accept-form", Map.of(), () -> lifecycle.acceptResponse(itemId(), actor()),
                    "The response is accepted.");
        }
        InformationRequest request = find().item().findRequest(requestId).orElse(null);
        long others = find().item().requests().stream().filter(r -> r != request)
                .filter(r -> r.status() == RequestStatus.OPEN || r.status() == RequestStatus.RESPONDED).count();
        return run("accept-form", Map.of(), () -> lifecycle.acceptResponse(itemId(), requestId, actor()),
                "The response" + (request == null ? "" : " from " + request.officer().displayName())
                        + " is accepted. " + (others == 0 ? "The report can now be published."
                                : "The item still waits for " + others
                                        + (others == 1 ? " other response." : " other responses.")));
    }

    public String returnResponse() {
        if (blank(returnReason)) {
            errors.add("returnReason", "Enter what more the officer needs to give");
            return null;
        }
        Long requestId = id(param("request"));
        if (requestId == null) {
            return run("return-form", Map.of("reason", "returnReason"), () -> lifecycle.returnResponse(itemId(),
                    returnReason.strip(), actor()), "The response has been returned to the officer.");
        }
        String officer = find().item().findRequest(requestId).map(r -> r.officer().displayName())
                .orElse("the officer");
        return run("return-form", Map.of("reason", "returnReason"), () -> lifecycle.returnResponse(itemId(),
                requestId, returnReason.strip(), actor()), "The response has been returned to " + officer + ".");
    }

    private static String and(List<String> names) {
        return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + " and "
                + names.get(names.size() - 1);
    }

    public String publish() {
        LocalDate on = DateFields.read(errors, "publishedOn", "the publication date", publishDay, publishMonth,
                publishYear);
        if (on == null) {
            return null;
        }
        return run("publish-form", Map.of("publishedOn", "publishedOn-day", "meeting", "publishedOn-day"),
                () -> lifecycle.publish(itemId(), on, actor()), "The report is published.");
    }

    public String recordOutcome() {
        resolution = param("resolution");
        Resolution chosen = choice(Resolution.class, resolution, RESOLUTIONS);
        if (chosen == null) {
            errors.add("resolution", "Select what the committee resolved");
        }
        if (blank(outcomeText)) {
            errors.add("outcomeText", "Enter the committee's resolution as minuted");
        }
        Long later = null;
        if (chosen == Resolution.FURTHER_REPORT) {
            later = id(furtherMeeting);
            if (later == null) {
                errors.add("furtherMeeting", "Select the meeting the further report is to go to");
            }
        }
        if (errors.isPresent()) {
            return null;
        }
        Commands.RecordOutcome command = new Commands.RecordOutcome(chosen, outcomeText.strip(), later);
        return run("outcome-form", Map.of("resolution", "resolution", "text", "outcomeText", "furtherReportAt",
                "furtherMeeting", "furtherReportMeetingId", "furtherMeeting", "meeting", "resolution"),
                () -> lifecycle.recordOutcome(itemId(), command, actor()), "The outcome is recorded.");
    }

    public String withdraw() {
        if (blank(withdrawReason)) {
            errors.add("withdrawReason", "Enter why the item is being withdrawn");
            return null;
        }
        return run("withdraw-form", Map.of("reason", "withdrawReason"), () -> lifecycle.withdraw(itemId(),
                withdrawReason.strip(), actor()), "The item has been withdrawn.");
    }

    /**
     * Runs a command of the form (see the base for where each refusal goes). A domain rule's field, as the service
     * names it, is mapped to the form's ({@code fields}); a rule naming none of them goes to the form's first
     * field. Something missing goes to the field it names, or to the error summary.
     */
    private String run(String form, Map<String, String> fields, Runnable command, String success) {
        String first = fields.isEmpty() ? null : fields.values().iterator().next();
        return run(command, violation -> fields.getOrDefault(violation.field(), first),
                missing -> fields.getOrDefault(missing.field(), null), success,
                "/democratic/item.xhtml?faces-redirect=true&id=" + itemId());
    }

    @Override
    protected List<String> allowedNow() {
        return find().allowedActions();
    }

    @Override
    protected void forget() {
        status = null;
        backgroundEnquiries = null;
    }

    // ---- Helpers -----------------------------------------------------------------------------------------

    /**
     * From the view parameter, or straight from the request while a form is being sent: the forms' rendered
     * conditions need the item before Faces has pushed the parameter into this bean.
     */
    private Long itemId() {
        return id(id != null ? id : param("id"));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, Set<E> allowed) {
        if (blank(value)) {
            return null;
        }
        try {
            E chosen = Enum.valueOf(type, value);
            return allowed.contains(chosen) ? chosen : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** One line of a text area per entry, blank lines left out. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
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
    public String getQuestions() { return questions; }
    public void setQuestions(String v) { questions = v; }
    public String getDataRequests() { return dataRequests; }
    public void setDataRequests(String v) { dataRequests = v; }
    public List<String> getInclusions() { return inclusions; }
    public void setInclusions(List<String> v) { inclusions = v; }
    public String getReturnReason() { return returnReason; }
    public void setReturnReason(String v) { returnReason = v; }
    public String getPublishDay() { prefillPublication(); return publishDay; }
    public void setPublishDay(String v) { publishDay = v; }
    public String getPublishMonth() { prefillPublication(); return publishMonth; }
    public void setPublishMonth(String v) { publishMonth = v; }
    public String getPublishYear() { prefillPublication(); return publishYear; }
    public void setPublishYear(String v) { publishYear = v; }
    public String getResolution() { return resolution; }
    public void setResolution(String v) { resolution = v; }
    public String getOutcomeText() { return outcomeText; }
    public void setOutcomeText(String v) { outcomeText = v; }
    public String getFurtherMeeting() { return furtherMeeting; }
    public void setFurtherMeeting(String v) { furtherMeeting = v; }
    public String getWithdrawReason() { return withdrawReason; }
    public void setWithdrawReason(String v) { withdrawReason = v; }
}
