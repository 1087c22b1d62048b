package uk.scrutiny.domain.model.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.calendar.ClosurePeriod;
import uk.scrutiny.domain.model.calendar.WorkingDayCalendar;

/** Every expected date here was counted by hand on a paper calendar; the comments show the count. */
class DeadlineCalculatorTest {

    private static final WorkingDayCalendar ENGLAND_AND_WALES = WorkingDayCalendar.englandAndWales();
    private static final DeadlineCalculator DEFAULTS = new DeadlineCalculator(ENGLAND_AND_WALES, DeadlineRules.defaults());
    private static final ClosurePeriod CHRISTMAS_CLOSURE =
            new ClosurePeriod(LocalDate.of(2025, 12, 24), LocalDate.of(2026, 1, 2), "Christmas closure");

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Nested
    class TheWorkedExamplesOfTheToolkit {

        @Test
        void meetingTuesday27January2026() {
            MeetingDeadlines deadlines = DEFAULTS.deadlinesFor(date(2026, 1, 27));

            assertThat(deadlines.publicationDate()).isEqualTo(date(2026, 1, 19));
            assertThat(deadlines.officerResponseDue()).isEqualTo(date(2026, 1, 12));
            assertThat(deadlines.warnings()).isEmpty();
        }

        @Test
        void meetingThursday15January2026WithNewYearsDayInTheWay() {
            MeetingDeadlines deadlines = DEFAULTS.deadlinesFor(date(2026, 1, 15));

            assertThat(deadlines.publicationDate()).isEqualTo(date(2026, 1, 7));
            assertThat(deadlines.officerResponseDue()).isEqualTo(date(2025, 12, 30));
            assertThat(deadlines.officerResponse().steps()).contains(
                    "Tue 6 Jan 2026: working day 1 of 5 before publication",
                    "Sat 3 Jan 2026 skipped: weekend",
                    "Thu 1 Jan 2026 skipped: New Year’s Day (bank holiday)",
                    "Tue 30 Dec 2025: working day 5 of 5 before publication",
                    "Officer response due: Tue 30 Dec 2025.");
            assertThat(deadlines.warnings()).isEmpty();
        }

        @Test
        void thePublicationDateExplainsEachClearDay() {
            ExplainedDate publication = DEFAULTS.publicationDate(date(2026, 1, 27));

            assertThat(publication.steps()).containsExactly(
                    "Meeting on Tue 27 Jan 2026. Reports are published 5 clear working days before it: neither the day "
                            + "of publication nor the day of the meeting counts.",
                    "Mon 26 Jan 2026: clear working day 1 of 5",
                    "Sun 25 Jan 2026 skipped: weekend",
                    "Sat 24 Jan 2026 skipped: weekend",
                    "Fri 23 Jan 2026: clear working day 2 of 5",
                    "Thu 22 Jan 2026: clear working day 3 of 5",
                    "Wed 21 Jan 2026: clear working day 4 of 5",
                    "Tue 20 Jan 2026: clear working day 5 of 5",
                    "Publication date: Mon 19 Jan 2026, the latest working day that leaves 5 clear working days "
                            + "before the meeting.");
            assertThat(publication.hasWarnings()).isFalse();
        }
    }

    @Nested
    class AroundBankHolidays {

        @ParameterizedTest(name = "meeting {0}: publication {1}, officer response {2} ({3})")
        @CsvSource(delimiter = '|', textBlock = """
                # meeting | publication | officer response due | why
                2025-04-22 | 2025-04-10 | 2025-04-03 | Tue after Easter: clear Thu 17, Wed 16, Tue 15, Mon 14, Fri 11
                2025-04-24 | 2025-04-14 | 2025-04-07 | Thu after Easter: clear Wed 23, Tue 22, Thu 17, Wed 16, Tue 15
                2025-05-06 | 2025-04-25 | 2025-04-16 | Tue after early May: officer response skips Easter Mon and Good Fri
                2025-05-27 | 2025-05-16 | 2025-05-09 | Tue after the spring bank holiday
                2025-06-02 | 2025-05-22 | 2025-05-15 | Monday, with the spring bank holiday among the clear days
                2026-01-06 | 2025-12-24 | 2025-12-17 | early Jan 2026: clear Mon 5, Fri 2, Wed 31, Tue 30, Mon 29
                2027-01-07 | 2026-12-29 | 2026-12-18 | early Jan 2027: officer response skips Mon 28 and Fri 25 Dec
                2022-06-07 | 2022-05-26 | 2022-05-19 | 2-3 June 2022 moved spring bank holiday and Platinum Jubilee
                2020-05-12 | 2020-05-01 | 2020-04-24 | 8 May 2020 VE day, Mon 4 May 2020 a working day
                2022-09-22 | 2022-09-13 | 2022-09-06 | 19 Sep 2022 State Funeral of Queen Elizabeth II
                2023-05-10 | 2023-04-28 | 2023-04-21 | 8 May 2023 coronation and 1 May 2023 early May
                2021-01-05 | 2020-12-23 | 2020-12-16 | 28 Dec 2020 Boxing Day substitute, 1 Jan 2021
                2022-01-06 | 2021-12-24 | 2021-12-17 | 27-28 Dec 2021 and 3 Jan 2022 substitute days
                """)
        void countsOnlyWorkingDays(LocalDate meeting, LocalDate publication, LocalDate officerResponse, String why) {
            MeetingDeadlines deadlines = DEFAULTS.deadlinesFor(meeting);

            assertThat(deadlines.publicationDate()).as(why).isEqualTo(publication);
            assertThat(deadlines.officerResponseDue()).as(why).isEqualTo(officerResponse);
            assertThat(DEFAULTS.publicationDate(meeting).date()).isEqualTo(publication);
            assertThat(DEFAULTS.officerResponseDue(meeting).date()).isEqualTo(officerResponse);
            assertThat(deadlines.warnings()).isEmpty();
        }

