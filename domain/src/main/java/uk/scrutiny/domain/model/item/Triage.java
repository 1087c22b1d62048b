package uk.scrutiny.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.Required;
import uk.scrutiny.domain.model.Text;
import uk.scrutiny.domain.model.calendar.DisplayDate;

/**
 * The latest triage decision on an item, with what each decision needs: a reason to take no further action, a
 * review date to monitor (a watch list without dates is never looked at again).
 */
@Embeddable
public class Triage {

    @Enumerated(EnumType.STRING)
    @Column(name = "triage_decision", length = 30)
    private TriageDecision decision;

    @Column(name = "triage_reason", length = 1000)
    private String reason;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Column(name = "triaged_on")
    private LocalDate decidedOn;

    protected Triage() {
        // for JPA
    }

    public Triage(TriageDecision decision, String reason, LocalDate reviewOn, LocalDate decidedOn) {
        this.decision = Required.value(decision, "decision", "Triage decision is required.");
        this.decidedOn = Required.value(decidedOn, "decidedOn", "The date of the triage decision is required.");
        this.reason = Text.optional(reason, "reason", "Reason", 1000);
        if (decision == TriageDecision.NO_FURTHER_ACTION && this.reason == null) {
            throw new DomainRuleViolation("reason", "Give the reason for taking no further action.");
        }
        if (decision == TriageDecision.MONITOR) {
            Required.value(reviewOn, "reviewOn", "A review date is required to monitor an item.");
            if (!reviewOn.isAfter(decidedOn)) {
                throw new DomainRuleViolation("reviewOn", "The review date (" + DisplayDate.format(reviewOn)
                        + ") must be after the triage decision (" + DisplayDate.format(decidedOn) + ").");
            }
            this.reviewOn = reviewOn;
        } else if (reviewOn != null) {
            throw new DomainRuleViolation("reviewOn", "Only an item being monitored has a review date.");
        }
    }

    public TriageDecision decision() { return decision; }
    public String reason() { return reason; }
    public LocalDate reviewOn() { return reviewOn; }
    public LocalDate decidedOn() { return decidedOn; }

    @Override
    public boolean equals(Object other) {
        return other instanceof Triage that && decision == that.decision && Objects.equals(reason, that.reason)
                && Objects.equals(reviewOn, that.reviewOn) && Objects.equals(decidedOn, that.decidedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(decision, reason, reviewOn, decidedOn);
    }
}
