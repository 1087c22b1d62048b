package uk.scrutiny.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every migration runs on embedded Derby, as the application runs them: a script that Derby refuses (a reserved
 * word, a type it lacks) fails here rather than at the first start of a server. One database is migrated for the
 * class (Derby takes a second or two for the whole schema); the upgrade test builds its own.
 */
class SchemaMigrationsTest {

    private static EmbeddedDataSource migrated;
    private static MigrateResult firstMigration;

    @BeforeAll
    static void migrateOnce() {
        migrated = inMemoryDatabase();
        firstMigration = SchemaMigrations.migrate(migrated);
    }

    @AfterAll
    static void dropMigrated() {
        drop(migrated);
    }

    private static EmbeddedDataSource inMemoryDatabase() {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:migrations-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        return dataSource;
    }

    private static void drop(EmbeddedDataSource dataSource) {
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName(dataSource.getDatabaseName());
        drop.setConnectionAttributes("drop=true");
        try (Connection ignored = drop.getConnection()) {
            throw new IllegalStateException("Derby should report the in-memory database dropped");
        } catch (SQLException expected) {
            // Derby answers a successful drop with SQLState 08006.
            assertThat(expected.getSQLState()).isEqualTo("08006");
        }
    }

    @Test
    void everyMigrationRunsOnAnEmptyDatabase() {
        assertThat(firstMigration.success).isTrue();
        MigrationInfo[] all = flyway(migrated).info().all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(m -> assertThat(m.getState().isApplied()).as(m.getScript()).isTrue());
        assertThat(firstMigration.migrationsExecuted).isEqualTo(all.length);
    }

    @Test
    void migratingTwiceRunsNothingTheSecondTime() {
        assertThat(SchemaMigrations.migrate(migrated).migrationsExecuted).isZero();
    }

    @Test
    void theScrutinyModelTablesExist() throws SQLException {
        assertThat(tables(migrated)).contains("WORK_PROGRAMME", "RAPPORTEUR_ASSIGNMENT", "RED_FLAG",
                "KEY_LINES_OF_ENQUIRY", "LINE_OF_ENQUIRY", "KLOE_STANDARD_INCLUSION", "INFORMATION_REQUEST",
                "EXTENSION_REQUEST", "REQUEST_HAND_OVER", "OFFICER_RESPONSE", "RESPONSE_ANSWER", "RESPONSE_INCLUSION",
                "RESPONSE_ATTACHMENT", "MEMBER_QUESTION", "ITEM_OUTCOME", "ITEM_TIMELINE_ENTRY", "DEEP_DIVE",
                "DEEP_DIVE_MEMBER", "DEEP_DIVE_FINDING", "EVIDENCE_SESSION", "EVIDENCE_SESSION_WITNESS",
                "RECOMMENDATION", "IMPLEMENTATION_UPDATE");
    }

    @Test
    void aRapporteurReportsOnAnAreaOrADataSourceNeverBoth() throws SQLException {
        String key = UUID.randomUUID().toString();
        try (Connection connection = migrated.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO committee (name, version) VALUES ('" + key + "', 0)");
            sql.executeUpdate("INSERT INTO committee_member (committee_id, municipal_year, member_name, member_role)"
                    + " SELECT id, 2025, 'Cllr Example', 'MEMBER' FROM committee WHERE name = '" + key + "'");
            sql.executeUpdate("INSERT INTO data_source (name, accessibility, scope, application, primary_source,"
                    + " version) VALUES ('" + key + "', 'SELF_SERVE', 'NATIONAL', 'BOTH', FALSE, 0)");
            String member = "(SELECT m.id FROM committee_member m JOIN committee c ON c.id = m.committee_id"
                    + " WHERE c.name = '" + key + "')";
            String source = "(SELECT id FROM data_source WHERE name = '" + key + "')";

            assertThatThrownBy(() -> sql.executeUpdate("INSERT INTO rapporteur_assignment (committee_member_id,"
                    + " area, data_source_id, assigned_on, version) VALUES (" + member + ", 'SEND', " + source
                    + ", CURRENT_DATE, 0)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("CK_RAPPORTEUR_SUBJECT");
            assertThat(sql.executeUpdate("INSERT INTO rapporteur_assignment (committee_member_id, area,"
                    + " assigned_on, version) VALUES (" + member + ", 'SEND', CURRENT_DATE, 0)")).isOne();
        }
    }

    @Test
    void itemsFromBeforeTheModelGetAWorkProgrammeOriginAndKeyLinesOfEnquiryAskingForAllFiveInclusions()
            throws SQLException {
        EmbeddedDataSource dataSource = inMemoryDatabase();
        try {
            upgradeFromTheFoundation(dataSource);
        } finally {
            drop(dataSource);
        }
    }

    private static void upgradeFromTheFoundation(EmbeddedDataSource dataSource) throws SQLException {
        Flyway.configure(SchemaMigrations.class.getClassLoader()).dataSource(dataSource)
                .locations(SchemaMigrations.LOCATION).target("1").load().migrate();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO committee (name, version) VALUES ('Children''s Services O&S', 0)");
            sql.executeUpdate("INSERT INTO scrutiny_item (committee_id, title, item_type, origin, stage, created_at,"
                    + " version) SELECT id, 'Elective home education', 'REPORT', 'Work programme', 'SCOPING',"
                    + " CURRENT_TIMESTAMP, 0 FROM committee");
        }

        SchemaMigrations.migrate(dataSource);

        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            assertThat(single(sql, "SELECT origin_kind FROM scrutiny_item")).isEqualTo("WORK_PROGRAMME");
            assertThat(single(sql, "SELECT COUNT(*) FROM kloe_standard_inclusion i JOIN key_lines_of_enquiry k"
                    + " ON k.id = i.kloe_id JOIN scrutiny_item s ON s.id = k.item_id")).isEqualTo("5");
        }
    }