        @Test
        void explainsTheMovedAndExtraHolidaysOf2022() {
            ExplainedDate publication = DEFAULTS.publicationDate(date(2022, 6, 7));

            assertThat(publication.steps()).contains(
                    "Fri 3 Jun 2022 skipped: Platinum Jubilee bank holiday (bank holiday)",
                    "Thu 2 Jun 2022 skipped: Spring bank holiday (bank holiday)",
                    "Mon 30 May 2022: clear working day 4 of 5");
        }
    }

    @Nested
    class AMeetingOnANonWorkingDay {

        @Test
        void onASaturdayIsStillAnsweredWithAWarning() {
            MeetingDeadlines deadlines = DEFAULTS.deadlinesFor(date(2025, 6, 14));

            // Clear: Fri 13, Thu 12, Wed 11, Tue 10, Mon 9; officer: Thu 5, Wed 4, Tue 3, Mon 2, Fri 30 May.
            assertThat(deadlines.publicationDate()).isEqualTo(date(2025, 6, 6));
            assertThat(deadlines.officerResponseDue()).isEqualTo(date(2025, 5, 30));
            assertThat(deadlines.warnings()).containsExactly("The meeting is on a non-working day (Saturday).");
            assertThat(deadlines.officerResponse().warnings()).containsExactly("The meeting is on a non-working day (Saturday).");
        }

        @Test
        void onABankHolidayNamesIt() {
            // Clear: Fri 22, Thu 21, Wed 20, Tue 19, Mon 18 Aug 2025.
            ExplainedDate publication = DEFAULTS.publicationDate(date(2025, 8, 25));

            assertThat(publication.date()).isEqualTo(date(2025, 8, 15));
            assertThat(publication.warnings()).containsExactly("The meeting is on a non-working day (Summer bank holiday).");
        }
    }

    @Nested
    class WithClosures {

        private final DeadlineCalculator closed =
                new DeadlineCalculator(ENGLAND_AND_WALES.withClosure(CHRISTMAS_CLOSURE), DeadlineRules.defaults());

        @Test
        void aChristmasClosureMovesTheOfficerResponseFor15January2026Earlier() {
            MeetingDeadlines deadlines = closed.deadlinesFor(date(2026, 1, 15));

            // Publication unchanged (clear: 14, 13, 12, 9, 8 Jan). Officer response: Tue 6, Mon 5, then closed
            // 24 Dec-2 Jan, then Tue 23, Mon 22, Fri 19 Dec.
            assertThat(deadlines.publicationDate()).isEqualTo(date(2026, 1, 7));
            assertThat(deadlines.officerResponseDue()).isEqualTo(date(2025, 12, 19));
            assertThat(deadlines.officerResponse().steps()).contains(
                    "Fri 2 Jan 2026 skipped: Christmas closure (council closure)",
                    "Thu 1 Jan 2026 skipped: New Year’s Day (bank holiday)",
                    "Wed 24 Dec 2025 skipped: Christmas closure (council closure)");
        }

        @Test
        void aChristmasClosureMovesBothDeadlinesFor6January2026Earlier() {
            MeetingDeadlines deadlines = closed.deadlinesFor(date(2026, 1, 6));

            // Clear: Mon 5 Jan, Tue 23, Mon 22, Fri 19, Thu 18 Dec; officer: Tue 16, Mon 15, Fri 12, Thu 11, Wed 10.
            assertThat(deadlines.publicationDate()).isEqualTo(date(2025, 12, 17));
            assertThat(deadlines.officerResponseDue()).isEqualTo(date(2025, 12, 10));
        }

