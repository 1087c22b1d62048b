package uk.scrutiny.domain.model.committee;

import jakarta.persistence.Cacheable;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.Text;

/**
 * A meeting of a committee. Its date drives every deadline of the items on its agenda, so the date is changed
 * only through {@link #reschedule}, never set directly.
 */
// In the shared cache (persistence.xml says why).
@Cacheable
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "committee_id", nullable = false)
    private Committee committee;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(length = 300)
    private String venue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status;

    @Version
    private int version;

    protected Meeting() {
        // for JPA
    }

    public Meeting(Committee committee, LocalDate date, LocalTime startTime, String venue) {
        this.committee = Objects.requireNonNull(committee, "Committee is required.");
        if (date == null) {
            throw new DomainRuleViolation("date", "Meeting date is required.");
        }
        this.date = date;
        this.startTime = startTime;
        this.venue = Text.optional(venue, "venue", "Venue", 300);
        this.status = MeetingStatus.SCHEDULED;
    }

    /** Moves the meeting; every deadline computed from it moves with it. */
    public void reschedule(LocalDate newDate, LocalTime newStartTime) {
        if (status != MeetingStatus.SCHEDULED) {
            throw new DomainRuleViolation("date", "Only a scheduled meeting can be moved; this one is "
                    + status.name().toLowerCase() + ".");
        }
        if (newDate == null) {
            throw new DomainRuleViolation("date", "Meeting date is required.");
        }
        this.date = newDate;
        this.startTime = newStartTime;
    }

    public void recordHeld() {
        if (status == MeetingStatus.CANCELLED) {
            throw new DomainRuleViolation("status", "A cancelled meeting cannot be recorded as held.");
        }
        this.status = MeetingStatus.HELD;
    }

    public void cancel() {
        if (status == MeetingStatus.HELD) {
            throw new DomainRuleViolation("status", "A meeting that has been held cannot be cancelled.");
        }
        this.status = MeetingStatus.CANCELLED;
    }

    public Long id() {
        return id;
    }

    public Committee committee() {
        return committee;
    }

    public LocalDate date() {
        return date;
    }

    public LocalTime startTime() {
        return startTime;
    }

    public String venue() {
        return venue;
    }

    public MeetingStatus status() {
        return status;
    }
}
