package uk.scrutiny.domain.model.item;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.Required;
import uk.scrutiny.domain.model.Text;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.people.User;

/**
 * An officer's answer to an information request: an answer to each key line of enquiry, a statement for each
 * standard data inclusion asked for (provided, or why not) and attachments as links. The officer works on a draft;
 * submitting it is refused until nothing is left unanswered, so democratic services never receive a response with
 * gaps nobody explained. A response returned for more is a draft again.
 */
@Entity
@Table(name = "officer_response")
public class OfficerResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", nullable = false, unique = true)
    private InformationRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ResponseStatus status;

    @ElementCollection
    @CollectionTable(name = "response_answer", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyJoinColumn(name = "line_id")
    @Column(name = "answer_text", nullable = false, length = 4000)
    private Map<LineOfEnquiry, String> answers = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "response_inclusion", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "inclusion", length = 40)
    private Map<StandardDataInclusion, InclusionStatement> inclusions = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "response_attachment", joinColumns = @JoinColumn(name = "response_id"))
    @OrderColumn(name = "list_index")
    private List<Attachment> attachments = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "submitted_by_id")
    private User submittedBy;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt; // UTC

    /** Why democratic services last returned it, shown to the officer until the next submission. */
    @Column(name = "returned_reason", length = 1000)
    private String returnedReason;

    protected OfficerResponse() {
        // for JPA
    }

    OfficerResponse(InformationRequest request) {
        this.request = request;
        this.status = ResponseStatus.DRAFT;
    }

    /** Answers one line of enquiry; a blank answer removes the answer given before. */
    public void answer(LineOfEnquiry line, String text) {
        requireDraft();
        Required.value(line, "line", "Line of enquiry is required.");
        if (!keyLinesOfEnquiry().lines().contains(line)) {
            throw new DomainRuleViolation("line", "That line of enquiry is not one of this item's.");
        }
        String answer = Text.optional(text, "answers", "Answer", 4000);
        if (answer == null) {
            answers.remove(line);
        } else {
            answers.put(line, answer);
        }
    }

    /**
     * States the inclusion provided. What a draft already gives for it is kept: submitting says "provided" for
     * every inclusion not stated otherwise, and must not wipe the content the officer saved with the draft.
     */
    public void stateProvided(StandardDataInclusion inclusion) {
        requireDraft();
        InclusionStatement before = inclusions.get(requireAskedFor(inclusion));
        if (before == null || !before.isProvided()) {
            inclusions.put(inclusion, InclusionStatement.provided());
        }
    }

    /** States the inclusion provided, with its content (blank: given elsewhere, such as in an attachment). */
    public void stateProvided(StandardDataInclusion inclusion, String content) {
        requireDraft();
        inclusions.put(requireAskedFor(inclusion), InclusionStatement.provided(inclusion, content));
    }

    /** Withdraws what was said about an inclusion, while the officer has not decided yet. */
    public void unstate(StandardDataInclusion inclusion) {
        requireDraft();
        inclusions.remove(requireAskedFor(inclusion));
    }

    public void stateNotProvided(StandardDataInclusion inclusion, String why) {
        requireDraft();
        inclusions.put(requireAskedFor(inclusion), InclusionStatement.notProvided(inclusion, why));
    }

    public void attach(Attachment attachment) {
        requireDraft();
        Required.value(attachment, "attachments", "Attachment is required.");
        if (attachments.stream().anyMatch(a -> a.url().equals(attachment.url()))) {
            throw new DomainRuleViolation("attachments.url", "That link is already attached.");
        }
        attachments.add(attachment);
    }

    public void removeAttachment(String url) {
        requireDraft();
        if (!attachments.removeIf(a -> a.url().equals(url))) {
            throw new DomainRuleViolation("attachments.url", "No attachment has that link.");
        }
    }

    /** Lines of enquiry without an answer, in order. */
    public List<LineOfEnquiry> unansweredLines() {
        return keyLinesOfEnquiry().lines().stream().filter(l -> !answers.containsKey(l)).toList();
    }

    /** Standard data inclusions asked for about which the response says nothing yet. */
    public List<StandardDataInclusion> unstatedInclusions() {
        return keyLinesOfEnquiry().standardInclusions().stream().filter(i -> !inclusions.containsKey(i)).sorted()
                .toList();
    }

    void submit(User by, LocalDateTime at) {
        requireDraft();
        List<LineOfEnquiry> unanswered = unansweredLines();
        if (!unanswered.isEmpty()) {
            throw new DomainRuleViolation("answers", "Answer every key line of enquiry before submitting; "
                    + (unanswered.size() == 1 ? "1 is" : unanswered.size() + " are") + " not answered: "
                    + unanswered.stream().map(l -> "\"" + l.text() + "\"").collect(Collectors.joining(", ")) + ".");
        }
        List<StandardDataInclusion> unstated = unstatedInclusions();
        if (!unstated.isEmpty()) {
            throw new DomainRuleViolation("standardInclusions", "Say for each standard data inclusion whether it "
                    + "is provided, or why not; nothing is said yet about: "
                    + unstated.stream().map(i -> i.label().toLowerCase()).collect(Collectors.joining(", ")) + ".");
        }
        this.submittedBy = Required.value(by, "submittedBy", "Who submits the response is required.");
        this.submittedAt = Required.value(at, "submittedAt", "When the response was submitted is required.");
        this.status = ResponseStatus.SUBMITTED;
        this.returnedReason = null;
    }

    void accept() {
        this.status = ResponseStatus.ACCEPTED;
    }

    void returnForMore(String reason) {
        this.status = ResponseStatus.DRAFT;
        this.returnedReason = reason;
    }

    private void requireDraft() {
        if (status != ResponseStatus.DRAFT) {
            throw new DomainRuleViolation("response", "The response was "
                    + (status == ResponseStatus.ACCEPTED ? "accepted" : "submitted")
                    + (submittedAt == null ? "" : " (submitted " + DisplayDate.format(submittedAt.toLocalDate()) + ")")
                    + "; only a draft, or a response returned for more, can be changed.");
        }
    }

    private StandardDataInclusion requireAskedFor(StandardDataInclusion inclusion) {
        Required.value(inclusion, "standardInclusions", "Standard data inclusion is required.");
        if (!keyLinesOfEnquiry().standardInclusions().contains(inclusion)) {
            throw new DomainRuleViolation("standardInclusions." + inclusion.name(),
                    inclusion.label() + " were not asked for in the key lines of enquiry.");
        }
        return inclusion;
    }

    private KeyLinesOfEnquiry keyLinesOfEnquiry() {
        return request.item().keyLinesOfEnquiry();
    }

    public Optional<String> answerTo(LineOfEnquiry line) {
        return Optional.ofNullable(answers.get(line));
    }

    public Optional<InclusionStatement> statementOn(StandardDataInclusion inclusion) {
        return Optional.ofNullable(inclusions.get(inclusion));
    }

    /** Every statement made, in the toolkit's order of the inclusions. */
    public Map<StandardDataInclusion, InclusionStatement> inclusionStatements() {
        Map<StandardDataInclusion, InclusionStatement> ordered = new EnumMap<>(StandardDataInclusion.class);
        ordered.putAll(inclusions);
        return Collections.unmodifiableMap(ordered);
    }

    public Long id() { return id; }
    public InformationRequest request() { return request; }
    public ResponseStatus status() { return status; }
    public List<Attachment> attachments() { return List.copyOf(attachments); }
    public User submittedBy() { return submittedBy; }
    public LocalDateTime submittedAt() { return submittedAt; }
    public String returnedReason() { return returnedReason; }
}
