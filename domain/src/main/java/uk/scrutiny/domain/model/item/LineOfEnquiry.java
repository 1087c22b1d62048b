package uk.scrutiny.domain.model.item;

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
import uk.scrutiny.domain.model.Text;

/** One key line of enquiry: a question the report must answer, or a specific request for data. */
@Entity
@Table(name = "line_of_enquiry")
public class LineOfEnquiry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "kloe_id", nullable = false)
    private KeyLinesOfEnquiry keyLinesOfEnquiry;

    @Column(name = "list_index", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnquiryKind kind;

    @Column(name = "enquiry_text", nullable = false, length = 2000)
    private String text;

    protected LineOfEnquiry() {
        // for JPA
    }

    LineOfEnquiry(KeyLinesOfEnquiry keyLinesOfEnquiry, int position, EnquiryKind kind, String text) {
        this.keyLinesOfEnquiry = keyLinesOfEnquiry;
        this.position = position;
        this.kind = kind;
        this.text = Text.required(text, kind == EnquiryKind.QUESTION ? "question" : "dataRequest",
                kind == EnquiryKind.QUESTION ? "Question" : "Data request", 2000);
    }

    public Long id() { return id; }
    public int position() { return position; }
    public EnquiryKind kind() { return kind; }
    public String text() { return text; }
}
