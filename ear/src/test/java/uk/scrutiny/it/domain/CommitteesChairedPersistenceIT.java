package uk.scrutiny.it.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.scrutiny.domain.model.catalogue.DataSourceRepository;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeMember;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.MemberRole;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.people.UserRepository;

/**
 * The committees a person chairs on a day, as the database answers it in one query of their seats
 * ({@code CommitteeRepository.findCommitteesChaired}): a chair's or vice-chair's seat counts, a plain member's does
 * not; the new municipal year's seats count from 1 May; last year's chair and vice-chair keep their committee until
 * any of its seats for the new year are recorded; seats two years old never count; and only the person's own seats
 * are read. Each scenario's people are new, so no one else's seats are counted.
 */
@ExtendWith(ArquillianExtension.class)
class CommitteesChairedPersistenceIT {

    private static final LocalDate LAST_DAY_OF_2025_26 = LocalDate.of(2026, 4, 30);
    private static final LocalDate FIRST_DAY_OF_2026_27 = LocalDate.of(2026, 5, 1);
    private static final LocalDate FIRST_DAY_OF_2027_28 = LocalDate.of(2027, 5, 1);

    @Deployment
    static WebArchive deployment() {
        return DomainDeployment.of("committees-chaired-persistence-it.war", CommitteesChairedPersistenceIT.class);
    }

    @Inject
    UserTransaction transaction;
    @Inject
    UserRepository users;
    @Inject
    CommitteeRepository committees;
    @Inject
    DataSourceRepository dataSources;

    private Transactions transactions;
    /** Their member's seat on its committee for 2025/26 is a plain member's (the scenario's own seat). */
    private Scenario plain;
    private Scenario chaired;
    private Scenario viceChaired;

    @BeforeEach
    void scenarios() throws Exception {
        transactions = new Transactions(transaction);
        plain = transactions.inNew(() -> new Scenario(users, committees, dataSources));
        chaired = transactions.inNew(() -> new Scenario(users, committees, dataSources));
        viceChaired = transactions.inNew(() -> new Scenario(users, committees, dataSources));
    }

    @AfterEach
    void removeScenarios() throws Exception {
        Scenario[] all = {plain, chaired, viceChaired};
        // The person's seats are on the other scenarios' committees too: every seat goes before any person does.
        transactions.inNew(() -> {
            javax.sql.DataSource database = InitialContext.doLookup("jdbc/scrutiny");
            try (Connection connection = database.getConnection();
                    PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM committee_member WHERE committee_id = ?")) {
                for (Scenario scenario : all) {
                    if (scenario != null) {
                        delete.setLong(1, scenario.committee.id());
                        delete.executeUpdate();
                    }
                }
            }
            return null;
        });
        for (Scenario scenario : all) {
            if (scenario != null) {
                scenario.removeIn(transactions, committees);
            }
        }
    }

    @Test
    void chairAndViceChairSeatsOfTheDaysYearCountAndAPlainMembersDoesNot() throws Exception {
        User person = plain.member;
        seat(chaired.committee, 2025, person, MemberRole.CHAIR);
        seat(viceChaired.committee, 2025, person, MemberRole.VICE_CHAIR);

        assertThat(chairedBy(person, LAST_DAY_OF_2025_26)).as("chair and vice-chair, not the plain member's seat")
                .containsExactlyInAnyOrder(chaired.committee.id(), viceChaired.committee.id());
        assertThat(transactions.inNew(() -> committees.findCommitteesChaired(person.username(), LAST_DAY_OF_2025_26)
                .committees().stream().map(Committee::name).toList())).as("in name order")
                .containsExactlyElementsOf(Stream.of(chaired.committee.name(), viceChaired.committee.name()).sorted()
                        .toList());
        assertThat(chairedBy(person, LocalDate.of(2025, 4, 30))).as("2025/26's seats before 2025/26 began")
                .isEmpty();
        assertThat(chairedBy(plain.officer, LAST_DAY_OF_2025_26)).as("someone with no seats").isEmpty();
    }

