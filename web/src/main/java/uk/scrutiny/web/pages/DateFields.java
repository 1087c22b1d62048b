package uk.scrutiny.web.pages;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads a GOV.UK date input (day, month and year typed separately) and words its errors as the Design System
 * does: "must include a day, month and year", "must be a real date".
 */
public final class DateFields {

    private DateFields() {
    }

    /**
     * The date, or null after recording what is wrong against the day field (which the error summary links to).
     *
     * @param what how the date is named in a message, e.g. "the date of the meeting"
     */
    public static LocalDate read(FormErrors errors, String id, String what, String day, String month, String year) {
        String field = id + "-day";
        if (blank(day) && blank(month) && blank(year)) {
            errors.add(field, "Enter " + what);
            return null;
        }
        if (blank(day) || blank(month) || blank(year)) {
            errors.add(field, capitalised(what) + " must include a day, month and year");
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1900 || y > 2200) {
                errors.add(field, "The year must be four digits, for example 2026");
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(field, capitalised(what) + " must be a real date");
            return null;
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
