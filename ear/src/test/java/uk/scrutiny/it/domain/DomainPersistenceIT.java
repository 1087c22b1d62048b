package uk.scrutiny.it.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.scrutiny.domain.infrastructure.persistence.SchemaMigrations;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.Meeting;

/**
 * Inside the container: CDI injects the JPA repositories, JTA decides what is kept, and the migrations are
 * idempotent on the database the running application uses.
 */
@ExtendWith(ArquillianExtension.class)
class DomainPersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return DomainDeployment.of("domain-persistence-it.war", DomainPersistenceIT.class);
    }

    @Inject
    CommitteeRepository committees;

    @Inject
    UserTransaction transaction;

    @Test
    void aCommitteeAndItsMeetingAreStoredAndLoadedInOneTransaction() throws Exception {
        String name = "Test committee " + UUID.randomUUID();
        transaction.begin();
        Committee committee = new Committee(name, "Testing persistence");
        committees.store(committee);
        committees.store(new Meeting(committee, LocalDate.of(2027, 3, 2), LocalTime.of(18, 0), "Room 1"));
        transaction.commit();

        Committee loaded = committees.findByName(name).orElseThrow();
        assertThat(loaded.remit()).isEqualTo("Testing persistence");
        assertThat(committees.findMeetings(loaded.id(), null, null)).singleElement().satisfies(meeting -> {
            assertThat(meeting.date()).isEqualTo(LocalDate.of(2027, 3, 2));
            assertThat(meeting.venue()).isEqualTo("Room 1");
        });
    }

    @Test
    void aRolledBackTransactionLeavesNothing() throws Exception {
        String name = "Rolled back " + UUID.randomUUID();
        transaction.begin();
        committees.store(new Committee(name, null));
        assertThat(committees.findByName(name)).as("visible inside the transaction").isPresent();
        transaction.rollback();

        assertThat(committees.findByName(name)).isEmpty();
    }

    @Test
    void aSecondCommitteeWithTheSameNameIsRefusedAndNothingIsKept() throws Exception {
        String name = "Unique " + UUID.randomUUID();
        transaction.begin();
        committees.store(new Committee(name, null));
        transaction.commit();

        transaction.begin();
        try {
            assertThatThrownBy(() -> committees.store(new Committee(name, "again")))
                    .hasStackTraceContaining("uq_committee_name".toUpperCase());
        } finally {
            transaction.rollback();
        }
        assertThat(committees.findAll().stream().filter(c -> c.name().equals(name))).hasSize(1);
    }

    @Test
    void invariantsAreRefusedWithAMessageNamingTheField() {
        assertThatThrownBy(() -> new Committee("  ", null)).isInstanceOf(DomainRuleViolation.class)
                .hasMessage("Committee name is required.")
                .satisfies(e -> assertThat(((DomainRuleViolation) e).field()).isEqualTo("name"));
        assertThatThrownBy(() -> new Committee("x".repeat(201), null))
                .hasMessage("Committee name must be 200 characters or fewer.");
    }

    @Test
    void migratingAgainRunsNothingAndEveryMigrationSucceeded() throws NamingException {
        DataSource migrationsDataSource = InitialContext.doLookup("jdbc/scrutinyMigrations");
        MigrateResult again = SchemaMigrations.migrate(migrationsDataSource);

        assertThat(again.migrationsExecuted).isZero();
        MigrationInfo[] applied = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(migrationsDataSource).locations("classpath:db/migration/common").load().info().applied();
        assertThat(applied).isNotEmpty().allSatisfy(m -> assertThat(m.getState().isApplied()).isTrue());
        assertThat(applied[0].getVersion().getVersion()).isEqualTo("1");
    }
}
