package uk.scrutiny.domain.model.recommendation;

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
import java.time.LocalDate;
import uk.scrutiny.domain.model.people.User;

/** One monitoring update of a recommendation: its RAG status on a day, with notes and who recorded it. */
@Entity
@Table(name = "implementation_update")
public class ImplementationUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "recommendation_id", nullable = false)
    private Recommendation recommendation;

    @Enumerated(EnumType.STRING)
    @Column(name = "rag_status", nullable = false, length = 10)
    private RagStatus status;

    @Column(nullable = false, length = 2000)
    private String notes;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recorded_by_id")
    private User recordedBy;

    protected ImplementationUpdate() {
        // for JPA
    }

    ImplementationUpdate(Recommendation recommendation, RagStatus status, String notes, LocalDate recordedOn,
            User recordedBy) {
        this.recommendation = recommendation;
        this.status = status;
        this.notes = notes;
        this.recordedOn = recordedOn;
        this.recordedBy = recordedBy;
    }

    public Long id() { return id; }
    public Recommendation recommendation() { return recommendation; }
    public RagStatus status() { return status; }
    public String notes() { return notes; }
    public LocalDate recordedOn() { return recordedOn; }
    public User recordedBy() { return recordedBy; }
}
