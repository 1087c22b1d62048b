package uk.scrutiny.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.Required;
import uk.scrutiny.domain.model.Text;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.people.User;

/**
 * A member's question on a published report, sent to the report author before the meeting where possible (the
 * toolkit's "additional requests for data and information"), and its answer, given before the meeting, at it or
 * afterwards.
 */
@Entity
@Table(name = "member_question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", nullable = false)
    private ScrutinyItem item;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "asked_by_id", nullable = false)
    private User askedBy;

    @Column(name = "asked_at", nullable = false)
    private LocalDateTime askedAt; // UTC

    @Column(name = "question_text", nullable = false, length = 2000)
    private String text;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "addressed_to_id", nullable = false)
    private User addressedTo;

    @Column(name = "answer_text", length = 4000)
    private String answer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "answered_by_id")
    private User answeredBy;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt; // UTC

    @Column(name = "answered_at_meeting", nullable = false)
    private boolean answeredAtMeeting;

    protected Question() {
        // for JPA
    }

    Question(ScrutinyItem item, String text, User askedBy, User addressedTo, LocalDateTime askedAt) {
        this.item = item;
        this.text = Text.required(text, "question", "Question", 2000);
        this.askedBy = Required.value(askedBy, "askedBy", "Who asks the question is required.");
        this.addressedTo = addressedTo;
        this.askedAt = Required.value(askedAt, "askedAt", "When the question was asked is required.");
    }

    /** Records the answer, given in writing or at the meeting; a question is answered once. */
    public void answer(String answerText, boolean atMeeting, User by, LocalDateTime at) {
        item.requireOpen("answer");
        if (answer != null) {
            throw new DomainRuleViolation("answer", "This question was already answered on "
                    + DisplayDate.format(answeredAt.toLocalDate()) + ".");
        }
        String given = Text.required(answerText, "answer", "Answer", 4000);
        this.answeredBy = Required.value(by, "answeredBy", "Who answered is required.");
        this.answeredAt = Required.value(at, "answeredAt", "When the question was answered is required.");
        if (at.isBefore(askedAt)) {
            throw new DomainRuleViolation("answeredAt", "A question cannot be answered before it was asked.");
        }
        this.answer = given;
        this.answeredAtMeeting = atMeeting;
        item.record(by, at, null, "Question from " + askedBy.displayName() + " answered"
                + (atMeeting ? " at the meeting." : " by " + by.displayName() + "."));
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public Long id() { return id; }
    public ScrutinyItem item() { return item; }
    public User askedBy() { return askedBy; }
    public LocalDateTime askedAt() { return askedAt; }
    public String text() { return text; }
    public User addressedTo() { return addressedTo; }
    public String answer() { return answer; }
    public User answeredBy() { return answeredBy; }
    public LocalDateTime answeredAt() { return answeredAt; }
    public boolean answeredAtMeeting() { return answeredAtMeeting; }
}
