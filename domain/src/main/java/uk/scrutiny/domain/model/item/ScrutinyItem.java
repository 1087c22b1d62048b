package uk.scrutiny.domain.model.item;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.Entities;
import uk.scrutiny.domain.model.Required;
import uk.scrutiny.domain.model.Text;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.committee.MeetingStatus;
import uk.scrutiny.domain.model.deadline.MeetingDeadlines;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.programme.WorkProgramme;
import uk.scrutiny.domain.model.redflag.RedFlag;

/**
 * A topic on a committee's work programme, from the red flag that raised it to the committee's consideration of
 * it. The aggregate root of everything that happens to the topic on the way: its key lines of enquiry, the requests
 * to officers and their responses, members' questions, the outcomes, and the timeline that records each change.
 * (Recommendations and deep dives are aggregates of their own: they live on long after the item's meeting.)
 *
 * <p>Nothing is set directly: each method is an action someone takes, checks the rules that action must respect,
 * and writes a {@link TimelineEntry} saying who did what, when and why. Which stage follows which is the
 * lifecycle's business (the BPMN process); the item refuses only what is never right, such as acting on a withdrawn
 * item, scheduling it at another committee's meeting or recording an outcome before the meeting.
 *
 * <p>Times are UTC ({@code LocalDateTime} at offset zero), as elsewhere in the model.
 */
@Entity
@Table(name = "scrutiny_item")
public class ScrutinyItem {

