package uk.scrutiny.domain.model.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.domain.model.TestData.assertViolation;
import static uk.scrutiny.domain.model.TestData.committee;
import static uk.scrutiny.domain.model.TestData.meeting;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.committee.Committee;

class WorkProgrammeTest {

    private final Committee committee = committee();
    private final WorkProgramme programme = new WorkProgramme(committee, MunicipalYear.startingIn(2025));

    @Test
    void itHoldsTheCommitteesMeetingsOfItsYearOnly() {
        programme.checkCanHold(meeting(committee, LocalDate.of(2026, 4, 28)));

        assertViolation(() -> programme.checkCanHold(meeting(committee, LocalDate.of(2026, 5, 5))), "meeting")
                .hasMessage("The meeting on Tue 5 May 2026 is outside the municipal year 2025/26 of this work "
                        + "programme (Thu 1 May 2025 to Thu 30 Apr 2026).");
        Committee other = new Committee("Health and Adult Social Care Overview and Scrutiny Committee", null);
        assertViolation(() -> programme.checkCanHold(meeting(other, LocalDate.of(2026, 1, 27))), "meeting")
                .hasMessageStartingWith("The meeting belongs to another committee");
    }

    @Test
    void onlyAnAgreedProgrammeIsPublished() {
        assertViolation(() -> programme.publish(LocalDate.of(2025, 6, 2)), "publishedOn")
                .hasMessage("The work programme must be agreed before it is published.");

        programme.agree(LocalDate.of(2025, 6, 10));
        assertViolation(() -> programme.publish(LocalDate.of(2025, 6, 9)), "publishedOn")
                .hasMessageContaining("before it was agreed");
        programme.publish(LocalDate.of(2025, 6, 11));

        assertThat(programme.isPublished()).isTrue();
        assertThat(programme.publishedOn()).isEqualTo(LocalDate.of(2025, 6, 11));
    }

    @Test
    void aProgrammeNeedsACommitteeAndAYear() {
        assertViolation(() -> new WorkProgramme(null, MunicipalYear.startingIn(2025)), "committee");
        assertViolation(() -> new WorkProgramme(committee, null), "municipalYear");
    }
}
