package uk.scrutiny.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Parses query parameters by hand rather than through JAX-RS conversion, so a bad value is reported as a 400
 * naming the parameter instead of a bare 404 from the runtime.
 */
final class Parameters {

    private Parameters() {
    }

    static LocalDate optionalDate(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameter(name, name + " must be a date in the form YYYY-MM-DD, for example 2026-01-27.");
        }
    }

    static LocalDate requiredDate(String name, String value) {
        LocalDate date = optionalDate(name, value);
        if (date == null) {
            throw new BadParameter(name, name + " is required: a date in the form YYYY-MM-DD.");
        }
        return date;
    }

    static Long optionalId(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new BadParameter(name, name + " must be a positive whole number.");
        }
    }
}
