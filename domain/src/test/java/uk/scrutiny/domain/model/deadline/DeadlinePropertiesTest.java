package uk.scrutiny.domain.model.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.scrutiny.domain.model.calendar.ClosurePeriod;
import uk.scrutiny.domain.model.calendar.WorkingDayCalendar;

/**
 * The counting rules checked by brute force over random meetings (2018-2027), random closures near them and random
 * N and M. The brute force only asks the calendar whether single days are working days.
 */
class DeadlinePropertiesTest {

    private static final WorkingDayCalendar ENGLAND_AND_WALES = WorkingDayCalendar.englandAndWales();

    record Scenario(LocalDate meeting, List<ClosurePeriod> closures, int clearDays, int officerDays) {

        WorkingDayCalendar calendar() {
            return ENGLAND_AND_WALES.withClosures(closures);
        }

        DeadlineCalculator calculator() {
            return new DeadlineCalculator(calendar(), new DeadlineRules(clearDays, officerDays, 2, 2));
        }
    }

    @Property(tries = 500)
    void exactlyNWorkingDaysLieStrictlyBetweenPublicationAndMeeting(@ForAll("scenarios") Scenario scenario) {
        LocalDate publication = scenario.calculator().publicationDate(scenario.meeting()).date();

        assertThat(workingDaysStrictlyBetween(scenario.calendar(), publication, scenario.meeting()))
                .isEqualTo(scenario.clearDays());
        assertThat(scenario.calendar().isWorkingDay(publication)).isTrue();
        assertThat(publication).isBefore(scenario.meeting());
    }

    @Property(tries = 500)
    void noLaterWorkingDayLeavesEnoughClearDays(@ForAll("scenarios") Scenario scenario) {
        WorkingDayCalendar calendar = scenario.calendar();
        LocalDate publication = scenario.calculator().publicationDate(scenario.meeting()).date();

        for (LocalDate later = publication.plusDays(1); later.isBefore(scenario.meeting()); later = later.plusDays(1)) {
            if (calendar.isWorkingDay(later)) {
                assertThat(workingDaysStrictlyBetween(calendar, later, scenario.meeting()))
                        .as("working day %s after publication", later)
                        .isLessThan(scenario.clearDays());
            }
        }
    }

    @Property(tries = 500)
    void theOfficerResponseIsDueOnTheMthWorkingDayBeforePublication(@ForAll("scenarios") Scenario scenario) {
        WorkingDayCalendar calendar = scenario.calendar();
        MeetingDeadlines deadlines = scenario.calculator().deadlinesFor(scenario.meeting());
        LocalDate publication = deadlines.publicationDate();
        LocalDate due = deadlines.officerResponseDue();

        assertThat(calendar.isWorkingDay(due)).isTrue();
        // Working days from the due date (counted) up to publication (not counted): M.
        long counted = due.datesUntil(publication).filter(calendar::isWorkingDay).count();
        assertThat(counted).isEqualTo(scenario.officerDays());
        if (scenario.officerDays() == 0) {
            assertThat(due).isEqualTo(publication);
        } else {
            assertThat(due).isBefore(publication);
            assertThat(workingDaysStrictlyBetween(calendar, due, publication)).isEqualTo(scenario.officerDays() - 1);
        }
        assertThat(publication).isBefore(scenario.meeting());
    }

    @Property(tries = 300)
    void warnsForExactlyTheUnknownYearsLookedAtAndANonWorkingMeeting(@ForAll("scenarios") Scenario scenario) {
        WorkingDayCalendar calendar = scenario.calendar();
        MeetingDeadlines deadlines = scenario.calculator().deadlinesFor(scenario.meeting());

        List<String> expected = new ArrayList<>();
        calendar.whyNotWorking(scenario.meeting()).ifPresent(why ->
                expected.add("The meeting is on a non-working day (" + why.name() + ")."));
        for (int year = deadlines.officerResponseDue().getYear(); year <= scenario.meeting().getYear(); year++) {
            if (year < 2018 || year > 2027) {
                expected.add("Bank holidays for " + year + " are not yet known; this date assumes there are none.");
            }
        }
        assertThat(deadlines.warnings()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Property(tries = 300)
    void thePublicationDateExplainsEverySkippedDay(@ForAll("scenarios") Scenario scenario) {
        WorkingDayCalendar calendar = scenario.calendar();
        ExplainedDate publication = scenario.calculator().publicationDate(scenario.meeting());

        long nonWorking = publication.date().plusDays(1).datesUntil(scenario.meeting())
                .filter(day -> !calendar.isWorkingDay(day)).count();
        assertThat(publication.steps().stream().filter(step -> step.contains(" skipped: ")).count()).isEqualTo(nonWorking);
    }

    @Property(tries = 300)
    void theExecutiveResponseIsTheLastWorkingDayWithinTheMonths(@ForAll("scenarios") Scenario scenario) {
        WorkingDayCalendar calendar = scenario.calendar();
        LocalDate limit = scenario.meeting().plusMonths(2);
        LocalDate due = scenario.calculator().executiveResponseDue(scenario.meeting()).date();

        assertThat(calendar.isWorkingDay(due)).isTrue();
        assertThat(due).isBeforeOrEqualTo(limit);
        assertThat(due.plusDays(1).datesUntil(limit.plusDays(1)).noneMatch(calendar::isWorkingDay)).isTrue();
    }

    private static long workingDaysStrictlyBetween(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
        return from.plusDays(1).datesUntil(to).filter(calendar::isWorkingDay).count();
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<LocalDate> meetings = Arbitraries.longs()
                .between(LocalDate.of(2018, 1, 1).toEpochDay(), LocalDate.of(2027, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        // Closures a few days to a few months before the meeting (sometimes covering it), 1 to 15 days long.
        Arbitrary<List<int[]>> closureShapes = Combinators.combine(
                        Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 14))
                .as((daysBefore, length) -> new int[] {daysBefore, length})
                .list().ofMaxSize(4);
        Arbitrary<Integer> clearDays = Arbitraries.integers().between(1, 15);
        Arbitrary<Integer> officerDays = Arbitraries.integers().between(0, 15);
        return Combinators.combine(meetings, closureShapes, clearDays, officerDays)
                .as((meeting, shapes, n, m) -> new Scenario(meeting, shapes.stream()
                        .map(shape -> new ClosurePeriod(meeting.minusDays(shape[0]),
                                meeting.minusDays(shape[0]).plusDays(shape[1]), "Closure " + shape[0]))
                        .toList(), n, m));
    }
}
