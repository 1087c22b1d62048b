package uk.scrutiny.it.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import uk.scrutiny.domain.model.catalogue.Accessibility;
import uk.scrutiny.domain.model.catalogue.Application;
import uk.scrutiny.domain.model.catalogue.DataSource;
import uk.scrutiny.domain.model.catalogue.DataSourceRepository;
import uk.scrutiny.domain.model.catalogue.Scope;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeMember;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.committee.MemberRole;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.people.UserRepository;

/**
 * A committee of its own for one test, with two meetings in the 2025/26 municipal year, a member, four people and
 * a data source, all with unique names: the test database is shared by every test and the running application,
 * so each test finds its own records by their ids and never counts anyone else's. {@link #remove()} deletes it
 * all again, with everything the test hung on it, so pages and API tests that list meetings or the catalogue
 * see only the demo data.
 */
final class Scenario {

    static final LocalDate JANUARY_MEETING = LocalDate.of(2026, 1, 27);
    static final LocalDate MARCH_MEETING = LocalDate.of(2026, 3, 17);

    final String key = UUID.randomUUID().toString().substring(0, 8);
    final User democratic;
    final User officer;
    final User otherOfficer;
    final User member;
    final Committee committee;
    final Meeting january;
    final Meeting march;
    final CommitteeMember seat;
    final DataSource dataSource;

    /** Stores everything; call inside a transaction. */
    Scenario(UserRepository users, CommitteeRepository committees, DataSourceRepository dataSources) {
        democratic = user(users, "dana", "Dana Example", Role.DEMOCRATIC_SERVICES);
        officer = user(users, "olu", "Olu Example", Role.OFFICER);
        otherOfficer = user(users, "oona", "Oona Example", Role.OFFICER);
        member = user(users, "mo", "Cllr Mo Example", Role.MEMBER);
        committee = new Committee("Test scrutiny committee " + key, null);
        committees.store(committee);
        january = new Meeting(committee, JANUARY_MEETING, LocalTime.of(18, 0), "Committee Room 1");
        committees.store(january);
        march = new Meeting(committee, MARCH_MEETING, LocalTime.of(18, 0), "Committee Room 1");
        committees.store(march);
        seat = new CommitteeMember(committee, 2025, "Cllr Mo Example " + key, MemberRole.MEMBER, member);
        committees.store(seat);
        dataSource = new DataSource("Test dashboard " + key, null, Accessibility.SELF_SERVE, Scope.NATIONAL,
                Application.BOTH, false);
        dataSources.store(dataSource);
    }

    /**
     * Deletes the scenario and everything that refers to it, children before parents; call inside a transaction.
     * Plain SQL, because the model has (rightly) no way to delete an item's history.
     */
    /**
     * Removes the scenario in a transaction of its own and checks it is gone, so the tests that run afterwards (the
     * pages' among them) see only the demo data.
     */
    void removeIn(Transactions transactions, CommitteeRepository committees) throws Exception {
        transactions.inNew(() -> {
            remove();
            return null;
        });
        assertThat(transactions.inNew(() -> committees.find(committee.id()))).isEmpty();
    }

    void remove() throws NamingException, SQLException {
        javax.sql.DataSource database = InitialContext.doLookup("jdbc/scrutiny");
        try (Connection connection = database.getConnection()) {
            for (String delete : DELETE_BY_COMMITTEE) {
                try (PreparedStatement statement = connection.prepareStatement(delete)) {
                    statement.setLong(1, committee.id());
                    statement.executeUpdate();
                }
            }
            delete(connection, "DELETE FROM data_source WHERE id = ?", dataSource.id());
            for (User user : List.of(democratic, officer, otherOfficer, member)) {
                delete(connection, "DELETE FROM user_role WHERE user_id = ?", user.id());
                delete(connection, "DELETE FROM app_user WHERE id = ?", user.id());
            }
        }
        CDI.current().select(SharedCache.class).get().forget();
    }

    private static void delete(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }

    private static final String ITEMS = "SELECT id FROM scrutiny_item WHERE committee_id = ?";
    private static final String REQUESTS = "SELECT id FROM information_request WHERE item_id IN (" + ITEMS + ")";
    private static final String RESPONSES = "SELECT id FROM officer_response WHERE request_id IN (" + REQUESTS + ")";
    private static final String KLOE = "SELECT id FROM key_lines_of_enquiry WHERE item_id IN (" + ITEMS + ")";
    private static final String DEEP_DIVES = "SELECT id FROM deep_dive WHERE item_id IN (" + ITEMS + ")";
    private static final String SESSIONS = "SELECT id FROM evidence_session WHERE deep_dive_id IN (" + DEEP_DIVES + ")";
    private static final String RECOMMENDATIONS = "SELECT id FROM recommendation WHERE item_id IN (" + ITEMS + ")";
    private static final String MEMBERS = "SELECT id FROM committee_member WHERE committee_id = ?";

    /** Each takes the committee's id as its only parameter. */
    private static final List<String> DELETE_BY_COMMITTEE = List.of(
            "DELETE FROM implementation_update WHERE recommendation_id IN (" + RECOMMENDATIONS + ")",
            "DELETE FROM recommendation WHERE item_id IN (" + ITEMS + ")",
            "DELETE FROM evidence_session_witness WHERE session_id IN (" + SESSIONS + ")",
            "DELETE FROM evidence_session WHERE deep_dive_id IN (" + DEEP_DIVES + ")",
            "DELETE FROM deep_dive_finding WHERE deep_dive_id IN (" + DEEP_DIVES + ")",
            "DELETE FROM deep_dive_member WHERE deep_dive_id IN (" + DEEP_DIVES + ")",
            "DELETE FROM deep_dive WHERE item_id IN (" + ITEMS + ")",
            "DELETE FROM response_answer WHERE response_id IN (" + RESPONSES + ")",
            "DELETE FROM response_inclusion WHERE response_id IN (" + RESPONSES + ")",
            "DELETE FROM response_attachment WHERE response_id IN (" + RESPONSES + ")",
            "DELETE FROM officer_response WHERE request_id IN (" + REQUESTS + ")",
            "DELETE FROM extension_request WHERE request_id IN (" + REQUESTS + ")",
            "DELETE FROM request_hand_over WHERE request_id IN (" + REQUESTS + ")",
            "DELETE FROM information_request WHERE item_id IN (" + ITEMS + ")",
            "DELETE FROM line_of_enquiry WHERE kloe_id IN (" + KLOE + ")",
            "DELETE FROM kloe_standard_inclusion WHERE kloe_id IN (" + KLOE + ")",
            "DELETE FROM key_lines_of_enquiry WHERE item_id IN (" + ITEMS + ")",
            "DELETE FROM member_question WHERE item_id IN (" + ITEMS + ")",
            "DELETE FROM item_outcome WHERE item_id IN (" + ITEMS + ")",
            "DELETE FROM item_timeline_entry WHERE item_id IN (" + ITEMS + ")",
            "DELETE FROM scrutiny_item WHERE committee_id = ?",
            "DELETE FROM red_flag WHERE committee_id = ?",
            "DELETE FROM rapporteur_assignment WHERE committee_member_id IN (" + MEMBERS + ")",
            "DELETE FROM work_programme WHERE committee_id = ?",
            "DELETE FROM committee_member WHERE committee_id = ?",
            "DELETE FROM meeting WHERE committee_id = ?",
            "DELETE FROM committee WHERE id = ?");

    private User user(UserRepository users, String name, String displayName, Role role) {
        User user = new User("it-" + name + "-" + key, displayName, null, "not-a-real-hash", EnumSet.of(role));
        users.store(user);
        return user;
    }
}
