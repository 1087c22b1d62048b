package uk.scrutiny.workflow.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.scrutiny.domain.model.item.ItemType;
import uk.scrutiny.domain.model.item.StandardDataInclusion;
import uk.scrutiny.domain.model.redflag.Severity;

/**
 * One demo item and how far through the lifecycle the demo takes it: the real agenda items (their own meeting dates
 * decide the stage) and the story of the toolkit's committee, which gives every demo user real work (its meetings
 * are worked out from the day the demo starts, so their deadlines are always sensible).
 *
 * @param meetingDate the real meeting of an agenda item, or null
 * @param slot the story's meeting, or null: one held recently or one of the next three to come
 */
record DemoItem(String committee, String title, ItemType type, String reportAuthor, Goal goal,
        LocalDate meetingDate, Slot slot, String raisedBy, Severity severity, String dataSource, String indicator,
        String observation, String whyItMatters, String enquiries, List<String> questions,
        List<String> dataRequests, String officer, List<String> answers,
        Map<StandardDataInclusion, String> notProvided, String outcome, List<Recommendation> recommendations) {

    /** Where the demo leaves the item, in the order of the lifecycle. */
    enum Goal {
        /** The stage its meeting's date implies (the real agenda items). */
        AS_DATED,
        AWAITING_TRIAGE,
        BACKGROUND_ENQUIRIES,
        SCOPING,
        REQUEST_TO_ISSUE,
        REQUEST_ISSUED,
        /** The officer has started the response and saved it as a draft. */
        DRAFT_SAVED,
        RESPONSE_REVIEW,
        AWAITING_PUBLICATION,
        PUBLISHED,
        OUTCOME_TO_RECORD,
        /** The committee noted the report: closed. */
        NOTED,
        EXECUTIVE_RESPONSE,
        MONITORING;

        boolean atLeast(Goal other) {
            return compareTo(other) >= 0;
        }
    }

    /** The story's meetings of the toolkit's committee, worked out from the day the demo starts. */
    enum Slot {
        /** Held a week or two ago: outcomes to record, recommendations made. */
        RECENT,
        /** Three to six weeks ahead: officer responses due within days, reports being published. */
        NEXT,
        /** One meeting cycle after: requests being answered. */
        LATER,
        /** Two cycles after: key lines of enquiry to agree. */
        AFTER
    }

    record Recommendation(String text, String decisionMaker) {
    }

    /** The agenda items were not red flags: they stand on the officers' own knowledge of their service. */
    private static final String AGENDA_SOURCE = "BCP Internal Officer Data (qualitative data)";
    private static final String AGENDA_QUESTION = "What progress has been made since the committee last looked at "
            + "this, and what is still to do?";
    private static final String AGENDA_ANSWER = "The report sets out the progress made and the actions still open, "
            + "each with a date.";

    /** The real agenda items first (in the order of their file), then the story. */
    static List<DemoItem> all() {
        List<DemoItem> all = new ArrayList<>();
        for (Map<String, String> row : Csv.read("demo/agenda-items.csv")) {
            String committee = row.get("committee");
            String date = row.get("meeting_date");
            String note = row.get("note");
            all.add(new DemoItem(committee, row.get("item"), DemoReferenceData.itemType(row.get("kind")),
                    row.get("presented_by_role"), date == null ? Goal.AWAITING_TRIAGE : Goal.AS_DATED,
                    date == null ? null : LocalDate.parse(date), null, "democratic", Severity.MEDIUM,
                    AGENDA_SOURCE, "On the committee's work programme", null,
                    note != null ? note : "The committee asked for this item when it set its work programme.", null,
                    List.of(AGENDA_QUESTION), List.of(),
                    committee.equals(DemoReferenceData.CHILDRENS) ? "officer" : "officer2", List.of(AGENDA_ANSWER),
                    Map.of(), "The committee noted the report.", List.of()));
        }
        for (Map<String, String> row : Csv.read("demo/story.csv")) {
            all.add(new DemoItem(DemoReferenceData.CHILDRENS, row.get("title"), ItemType.REPORT, null,
                    Goal.valueOf(row.get("goal")), null, row.get("meeting") == null ? null
                            : Slot.valueOf(row.get("meeting")), row.get("raised_by"),
                    Severity.valueOf(row.get("severity")), row.get("data_source"), row.get("indicator"),
                    row.get("observation"), row.get("why_it_matters"), row.get("enquiries"),
                    list(row.get("questions")), list(row.get("data_requests")), row.get("officer"),
                    list(row.get("answers")), notProvided(row.get("not_provided")), row.get("outcome"),
                    list(row.get("recommendations")).stream().map(DemoItem::recommendation).toList()));
        }
        return all;
    }

    /** Several values in one field, separated by a bar. */
    private static List<String> list(String field) {
        return field == null ? List.of() : Arrays.stream(field.split("\\|")).map(String::strip).toList();
    }

    /** "INCLUSION: why not", bar-separated. */
    private static Map<StandardDataInclusion, String> notProvided(String field) {
        Map<StandardDataInclusion, String> reasons = new EnumMap<>(StandardDataInclusion.class);
        for (String one : list(field)) {
            int colon = one.indexOf(':');
            reasons.put(StandardDataInclusion.valueOf(one.substring(0, colon).strip()), one.substring(colon + 1)
                    .strip());
        }
        return reasons;
    }

    /** "What is recommended@who decides". */
    private static Recommendation recommendation(String field) {
        int at = field.lastIndexOf('@');
        return new Recommendation(field.substring(0, at).strip(), field.substring(at + 1).strip());
    }
}
