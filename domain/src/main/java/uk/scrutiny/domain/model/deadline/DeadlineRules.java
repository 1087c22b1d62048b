package uk.scrutiny.domain.model.deadline;

import uk.scrutiny.domain.model.DomainRuleViolation;

/**
 * A council's deadline settings. The defaults are those of the scrutiny toolkit: reports published five clear
 * working days before the meeting, officer responses due five working days before publication, the executive's
 * response due two months after recommendations, and a meeting cycle of two months (the shorter end of "2-3 months")
 * for KLOE when the previous meeting is not known.
 *
 * <p>Why at least one clear working day for publication: "clear working days" exist to give members time to read
 * the reports; with none, reports could be published on the working day before the meeting, which gives no reading
 * time at all and is not a publication rule any council uses. (The legal minimum for a principal council is five
 * clear days, Local Government Act 1972 s100B; smaller numbers remain allowed for bodies with other rules.) The
 * officer response may be due on the publication date itself (0), though that leaves no time to review it.
 *
 * @param publicationClearWorkingDays N: working days that must lie strictly between publication and meeting (at least 1)
 * @param officerResponseWorkingDays M: the officer response is due M working days before publication (at least 0)
 * @param executiveResponseMonths the executive responds within this many months of the recommendations (at least 1)
 * @param meetingCycleMonths one meeting cycle, used for KLOE when the previous meeting is not known (at least 1)
 */
public record DeadlineRules(int publicationClearWorkingDays, int officerResponseWorkingDays,
        int executiveResponseMonths, int meetingCycleMonths) {

    /** The toolkit's defaults: 5 clear working days, 5 working days, 2 months, 2-month meeting cycle. */
    public static final DeadlineRules DEFAULTS = new DeadlineRules(5, 5, 2, 2);

    public DeadlineRules {
        if (publicationClearWorkingDays < 1) {
            throw new DomainRuleViolation("publicationClearWorkingDays",
                    "Reports must be published at least 1 clear working day before the meeting; "
                            + publicationClearWorkingDays + " is not allowed.");
        }
        if (officerResponseWorkingDays < 0) {
            throw new DomainRuleViolation("officerResponseWorkingDays",
                    "The officer response cannot be due after the publication date; the number of working days "
                            + "before publication must be 0 or more, not " + officerResponseWorkingDays + ".");
        }
        if (executiveResponseMonths < 1) {
            throw new DomainRuleViolation("executiveResponseMonths",
                    "The executive must be given at least 1 month to respond to recommendations; "
                            + executiveResponseMonths + " is not allowed.");
        }
        if (meetingCycleMonths < 1) {
            throw new DomainRuleViolation("meetingCycleMonths",
                    "A meeting cycle must be at least 1 month; " + meetingCycleMonths + " is not allowed.");
        }
    }

    /** The toolkit's defaults. */
    public static DeadlineRules defaults() {
        return DEFAULTS;
    }

    public DeadlineRules withPublicationClearWorkingDays(int days) {
        return new DeadlineRules(days, officerResponseWorkingDays, executiveResponseMonths, meetingCycleMonths);
    }

    public DeadlineRules withOfficerResponseWorkingDays(int days) {
        return new DeadlineRules(publicationClearWorkingDays, days, executiveResponseMonths, meetingCycleMonths);
    }

    public DeadlineRules withExecutiveResponseMonths(int months) {
        return new DeadlineRules(publicationClearWorkingDays, officerResponseWorkingDays, months, meetingCycleMonths);
    }

    public DeadlineRules withMeetingCycleMonths(int months) {
        return new DeadlineRules(publicationClearWorkingDays, officerResponseWorkingDays, executiveResponseMonths, months);
    }
}
