package uk.scrutiny.domain.model.redflag;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.Required;
import uk.scrutiny.domain.model.Text;
import uk.scrutiny.domain.model.catalogue.DataSource;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.people.User;

/**
 * Something a member noticed while horizon scanning that may deserve the committee's time: an indicator (or an
 * observation, when there is no single figure) read from a source of the catalogue, the evidence, the member's
 * answers to the data-quality prompts and why it matters. It is raised for a committee, whose chair and vice-chair
 * triage it through the scrutiny item it starts.
 */
@Entity
@Table(name = "red_flag")
public class RedFlag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "committee_id", nullable = false)
    private Committee committee;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "data_source_id", nullable = false)
    private DataSource dataSource;

    @Column(name = "indicator_name", length = 300)
    private String indicator;

    @Column(length = 2000)
    private String observation;

    @Embedded
    private Evidence evidence;

    @Embedded
    private DataQuality dataQuality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Severity severity;

    @Column(name = "why_it_matters", nullable = false, length = 2000)
    private String whyItMatters;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "raised_by_id", nullable = false)
    private User raisedBy;

    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;

    @Version
    private int version;

    protected RedFlag() {
        // for JPA
    }

    /**
     * @param indicator the measure, as the source names it ("Re-referrals within 12 months"); or null with an
     *     observation
     * @param observation what the member saw, when there is no single indicator; or null with an indicator
     */
    public RedFlag(Committee committee, DataSource dataSource, String indicator, String observation,
            Severity severity, String whyItMatters, User raisedBy, LocalDate raisedOn) {
        this.committee = Required.value(committee, "committee", "Committee is required.");
        this.dataSource = Required.value(dataSource, "dataSource",
                "Data source is required: say which source of the catalogue the red flag comes from.");
        this.indicator = Text.optional(indicator, "indicator", "Indicator", 300);
        this.observation = Text.optional(observation, "observation", "Observation", 2000);
        if (this.indicator == null && this.observation == null) {
            throw new DomainRuleViolation("indicator", "Name the indicator or describe the observation.");
        }
        reassess(severity, whyItMatters);
        this.raisedBy = Required.value(raisedBy, "raisedBy", "Who raised the red flag is required.");
        this.raisedOn = Required.value(raisedOn, "raisedOn", "The date the red flag was raised is required.");
    }

    /** Records (or corrects) the figures behind the flag. */
    public void recordEvidence(Evidence evidence) {
        this.evidence = Required.value(evidence, "evidence", "Evidence is required.");
    }

    /** Records the member's answers to the toolkit's prompts; unanswered ones stay visible at triage. */
    public void answerDataQualityPrompts(DataQuality answers) {
        this.dataQuality = Required.value(answers, "dataQuality", "Answers to the data-quality prompts are required.");
    }

    /** Severity and why it matters may be revised as background enquiries add context. */
    public void reassess(Severity severity, String whyItMatters) {
        this.severity = Required.value(severity, "severity", "Severity is required.");
        this.whyItMatters = Text.required(whyItMatters, "whyItMatters", "Why it matters", 2000);
    }

    /** What the flag is about, in a few words: the indicator, or else the observation. */
    public String subject() {
        return indicator != null ? indicator : observation;
    }

    public Long id() { return id; }
    public Committee committee() { return committee; }
    public DataSource dataSource() { return dataSource; }
    public String indicator() { return indicator; }
    public String observation() { return observation; }
    /** Never null: {@link Evidence#NONE} until evidence is recorded. */
    public Evidence evidence() { return evidence == null ? Evidence.NONE : evidence; }
    /** Never null: {@link DataQuality#UNANSWERED} until answers are recorded. */
    public DataQuality dataQuality() { return dataQuality == null ? DataQuality.UNANSWERED : dataQuality; }
    public Severity severity() { return severity; }
    public String whyItMatters() { return whyItMatters; }
    public User raisedBy() { return raisedBy; }
    public LocalDate raisedOn() { return raisedOn; }
}
