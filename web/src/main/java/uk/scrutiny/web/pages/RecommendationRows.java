package uk.scrutiny.web.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.deadline.DeadlineCalculator;
import uk.scrutiny.domain.model.deadline.ExplainedDate;
import uk.scrutiny.domain.model.deadline.WorkingDaysLeft;
import uk.scrutiny.domain.model.recommendation.ExecutiveDecision;
import uk.scrutiny.domain.model.recommendation.ExecutiveResponse;
import uk.scrutiny.domain.model.recommendation.ExecutiveResponseChase;
import uk.scrutiny.domain.model.recommendation.ImplementationUpdate;
import uk.scrutiny.domain.model.recommendation.RagStatus;
import uk.scrutiny.domain.model.recommendation.Recommendation;

/**
 * Recommendations as the pages show them, read inside the caller's transaction so that nothing lazy is left for
 * the view: the executive response's due date with the working days left and how it was worked out (and chased),
 * the response in words, and the RAG rating in the toolkit's words. Democratic services, members and the public
 * see the same rows; each page leaves out what its readers may not see (the public page shows no progress notes).
 */
public final class RecommendationRows {

    /** One monitoring update. */
    public record Update(String rag, String ragTag, String notes, String recordedOn, String recordedBy) {
    }

    /**
     * One recommendation.
     *
     * @param number 1, 2, 3… as the item lists them
     * @param responseStatus "Awaiting response", "Overdue", "Accepted", "Partly accepted" or "Rejected"
     * @param dueLeft the working days left to the response, while it is awaited; null once given
     * @param howWorkedOut the steps of the due date and of its chasing
     */
    public record Row(Long id, int number, String text, String decisionMaker, String madeOn, String targetDate,
            String due, LocalDate dueDate, String dueLeft, String dueTag, boolean overdue, List<String> howWorkedOut,
            String responseStatus, String responseTag, String reasons, String respondedOn, String rag,
            String ragTag, String achievedOn, List<Update> updates, boolean awaitingResponse, boolean monitored) {

        public Update lastUpdate() {
            return updates.isEmpty() ? null : updates.get(updates.size() - 1);
        }
    }

    private RecommendationRows() {
    }

    /** The rows of one item's recommendations, in the order they were made. */
    public static List<Row> of(List<Recommendation> recommendations, DeadlineCalculator deadlines, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        for (Recommendation r : recommendations) {
            rows.add(row(r, rows.size() + 1, deadlines, today));
        }
        return rows;
    }

    public static Row row(Recommendation r, int number, DeadlineCalculator deadlines, LocalDate today) {
        ExplainedDate rule = deadlines.executiveResponseDue(r.madeOn());
        List<String> how = new ArrayList<>(rule.steps());
        how.addAll(rule.warnings());
        boolean awaiting = r.isAwaitingExecutiveResponse();
        String left = null;
        String tag = null;
        if (awaiting) {
            how.addAll(ExecutiveResponseChase.forDue(r.executiveResponseDue(), deadlines.calendar()).steps());
            WorkingDaysLeft days = deadlines.workingDaysLeft(today, r.executiveResponseDue());
            left = days.describe();
            tag = days.isOverdue() ? "govuk-tag--red"
                    : days.isDueToday() || days.workingDays() <= 10 ? "govuk-tag--yellow" : "govuk-tag--grey";
        }
        if (!rule.date().equals(r.executiveResponseDue())) {
            how.add("Due on " + DisplayDate.format(r.executiveResponseDue()) + " as agreed when it was recorded.");
        }
        ExecutiveResponse response = r.executiveResponse().orElse(null);
        boolean overdue = r.isExecutiveResponseOverdue(today);
        List<Update> updates = r.updates().stream().map(RecommendationRows::update).toList();
        return new Row(r.id(), number, r.text(), r.decisionMaker(), format(r.madeOn()), format(r.targetDate()),
                format(r.executiveResponseDue()), r.executiveResponseDue(), left, tag, overdue, List.copyOf(how),
                response == null ? (overdue ? "Overdue" : "Awaiting response") : decision(response.decision()),
                response == null ? (overdue ? "govuk-tag--red" : "govuk-tag--grey")
                        : decisionTag(response.decision()),
                response == null ? null : response.reasons(), response == null ? null : format(response.respondedOn()),
                rag(r.ragStatus()), ragTag(r.ragStatus()), format(r.achievedOn()), updates, awaiting,
                r.isBeingMonitored());
    }

    private static Update update(ImplementationUpdate u) {
        return new Update(rag(u.status()), ragTag(u.status()), u.notes(), format(u.recordedOn()),
                u.recordedBy() == null ? null : u.recordedBy().displayName());
    }

    public static String decision(ExecutiveDecision decision) {
        return switch (decision) {
            case ACCEPTED -> "Accepted";
            case PARTLY_ACCEPTED -> "Partly accepted";
            case REJECTED -> "Rejected";
        };
    }

    static String decisionTag(ExecutiveDecision decision) {
        return switch (decision) {
            case ACCEPTED -> "govuk-tag--green";
            case PARTLY_ACCEPTED -> "govuk-tag--yellow";
            case REJECTED -> "govuk-tag--grey";
        };
    }

    /** The toolkit's meaning of each rating, as the tag says it. */
    public static String rag(RagStatus status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case GREEN -> "Green: achieved";
            case AMBER -> "Amber: acceptable progress";
            case RED -> "Red: unacceptable progress";
        };
    }

    static String ragTag(RagStatus status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case GREEN -> "govuk-tag--green";
            case AMBER -> "govuk-tag--orange";
            case RED -> "govuk-tag--red";
        };
    }

    private static String format(LocalDate date) {
        return date == null ? null : DisplayDate.format(date);
    }
}
