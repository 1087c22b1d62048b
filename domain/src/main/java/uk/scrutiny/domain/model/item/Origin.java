package uk.scrutiny.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.Entities;
import uk.scrutiny.domain.model.Required;
import uk.scrutiny.domain.model.Text;
import uk.scrutiny.domain.model.redflag.RedFlag;

/**
 * Where an item came from: its kind, a short description as the work programme shows it ("Work programme",
 * "Referred by Cabinet, 4 June") and, for an item raised while horizon scanning, the red flag itself, so the
 * evidence that started the work stays one click away.
 */
@Embeddable
public class Origin {

    @Enumerated(EnumType.STRING)
    @Column(name = "origin_kind", nullable = false, length = 30)
    private OriginKind kind;

    @Column(name = "origin", length = 300)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "red_flag_id")
    private RedFlag redFlag;

    protected Origin() {
        // for JPA
    }

    private Origin(OriginKind kind, String description, RedFlag redFlag) {
        this.kind = Required.value(kind, "origin", "Origin is required.");
        this.description = Text.optional(description, "origin", "Origin", 300);
        this.redFlag = redFlag;
    }

    /** Any origin but a red flag, which needs the flag itself ({@link #redFlag(RedFlag)}). */
    public static Origin of(OriginKind kind, String description) {
        if (kind == OriginKind.RED_FLAG) {
            throw new DomainRuleViolation("origin", "An item from a red flag must name the red flag.");
        }
        return new Origin(kind, description, null);
    }

    public static Origin workProgramme(String description) {
        return of(OriginKind.WORK_PROGRAMME, description);
    }

    public static Origin redFlag(RedFlag redFlag) {
        Required.value(redFlag, "redFlag", "Red flag is required.");
        return new Origin(OriginKind.RED_FLAG, "Red flag: " + redFlag.subject(), redFlag);
    }

    public OriginKind kind() { return kind; }
    public String description() { return description; }
    /** The red flag the item was raised from, or null for any other origin. */
    public RedFlag redFlag() { return redFlag; }

    @Override
    public boolean equals(Object other) {
        return other instanceof Origin that && kind == that.kind && Objects.equals(description, that.description)
                && Entities.same(redFlag, that.redFlag, RedFlag::id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, description);
    }
}
