package uk.scrutiny.domain.model.deepdive;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.Entities;
import uk.scrutiny.domain.model.Required;
import uk.scrutiny.domain.model.Text;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeMember;
import uk.scrutiny.domain.model.item.ScrutinyItem;

/**
 * A deep dive into one scrutiny item: its scope, the working group (members of the item's committee), its evidence
 * sessions and findings, concluded by a final report. Once the final report is done the deep dive is a record:
 * nothing more is added. Its recommendations are {@link uk.scrutiny.domain.model.recommendation.Recommendation}s
 * that name it.
 */
@Entity
@Table(name = "deep_dive")
public class DeepDive {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", nullable = false, unique = true)
    private ScrutinyItem item;

    @Column(nullable = false, length = 2000)
    private String scope;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "final_report_on")
    private LocalDate finalReportOn;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "deep_dive_member", joinColumns = @JoinColumn(name = "deep_dive_id"),
            inverseJoinColumns = @JoinColumn(name = "committee_member_id"))
    private List<CommitteeMember> workingGroup = new ArrayList<>();

    @OneToMany(mappedBy = "deepDive", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("heldOn, id")
    private List<EvidenceSession> sessions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "deep_dive_finding", joinColumns = @JoinColumn(name = "deep_dive_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "finding_text", nullable = false, length = 2000)
    private List<String> findings = new ArrayList<>();

    @Version
    private int version;

    protected DeepDive() {
        // for JPA
    }

    public DeepDive(ScrutinyItem item, String scope, LocalDate startedOn) {
        this.item = Required.value(item, "item", "Scrutiny item is required.");
        this.scope = Text.required(scope, "scope", "Scope", 2000);
        this.startedOn = Required.value(startedOn, "startedOn", "Start date is required.");
    }

    public void rescope(String newScope) {
        requireNotConcluded("scope");
        this.scope = Text.required(newScope, "scope", "Scope", 2000);
    }

    /** Adds a member of the item's committee to the working group. */
    public void addMember(CommitteeMember member) {
        requireNotConcluded("workingGroup");
        Required.value(member, "workingGroup", "Committee member is required.");
        if (!Entities.same(member.committee(), item.committee(), Committee::id)) {
            throw new DomainRuleViolation("workingGroup", member.name() + " is not a member of "
                    + item.committee().name() + ".");
        }
        if (workingGroup.stream().anyMatch(m -> Entities.same(m, member, CommitteeMember::id))) {
            throw new DomainRuleViolation("workingGroup", member.name() + " is already in the working group.");
        }
        workingGroup.add(member);
    }

    /**
     * Takes a member out of the working group. A deep dive under way keeps at least one member: its evidence and
     * final report are the working group's; so the last one is replaced by adding someone first.
     */
    public void removeMember(CommitteeMember member) {
        requireNotConcluded("workingGroup");
        Required.value(member, "workingGroup", "Committee member is required.");
        if (workingGroup.stream().noneMatch(m -> Entities.same(m, member, CommitteeMember::id))) {
            throw new DomainRuleViolation("workingGroup", member.name() + " is not in the working group.");
        }
        if (workingGroup.size() == 1) {
            throw new DomainRuleViolation("workingGroup", member.name() + " is the only member of the working "
                    + "group. Add another member before removing them.");
        }
        workingGroup.removeIf(m -> Entities.same(m, member, CommitteeMember::id));
    }

    /** Plans or records a session; witnesses and notes are added to it. */
    public EvidenceSession addSession(EvidenceKind kind, String title, LocalDate heldOn) {
        requireNotConcluded("sessions");
        EvidenceSession session = new EvidenceSession(this, kind, title, heldOn);
        if (heldOn.isBefore(startedOn)) {
            throw new DomainRuleViolation("heldOn", "A session cannot be held (" + DisplayDate.format(heldOn)
                    + ") before the deep dive started (" + DisplayDate.format(startedOn) + ").");
        }
        sessions.add(session);
        return session;
    }

    public void recordFinding(String finding) {
        requireNotConcluded("findings");
        findings.add(Text.required(finding, "findings", "Finding", 2000));
    }

    /** The final report concludes the deep dive; it needs a working group and at least one finding. */
    public void completeFinalReport(LocalDate on) {
        requireNotConcluded("finalReportOn");
        Required.value(on, "finalReportOn", "The date of the final report is required.");
        if (workingGroup.isEmpty()) {
            throw new DomainRuleViolation("workingGroup", "A deep dive needs a working group before its final report.");
        }
        if (findings.isEmpty()) {
            throw new DomainRuleViolation("findings", "Record at least one finding before the final report.");
        }
        if (on.isBefore(startedOn)) {
            throw new DomainRuleViolation("finalReportOn", "The final report (" + DisplayDate.format(on)
                    + ") cannot come before the deep dive started (" + DisplayDate.format(startedOn) + ").");
        }
        this.finalReportOn = on;
    }

    public boolean isConcluded() {
        return finalReportOn != null;
    }

    void requireNotConcluded(String field) {
        if (isConcluded()) {
            throw new DomainRuleViolation(field, "The deep dive concluded with its final report on "
                    + DisplayDate.format(finalReportOn) + "; it can no longer be changed.");
        }
    }

    public Long id() { return id; }
    public ScrutinyItem item() { return item; }
    public String scope() { return scope; }
    public LocalDate startedOn() { return startedOn; }
    public LocalDate finalReportOn() { return finalReportOn; }
    public List<CommitteeMember> workingGroup() { return Collections.unmodifiableList(workingGroup); }
    public List<EvidenceSession> sessions() { return Collections.unmodifiableList(sessions); }
    public List<String> findings() { return List.copyOf(findings); }
}
