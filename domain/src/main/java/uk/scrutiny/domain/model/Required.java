package uk.scrutiny.domain.model;

/**
 * Guard for values other than text (a date, a person, a choice from a list) that a rule needs: a missing one is a
 * {@link DomainRuleViolation} naming the field, not a bare NullPointerException, so a form or the API can say which
 * field to fill in.
 */
public final class Required {

    private Required() {
    }

    public static <T> T value(T value, String field, String message) {
        if (value == null) {
            throw new DomainRuleViolation(field, message);
        }
        return value;
    }
}
