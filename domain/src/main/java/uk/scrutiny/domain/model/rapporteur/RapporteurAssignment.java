package uk.scrutiny.domain.model.rapporteur;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.Required;
import uk.scrutiny.domain.model.Text;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.catalogue.DataSource;
import uk.scrutiny.domain.model.committee.CommitteeMember;

/**
 * A committee member made rapporteur for either an area (such as "SEND and inclusion") or a data source of the
 * catalogue, never both: the committee needs to know who reports back on what. An assignment ends rather than being
 * deleted, so the committee can see who looked after a source before.
 */
@Entity
@Table(name = "rapporteur_assignment")
public class RapporteurAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "committee_member_id", nullable = false)
    private CommitteeMember member;

    @Column(length = 300)
    private String area;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "data_source_id")
    private DataSource dataSource;

    @Column(name = "assigned_on", nullable = false)
    private LocalDate assignedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Version
    private int version;

    protected RapporteurAssignment() {
        // for JPA
    }

    private RapporteurAssignment(CommitteeMember member, String area, DataSource dataSource, LocalDate assignedOn) {
        this.member = Required.value(member, "member", "Committee member is required.");
        this.area = area;
        this.dataSource = dataSource;
        this.assignedOn = Required.value(assignedOn, "assignedOn", "The date of the assignment is required.");
    }

    public static RapporteurAssignment forArea(CommitteeMember member, String area, LocalDate assignedOn) {
        return new RapporteurAssignment(member, Text.required(area, "area", "Area", 300), null, assignedOn);
    }

    public static RapporteurAssignment forDataSource(CommitteeMember member, DataSource dataSource,
            LocalDate assignedOn) {
        return new RapporteurAssignment(member, null,
                Required.value(dataSource, "dataSource", "Data source is required."), assignedOn);
    }

    /** The member stops being rapporteur; the assignment stays on record. */
    public void end(LocalDate on) {
        Required.value(on, "endedOn", "The date the assignment ends is required.");
        if (endedOn != null) {
            throw new DomainRuleViolation("endedOn", "This assignment already ended on "
                    + DisplayDate.format(endedOn) + ".");
        }
        if (on.isBefore(assignedOn)) {
            throw new DomainRuleViolation("endedOn", "An assignment cannot end (" + DisplayDate.format(on)
                    + ") before it began (" + DisplayDate.format(assignedOn) + ").");
        }
        this.endedOn = on;
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(assignedOn) && (endedOn == null || !day.isAfter(endedOn));
    }

    /** What the member reports on: the area, or the data source's name. */
    public String subject() {
        return area != null ? area : dataSource.name();
    }

    public Long id() { return id; }
    public CommitteeMember member() { return member; }
    public String area() { return area; }
    public DataSource dataSource() { return dataSource; }
    public LocalDate assignedOn() { return assignedOn; }
    public LocalDate endedOn() { return endedOn; }
}
