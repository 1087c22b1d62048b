package uk.scrutiny.domain.model.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * How a date is written in the explanations the users read ("Mon 1 Jan 2024"). One place, so every step and
 * warning reads the same. English month names on purpose: {@code Locale.UK} writes "Sept" on recent JDKs.
 */
public final class DisplayDate {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private DisplayDate() {
    }

    /** The date as "Mon 1 Jan 2024". */
    public static String format(LocalDate date) {
        return FORMAT.format(Objects.requireNonNull(date, "Date is required."));
    }
}
