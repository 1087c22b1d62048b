package uk.scrutiny.domain.model.calendar;

import java.util.Objects;
import uk.scrutiny.domain.model.DomainRuleViolation;

/**
 * Why a day is not a working day. Deadlines explain every day they skip, so the calendar answers "why not?" and not
 * just "no".
 *
 * @param kind weekend, bank holiday or council closure
 * @param name what the users call that day: "Saturday", "New Year’s Day", "Christmas closure"
 */
public record NonWorkingReason(Kind kind, String name) {

    /** The three reasons a day is not a working day. */
    public enum Kind {
        WEEKEND,
        BANK_HOLIDAY,
        CLOSURE
    }

    public NonWorkingReason {
        Objects.requireNonNull(kind, "Kind of non-working day is required.");
        if (name == null || name.isBlank()) {
            throw new DomainRuleViolation("name", "A non-working day needs a name.");
        }
    }

    /** The reason as written in an explanation: "weekend", "New Year’s Day (bank holiday)", "Christmas closure (council closure)". */
    public String explanation() {
        return switch (kind) {
            case WEEKEND -> "weekend";
            case BANK_HOLIDAY -> name + " (bank holiday)";
            case CLOSURE -> name + " (council closure)";
        };
    }
}
