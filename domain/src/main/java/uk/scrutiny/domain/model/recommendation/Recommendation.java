package uk.scrutiny.domain.model.recommendation;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.Entities;
import uk.scrutiny.domain.model.Required;
import uk.scrutiny.domain.model.Text;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.deadline.DeadlineCalculator;
import uk.scrutiny.domain.model.deepdive.DeepDive;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.people.User;

/**
 * A recommendation of the committee (or of a deep dive) to a decision maker such as Cabinet or a portfolio holder:
 * SMART text, the day it was made, and the day the executive's response is due (two months later by default). Once
 * the executive responds, an accepted or partly accepted recommendation is monitored with RAG updates until it is
 * achieved (green); every update is kept, so the committee sees how it got there.
 */
@Entity
@Table(name = "recommendation")
public class Recommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", nullable = false)
    private ScrutinyItem item;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deep_dive_id")
    private DeepDive deepDive;

    @Column(name = "recommendation_text", nullable = false, length = 2000)
    private String text;

    @Column(name = "decision_maker", nullable = false, length = 200)
    private String decisionMaker;

    @Column(name = "made_on", nullable = false)
    private LocalDate madeOn;

    @Column(name = "executive_response_due", nullable = false)
    private LocalDate executiveResponseDue;

    /** The "time-bound" of SMART: by when the recommendation should be achieved, if it says. */
    @Column(name = "target_date")
    private LocalDate targetDate;

    @Embedded
    private ExecutiveResponse executiveResponse;

    /** The latest RAG status, kept with the recommendation so lists can filter on it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "rag_status", length = 10)
    private RagStatus ragStatus;

    @Column(name = "achieved_on")
    private LocalDate achievedOn;

    @OneToMany(mappedBy = "recommendation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("recordedOn, id")
    private List<ImplementationUpdate> updates = new ArrayList<>();

    @Version
    private int version;

    protected Recommendation() {
        // for JPA
    }

    /**
     * A recommendation whose executive response due date the caller has worked out (or agreed with the executive).
     *
     * @param deepDive the deep dive it came from, or null for a recommendation made at a meeting
     */
    public Recommendation(ScrutinyItem item, DeepDive deepDive, String text, String decisionMaker, LocalDate madeOn,
            LocalDate executiveResponseDue) {
        this.item = Required.value(item, "item", "Scrutiny item is required.");
        if (deepDive != null && !Entities.same(deepDive.item(), item, ScrutinyItem::id)) {
            throw new DomainRuleViolation("deepDive", "The deep dive is into another item.");
        }
        this.deepDive = deepDive;
        this.text = Text.required(text, "text", "Recommendation", 2000);
        this.decisionMaker = Text.required(decisionMaker, "decisionMaker", "Decision maker", 200);
        this.madeOn = Required.value(madeOn, "madeOn", "The date the recommendation was made is required.");
        this.executiveResponseDue = Required.value(executiveResponseDue, "executiveResponseDue",
                "The date the executive response is due is required.");
        if (!executiveResponseDue.isAfter(madeOn)) {
            throw new DomainRuleViolation("executiveResponseDue", "The executive response due date ("
                    + DisplayDate.format(executiveResponseDue) + ") must be after the recommendation was made ("
                    + DisplayDate.format(madeOn) + ").");
        }
    }

    /** A recommendation whose executive response is due by the council's rules (two months by default). */
    public static Recommendation made(ScrutinyItem item, DeepDive deepDive, String text, String decisionMaker,
            LocalDate madeOn, DeadlineCalculator deadlines) {
        Required.value(madeOn, "madeOn", "The date the recommendation was made is required.");
        Required.value(deadlines, "deadlines", "Deadline rules are required.");
        return new Recommendation(item, deepDive, text, decisionMaker, madeOn,
                deadlines.executiveResponseDue(madeOn).date());
    }

    /** The SMART "time-bound": by when it should be achieved. */
    public void aimFor(LocalDate target) {
        if (target != null && target.isBefore(madeOn)) {
            throw new DomainRuleViolation("targetDate", "The target date (" + DisplayDate.format(target)
                    + ") cannot be before the recommendation was made (" + DisplayDate.format(madeOn) + ").");
        }
        this.targetDate = target;
    }

    /** Records the executive's response; it is given once. */
    public void recordExecutiveResponse(ExecutiveResponse response) {
        Required.value(response, "decision", "The executive's response is required.");
        if (executiveResponse != null) {
            throw new DomainRuleViolation("decision", "The executive already responded on "
                    + DisplayDate.format(executiveResponse.respondedOn()) + ".");
        }
        if (response.respondedOn().isBefore(madeOn)) {
            throw new DomainRuleViolation("respondedOn", "The executive cannot respond ("
                    + DisplayDate.format(response.respondedOn()) + ") before the recommendation was made ("
                    + DisplayDate.format(madeOn) + ").");
        }
        this.executiveResponse = response;
    }

    /**
     * A monitoring update: the RAG status with notes. Only accepted or partly accepted recommendations are
     * monitored; green means achieved and ends monitoring. Earlier updates are kept.
     */
    public ImplementationUpdate updateImplementation(RagStatus status, String notes, LocalDate on, User by) {
        if (executiveResponse == null) {
            throw new DomainRuleViolation("ragStatus", "The executive has not responded yet; only an accepted "
                    + "recommendation is monitored.");
        }
        if (!executiveResponse.decision().isMonitored()) {
            throw new DomainRuleViolation("ragStatus", "The recommendation was rejected; it is not monitored.");
        }
        if (achievedOn != null) {
            throw new DomainRuleViolation("ragStatus", "The recommendation was achieved on "
                    + DisplayDate.format(achievedOn) + "; monitoring has ended.");
        }
        Required.value(status, "ragStatus", "RAG status is required.");
        String checkedNotes = Text.required(notes, "notes", "Note on progress", 2000);
        Required.value(on, "recordedOn", "The date of the update is required.");
        if (on.isBefore(executiveResponse.respondedOn())) {
            throw new DomainRuleViolation("recordedOn", "An update (" + DisplayDate.format(on)
                    + ") cannot come before the executive's response (" + DisplayDate.format(executiveResponse.respondedOn())
                    + ").");
        }
        Optional<ImplementationUpdate> last = latestUpdate();
        if (last.isPresent() && on.isBefore(last.get().recordedOn())) {
            throw new DomainRuleViolation("recordedOn", "An update (" + DisplayDate.format(on)
                    + ") cannot come before the previous one (" + DisplayDate.format(last.get().recordedOn()) + ").");
        }
        ImplementationUpdate update = new ImplementationUpdate(this, status, checkedNotes, on, by);
        updates.add(update);
        this.ragStatus = status;
        if (status == RagStatus.GREEN) {
            this.achievedOn = on;
        }
        return update;
    }

    public boolean isAwaitingExecutiveResponse() {
        return executiveResponse == null;
    }

    /** The response is late: none yet, and the due date has passed. */
    public boolean isExecutiveResponseOverdue(LocalDate today) {
        return executiveResponse == null && executiveResponseDue.isBefore(today);
    }

    /** Accepted (in full or in part) and not yet achieved. */
    public boolean isBeingMonitored() {
        return executiveResponse != null && executiveResponse.decision().isMonitored() && achievedOn == null;
    }

    /**
     * Nothing more will happen to it: rejected by the executive, or achieved. An item closes when every one of its
     * recommendations is settled.
     */
    public boolean isSettled() {
        return executiveResponse != null && (!executiveResponse.decision().isMonitored() || achievedOn != null);
    }

    public boolean isAchieved() {
        return achievedOn != null;
    }

    public Optional<ImplementationUpdate> latestUpdate() {
        return updates.isEmpty() ? Optional.empty() : Optional.of(updates.get(updates.size() - 1));
    }

    public Long id() { return id; }
    public ScrutinyItem item() { return item; }
    public DeepDive deepDive() { return deepDive; }
    public String text() { return text; }
    public String decisionMaker() { return decisionMaker; }
    public LocalDate madeOn() { return madeOn; }
    public LocalDate executiveResponseDue() { return executiveResponseDue; }
    public LocalDate targetDate() { return targetDate; }
    public Optional<ExecutiveResponse> executiveResponse() { return Optional.ofNullable(executiveResponse); }
    public RagStatus ragStatus() { return ragStatus; }
    public LocalDate achievedOn() { return achievedOn; }
    /** Every monitoring update, oldest first. */
    public List<ImplementationUpdate> updates() { return Collections.unmodifiableList(updates); }
}
