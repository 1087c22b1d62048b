package uk.scrutiny.domain.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class WorkingDayCalendarPropertiesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales()
            .withClosures(List.of(
                    new ClosurePeriod(LocalDate.of(2025, 12, 24), LocalDate.of(2026, 1, 2), "Christmas closure"),
                    ClosurePeriod.singleDay(LocalDate.of(2022, 6, 1), "Office move")));

    @Property
    void workingDaysBetweenCountsTheWorkingDaysAfterTheFirstUpToTheSecond(
            @ForAll("days") LocalDate from, @ForAll("offsets") int offset) {
        LocalDate to = from.plusDays(offset);
        long bruteForce = from.datesUntil(to.plusDays(1)).skip(1).filter(CALENDAR::isWorkingDay).count();
        assertThat(CALENDAR.workingDaysBetween(from, to)).isEqualTo((int) bruteForce);
        assertThat(CALENDAR.workingDaysBetween(to, from)).isEqualTo((int) -bruteForce);
    }

    @Property
    void workingDaysBetweenAddsUp(@ForAll("days") LocalDate a, @ForAll("days") LocalDate b, @ForAll("days") LocalDate c) {
        assertThat(CALENDAR.workingDaysBetween(a, b) + CALENDAR.workingDaysBetween(b, c))
                .isEqualTo(CALENDAR.workingDaysBetween(a, c));
    }

    @Property
    void theNextAndPreviousWorkingDaysAreWorkingDaysWithNoneInBetween(@ForAll("days") LocalDate day) {
        LocalDate next = CALENDAR.nextWorkingDay(day);
        LocalDate previous = CALENDAR.previousWorkingDay(day);
        assertThat(next).isAfter(day);
        assertThat(previous).isBefore(day);
        assertThat(CALENDAR.isWorkingDay(next)).isTrue();
        assertThat(CALENDAR.isWorkingDay(previous)).isTrue();
        assertThat(CALENDAR.workingDaysBetween(day, next)).isEqualTo(1);
        assertThat(CALENDAR.workingDaysBetween(previous, day)).isEqualTo(CALENDAR.isWorkingDay(day) ? 1 : 0);
    }

    @Property
    void aDayIsAWorkingDayExactlyWhenThereIsNoReasonItIsNot(@ForAll("days") LocalDate day) {
        boolean weekday = day.getDayOfWeek().getValue() <= 5;
        boolean holiday = CALENDAR.bankHolidayOn(day).isPresent();
        boolean closed = CALENDAR.closures().stream().anyMatch(closure -> closure.includes(day));
        assertThat(CALENDAR.isWorkingDay(day)).isEqualTo(weekday && !holiday && !closed);
        assertThat(CALENDAR.whyNotWorking(day).isPresent()).isEqualTo(!CALENDAR.isWorkingDay(day));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs()
                .between(LocalDate.of(2017, 6, 1).toEpochDay(), LocalDate.of(2028, 6, 30).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(0, 60);
    }
}
