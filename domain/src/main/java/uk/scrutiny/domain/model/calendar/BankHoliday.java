package uk.scrutiny.domain.model.calendar;

import java.time.LocalDate;
import java.util.Objects;
import uk.scrutiny.domain.model.DomainRuleViolation;

/**
 * One bank holiday of England and Wales, as published by GOV.UK. Its title is kept because the users see it when a
 * deadline skips the day ("Mon 1 Jan 2024 skipped: New Year’s Day (bank holiday)").
 */
public record BankHoliday(LocalDate date, String title) {

    public BankHoliday {
        Objects.requireNonNull(date, "Bank holiday date is required.");
        if (title == null || title.isBlank()) {
            throw new DomainRuleViolation("title", "The bank holiday on " + DisplayDate.format(date) + " needs a title.");
        }
        title = title.strip();
    }
}
