package uk.scrutiny.domain.model.deepdive;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.Required;
import uk.scrutiny.domain.model.Text;

/** One session of a deep dive: an evidence session with witnesses, a site visit or a survey, on a date. */
@Entity
@Table(name = "evidence_session")
public class EvidenceSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "deep_dive_id", nullable = false)
    private DeepDive deepDive;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EvidenceKind kind;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(length = 4000)
    private String notes;

    @ElementCollection
    @CollectionTable(name = "evidence_session_witness", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "list_index")
    private List<Witness> witnesses = new ArrayList<>();

    protected EvidenceSession() {
        // for JPA
    }

    EvidenceSession(DeepDive deepDive, EvidenceKind kind, String title, LocalDate heldOn) {
        this.deepDive = deepDive;
        this.kind = Required.value(kind, "kind", "Kind of session is required.");
        this.title = Text.required(title, "title", "Session title", 300);
        this.heldOn = Required.value(heldOn, "heldOn", "Session date is required.");
    }

    public void addWitness(Witness witness) {
        deepDive.requireNotConcluded("witnesses");
        Required.value(witness, "witnesses", "Witness is required.");
        if (witnesses.contains(witness)) {
            throw new DomainRuleViolation("witnesses", witness.name() + " is already a witness of this session.");
        }
        witnesses.add(witness);
    }

    public void recordNotes(String notes) {
        deepDive.requireNotConcluded("notes");
        this.notes = Text.optional(notes, "notes", "Notes", 4000);
    }

    public Long id() { return id; }
    public DeepDive deepDive() { return deepDive; }
    public EvidenceKind kind() { return kind; }
    public String title() { return title; }
    public LocalDate heldOn() { return heldOn; }
    public String notes() { return notes; }
    public List<Witness> witnesses() { return List.copyOf(witnesses); }
}
