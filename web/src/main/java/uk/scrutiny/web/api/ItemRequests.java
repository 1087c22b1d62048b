package uk.scrutiny.web.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies of the item actions as clients send them. Enumerations and dates are text checked here, so a wrong
 * value is a 422 (or 400 for a date) naming its field rather than an anonymous "body does not parse".
 */
public final class ItemRequests {

    private ItemRequests() {
    }

    @Schema(name = "NewRedFlag", description = "A red flag raised while horizon scanning; it starts an item awaiting "
            + "triage (DOMAIN.md: every item from horizon scanning starts as a red flag).")
    public static class NewItem {
        @NotNull(message = "committeeId is required.")
        @Positive(message = "committeeId must be a positive id.")
        public Long committeeId;
        @NotNull(message = "dataSourceId is required: which source of the catalogue (GET /api/data-sources).")
        @Positive(message = "dataSourceId must be a positive id.")
        public Long dataSourceId;
        @Size(max = 300, message = "title must be 300 characters or fewer.")
        @Schema(description = "optional: the indicator or observation is used when blank", example = "Re-referrals")
        public String title;
        @Size(max = 300, message = "indicator must be 300 characters or fewer.")
        public String indicator;
        @Size(max = 2000, message = "observation must be 2000 characters or fewer.")
        public String observation;
        @NotNull(message = "severity is required: LOW, MEDIUM or HIGH.")
        @Pattern(regexp = "LOW|MEDIUM|HIGH", message = "severity must be LOW, MEDIUM or HIGH.")
        public String severity;
        @NotBlank(message = "whyItMatters is required.")
        @Size(max = 2000, message = "whyItMatters must be 2000 characters or fewer.")
        public String whyItMatters;
        @Schema(description = "optional: the member's answers to the toolkit's data-quality prompts, as the red "
                + "flag form asks them; each may be left out (not answered), which triage sees as a gap")
        public DataQualityAnswers dataQuality;
    }

    /**
     * The toolkit's tips for intelligent use of data, as answers. Checked by the domain (lengths) and by the
     * resource (dataPoints), so a wrong answer is a 422 naming {@code dataQuality.<answer>}.
     */
    @Schema(name = "DataQualityAnswers")
    public static class DataQualityAnswers {
        @Schema(description = "Is it an official statistic?")
        public Boolean officialStatistic;
        @Schema(description = "Is it a trend or a single data point? TREND or SINGLE_POINT",
                enumeration = {"TREND", "SINGLE_POINT"})
        public String dataPoints;
        @Schema(description = "How big is the data set? (up to 300 characters)", maxLength = 300)
        public String dataSetSize;
        @Schema(description = "How is it calculated? (up to 1000 characters)", maxLength = 1000)
        public String howCalculated;
        @Schema(description = "How timely is it? (up to 300 characters)", maxLength = 300)
        public String timeliness;
        @Schema(description = "Are there known quality issues? (up to 1000 characters)", maxLength = 1000)
        public String knownQualityIssues;
    }

    @Schema(name = "TriageDecision")
    public static class Triage {
        @NotNull(message = "decision is required: NO_FURTHER_ACTION, MONITOR, REPORT or DEEP_DIVE.")
        @Pattern(regexp = "NO_FURTHER_ACTION|MONITOR|REPORT|DEEP_DIVE",
                message = "decision must be NO_FURTHER_ACTION, MONITOR, REPORT or DEEP_DIVE.")
        public String decision;
        @Size(max = 1000, message = "reason must be 1000 characters or fewer.")
        public String reason;
        @Schema(description = "for MONITOR: YYYY-MM-DD")
        public String reviewOn;
        @Positive(message = "meetingId must be a positive id.")
        @Schema(description = "for REPORT: the meeting the report goes to")
        public Long meetingId;
    }

    @Schema(name = "AgreeKeyLinesOfEnquiry")
    public static class AgreeKloe {
        public List<@NotBlank(message = "questions must not contain blank lines.") String> questions;
        public List<@NotBlank(message = "dataRequests must not contain blank lines.") String> dataRequests;
        @Schema(description = "the standard data inclusions asked for; all five when omitted")
        public List<@Pattern(regexp = "HISTORICAL_TRENDS|REGIONAL_AND_NATIONAL_COMPARISONS|DEMOGRAPHIC_COMPARISONS"
                + "|COSTINGS_AND_BUDGET|LIMITATIONS_OF_THE_DATA", message = "standardInclusions has an unknown value.")
                String> standardInclusions;
    }

    @Schema(name = "IssueRequest", description = "The officers the request goes to, each answering on their own: "
            + "officers, or (one officer) officer. The first named is the item's lead officer.")
    public static class IssueRequest {
        @Size(max = 100, message = "officer must be 100 characters or fewer.")
        @Schema(description = "one officer's user name (officers names several)", example = "officer")
        public String officer;

        @Size(max = 20, message = "officers names at most 20 officers.")
        @Schema(description = "the officers' user names, lead officer first", example = "[\"officer\", \"officer2\"]")
        public List<@Size(max = 100, message = "officers: each user name must be 100 characters or fewer.")
                String> officers;
    }

    @Schema(name = "Answer")
    public static class Answer {
        @NotNull(message = "line is required: the line of enquiry's position.")
        @Min(value = 1, message = "line must be 1 or more.")
        public Integer line;
        @NotBlank(message = "text is required.")
        @Size(max = 4000, message = "text must be 4000 characters or fewer.")
        public String text;
    }

