package uk.scrutiny.domain.model.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A computed date that explains itself. Officers and members question deadlines ("why is my response due on
 * 30 December?"), so each date carries the steps that produced it in plain English ("Thu 1 Jan 2026 skipped:
 * New Year’s Day (bank holiday)") and any warnings ("Bank holidays for 2029 are not yet known; this date assumes
 * there are none."). A warning never stops the answer.
 */
public record ExplainedDate(LocalDate date, List<String> steps, List<String> warnings) {

    public ExplainedDate {
        Objects.requireNonNull(date, "Date is required.");
        steps = List.copyOf(Objects.requireNonNull(steps, "Steps are required."));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "Warnings are required (an empty list when none)."));
    }

    /** Whether anything about this date needs a person's attention. */
    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }
}
