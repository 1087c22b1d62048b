package uk.scrutiny.domain.model.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.committee.CommitteesChaired.Seat;
import uk.scrutiny.domain.model.programme.MunicipalYear;

class CommitteesChairedTest {

    private static final MunicipalYear YEAR_2025 = MunicipalYear.startingIn(2025);
    private static final MunicipalYear YEAR_2026 = MunicipalYear.startingIn(2026);
    private static final LocalDate LAST_DAY_OF_2025_26 = LocalDate.of(2026, 4, 30);
    private static final LocalDate FIRST_DAY_OF_2026_27 = LocalDate.of(2026, 5, 1);

    private final Committee children = new Committee("Children's Services", null);
    private final Committee health = new Committee("Health and Adult Social Care", null);
    private final Committee board = new Committee("Overview and Scrutiny Board", null);

    @Test
    void theChairAndTheViceChairChairTheirCommitteesButAMemberDoesNot() {
        CommitteesChaired chaired = CommitteesChaired.on(LocalDate.of(2025, 11, 27), List.of(
                new Seat(health, YEAR_2025, MemberRole.VICE_CHAIR, false),
                new Seat(children, YEAR_2025, MemberRole.CHAIR, false),
                new Seat(board, YEAR_2025, MemberRole.MEMBER, false)));

        assertThat(chaired.committees()).as("in name order").containsExactly(children, health);
        assertThat(chaired.isEmpty()).isFalse();
        for (MemberRole role : List.of(MemberRole.MEMBER, MemberRole.CO_OPTED_MEMBER, MemberRole.SUBSTITUTE)) {
            assertThat(CommitteesChaired.on(LocalDate.of(2025, 11, 27),
                    List.of(new Seat(board, YEAR_2025, role, false))).isEmpty()).as(role.name()).isTrue();
        }
    }

    @Test
    void theNewYearsSeatsTakeOverOnTheFirstOfMayNotBefore() {
        // Recorded in April after the annual meeting's nominations: last year's chair still chairs until May.
        List<Seat> seats = List.of(new Seat(children, YEAR_2025, MemberRole.CHAIR, true),
                new Seat(health, YEAR_2026, MemberRole.CHAIR, false));

        assertThat(CommitteesChaired.on(LAST_DAY_OF_2025_26, seats).committees()).containsExactly(children);
        assertThat(CommitteesChaired.on(FIRST_DAY_OF_2026_27, seats).committees()).containsExactly(health);
    }

    @Test
    void lastYearsChairKeepsTheCommitteeUntilItsNewSeatsAreRecorded() {
        Seat lastYear = new Seat(children, YEAR_2025, MemberRole.CHAIR, false);
        assertThat(CommitteesChaired.on(FIRST_DAY_OF_2026_27, List.of(lastYear)).committees())
                .as("no seats recorded for 2026/27 yet").containsExactly(children);
        assertThat(CommitteesChaired.on(LocalDate.of(2027, 5, 1), List.of(lastYear)).isEmpty())
                .as("two years on, a seat never replaced does not count").isTrue();

        Seat replaced = new Seat(children, YEAR_2025, MemberRole.CHAIR, true);
        assertThat(CommitteesChaired.on(FIRST_DAY_OF_2026_27, List.of(replaced)).isEmpty())
                .as("2026/27's seats recorded, without them as chair").isTrue();
        Seat viceChairLastYear = new Seat(health, YEAR_2025, MemberRole.VICE_CHAIR, false);
        assertThat(CommitteesChaired.on(FIRST_DAY_OF_2026_27, List.of(viceChairLastYear)).committees())
                .as("the vice-chair is kept the same way").containsExactly(health);
    }

    @Test
    void aSeatOfAYearNotYetBegunDoesNotCount() {
        assertThat(CommitteesChaired.on(LAST_DAY_OF_2025_26, List.of(new Seat(children, YEAR_2026, MemberRole.CHAIR,
                false))).isEmpty()).isTrue();
    }

    @Test
    void aChairReappointedForTheNewYearChairsTheCommitteeOnce() {
        CommitteesChaired chaired = CommitteesChaired.on(FIRST_DAY_OF_2026_27, List.of(
                new Seat(children, YEAR_2025, MemberRole.VICE_CHAIR, true),
                new Seat(children, YEAR_2026, MemberRole.CHAIR, false)));
        assertThat(chaired.committees()).containsExactly(children);
        assertThat(CommitteesChaired.NONE.committees()).isEmpty();
        assertThat(CommitteesChaired.NONE.chairs(1)).isFalse();
    }
}
