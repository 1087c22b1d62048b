package uk.scrutiny.web.pages.officer;

import java.time.LocalDate;
import java.util.List;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.deadline.ExplainedDate;
import uk.scrutiny.domain.model.deadline.WorkingDaysLeft;

/**
 * A deadline as the pages show it: the date, the working days left, and how it was worked out (for a details
 * element), with a note when the date in force is not the one the rules give (an extension, or a request issued
 * after the rule's date had passed).
 *
 * @param rule the date the council's rules give, with its steps
 * @param note why the date in force differs from the rule's, or null
 */
public record DueDate(String label, LocalDate date, WorkingDaysLeft left, ExplainedDate rule, String note) {

    public String getDisplayDate() {
        return DisplayDate.format(date);
    }

    public String getLeft() {
        return left.describe();
    }

    public boolean isOverdue() {
        return left.isOverdue();
    }

    /** A GOV.UK tag colour: red when overdue, orange for two working days or fewer, else grey. */
    public String getTagClass() {
        if (left.isOverdue()) {
            return "govuk-tag--red";
        }
        return left.workingDays() <= 2 ? "govuk-tag--orange" : "govuk-tag--grey";
    }

    public List<String> getSteps() {
        return rule == null ? List.of() : rule.steps();
    }

    public List<String> getWarnings() {
        return rule == null ? left.warnings() : java.util.stream.Stream.concat(rule.warnings().stream(),
                left.warnings().stream()).distinct().toList();
    }
}
