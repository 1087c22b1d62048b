package uk.scrutiny.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.Required;
import uk.scrutiny.domain.model.Text;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.people.User;

/**
 * The chair's agreement to take an item as urgent: the only way its report may be published after the meeting's
 * publication date. Who agreed (a chair), why, when, and who recorded it (the chair, or democratic services on the
 * chair's behalf when the chair agreed by phone or e-mail).
 */
@Embeddable
public class UrgentAgreement {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "urgent_chair_id")
    private User chair;

    @Column(name = "urgent_reason", length = 1000)
    private String reason;

    @Column(name = "urgent_agreed_at")
    private LocalDateTime agreedAt; // UTC

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "urgent_recorded_by_id")
    private User recordedBy;

    protected UrgentAgreement() {
        // for JPA
    }

    public UrgentAgreement(User chair, String reason, User recordedBy, LocalDateTime agreedAt) {
        this.chair = Required.value(chair, "chair", "The chair who agreed is required.");
        if (!chair.hasRole(Role.CHAIR)) {
            throw new DomainRuleViolation("chair", chair.displayName() + " is not a chair: only a chair (or "
                    + "vice-chair) agrees an urgent item.");
        }
        this.reason = Text.required(reason, "reason", "Reason the item is urgent", 1000);
        this.recordedBy = Required.value(recordedBy, "recordedBy", "Who recorded the agreement is required.");
        this.agreedAt = Required.value(agreedAt, "agreedAt", "When the chair agreed is required.");
    }

    public User chair() { return chair; }
    public String reason() { return reason; }
    public LocalDateTime agreedAt() { return agreedAt; }
    public User recordedBy() { return recordedBy; }
}
