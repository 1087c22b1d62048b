package uk.scrutiny.domain.model;

/**
 * Guards for the free text the users type. The messages name the field in the users' words because they reach
 * the person who typed the text (through the API's problem details and the pages' error summaries).
 */
public final class Text {

    private Text() {
    }

    public static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation(field, field + " is required.");
        }
        return optional(value, field, maxLength);
    }

    public static String optional(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new DomainRuleViolation(field, field + " must be " + maxLength + " characters or fewer.");
        }
        return stripped;
    }
}
