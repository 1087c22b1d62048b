package uk.scrutiny.domain.model.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import uk.scrutiny.domain.model.Text;
import uk.scrutiny.domain.model.deadline.DeadlineRules;

/**
 * The council whose committees use this installation, and the deadline rules its constitution sets (publication
 * five clear working days before a meeting, and so on). Changing the rules moves every computed deadline.
 */
@Entity
@Table(name = "council")
public class Council {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "publication_clear_days", nullable = false)
    private int publicationClearDays;

    @Column(name = "officer_response_days", nullable = false)
    private int officerResponseDays;

    @Column(name = "executive_response_months", nullable = false)
    private int executiveResponseMonths;

    @Column(name = "meeting_cycle_months", nullable = false)
    private int meetingCycleMonths;

    @Version
    private int version;

    protected Council() {
        // for JPA
    }

    public Council(String name, DeadlineRules rules) {
        rename(name);
        changeDeadlineRules(rules);
    }

    public void rename(String name) {
        this.name = Text.required(name, "name", "Council name", 200);
    }

    /** The rules are validated by {@link DeadlineRules} itself, so a council can never hold invalid ones. */
    public void changeDeadlineRules(DeadlineRules rules) {
        Objects.requireNonNull(rules, "Deadline rules are required.");
        this.publicationClearDays = rules.publicationClearWorkingDays();
        this.officerResponseDays = rules.officerResponseWorkingDays();
        this.executiveResponseMonths = rules.executiveResponseMonths();
        this.meetingCycleMonths = rules.meetingCycleMonths();
    }

    public DeadlineRules deadlineRules() {
        return new DeadlineRules(publicationClearDays, officerResponseDays, executiveResponseMonths,
                meetingCycleMonths);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }
}
