package uk.scrutiny.domain.model.item;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.Entities;
import uk.scrutiny.domain.model.Required;
import uk.scrutiny.domain.model.Text;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.people.User;

/**
 * A request for information sent to an officer with the item's key lines of enquiry, and everything that happens
 * to it: extensions asked for and decided, hand-overs to colleagues, the officer's response and democratic
 * services' review of it. The due date moves only by a granted extension or when the item's meeting moves.
 *
 * <p>Part of the {@link ScrutinyItem} aggregate: each change is written to the item's timeline, and the item is
 * what is stored.
 */
@Entity
@Table(name = "information_request")
public class InformationRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", nullable = false)
    private ScrutinyItem item;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "officer_id", nullable = false)
    private User officer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issued_by_id")
    private User issuedBy;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt; // UTC

    @Column(name = "due_date", nullable = false)
    private LocalDate due;

    @Column(name = "original_due_date", nullable = false)
    private LocalDate originalDue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestStatus status;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("askedAt, id")
    private List<ExtensionRequest> extensions = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("handedAt, id")
    private List<HandOver> handOvers = new ArrayList<>();

    @OneToOne(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    private OfficerResponse response;

    protected InformationRequest() {
        // for JPA
    }

    InformationRequest(ScrutinyItem item, User officer, LocalDate due, User issuedBy, LocalDateTime issuedAt) {
        this.item = item;
        this.officer = Required.value(officer, "officer", "The officer the request is for is required.");
        this.issuedBy = issuedBy;
        this.issuedAt = Required.value(issuedAt, "issuedAt", "When the request was issued is required.");
        Required.value(due, "due", "Due date is required.");
        if (due.isBefore(issuedAt.toLocalDate())) {
            throw new DomainRuleViolation("due", "The due date (" + DisplayDate.format(due)
                    + ") cannot be before the request is issued (" + DisplayDate.format(issuedAt.toLocalDate()) + ").");
        }
        this.due = due;
        this.originalDue = due;
        this.status = RequestStatus.OPEN;
    }

    /** The officer asks for more time; one extension at a time awaits a decision. */
    public ExtensionRequest askForExtension(LocalDate until, String reason, User by, LocalDateTime at) {
        requireAwaitingOfficer("extension");
        pendingExtension().ifPresent(pending -> {
            throw new DomainRuleViolation("extension", "An extension asked for on "
                    + DisplayDate.format(pending.askedAt().toLocalDate()) + " is still awaiting a decision.");
        });
        ExtensionRequest extension = new ExtensionRequest(this, until, reason, by, at);
        extensions.add(extension);
        item.record(by, at, extension.reason(), "Extension asked for by " + by.displayName() + ": to "
                + DisplayDate.format(until) + " instead of " + DisplayDate.format(due) + ".");
        return extension;
    }

    /**
     * Grants an extension, to the date asked for or (with {@code until}) another one; the due date moves to it.
     * An extension is decided once.
     */
    public void grantExtension(ExtensionRequest extension, LocalDate until, String note, User by, LocalDateTime at) {
        requireOwn(extension);
        requireAwaitingOfficer("extension");
        LocalDate newDue = until != null ? until : extension.requestedDue();
        LocalDate oldDue = due;
        extension.grant(newDue, note, by, at);
        this.due = newDue;
        item.record(by, at, extension.decisionReason(), "Extension granted for the request to "
                + officer.displayName() + ": due " + DisplayDate.format(newDue) + " instead of "
                + DisplayDate.format(oldDue) + ".");
    }

    public void refuseExtension(ExtensionRequest extension, String why, User by, LocalDateTime at) {
        requireOwn(extension);
        extension.refuse(why, by, at);
        item.record(by, at, extension.decisionReason(), "Extension refused for the request to "
                + officer.displayName() + "; still due " + DisplayDate.format(due) + ".");
    }

    /** Passes the request to a colleague, who answers it from now on; the hand-over stays in its history. */
    public HandOver handOver(User to, String reason, User by, LocalDateTime at) {
        requireAwaitingOfficer("officer");
        Required.value(to, "officer", "The officer to hand the request to is required.");
        if (Entities.same(to, officer, User::id)) {
            throw new DomainRuleViolation("officer", "The request is already with " + officer.displayName() + ".");
        }
        String why = Text.required(reason, "reason", "Reason for the hand-over", 1000);
        HandOver handOver = new HandOver(this, officer,  to,
                Required.value(by, "handedBy", "Who hands the request over is required."),
                Required.value(at, "handedAt", "When the request was handed over is required."), why);
        handOvers.add(handOver);
        User from = officer;
        this.officer = to;
        item.record(by, at, why, "Request handed over from " + from.displayName() + " to " + to.displayName() + ".");
        return handOver;
    }

    /** The response the officer is working on, started if there is none yet. */
    public OfficerResponse draftResponse() {
        requireAwaitingOfficer("response");
        if (response == null) {
            response = new OfficerResponse(this);
        }
        return response;
    }

    /**
     * Sends the response to democratic services; refused while a line or a standard inclusion is unanswered. An
     * extension still awaiting a decision is closed as no longer needed, so it does not wait on democratic
     * services for nothing.
     */
    public void submitResponse(User by, LocalDateTime at) {
        requireAwaitingOfficer("response");
        if (response == null) {
            throw new DomainRuleViolation("response", "There is no response to submit yet.");
        }
        response.submit(by, at);
        this.status = RequestStatus.RESPONDED;
        item.record(by, at, null, "Response submitted by " + by.displayName() + ".");
        pendingExtension().ifPresent(pending -> {
            pending.closeAsNotNeeded(at);
            item.record(by, at, pending.decisionReason(), "Extension asked for on "
                    + DisplayDate.format(pending.askedAt().toLocalDate()) + " (to "
                    + DisplayDate.format(pending.requestedDue()) + ") closed undecided: no longer needed.");
        });
    }

    public void acceptResponse(User by, LocalDateTime at) {
        requireResponded();
        Required.value(by, "acceptedBy", "Who accepts the response is required.");
        response.accept();
        this.status = RequestStatus.ACCEPTED;
        item.record(by, at, null, "Response from " + officer.displayName() + " accepted.");
    }

    /** Sends the response back to the officer for more; it becomes a draft again and the request awaits it. */
    public void returnResponse(String reason, User by, LocalDateTime at) {
        requireResponded();
        String why = Text.required(reason, "reason", "What more is needed", 1000);
        Required.value(by, "returnedBy", "Who returns the response is required.");
        response.returnForMore(why);
        this.status = RequestStatus.OPEN;
        item.record(by, at, why, "Response from " + officer.displayName() + " returned for more.");
    }

    /** The request is no longer needed; a pending extension is left undecided, as there is nothing to extend. */
    public void withdraw(String reason, User by, LocalDateTime at) {
        if (status == RequestStatus.ACCEPTED || status == RequestStatus.WITHDRAWN) {
            throw new DomainRuleViolation("request", "The request is already " + status.name().toLowerCase() + ".");
        }
        String why = Text.required(reason, "reason", "Reason for withdrawing the request", 1000);
        Required.value(by, "withdrawnBy", "Who withdraws the request is required.");
        this.status = RequestStatus.WITHDRAWN;
        item.record(by, at, why, "Request to " + officer.displayName() + " withdrawn.");
    }

    /** Follows the item's meeting when it moves; only a request still awaiting the officer has a deadline to move. */
    void moveDue(LocalDate newDue) {
        if (status.awaitsOfficer()) {
            this.due = newDue;
        }
    }

    /** Withdrawn with the item, without a timeline entry of its own (the item's says why). */
    void withdrawWithItem() {
        if (status == RequestStatus.OPEN || status == RequestStatus.RESPONDED) {
            this.status = RequestStatus.WITHDRAWN;
        }
    }

    public boolean isOverdue(LocalDate today) {
        return status.awaitsOfficer() && due.isBefore(today);
    }

    public Optional<ExtensionRequest> pendingExtension() {
        return extensions.stream().filter(ExtensionRequest::isPending).findFirst();
    }

    private void requireOwn(ExtensionRequest extension) {
        Required.value(extension, "extension", "Extension is required.");
        if (!extensions.contains(extension)) {
            throw new DomainRuleViolation("extension", "That extension was asked for on another request.");
        }
    }

    private void requireAwaitingOfficer(String field) {
        item.requireOpen(field);
        if (!status.awaitsOfficer()) {
            throw new DomainRuleViolation(field, switch (status) {
                case RESPONDED -> "The response has been submitted and is being reviewed.";
                case ACCEPTED -> "The response has been accepted; the request is complete.";
                case WITHDRAWN -> "The request was withdrawn.";
                case OPEN -> throw new IllegalStateException();
            });
        }
    }

    private void requireResponded() {
        if (status != RequestStatus.RESPONDED) {
            throw new DomainRuleViolation("response", "There is no submitted response to review; the request is "
                    + status.name().toLowerCase() + ".");
        }
    }

    public Long id() { return id; }
    public ScrutinyItem item() { return item; }
    public User officer() { return officer; }
    public User issuedBy() { return issuedBy; }
    public LocalDateTime issuedAt() { return issuedAt; }
    public LocalDate due() { return due; }
    public LocalDate originalDue() { return originalDue; }
    public RequestStatus status() { return status; }
    public List<ExtensionRequest> extensions() { return Collections.unmodifiableList(extensions); }
    public List<HandOver> handOvers() { return Collections.unmodifiableList(handOvers); }
    public Optional<OfficerResponse> response() { return Optional.ofNullable(response); }
}
