package uk.scrutiny.web.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies of the recommendation and deep dive actions as clients send them. Enumerations and dates are text
 * checked here or by {@link Parameters}, so a wrong value is a 422 (or a 400 for a date) naming its field.
 */
public final class RecommendationRequests {

    private RecommendationRequests() {
    }

    @Schema(name = "NewRecommendation", description = "One SMART recommendation: specific and measurable in its "
            + "text, to the decision maker who can act on it, time-bound by its target date.")
    public static class NewRecommendation {
        @NotBlank(message = "text is required: what the committee recommends.")
        @Size(max = 2000, message = "text must be 2000 characters or fewer.")
        @Schema(example = "Report to the committee each quarter the number of children missing education, by age.")
        public String text;
        @NotBlank(message = "decisionMaker is required: who is to act on it, e.g. Cabinet or a portfolio holder.")
        @Size(max = 200, message = "decisionMaker must be 200 characters or fewer.")
        @Schema(example = "Cabinet")
        public String decisionMaker;
        @Schema(description = "by when it should be achieved, YYYY-MM-DD (optional)", example = "2027-06-30")
        public String targetDate;
    }

    @Schema(name = "Recommendations", description = "The recommendations the committee made.")
    public static class Recommendations {
        @NotNull(message = "recommendations is required: at least one.")
        @Size(min = 1, max = 50, message = "recommendations must hold from 1 to 50 recommendations.")
        public List<@Valid @NotNull(message = "recommendations must not contain null.") NewRecommendation>
                recommendations;
    }

    @Schema(name = "ExecutiveResponseToRecommendation")
    public static class ExecutiveResponse {
        @NotNull(message = "decision is required: ACCEPTED, PARTLY_ACCEPTED or REJECTED.")
        @Pattern(regexp = "ACCEPTED|PARTLY_ACCEPTED|REJECTED",
                message = "decision must be ACCEPTED, PARTLY_ACCEPTED or REJECTED.")
        public String decision;
        @Size(max = 4000, message = "reasons must be 4000 characters or fewer.")
        @Schema(description = "required unless accepted in full")
        public String reasons;
        @Schema(description = "the day of the executive's response, YYYY-MM-DD; today when omitted")
        public String respondedOn;
    }

    @Schema(name = "ProgressUpdate", description = "GREEN: achieved (monitoring ends); AMBER: acceptable progress; "
            + "RED: unacceptable progress.")
    public static class Progress {
        @NotNull(message = "ragStatus is required: GREEN, AMBER or RED.")
        @Pattern(regexp = "GREEN|AMBER|RED", message = "ragStatus must be GREEN, AMBER or RED.")
        public String ragStatus;
        @NotBlank(message = "notes is required: what progress was made.")
        @Size(max = 2000, message = "notes must be 2000 characters or fewer.")
        public String notes;
        @Schema(description = "the day of the update, YYYY-MM-DD; today when omitted")
        public String recordedOn;
    }

    @Schema(name = "NewDeepDive")
    public static class StartDeepDive {
        @NotBlank(message = "scope is required: what the deep dive will look at.")
        @Size(max = 2000, message = "scope must be 2000 characters or fewer.")
        public String scope;
        @Schema(description = "YYYY-MM-DD; today when omitted")
        public String startedOn;
        @Schema(description = "committee member ids (GET /api/items/{id}/deep-dive lists the eligible members)")
        public List<@NotNull(message = "workingGroup must not contain null.")
                @Positive(message = "workingGroup must hold positive ids.") Long> workingGroup;
        @NotNull(message = "keyLinesOfEnquiry is required: the questions the deep dive sets out to answer.")
        @Size(min = 1, message = "keyLinesOfEnquiry must hold at least one question.")
        public List<@NotBlank(message = "keyLinesOfEnquiry must not contain blank lines.")
                @Size(max = 2000, message = "keyLinesOfEnquiry lines must be 2000 characters or fewer.")
                String> keyLinesOfEnquiry;
    }

    @Schema(name = "WorkingGroupMember")
    public static class WorkingGroupMember {
        @NotNull(message = "memberId is required: the committee member joining the working group.")
        @Positive(message = "memberId must be a positive id.")
        @Schema(description = "a committee member id (GET /api/items/{id}/deep-dive lists the eligible members)")
        public Long memberId;
        @Size(max = 1000, message = "reason must be 1000 characters or fewer.")
        @Schema(description = "why the working group changes, for the item's timeline (optional)")
        public String reason;
    }

    @Schema(name = "Witness")
    public static class Witness {
        @NotBlank(message = "name is required: the witness's name.")
        @Size(max = 200, message = "name must be 200 characters or fewer.")
        public String name;
        @Size(max = 300, message = "role must be 300 characters or fewer.")
        public String role;
    }

    @Schema(name = "NewEvidenceSession")
    public static class EvidenceSession {
        @NotNull(message = "kind is required: EVIDENCE_SESSION, SITE_VISIT or SURVEY.")
        @Pattern(regexp = "EVIDENCE_SESSION|SITE_VISIT|SURVEY",
                message = "kind must be EVIDENCE_SESSION, SITE_VISIT or SURVEY.")
        public String kind;
        @NotBlank(message = "title is required.")
        @Size(max = 300, message = "title must be 300 characters or fewer.")
        public String title;
        @NotBlank(message = "heldOn is required: the date, YYYY-MM-DD.")
        public String heldOn;
        @Size(max = 4000, message = "notes must be 4000 characters or fewer.")
        public String notes;
        public List<@Valid @NotNull(message = "witnesses must not contain null.") Witness> witnesses;
    }

    @Schema(name = "Finding")
    public static class Finding {
        @NotBlank(message = "finding is required.")
        @Size(max = 2000, message = "finding must be 2000 characters or fewer.")
        public String finding;
    }

    @Schema(name = "FinalReport")
    public static class FinalReport {
        @Schema(description = "the day the working group's final report was agreed, YYYY-MM-DD; today when omitted")
        public String agreedOn;
        @NotNull(message = "recommendations is required: the final report's SMART recommendations.")
        @Size(min = 1, max = 50, message = "recommendations must hold from 1 to 50 recommendations.")
        public List<@Valid @NotNull(message = "recommendations must not contain null.") NewRecommendation>
                recommendations;
    }
}
