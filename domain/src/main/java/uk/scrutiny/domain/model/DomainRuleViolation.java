package uk.scrutiny.domain.model;

/**
 * A request that would break a rule of the domain, such as a missing title or a meeting in the past. It names the
 * field concerned so the web layer can answer 422 with a problem body naming it, or mark the field on a form.
 */
public class DomainRuleViolation extends IllegalArgumentException {

    private final String field;

    public DomainRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