    @Test
    void theNewYearsSeatsCountFrom1MayAndLastYearsChairKeepsTheCommitteeUntilTheyAreRecorded() throws Exception {
        User person = plain.member;
        seat(chaired.committee, 2025, person, MemberRole.CHAIR);
        seat(viceChaired.committee, 2025, person, MemberRole.VICE_CHAIR);
        seat(plain.committee, 2026, person, MemberRole.CHAIR);

        assertThat(chairedBy(person, LAST_DAY_OF_2025_26)).as("next year's chair is not chair yet")
                .containsExactlyInAnyOrder(chaired.committee.id(), viceChaired.committee.id());
        assertThat(chairedBy(person, FIRST_DAY_OF_2026_27))
                .as("the new year's chair from 1 May; last year's seats kept while no new ones are recorded")
                .containsExactlyInAnyOrder(plain.committee.id(), chaired.committee.id(), viceChaired.committee.id());

        User nextChair = chaired.member;
        seat(chaired.committee, 2026, nextChair, MemberRole.CHAIR);
        assertThat(chairedBy(person, FIRST_DAY_OF_2026_27)).as("the new chair recorded: last year's gives it up")
                .containsExactlyInAnyOrder(plain.committee.id(), viceChaired.committee.id());
        assertThat(chairedBy(person, LAST_DAY_OF_2025_26)).as("but keeps it to the end of last year")
                .containsExactlyInAnyOrder(chaired.committee.id(), viceChaired.committee.id());

        seat(viceChaired.committee, 2026, viceChaired.member, MemberRole.MEMBER);
        assertThat(chairedBy(person, FIRST_DAY_OF_2026_27))
                .as("any seat of the new year recorded, even a plain member's, ends last year's vice-chair's")
                .containsExactly(plain.committee.id());

        assertThat(chairedBy(person, FIRST_DAY_OF_2027_28)).as("2026/27's chair kept into 2027/28; 2025/26's seats "
                + "two years old no longer count").containsExactly(plain.committee.id());
    }

    @Test
    void anotherPersonsSeatsAreNotReturned() throws Exception {
        User person = plain.member;
        User other = chaired.member;
        // The other person chairs the committee the person sits on as a plain member, and both sit on a third.
        seat(plain.committee, 2025, other, MemberRole.CHAIR);
        seat(viceChaired.committee, 2025, other, MemberRole.VICE_CHAIR);
        seat(viceChaired.committee, 2025, person, MemberRole.CHAIR);

        assertThat(chairedBy(person, LAST_DAY_OF_2025_26)).containsExactly(viceChaired.committee.id());
        assertThat(chairedBy(other, LAST_DAY_OF_2025_26))
                .containsExactlyInAnyOrder(plain.committee.id(), viceChaired.committee.id());
        assertThat(chairedBy(viceChaired.member, LAST_DAY_OF_2025_26)).as("a third person, a plain member's seat only")
                .isEmpty();
        assertThat(chairedBy("it-nobody-" + plain.key, LAST_DAY_OF_2025_26)).as("a user name no one has").isEmpty();
    }

    /** A seat under the person's user name: a committee's seats of one year must have different names. */
    private void seat(Committee committee, int year, User user, MemberRole role) throws Exception {
        transactions.inNew(() -> {
            committees.store(new CommitteeMember(committees.find(committee.id()).orElseThrow(), year,
                    user.username(), role, users.findByUsername(user.username()).orElseThrow()));
            return null;
        });
    }

    private Set<Long> chairedBy(User user, LocalDate day) throws Exception {
        return chairedBy(user.username(), day);
    }

    private Set<Long> chairedBy(String username, LocalDate day) throws Exception {
        return transactions.inNew(() -> committees.findCommitteesChaired(username, day).ids());
    }
}
