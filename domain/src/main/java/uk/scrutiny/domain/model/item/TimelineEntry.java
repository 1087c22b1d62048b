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
import java.time.LocalDateTime;
import uk.scrutiny.domain.model.Required;
import uk.scrutiny.domain.model.Text;
import uk.scrutiny.domain.model.people.User;

/**
 * One line of an item's history: who did what, when, why, and the stage before and after (the same stage when the
 * action did not move the item). Written by the item itself whenever it changes, never edited afterwards, so the
 * history is what the committee and the officers can rely on when a deadline or a decision is questioned.
 */
@Entity
@Table(name = "item_timeline_entry")
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", nullable = false)
    private ScrutinyItem item;

    /** 1, 2, 3… in the order the item wrote them: entries of one action share a time, and ids are not ordered. */
    @Column(name = "entry_number", nullable = false)
    private int number;

    @Column(name = "happened_at", nullable = false)
    private LocalDateTime happenedAt; // UTC

    /** Null when the system acted (a timer, the demo data), not a person. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User who;

    /** Null for the entry that records the item's creation. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 40)
    private Stage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 40)
    private Stage toStage;

    @Column(length = 1000)
    private String why;

    @Column(name = "what_changed", nullable = false, length = 1000)
    private String whatChanged;

    protected TimelineEntry() {
        // for JPA
    }

    TimelineEntry(ScrutinyItem item, int number, LocalDateTime happenedAt, User who, Stage fromStage, Stage toStage,
            String why, String whatChanged) {
        this.item = item;
        this.number = number;
        this.happenedAt = Required.value(happenedAt, "happenedAt", "When it happened is required.");
        this.who = who;
        this.fromStage = fromStage;
        this.toStage = Required.value(toStage, "stage", "Stage is required.");
        this.why = Text.optional(why, "why", "Reason", 1000);
        this.whatChanged = shorten(Text.required(whatChanged, "whatChanged", "What changed", Integer.MAX_VALUE));
    }

    /** What changed is written by the item from user text, so it is shortened rather than refused. */
    private static String shorten(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }

    /** Whether this entry moved the item to another stage. */
    public boolean isTransition() {
        return fromStage != toStage;
    }

    public Long id() { return id; }
    public int number() { return number; }
    public ScrutinyItem item() { return item; }
    public LocalDateTime happenedAt() { return happenedAt; }
    public User who() { return who; }
    public Stage fromStage() { return fromStage; }
    public Stage toStage() { return toStage; }
    public String why() { return why; }
    public String whatChanged() { return whatChanged; }
}