        @Test
        void leaveTheOriginalCalculatorAsItWas() {
            assertThat(DEFAULTS.deadlinesFor(date(2026, 1, 15)).officerResponseDue()).isEqualTo(date(2025, 12, 30));
        }
    }

    @Nested
    class WithTheCouncilsOwnRules {

        @Test
        void threeClearDaysAndTenWorkingDaysForOfficers() {
            DeadlineCalculator calculator = new DeadlineCalculator(ENGLAND_AND_WALES,
                    DeadlineRules.defaults().withPublicationClearWorkingDays(3).withOfficerResponseWorkingDays(10));

            // Clear: Mon 26, Fri 23, Thu 22 -> Wed 21; officer: 20, 19, 16, 15, 14, 13, 12, 9, 8, 7 Jan.
            MeetingDeadlines january27 = calculator.deadlinesFor(date(2026, 1, 27));
            assertThat(january27.publicationDate()).isEqualTo(date(2026, 1, 21));
            assertThat(january27.officerResponseDue()).isEqualTo(date(2026, 1, 7));

            // Clear: 14, 13, 12 -> Fri 9; officer: 8, 7, 6, 5, 2 Jan, 31, 30, 29, 24, 23 Dec.
            MeetingDeadlines january15 = calculator.deadlinesFor(date(2026, 1, 15));
            assertThat(january15.publicationDate()).isEqualTo(date(2026, 1, 9));
            assertThat(january15.officerResponseDue()).isEqualTo(date(2025, 12, 23));
        }

        @Test
        void oneClearDayAndTheResponseDueOnThePublicationDate() {
            DeadlineCalculator calculator = new DeadlineCalculator(ENGLAND_AND_WALES,
                    new DeadlineRules(1, 0, 2, 2));

            MeetingDeadlines deadlines = calculator.deadlinesFor(date(2026, 1, 27));

            assertThat(deadlines.publicationDate()).isEqualTo(date(2026, 1, 23));
            assertThat(deadlines.officerResponseDue()).isEqualTo(date(2026, 1, 23));
            assertThat(deadlines.officerResponse().steps())
                    .endsWith("Officer response due: Fri 23 Jan 2026, the publication date itself.");
        }
    }

    @Nested
    class BeyondTheKnownBankHolidays {

        @Test
        void aMeetingIn2031IsAnsweredAndWarnsThat2031IsUnknown() {
            MeetingDeadlines deadlines = DEFAULTS.deadlinesFor(date(2031, 1, 16));

            // No bank holidays assumed: clear 15, 14, 13, 10, 9 -> Wed 8; officer 7, 6, 3, 2, 1 Jan (really
            // New Year's Day, which is exactly why the warning matters).
            assertThat(deadlines.publicationDate()).isEqualTo(date(2031, 1, 8));
            assertThat(deadlines.officerResponseDue()).isEqualTo(date(2031, 1, 1));
            assertThat(deadlines.warnings())
                    .containsExactly("Bank holidays for 2031 are not yet known; this date assumes there are none.");
        }

        @Test
        void aMeetingIn2029WarnsOnBothDates() {
            MeetingDeadlines deadlines = DEFAULTS.deadlinesFor(date(2029, 7, 10));

            assertThat(deadlines.publication().warnings())
                    .containsExactly("Bank holidays for 2029 are not yet known; this date assumes there are none.");
            assertThat(deadlines.officerResponse().warnings())
                    .containsExactly("Bank holidays for 2029 are not yet known; this date assumes there are none.");
        }

        @Test
        void acrossTheBoundaryOnlyTheUnknownYearIsNamed() {
            MeetingDeadlines deadlines = DEFAULTS.deadlinesFor(date(2028, 1, 11));

            // Clear: 10, 7, 6, 5, 4 Jan 2028 -> Mon 3 Jan; officer: Fri 31, Thu 30, Wed 29, (Tue 28 and Mon 27
            // Dec 2027 substitute days), Fri 24, Thu 23 Dec 2027.
            assertThat(deadlines.publicationDate()).isEqualTo(date(2028, 1, 3));
            assertThat(deadlines.officerResponseDue()).isEqualTo(date(2027, 12, 23));
            assertThat(deadlines.officerResponse().steps()).contains("Tue 28 Dec 2027 skipped: Boxing Day (bank holiday)");
            assertThat(deadlines.warnings())
                    .containsExactly("Bank holidays for 2028 are not yet known; this date assumes there are none.");
        }

