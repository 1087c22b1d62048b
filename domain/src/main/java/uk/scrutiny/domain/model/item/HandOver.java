package uk.scrutiny.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import uk.scrutiny.domain.model.people.User;

/** A request passed from one officer to another: who had it, who has it now, who passed it on, when and why. */
@Entity
@Table(name = "request_hand_over")
public class HandOver {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", nullable = false)
    private InformationRequest request;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "from_officer_id", nullable = false)
    private User fromOfficer;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "to_officer_id", nullable = false)
    private User toOfficer;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "handed_by_id", nullable = false)
    private User handedBy;

    @Column(name = "handed_at", nullable = false)
    private LocalDateTime handedAt; // UTC

    @Column(nullable = false, length = 1000)
    private String reason;

    protected HandOver() {
        // for JPA
    }

    HandOver(InformationRequest request, User fromOfficer, User toOfficer, User handedBy, LocalDateTime handedAt,
            String reason) {
        this.request = request;
        this.fromOfficer = fromOfficer;
        this.toOfficer = toOfficer;
        this.handedBy = handedBy;
        this.handedAt = handedAt;
        this.reason = reason;
    }

    public Long id() { return id; }
    public InformationRequest request() { return request; }
    public User fromOfficer() { return fromOfficer; }
    public User toOfficer() { return toOfficer; }
    public User handedBy() { return handedBy; }
    public LocalDateTime handedAt() { return handedAt; }
    public String reason() { return reason; }
}
