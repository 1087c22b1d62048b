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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.Text;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.Meeting;

/**
 * A topic on a committee's work programme, from the red flag that raised it to the closing of its last
 * recommendation. The stage moves only through the lifecycle, never by a setter.
 */
@Entity
@Table(name = "scrutiny_item")
public class ScrutinyItem {

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

    @Column(length = 300)
    private String origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Stage stage;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_meeting_id")
    private Meeting targetMeeting;

    @Column(name = "report_author", length = 300)
    private String reportAuthor;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt; // UTC

    @Version
    private int version;

    protected ScrutinyItem() {
        // for JPA
    }

    /** An item put straight onto the work programme, as a committee does when it sets its annual programme. */
    public ScrutinyItem(Committee committee, String title, String purpose, ItemType type, String origin) {
        this.committee = Objects.requireNonNull(committee, "Committee is required.");
        this.title = Text.required(title, "title", "Title", 300);
        this.purpose = Text.optional(purpose, "purpose", "Purpose", 2000);
        this.type = Objects.requireNonNull(type, "Item type is required.");
        this.origin = Text.optional(origin, "origin", "Origin", 300);
        this.stage = Stage.SCOPING;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** Places the item on a meeting's agenda; the meeting must be the item's own committee's. */
    public void scheduleFor(Meeting meeting) {
        Objects.requireNonNull(meeting, "Meeting is required.");
        if (!Objects.equals(meeting.committee().id(), committee.id())) {
            throw new DomainRuleViolation("meeting", "The meeting belongs to another committee.");
        }
        this.targetMeeting = meeting;
    }

    /**
     * Records that the committee has considered the item at its meeting. Only possible once the meeting has
     * taken place: an outcome cannot be recorded in advance.
     */
    public void recordConsidered(LocalDate today) {
        if (targetMeeting == null) {
            throw new DomainRuleViolation("meeting", "The item is not on any meeting's agenda.");
        }
        if (targetMeeting.date().isAfter(today)) {
            throw new DomainRuleViolation("meeting", "The meeting on " + targetMeeting.date()
                    + " has not taken place yet.");
        }
        this.stage = Stage.CONSIDERED;
    }

    public void nameReportAuthor(String reportAuthor) {
        this.reportAuthor = Text.optional(reportAuthor, "reportAuthor", "Report author", 300);
    }

    public Long id() { return id; }
    public Committee committee() { return committee; }
    public String title() { return title; }
    public String purpose() { return purpose; }
    public ItemType type() { return type; }
    public String origin() { return origin; }
    public Stage stage() { return stage; }
    public Meeting targetMeeting() { return targetMeeting; }
    public String reportAuthor() { return reportAuthor; }
    public LocalDateTime createdAt() { return createdAt; }
}
