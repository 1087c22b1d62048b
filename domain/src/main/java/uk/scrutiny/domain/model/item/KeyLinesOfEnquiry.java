package uk.scrutiny.domain.model.item;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.Required;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.people.User;

/**
 * The key lines of enquiry (KLOE) of an item: the questions the report must answer, any specific data requests,
 * and which of the standard data inclusions are asked for (all five unless the committee says otherwise). The
 * committee agrees them, ideally one meeting cycle ahead; once agreed they are what officers answer, so they change
 * only if the item reopens them, and a line officers may already have answered is never removed.
 *
 * <p>Part of the {@link ScrutinyItem} aggregate: changed only through the item.
 */
@Entity
@Table(name = "key_lines_of_enquiry")
public class KeyLinesOfEnquiry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", nullable = false, unique = true)
    private ScrutinyItem item;

    @OneToMany(mappedBy = "keyLinesOfEnquiry", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<LineOfEnquiry> lines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kloe_standard_inclusion", joinColumns = @JoinColumn(name = "kloe_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "inclusion", nullable = false, length = 40)
    private Set<StandardDataInclusion> standardInclusions = new HashSet<>(EnumSet.allOf(StandardDataInclusion.class));

    @Column(name = "agreed_on")
    private LocalDate agreedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreed_by_id")
    private User agreedBy;

    protected KeyLinesOfEnquiry() {
        // for JPA
    }

    KeyLinesOfEnquiry(ScrutinyItem item) {
        this.item = item;
    }

    LineOfEnquiry add(EnquiryKind kind, String text) {
        requireNotAgreed();
        int next = lines.stream().mapToInt(LineOfEnquiry::position).max().orElse(0) + 1;
        LineOfEnquiry line = new LineOfEnquiry(this, next, kind, text);
        boolean duplicate = lines.stream().anyMatch(l -> l.text().equalsIgnoreCase(line.text()));
        if (duplicate) {
            throw new DomainRuleViolation(kind == EnquiryKind.QUESTION ? "question" : "dataRequest",
                    "This line of enquiry is already there: \"" + line.text() + "\".");
        }
        lines.add(line);
        return line;
    }

    void remove(LineOfEnquiry line, boolean mayHaveAnswers) {
        requireNotAgreed();
        if (!lines.contains(line)) {
            throw new DomainRuleViolation("line", "That line of enquiry is not one of this item's.");
        }
        if (mayHaveAnswers) {
            throw new DomainRuleViolation("line", "A request with these lines of enquiry has been issued, so "
                    + "officers may have answered this one; it cannot be removed.");
        }
        lines.remove(line);
    }

    void chooseStandardInclusions(Set<StandardDataInclusion> inclusions) {
        requireNotAgreed();
        Required.value(inclusions, "standardInclusions", "Standard data inclusions are required.");
        standardInclusions.clear();
        standardInclusions.addAll(inclusions);
    }

    void agree(LocalDate on, User by) {
        Required.value(on, "agreedOn", "The date the KLOE were agreed is required.");
        requireNotAgreed();
        if (lines.isEmpty()) {
            throw new DomainRuleViolation("keyLinesOfEnquiry",
                    "Add at least one question or data request before agreeing the key lines of enquiry.");
        }
        this.agreedOn = on;
        this.agreedBy = by;
    }

    void reopen() {
        if (agreedOn == null) {
            throw new DomainRuleViolation("keyLinesOfEnquiry", "The key lines of enquiry are not agreed yet.");
        }
        this.agreedOn = null;
        this.agreedBy = null;
    }

    private void requireNotAgreed() {
        if (agreedOn != null) {
            throw new DomainRuleViolation("keyLinesOfEnquiry", "The key lines of enquiry were agreed on "
                    + DisplayDate.format(agreedOn) + "; reopen them to change them.");
        }
    }

    /** Questions and data requests, in the order they were added. */
    public List<LineOfEnquiry> lines() {
        return Collections.unmodifiableList(lines);
    }

    public List<LineOfEnquiry> questions() {
        return lines.stream().filter(l -> l.kind() == EnquiryKind.QUESTION).toList();
    }

    public List<LineOfEnquiry> dataRequests() {
        return lines.stream().filter(l -> l.kind() == EnquiryKind.DATA_REQUEST).toList();
    }

    public Set<StandardDataInclusion> standardInclusions() {
        return standardInclusions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(standardInclusions));
    }

    public boolean isAgreed() {
        return agreedOn != null;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public Long id() { return id; }
    public ScrutinyItem item() { return item; }
    public LocalDate agreedOn() { return agreedOn; }
    public User agreedBy() { return agreedBy; }
}
