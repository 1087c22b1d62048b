package uk.scrutiny.domain.model.calendar;

import uk.scrutiny.domain.model.DomainRuleViolation;

/**
 * A bank holiday file that cannot be trusted: not JSON, no England and Wales division, an event without a valid
 * date, a date listed twice. The message says what is wrong and where, because it is shown to the administrator
 * who uploaded the file; a half-read file is never used, since a missing bank holiday silently moves deadlines.
 */
public class MalformedBankHolidayFeedException extends DomainRuleViolation {

    /** The form field an administrator uploads the file through. */
    public static final String FIELD = "bankHolidayFile";

    public MalformedBankHolidayFeedException(String message) {
        super(FIELD, message);
    }

    public MalformedBankHolidayFeedException(String message, Throwable cause) {
        super(FIELD, message);
        initCause(cause);
    }
}