        @Test
        void aMeetingBeforeTheFirstKnownYearWarnsToo() {
            // Clear: Fri 5, Thu 4, Wed 3, Tue 2 Jan 2018, Fri 29 Dec 2017 -> Thu 28 Dec 2017.
            ExplainedDate publication = DEFAULTS.publicationDate(date(2018, 1, 8));

            assertThat(publication.date()).isEqualTo(date(2017, 12, 28));
            assertThat(publication.warnings())
                    .containsExactly("Bank holidays for 2017 are not yet known; this date assumes there are none.");
        }
    }

    @Nested
    class ExecutiveResponse {

        @Test
        void isDueTwoMonthsAfterTheRecommendations() {
            ExplainedDate due = DEFAULTS.executiveResponseDue(date(2026, 1, 27));

            assertThat(due.date()).isEqualTo(date(2026, 3, 27));
            assertThat(due.steps()).containsExactly(
                    "Recommendations made on Tue 27 Jan 2026. The executive must respond within 2 months.",
                    "2 months after Tue 27 Jan 2026 is Fri 27 Mar 2026.",
                    "Executive response due: Fri 27 Mar 2026.");
            assertThat(due.warnings()).isEmpty();
        }

        @Test
        void fallingAtAWeekendIsDueOnThePreviousWorkingDaySoItStaysWithinTwoMonths() {
            ExplainedDate due = DEFAULTS.executiveResponseDue(date(2026, 1, 28));

            assertThat(due.date()).isEqualTo(date(2026, 3, 27));
            assertThat(due.steps()).contains("Sat 28 Mar 2026 skipped: weekend");
            assertThat(due.steps().get(due.steps().size() - 1))
                    .startsWith("Executive response due: Fri 27 Mar 2026, the last working day within 2 months");
        }

        @Test
        void fallingOnEasterMondayIsDueOnTheThursdayBeforeGoodFriday() {
            ExplainedDate due = DEFAULTS.executiveResponseDue(date(2026, 2, 6));

            assertThat(due.date()).isEqualTo(date(2026, 4, 2));
            assertThat(due.steps()).contains(
                    "Mon 6 Apr 2026 skipped: Easter Monday (bank holiday)",
                    "Fri 3 Apr 2026 skipped: Good Friday (bank holiday)");
        }

        @Test
        void fromTheThirtyFirstIsTheLastDayOfAShorterMonth() {
            ExplainedDate due = DEFAULTS.executiveResponseDue(date(2024, 12, 31));

            assertThat(due.date()).isEqualTo(date(2025, 2, 28));
            assertThat(due.steps()).contains(
                    "2 months after Tue 31 Dec 2024 is Fri 28 Feb 2025 (the last day of February 2025, which has no 31st).");
        }

        @Test
        void followsTheCouncilsNumberOfMonths() {
            DeadlineCalculator oneMonth = new DeadlineCalculator(ENGLAND_AND_WALES,
                    DeadlineRules.defaults().withExecutiveResponseMonths(1));

            assertThat(oneMonth.executiveResponseDue(date(2026, 1, 27)).date()).isEqualTo(date(2026, 2, 27));
        }

        @Test
        void beyondTheKnownBankHolidaysWarns() {
            // Mon 15 Dec 2031 + 2 months = Sun 15 Feb 2032 -> Fri 13 Feb 2032.
            ExplainedDate due = DEFAULTS.executiveResponseDue(date(2031, 12, 15));

            assertThat(due.date()).isEqualTo(date(2032, 2, 13));
            assertThat(due.warnings())
                    .containsExactly("Bank holidays for 2032 are not yet known; this date assumes there are none.");
        }
    }

    @Nested
    class KeyLinesOfEnquiry {

        @Test
        void areAgreedByThePreviousMeeting() {
            ExplainedDate agreedBy = DEFAULTS.kloeAgreedBy(date(2026, 1, 27), date(2025, 11, 25));

            assertThat(agreedBy.date()).isEqualTo(date(2025, 11, 25));
            assertThat(agreedBy.warnings()).isEmpty();
            assertThat(agreedBy.steps()).last().isEqualTo("KLOE agreed by: Tue 25 Nov 2025.");
        }

        @Test
        void agreedAfterThePreviousMeetingAreLate() {
            assertThat(DEFAULTS.isKloeAgreedLate(date(2025, 11, 26), date(2026, 1, 27), date(2025, 11, 25))).isTrue();
            assertThat(DEFAULTS.isKloeAgreedLate(date(2025, 11, 25), date(2026, 1, 27), date(2025, 11, 25))).isFalse();
            assertThat(DEFAULTS.isKloeAgreedLate(date(2025, 9, 15), date(2026, 1, 27), date(2025, 11, 25))).isFalse();
        }

