package uk.scrutiny.domain.model.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.Required;
import uk.scrutiny.domain.model.Text;

/**
 * The executive's response to a recommendation: accepted, partly accepted or rejected, and on which day. Reasons
 * are required unless the recommendation is accepted in full: the committee needs to know what was not accepted
 * and why.
 */
@Embeddable
public class ExecutiveResponse {

    @Enumerated(EnumType.STRING)
    @Column(name = "executive_decision", length = 20)
    private ExecutiveDecision decision;

    @Column(name = "executive_reasons", length = 4000)
    private String reasons;

    @Column(name = "responded_on")
    private LocalDate respondedOn;

    protected ExecutiveResponse() {
        // for JPA
    }

    public ExecutiveResponse(ExecutiveDecision decision, String reasons, LocalDate respondedOn) {
        this.decision = Required.value(decision, "decision", "The executive's decision is required.");
        this.reasons = Text.optional(reasons, "reasons", "Reasons", 4000);
        if (decision != ExecutiveDecision.ACCEPTED && this.reasons == null) {
            throw new DomainRuleViolation("reasons", "Give the executive's reasons for "
                    + (decision == ExecutiveDecision.REJECTED ? "rejecting" : "only partly accepting")
                    + " the recommendation.");
        }
        this.respondedOn = Required.value(respondedOn, "respondedOn", "The date of the response is required.");
    }

    public ExecutiveDecision decision() { return decision; }
    public String reasons() { return reasons; }
    public LocalDate respondedOn() { return respondedOn; }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExecutiveResponse that && decision == that.decision
                && Objects.equals(reasons, that.reasons) && Objects.equals(respondedOn, that.respondedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(decision, reasons, respondedOn);
    }
}
