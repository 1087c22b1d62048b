package uk.scrutiny.domain.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.calendar.NonWorkingReason.Kind;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar ENGLAND_AND_WALES = WorkingDayCalendar.englandAndWales();
    private static final ClosurePeriod CHRISTMAS_2025 =
            new ClosurePeriod(LocalDate.of(2025, 12, 24), LocalDate.of(2026, 1, 2), "Christmas closure");

    @Nested
    class WhichDaysAreWorkingDays {

        @ParameterizedTest
        @ValueSource(strings = {"2026-01-02", "2025-12-24", "2022-05-30", "2020-05-04", "2022-06-01", "2026-01-27"})
        void ordinaryWeekdaysIncludingThoseAHolidayMovedAwayFrom(LocalDate day) {
            assertThat(ENGLAND_AND_WALES.isWorkingDay(day)).isTrue();
            assertThat(ENGLAND_AND_WALES.whyNotWorking(day)).isEmpty();
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', textBlock = """
                2026-01-01 | New Year’s Day
                2020-05-08 | Early May bank holiday (VE day)
                2022-06-02 | Spring bank holiday
                2022-06-03 | Platinum Jubilee bank holiday
                2022-09-19 | Bank Holiday for the State Funeral of Queen Elizabeth II
                2023-05-08 | Bank holiday for the coronation of King Charles III
                2025-04-18 | Good Friday
                2020-12-28 | Boxing Day
                """)
        void notBankHolidays(LocalDate day, String title) {
            assertThat(ENGLAND_AND_WALES.isWorkingDay(day)).isFalse();
            assertThat(ENGLAND_AND_WALES.whyNotWorking(day)).contains(new NonWorkingReason(Kind.BANK_HOLIDAY, title));
            assertThat(ENGLAND_AND_WALES.bankHolidayOn(day)).contains(new BankHoliday(day, title));
        }

        @Test
        void notWeekends() {
            assertThat(ENGLAND_AND_WALES.whyNotWorking(LocalDate.of(2023, 12, 30)))
                    .contains(new NonWorkingReason(Kind.WEEKEND, "Saturday"));
            assertThat(ENGLAND_AND_WALES.whyNotWorking(LocalDate.of(2023, 12, 31)))
                    .contains(new NonWorkingReason(Kind.WEEKEND, "Sunday"));
            assertThat(ENGLAND_AND_WALES.whyNotWorking(LocalDate.of(2023, 12, 30)).orElseThrow().explanation())
                    .isEqualTo("weekend");
        }

        @Test
        void notClosureDays() {
            WorkingDayCalendar closed = ENGLAND_AND_WALES.withClosure(CHRISTMAS_2025);
            assertThat(closed.isWorkingDay(LocalDate.of(2025, 12, 23))).isTrue();
            assertThat(closed.whyNotWorking(LocalDate.of(2025, 12, 24)))
                    .contains(new NonWorkingReason(Kind.CLOSURE, "Christmas closure"));
            assertThat(closed.whyNotWorking(LocalDate.of(2026, 1, 2)).orElseThrow().explanation())
                    .isEqualTo("Christmas closure (council closure)");
            assertThat(closed.isWorkingDay(LocalDate.of(2026, 1, 5))).isTrue();
        }

        @Test
        void aBankHolidayInAClosureIsReportedAsTheBankHolidayAndAWeekendAsAWeekend() {
            WorkingDayCalendar closed = ENGLAND_AND_WALES.withClosure(CHRISTMAS_2025);
            assertThat(closed.whyNotWorking(LocalDate.of(2025, 12, 25)).orElseThrow().kind()).isEqualTo(Kind.BANK_HOLIDAY);
            assertThat(closed.whyNotWorking(LocalDate.of(2025, 12, 27)).orElseThrow().kind()).isEqualTo(Kind.WEEKEND);
        }

        @Test
        void theBankHolidayExplanationNamesIt() {
            assertThat(ENGLAND_AND_WALES.whyNotWorking(LocalDate.of(2024, 1, 1)).orElseThrow().explanation())
                    .isEqualTo("New Year’s Day (bank holiday)");
        }
    }

    @Nested
    class KnowsWhichYearsItsBankHolidaysCover {

        @Test
        void theBundledYearsOnly() {
            assertThat(ENGLAND_AND_WALES.isBankHolidayDataKnown(2017)).isFalse();
            for (int year = 2018; year <= 2027; year++) {
                assertThat(ENGLAND_AND_WALES.isBankHolidayDataKnown(year)).as("%d", year).isTrue();
            }
            assertThat(ENGLAND_AND_WALES.isBankHolidayDataKnown(2028)).isFalse();
        }

        @Test
        void andListsTheUnknownYearsInARange() {
            assertThat(ENGLAND_AND_WALES.yearsWithoutBankHolidayData(LocalDate.of(2031, 3, 1), LocalDate.of(2026, 1, 1)))
                    .containsExactly(2028, 2029, 2030, 2031);
            assertThat(ENGLAND_AND_WALES.yearsWithoutBankHolidayData(LocalDate.of(2018, 1, 1), LocalDate.of(2027, 12, 31)))
                    .isEmpty();
        }
    }

    @Nested
    class IsImmutable {

        @Test
        void aNewerFeedGivesANewCalendarAndLeavesTheOldOneAsItWas() {
            WorkingDayCalendar before = ENGLAND_AND_WALES.withClosure(CHRISTMAS_2025);
            BankHolidayFeed newer = BankHolidayFeed.parse(BankHolidayFeedTest.englandAndWales(
                    BankHolidayFeedTest.event("New Year’s Day", "2028-01-03"),
                    BankHolidayFeedTest.event("Good Friday", "2028-04-14")));

            WorkingDayCalendar after = before.withBankHolidays(newer);

            assertThat(after.isBankHolidayDataKnown(2028)).isTrue();
            assertThat(after.isWorkingDay(LocalDate.of(2028, 1, 3))).isFalse();
            assertThat(after.isBankHolidayDataKnown(2025)).isFalse();
            assertThat(after.closures()).containsExactly(CHRISTMAS_2025);
            assertThat(before.isBankHolidayDataKnown(2028)).isFalse();
            assertThat(before.isWorkingDay(LocalDate.of(2028, 1, 3))).isTrue();
            assertThat(before.isWorkingDay(LocalDate.of(2025, 12, 25))).isFalse();
            assertThat(before).isEqualTo(ENGLAND_AND_WALES.withClosure(CHRISTMAS_2025));
        }

        @Test
        void addingOrReplacingClosuresLeavesTheOldOneAsItWas() {
            WorkingDayCalendar closed = ENGLAND_AND_WALES.withClosure(CHRISTMAS_2025);
            assertThat(ENGLAND_AND_WALES.closures()).isEmpty();
            assertThat(ENGLAND_AND_WALES.isWorkingDay(LocalDate.of(2025, 12, 24))).isTrue();
            assertThat(closed.withClosures(List.of()).isWorkingDay(LocalDate.of(2025, 12, 24))).isTrue();
            assertThat(closed.isWorkingDay(LocalDate.of(2025, 12, 24))).isFalse();
        }

        @Test
        void andEqualByValue() {
            WorkingDayCalendar one = WorkingDayCalendar.of(BankHolidayFeed.bundled(), List.of(CHRISTMAS_2025));
            WorkingDayCalendar other = ENGLAND_AND_WALES.withClosures(List.of(CHRISTMAS_2025));
            assertThat(one).isEqualTo(other).hasSameHashCodeAs(other).isNotEqualTo(ENGLAND_AND_WALES);
            assertThatThrownBy(() -> one.closures().add(CHRISTMAS_2025)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class RefusesInvalidData {

        @Test
        void aBankHolidayOutsideTheYearsCovered() {
            assertThatThrownBy(() -> WorkingDayCalendar.of(
                    List.of(new BankHoliday(LocalDate.of(2030, 1, 1), "New Year’s Day")), Set.of(2029), List.of()))
                    .isInstanceOf(DomainRuleViolation.class)
                    .hasMessageContaining("is in 2030, which is not among the years the bank holidays cover [2029]");
        }

        @Test
        void twoBankHolidaysOnOneDay() {
            assertThatThrownBy(() -> WorkingDayCalendar.of(List.of(
                    new BankHoliday(LocalDate.of(2030, 1, 1), "New Year’s Day"),
                    new BankHoliday(LocalDate.of(2030, 1, 1), "Again")), Set.of(2030), List.of()))
                    .isInstanceOf(DomainRuleViolation.class)
                    .hasMessageContaining("Two bank holidays fall on Tue 1 Jan 2030");
        }

        @Test
        void missingParts() {
            assertThatThrownBy(() -> WorkingDayCalendar.of(List.of(), Set.of(), null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("Closures are required");
            assertThatThrownBy(() -> ENGLAND_AND_WALES.isWorkingDay(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("Date is required.");
        }

        @Test
        void aYearCoveredWithoutHolidaysIsAllowedAndKnown() {
            WorkingDayCalendar calendar = WorkingDayCalendar.of(List.of(), Set.of(2030), List.of());
            assertThat(calendar.isBankHolidayDataKnown(2030)).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 1))).isTrue();
        }
    }

    @Nested
    class CountsWorkingDays {

        @ParameterizedTest(name = "{0} to {1}: {2}")
        @CsvSource(textBlock = """
                2026-01-12, 2026-01-15, 3
                2026-01-15, 2026-01-12, -3
                2026-01-15, 2026-01-15, 0
                2026-01-09, 2026-01-12, 1
                2026-01-10, 2026-01-11, 0
                2025-12-24, 2026-01-02, 4
                2025-04-17, 2025-04-22, 1
                2022-05-27, 2022-06-06, 4
                """)
        void betweenTwoDays(LocalDate from, LocalDate to, int expected) {
            assertThat(ENGLAND_AND_WALES.workingDaysBetween(from, to)).isEqualTo(expected);
        }

        @Test
        void skippingClosures() {
            assertThat(ENGLAND_AND_WALES.withClosure(CHRISTMAS_2025)
                    .workingDaysBetween(LocalDate.of(2025, 12, 23), LocalDate.of(2026, 1, 5))).isEqualTo(1);
        }

        @Test
        void toTheNextAndPreviousWorkingDay() {
            assertThat(ENGLAND_AND_WALES.nextWorkingDay(LocalDate.of(2025, 12, 24))).isEqualTo(LocalDate.of(2025, 12, 29));
            assertThat(ENGLAND_AND_WALES.previousWorkingDay(LocalDate.of(2026, 1, 5))).isEqualTo(LocalDate.of(2026, 1, 2));
            assertThat(ENGLAND_AND_WALES.previousWorkingDay(LocalDate.of(2025, 4, 22))).isEqualTo(LocalDate.of(2025, 4, 17));
            assertThat(ENGLAND_AND_WALES.withClosure(CHRISTMAS_2025).nextWorkingDay(LocalDate.of(2025, 12, 23)))
                    .isEqualTo(LocalDate.of(2026, 1, 5));
        }
    }
}
