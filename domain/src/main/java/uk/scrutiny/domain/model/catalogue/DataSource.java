package uk.scrutiny.domain.model.catalogue;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.Text;

/**
 * An entry of the committee's data source catalogue (Table 1 of the toolkit): where members look when horizon
 * scanning or gathering evidence for a deep dive, and how to use it well. Red flags name the source they came from.
 */
// In the shared cache (persistence.xml says why).
@Cacheable
@Entity
@Table(name = "data_source")
public class DataSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The row number printed in the toolkit's table, where it has one. */
    @Column(name = "table_number")
    private Integer tableNumber;

    @Column(length = 200)
    private String section;

    @Column(nullable = false, unique = true, length = 300)
    private String name;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Accessibility accessibility;

    @Column(name = "accessibility_note", length = 1000)
    private String accessibilityNote;

    @Column(length = 300)
    private String remit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Scope scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Application application;

    @Column(name = "application_note", length = 1000)
    private String applicationNote;

    @Column(name = "primary_source", nullable = false)
    private boolean primarySource;

    @Column(length = 4000)
    private String notes;

    @Column(length = 1000)
    private String link;

    @Column(name = "update_frequency", length = 200)
    private String updateFrequency;

    @Column(name = "last_reviewed")
    private LocalDate lastReviewed;

    @Version
    private int version;

    protected DataSource() {
        // for JPA
    }

    public DataSource(String name, String description, Accessibility accessibility, Scope scope,
            Application application, boolean primarySource) {
        this.name = Text.required(name, "name", "Name", 300);
        this.description = Text.optional(description, "description", "Description", 4000);
        this.accessibility = Objects.requireNonNull(accessibility, "Accessibility is required.");
        this.scope = Objects.requireNonNull(scope, "Scope is required.");
        this.application = Objects.requireNonNull(application, "Application is required.");
        this.primarySource = primarySource;
    }

    /** Where the source sits in the toolkit's table. */
    public DataSource placeInCatalogue(Integer tableNumber, String section) {
        this.tableNumber = tableNumber;
        this.section = Text.optional(section, "section", "Section", 200);
        return this;
    }

    /** The advice that helps a member use the source well. */
    public DataSource describeUse(String remit, String accessibilityNote, String applicationNote, String notes,
            String updateFrequency, String link) {
        this.remit = Text.optional(remit, "remit", "Remit", 300);
        this.accessibilityNote = Text.optional(accessibilityNote, "accessibilityNote", "Accessibility note", 1000);
        this.applicationNote = Text.optional(applicationNote, "applicationNote", "Application note", 1000);
        this.notes = Text.optional(notes, "notes", "Notes", 4000);
        this.updateFrequency = Text.optional(updateFrequency, "updateFrequency", "Update frequency", 200);
        String trimmedLink = Text.optional(link, "link", "Link", 1000);
        if (trimmedLink != null && !trimmedLink.matches("https?://\\S+")) {
            throw new DomainRuleViolation("link", "Link must be a web address starting with http:// or https://.");
        }
        this.link = trimmedLink;
        return this;
    }

    /** Horizon-scanning sources are reviewed together once a year; this records that review. */
    public void recordReview(LocalDate reviewedOn) {
        if (reviewedOn == null) {
            throw new DomainRuleViolation("lastReviewed", "Review date is required.");
        }
        this.lastReviewed = reviewedOn;
    }

    public Long id() { return id; }
    public Integer tableNumber() { return tableNumber; }
    public String section() { return section; }
    public String name() { return name; }
    public String description() { return description; }
    public Accessibility accessibility() { return accessibility; }
    public String accessibilityNote() { return accessibilityNote; }
    public String remit() { return remit; }
    public Scope scope() { return scope; }
    public Application application() { return application; }
    public String applicationNote() { return applicationNote; }
    public boolean primarySource() { return primarySource; }
    public String notes() { return notes; }
    public String link() { return link; }
    public String updateFrequency() { return updateFrequency; }
    public LocalDate lastReviewed() { return lastReviewed; }
}
