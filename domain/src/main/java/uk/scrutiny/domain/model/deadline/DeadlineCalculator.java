package uk.scrutiny.domain.model.deadline;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.calendar.NonWorkingReason;
import uk.scrutiny.domain.model.calendar.WorkingDayCalendar;

/**
 * Works out the deadlines of the scrutiny cycle from a meeting date (or the date recommendations were made), on one
 * council's {@link WorkingDayCalendar} with its {@link DeadlineRules}. Why one place: every page, reminder and
 * escalation must agree on the same dates, and each date must be explainable to the officer or member who doubts it.
 *
 * <h2>Counting rules</h2>
 * With N = {@link DeadlineRules#publicationClearWorkingDays()} and M = {@link DeadlineRules#officerResponseWorkingDays()}:
 * <ul>
 *   <li><b>Publication date</b>: the latest working day that leaves N <em>clear</em> working days before the
 *   meeting. Clear means neither the day of publication nor the day of the meeting counts, so exactly N working days
 *   lie strictly between the publication date and the meeting, and the publication date is itself a working day:
 *   it is the (N+1)th working day counting back from the day before the meeting. Meeting Tue 27 Jan 2026: clear
 *   days Mon 26, Fri 23, Thu 22, Wed 21, Tue 20, so publication Mon 19 Jan 2026.</li>
 *   <li><b>Officer response due</b>: M working days before the publication date, that is the Mth working day counting
 *   back from the day before publication (the publication day itself does not count). Exactly M-1 working days lie
 *   strictly between the due date and the publication date, and the due date is a working day (with M = 0 it is the
 *   publication date). Derived from the toolkit's examples: publication Mon 19 Jan 2026: Fri 16, Thu 15, Wed 14,
 *   Tue 13, Mon 12, so due Mon 12 Jan 2026; publication Wed 7 Jan 2026: Tue 6, Mon 5, Fri 2, (Thu 1 Jan bank
 *   holiday), Wed 31 Dec, Tue 30 Dec, so due Tue 30 Dec 2025.</li>
 * </ul>
 * A meeting on a non-working day is still answered (the meeting day never counts anyway), with a warning. Any day
 * looked at in a year whose bank holidays are not known adds a warning naming that year; the answer then assumes
 * that year has no bank holidays.
 */
public final class DeadlineCalculator {

    private final WorkingDayCalendar calendar;
    private final DeadlineRules rules;