    private static final Set<Stage> TRIAGE_STAGES =
            EnumSet.of(Stage.RED_FLAG, Stage.BACKGROUND_ENQUIRIES, Stage.TRIAGE, Stage.MONITORING);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "committee_id", nullable = false)
    private Committee committee;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 2000)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, length = 30)
    private ItemType type;

    @Embedded
    private Origin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Stage stage;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_meeting_id")
    private Meeting targetMeeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "work_programme_id")
    private WorkProgramme workProgramme;

    /** The author as the agenda names them, often a role ("Director of Children's Social Care"). */
    @Column(name = "report_author", length = 300)
    private String reportAuthor;

    /** The report author's account, when they use the system: members' questions go to them. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "report_author_id")
    private User reportAuthorUser;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_officer_id")
    private User leadOfficer;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Embedded
    private Triage triage;

    @Embedded
    private UrgentAgreement urgentAgreement;

    /** What background enquiries found before triage, if any were made. */
    @Column(name = "background_findings", length = 4000)
    private String backgroundFindings;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt; // UTC

    // The two values lists sort and filter items by, kept on the item's row by the item itself each time it records
    // a change, so a list of thousands of items reads them from one indexed table instead of grouping every
    // item's requests and timeline (V11 backfilled them for items older than these columns).
    @Column(name = "next_due")
    private LocalDate nextDue;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt; // UTC

    // The number of the timeline's latest entry, so writing the next one does not read the whole timeline to count
    // it (an item with a long history read every entry for each action; V13 backfilled it).
    @Column(name = "timeline_length", nullable = false)
    private int timelineLength;

    @OneToOne(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    private KeyLinesOfEnquiry keyLinesOfEnquiry;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("issuedAt, id")
    private List<InformationRequest> requests = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("askedAt, id")
    private List<Question> questions = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("recordedAt, id")
    private List<Outcome> outcomes = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<TimelineEntry> timeline = new ArrayList<>();

    @Version
    private int version;

    protected ScrutinyItem() {
        // for JPA
    }

    /** An item put straight onto the work programme, as a committee does when it sets its annual programme. */
    public ScrutinyItem(Committee committee, String title, String purpose, ItemType type, String origin) {
        this(committee, title, purpose, type, Origin.workProgramme(origin), null, now());
    }

    /**
     * A new item. It starts at {@link Stage#RED_FLAG} when it comes from a red flag (it awaits triage), otherwise
     * at {@link Stage#SCOPING}.
     *
     * @param createdBy who added it, or null when the system did
     */
    public ScrutinyItem(Committee committee, String title, String purpose, ItemType type, Origin origin,
            User createdBy, LocalDateTime createdAt) {
        this.committee = Required.value(committee, "committee", "Committee is required.");
        this.title = Text.required(title, "title", "Title", 300);
        this.purpose = Text.optional(purpose, "purpose", "Purpose", 2000);
        this.type = Required.value(type, "type", "Item type is required.");
        this.origin = Required.value(origin, "origin", "Origin is required.");
        if (origin.redFlag() != null && !Entities.same(origin.redFlag().committee(), committee, Committee::id)) {
            throw new DomainRuleViolation("origin", "The red flag was raised for another committee.");
        }
        this.createdAt = Required.value(createdAt, "createdAt", "When the item was created is required.");
        this.stage = origin.kind() == OriginKind.RED_FLAG ? Stage.RED_FLAG : Stage.SCOPING;
        this.keyLinesOfEnquiry = new KeyLinesOfEnquiry(this);
        timeline.add(new TimelineEntry(this, 1, createdAt, createdBy, null, stage, null, "Item created"
                + (this.origin.description() == null ? "." : " (" + this.origin.description() + ").")));
        this.timelineLength = 1;
        this.updatedAt = createdAt;
    }

    /**
     * The item a red flag starts, awaiting triage, for the flag's committee. Its type is provisionally a report;
     * triage decides. The red flag is an aggregate of its own: store it before the item.
     *
     * @param title the title, or null to use what the flag is about
     */
    public static ScrutinyItem raisedFrom(RedFlag redFlag, String title, LocalDateTime at) {
        Required.value(redFlag, "redFlag", "Red flag is required.");
        String itemTitle = title != null && !title.isBlank() ? title : shorten(redFlag.subject(), 300);
        return new ScrutinyItem(redFlag.committee(), itemTitle, redFlag.whyItMatters(), ItemType.REPORT,
                Origin.redFlag(redFlag), redFlag.raisedBy(), at);
    }

    // ---- What the item is ------------------------------------------------------------------------------------

    public void describe(String newTitle, String newPurpose, User by, LocalDateTime at) {
        requireOpen("title");
        String checkedTitle = Text.required(newTitle, "title", "Title", 300);
        String checkedPurpose = Text.optional(newPurpose, "purpose", "Purpose", 2000);
        List<String> changes = new ArrayList<>();
        if (!checkedTitle.equals(title)) {
            changes.add("title \"" + title + "\" to \"" + checkedTitle + "\"");
        }
        if (!Objects.equals(checkedPurpose, purpose)) {
            changes.add("purpose");
        }
        if (changes.isEmpty()) {
            return;
        }
        this.title = checkedTitle;
        this.purpose = checkedPurpose;
        record(by, at, null, "Changed " + String.join(" and ", changes) + ".");
    }

    public void changeType(ItemType newType, User by, LocalDateTime at) {
        requireOpen("type");
        Required.value(newType, "type", "Item type is required.");
        if (newType != type) {
            ItemType old = type;
            this.type = newType;
            record(by, at, null, "Type changed from " + words(old) + " to " + words(newType) + ".");
        }
    }

    public void assignLeadOfficer(User officer, User by, LocalDateTime at) {
        requireOpen("leadOfficer");
        this.leadOfficer = Required.value(officer, "leadOfficer", "Lead officer is required.");
        record(by, at, null, "Lead officer: " + officer.displayName() + ".");
    }

    /** The report author's account; the agenda name follows it unless one was given. */
    public void assignReportAuthor(User author, User by, LocalDateTime at) {
        requireOpen("reportAuthor");
        this.reportAuthorUser = Required.value(author, "reportAuthor", "Report author is required.");
        if (reportAuthor == null) {
            this.reportAuthor = author.displayName();
        }
        record(by, at, null, "Report author: " + author.displayName() + ".");
    }

    /** The report author as the agenda shows them, such as a job title. */
    public void nameReportAuthor(String reportAuthor) {
        this.reportAuthor = Text.optional(reportAuthor, "reportAuthor", "Report author", 300);
    }

    // ---- Work programme and meetings -------------------------------------------------------------------------

    /** Puts the item on its committee's work programme for a year; a meeting it is already at must be in that year. */
    public void placeOn(WorkProgramme programme, User by, LocalDateTime at) {
        requireOpen("workProgramme");
        Required.value(programme, "workProgramme", "Work programme is required.");
        if (!programme.belongsTo(committee)) {
            throw new DomainRuleViolation("workProgramme", "The work programme belongs to another committee.");
        }
        if (targetMeeting != null) {
            programme.checkCanHold(targetMeeting);
        }
        this.workProgramme = programme;
        record(by, at, null, "Placed on the work programme " + programme.municipalYear().label() + ".");
    }

    /** Places the item on a meeting's agenda; the meeting must be the item's own committee's. */
    public void scheduleFor(Meeting meeting) {
        scheduleFor(meeting, null, now());
    }

    /**
     * Places the item on a meeting's agenda: a meeting of the item's committee, not cancelled, and within the
     * year of the item's work programme if it is on one.
     */
    public void scheduleFor(Meeting meeting, User by, LocalDateTime at) {
        requireOpen("meeting");
        checkCanBeHeldAt(meeting);
        this.targetMeeting = meeting;
        record(by, at, null, "Scheduled for the meeting on " + DisplayDate.format(meeting.date()) + ".");
    }

    /**
     * Moves the item to a later meeting. Every deadline moves with it: the caller gives the officer response due
     * date for the new meeting (from the council's deadline rules), and each request still awaiting its officer
     * takes it. A report published for the earlier meeting is published again for the new one.
     *
     * @param officerResponseDue the new due date of open requests, or null to leave them as they are
     */
    public void deferTo(Meeting later, LocalDate officerResponseDue, String reason, User by, LocalDateTime at) {
        requireOpen("meeting");
        if (targetMeeting == null) {
            throw new DomainRuleViolation("meeting", "The item is not on any meeting's agenda, so it cannot be deferred.");
        }
        checkCanBeHeldAt(later);
        if (!later.date().isAfter(targetMeeting.date())) {
            throw new DomainRuleViolation("meeting", "Deferral moves an item to a later meeting; the meeting on "
                    + DisplayDate.format(later.date()) + " is not after the meeting on "
                    + DisplayDate.format(targetMeeting.date()) + ".");
        }
        String why = Text.required(reason, "reason", "Reason for the deferral", 1000);
        Meeting earlier = targetMeeting;
        boolean wasUrgent = urgentAgreement().isPresent();
        this.targetMeeting = later;
        this.publishedOn = null;
        this.urgentAgreement = null;
        if (officerResponseDue != null) {
            requests.forEach(request -> request.moveDue(officerResponseDue));
        }
        record(by, at, why, "Deferred from the meeting on " + DisplayDate.format(earlier.date())
                + " to the meeting on " + DisplayDate.format(later.date())
                + (officerResponseDue == null ? "." : "; officer responses now due "
                        + DisplayDate.format(officerResponseDue) + ".")
                + (wasUrgent ? " The chair's agreement to take it as urgent was for the earlier meeting and lapses."
                        : ""));
    }

    private void checkCanBeHeldAt(Meeting meeting) {
        Required.value(meeting, "meeting", "Meeting is required.");
        if (!Entities.same(meeting.committee(), committee, Committee::id)) {
            throw new DomainRuleViolation("meeting", "The meeting belongs to another committee.");
        }
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw new DomainRuleViolation("meeting", "The meeting on " + DisplayDate.format(meeting.date())
                    + " is cancelled.");
        }
        if (workProgramme != null) {
            workProgramme.checkCanHold(meeting);
        }
    }

    // ---- Triage ----------------------------------------------------------------------------------------------

    /**
     * Records the triage decision on a red flag (or on a monitored item at its review) and moves the item on: no
     * further action closes it, monitor puts it back on the watch list until the review date, report sends it to
     * scoping, and a deep dive (then of that type) goes to its working group, which scopes it itself.
     */
    public void triage(TriageDecision decision, String reason, LocalDate reviewOn, User by, LocalDateTime at) {
        requireOpen("decision");
        if (!TRIAGE_STAGES.contains(stage)) {
            throw new DomainRuleViolation("decision", "Only a red flag awaiting triage, or an item being monitored, "
                    + "can be triaged; this item is at " + words(stage) + ".");
        }
        Required.value(at, "decidedOn", "When the decision was taken is required.");
        Triage decided = new Triage(decision, reason, reviewOn, at.toLocalDate());
        this.triage = decided;
        Stage next = switch (decision) {
            case NO_FURTHER_ACTION -> Stage.NO_FURTHER_ACTION;
            case MONITOR -> Stage.MONITORING;
            case REPORT -> Stage.SCOPING;
            case DEEP_DIVE -> Stage.DEEP_DIVE;
        };
        if (decision == TriageDecision.DEEP_DIVE) {
            this.type = ItemType.DEEP_DIVE;
        } else if (decision == TriageDecision.REPORT && type == ItemType.DEEP_DIVE) {
            this.type = ItemType.REPORT;
        }
        moveStage(next, by, at, decided.reason(), "Triage: " + words(decision)
                + (decided.reviewOn() == null ? "." : ", review on " + DisplayDate.format(decided.reviewOn()) + "."));
    }

    /**
     * Before triage, someone gathers context so the committee does not spend time on a flag that has an easy
     * answer: democratic services, or an officer asked to.
     *
     * @param enquirer the officer asked to make the enquiries, or null when democratic services make them
     */
    public void startBackgroundEnquiries(String whatToFindOut, User enquirer, User by, LocalDateTime at) {
        requireOpen("stage");
        if (stage != Stage.RED_FLAG && stage != Stage.TRIAGE) {
            throw new DomainRuleViolation("stage", "Background enquiries are made before triage; this item is at "
                    + words(stage) + ".");
        }
        String what = Text.required(whatToFindOut, "whatToFindOut", "What to find out", 1000);
        moveStage(Stage.BACKGROUND_ENQUIRIES, by, at, what, "Background enquiries started, by "
                + (enquirer == null ? "democratic services" : enquirer.displayName()) + ".");
    }

    /** What the background enquiries found; the item goes back for triage with them. */
    public void recordBackgroundFindings(String findings, User by, LocalDateTime at) {
        requireOpen("findings");
        if (stage != Stage.BACKGROUND_ENQUIRIES) {
            throw new DomainRuleViolation("findings", "No background enquiries are being made on this item.");
        }
        this.backgroundFindings = Text.required(findings, "findings", "Findings", 4000);
        moveStage(Stage.TRIAGE, by, at, null, "Background enquiries: findings recorded by "
                + Required.value(by, "by", "Who recorded the findings is required.").displayName()
                + "; back for triage.");
    }

    /** The review date of a monitored item has come: it leaves the watch list and goes back for triage. */
    public void returnFromWatchList(LocalDateTime at) {
        requireOpen("stage");
        if (stage != Stage.MONITORING) {
            throw new DomainRuleViolation("stage", "Only an item being monitored comes back for review; this item "
                    + "is at " + words(stage) + ".");
        }
        LocalDate reviewOn = triage == null ? null : triage.reviewOn();
        moveStage(Stage.TRIAGE, null, at, null, (reviewOn == null ? "Review date reached"
                : "Review date " + DisplayDate.format(reviewOn) + " reached") + ": back for triage.");
    }

    // ---- Key lines of enquiry --------------------------------------------------------------------------------

    public LineOfEnquiry addKeyQuestion(String question, User by, LocalDateTime at) {
        return addLine(EnquiryKind.QUESTION, question, by, at);
    }

    public LineOfEnquiry addDataRequest(String dataRequest, User by, LocalDateTime at) {
        return addLine(EnquiryKind.DATA_REQUEST, dataRequest, by, at);
    }

    private LineOfEnquiry addLine(EnquiryKind kind, String text, User by, LocalDateTime at) {
        requireOpen("keyLinesOfEnquiry");
        LineOfEnquiry line = keyLinesOfEnquiry.add(kind, text);
        record(by, at, null, (kind == EnquiryKind.QUESTION ? "Key question added: \"" : "Data request added: \"")
                + line.text() + "\".");
        return line;
    }

    /** Removes a line before any request with it has gone out (an officer may have answered it since). */
    public void removeLineOfEnquiry(LineOfEnquiry line, User by, LocalDateTime at) {
        requireOpen("keyLinesOfEnquiry");
        keyLinesOfEnquiry.remove(line, !requests.isEmpty());
        record(by, at, null, "Line of enquiry removed: \"" + line.text() + "\".");
    }

    /** Which standard data inclusions the report must address; all five unless the committee decides otherwise. */
    public void chooseStandardInclusions(Set<StandardDataInclusion> inclusions, User by, LocalDateTime at) {
        requireOpen("standardInclusions");
        keyLinesOfEnquiry.chooseStandardInclusions(inclusions);
        record(by, at, null, "Standard data inclusions asked for: " + (inclusions.isEmpty() ? "none"
                : inclusions.stream().sorted().map(i -> i.label().toLowerCase()).collect(Collectors.joining(", ")))
                + ".");
    }

    /** The committee agrees the KLOE, ideally one meeting cycle ahead; from now on they are what officers answer. */
    public void agreeKeyLinesOfEnquiry(LocalDate on, User by, LocalDateTime at) {
        agreeKeyLinesOfEnquiry(on, null, by, at);
    }

    /**
     * Agrees the KLOE, and says on the timeline when that is later than the council's rule asks (one meeting cycle
     * ahead): they are agreed anyway, as the meeting still needs its report, but respondents have less time.
     *
     * @param agreeBy the date the deadline rules ask for, or null if none applies
     * @return whether they were agreed late
     */
    public boolean agreeKeyLinesOfEnquiry(LocalDate on, LocalDate agreeBy, User by, LocalDateTime at) {
        requireOpen("keyLinesOfEnquiry");
        keyLinesOfEnquiry.agree(on, by);
        boolean late = agreeBy != null && on.isAfter(agreeBy);
        record(by, at, late ? "Agreed later than one meeting cycle ahead: they should have been agreed by "
                + DisplayDate.format(agreeBy) + ", so respondents have less time." : null,
                "Key lines of enquiry agreed on " + DisplayDate.format(on) + (late ? ", late." : "."));
        return late;
    }

    /** Opens agreed KLOE to change, for instance for a further report; lines already sent out stay. */
    public void reopenKeyLinesOfEnquiry(String reason, User by, LocalDateTime at) {
        requireOpen("keyLinesOfEnquiry");
        String why = Text.required(reason, "reason", "Reason for reopening the key lines of enquiry", 1000);
        keyLinesOfEnquiry.reopen();
        record(by, at, why, "Key lines of enquiry reopened.");
    }

    // ---- Requests to officers --------------------------------------------------------------------------------

    /** Sends the agreed KLOE to an officer, with the date the response is due. */
    public InformationRequest issueRequest(User officer, LocalDate due, User by, LocalDateTime at) {
        return issueRequest(officer, due, null, by, at);
    }

    /**
     * Issues a request due by the officer response deadline of the item's meeting ({@code deadlines}, worked out
     * by the council's rules). When that deadline has passed by the day of issue ({@code at}'s date), as for a
     * further officer asked late or an item taken late, the request is due on the day of issue, later than the rules
     * allow, and its timeline entry says why; when the meeting's publication date has passed too, it says that the
     * report can then be published only as an urgent item with the chair's agreement.
     */
    public InformationRequest issueRequest(User officer, MeetingDeadlines deadlines, User by, LocalDateTime at) {
        requireOpen("request");
        if (targetMeeting == null) {
            throw new DomainRuleViolation("meeting", "The item is not on any meeting's agenda.");
        }
        Required.value(deadlines, "deadlines", "The meeting's deadlines are required.");
        if (!deadlines.meetingDate().equals(targetMeeting.date())) {
            throw new IllegalArgumentException("Deadlines of the meeting on " + deadlines.meetingDate()
                    + " given for an item on the agenda of " + targetMeeting.date());
        }
        LocalDate today = at.toLocalDate();
        LocalDate deadline = deadlines.officerResponseDue();
        if (!deadline.isBefore(today)) {
            return issueRequest(officer, deadline, null, by, at);
        }
        String why = "The officer response deadline (" + DisplayDate.format(deadline) + ") had passed when the "
                + "request was issued, so it is due on the day of issue.";
        if (deadlines.publicationDate().isBefore(today)) {
            why += " The publication date (" + DisplayDate.format(deadlines.publicationDate()) + ") has passed "
                    + "too: the report can be published only late, as an urgent item with the chair's agreement.";
        }
        return issueRequest(officer, today, why, by, at);
    }

    private InformationRequest issueRequest(User officer, LocalDate due, String why, User by, LocalDateTime at) {
        requireOpen("request");
        if (!keyLinesOfEnquiry.isAgreed()) {
            throw new DomainRuleViolation("keyLinesOfEnquiry", "Agree the key lines of enquiry before issuing a "
                    + "request: they are what the officer answers.");
        }
        Required.value(officer, "officer", "The officer the request is for is required.");
        boolean alreadyOpen = requests.stream().anyMatch(r -> Entities.same(r.officer(), officer, User::id)
                && (r.status() == RequestStatus.OPEN || r.status() == RequestStatus.RESPONDED));
        if (alreadyOpen) {
            throw new DomainRuleViolation("officer", "A request to " + officer.displayName() + " is already open.");
        }
        InformationRequest request = new InformationRequest(this, officer, due, by, at);
        requests.add(request);
        record(by, at, why, "Request issued to " + officer.displayName() + ", due " + DisplayDate.format(due) + ".");
        return request;
    }

    public Optional<InformationRequest> findRequest(long requestId) {
        return requests.stream().filter(r -> r.id() != null && r.id() == requestId).findFirst();
    }

    /** Requests whose officer still owes a response. */
    public List<InformationRequest> openRequests() {
        return requests.stream().filter(r -> r.status().awaitsOfficer()).toList();
    }

    // ---- Publication, questions, consideration ---------------------------------------------------------------

    /**
     * The chair agrees to take the item as urgent at its meeting, so its report may be published after the
     * publication date. Recorded by the chair, or by democratic services on the chair's behalf.
     */
    public void agreeUrgent(User chair, String reason, User recordedBy, LocalDateTime at) {
        requireOpen("urgent");
        if (targetMeeting == null) {
            throw new DomainRuleViolation("meeting", "The item is not on any meeting's agenda.");
        }
        if (publishedOn != null) {
            throw new DomainRuleViolation("urgent", "The report is already published.");
        }
        UrgentAgreement agreement = new UrgentAgreement(chair, reason, recordedBy, at);
        this.urgentAgreement = agreement;
        record(recordedBy, at, agreement.reason(), "Taken as an urgent item at the meeting on "
                + DisplayDate.format(targetMeeting.date()) + ", agreed by " + chair.displayName()
                + (Entities.same(chair, recordedBy, User::id) ? "." : " (recorded by " + recordedBy.displayName()
                        + ")."));
    }

    /**
     * The report is published for the item's meeting, by the meeting's publication date or, later, only as an
     * urgent item the chair agreed.
     *
     * @param publicationDate the meeting's publication date under the council's rules
     */
    public void recordPublished(LocalDate on, LocalDate publicationDate, User by, LocalDateTime at) {
        Required.value(on, "publishedOn", "Publication date is required.");
        Required.value(publicationDate, "publicationDate", "The meeting's publication date is required.");
        if (!on.isAfter(publicationDate)) {
            recordPublished(on, by, at);
            return;
        }
        UrgentAgreement agreement = urgentAgreement().orElseThrow(() -> new DomainRuleViolation("publishedOn",
                "Reports for the meeting are published by " + DisplayDate.format(publicationDate) + "; "
                        + DisplayDate.format(on) + " is later, which needs the chair's agreement to take the item "
                        + "as urgent."));
        recordPublished(on, by, at);
        record(by, at, agreement.reason(), "Published after the publication date ("
                + DisplayDate.format(publicationDate) + ") as an urgent item agreed by "
                + agreement.chair().displayName() + ".");
    }

    /** The report is published for the item's meeting. */
    public void recordPublished(LocalDate on, User by, LocalDateTime at) {
        requireOpen("publishedOn");
        Required.value(on, "publishedOn", "Publication date is required.");
        if (targetMeeting == null) {
            throw new DomainRuleViolation("meeting", "The item is not on any meeting's agenda.");
        }
        if (!on.isBefore(targetMeeting.date())) {
            throw new DomainRuleViolation("publishedOn", "Reports are published before the meeting; "
                    + DisplayDate.format(on) + " is not before the meeting on "
                    + DisplayDate.format(targetMeeting.date()) + ".");
        }
        this.publishedOn = on;
        moveStage(Stage.PUBLISHED, by, at, null, "Report published on " + DisplayDate.format(on) + ".");
    }

    /**
     * A member's question on the published report, sent to the report author (or, if the author has no account,
     * the lead officer).
     */
    public Question askQuestion(String question, User member, LocalDateTime at) {
        requireOpen("question");
        if (publishedOn == null) {
            throw new DomainRuleViolation("question", "Questions can be sent once the report is published.");
        }
        User addressee = reportAuthorUser != null ? reportAuthorUser : leadOfficer;
        if (addressee == null) {
            throw new DomainRuleViolation("question",
                    "The item has no report author or lead officer to send the question to.");
        }
        Question asked = new Question(this, question, member, addressee, at);
        questions.add(asked);
        record(member, at, null, "Question from " + member.displayName() + " sent to " + addressee.displayName() + ".");
        return asked;
    }

    /**
     * Records what the committee resolved at the item's meeting, once the meeting has taken place. A further
     * report moves the item to the later meeting (a new cycle: its report will be published again).
     *
     * @param furtherReportAt the later meeting, for {@link Resolution#FURTHER_REPORT} only
     */
    public Outcome recordOutcome(Resolution resolution, String text, Meeting furtherReportAt, User by,
            LocalDateTime at) {
        requireOpen("resolution");
        Required.value(resolution, "resolution", "Resolution is required.");
        String resolved = Text.required(text, "text", "Resolution text", 4000);
        Required.value(at, "recordedAt", "When the outcome was recorded is required.");
        Meeting meeting = requireMeetingHeldBy(at.toLocalDate());
        if (outcomes.stream().anyMatch(o -> Entities.same(o.meeting(), meeting, Meeting::id))) {
            throw new DomainRuleViolation("resolution", "The outcome of the meeting on "
                    + DisplayDate.format(meeting.date()) + " is already recorded.");
        }
        if (resolution == Resolution.FURTHER_REPORT) {
            Required.value(furtherReportAt, "furtherReportAt",
                    "Say which later meeting is to consider the further report.");
            checkCanBeHeldAt(furtherReportAt);
            if (!furtherReportAt.date().isAfter(meeting.date())) {
                throw new DomainRuleViolation("furtherReportAt", "The further report must go to a meeting after "
                        + DisplayDate.format(meeting.date()) + ".");
            }
        } else if (furtherReportAt != null) {
            throw new DomainRuleViolation("furtherReportAt", "Only a further report goes to a later meeting.");
        }
        Outcome outcome = new Outcome(this, meeting, resolution, resolved, furtherReportAt, by, at);
        outcomes.add(outcome);
        moveStage(Stage.CONSIDERED, by, at, null, "Considered at the meeting on " + DisplayDate.format(meeting.date())
                + ": " + words(resolution) + ".");
        if (furtherReportAt != null) {
            this.targetMeeting = furtherReportAt;
            this.publishedOn = null;
            record(by, at, null, "Further report to the meeting on " + DisplayDate.format(furtherReportAt.date()) + ".");
        }
        return outcome;
    }

    /**
     * Records that the committee has considered the item at its meeting. Only possible once the meeting has
     * taken place: an outcome cannot be recorded in advance.
     */
    public void recordConsidered(LocalDate today) {
        requireOpen("meeting");
        Meeting meeting = requireMeetingHeldBy(today);
        moveStage(Stage.CONSIDERED, null, now(), null, "Considered at the meeting on "
                + DisplayDate.format(meeting.date()) + ".");
    }

    private Meeting requireMeetingHeldBy(LocalDate today) {
        if (targetMeeting == null) {
            throw new DomainRuleViolation("meeting", "The item is not on any meeting's agenda.");
        }
        if (targetMeeting.date().isAfter(today)) {
            throw new DomainRuleViolation("meeting", "The meeting on " + DisplayDate.format(targetMeeting.date())
                    + " has not taken place yet.");
        }
        if (targetMeeting.status() == MeetingStatus.CANCELLED) {
            throw new DomainRuleViolation("meeting", "The meeting on " + DisplayDate.format(targetMeeting.date())
                    + " was cancelled.");
        }
        return targetMeeting;
    }

    // ---- Lifecycle -------------------------------------------------------------------------------------------

    /**
     * Moves the item to another stage, for the steps of the lifecycle that carry no data of their own (background
     * enquiries, triage, response review, monitoring of recommendations, closing). The lifecycle process decides
     * which moves are allowed; the item only refuses to move once closed, withdrawn or dropped.
     */
    public void moveTo(Stage to, String reason, User by, LocalDateTime at) {
        requireOpen("stage");
        Required.value(to, "stage", "Stage is required.");
        if (to == stage) {
            throw new DomainRuleViolation("stage", "The item is already at " + words(stage) + ".");
        }
        moveStage(to, by, at, Text.optional(reason, "reason", "Reason", 1000),
                "Moved from " + words(stage) + " to " + words(to) + ".");
    }

    /** Takes the item off the programme; requests still open are withdrawn with it. */
    public void withdraw(String reason, User by, LocalDateTime at) {
        requireOpen("stage");
        String why = Text.required(reason, "reason", "Reason for withdrawing the item", 1000);
        requests.forEach(InformationRequest::withdrawWithItem);
        moveStage(Stage.WITHDRAWN, by, at, why, "Item withdrawn.");
    }

    /**
     * Writes to the timeline, without moving the item, what happened to the parts of its story that are aggregates
     * of their own and cannot write here themselves: its recommendations (their executive response and monitoring)
     * and its deep dive.
     *
     * @param by who acted, or null when the system did (a reminder or an escalation)
     */
    public void recordFollowUp(String whatChanged, String why, User by, LocalDateTime at) {
        requireOpen("stage");
        Required.value(at, "at", "When it happened is required.");
        record(by, at, Text.optional(why, "why", "Reason", 1000), whatChanged);
    }

    void requireOpen(String field) {
        if (!stage.isOpen()) {
            throw new DomainRuleViolation(field, "The item is " + words(stage) + "; it takes no more actions.");
        }
    }

    /** Writes what happened to the timeline without moving the item. */
    void record(User who, LocalDateTime at, String why, String whatChanged) {
        timeline.add(new TimelineEntry(this, ++timelineLength, at, who, stage, stage, why, whatChanged));
        changed(at);
    }

    private void moveStage(Stage to, User who, LocalDateTime at, String why, String whatChanged) {
        TimelineEntry entry = new TimelineEntry(this, ++timelineLength, at, who, stage, to, why, whatChanged);
        this.stage = to;
        timeline.add(entry);
        changed(at);
    }

    /**
     * Every change to the item or its requests writes the timeline, so this is the one place that keeps the row's
     * due date and last update in step with them: a request issued, answered, returned, extended, withdrawn or
     * moved by a deferral always records why.
     */
    private void changed(LocalDateTime at) {
        if (updatedAt == null || at.isAfter(updatedAt)) {
            updatedAt = at;
        }
        nextDue = requests.stream().filter(r -> r.status().awaitsOfficer()).map(InformationRequest::due)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase().replace('_', ' ');
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long id() { return id; }
    public Committee committee() { return committee; }
    public String title() { return title; }
    public String purpose() { return purpose; }
    public ItemType type() { return type; }
    public Origin origin() { return origin; }
    public Stage stage() { return stage; }
    public Meeting targetMeeting() { return targetMeeting; }
    public WorkProgramme workProgramme() { return workProgramme; }
    /** The report author as the agenda names them. */
    public String reportAuthor() { return reportAuthor; }
    /** The report author's account, or null. */
    public User reportAuthorUser() { return reportAuthorUser; }
    public User leadOfficer() { return leadOfficer; }
    public LocalDate publishedOn() { return publishedOn; }
    /** The chair's agreement to take the item as urgent at its current meeting, if given. */
    public Optional<UrgentAgreement> urgentAgreement() {
        return urgentAgreement == null || urgentAgreement.chair() == null ? Optional.empty()
                : Optional.of(urgentAgreement);
    }
    public String backgroundFindings() { return backgroundFindings; }
    /** The latest triage decision, if the item has been triaged. */
    public Optional<Triage> triage() { return Optional.ofNullable(triage); }
    public LocalDateTime createdAt() { return createdAt; }
    /** The earliest due date of the requests still awaiting their officer; null when none awaits one. */
    public Optional<LocalDate> nextDue() { return Optional.ofNullable(nextDue); }
    /** When the timeline last recorded a change (UTC). */
    public LocalDateTime updatedAt() { return updatedAt; }
    public KeyLinesOfEnquiry keyLinesOfEnquiry() { return keyLinesOfEnquiry; }
    public List<InformationRequest> requests() { return Collections.unmodifiableList(requests); }
    public List<Question> questions() { return Collections.unmodifiableList(questions); }
    public List<Outcome> outcomes() { return Collections.unmodifiableList(outcomes); }
    /** The latest outcome, if the committee has considered the item. */
    public Optional<Outcome> outcome() {
        return outcomes.isEmpty() ? Optional.empty() : Optional.of(outcomes.get(outcomes.size() - 1));
    }
    /** Everything that happened to the item, oldest first. */
    public List<TimelineEntry> timeline() { return Collections.unmodifiableList(timeline); }
}
