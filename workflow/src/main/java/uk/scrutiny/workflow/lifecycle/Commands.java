package uk.scrutiny.workflow.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.scrutiny.domain.model.item.Resolution;
import uk.scrutiny.domain.model.item.StandardDataInclusion;
import uk.scrutiny.domain.model.item.TriageDecision;
import uk.scrutiny.domain.model.redflag.Severity;

/**
 * What each action needs, already parsed by the web layer (which checked the shape with Bean Validation); the
 * domain checks the business rules and names the offending field when one is broken.
 */
public final class Commands {

    private Commands() {
    }

    /** A member's red flag, which starts an item awaiting triage. */
    public record RaiseRedFlag(long committeeId, long dataSourceId, String title, String indicator,
            String observation, Severity severity, String whyItMatters) {
    }

    /** @param meetingId the meeting to report to; required for {@link TriageDecision#REPORT} */
    public record Triage(TriageDecision decision, String reason, LocalDate reviewOn, Long meetingId) {
    }

    /** @param standardInclusions null to keep all five */
    public record AgreeKeyLinesOfEnquiry(List<String> questions, List<String> dataRequests,
            Set<StandardDataInclusion> standardInclusions) {
    }

    /**
     * @param answers by line position (1, 2, 3… as the item shows its lines)
     * @param notProvided each standard inclusion not provided, with why; every other one asked for is provided
     */
    public record SubmitResponse(Map<Integer, String> answers, Map<StandardDataInclusion, String> notProvided) {
    }

    /** @param furtherReportMeetingId for {@link Resolution#FURTHER_REPORT} only */
    public record RecordOutcome(Resolution resolution, String text, Long furtherReportMeetingId) {
    }

    /** @param meetingId a later meeting of the item's committee */
    public record Defer(Long meetingId, String reason) {
    }
}