    @Schema(name = "InclusionNotProvided")
    public static class NotProvided {
        @NotNull(message = "inclusion is required.")
        @Pattern(regexp = "HISTORICAL_TRENDS|REGIONAL_AND_NATIONAL_COMPARISONS|DEMOGRAPHIC_COMPARISONS"
                + "|COSTINGS_AND_BUDGET|LIMITATIONS_OF_THE_DATA", message = "inclusion has an unknown value.")
        public String inclusion;
        @NotBlank(message = "reason is required: why it is not provided.")
        public String reason;
    }

    @Schema(name = "OfficerResponse", description = "Every standard inclusion asked for and not listed in notProvided "
            + "is stated as provided.")
    public static class SubmitResponse {
        @NotNull(message = "answers is required: one per line of enquiry.")
        @Size(min = 1, message = "answers must answer at least one line of enquiry.")
        public List<@Valid @NotNull(message = "answers must not contain null.") Answer> answers;
        public List<@Valid @NotNull(message = "notProvided must not contain null.") NotProvided> notProvided;
    }

    @Schema(name = "Reason")
    public static class Reason {
        @NotBlank(message = "reason is required.")
        @Size(max = 1000, message = "reason must be 1000 characters or fewer.")
        public String reason;
    }

    @Schema(name = "Publication")
    public static class Publish {
        @Schema(description = "the publication date, YYYY-MM-DD; today when omitted")
        public String publishedOn;
    }

    @Schema(name = "CommitteeOutcome")
    public static class Outcome {
        @NotNull(message = "resolution is required: NOTED, RECOMMENDATIONS_MADE, FURTHER_REPORT or "
                + "REFERRED_TO_DEEP_DIVE.")
        @Pattern(regexp = "NOTED|RECOMMENDATIONS_MADE|FURTHER_REPORT|REFERRED_TO_DEEP_DIVE",
                message = "resolution must be NOTED, RECOMMENDATIONS_MADE, FURTHER_REPORT or REFERRED_TO_DEEP_DIVE.")
        public String resolution;
        @NotBlank(message = "text is required: what the committee resolved.")
        @Size(max = 4000, message = "text must be 4000 characters or fewer.")
        public String text;
        @Positive(message = "furtherReportMeetingId must be a positive id.")
        public Long furtherReportMeetingId;
    }

    @Schema(name = "ExtensionAsked")
    public static class AskExtension {
        @NotBlank(message = "until is required: the new due date asked for, YYYY-MM-DD.")
        @Schema(description = "the new due date asked for, YYYY-MM-DD; after the current one", example = "2026-12-18")
        public String until;
        @NotBlank(message = "reason is required: why more time is needed.")
        @Size(max = 1000, message = "reason must be 1000 characters or fewer.")
        public String reason;
    }

    @Schema(name = "ExtensionGranted")
    public static class GrantExtension {
        @Schema(description = "the new due date, YYYY-MM-DD; the date asked for when omitted")
        public String until;
        @Size(max = 1000, message = "note must be 1000 characters or fewer.")
        public String note;
    }

    @Schema(name = "HandOverRequest", description = "The request goes to another officer, who answers it from now on.")
    public static class HandOver {
        @NotBlank(message = "toUsername is required: the user name of the officer taking the request over.")
        @Size(max = 100, message = "toUsername must be 100 characters or fewer.")
        public String toUsername;
        @NotBlank(message = "reason is required: why the request is handed over.")
        @Size(max = 1000, message = "reason must be 1000 characters or fewer.")
        public String reason;
    }

    @Schema(name = "Deferral", description = "The item moves to a later meeting of its committee; every deadline "
            + "follows it.")
    public static class Defer {
        @NotNull(message = "meetingId is required: the later meeting the item is deferred to.")
        @Positive(message = "meetingId must be a positive id.")
        public Long meetingId;
        @NotBlank(message = "reason is required: why the item is deferred.")
        @Size(max = 1000, message = "reason must be 1000 characters or fewer.")
        @Schema(example = "The service review will not report until March.")
        public String reason;
    }

    @Schema(name = "UrgentAgreement", description = "The chair's agreement to take the item as urgent, so its report "
            + "may be published after the publication date. Sent by the chair, or by democratic services naming "
            + "the chair who agreed.")
    public static class AgreeUrgent {
        @Size(max = 100, message = "chair must be 100 characters or fewer.")
        @Schema(description = "the chair's user name; required when democratic services record the agreement",
                example = "chair")
        public String chair;
        @NotBlank(message = "reason is required: why the item cannot wait for the next meeting.")
        @Size(max = 1000, message = "reason must be 1000 characters or fewer.")
        @Schema(example = "The Ofsted letter arrived after the publication date and the committee must see it.")
        public String reason;
    }

    @Schema(name = "BackgroundEnquiries", description = "Context to gather before triage, by an officer or by "
            + "democratic services.")
    public static class StartEnquiries {
        @Size(max = 100, message = "officer must be 100 characters or fewer.")
        @Schema(description = "the user name of the officer asked to make the enquiries; democratic services make "
                + "them when omitted", example = "officer")
        public String officer;
        @NotBlank(message = "whatToFindOut is required: what the enquiries should find out.")
        @Size(max = 1000, message = "whatToFindOut must be 1000 characters or fewer.")
        @Schema(example = "Is the rise in re-referrals a recording change after the new case system?")
        public String whatToFindOut;
    }

    @Schema(name = "BackgroundFindings")
    public static class Findings {
        @NotBlank(message = "findings is required: what the background enquiries found.")
        @Size(max = 4000, message = "findings must be 4000 characters or fewer.")
        @Schema(example = "Half of the rise follows the new recording rules from April; the rest is real.")
        public String findings;
    }
}
