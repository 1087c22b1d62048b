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
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.people.User;

/**
 * What the committee resolved when it considered the item at a meeting, in its words. An item asked back for a
 * further report is considered again at a later meeting, so an item can have one outcome per meeting.
 */
@Entity
@Table(name = "item_outcome")
public class Outcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", nullable = false)
    private ScrutinyItem item;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Resolution resolution;

    @Column(name = "resolution_text", nullable = false, length = 4000)
    private String text;

    /** For a further report: the meeting that will consider it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "further_meeting_id")
    private Meeting furtherReportAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recorded_by_id")
    private User recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt; // UTC

    protected Outcome() {
        // for JPA
    }

    Outcome(ScrutinyItem item, Meeting meeting, Resolution resolution, String text, Meeting furtherReportAt,
            User recordedBy, LocalDateTime recordedAt) {
        this.item = item;
        this.meeting = meeting;
        this.resolution = resolution;
        this.text = text;
        this.furtherReportAt = furtherReportAt;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() { return id; }
    public ScrutinyItem item() { return item; }
    public Meeting meeting() { return meeting; }
    public Resolution resolution() { return resolution; }
    public String text() { return text; }
    public Meeting furtherReportAt() { return furtherReportAt; }
    public User recordedBy() { return recordedBy; }
    public LocalDateTime recordedAt() { return recordedAt; }
    /** The day of the meeting that resolved it. */
    public LocalDate decidedOn() { return meeting.date(); }
}
