package uk.scrutiny.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.Required;
import uk.scrutiny.domain.model.Text;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.people.User;

/**
 * An officer's request for more time to respond, and democratic services' decision on it. Decided once: a granted
 * or refused extension stays as it was decided, and a new one must be asked for. One still pending when the
 * officer submits the response closes as no longer needed. Kept after the decision, so the
 * request's history shows every extension asked, granted and refused.
 */
@Entity
@Table(name = "extension_request")
public class ExtensionRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", nullable = false)
    private InformationRequest request;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "asked_by_id", nullable = false)
    private User askedBy;

    @Column(name = "asked_at", nullable = false)
    private LocalDateTime askedAt; // UTC

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "requested_due", nullable = false)
    private LocalDate requestedDue;

    @Column(name = "previous_due", nullable = false)
    private LocalDate previousDue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExtensionDecision decision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private User decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt; // UTC

    @Column(name = "granted_due")
    private LocalDate grantedDue;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    protected ExtensionRequest() {
        // for JPA
    }

    ExtensionRequest(InformationRequest request, LocalDate requestedDue, String reason, User askedBy,
            LocalDateTime askedAt) {
        this.request = request;
        this.previousDue = request.due();
        this.requestedDue = Required.value(requestedDue, "requestedDue", "The new due date asked for is required.");
        if (!requestedDue.isAfter(previousDue)) {
            throw new DomainRuleViolation("requestedDue", "The new due date (" + DisplayDate.format(requestedDue)
                    + ") must be after the current due date (" + DisplayDate.format(previousDue) + ").");
        }
        this.reason = Text.required(reason, "reason", "Reason for the extension", 1000);
        this.askedBy = Required.value(askedBy, "askedBy", "Who asks for the extension is required.");
        this.askedAt = Required.value(askedAt, "askedAt", "When the extension was asked for is required.");
        this.decision = ExtensionDecision.PENDING;
    }

    void grant(LocalDate until, String note, User by, LocalDateTime at) {
        requirePending();
        Required.value(until, "grantedDue", "The new due date is required.");
        if (!until.isAfter(previousDue)) {
            throw new DomainRuleViolation("grantedDue", "The new due date (" + DisplayDate.format(until)
                    + ") must be after the current due date (" + DisplayDate.format(previousDue) + ").");
        }
        decide(ExtensionDecision.GRANTED, Text.optional(note, "decisionReason", "Note", 1000), by, at);
        this.grantedDue = until;
    }

    void refuse(String why, User by, LocalDateTime at) {
        requirePending();
        decide(ExtensionDecision.REFUSED, Text.required(why, "decisionReason", "Reason for refusing", 1000), by, at);
    }

    /** The response came in before a decision: nothing is left to extend, so the extension closes undecided. */
    void closeAsNotNeeded(LocalDateTime at) {
        requirePending();
        this.decision = ExtensionDecision.NOT_NEEDED;
        this.decidedAt = Required.value(at, "decidedAt", "When the extension was closed is required.");
        this.decisionReason = "No longer needed: the response was submitted.";
    }

    private void decide(ExtensionDecision decision, String decisionReason, User by, LocalDateTime at) {
        this.decidedBy = Required.value(by, "decidedBy", "Who decides on the extension is required.");
        this.decidedAt = Required.value(at, "decidedAt", "When the extension was decided is required.");
        this.decision = decision;
        this.decisionReason = decisionReason;
    }

    private void requirePending() {
        if (decision != ExtensionDecision.PENDING) {
            throw new DomainRuleViolation("extension", "This extension was already "
                    + decision.name().toLowerCase() + (decidedAt == null ? "" : " on "
                    + DisplayDate.format(decidedAt.toLocalDate())) + "; ask for a new one to change the due date again.");
        }
    }

    public boolean isPending() {
        return decision == ExtensionDecision.PENDING;
    }

    public Long id() { return id; }
    public InformationRequest request() { return request; }
    public User askedBy() { return askedBy; }
    public LocalDateTime askedAt() { return askedAt; }
    public String reason() { return reason; }
    public LocalDate requestedDue() { return requestedDue; }
    public LocalDate previousDue() { return previousDue; }
    public ExtensionDecision decision() { return decision; }
    public User decidedBy() { return decidedBy; }
    public LocalDateTime decidedAt() { return decidedAt; }
    public LocalDate grantedDue() { return grantedDue; }
    public String decisionReason() { return decisionReason; }
}
