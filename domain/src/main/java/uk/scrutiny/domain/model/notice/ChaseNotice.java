package uk.scrutiny.domain.model.notice;

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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import uk.scrutiny.domain.model.Required;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.people.User;

/**
 * A reminder or escalation the system sent about an officer's response, and its e-mail. Recorded when its timer
 * fires, in that transaction; the e-mail is sent afterwards (the notice is its outbox entry), so a mail server that
 * is down never loses the notice nor holds up the timer, and the tries are kept: how many, the last failure, when
 * the next is due.
 */
@Entity
@Table(name = "chase_notice")
public class ChaseNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private ScrutinyItem item;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private InformationRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private NoticeKind kind;

    @Column(name = "threshold_days", nullable = false, updatable = false)
    private int thresholdDays;

    /** The due date the notice was for: a due date that moves gets notices of its own. */
    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate due;

    /** The officer holding the request when the notice was sent. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "officer_id", nullable = false, updatable = false)
    private User officer;

    /** E-mail addresses, comma-separated. */
    @Column(nullable = false, length = 1000, updatable = false)
    private String recipient;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt; // UTC

    @Enumerated(EnumType.STRING)
    @Column(name = "email_status", nullable = false, length = 20)
    private EmailStatus emailStatus;

    @Column(name = "email_attempts", nullable = false)
    private int emailAttempts;

    @Column(name = "email_last_error", length = 1000)
    private String emailLastError;

    /** When the e-mail is next tried (UTC); while a try is under way, when that try is given up for lost. */
    @Column(name = "email_next_try")
    private LocalDateTime emailNextTry;

    @Column(name = "email_sent_at")
    private LocalDateTime emailSentAt;

    @Version
    private long version;

    protected ChaseNotice() {
        // for JPA
    }

    private ChaseNotice(InformationRequest request, NoticeKind kind, int thresholdDays, String recipient,
            LocalDateTime at) {
        this.request = Required.value(request, "request", "The request the notice is about is required.");
        this.item = request.item();
        this.kind = Required.value(kind, "kind", "The kind of notice is required.");
        this.thresholdDays = thresholdDays;
        this.due = request.due();
        this.officer = request.officer();
        this.recipient = Required.value(recipient, "recipient", "Who the notice goes to is required.");
        this.createdAt = Required.value(at, "createdAt", "When the notice was sent is required.");
        this.emailStatus = EmailStatus.PENDING;
        this.emailNextTry = at;
    }

    /** A reminder to the officer holding the request, {@code workingDaysLeft} before its due date. */
    public static ChaseNotice reminder(InformationRequest request, int workingDaysLeft, LocalDateTime at) {
        return new ChaseNotice(request, NoticeKind.REMINDER, workingDaysLeft, request.officer().email(), at);
    }

    /** The escalation of an overdue response to democratic services, at {@code democraticServices}. */
    public static ChaseNotice escalation(InformationRequest request, String democraticServices, LocalDateTime at) {
        return new ChaseNotice(request, NoticeKind.ESCALATION, ChasingRules.ESCALATION_WORKING_DAYS,
                democraticServices, at);
    }

    /**
     * Takes the e-mail for one try if it is due, so that two senders (two servers on one database) never both send
     * it: the try holds it until {@code giveUpAt}, after which a try that never reported back is taken as lost.
     */
    public boolean takeForSending(LocalDateTime now, LocalDateTime giveUpAt) {
        if (emailStatus != EmailStatus.PENDING || (emailNextTry != null && emailNextTry.isAfter(now))) {
            return false;
        }
        emailNextTry = giveUpAt;
        return true;
    }

    public void emailSent(LocalDateTime at) {
        emailAttempts++;
        emailStatus = EmailStatus.SENT;
        emailSentAt = at;
        emailNextTry = null;
    }

    /**
     * A try failed: another follows after {@code retryAfter}, unless this was try {@code lastTry}; then the e-mail
     * is given up and the notice stays as the record that it was due.
     */
    public void emailFailed(String why, LocalDateTime at, Duration retryAfter, int lastTry) {
        emailAttempts++;
        String reason = Objects.requireNonNullElse(why, "unknown reason");
        emailLastError = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        if (emailAttempts >= lastTry) {
            emailStatus = EmailStatus.FAILED;
            emailNextTry = null;
        } else {
            emailNextTry = at.plus(retryAfter);
        }
    }

    /** What the notice said, as the item's timeline shows it. */
    public String describe() {
        String dueOn = DisplayDate.format(due);
        return switch (kind) {
            case REMINDER -> "Reminder sent to " + officer.displayName() + ": the response is due on " + dueOn + ", "
                    + thresholdDays + " working day" + (thresholdDays == 1 ? "" : "s") + " left.";
            case ESCALATION -> "Response overdue (due " + dueOn + "): escalated to democratic services, who chase "
                    + officer.displayName() + " for it.";
        };
    }

    /** The e-mail's state in plain words, for democratic services. */
    public String describeEmail() {
        return switch (emailStatus) {
            case SENT -> "E-mailed to " + recipient + (emailAttempts > 1 ? " after " + emailAttempts + " tries, the "
                    + "last failure because " + emailLastError : ".");
            case PENDING -> emailAttempts == 0 ? "E-mail to " + recipient + " not sent yet."
                    : "E-mail to " + recipient + " not sent yet: " + emailAttempts + " tr" + (emailAttempts == 1
                            ? "y" : "ies") + " failed, the last because " + emailLastError;
            case FAILED -> "E-mail to " + recipient + " given up after " + emailAttempts + " tries, the last failing "
                    + "because " + emailLastError;
        };
    }

    public Long id() { return id; }
    public ScrutinyItem item() { return item; }
    public InformationRequest request() { return request; }
    public NoticeKind kind() { return kind; }
    public int thresholdDays() { return thresholdDays; }
    public LocalDate due() { return due; }
    public User officer() { return officer; }
    public String recipient() { return recipient; }
    public LocalDateTime createdAt() { return createdAt; }
    public EmailStatus emailStatus() { return emailStatus; }
    public int emailAttempts() { return emailAttempts; }
    public String emailLastError() { return emailLastError; }
    public LocalDateTime emailNextTry() { return emailNextTry; }
    public LocalDateTime emailSentAt() { return emailSentAt; }
}
