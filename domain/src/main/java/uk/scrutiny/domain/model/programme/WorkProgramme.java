package uk.scrutiny.domain.model.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import uk.scrutiny.domain.model.Entities;
import uk.scrutiny.domain.model.Required;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.Meeting;

/**
 * A committee's work programme for one municipal year: what it means to consider, and at which of its meetings.
 * Items are placed on it with {@link uk.scrutiny.domain.model.item.ScrutinyItem#placeOn} and scheduled with
 * {@link uk.scrutiny.domain.model.item.ScrutinyItem#scheduleFor}, which ask this programme whether it can hold the
 * meeting. The committee agrees the programme (usually at the start of the year) and it is then published.
 */
@Entity
@Table(name = "work_programme")
public class WorkProgramme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "committee_id", nullable = false)
    private Committee committee;

    @Convert(converter = MunicipalYearConverter.class)
    @Column(name = "start_year", nullable = false)
    private MunicipalYear municipalYear;

    @Column(name = "agreed_on")
    private LocalDate agreedOn;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Version
    private int version;

    protected WorkProgramme() {
        // for JPA
    }

    public WorkProgramme(Committee committee, MunicipalYear municipalYear) {
        this.committee = Required.value(committee, "committee", "Committee is required.");
        this.municipalYear = Required.value(municipalYear, "municipalYear", "Municipal year is required.");
    }

    /** Whether a day lies within this programme's municipal year. */
    public boolean covers(LocalDate day) {
        return municipalYear.contains(day);
    }

    public boolean belongsTo(Committee other) {
        return Entities.same(committee, other, Committee::id);
    }

    /**
     * Refuses a meeting this programme cannot hold: another committee's, or one outside the municipal year (the
     * next year's programme is a different one, agreed by possibly different members).
     */
    public void checkCanHold(Meeting meeting) {
        Required.value(meeting, "meeting", "Meeting is required.");
        if (!belongsTo(meeting.committee())) {
            throw new DomainRuleViolation("meeting", "The meeting belongs to another committee, not to "
                    + committee.name() + ".");
        }
        if (!covers(meeting.date())) {
            throw new DomainRuleViolation("meeting", "The meeting on " + DisplayDate.format(meeting.date())
                    + " is outside the municipal year " + municipalYear.label() + " of this work programme ("
                    + DisplayDate.format(municipalYear.startDate()) + " to "
                    + DisplayDate.format(municipalYear.endDate()) + ").");
        }
    }

    /** The committee agrees its programme; agreeing again (after a revision in the year) moves the date. */
    public void agree(LocalDate on) {
        this.agreedOn = Required.value(on, "agreedOn", "The date the programme was agreed is required.");
    }

    /** Makes the programme public; only an agreed programme is, never a draft. */
    public void publish(LocalDate on) {
        Required.value(on, "publishedOn", "Publication date is required.");
        if (agreedOn == null) {
            throw new DomainRuleViolation("publishedOn", "The work programme must be agreed before it is published.");
        }
        if (on.isBefore(agreedOn)) {
            throw new DomainRuleViolation("publishedOn", "The work programme cannot be published ("
                    + DisplayDate.format(on) + ") before it was agreed (" + DisplayDate.format(agreedOn) + ").");
        }
        this.publishedOn = on;
    }

    public boolean isPublished() {
        return publishedOn != null;
    }

    public Long id() { return id; }
    public Committee committee() { return committee; }
    public MunicipalYear municipalYear() { return municipalYear; }
    public LocalDate agreedOn() { return agreedOn; }
    public LocalDate publishedOn() { return publishedOn; }
}
