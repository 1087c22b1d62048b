package uk.scrutiny.domain.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.DomainRuleViolation;

class CalendarValueObjectsTest {

    @Test
    void aClosureRefusesToEndBeforeItStarts() {
        assertThatThrownBy(() -> new ClosurePeriod(LocalDate.of(2025, 12, 24), LocalDate.of(2025, 12, 23), "Christmas"))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("The last day of a closure (Tue 23 Dec 2025) cannot be before its first day (Wed 24 Dec 2025).")
                .satisfies(e -> assertThat(((DomainRuleViolation) e).field()).isEqualTo("lastDay"));
    }

    @Test
    void aClosureNeedsDaysAndAReason() {
        assertThatThrownBy(() -> new ClosurePeriod(null, LocalDate.of(2025, 12, 23), "Christmas"))
                .isInstanceOf(NullPointerException.class).hasMessage("First day of the closure is required.");
        assertThatThrownBy(() -> new ClosurePeriod(LocalDate.of(2025, 12, 23), null, "Christmas"))
                .isInstanceOf(NullPointerException.class).hasMessage("Last day of the closure is required.");
        assertThatThrownBy(() -> ClosurePeriod.singleDay(LocalDate.of(2025, 12, 23), "  "))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("A closure needs a reason");
    }

    @Test
    void aClosureIncludesBothEnds() {
        ClosurePeriod closure = new ClosurePeriod(LocalDate.of(2025, 12, 24), LocalDate.of(2026, 1, 2), " Christmas ");
        assertThat(closure.includes(LocalDate.of(2025, 12, 23))).isFalse();
        assertThat(closure.includes(LocalDate.of(2025, 12, 24))).isTrue();
        assertThat(closure.includes(LocalDate.of(2026, 1, 2))).isTrue();
        assertThat(closure.includes(LocalDate.of(2026, 1, 3))).isFalse();
        assertThat(closure.reason()).isEqualTo("Christmas");
        assertThat(ClosurePeriod.singleDay(LocalDate.of(2025, 12, 24), "Christmas Eve"))
                .isEqualTo(new ClosurePeriod(LocalDate.of(2025, 12, 24), LocalDate.of(2025, 12, 24), "Christmas Eve"));
    }

    @Test
    void aBankHolidayNeedsADateAndATitle() {
        assertThatThrownBy(() -> new BankHoliday(null, "Good Friday"))
                .isInstanceOf(NullPointerException.class).hasMessage("Bank holiday date is required.");
        assertThatThrownBy(() -> new BankHoliday(LocalDate.of(2025, 4, 18), " "))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("The bank holiday on Fri 18 Apr 2025 needs a title.");
        assertThat(new BankHoliday(LocalDate.of(2025, 4, 18), "Good Friday"))
                .isEqualTo(new BankHoliday(LocalDate.of(2025, 4, 18), " Good Friday"));
    }

    @Test
    void datesAreWrittenTheWayUsersReadThem() {
        assertThat(DisplayDate.format(LocalDate.of(2024, 1, 1))).isEqualTo("Mon 1 Jan 2024");
        assertThat(DisplayDate.format(LocalDate.of(2022, 9, 19))).isEqualTo("Mon 19 Sep 2022");
    }
}