        @Test
        void withoutAPreviousMeetingUseOneMeetingCycleAndWarn() {
            ExplainedDate agreedBy = DEFAULTS.kloeAgreedBy(date(2026, 1, 27));

            assertThat(agreedBy.date()).isEqualTo(date(2025, 11, 27));
            assertThat(agreedBy.warnings()).containsExactly("No previous meeting of this committee is known; KLOE should "
                    + "be agreed at least one meeting cycle (2 months) before the meeting, so by Thu 27 Nov 2025.");
            assertThat(DEFAULTS.isKloeAgreedLate(date(2025, 11, 28), date(2026, 1, 27))).isTrue();
            assertThat(DEFAULTS.isKloeAgreedLate(date(2025, 11, 27), date(2026, 1, 27))).isFalse();
        }

        @Test
        void warnWhenThePreviousMeetingLeavesOfficersNoTime() {
            // Meeting Tue 27 Jan 2026: officer response due Mon 12 Jan 2026.
            ExplainedDate agreedBy = DEFAULTS.kloeAgreedBy(date(2026, 1, 27), date(2026, 1, 20));

            assertThat(agreedBy.warnings()).containsExactly("The previous meeting (Tue 20 Jan 2026) is after the "
                    + "officer response due date (Mon 12 Jan 2026); KLOE agreed there leave officers no time to respond.");
        }

        @Test
        void refuseAPreviousMeetingThatIsNotBefore() {
            assertThatThrownBy(() -> DEFAULTS.kloeAgreedBy(date(2026, 1, 27), date(2026, 1, 27)))
                    .isInstanceOf(DomainRuleViolation.class)
                    .hasMessage("The previous meeting (Tue 27 Jan 2026) must be before the meeting (Tue 27 Jan 2026).");
        }
    }

    @Nested
    class WorkingDaysLeftUntilADate {

        @ParameterizedTest(name = "today {0}, due {1}: {3}")
        @CsvSource(delimiter = '|', textBlock = """
                2026-01-12 | 2026-01-15 |   3 | 3 working days left
                2026-01-09 | 2026-01-12 |   1 | 1 working day left
                2026-01-12 | 2026-01-12 |   0 | due today
                2025-12-31 | 2026-01-07 |   4 | 4 working days left
                2026-01-12 | 2026-01-09 |  -1 | overdue by 1 working day
                2026-01-14 | 2025-12-30 | -10 | overdue by 10 working days
                2026-01-10 | 2026-01-09 |   0 | overdue
                """)
        void asAPageShowsIt(LocalDate today, LocalDate due, int workingDays, String shown) {
            WorkingDaysLeft left = DEFAULTS.workingDaysLeft(today, due);

            assertThat(left.workingDays()).isEqualTo(workingDays);
            assertThat(left.describe()).isEqualTo(shown);
            assertThat(left.isOverdue()).isEqualTo(due.isBefore(today));
            assertThat(left.overdueBy()).isEqualTo(Math.max(0, -workingDays));
            assertThat(left.warnings()).isEmpty();
        }

        @Test
        void warnsWhenAYearInBetweenIsUnknown() {
            WorkingDaysLeft left = DEFAULTS.workingDaysLeft(date(2027, 12, 20), date(2028, 1, 10));

            assertThat(left.warnings())
                    .containsExactly("Bank holidays for 2028 are not yet known; this count assumes there are none.");
        }

        @Test
        void refusesACountThatContradictsTheDates() {
            assertThatThrownBy(() -> new WorkingDaysLeft(date(2026, 1, 12), date(2026, 1, 9), 2, java.util.List.of()))
                    .isInstanceOf(DomainRuleViolation.class);
        }
    }

    @Test
    void refusesMissingInputsWithClearMessages() {
        assertThatThrownBy(() -> DEFAULTS.publicationDate(null))
                .isInstanceOf(NullPointerException.class).hasMessage("Meeting date is required.");
        assertThatThrownBy(() -> DEFAULTS.deadlinesFor(null))
                .isInstanceOf(NullPointerException.class).hasMessage("Meeting date is required.");
        assertThatThrownBy(() -> new DeadlineCalculator(null, DeadlineRules.defaults()))
                .isInstanceOf(NullPointerException.class).hasMessage("Working-day calendar is required.");
        assertThatThrownBy(() -> DEFAULTS.executiveResponseDue(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("The date the recommendations were made is required.");
    }
}