    @Test
    void itemsStoredBeforeV11GetTheirDueDateAndLastUpdateFromTheirRequestsAndTimeline() throws SQLException {
        EmbeddedDataSource dataSource = inMemoryDatabase();
        try {
            Flyway.configure(SchemaMigrations.class.getClassLoader()).dataSource(dataSource)
                    .locations(SchemaMigrations.LOCATION).target("9").load().migrate();
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                sql.executeUpdate("INSERT INTO committee (name, version) VALUES ('Place O&S', 0)");
                sql.executeUpdate("INSERT INTO app_user (username, display_name, password_hash, enabled, created_at,"
                        + " version) VALUES ('officer', 'Olu Example', 'x', TRUE, CURRENT_TIMESTAMP, 0)");
                for (String title : List.of("Requested", "Quiet")) {
                    sql.executeUpdate("INSERT INTO scrutiny_item (committee_id, title, item_type, origin, stage,"
                            + " created_at, version) SELECT id, '" + title + "', 'REPORT', 'Work programme',"
                            + " 'SCOPING', TIMESTAMP('2026-01-05 09:00:00'), 0 FROM committee");
                }
                String requested = "(SELECT id FROM scrutiny_item WHERE title = 'Requested')";
                String quiet = "(SELECT id FROM scrutiny_item WHERE title = 'Quiet')";
                // Open ones count, the earliest first; an accepted one earlier still does not.
                for (String[] request : new String[][] {{"2026-03-02", "OPEN"}, {"2026-02-16", "OPEN"},
                        {"2026-02-02", "ACCEPTED"}}) {
                    sql.executeUpdate("INSERT INTO information_request (item_id, officer_id, issued_at, due_date,"
                            + " original_due_date, status) SELECT " + requested + ", id, TIMESTAMP('2026-01-06"
                            + " 10:00:00'), DATE('" + request[0] + "'), DATE('" + request[0] + "'), '" + request[1]
                            + "' FROM app_user");
                }
                int number = 1;
                for (String[] entry : new String[][] {{requested, "2026-01-05 09:00:00"},
                        {requested, "2026-01-20 16:30:00"}, {requested, "2026-01-06 10:00:00"},
                        {quiet, "2026-01-05 09:00:00"}}) {
                    sql.executeUpdate("INSERT INTO item_timeline_entry (item_id, entry_number, happened_at, to_stage,"
                            + " what_changed) VALUES (" + entry[0] + ", " + number++ + ", TIMESTAMP('" + entry[1]
                            + "'), 'SCOPING', 'Changed')");
                }
            }

            SchemaMigrations.migrate(dataSource);

            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                assertThat(single(sql, "SELECT next_due FROM scrutiny_item WHERE title = 'Requested'"))
                        .isEqualTo("2026-02-16");
                assertThat(single(sql, "SELECT updated_at FROM scrutiny_item WHERE title = 'Requested'"))
                        .startsWith("2026-01-20 16:30:00");
                assertThat(single(sql, "SELECT next_due FROM scrutiny_item WHERE title = 'Quiet'")).isNull();
                assertThat(single(sql, "SELECT updated_at FROM scrutiny_item WHERE title = 'Quiet'"))
                        .startsWith("2026-01-05 09:00:00");
            }
        } finally {
            drop(dataSource);
        }
    }

    @Test
    void itemsStoredBeforeV13NumberTheirNextTimelineEntryAfterTheirLatest() throws SQLException {
        EmbeddedDataSource dataSource = inMemoryDatabase();
        try {
            Flyway.configure(SchemaMigrations.class.getClassLoader()).dataSource(dataSource)
                    .locations(SchemaMigrations.LOCATION).target("12").load().migrate();
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                sql.executeUpdate("INSERT INTO committee (name, version) VALUES ('Place O&S', 0)");
                for (String title : List.of("Long story", "Just created")) {
                    sql.executeUpdate("INSERT INTO scrutiny_item (committee_id, title, item_type, origin, stage,"
                            + " created_at, version) SELECT id, '" + title + "', 'REPORT', 'Work programme',"
                            + " 'SCOPING', TIMESTAMP('2026-01-05 09:00:00'), 0 FROM committee");
                }
                String story = "(SELECT id FROM scrutiny_item WHERE title = 'Long story')";
                // Numbered as stored, not counted: the latest number is what the next entry follows.
                for (int number : new int[] {1, 2, 4, 3}) {
                    sql.executeUpdate("INSERT INTO item_timeline_entry (item_id, entry_number, happened_at, to_stage,"
                            + " what_changed) VALUES (" + story + ", " + number + ", TIMESTAMP('2026-01-0" + number
                            + " 09:00:00'), 'SCOPING', 'Changed')");
                }
            }

            SchemaMigrations.migrate(dataSource);

            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                assertThat(single(sql, "SELECT timeline_length FROM scrutiny_item WHERE title = 'Long story'"))
                        .isEqualTo("4");
                assertThat(single(sql, "SELECT timeline_length FROM scrutiny_item WHERE title = 'Just created'"))
                        .isEqualTo("0");
            }
        } finally {
            drop(dataSource);
        }
    }

    private static Flyway flyway(EmbeddedDataSource dataSource) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader()).dataSource(dataSource)
                .locations(SchemaMigrations.LOCATION).load();
    }

    private static List<String> tables(EmbeddedDataSource dataSource) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet tables = metaData.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    names.add(tables.getString("TABLE_NAME"));
                }
            }
        }
        return names;
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            assertThat(result.next()).as("a row from " + query).isTrue();
            return result.getString(1);
        }
    }
}
