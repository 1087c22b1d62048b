package uk.scrutiny.domain.model;

/**
 * Guards for the free text the users type. Each names the field as the API spells it (for problem details and
 * form errors) and words the message with the label the user sees.
 */
public final class Text {

    private Text() {
    }

    public static String required(String value, String field, String label, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation(field, label + " is required.");
        }
        return optional(value, field, label, maxLength);
    }

    public static String optional(String value, String field, String label, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new DomainRuleViolation(field, label + " must be " + maxLength + " characters or fewer.");
        }
        return stripped;
    }

    /** A link the user gives, such as the evidence for a red flag: a web address, so a reader can follow it. */
    public static String optionalLink(String value, String field, String label) {
        String link = optional(value, field, label, 1000);
        if (link != null && !link.matches("https?://\\S+")) {
            throw new DomainRuleViolation(field, label + " must be a web address starting with http:// or https://.");
        }
        return link;
    }

    public static String requiredLink(String value, String field, String label) {
        required(value, field, label, 1000);
        return optionalLink(value, field, label);
    }
}
