package uk.scrutiny.domain.model.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.domain.model.TestData.assertViolation;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MunicipalYearTest {

    @Test
    void theYearStartsOnTheFirstOfMayAndEndsOnTheLastDayOfApril() {
        assertThat(MunicipalYear.of(LocalDate.of(2025, 5, 1))).isEqualTo(MunicipalYear.startingIn(2025));
        assertThat(MunicipalYear.of(LocalDate.of(2026, 4, 30))).isEqualTo(MunicipalYear.startingIn(2025));
        assertThat(MunicipalYear.of(LocalDate.of(2025, 4, 30))).isEqualTo(MunicipalYear.startingIn(2024));

        MunicipalYear year = MunicipalYear.startingIn(2025);
        assertThat(year.startDate()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(year.endDate()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(year.contains(LocalDate.of(2026, 4, 30))).isTrue();
        assertThat(year.contains(LocalDate.of(2026, 5, 1))).isFalse();
    }

    @Test
    void itIsNamedAsCouncilsWriteIt() {
        assertThat(MunicipalYear.startingIn(2025).label()).isEqualTo("2025/26");
        assertThat(MunicipalYear.startingIn(2099).label()).isEqualTo("2099/00");
        assertThat(MunicipalYear.parse(" 2025/26 ")).isEqualTo(MunicipalYear.startingIn(2025));
        assertThat(MunicipalYear.startingIn(2025).next().label()).isEqualTo("2026/27");
    }

    @Test
    void aLabelThatIsNotTwoConsecutiveYearsIsRefused() {
        assertViolation(() -> MunicipalYear.parse("2025/27"), "municipalYear")
                .hasMessage("A municipal year runs into the next calendar year: 2025/26, not 2025/27.");
        assertViolation(() -> MunicipalYear.parse("25/26"), "municipalYear")
                .hasMessage("Municipal year must be written like 2025/26; \"25/26\" is not.");
        assertViolation(() -> MunicipalYear.startingIn(25), "municipalYear")
                .hasMessageContaining("25 is not allowed");
    }
}