    public DeadlineCalculator(WorkingDayCalendar calendar, DeadlineRules rules) {
        this.calendar = Objects.requireNonNull(calendar, "Working-day calendar is required.");
        this.rules = Objects.requireNonNull(rules, "Deadline rules are required.");
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public DeadlineRules rules() {
        return rules;
    }

    /** The publication date and officer response due date of a meeting, with their explanations. */
    public MeetingDeadlines deadlinesFor(LocalDate meetingDate) {
        ExplainedDate publication = publicationDate(meetingDate);
        return new MeetingDeadlines(meetingDate, publication, officerResponseDue(publication));
    }

    /** The latest working day that leaves N clear working days before the meeting (see the class comment). */
    public ExplainedDate publicationDate(LocalDate meetingDate) {
        Objects.requireNonNull(meetingDate, "Meeting date is required.");
        int clearDays = rules.publicationClearWorkingDays();
        List<String> steps = new ArrayList<>();
        steps.add("Meeting on " + show(meetingDate) + ". Reports are published " + workingDays(clearDays, "clear ")
                + " before it: neither the day of publication nor the day of the meeting counts.");
        LocalDate day = meetingDate;
        int counted = 0;
        while (true) {
            day = day.minusDays(1);
            Optional<NonWorkingReason> why = calendar.whyNotWorking(day);
            if (why.isPresent()) {
                steps.add(skipped(day, why.get()));
            } else if (counted < clearDays) {
                counted++;
                steps.add(show(day) + ": clear working day " + counted + " of " + clearDays);
            } else {
                break;
            }
        }
        steps.add("Publication date: " + show(day) + ", the latest working day that leaves "
                + workingDays(clearDays, "clear ") + " before the meeting.");
        List<String> warnings = new ArrayList<>();
        calendar.whyNotWorking(meetingDate).ifPresent(why ->
                warnings.add("The meeting is on a non-working day (" + why.name() + ")."));
        warnings.addAll(unknownBankHolidayWarnings(day, meetingDate, "date"));
        return new ExplainedDate(day, steps, warnings);
    }

    /** M working days before the publication date of this meeting (see the class comment). */
    public ExplainedDate officerResponseDue(LocalDate meetingDate) {
        return officerResponseDue(publicationDate(meetingDate));
    }

    private ExplainedDate officerResponseDue(ExplainedDate publication) {
        int daysBefore = rules.officerResponseWorkingDays();
        LocalDate publicationDate = publication.date();
        List<String> steps = new ArrayList<>();
        steps.add("Reports are published on " + show(publicationDate) + ". Officer responses are due "
                + workingDays(daysBefore, "") + " before that; the day of publication does not count.");
        LocalDate day = publicationDate;
        int counted = 0;
        while (counted < daysBefore) {
            day = day.minusDays(1);
            Optional<NonWorkingReason> why = calendar.whyNotWorking(day);
            if (why.isPresent()) {
                steps.add(skipped(day, why.get()));
            } else {
                counted++;
                steps.add(show(day) + ": working day " + counted + " of " + daysBefore + " before publication");
            }
        }
        steps.add("Officer response due: " + show(day)
                + (daysBefore == 0 ? ", the publication date itself." : "."));
        Set<String> warnings = new LinkedHashSet<>(publication.warnings());
        warnings.addAll(unknownBankHolidayWarnings(day, publicationDate, "date"));
        return new ExplainedDate(day, steps, List.copyOf(warnings));
    }

    /**
     * When the executive's response to recommendations is due: {@link DeadlineRules#executiveResponseMonths()}
     * months after the day they were made ({@link LocalDate#plusMonths}, so 31 Dec plus two months is the last day of
     * February), as the toolkit says.
     *
     * <p>If that day is not a working day, the response is due on the <em>previous</em> working day, not the next.
     * Why: the duty (Local Government Act 2000, s9FE) is to respond <em>within</em> two months, and a statutory
     * period is not extended because it ends on a weekend or a bank holiday. Rolling forward would show a due date
     * outside the period, and an executive working to it would respond late; rolling back only chases a day or two
     * earlier. (The Act counts the months from the day the recommendations are received, which this date assumes is
     * the day they are made.)
     */
    public ExplainedDate executiveResponseDue(LocalDate recommendationsMadeOn) {
        Objects.requireNonNull(recommendationsMadeOn, "The date the recommendations were made is required.");
        int months = rules.executiveResponseMonths();
        String period = months + (months == 1 ? " month" : " months");
        LocalDate limit = recommendationsMadeOn.plusMonths(months);
        List<String> steps = new ArrayList<>();
        steps.add("Recommendations made on " + show(recommendationsMadeOn) + ". The executive must respond within "
                + period + ".");
        String clamped = limit.getDayOfMonth() == recommendationsMadeOn.getDayOfMonth() ? ""
                : " (the last day of " + limit.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                        + limit.getYear() + ", which has no " + ordinal(recommendationsMadeOn.getDayOfMonth()) + ")";
        steps.add(period + " after " + show(recommendationsMadeOn) + " is " + show(limit) + clamped + ".");
        LocalDate day = limit;
        Optional<NonWorkingReason> why = calendar.whyNotWorking(day);
        while (why.isPresent()) {
            steps.add(skipped(day, why.get()));
            day = day.minusDays(1);
            why = calendar.whyNotWorking(day);
        }
        steps.add(day.equals(limit)
                ? "Executive response due: " + show(day) + "."
                : "Executive response due: " + show(day) + ", the last working day within " + period
                        + " (a statutory period is not extended by weekends or holidays).");
        return new ExplainedDate(day, steps, unknownBankHolidayWarnings(day, limit, "date"));
    }

    /**
     * By when the key lines of enquiry (KLOE) should be agreed: at the previous meeting of the same committee, one
     * meeting cycle ahead, so respondents have time. Warns if that meeting is after the officer response due date
     * (KLOE agreed there would leave officers no time).
     */
    public ExplainedDate kloeAgreedBy(LocalDate meetingDate, LocalDate previousMeetingDate) {
        Objects.requireNonNull(meetingDate, "Meeting date is required.");
        Objects.requireNonNull(previousMeetingDate, "Previous meeting date is required.");
        if (!previousMeetingDate.isBefore(meetingDate)) {
            throw new DomainRuleViolation("previousMeetingDate", "The previous meeting (" + show(previousMeetingDate)
                    + ") must be before the meeting (" + show(meetingDate) + ").");
        }
        List<String> steps = List.of(
                "KLOE should be agreed one meeting cycle before the meeting on " + show(meetingDate)
                        + ": at the previous meeting of the committee.",
                "KLOE agreed by: " + show(previousMeetingDate) + ".");
        List<String> warnings = new ArrayList<>();
        LocalDate officerResponseDue = deadlinesFor(meetingDate).officerResponseDue();
        if (previousMeetingDate.isAfter(officerResponseDue)) {
            warnings.add("The previous meeting (" + show(previousMeetingDate) + ") is after the officer response due "
                    + "date (" + show(officerResponseDue) + "); KLOE agreed there leave officers no time to respond.");
        }
        return new ExplainedDate(previousMeetingDate, steps, warnings);
    }

    /**
     * By when KLOE should be agreed when the committee has no previous meeting on record: one meeting cycle
     * ({@link DeadlineRules#meetingCycleMonths()}) before the meeting, with a warning saying so.
     */
    public ExplainedDate kloeAgreedBy(LocalDate meetingDate) {
        Objects.requireNonNull(meetingDate, "Meeting date is required.");
        int months = rules.meetingCycleMonths();
        LocalDate agreedBy = meetingDate.minusMonths(months);
        String cycle = months + (months == 1 ? " month" : " months");
        return new ExplainedDate(agreedBy,
                List.of("No previous meeting of this committee is known, so one meeting cycle (" + cycle
                                + ") before the meeting on " + show(meetingDate) + " is used.",
                        "KLOE agreed by: " + show(agreedBy) + "."),
                List.of("No previous meeting of this committee is known; KLOE should be agreed at least one meeting "
                        + "cycle (" + cycle + ") before the meeting, so by " + show(agreedBy) + "."));
    }

    /** Whether KLOE agreed on this day are later than one meeting cycle ahead (after the previous meeting). */
    public boolean isKloeAgreedLate(LocalDate agreedOn, LocalDate meetingDate, LocalDate previousMeetingDate) {
        Objects.requireNonNull(agreedOn, "The date the KLOE were agreed is required.");
        return agreedOn.isAfter(kloeAgreedBy(meetingDate, previousMeetingDate).date());
    }

    /** Whether KLOE agreed on this day are later than one meeting cycle ahead, when no previous meeting is known. */
    public boolean isKloeAgreedLate(LocalDate agreedOn, LocalDate meetingDate) {
        Objects.requireNonNull(agreedOn, "The date the KLOE were agreed is required.");
        return agreedOn.isAfter(kloeAgreedBy(meetingDate).date());
    }

    /** Working days left from today until a due date ("3 working days left", "overdue by 2 working days"). */
    public WorkingDaysLeft workingDaysLeft(LocalDate today, LocalDate due) {
        Objects.requireNonNull(today, "Today's date is required.");
        Objects.requireNonNull(due, "Due date is required.");
        return new WorkingDaysLeft(today, due, calendar.workingDaysBetween(today, due),
                unknownBankHolidayWarnings(today, due, "count"));
    }

    private List<String> unknownBankHolidayWarnings(LocalDate oneDay, LocalDate otherDay, String what) {
        List<String> warnings = new ArrayList<>();
        for (int year : calendar.yearsWithoutBankHolidayData(oneDay, otherDay)) {
            warnings.add("Bank holidays for " + year + " are not yet known; this " + what + " assumes there are none.");
        }
        return warnings;
    }

    private static String skipped(LocalDate day, NonWorkingReason why) {
        return show(day) + " skipped: " + why.explanation();
    }

    private static String workingDays(int count, String kind) {
        return count + " " + kind + (count == 1 ? "working day" : "working days");
    }

    private static String ordinal(int dayOfMonth) {
        return dayOfMonth + (dayOfMonth == 31 ? "st" : "th");
    }

    private static String show(LocalDate day) {
        return DisplayDate.format(day);
    }
}
