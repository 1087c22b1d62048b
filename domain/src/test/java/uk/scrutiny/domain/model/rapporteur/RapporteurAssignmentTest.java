package uk.scrutiny.domain.model.rapporteur;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.domain.model.TestData.MO;
import static uk.scrutiny.domain.model.TestData.assertViolation;
import static uk.scrutiny.domain.model.TestData.committee;
import static uk.scrutiny.domain.model.TestData.dataSource;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.committee.CommitteeMember;
import uk.scrutiny.domain.model.committee.MemberRole;

class RapporteurAssignmentTest {

    private final CommitteeMember member = new CommitteeMember(committee(), 2025, "Cllr Mo Example",
            MemberRole.MEMBER, MO);
    private final LocalDate june = LocalDate.of(2025, 6, 2);

    @Test
    void aRapporteurReportsOnANamedAreaOrADataSource() {
        assertThat(RapporteurAssignment.forArea(member, " SEND and inclusion ", june).subject())
                .isEqualTo("SEND and inclusion");
        assertThat(RapporteurAssignment.forDataSource(member, dataSource(), june).subject())
                .isEqualTo("Children's Social Care Dashboard");

        assertViolation(() -> RapporteurAssignment.forArea(member, " ", june), "area").hasMessage("Area is required.");
        assertViolation(() -> RapporteurAssignment.forDataSource(member, null, june), "dataSource");
        assertViolation(() -> RapporteurAssignment.forArea(null, "SEND", june), "member");
    }

    @Test
    void anAssignmentEndsOnceAndNotBeforeItBegan() {
        RapporteurAssignment assignment = RapporteurAssignment.forArea(member, "SEND", june);

        assertViolation(() -> assignment.end(june.minusDays(1)), "endedOn").hasMessageContaining("before it began");
        assignment.end(LocalDate.of(2026, 4, 30));

        assertThat(assignment.isActiveOn(LocalDate.of(2026, 4, 30))).isTrue();
        assertThat(assignment.isActiveOn(LocalDate.of(2026, 5, 1))).isFalse();
        assertViolation(() -> assignment.end(LocalDate.of(2026, 5, 1)), "endedOn")
                .hasMessage("This assignment already ended on Thu 30 Apr 2026.");
    }
}
