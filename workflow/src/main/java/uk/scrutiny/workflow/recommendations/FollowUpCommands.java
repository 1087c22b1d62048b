package uk.scrutiny.workflow.recommendations;

import java.time.LocalDate;
import java.util.List;
import uk.scrutiny.domain.model.deepdive.EvidenceKind;
import uk.scrutiny.domain.model.recommendation.ExecutiveDecision;
import uk.scrutiny.domain.model.recommendation.RagStatus;

/**
 * What each action after the outcome needs, already parsed by the web layer (which checked the shape with Bean
 * Validation); the domain checks the business rules and names the offending field.
 */
public final class FollowUpCommands {

    private FollowUpCommands() {
    }

    /**
     * One SMART recommendation: specific and measurable in its text, to a decision maker who can achieve it
     * (Cabinet, a portfolio holder), time-bound by its target date.
     *
     * @param targetDate by when it should be achieved, or null
     */
    public record NewRecommendation(String text, String decisionMaker, LocalDate targetDate) {
    }

    /** @param respondedOn the day of the executive's response, or null for today */
    public record ExecutiveResponse(ExecutiveDecision decision, String reasons, LocalDate respondedOn) {
    }

    /** @param recordedOn the day of the update, or null for today */
    public record Progress(RagStatus ragStatus, String notes, LocalDate recordedOn) {
    }

    /**
     * @param startedOn null for today
     * @param workingGroup committee member ids, members of the item's committee
     * @param keyLinesOfEnquiry the questions the deep dive sets out to answer
     */
    public record StartDeepDive(String scope, LocalDate startedOn, List<Long> workingGroup,
            List<String> keyLinesOfEnquiry) {
    }

    public record Witness(String name, String role) {
    }

    public record EvidenceSession(EvidenceKind kind, String title, LocalDate heldOn, String notes,
            List<Witness> witnesses) {
    }

    /** @param on the day the final report was agreed, or null for today */
    public record FinalReport(LocalDate on, List<NewRecommendation> recommendations) {
    }
}
